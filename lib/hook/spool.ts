/**
 * The spool the hook front (lib/2l-hook-front.sh) writes payloads into for
 * the resident collector: a private folder (`$XDG_RUNTIME_DIR/2l/spool2`, else
 * `/dev/shm/2l-<uid>/spool2`, else under the user's cache), one file per hook
 * call named `<$EPOCHREALTIME>.<front pid>`, so names sort in call order and
 * never collide. A file is
 *   `2l2\0<call time>\0<CLAUDE_PROJECT_DIR>\0<hook cwd>\0<CLI pid> <its start>\0<payload>\0end\n`
 * and complete only with its trailer: the front writes it in place, so a file
 * without one is still being written, or its front died (torn). Names that
 * start with a dot are the collector's own (pid file, done markers, key).
 * Pure parsing and listing; the collector does the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { READ_FLAGS } from '../shared/safe-fs.ts';
import type { StdinRead } from '../shared/stdin.ts';

export const MAGIC = '2l2';
/**
 * The folder's name says the format: an older pack's front writes `2l1` files (no CLI pid) into `spool`,
 * for its own collector, which would drop files it cannot parse. Apart, the two never meet.
 */
export const SPOOL_NAME = 'spool2';
const TRAILER = Buffer.from('\0end\n');
/** Payloads past this are logged as oversized, as the per-event logger does. */
export const KEEP_BYTES = 4 * 1024 * 1024;
const NAME = /^\d{9,11}\.\d{1,9}\.\d{1,10}$/;

export interface SpoolEntry {
  /** The call time as the front read it (`$EPOCHREALTIME`). */
  callTime: string;
  projectDir: string | undefined;
  cwd: string;
  /** The Claude Code process that ran the hook (the front's parent), when the front could tell. */
  cli: CliProcess | undefined;
  input: StdinRead;
  /** False when the trailer is missing (still being written, or torn). */
  complete: boolean;
}

/** A process named so that a reused pid is not taken for it: its pid and /proc start time ('-' without /proc). */
export interface CliProcess {
  pid: number;
  start: string;
}

/** `<pid> <start>` as the front writes it; undefined for anything else. */
export function parseCli(text: string | undefined): CliProcess | undefined {
  const m = text ? /^([1-9]\d{0,9}) (\d{1,20}|-)$/.exec(text) : null;
  return m ? { pid: Number(m[1]), start: m[2]! } : undefined;
}

/** True for a name the front writes (`<seconds>.<fraction>.<pid>`). */
export function isSpoolName(name: string): boolean {
  return NAME.test(name);
}

/** Spool file names in call order (the seconds have the same width for centuries). */
export function spoolNames(names: readonly string[]): string[] {
  return names.filter(isSpoolName).sort();
}

/** Parse a spool file's bytes: header, payload (kept up to KEEP_BYTES), completeness. */
export function parseSpool(buf: Buffer, totalBytes = buf.length): SpoolEntry | undefined {
  const fields: string[] = [];
  let at = 0;
  for (let i = 0; i < 5; i++) {
    const nul = buf.indexOf(0, at);
    if (nul < 0) return undefined;
    fields.push(buf.subarray(at, nul).toString('utf8'));
    at = nul + 1;
    if (i === 0 && fields[0] !== MAGIC) return undefined;
  }
  const complete = totalBytes >= at + TRAILER.length && buf.subarray(buf.length - TRAILER.length).equals(TRAILER);
  const payloadBytes = totalBytes - at - (complete ? TRAILER.length : 0);
  const end = complete ? buf.length - TRAILER.length : buf.length;
  const text = buf.subarray(at, Math.min(end, at + KEEP_BYTES)).toString('utf8');
  return {
    callTime: fields[1]!,
    projectDir: fields[2] || undefined,
    cwd: fields[3] || '/',
    cli: parseCli(fields[4]),
    input: { text, totalBytes: payloadBytes, overflow: payloadBytes > KEEP_BYTES, timedOut: !complete },
    complete,
  };
}

/**
 * Read one spool file without following a link or blocking on a FIFO: only a
 * regular file of ours with one link is read, up to the header, KEEP_BYTES of
 * payload and the trailer. Undefined when it is not such a file (the caller
 * drops the name) or is gone.
 */
export function readSpoolFile(
  file: string,
  uid: number | undefined,
): { entry?: SpoolEntry; mtimeMs: number } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, READ_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.nlink !== 1 || (uid !== undefined && st.uid !== uid)) return undefined;
    const size = st.size;
    const headMax = KEEP_BYTES + 64 * 1024;
    const head = Buffer.allocUnsafe(Math.min(size, headMax));
    const n = fs.readSync(fd, head, 0, head.length, 0);
    let buf = head.subarray(0, n);
    if (size > headMax) {
      // Keep the head and the last bytes, where the trailer is.
      const tail = Buffer.allocUnsafe(TRAILER.length);
      const t = fs.readSync(fd, tail, 0, tail.length, size - tail.length);
      buf = Buffer.concat([buf, tail.subarray(0, t)]);
    }
    return { entry: parseSpool(buf, size), mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The spool folder the front uses for this environment (the front passes it as TWOL_SPOOL too). */
export function spoolDir(env: NodeJS.ProcessEnv, uid: number | string, shm = fs.existsSync('/dev/shm')): string {
  const xdg = env.XDG_RUNTIME_DIR;
  if (xdg?.startsWith('/')) return path.join(xdg, '2l', SPOOL_NAME);
  if (shm) return `/dev/shm/2l-${uid}/${SPOOL_NAME}`;
  const cache = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : path.join(env.HOME ?? '/', '.cache');
  return path.join(cache, '2l', SPOOL_NAME);
}
