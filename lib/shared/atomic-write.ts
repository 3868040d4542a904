/**
 * Atomic file replacement: temp file in the same folder, fsync (unless told the file is a cache), the old
 * file's mode kept, rename over the target. The temp file is gone on every
 * failure path. `fsImpl` is swappable so tests can inject faults at each step.
 */
import nodeFs from 'node:fs';
import path from 'node:path';

export type AtomicFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'chmodSync'
>;

export interface AtomicWriteOptions {
  /** Mode for a new file; an existing file keeps its own unless `keepMode` is false. */
  mode?: number;
  /** Default true: an existing file keeps its mode. False: `mode` wins (restoring a backup). */
  keepMode?: boolean;
  /**
   * Default true: the bytes are synced before the rename, so a crash leaves the old file or the new one.
   * False for a cache rewritten many times a second that is rebuilt when lost (a crash may then leave it
   * empty), where a sync per write costs more than the cache saves.
   */
  durable?: boolean;
  fs?: AtomicFs;
}

export function atomicWriteFileSync(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const fs = opts.fs ?? nodeFs;
  let mode = opts.mode ?? 0o644;
  if (opts.keepMode !== false || opts.mode === undefined) {
    try {
      mode = fs.statSync(file).mode & 0o7777;
    } catch {
      /* new file */
    }
  }
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`,
  );
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    let off = 0;
    while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
    if (opts.durable !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw err;
  }
}
