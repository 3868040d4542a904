/**
 * The dashboard's view of one project's log: a streaming `Summary` of every
 * event, the last `tail` events as raw lines for the page's first render, and
 * a numbered stream of new events for Server-Sent Events. Memory is bounded
 * by `tail`, never by the size of the log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_AGENT, DEFAULT_PHASE, type TwoLEvent } from './event-format.ts';
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

/**
 * parseEventLine's rules, applied to the freshly parsed object in place: the
 * copy parseEventLine makes costs twice the JSON.parse itself, which matters
 * when the first render reads a log of a million lines.
 */
export function parseLineInPlace(line: string): TwoLEvent | undefined {
  if (line[0] !== '{') return undefined;
  let e: Record<string, unknown>;
  try {
    e = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!e || typeof e !== 'object' || Array.isArray(e) || typeof e.timestamp !== 'string' || typeof e.event_type !== 'string') return undefined;
  if (typeof e.phase !== 'string') e.phase = DEFAULT_PHASE;
  if (typeof e.agent_id !== 'string') e.agent_id = DEFAULT_AGENT;
  if (typeof e.data !== 'string') e.data = e.data === undefined ? '' : JSON.stringify(e.data);
  if (typeof e.v !== 'number') e.v = 0;
  if (e.source !== 'hook') e.source = 'emit';
  return e as unknown as TwoLEvent;
}

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
      const valid = lines.map((l) => l.trim()).filter((l) => l !== '' && parseLineInPlace(l) !== undefined);
      if (valid.length >= count || len === size || len === maxBytes) return valid.slice(-count);
    }
  } finally {
    await h.close();
  }
}

export class DashboardFeed {
  summary = new Summary();
  /** Number of events accepted so far; the SSE id of the newest one. */
  seq = 0;
  /** Bumped when the log was truncated and everything was read again. */
  epoch = 0;
  readonly file: string;
  readonly loaded: Promise<void>;
  private ring: string[] = [];
  private ringStart = 0;
  private readonly listeners = new Set<(m: FeedMessage) => void>();
  private readonly follower: LogFollower;
  private readonly tail: number;
  private readonly maxTailLine: number;
  private live = false;
  private readonly initialSize: number;
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
    this.initialSize = fileSize(this.file);
    this.loaded = this.follower.start().then(() => {
      this.live = true;
      this.previewLines = [];
    });
  }

  /** True once the whole log has been read and the summary is complete. */
  isLoaded(): boolean {
    return this.live;
  }

  /** Share of the log read so far, 0..1, while loading. */
  progress(): number {
    return this.live || this.initialSize === 0 ? 1 : Math.min(1, this.follower.offset / this.initialSize);
  }

  /**
   * The newest events straight from the end of the file, for a first render
   * that does not wait for the whole log to be summarised.
   */
  async preview(): Promise<string[]> {
    if (this.live) return this.lines();
    if (this.previewLines.length === 0) this.previewLines = await readTail(this.file, this.tail);
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
    return this.ring.length < this.tail ? [...this.ring] : [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
  }

  /** Events after `seq`, or undefined when they are no longer held (the client must reload). */
  since(seq: number): string[] | undefined {
    if (!Number.isInteger(seq) || seq < 0 || seq > this.seq) return undefined;
    const missing = this.seq - seq;
    if (missing > this.ring.length) return undefined;
    const all = this.lines();
    return missing === 0 ? [] : all.slice(all.length - missing);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return this.follower.close();
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
      const e = parseLineInPlace(line);
      if (!e) {
        this.summary.addMalformed();
        continue;
      }
      this.summary.add(e);
      this.seq++;
      const kept = line.length > this.maxTailLine ? JSON.stringify({ ...e, data: e.data.slice(0, 2000), payload: `[omitted: ${line.length} chars]` }) : line;
      this.push(kept);
      if (this.live) fresh.push(kept);
    }
    if (fresh.length > 0) this.emit({ kind: 'events', lastSeq: this.seq, lines: fresh });
  }

  private push(line: string): void {
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
