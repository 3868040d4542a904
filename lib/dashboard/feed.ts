/**
 * The dashboard's view of one project's log: a streaming `Summary` of every
 * event (the rotated archives present at start, oldest first, then the live
 * log), the last `tail` events as raw lines for the page's first render, and
 * a numbered stream of new events for Server-Sent Events. Memory is bounded
 * by `tail` and the longest line accepted, never by the size of the log.
 * Files are read only when they are regular files in a `.2L/` of ours (see
 * safe-fs.ts); what is wrong with the log is kept for the page to show.
 */
import fs from 'node:fs';
import path from 'node:path';
import { forSummary, shortLine } from './event.ts';
import { parseEventLine, type TwoLEvent } from '../events/format.ts';
import { streamFileBatches, newStreamStats } from '../events/stream.ts';
import { listArchives } from '../events/writer.ts';
import { LogFollower } from '../events/follower.ts';
import { eventsPath } from '../events/project-dir.ts';
import { checkPrivateDir, openRegularHandle } from '../shared/safe-fs.ts';
import { Summary } from '../monitor/summary.ts';
import { mergeArchiveSummaries, type HistoryTargets } from '../monitor/archive-summaries.ts';
import { mergeLivePrefixOf } from '../monitor/live-prefix.ts';
import type { CostContext } from '../monitor/cost-collect.ts';
import type { SessionTrends } from '../monitor/trends.ts';

/** `log`: what is wrong with the log changed (see logStatus). */
export type FeedMessage = { kind: 'events'; lastSeq: number; lines: string[] } | { kind: 'reset' } | { kind: 'log' };

/** The live log as the page needs to know it. */
export interface LogStatus {
  /** A regular file 2L reads is there. */
  exists: boolean;
  /** Why 2L does not read it (a link, a FIFO, a folder that is not ours). */
  problem?: string;
  /** Archives left unread because they are not regular files. */
  skipped?: string[];
}

export interface FeedOptions {
  tail?: number;
  pollMs?: number;
  watch?: boolean;
  /** Lines longer than this are kept in the tail in a shortened form. */
  maxTailLine?: number;
  /**
   * Each batch of events as read, in log order, with the count of unreadable
   * lines; `live` once the log has been read to its end (the alert engine).
   */
  onBatch?: (events: readonly TwoLEvent[], malformed: number, live: boolean) => void;
  /**
   * The readers `onBatch` feeds, for archives merged from the state kept beside
   * them (monitor/archive-summaries.ts) instead of read: those last written
   * before `before`. Asked for once the constructor has returned (the readers
   * are made after the feed). Absent: every archive is read.
   */
  archiveReaders?: () => ArchiveReaders;
}

export interface ArchiveReaders {
  before: number;
  trends?: SessionTrends;
  costs?: CostContext[];
  ops?: Array<{ add(e: TwoLEvent): void }>;
}

/** Longest line read; longer ones count as malformed (the follower's default too). */
const MAX_LINE_BYTES = 4 << 20;
/**
 * Bytes read (and summarised) per turn of the event loop. The whole log is read in the server's
 * only thread while the page asks for its first answers: each request waits for the batch in
 * progress. 1 MiB batches held it ~100-350 ms each on a loaded machine (a 100,000-event log's
 * first render took 1.76× a 1,000-event one's); 64 KiB batches cost a few ms each, and the
 * extra reads cost little beside parsing.
 */
const LOAD_CHUNK_BYTES = 64 << 10;

/** lstat of a regular file (never through a link); undefined for anything else. */
function regularStat(file: string): fs.Stats | undefined {
  try {
    const st = fs.lstatSync(file);
    return st.isFile() ? st : undefined;
  } catch {
    return undefined;
  }
}

function fileSize(file: string): number {
  return regularStat(file)?.size ?? 0;
}

/** Archives present now that are regular files in a folder of ours, and the ones that are not. */
function splitArchives(dir: string): { regular: string[]; refused: string[] } {
  try {
    checkPrivateDir(dir);
  } catch {
    return { regular: [], refused: [] }; // absent, or the follower reports it
  }
  const regular: string[] = [];
  const refused: string[] = [];
  for (const a of listArchives(dir)) (regularStat(a) ? regular : refused).push(a);
  return { regular, refused };
}

/** The last `count` valid event lines of a file, reading backwards from its end in growing windows. */
export async function readTail(file: string, count: number, maxBytes = 16 << 20, end = Infinity): Promise<string[]> {
  let h: fs.promises.FileHandle | undefined;
  try {
    h = await openRegularHandle(file);
  } catch {
    h = undefined; // a link or a FIFO: the follower reports it
  }
  if (!h) return [];
  try {
    const size = Math.min((await h.stat()).size, end);
    for (let window = 256 << 10; ; window *= 4) {
      const len = Math.min(size, window, maxBytes);
      const buf = Buffer.alloc(len);
      await h.read(buf, 0, len, size - len);
      const lines = buf.toString('utf8').split('\n');
      if (len < size) lines.shift(); // starts mid-line
      const valid = lines.map((l) => l.trim()).filter((l) => l !== '' && parseEventLine(l) !== undefined);
      if (valid.length >= count || len === size || len === maxBytes) return valid.slice(-count);
    }
  } finally {
    await h.close();
  }
}

