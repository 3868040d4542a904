/**
 * A file kept beside a rotated archive (`events-<stamp>.jsonl` →
 * `events-<stamp>.<kind>.json`) holding what was computed from it once, so a
 * history that never changes is not read again (issue 16). It names the
 * archive it was made from by size, mtime, inode and device, and is used only
 * while the archive still has all four; otherwise it is stale and rebuilt.
 *
 * `.2L/` is the repository's: a sidecar can be planted. It is read only as a
 * regular file (never through a link, never a FIFO), at most
 * SIDECAR_MAX_BYTES, parsed in a try, and its payload goes through the
 * caller's validator, so a planted one can at worst misreport its own
 * (equally hostile) archive. Written atomically, mode 0600, only into a `.2L/`
 * that is a real folder of ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { checkPrivateDir, readRegularFile } from '../shared/safe-fs.ts';
import type { LogFile } from './log-files.ts';

/** Largest sidecar read: a summary is bounded by sessions and tools, not events. */
export const SIDECAR_MAX_BYTES = 8 << 20;
const VERSION = 1;

export interface ArchiveIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** `events-<stamp>.jsonl` → `events-<stamp>.<kind>.json` (never itself an archive name). */
export function sidecarPath(archive: string, kind = 'summary'): string {
  return path.join(path.dirname(archive), `${path.basename(archive).replace(/\.jsonl$/, '')}.${kind}.json`);
}

const KIND_NAME = /^[a-z][a-z0-9-]{0,31}$/;

function identityOf(f: LogFile): ArchiveIdentity {
  return { size: f.bytes, mtimeMs: f.mtimeMs, ino: f.ino, dev: f.dev };
}

/** Whether a sidecar can stand for `f`: an archive that is a regular file of ours. */
function usable(f: LogFile): boolean {
  return f.archive && f.regular && !f.foreign;
}

/**
 * The payload of `f`'s sidecar when it was made from `f` as it is now and
 * `parse` accepts it; undefined when missing, stale, planted as a link or a
 * FIFO, too big, not JSON, or refused.
 */
export function readSidecar<T>(f: LogFile, kind: string, parse: (payload: unknown) => T | undefined): T | undefined {
  if (!usable(f) || !KIND_NAME.test(kind)) return undefined;
  let doc: unknown;
  try {
    const buf = readRegularFile(sidecarPath(f.path, kind), SIDECAR_MAX_BYTES);
    if (buf === undefined) return undefined;
    doc = JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined; // a link, a FIFO, too big, unreadable, not JSON: as if missing
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as { v?: unknown; kind?: unknown; archive?: Partial<ArchiveIdentity>; payload?: unknown };
  if (d.v !== VERSION || d.kind !== kind || typeof d.archive !== 'object' || d.archive === null) return undefined;
  const want = identityOf(f);
  const a = d.archive;
  if (a.size !== want.size || a.mtimeMs !== want.mtimeMs || a.ino !== want.ino || a.dev !== want.dev) return undefined;
  try {
    return parse(d.payload);
  } catch {
    return undefined;
  }
}

/**
 * Remove the sidecars of an archive that is gone (pruned). unlink never
 * follows a link: a planted one at a sidecar's name is removed itself, its
 * target untouched.
 */
export function removeSidecars(archive: string, kinds: readonly string[]): void {
  for (const kind of kinds) {
    if (!KIND_NAME.test(kind)) continue;
    try {
      fs.unlinkSync(sidecarPath(archive, kind));
    } catch {
      /* absent, or not ours to remove: it only ever stands for this archive, now gone */
    }
  }
}

/** Keep `payload` beside `f`; false when `.2L/` is not ours, `f` is not a usable archive, or the write failed. */
export function writeSidecar(f: LogFile, kind: string, payload: unknown): boolean {
  if (!usable(f) || !KIND_NAME.test(kind)) return false;
  try {
    checkPrivateDir(path.dirname(f.path));
    const text = JSON.stringify({ v: VERSION, kind, archive: identityOf(f), payload });
    if (Buffer.byteLength(text) > SIDECAR_MAX_BYTES) return false; // would never be read back
    // keepMode false: the mode of whatever sits at the name now (maybe a planted link) is not ours to copy.
    atomicWriteFileSync(sidecarPath(f.path, kind), text, { mode: 0o600, keepMode: false });
    return true;
  } catch {
    return false;
  }
}
