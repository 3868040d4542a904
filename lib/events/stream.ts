/**
 * Reads a project's event log as a stream: the rotated archives oldest first,
 * then `.2L/events.jsonl`. Memory is bounded by the longest line we accept
 * (`maxLineBytes`), never by the size of the log. Lines that are not 2L events
 * are counted, not thrown: `malformed` for bad lines, `truncated` for a last
 * line cut off without its newline (a crash or a writer mid-write), `oversized`
 * for lines past the cap.
 *
 * The repository may have planted any of these files: each is opened without
 * following a link and read only when it is a regular file, so a link to
 * `/dev/zero`, a FIFO or `~/.ssh/id_rsa` is a read error naming the file, never
 * a hang or a leak. `.2L` itself must be a real folder of ours.
 */
import fs from 'node:fs';
import { parseEventLine, type TwoLEvent } from './format.ts';
import { LineSplitter, type Line } from './lines.ts';
import { listArchives } from './writer.ts';
import { eventsPath, stateDir } from './project-dir.ts';
import {
  READ_FLAGS,
  checkPrivateDir,
  isUnsafePath,
  openRegular,
  openRegularForRead,
  refusalText,
} from '../shared/safe-fs.ts';
import { errorCode, errorMessage } from '../shared/errors.ts';

export interface StreamStats {
  files: number;
  bytes: number;
  lines: number;
  events: number;
  /** Events before `since`, read but not yielded. */
  skipped: number;
  malformed: number;
  truncated: number;
  oversized: number;
  /** Archives left unread because they were last written before `since`. */
  skippedFiles: number;
}

export interface StreamOptions {
  /** Yield only events at or after this instant. */
  since?: Date;
  /** Longest line kept; longer ones are dropped and counted as `oversized`. */
  maxLineBytes?: number;
  /** Called once for every line that is not a 2L event (malformed, truncated or oversized). */
  onBadLine?: (kind: 'malformed' | 'truncated' | 'oversized') => void;
  stats?: StreamStats;
  /** Bytes per read (default 64 KiB); a reader that goes through whole logs at once gains from 1 MiB. */
  chunkBytes?: number;
  /**
   * One of `files` already open (a regular file, checked by the caller) and
   * read from `start`, a line start: the bytes before were summarised from a
   * kept state (monitor/live-prefix.ts). The descriptor is closed either way.
   */
  resume?: { file: string; fd: number; start: number };
}

export function newStreamStats(): StreamStats {
  return {
    files: 0,
    bytes: 0,
    lines: 0,
    events: 0,
    skipped: 0,
    malformed: 0,
    truncated: 0,
    oversized: 0,
    skippedFiles: 0,
  };
}

/**
 * The log's files in the order they were written: archives oldest first, then
 * the live log; none without a `.2L`. Throws when `.2L` is not a real folder of ours.
 */
export function logFiles(projectDir: string): string[] {
  const dir = stateDir(projectDir);
  try {
    checkPrivateDir(dir);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw Object.assign(
      new Error(
        `cannot read the event log folder \`${dir}\`: ${isUnsafePath(err) ? refusalText(err) : errorMessage(err)}`,
      ),
      { code },
    );
  }
  const live = eventsPath(projectDir);
  // lstat, not exists: a dangling link must be listed, and so refused, not skipped quietly.
  return [...listArchives(dir), ...(fs.lstatSync(live, { throwIfNoEntry: false }) ? [live] : [])];
}

/**
 * Lines of one file, a read chunk at a time (without `\n` or a trailing
 * `\r`); oversized lines come back as Dropped. `complete` is false only for a
 * last line that has no newline. `file` is a path (opened as a regular file,
 * never through a link) or a descriptor from openRegular, which this closes.
 */
export async function* fileLines(
  file: string | number,
  maxLineBytes: number,
  stats: StreamStats,
  chunkBytes = 1 << 16,
  start = 0,
): AsyncGenerator<{ lines: Line[]; complete: boolean }> {
  const splitter = new LineSplitter({ maxLineBytes });
  const fd = typeof file === 'number' ? file : openRegular(file, READ_FLAGS);
  const stream = fs.createReadStream('', { fd, highWaterMark: chunkBytes, start });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    stats.bytes += chunk.length;
    const lines = splitter.push(chunk);
    if (lines.length > 0) yield { lines, complete: true };
  }
  const last = splitter.end();
  if (last !== undefined) yield { lines: [last], complete: false };
}