/** The last `count` valid event lines across `files` (oldest first), reading the newest file first. */
export async function readTailOf(files: readonly string[], count: number): Promise<string[]> {
  let out: string[] = [];
  for (let i = files.length - 1; i >= 0 && out.length < count; i--)
    out = [...(await readTail(files[i]!, count - out.length)), ...out];
  return out;
}

export class DashboardFeed {
  summary = new Summary();
  /** Number of events accepted so far; the SSE id of the newest one. */
  seq = 0;
  /** Bumped when the log was truncated and everything was read again. */
  epoch = 0;
  readonly file: string;
  readonly loaded: Promise<void>;
  /** Archives that could not be read at start (links, FIFOs, permissions, I/O errors); their events are missing. */
  readonly unreadable: string[] = [];
  /** What is wrong with the log or its folder (a link, a FIFO…), as the page shows it; undefined when fine. */
  problem: string | undefined;
  /** Parsed events from archives stay objects until shown: only the last `tail` are ever turned back into text. */
  private ring: Array<string | TwoLEvent> = [];
  private ringStart = 0;
  private readonly listeners = new Set<(m: FeedMessage) => void>();
  private readonly follower: LogFollower;
  private readonly tail: number;
  private readonly maxTailLine: number;
  private live = false;
  private closing = false;
  private readonly archives: string[];
  private readonly initialSize: number;
  private archiveBytesRead = 0;
  private previewLines: string[] = [];
  /** The live log, open, and where the follower takes it up (before: merged from its kept state). */
  private resume: { handle: fs.promises.FileHandle; offset: number } | undefined;
  private readonly onBatch: FeedOptions['onBatch'];
  private readonly archiveReaders: FeedOptions['archiveReaders'];

  constructor(
    readonly project: string,
    opts: FeedOptions = {},
  ) {
    this.onBatch = opts.onBatch;
    this.archiveReaders = opts.archiveReaders;
    this.tail = opts.tail ?? 500;
    this.maxTailLine = opts.maxTailLine ?? 32_768;
    this.file = eventsPath(project);
    this.follower = new LogFollower(this.file, {
      onLines: (lines) => this.accept(lines),
      onTruncate: () => this.reset(),
      onDropped: () => this.summary.addMalformed(),
      onProblem: (p) => {
        this.problem = p?.message;
        this.emit({ kind: 'log' });
      },
      pollMs: opts.pollMs,
      watch: opts.watch,
      chunkBytes: LOAD_CHUNK_BYTES,
      archives: () => listArchives(path.dirname(this.file)),
    });
    const { regular, refused } = splitArchives(path.dirname(this.file));
    this.archives = regular;
    this.unreadable.push(...refused);
    this.initialSize = this.archives.reduce((n, a) => n + fileSize(a), 0) + fileSize(this.file);
    // Archives first, then the follower takes the live log from its start and keeps its offset;
    // an archive rotated out after the listing above is read by the follower before the new log.
    // The newest events are read first (a few hundred KiB from the end), so the page's first
    // answer is ready before the long read begins and never waits on its file reads.
    this.loaded = this.preview()
      .then(() => this.readArchives())
      .then(() => this.follower.start(this.archives, this.resume))
      .then(() => {
        this.live = true;
        this.previewLines = [];
      });
  }

  /** Every archive present at start, oldest first, through the shared log reader. */
  private async readArchives(): Promise<void> {
    const stats = newStreamStats();
    let toRead = this.archives;
    let readers: HistoryTargets | undefined;
    let before = 0;
    if (this.archiveReaders) {
      await Promise.resolve(); // the readers are made after this constructor returns
      const r = this.archiveReaders();
      readers = { summary: this.summary, trends: r.trends, costs: r.costs, ops: r.ops };
      before = r.before;
      const m = await mergeArchiveSummaries(this.project, readers, {
        before: r.before,
        kind: 'dashboard',
        clean: forSummary,
        onArchive: (b) => (this.archiveBytesRead = b),
      });
      if (m.merged.length > 0) {
        const merged = new Set(m.merged.map((f) => f.path));
        toRead = this.archives.filter((a) => !merged.has(a));
        this.seq += m.events;
        // The newest events of what was merged, for the page's first render (later files push theirs after).
        for (const line of await readTailOf([...merged], this.tail)) {
          const e = parseEventLine(line);
          if (e) this.push(e); // kept as an event, as a read keeps it: shortened when shown if long
        }
        stats.bytes = this.archiveBytesRead;
      }
    }
    for (const file of toRead) {
      const before = stats.bytes;
      try {
        for await (const batch of streamFileBatches([file], {
          stats,
          maxLineBytes: MAX_LINE_BYTES,
          chunkBytes: LOAD_CHUNK_BYTES,
          onBadLine: () => this.summary.addMalformed(),
        })) {
          if (this.closing) return;
          for (const e of batch) {
            this.summary.add(forSummary(e));
            this.seq++;
            this.push(e);
          }
          this.onBatch?.(batch, 0, false);
          this.archiveBytesRead = stats.bytes;
        }
      } catch {
        this.unreadable.push(file);
        stats.bytes = before + fileSize(file);
        this.archiveBytesRead = stats.bytes;
      }
    }
    // Every archive merged: the live log's prefix before the window comes from its kept state too.
    if (readers && toRead.length === 0 && !this.closing) await this.mergePrefix(readers, before);
    for (let i = 0; i < this.ring.length; i++) this.ring[i] = this.text(this.ring[i]!);
  }

