/**
 * A file kept beside a rotated archive (`events-<stamp>.jsonl` →
 * `events-<stamp>.<kind>.json`) holding what was computed from it once, so a
 * history that never changes is not read again (issue 16). It names the
 * archive it was made from by size, mtime, inode and device, and is used only
 * while the archive still has all four; otherwise it is stale and rebuilt.
 *
 * The live log only grows until it is rotated, so its state (`events.<kind>.json`)
 * stands for a prefix instead: the bytes up to `offset`, named by device,
 * inode and a hash of the prefix's first and last bytes. It is used while the
 * log is the same file, at least that long, and still has those bytes there;
 * a log truncated, replaced or rotated away fails one of these and is read whole.
 *
 * The oldest archives, which never change, are also kept folded into one
 * state (`events.history.<kind>.json`, monitor/archive-summaries.ts) naming
 * the exact chain of archives it covers, oldest first, each by name and the
 * same four fields; it is used only while those are still the oldest archives,
 * unchanged, so one state is read for all of them instead of one each.
 *
 * `.2L/` is the repository's: a sidecar can be planted. It is read only as a
 * regular file (never through a link, never a FIFO), at most
 * SIDECAR_MAX_BYTES, parsed in a try, and its payload goes through the
 * caller's validator, so a planted one can at worst misreport its own
 * (equally hostile) archive. Written atomically, mode 0600, only into a `.2L/`
 * that is a real folder of ours.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { checkPrivateDir, readRegularFile } from '../shared/safe-fs.ts';
import type { LogFile } from './log-files.ts';

/** Largest sidecar read by default: a summary is bounded by sessions and tools, not events. */
export const SIDECAR_MAX_BYTES = 8 << 20;
const VERSION = 1;

export interface ArchiveIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** The live log's prefix a state stands for. */
export interface PrefixIdentity {
  offset: number;
  ino: number;
  dev: number;
  /** sha256 of the prefix's first PREFIX_HEAD_BYTES and last PREFIX_TAIL_BYTES. */
  hash: string;
}

/** What a prefix state is checked against: the start (a replaced log) and the bytes before the offset (a rewrite). */
const PREFIX_HEAD_BYTES = 4 << 10;
const PREFIX_TAIL_BYTES = 64 << 10;

/** `events-<stamp>.jsonl` → `events-<stamp>.<kind>.json` (never itself an archive name). */
export function sidecarPath(archive: string, kind = 'summary'): string {
  return path.join(path.dirname(archive), `${path.basename(archive).replace(/\.jsonl$/, '')}.${kind}.json`);
}

const KIND_NAME = /^[a-z][a-z0-9-]{0,31}$/;
/** Every kind kept beside an archive (`/2l-status`, the dashboard's feed, its history index): pruned with it. */
export const ARCHIVE_SIDECAR_KINDS = ['status', 'dashboard', 'index'] as const;

function identityOf(f: LogFile): ArchiveIdentity {
  return { size: f.bytes, mtimeMs: f.mtimeMs, ino: f.ino, dev: f.dev };
}

/** Whether a sidecar can stand for `f`: an archive that is a regular file of ours. */
function usable(f: LogFile): boolean {
  return f.archive && f.regular && !f.foreign;
}

/** A sidecar document, or undefined when missing, a link, a FIFO, too big, not JSON or not ours in shape. */
function readDoc(file: string, kind: string, maxBytes = SIDECAR_MAX_BYTES): Record<string, unknown> | undefined {
  let doc: unknown;
  try {
    const buf = readRegularFile(file, maxBytes);
    if (buf === undefined) return undefined;
    doc = JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined; // a link, a FIFO, too big, unreadable, not JSON: as if missing
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as Record<string, unknown>;
  return d.v === VERSION && d.kind === kind ? d : undefined;
}

function parsed<T>(payload: unknown, parse: (payload: unknown) => T | undefined): T | undefined {
  try {
    return parse(payload);
  } catch {
    return undefined;
  }
}

/**
 * The payload of `f`'s sidecar when it was made from `f` as it is now and
 * `parse` accepts it; undefined when missing, stale, planted as a link or a
 * FIFO, too big, not JSON, or refused.
 */
export function readSidecar<T>(
  f: LogFile,
  kind: string,
  parse: (payload: unknown) => T | undefined,
  maxBytes = SIDECAR_MAX_BYTES,
): T | undefined {
  if (!usable(f) || !KIND_NAME.test(kind)) return undefined;
  const d = readDoc(sidecarPath(f.path, kind), kind, maxBytes);
  if (!d || typeof d.archive !== 'object' || d.archive === null) return undefined;
  const want = identityOf(f);
  const a = d.archive as Partial<ArchiveIdentity>;
  if (a.size !== want.size || a.mtimeMs !== want.mtimeMs || a.ino !== want.ino || a.dev !== want.dev) return undefined;
  return parsed(d.payload, parse);
}

/** The hash a prefix of `offset` bytes of the open file `fd` is known by. */
function prefixHash(fd: number, offset: number): string {
  const h = createHash('sha256');
  const head = Buffer.alloc(Math.min(offset, PREFIX_HEAD_BYTES));
  const tail = Buffer.alloc(Math.min(offset, PREFIX_TAIL_BYTES));
  if (fs.readSync(fd, head, 0, head.length, 0) !== head.length) throw new Error('short read');
  if (fs.readSync(fd, tail, 0, tail.length, offset - tail.length) !== tail.length) throw new Error('short read');
  return h.update(head).update(tail).digest('hex');
}

/** The identity of the first `offset` bytes of the live log open as `fd` (a regular file of ours). */
export function prefixIdentity(fd: number, offset: number): PrefixIdentity {
  const st = fs.fstatSync(fd);
  return { offset, ino: st.ino, dev: st.dev, hash: prefixHash(fd, offset) };
}

/**
 * The state kept for a prefix of the live log `log`, open as `fd`: its offset
 * and payload, when the file is the one it was made from, still at least that
 * long with the same bytes at both ends of the prefix, and `parse` accepts it;
 * undefined otherwise (missing, planted as a link or a FIFO, too big, not
 * JSON, copied from another log, the log truncated or replaced, refused).
 */
export function readPrefixState<T>(
  log: string,
  fd: number,
  kind: string,
  parse: (payload: unknown) => T | undefined,
): { offset: number; payload: T } | undefined {
  if (!KIND_NAME.test(kind)) return undefined;
  const d = readDoc(sidecarPath(log, kind), kind);
  if (!d || typeof d.prefix !== 'object' || d.prefix === null) return undefined;
  const p = d.prefix as Partial<PrefixIdentity>;
  const offset = p.offset;
  if (!Number.isSafeInteger(offset) || offset! <= 0) return undefined;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || p.ino !== st.ino || p.dev !== st.dev || st.size < offset!) return undefined;
    if (p.hash !== prefixHash(fd, offset!)) return undefined;
  } catch {
    return undefined;
  }
  const payload = parsed(d.payload, parse);
  return payload === undefined ? undefined : { offset: offset!, payload };
}