/** ISO times we write ourselves compare as strings; anything else goes through Date.parse. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export function isBefore(timestamp: string, since: Date, sinceIso: string): boolean {
  if (timestamp.length === 24 && CANONICAL.test(timestamp)) return timestamp < sinceIso;
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? false : t < since.getTime();
}

/** Every event in `files`, in order, a batch (one read chunk) at a time. */
export async function* streamFileBatches(
  files: readonly string[],
  opts: StreamOptions = {},
): AsyncGenerator<TwoLEvent[]> {
  const stats = opts.stats ?? newStreamStats();
  const maxLine = opts.maxLineBytes ?? 16 * 1024 * 1024;
  const since = opts.since;
  const sinceIso = since?.toISOString() ?? '';
  const bad = (kind: 'malformed' | 'truncated' | 'oversized') => {
    stats[kind]++;
    opts.onBadLine?.(kind);
  };
  let resume = opts.resume;
  try {
    yield* readFiles();
  } finally {
    if (resume) fs.closeSync(resume.fd); // never reached its file
  }
  async function* readFiles(): AsyncGenerator<TwoLEvent[]> {
    for (const file of files) {
      let fd: number | undefined;
      let mtime: number;
      let start = 0;
      try {
        if (resume?.file === file) {
          ({ fd, start } = resume);
          resume = undefined;
        } else fd = openRegularForRead(file);
        if (fd === undefined) continue; // rotated away between listing and reading
        mtime = fs.fstatSync(fd).mtimeMs;
      } catch (err) {
        if (fd !== undefined) fs.closeSync(fd);
        throw readError(file, err);
      }
      // Every line of a file was written no later than its mtime.
      if (since && file.includes('events-') && mtime < since.getTime()) {
        fs.closeSync(fd);
        stats.skippedFiles++;
        continue;
      }
      stats.files++;
      try {
        for await (const batch of fileLines(fd, maxLine, stats, opts.chunkBytes, start)) {
          const out: TwoLEvent[] = [];
          for (const text of batch.lines) {
            if (text === '') continue;
            stats.lines++;
            if (typeof text !== 'string') {
              bad('oversized');
              continue;
            }
            const event = parseEventLine(text);
            if (!event) {
              bad(batch.complete ? 'malformed' : 'truncated');
              continue;
            }
            stats.events++;
            if (since && isBefore(event.timestamp, since, sinceIso)) {
              stats.skipped++;
              continue;
            }
            out.push(event);
          }
          if (out.length > 0) yield out;
        }
      } catch (err) {
        if (errorCode(err) === 'ENOENT') continue;
        throw readError(file, err);
      }
    }
  }
}

/** A read failure that names the file, keeping the errno code; a refusal says what to do. */
function readError(file: string, err: unknown): Error {
  const why = isUnsafePath(err) ? refusalText(err) : errorMessage(err);
  return Object.assign(new Error(`cannot read the event log \`${file}\`: ${why}`), { code: errorCode(err) });
}

/** Every event in `files`, in order. */
export async function* streamFiles(files: readonly string[], opts: StreamOptions = {}): AsyncGenerator<TwoLEvent> {
  for await (const batch of streamFileBatches(files, opts)) yield* batch;
}

/** Every event of a project, a batch at a time: archives oldest first, then the live log. */
export async function* streamEventBatches(projectDir: string, opts: StreamOptions = {}): AsyncGenerator<TwoLEvent[]> {
  yield* streamFileBatches(logFiles(projectDir), opts);
}

/** Every event of a project: archives oldest first, then the live log. */
export async function* streamEvents(projectDir: string, opts: StreamOptions = {}): AsyncGenerator<TwoLEvent> {
  yield* streamFiles(logFiles(projectDir), opts);
}
