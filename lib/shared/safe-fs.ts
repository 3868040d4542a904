/**
 * File access inside a project the user did not write. A repository can commit
 * `.2L/events.jsonl -> ~/.bashrc`, a symlinked `.2L/`, or a link to `/dev/zero`
 * or a FIFO; git keeps links as they are. So everything we open under a project:
 * - never follows a symbolic link in the last component (O_NOFOLLOW), and our
 *   own state folders (`.2L/` and below) must be real folders owned by us;
 * - opens with O_NONBLOCK, so a FIFO can neither hang the open nor a read;
 * - proceeds only when fstat says "regular file", and reads at most a cap.
 *
 * The repository is static content, not a process racing us, so an lstat of our
 * folder followed by an O_NOFOLLOW open of the file is enough (Node has no openat).
 * Sync (one async twin for the dashboard's follower), and no imports beyond
 * node:fs, node:path and the import-free errors.ts: the hook uses this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './errors.ts';

/** Claude Code refuses a `.mcp.json` over 2 MiB; 2L caps every Claude Code file in a project so. */
export const PROJECT_FILE_MAX = 2 * 1024 * 1024;

export type UnsafeReason = 'symlink' | 'not-regular' | 'not-directory' | 'not-owner' | 'too-big';

/** A path the project planted where we expected a plain file or folder of ours. */
export class UnsafePathError extends Error {
  readonly code = 'EUNSAFE';
  constructor(
    readonly file: string,
    readonly reason: UnsafeReason,
    readonly detail?: string,
  ) {
    super(`${file}: ${describe(reason)}${detail ? ` (${detail})` : ''}`);
    this.name = 'UnsafePathError';
  }
}

function describe(reason: UnsafeReason): string {
  switch (reason) {
    case 'symlink':
      return 'is a symbolic link; 2L never follows links inside a project (remove it)';
    case 'not-regular':
      return 'is not a regular file (a device, FIFO or socket); 2L reads only regular files';
    case 'not-directory':
      return 'is not a real folder; 2L keeps its state only in a folder it owns (remove it)';
    case 'not-owner':
      return 'belongs to another user; 2L keeps its state only in a folder it owns';
    case 'too-big':
      return 'is larger than 2L reads';
  }
}

const { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = fs.constants;
// Absent on Windows; 0 keeps the flags valid there (Claude Code on Windows has no FIFOs to plant).
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export const READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
/** Read and append, created 0600 when missing: the event log and other append-only files. */
export const APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK;
export const CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
export const TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK;

const myUid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/**
 * Open `file` with `flags` (O_NOFOLLOW is added) and insist on a regular file.
 * A symlink in the last component fails with UnsafePathError('symlink'), a FIFO
 * or device with 'not-regular'; ENOENT and other errno errors pass through.
 */
export function openRegular(file: string, flags: number, mode = 0o600): number {
  let fd: number;
  try {
    fd = fs.openSync(file, flags | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}

/** `fd` when it is a regular file; otherwise it is closed and UnsafePathError('not-regular') thrown. */
function regularOnly(fd: number, file: string): number {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
  if (!st.isFile()) {
    fs.closeSync(fd);
    throw new UnsafePathError(file, 'not-regular');
  }
  return fd;
}

/** What a failed O_NOFOLLOW open means: a planted path as UnsafePathError, other errno errors as they are. */
function openError(file: string, err: unknown): unknown {
  const code = errorCode(err);
  // ELOOP: Linux's answer for a final symlink; EMLINK: FreeBSD's; ENXIO: a FIFO with no reader opened for writing.
  if (code === 'ELOOP' || code === 'EMLINK') return new UnsafePathError(file, 'symlink');
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return new UnsafePathError(file, 'not-regular');
  return err;
}

/**
 * openRegularForRead for long-lived async readers (the dashboard follows the
 * log through a FileHandle): same checks, undefined when the file does not exist.
 */
export async function openRegularHandle(file: string): Promise<fs.promises.FileHandle | undefined> {
  let h: fs.promises.FileHandle;
  try {
    h = await fs.promises.open(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw openError(file, err);
  }
  let regular: boolean;
  try {
    regular = (await h.stat()).isFile();
  } catch (err) {
    await h.close();
    throw err;
  }
  if (!regular) {
    await h.close();
    throw new UnsafePathError(file, 'not-regular');
  }
  return h;
}

/** Like openRegular for reading; undefined when the file does not exist. */
export function openRegularForRead(file: string): number | undefined {
  try {
    return openRegular(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * A regular file's bytes, at most `maxBytes` (a larger file is UnsafePathError
 * 'too-big', never read); undefined when absent. Never follows a final symlink.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer | undefined {
  const fd = openRegularForRead(file);
  if (fd === undefined) return undefined;
  return readCapped(fd, file, maxBytes);
}

/** Read an open regular file to EOF, at most `maxBytes`; closes `fd`. */
function readCapped(fd: number, file: string, maxBytes: number): Buffer {
  try {
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, 'too-big', `${size} bytes, limit ${maxBytes}`);
    // Read to EOF rather than trusting size: the file may grow (or lie, under /proc) between fstat and read.
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new UnsafePathError(file, 'too-big', `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8 text of a regular file (BOM kept), undefined when absent. */
export function readRegularText(file: string, maxBytes: number): string | undefined {
  return readRegularFile(file, maxBytes)?.toString('utf8');
}

/**
 * UTF-8 text of a file of the user's own, outside any project (`~/.claude.json`,
 * `~/.claude/settings.json`): a final symlink IS followed (dotfile managers link
 * these), but it must end at a regular file (no FIFO to hang on, no /dev/zero to
 * fill memory), at most `maxBytes`. Undefined when absent (or a dangling link).
 */
export function readUserRegularText(file: string, maxBytes: number): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  return readCapped(regularOnly(fd, file), file, maxBytes).toString('utf8');
}

/**
 * Make sure `dir` is a real folder owned by us, creating it (0700) when absent.
 * Only the last component is created: the parent must exist (a recursive mkdir
 * spins forever on some paths, e.g. under /proc). Returns true when it created it.
 */
export function ensurePrivateDir(dir: string): boolean {
  let created = false;
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
    created = true;
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  }
  checkPrivateDir(dir);
  return created;
}

/** Throw UnsafePathError unless `dir` (not followed) is a folder owned by us; errno errors pass through. */
export function checkPrivateDir(dir: string): void {
  const st = fs.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, 'symlink');
  if (!st.isDirectory()) throw new UnsafePathError(dir, 'not-directory');
  if (myUid !== undefined && st.uid !== myUid) throw new UnsafePathError(dir, 'not-owner');
}

/**
 * The project's `.2L/`: a real folder of ours, created 0700 with a `.gitignore`
 * of `*` so neither git nor Claude Code's Grep tool (which honours .gitignore)
 * ever shows the log, which holds prompts and commands. True when created.
 */
export function ensureStateRoot(stateRoot: string): boolean {
  const created = ensurePrivateDir(stateRoot);
  if (created) {
    try {
      const fd = openRegular(path.join(stateRoot, '.gitignore'), CREATE_EXCL_FLAGS, 0o600);
      try {
        fs.writeSync(fd, '# 2L state: private to this machine\n*\n');
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      /* the folder is what matters; a missing .gitignore only makes git show it */
    }
  }
  return created;
}

/**
 * `.2L/` and each folder below it down to `dir` (inclusive) must be ours; create
 * the missing ones. `stateRoot` is the project's `.2L`.
 */
export function ensureStateSubdir(stateRoot: string, dir: string): void {
  const rel = path.relative(stateRoot, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${dir} is outside ${stateRoot}`);
  ensureStateRoot(stateRoot);
  let cur = stateRoot;
  for (const part of rel.split(path.sep).filter(Boolean)) {
    cur = path.join(cur, part);
    ensurePrivateDir(cur);
  }
}

/**
 * The refusal without the file name, ending in what to do: for messages that
 * name the file their own way (`cannot read the event log \`…\`: <this>`).
 */
export function refusalText(err: UnsafePathError): string {
  const text = `${describe(err.reason)}${err.detail ? ` (${err.detail})` : ''}`;
  return err.reason === 'not-regular' ? `${text} (remove it)` : text;
}

/** True for the errors this module raises about planted paths. */
export function isUnsafePath(err: unknown): err is UnsafePathError {
  return err instanceof UnsafePathError;
}
