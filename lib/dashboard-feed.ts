/**
 * The dashboard's view of one project's log: a streaming `Summary` of every
 * event (the rotated archives present at start, oldest first, then the live
 * log), the last `tail` events as raw lines for the page's first render, and
 * a numbered stream of new events for Server-Sent Events. Memory is bounded
 * by `tail` and the longest line accepted, never by the size of the log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEventLine, type TwoLEvent } from './event-format.ts';
import { streamFileBatches, newStreamStats } from './event-stream.ts';
import { listArchives } from './event-writer.ts';
import { LogFollower } from './log-follower.ts';
import { eventsPath } from './project-dir.ts';
import { Summary } from './summary.ts';

export type FeedMessage = { kind: 'events'; lastSeq: number; lines: string[] } | { kind: 'reset' };

export interface FeedOptions {
  tail?: number;
  pollMs?: number;
  watch?: boolean;
  /** Lines longer than this are kept in the tail in a shortened form. */
  maxTailLine?: number;
}

/** Longest line read; longer ones count as malformed (the follower's default too). */
const MAX_LINE_BYTES = 4 << 20;

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The last `count` valid event lines of a file, reading backwards from its end in growing windows. */
export async function readTail(file: string, count: number, maxBytes = 16 << 20): Promise<string[]> {
  let h: fs.promises.FileHandle;
  try {
    h = await fs.promises.open(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = (await h.stat()).size;
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
  for (let i = files.length - 1; i >= 0 && out.length < count; i--) out = [...(await readTail(files[i]!, count - out.length)), ...out];
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
  /** Archives that could not be read at start (permissions, I/O errors); their events are missing. */
  readonly unreadable: string[] = [];
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

  constructor(readonly project: string, opts: FeedOptions = {}) {
    this.tail = opts.tail ?? 500;
    this.maxTailLine = opts.maxTailLine ?? 32_768;
    this.file = eventsPath(project);
    this.follower = new LogFollower(this.file, {
      onLines: (lines) => this.accept(lines),
      onTruncate: () => this.reset(),
      onDropped: () => this.summary.addMalformed(),
      pollMs: opts.pollMs,
      watch: opts.watch,
      archives: () => listArchives(path.dirname(this.file)),
    });
    this.archives = listArchives(path.dirname(this.file));
    this.initialSize = this.archives.reduce((n, a) => n + fileSize(a), 0) + fileSize(this.file);
    // Archives first, then the follower takes the live log from its start and keeps its offset;
    // an archive rotated out after the listing above is read by the follower before the new log.
    this.loaded = this.readArchives()
      .then(() => this.follower.start(this.archives))
      .then(() => {
        this.live = true;
        this.previewLines = [];
      });
  }

  /** Every archive present at start, oldest first, through the shared log reader. */
  private async readArchives(): Promise<void> {
    const stats = newStreamStats();
    for (const file of this.archives) {
      const before = stats.bytes;
      try {
        for await (const batch of streamFileBatches([file], { stats, maxLineBytes: MAX_LINE_BYTES, chunkBytes: 1 << 20, onBadLine: () => this.summary.addMalformed() })) {
          if (this.closing) return;
          for (const e of batch) {
            this.summary.add(e);
            this.seq++;
            this.push(e);
          }
          this.archiveBytesRead = stats.bytes;
        }
      } catch {
        this.unreadable.push(file);
        stats.bytes = before + fileSize(file);
        this.archiveBytesRead = stats.bytes;
      }
    }
    for (let i = 0; i < this.ring.length; i++) this.ring[i] = this.text(this.ring[i]!);
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

  logExists(): boolean {
    return fs.existsSync(this.file);
  }

  subscribe(fn: (m: FeedMessage) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The tail, oldest first. */
  lines(): string[] {
    const ordered = this.ring.length < this.tail ? this.ring : [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
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
    for (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      const e = parseEventLine(line);
      if (!e) {
        this.summary.addMalformed();
        continue;
      }
      this.summary.add(e);
      this.seq++;
      const kept = line.length > this.maxTailLine ? this.shortened(e, line.length) : line;
      this.push(kept);
      if (this.live) fresh.push(kept);
    }
    if (fresh.length > 0) this.emit({ kind: 'events', lastSeq: this.seq, lines: fresh });
  }

  /** A tail entry as text: long events are kept in a shortened form. */
  private text(x: string | TwoLEvent): string {
    if (typeof x === 'string') return x;
    const line = JSON.stringify(x);
    return line.length > this.maxTailLine ? this.shortened(x, line.length) : line;
  }

  private shortened(e: TwoLEvent, length: number): string {
    return JSON.stringify({ ...e, data: e.data.slice(0, 2000), payload: `[omitted: ${length} chars]` });
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
