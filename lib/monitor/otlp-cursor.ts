/**
 * The live OTLP exporter's place in the log, and reading on from it. The log
 * itself is the export queue: events are read from the last acknowledged
 * position, so a collector that is down holds back nothing in memory, and a
 * restart continues where the receiver last said yes.
 *
 * A position names a file by inode plus a fingerprint of its first bytes (a
 * rotated log keeps its inode under its archive name; a pruned file's inode
 * may be reused, the fingerprint tells them apart) and a byte offset just
 * after a complete line. Only regular files in a `.2L` of ours are read,
 * never through a link (stream.ts's `logFiles` and safe-fs).
 *
 * The bounded queue is the backlog on disk: past `maxBacklogBytes` behind the
 * end, the oldest lines are skipped and counted as dropped, so a collector
 * back after days gets the recent events, not a flood.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parseEventLine, type TwoLEvent } from '../events/format.ts';
import { logFiles } from '../events/stream.ts';
import { openRegularForRead } from '../shared/safe-fs.ts';

export interface LogPosition {
  ino: number;
  offset: number;
  /** sha256 of the file's first `headBytes` bytes. */
  head: string;
  headBytes: number;
}

export interface ReadResult {
  events: TwoLEvent[];
  /** Where the next read starts (unchanged when nothing was read). */
  next: LogPosition | undefined;
  malformed: number;
  /** Lines skipped because the backlog was over its bound. */
  dropped: number;
  /** The position's file is gone (pruned before it was exported): what it held after the offset is lost. */
  lost: boolean;
  /** Bytes still to read after `next`. */
  behind: number;
}

const HEAD_BYTES = 256;
const CHUNK = 1 << 20;
/** Longest line read (the follower's cap); a longer one is skipped and counted as malformed. */
const MAX_LINE = 4 << 20;

interface FileInfo {
  file: string;
  ino: number;
  size: number;
}

function withFd<T>(file: string, fn: (fd: number) => T): T | undefined {
  let fd: number | undefined;
  try {
    fd = openRegularForRead(file);
  } catch {
    return undefined; // planted (a link, a FIFO) or unreadable: not ours to read
  }
  if (fd === undefined) return undefined;
  try {
    return fn(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function headOf(fd: number, bytes: number): string {
  const buf = Buffer.alloc(bytes);
  const n = fs.readSync(fd, buf, 0, bytes, 0);
  return createHash('sha256').update(buf.subarray(0, n)).digest('hex');
}

function infos(project: string): FileInfo[] {
  const out: FileInfo[] = [];
  for (const file of logFiles(project)) {
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    if (st?.isFile()) out.push({ file, ino: st.ino, size: st.size });
  }
  return out;
}

function positionIn(f: FileInfo, fd: number, offset: number): LogPosition {
  const headBytes = Math.min(HEAD_BYTES, Math.max(offset, Math.min(f.size, HEAD_BYTES)));
  return { ino: f.ino, offset, head: headOf(fd, headBytes), headBytes };
}

/** The end of the log now: where a first start begins (history is `2l export --otlp`'s). */
export function endOfLog(project: string): LogPosition | undefined {
  const last = infos(project).at(-1);
  if (!last) return undefined;
  return withFd(last.file, (fd) => positionIn(last, fd, fs.fstatSync(fd).size));
}

/** Newline count in [from, to) and the offset just after the last newline (from when none). */
function scanLines(fd: number, from: number, to: number): { lines: number; end: number } {
  const buf = Buffer.allocUnsafe(CHUNK);
  let lines = 0;
  let end = from;
  for (let at = from; at < to; ) {
    const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, to - at), at);
    if (n <= 0) break;
    for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) {
      lines++;
      end = at + i + 1;
    }
    at += n;
  }
  return { lines, end };
}

/**
 * Up to `maxEvents` events after `pos` (from the start of the oldest file when
 * `pos` is undefined or its file is gone), never past a last line without its
 * newline in the live log (the writer may be mid-line).
 */
export function readFrom(
  project: string,
  pos: LogPosition | undefined,
  opts: { maxEvents: number; maxBacklogBytes: number },
): ReadResult {
  const files = infos(project);
  const result: ReadResult = { events: [], next: pos, malformed: 0, dropped: 0, lost: false, behind: 0 };
  let i = 0;
  let offset = 0;
  if (pos) {
    i = files.findIndex(
      (f) =>
        f.ino === pos.ino && f.size >= pos.headBytes && withFd(f.file, (fd) => headOf(fd, pos.headBytes)) === pos.head,
    );
    if (i < 0) {
      result.lost = files.length > 0;
      i = 0;
    } else offset = files[i]!.size < pos.offset ? 0 : pos.offset;
  }
  // The bound: skip whole files, then the start of one, until what is left fits.
  let behind = files.slice(i).reduce((n, f) => n + f.size, 0) - offset;
  while (i < files.length && behind > opts.maxBacklogBytes) {
    const f = files[i]!;
    const excess = behind - opts.maxBacklogBytes;
    const to = Math.min(f.size, offset + excess);
    const scanned = withFd(f.file, (fd) => scanLines(fd, offset, to === f.size ? f.size : to));
    if (to === f.size || !scanned) {
      result.dropped += (scanned?.lines ?? 0) + (scanned && scanned.end < f.size ? 1 : 0);
      behind -= f.size - offset;
      i++;
      offset = 0;
      continue;
    }
    result.dropped += scanned.lines;
    behind -= scanned.end - offset;
    offset = scanned.end;
    break;
  }
  for (; i < files.length && result.events.length < opts.maxEvents; i++, offset = 0) {
    const f = files[i]!;
    const live = i === files.length - 1;
    const read = withFd(f.file, (fd) => {
      const size = fs.fstatSync(fd).size;
      const buf = Buffer.allocUnsafe(CHUNK);
      let at = offset;
      while (at < size && result.events.length < opts.maxEvents) {
        const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, size - at), at);
        if (n <= 0) break;
        const last = buf.subarray(0, n).lastIndexOf(10);
        if (last < 0) {
          if (n === size - at && live) break; // half a line at the end of the live log: wait for the rest
          // A line longer than the cap, or an archive ending mid-line: skip it.
          const skip = scanLines(fd, at, Math.min(size, at + MAX_LINE + CHUNK));
          result.malformed++;
          at = skip.end > at ? skip.end : size;
          continue;
        }
        let start = 0;
        for (let nl = buf.indexOf(10); nl >= 0 && nl <= last; nl = buf.indexOf(10, nl + 1)) {
          const line = buf.toString('utf8', start, nl).trim();
          start = nl + 1;
          if (line === '') continue;
          const e = parseEventLine(line);
          if (e) result.events.push(e);
          else result.malformed++;
          if (result.events.length >= opts.maxEvents) break;
        }
        at += start;
      }
      return { at, size, pos: positionIn(f, fd, at) };
    });
    if (!read) continue;
    result.next = read.pos;
    offset = read.at;
    if (read.at < read.size) break;
  }
  const rest = files.findIndex((f) => f.ino === result.next?.ino);
  result.behind = rest < 0 ? 0 : files.slice(rest).reduce((n, f) => n + f.size, 0) - (result.next?.offset ?? 0);
  return result;
}
