/**
 * Appends event lines to `.2L/events.jsonl`. Each line goes out in one write()
 * on an O_APPEND descriptor, so concurrent writers never interleave. Past the
 * size cap the file is renamed to a dated archive under a lock; a writer that
 * still holds the old descriptor lands its line in the archive, so nothing is
 * lost during a rotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EVENTS_FILE, STATE_DIR } from './project-dir.ts';

export const DEFAULT_MAX_LOG_BYTES = 50 * 1024 * 1024;
/** A rotation lock older than this is from a writer that died mid-rotation. */
const STALE_LOCK_MS = 10_000;

export interface WriteOptions {
  maxBytes?: number;
  now?: () => Date;
}

/** The cap from `TWOL_LOG_MAX_BYTES`, else the default; nonsense values are ignored. */
export function maxLogBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TWOL_LOG_MAX_BYTES);
  return Number.isFinite(n) && n >= 1024 ? Math.floor(n) : DEFAULT_MAX_LOG_BYTES;
}

/** `events-20261120T231500123Z.jsonl`: sorts by time, safe on every file system. */
export function archiveName(at: Date): string {
  return `events-${at.toISOString().replace(/[-:.]/g, '')}.jsonl`;
}

export function serialise(event: object): Buffer {
  return Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
}

const NEWLINE = Buffer.from('\n');
/** A log untouched this long has no write in flight. */
const SETTLED_MS = 2000;

/**
 * A line cut off by a crash or a full disk has no newline; writing straight
 * after it would glue the next (good) event onto it and lose both.
 */
function endsWithNewline(fd: number, size: number): boolean {
  const last = Buffer.alloc(1);
  try {
    return fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
  } catch {
    return true; // unreadable (e.g. a device): nothing to repair
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** Append whole lines to `<dir>/events.jsonl`, creating `dir` when needed. */
export function appendToLog(dir: string, buf: Buffer, opts: WriteOptions = {}): void {
  const file = path.join(dir, EVENTS_FILE);
  const cap = opts.maxBytes ?? maxLogBytes();
  let fd: number;
  try {
    fd = fs.openSync(file, 'a+', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    // Not recursive: the project folder must exist, and Node's recursive mkdir
    // spins forever on some paths (e.g. under /proc), which would hang the hook.
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (mkdirErr) {
      if ((mkdirErr as NodeJS.ErrnoException).code !== 'EEXIST') throw mkdirErr;
    }
    fd = fs.openSync(file, 'a+', 0o600);
  }
  try {
    let st = fs.fstatSync(fd);
    if (st.size + buf.length > cap && rotate(dir, file, cap, opts.now ?? (() => new Date()))) {
      fs.closeSync(fd);
      fd = fs.openSync(file, 'a+', 0o600);
      st = fs.fstatSync(fd);
    }
    // A tail without a newline is either another writer's line still being written
    // (Linux shows the partial size mid-write; its mtime is fresh) or a line cut off by
    // a crash long ago. Only the second needs a newline before ours.
    const cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    fs.closeSync(fd);
  }
}

/** Rename the log to an archive; false when another writer is rotating it. */
export function rotate(dir: string, file: string, cap: number, now: () => Date): boolean {
  const lock = path.join(dir, '.rotate.lock');
  try {
    fs.mkdirSync(lock);
  } catch {
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) fs.rmdirSync(lock);
    } catch {
      /* someone else cleaned it */
    }
    return false;
  }
  try {
    // Another writer may have rotated between our fstat and the lock.
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      return true; // already renamed; reopening creates the new log
    }
    if (size < cap) return true;
    const at = now();
    let target = path.join(dir, archiveName(at));
    for (let i = 1; fs.existsSync(target); i++) target = path.join(dir, archiveName(at).replace('.jsonl', `-${i}.jsonl`));
    fs.renameSync(file, target);
    return true;
  } finally {
    fs.rmdirSync(lock);
  }
}

/** Append one event to `<project>/.2L/events.jsonl`. */
export function appendEvent(projectDir: string, event: object, opts: WriteOptions = {}): void {
  appendToLog(path.join(projectDir, STATE_DIR), serialise(event), opts);
}

/** Archives of a project's log, oldest first. */
export function listArchives(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const keyed: Array<[string, number, string]> = [];
  for (const n of names) {
    const m = /^events-(\d{8}T\d{9}Z)(?:-(\d+))?\.jsonl$/.exec(n);
    if (m) keyed.push([m[1]!, Number(m[2] ?? 0), n]);
  }
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return keyed.map(([, , n]) => path.join(dir, n));
}
