/**
 * Appends event lines to `.2L/events.jsonl`. Each line goes out in one write()
 * on an O_APPEND descriptor, so concurrent writers never interleave. Past the
 * size cap the file is renamed to a dated archive under a lock; a writer that
 * still holds the old descriptor lands its line in the archive, so nothing is
 * lost during a rotation.
 *
 * The project may be hostile: `.2L` must be a real folder of ours and the log
 * a regular file that is not a link (safe-fs), so a committed
 * `.2L/events.jsonl -> ~/.bashrc` is refused, never appended to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EVENTS_FILE, STATE_DIR } from './project-dir.ts';
import { APPEND_FLAGS, checkPrivateDir, ensureStateRoot, isUnsafePath, openRegular } from '../shared/safe-fs.ts';
import { releaseStateLock, takeStateLock } from '../shared/state-lock.ts';
import { registerProject } from './project-registry.ts';
import { errorCode, errorMessage } from '../shared/errors.ts';

export const DEFAULT_MAX_LOG_BYTES = 50 * 1024 * 1024;
/** A rotation lock older than this is from a writer that died mid-rotation. */
const STALE_LOCK_MS = 10_000;

export interface WriteOptions {
  maxBytes?: number;
  now?: () => Date;
  /** Told when the line was written but something around it failed (a rotation refused). */
  onWarning?: (message: string) => void;
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
    return true; // unreadable: nothing to repair
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** `dir` (the project's `.2L`) as a real folder of ours, created private and git-ignored when absent. */
function useStateDir(dir: string): void {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    // Not recursive: the project folder must exist, and Node's recursive mkdir
    // spins forever on some paths (e.g. under /proc), which would hang the hook.
    // A new .2L is a project the dashboard's list of projects should know: once, here, not per event.
    if (errorCode(err) === 'ENOENT') {
      if (ensureStateRoot(dir)) registerProject(path.dirname(dir));
    } else throw err;
  }
}

/**
 * Append whole lines to `<dir>/events.jsonl`, creating `dir` when needed.
 * Throws UnsafePathError when `dir` or the log is something a repository planted.
 */
export function appendToLog(dir: string, buf: Buffer, opts: WriteOptions = {}): void {
  const file = path.join(dir, EVENTS_FILE);
  const cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = fs.fstatSync(fd);
    if (st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts)) {
      fs.closeSync(fd);
      fd = openRegular(file, APPEND_FLAGS);
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

/** A failed rotation must not lose the line: write it to the current log and say why. */
function rotateOrWarn(dir: string, file: string, cap: number, opts: WriteOptions): boolean {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => new Date()));
  } catch (err) {
    opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`);
    return false;
  }
}

const exists = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;

/**
 * Rename the log to an archive; false when another writer is rotating it.
 * Throws UnsafePathError when the lock's name is taken by something planted.
 */
export function rotate(dir: string, file: string, cap: number, now: () => Date): boolean {
  const lock = path.join(dir, '.rotate.lock');
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: false })) return false;
  try {
    // Another writer may have rotated between our fstat and the lock.
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    // Gone (already renamed) or no longer a plain file: reopening creates or refuses it.
    if (st === undefined || !st.isFile() || st.size < cap) return true;
    const at = now();
    // lstat, not exists: a planted link at an archive name is neither followed nor replaced.
    let target = path.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = path.join(dir, archiveName(at).replace('.jsonl', `-${i}.jsonl`));
    fs.renameSync(file, target);
    return true;
  } finally {
    releaseStateLock(lock);
  }
}

/** Append one event to `<project>/.2L/events.jsonl`; throws UnsafePathError for a planted `.2L` or log. */
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