  /** Merge the live log's kept prefix (monitor/live-prefix.ts); the follower takes the log up after it. */
  private async mergePrefix(readers: HistoryTargets, before: number): Promise<void> {
    const h = await openRegularHandle(this.file).catch(() => undefined);
    if (!h) return; // absent, a link or a FIFO: the follower reports it
    try {
      const p = mergeLivePrefixOf(this.file, h.fd, readers, { before, kind: 'dashboard', clean: forSummary });
      this.seq += p.events;
      // A read of the live log hands its bad lines to the alert engine; so does the merge.
      if (p.malformed > 0) this.onBatch?.([], p.malformed, false);
      for (const line of await readTail(this.file, this.tail, undefined, p.offset)) {
        const e = parseEventLine(line);
        if (e) this.push(e);
      }
      this.resume = { handle: h, offset: p.offset };
    } catch {
      await h.close().catch(() => undefined); // read whole by the follower instead
    }
  }

  /** True once the whole log has been read and the summary is complete. */
  isLoaded(): boolean {
    return this.live;
  }

  /** Share of the log read so far, 0..1, while loading. */
  progress(): number {
    if (this.live || this.initialSize === 0) return 1;
    return Math.min(1, (this.archiveBytesRead + this.follower.offset) / this.initialSize);
  }

  /**
   * The newest events straight from the end of the file, for a first render
   * that does not wait for the whole log to be summarised.
   */
  async preview(): Promise<string[]> {
    if (this.live) return this.lines();
    if (this.previewLines.length === 0) this.previewLines = await readTailOf([...this.archives, this.file], this.tail);
    return this.previewLines;
  }

  /** Whether the live log is there to read, and what is wrong with it when it is not. */
  logStatus(): LogStatus {
    const status: LogStatus = { exists: regularStat(this.file) !== undefined && this.problem === undefined };
    if (this.problem !== undefined) status.problem = this.problem;
    if (this.unreadable.length > 0) status.skipped = this.unreadable.map((a) => path.basename(a));
    return status;
  }

  subscribe(fn: (m: FeedMessage) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The tail, oldest first. */
  lines(): string[] {
    const ordered =
      this.ring.length < this.tail
        ? this.ring
        : [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
    return ordered.map((x) => this.text(x));
  }

  /** Events after `seq`, or undefined when they are no longer held (the client must reload). */
  since(seq: number): string[] | undefined {
    if (!Number.isInteger(seq) || seq < 0 || seq > this.seq) return undefined;
    const missing = this.seq - seq;
    if (missing > this.ring.length) return undefined;
    const all = this.lines();
    return missing === 0 ? [] : all.slice(all.length - missing);
  }

  async close(): Promise<void> {
    this.closing = true;
    this.listeners.clear();
    await this.follower.close();
    await this.loaded.catch(() => undefined);
  }

  /** Pick up new lines now instead of waiting for the watch or the poll. */
  poke(): Promise<void> {
    return this.follower.check();
  }

  private accept(lines: string[]): void {
    const fresh: string[] = [];
    const events: TwoLEvent[] = [];
    let malformed = 0;
    for (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      const e = parseEventLine(line);
      if (!e) {
        this.summary.addMalformed();
        malformed++;
        continue;
      }
      if (this.onBatch) events.push(e);
      this.summary.add(forSummary(e));
      this.seq++;
      const kept = line.length > this.maxTailLine ? shortLine(e, line.length) : line;
      this.push(kept);
      if (this.live) fresh.push(kept);
    }
    if (fresh.length > 0) this.emit({ kind: 'events', lastSeq: this.seq, lines: fresh });
    if (events.length > 0 || malformed > 0) this.onBatch?.(events, malformed, this.live);
  }

  /** A tail entry as text: long events are kept in a shortened form. */
  private text(x: string | TwoLEvent): string {
    if (typeof x === 'string') return x;
    const line = JSON.stringify(x);
    return line.length > this.maxTailLine ? shortLine(x, line.length) : line;
  }

  private push(line: string | TwoLEvent): void {
    if (this.ring.length < this.tail) {
      this.ring.push(line);
      return;
    }
    this.ring[this.ringStart] = line;
    this.ringStart = (this.ringStart + 1) % this.tail;
  }

  private reset(): void {
    this.summary = new Summary();
    this.ring = [];
    this.ringStart = 0;
    this.epoch++;
    this.emit({ kind: 'reset' });
  }

  private emit(m: FeedMessage): void {
    for (const fn of this.listeners) fn(m);
  }
}