/** `.2L/events.history.<kind>.json`: never an archive name, nor the sidecar of one. */
export function chainPath(dir: string, kind: string): string {
  return path.join(dir, `events.history.${kind}.json`);
}

/**
 * The state kept for the oldest archives in `dir` and how many of `files`
 * (archives oldest first, as log-files.ts lists them) it covers: when it names
 * exactly the first of them, each by name, size, mtime, inode and device, and
 * `parse` accepts it; undefined otherwise (missing, planted as a link or a
 * FIFO, too big, not JSON, copied from another log, an archive in it pruned,
 * replaced or touched, refused).
 */
export function readChainState<T>(
  dir: string,
  files: readonly LogFile[],
  kind: string,
  parse: (payload: unknown) => T | undefined,
): { count: number; payload: T } | undefined {
  if (!KIND_NAME.test(kind)) return undefined;
  const d = readDoc(chainPath(dir, kind), kind);
  if (!d || !Array.isArray(d.chain) || d.chain.length === 0 || d.chain.length > files.length) return undefined;
  for (const [i, link] of (d.chain as unknown[]).entries()) {
    const f = files[i]!;
    if (!usable(f) || typeof link !== 'object' || link === null) return undefined;
    const l = link as Partial<ArchiveIdentity & { name: string }>;
    const want = identityOf(f);
    if (l.name !== f.name || l.size !== want.size || l.mtimeMs !== want.mtimeMs) return undefined;
    if (l.ino !== want.ino || l.dev !== want.dev) return undefined;
  }
  const payload = parsed(d.payload, parse);
  return payload === undefined ? undefined : { count: d.chain.length, payload };
}

/**
 * Remove the states of the oldest archives in `dir` once one of those may be gone (a prune): a state
 * naming an archive that is no longer there would only be read, refused and rewritten. unlink never
 * follows a link: a planted one is removed itself.
 */
export function removeChainStates(dir: string, kinds: readonly string[]): void {
  for (const kind of kinds) {
    if (!KIND_NAME.test(kind)) continue;
    try {
      fs.unlinkSync(chainPath(dir, kind));
    } catch {
      /* absent, or not ours to remove */
    }
  }
}

/** Keep `payload` as the state of the archives `files` (the oldest, oldest first), in their `.2L/`. */
export function writeChainState(files: readonly LogFile[], kind: string, payload: unknown): boolean {
  if (!KIND_NAME.test(kind) || files.length === 0 || !files.every(usable)) return false;
  const chain = files.map((f) => ({ name: f.name, ...identityOf(f) }));
  return writeDoc(chainPath(path.dirname(files[0]!.path), kind), { v: VERSION, kind, chain, payload });
}

/** Keep `doc` at `file`, in a `.2L/` of ours, atomically and 0600; false when it cannot or would not be read back. */
function writeDoc(file: string, doc: object, maxBytes = SIDECAR_MAX_BYTES): boolean {
  try {
    checkPrivateDir(path.dirname(file));
    const text = JSON.stringify(doc);
    if (Buffer.byteLength(text) > maxBytes) return false; // would never be read back
    // keepMode false: the mode of whatever sits at the name now (maybe a planted link) is not ours to copy.
    atomicWriteFileSync(file, text, { mode: 0o600, keepMode: false });
    return true;
  } catch {
    return false;
  }
}

/** Keep `payload` as the state of the first `offset` bytes of the live log `log`, open as `fd`. */
export function writePrefixState(log: string, fd: number, kind: string, offset: number, payload: unknown): boolean {
  if (!KIND_NAME.test(kind) || !Number.isSafeInteger(offset) || offset <= 0) return false;
  let prefix: PrefixIdentity;
  try {
    prefix = prefixIdentity(fd, offset);
  } catch {
    return false;
  }
  return writeDoc(sidecarPath(log, kind), { v: VERSION, kind, prefix, payload });
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
export function writeSidecar(f: LogFile, kind: string, payload: unknown, maxBytes = SIDECAR_MAX_BYTES): boolean {
  if (!usable(f) || !KIND_NAME.test(kind)) return false;
  return writeDoc(sidecarPath(f.path, kind), { v: VERSION, kind, archive: identityOf(f), payload }, maxBytes);
}
