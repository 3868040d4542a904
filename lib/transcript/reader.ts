/**
 * Incremental reading of Claude Code's session transcripts (JSONL that Claude
 * Code appends to while we read). A cursor remembers a byte offset per file
 * and the file's identity; each read parses only the bytes added since, never
 * more than `maxBytes`, skips any line longer than `maxLineBytes`, and leaves a
 * last line without its newline for the next read (Claude Code may be in the
 * middle of writing it). A file replaced or cut shorter starts over from 0; a
 * deleted one yields nothing. Nothing here knows what the records mean: the
 * tool-call extraction (tools.ts) and the usage extraction (usage.ts) both
 * feed on the records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { READ_FLAGS } from '../shared/safe-fs.ts';

export interface Cursor {
  /** Identity of the file the offset belongs to. */
  dev: number;
  ino: number;
  /** Bytes consumed: the start of the first line not yet read. */
  offset: number;
}

export interface TranscriptRecord {
  file: string;
  /** Byte offset of the line's first byte, and of the byte after its newline. */
  offset: number;
  end: number;
  value: unknown;
}

export interface ReadOptions {
  /** Longest line parsed; longer ones are skipped whole (default 8 MiB). */
  maxLineBytes?: number;
  /** Most bytes read in one call; the rest waits for the next (default 64 MiB). */
  maxBytes?: number;
}

export interface ReadResult {
  records: TranscriptRecord[];
  /** Undefined when the file is gone or not a regular file. */
  cursor: Cursor | undefined;
  /** Lines skipped: too long or not JSON. */
  skipped: number;
}

const CHUNK = 1 << 20;

/** The records added to `file` since `cursor` (from the start without one). */
export function readNew(file: string, cursor: Cursor | undefined, opts: ReadOptions = {}): ReadResult {
  const maxLine = opts.maxLineBytes ?? 8 << 20;
  const maxBytes = opts.maxBytes ?? 64 << 20;
  let fd: number;
  try {
    // O_NOFOLLOW | O_NONBLOCK: a link or a FIFO put where a transcript was is refused, never waited on.
    fd = fs.openSync(file, READ_FLAGS);
  } catch {
    return { records: [], cursor: undefined, skipped: 0 };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { records: [], cursor: undefined, skipped: 0 };
    const same = cursor && cursor.dev === st.dev && cursor.ino === st.ino && cursor.offset <= st.size;
    let pos = same ? cursor.offset : 0;
    const stop = Math.min(st.size, pos + maxBytes);
    const records: TranscriptRecord[] = [];
    let skipped = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let lineStart = pos;
    /** True while the current line has outgrown maxLine: its bytes are dropped up to its newline. */
    let overlong = false;
    const buf = Buffer.allocUnsafe(CHUNK);
    let readAt = pos;
    while (readAt < stop) {
      const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, stop - readAt), readAt);
      if (n <= 0) break;
      let from = 0;
      for (let nl = buf.indexOf(10, 0); nl !== -1 && nl < n; nl = buf.indexOf(10, from)) {
        const end = readAt + nl + 1;
        if (overlong || pendingBytes + nl - from > maxLine) skipped++;
        else {
          pending.push(buf.subarray(from, nl));
          const text = Buffer.concat(pending).toString('utf8');
          if (text.trim() !== '') {
            try {
              records.push({ file, offset: lineStart, end, value: JSON.parse(text) });
            } catch {
              skipped++;
            }
          }
        }
        pending = [];
        pendingBytes = 0;
        overlong = false;
        lineStart = end;
        pos = end;
        from = nl + 1;
      }
      if (from < n && !overlong) {
        if (pendingBytes + n - from > maxLine) {
          overlong = true;
          pending = [];
          pendingBytes = 0;
        } else {
          pending.push(Buffer.from(buf.subarray(from, n)));
          pendingBytes += n - from;
        }
      }
      readAt += n;
    }
    // A line still growing past the cap will never be parsed: consume what we saw of it.
    if (overlong) pos = readAt;
    return { records, cursor: { dev: st.dev, ino: st.ino, offset: pos }, skipped };
  } finally {
    fs.closeSync(fd);
  }
}

const MAX_OTHERS = 20;
const OTHERS_WITHIN_MS = 24 * 3600 * 1000;

/** The transcripts to look at: the session's, its subagents', and maybe its recent neighbours'. */
export function transcriptFiles(transcriptPath: string, others: boolean, now: number): string[] {
  if (!path.isAbsolute(transcriptPath) || !transcriptPath.endsWith('.jsonl')) return [];
  const mains = [transcriptPath];
  if (others) {
    const dir = path.dirname(transcriptPath);
    try {
      const recent = fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.jsonl') && path.join(dir, n) !== transcriptPath)
        .map((n) => ({ p: path.join(dir, n), m: fs.lstatSync(path.join(dir, n)) }))
        .filter((x) => x.m.isFile() && now - x.m.mtimeMs < OTHERS_WITHIN_MS)
        .sort((a, b) => b.m.mtimeMs - a.m.mtimeMs)
        .slice(0, MAX_OTHERS);
      mains.push(...recent.map((x) => x.p));
    } catch {
      /* no folder: nothing else to look at */
    }
  }
  const out: string[] = [];
  for (const m of mains) {
    out.push(m);
    const sub = path.join(m.slice(0, -'.jsonl'.length), 'subagents');
    try {
      for (const n of fs.readdirSync(sub).sort())
        if (n.startsWith('agent-') && n.endsWith('.jsonl')) out.push(path.join(sub, n));
    } catch {
      /* no subagents */
    }
  }
  return out;
}

/**
 * Two FNV-1a hashes of a path, as a file name for state kept about it. Not node:crypto: loading it
 * costs every logger start-up, and a collision is harmless (a cursor for another file's identity is ignored).
 */
export function pathKey(file: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < file.length; i++) {
    a = Math.imul(a ^ file.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ file.charCodeAt(file.length - 1 - i), 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
