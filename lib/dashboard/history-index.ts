/**
 * An index over a project's whole history (rotated archives and the live
 * log), built once and then kept up to date by reading only what was
 * appended: each file is remembered by its inode with the byte offset read
 * so far, so a rotation (the live log renamed to an archive, same inode)
 * continues where it stopped and nothing already read is read again.
 *
 * Per event it keeps a few numbers in typed columns (time, file, byte
 * offset and length, and interned codes for type, tool, agent, session), and
 * per session a row (start, end, tool calls, failures, agents, cost, status).
 * A session page or a search reads back only the lines it needs, by offset.
 *
 * Files are the repository's: `.2L` must be a real folder of ours, and a file
 * is read only when it is a regular file of ours opened without following a
 * link; every line is capped; every string kept is capped and interned with a
 * cap on distinct values, so a hostile log costs bounded memory per event.
 */
import fs from 'node:fs';
import { isErrorEvent, parseEventLine, type TwoLEvent } from '../events/format.ts';
import { readSidecar, writeSidecar } from '../events/archive-sidecar.ts';
import { statLogFiles, type LogFile } from '../events/log-files.ts';
import { stateDir } from '../events/project-dir.ts';
import { checkPrivateDir, openRegularForRead } from '../shared/safe-fs.ts';
import { cumulativeOf } from '../monitor/cost-events.ts';
import { MAX_NAME } from './event.ts';
import { encodePart, PART_MAX_BYTES, parsePart, type IndexPart, type SessionPart } from './history-part.ts';
import type { SessionRow, SessionStatus } from './history-api.ts';

export type { SessionRow } from './history-api.ts';

/** Longest line indexed; a longer one is counted and skipped (the feed's cap too). */
const MAX_LINE_BYTES = 4 << 20;
const CHUNK_BYTES = 1 << 20;
/** Longest line read back for an answer; longer ones are stood in for by their indexed fields. */
export const READ_LINE_MAX = 1 << 20;
/** Distinct strings per column; past it values share one code (`(other)`). */
const MAX_DISTINCT = 100_000;
const MAX_SESSIONS = 50_000;
/** Agents listed per session row. */
const MAX_ROW_AGENTS = 200;
/** A session with no end whose last event is this recent is live. */
export const LIVE_MS = 10 * 60_000;
/** The id events without a session are listed under. */
export const NO_SESSION = '~none';

/** A session's row as it builds up: a part's aggregate (history-part.ts) with its id and agents as a set. */
interface SessionAgg extends Omit<SessionPart, 'code' | 'agents' | 'costUsd' | 'costByAgent'> {
  id: string;
  agents: Set<string>;
  ended: boolean;
  costUsd?: number;
  costByAgent?: Record<string, number>;
}

/** The sidecar kind of an archive's part (events/archive-sidecar.ts ARCHIVE_SIDECAR_KINDS). */
const PART_KIND = 'index';

interface FileState {
  path: string;
  ino: number;
  dev: number;
  /** Bytes read through the end of the last whole line. */
  offset: number;
  gone: boolean;
}

export interface IndexStats {
  files: number;
  bytesRead: number;
  events: number;
  malformed: number;
  oversized: number;
  /** Whole rebuilds (a log truncated or replaced under the same inode). */
  rebuilds: number;
  /** Archives taken from the part kept beside them, and parts written. */
  parts: number;
  partsKept: number;
}

/** A growable typed column. */
class Column<T extends Float64Array | Uint32Array> {
  n = 0;
  constructor(
    public a: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = this.make(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}
const f64 = () => new Column(new Float64Array(1024), (n) => new Float64Array(n));
const u32 = () => new Column(new Uint32Array(1024), (n) => new Uint32Array(n));

/** Strings as small numbers; code 0 is "none". */
export class Interner {
  readonly values: string[] = [''];
  private readonly codes = new Map<string, number>();
  code(v: unknown): number {
    if (typeof v !== 'string' || v === '') return 0;
    const s = v.length > MAX_NAME ? v.slice(0, MAX_NAME) : v;
    let c = this.codes.get(s);
    if (c === undefined) {
      if (this.values.length > MAX_DISTINCT) return this.code('(other)');
      c = this.values.length;
      this.values.push(s);
      this.codes.set(s, c);
    }
    return c;
  }
  /** The code of `v` when it is known, else -1 (a filter on an unknown value matches nothing). */
  find(v: string): number {
    return this.codes.get(v.length > MAX_NAME ? v.slice(0, MAX_NAME) : v) ?? -1;
  }
}

export interface IndexOptions {
  now?: () => number;
  /** Called after each chunk while reading (the page's loading indicator). */
  onProgress?: (read: number, total: number) => void;
}

export class HistoryIndex {
  readonly files: FileState[] = [];
  readonly strings = new Interner();
  readonly time = f64();
  readonly file = u32();
  readonly offset = f64();
  readonly length = u32();
  readonly type = u32();
  readonly tool = u32();
  readonly agent = u32();
  readonly session = u32();
  readonly stats: IndexStats = {
    files: 0,
    bytesRead: 0,
    events: 0,
    malformed: 0,
    oversized: 0,
    rebuilds: 0,
    parts: 0,
    partsKept: 0,
  };
  /** Bytes of the history as last listed, and how many of them have been read. */
  total = 0;
  read = 0;
  private readonly sessions = new Map<number, SessionAgg>();
  private readonly byInode = new Map<string, number>();
  private running: Promise<void> | undefined;
  /** While an archive is read from its start: its own session aggregates, for the part kept beside it. */
  private building: Map<number, SessionAgg> | undefined;
  private readonly now: () => number;

  constructor(
    readonly project: string,
    private readonly opts: IndexOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
  }

  get count(): number {
    return this.time.n;
  }

  /** Read what was appended since the last update (everything the first time); concurrent calls share one run. */
  update(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<void> {
    try {
      checkPrivateDir(stateDir(this.project));
    } catch {
      return; // no .2L, or one planted as a link or someone else's: nothing of ours to read
    }
    const listed = statLogFiles(this.project).filter((f) => f.regular && !f.foreign);
    const seen = new Set<number>();
    const todo: Array<{ idx: number; size: number }> = [];
    for (const f of listed) {
      const key = `${f.dev}:${f.ino}`;
      let idx = this.byInode.get(key);
      if (idx === undefined) {
        idx = this.files.length;
        this.files.push({ path: f.path, ino: f.ino, dev: f.dev, offset: 0, gone: false });
        this.byInode.set(key, idx);
        this.stats.files++;
      }
      const st = this.files[idx]!;
      st.path = f.path; // a rotation renames the live log: same inode, new name
      if (f.bytes < st.offset) return this.rebuild();
      seen.add(idx);
      todo.push({ idx, size: f.bytes });
    }
    for (const [i, f] of this.files.entries()) f.gone = !seen.has(i);
    this.total = todo.reduce((n, t) => n + t.size, 0);
    this.read = todo.reduce((n, t) => n + this.files[t.idx]!.offset, 0);
    for (const t of todo) {
      const f = listed.find((x) => x.dev === this.files[t.idx]!.dev && x.ino === this.files[t.idx]!.ino)!;
      // An archive not read yet: from the part kept beside it, in log order, else read and its part kept.
      if (f.archive && this.files[t.idx]!.offset === 0 && this.fromPart(f, t.idx))
        this.read += this.files[t.idx]!.offset;
      const keep =
        f.archive && this.files[t.idx]!.offset === 0
          ? { from: this.count, malformed: this.stats.malformed, oversized: this.stats.oversized }
          : undefined;
      this.building = keep ? new Map() : undefined;
      try {
        await this.readFile(t.idx, t.size);
      } finally {
        if (keep && this.building) this.keepPart(f, t.idx, keep, this.building);
        this.building = undefined;
      }
    }
  }

  /** Take archive `f`'s share from the part kept beside it; false (nothing changed) when there is none to use. */
  private fromPart(f: LogFile, idx: number): boolean {
    const part = readSidecar(f, PART_KIND, (v) => parsePart(v, f.bytes), PART_MAX_BYTES);
    if (!part) return false;
    const codes = part.strings.map((v) => this.strings.code(v));
    for (let i = 0; i < part.time.length; i++) {
      this.time.push(part.time[i]!);
      this.file.push(idx);
      this.offset.push(part.offset[i]!);
      this.length.push(part.length[i]!);
      this.type.push(codes[part.type[i]!]!);
      this.tool.push(codes[part.tool[i]!]!);
      this.agent.push(codes[part.agent[i]!]!);
      this.session.push(codes[part.session[i]!]!);
    }
    for (const p of part.sessions) this.mergeSession(this.sessions, codes[p.code]!, p);
    this.stats.events += part.time.length;
    this.stats.malformed += part.malformed;
    this.stats.oversized += part.oversized;
    this.files[idx]!.offset = part.size;
    this.stats.parts++;
    return true;
  }

  /** A session's aggregate over a later stretch, merged as if its events had been added here. */
  private mergeSession(into: Map<number, SessionAgg>, code: number, p: SessionPart): void {
    let s = into.get(code);
    if (!s) {
      if (into.size >= MAX_SESSIONS) return;
      s = this.newSession(code, 0);
      s.startMs = p.startMs;
      s.endMs = p.endMs;
      into.set(code, s);
    } else {
      if (p.startMs < s.startMs) s.startMs = p.startMs;
      if (p.endMs > s.endMs) s.endMs = p.endMs;
    }
    s.events += p.events;
    s.toolCalls += p.toolCalls;
    s.failures += p.failures;
    for (const a of p.agents) if (s.agents.size < MAX_ROW_AGENTS) s.agents.add(a);
    if (p.boundary !== 0) {
      s.boundary = p.boundary;
      s.ended = p.boundary === 1;
    }
    if (s.title === '' && p.title !== '') s.title = p.title;
    if (p.costUsd !== null) {
      s.costUsd = p.costUsd;
      s.costByAgent = p.costByAgent ?? undefined;
    }
  }

  /** Keep archive `f`'s share (events from position `from` on, its own session aggregates) beside it. */
  private keepPart(
    f: LogFile,
    idx: number,
    base: { from: number; malformed: number; oversized: number },
    sessions: Map<number, SessionAgg>,
  ): void {
    const st = this.files[idx]!;
    const from = base.from;
    if (st.offset === 0 || this.file.a.subarray(from, this.count).some((x) => x !== idx)) return;
    const local = new Map<number, number>([[0, 0]]);
    const strings = [''];
    const codeOf = (g: number) => {
      let c = local.get(g);
      if (c === undefined) {
        c = strings.length;
        strings.push(this.strings.values[g]!);
        local.set(g, c);
      }
      return c;
    };
    const recode = (col: Column<Uint32Array>) => Uint32Array.from(col.a.subarray(from, this.count), codeOf);
    const part: IndexPart = {
      size: st.offset,
      malformed: this.stats.malformed - base.malformed,
      oversized: this.stats.oversized - base.oversized,
      strings,
      time: this.time.a.slice(from, this.count),
      offset: this.offset.a.slice(from, this.count),
      length: this.length.a.slice(from, this.count),
      type: recode(this.type),
      tool: recode(this.tool),
      agent: recode(this.agent),
      session: recode(this.session),
      sessions: [...sessions].map(([code, s]) => ({
        code: codeOf(code),
        title: s.title,
        startMs: s.startMs,
        endMs: s.endMs,
        events: s.events,
        toolCalls: s.toolCalls,
        failures: s.failures,
        agents: [...s.agents],
        boundary: s.boundary,
        costUsd: s.costUsd ?? null,
        costByAgent: s.costByAgent ?? null,
      })),
    };
    if (writeSidecar(f, PART_KIND, encodePart(part), PART_MAX_BYTES)) this.stats.partsKept++;
  }

  /** The log was truncated or replaced: start again from nothing (rare: `2l prune` never truncates the live log). */
  private async rebuild(): Promise<void> {
    this.files.length = 0;
    this.byInode.clear();
    this.sessions.clear();
    for (const c of [this.time, this.file, this.offset, this.length, this.type, this.tool, this.agent, this.session])
      c.n = 0;
    this.stats.rebuilds++;
    await this.run();
  }

  private async readFile(idx: number, size: number): Promise<void> {
    const st = this.files[idx]!;
    let fd: number | undefined;
    try {
      fd = openRegularForRead(st.path);
    } catch {
      return; // replaced by a link or a FIFO since the listing: refused, not read
    }
    if (fd === undefined) return;
    try {
      const s = fs.fstatSync(fd);
      if (s.ino !== st.ino || s.dev !== st.dev) return; // renamed under us: the next update lists it again
      const buf = Buffer.allocUnsafe(CHUNK_BYTES);
      while (st.offset < size) {
        const n = fs.readSync(fd, buf, 0, Math.min(CHUNK_BYTES, size - st.offset), st.offset);
        if (n <= 0) break;
        const last = buf.lastIndexOf(0x0a, n - 1);
        if (last === -1) {
          if (!this.longLine(fd, st, idx, size)) break; // an unfinished line: read when it ends
        } else {
          this.lines(buf, last, idx, st.offset);
          st.offset += last + 1;
          this.read += last + 1;
          this.stats.bytesRead += last + 1;
        }
        this.opts.onProgress?.(this.read, this.total);
        await new Promise<void>((r) => setImmediate(r)); // keep the server answering while a big log is read
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  /** A line longer than a chunk: indexed when it ends within the cap, skipped when longer; false while unfinished. */
  private longLine(fd: number, st: FileState, idx: number, size: number): boolean {
    const probe = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let at = st.offset + CHUNK_BYTES; at < size; at += CHUNK_BYTES) {
      const n = fs.readSync(fd, probe, 0, Math.min(CHUNK_BYTES, size - at), at);
      const nl = probe.indexOf(0x0a);
      if (nl === -1 || nl >= n) continue;
      const end = at + nl;
      const len = end - st.offset;
      if (len > MAX_LINE_BYTES) this.stats.oversized++;
      else {
        const line = Buffer.allocUnsafe(len + 1);
        fs.readSync(fd, line, 0, len + 1, st.offset);
        this.lines(line, len, idx, st.offset);
      }
      this.read += len + 1;
      this.stats.bytesRead += len + 1;
      st.offset = end + 1;
      return true;
    }
    return false;
  }

  /** Index the whole lines of `buf[0..last]`, which starts at byte `base` of file `idx`. */
  private lines(buf: Buffer, last: number, idx: number, base: number): void {
    let s = 0;
    while (s < last) {
      let e = buf.indexOf(0x0a, s);
      if (e === -1 || e > last) e = last;
      if (e > s) {
        const ev = parseEventLine(buf.toString('utf8', s, e).trim());
        if (ev) this.add(ev, idx, base + s, e - s);
        else if (buf.subarray(s, e).some((b) => b > 0x20)) this.stats.malformed++;
      }
      s = e + 1;
    }
  }

  private add(e: TwoLEvent, idx: number, offset: number, length: number): void {
    const t = Date.parse(e.timestamp);
    const time = Number.isNaN(t) ? 0 : t;
    const sessionCode = this.strings.code(typeof e.session_id === 'string' && e.session_id ? e.session_id : NO_SESSION);
    this.time.push(time);
    this.file.push(idx);
    this.offset.push(offset);
    this.length.push(length);
    this.type.push(this.strings.code(e.event_type));
    this.tool.push(this.strings.code(e.tool_name));
    this.agent.push(this.strings.code(e.agent_id));
    this.session.push(sessionCode);
    this.stats.events++;
    this.aggregate(e, sessionCode, time);
  }

  private newSession(code: number, t: number): SessionAgg {
    return {
      id: this.strings.values[code]!,
      title: '',
      startMs: t || Number.POSITIVE_INFINITY,
      endMs: t,
      events: 0,
      toolCalls: 0,
      failures: 0,
      agents: new Set(),
      ended: false,
      boundary: 0,
    };
  }

  private aggregate(e: TwoLEvent, code: number, t: number): void {
    this.aggregateInto(this.sessions, e, code, t);
    if (this.building) this.aggregateInto(this.building, e, code, t);
  }

  private aggregateInto(into: Map<number, SessionAgg>, e: TwoLEvent, code: number, t: number): void {
    let s = into.get(code);
    if (!s) {
      if (into.size >= MAX_SESSIONS) return;
      s = this.newSession(code, t);
      into.set(code, s);
    }
    s.events++;
    if (t) {
      if (t < s.startMs) s.startMs = t;
      if (t > s.endMs) s.endMs = t;
    }
    const type = e.event_type;
    if (type === 'tool_complete' || type === 'tool_error' || type === 'tool_denied') s.toolCalls++;
    if (isErrorEvent(type)) s.failures++;
    if (typeof e.agent_id === 'string' && e.agent_id && s.agents.size < MAX_ROW_AGENTS)
      s.agents.add(e.agent_id.slice(0, MAX_NAME));
    if (type === 'session_end') {
      s.ended = true;
      s.boundary = 1;
    } else if (type === 'session_start') {
      s.ended = false;
      s.boundary = 2;
    }
    if (type === 'user_prompt' && s.title === '' && typeof e.data === 'string') s.title = e.data.slice(0, 160);
    if (type === 'cost_update') {
      const c = cumulativeOf(e.payload);
      if (c) {
        s.costUsd = c.totals.usd;
        s.costByAgent = Object.fromEntries(Object.entries(c.agents).map(([k, v]) => [k, v.usd]));
      }
    }
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** Every session, newest activity first. */
  sessionRows(): SessionRow[] {
    return [...this.sessions.values()].map((s) => this.row(s)).sort((a, b) => (a.end < b.end ? 1 : -1));
  }

  sessionRow(id: string): SessionRow | undefined {
    const code = this.strings.find(id);
    const s = code > 0 ? this.sessions.get(code) : undefined;
    return s && this.row(s);
  }

  private row(s: SessionAgg): SessionRow {
    const iso = (ms: number) => (Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : '');
    const start = Number.isFinite(s.startMs) ? s.startMs : s.endMs;
    const status: SessionStatus = s.ended ? 'ended' : this.now() - s.endMs < LIVE_MS ? 'live' : 'idle';
    return {
      id: s.id,
      title: s.title,
      start: iso(start),
      end: iso(s.endMs),
      durationMs: Math.max(0, s.endMs - start),
      events: s.events,
      toolCalls: s.toolCalls,
      failures: s.failures,
      agents: [...s.agents],
      ...(s.costUsd !== undefined ? { costUsd: s.costUsd, costByAgent: s.costByAgent } : {}),
      status,
    };
  }

  /** Positions (event numbers) of a session's events, oldest first. */
  positionsOf(id: string): number[] {
    const code = this.strings.find(id);
    const out: number[] = [];
    if (code <= 0) return out;
    const col = this.session.a;
    for (let i = 0; i < this.session.n; i++) if (col[i] === code) out.push(i);
    return out;
  }

  /**
   * The lines at `positions`, read back by offset ('' for a file gone since: pruned).
   * A line longer than READ_LINE_MAX is not read: a stand-in made of the indexed
   * fields takes its place, so no answer holds more than that per line.
   */
  readLines(positions: readonly number[]): string[] {
    const fds = new Map<number, number | undefined>();
    try {
      return positions.map((i) => {
        const f = this.file.a[i]!;
        if (!fds.has(f)) fds.set(f, this.openIndexed(f));
        const fd = fds.get(f);
        if (fd === undefined) return '';
        const len = this.length.a[i]!;
        if (len > READ_LINE_MAX) return this.standIn(i, len);
        const buf = Buffer.allocUnsafe(len);
        const n = fs.readSync(fd, buf, 0, len, this.offset.a[i]!);
        return buf.toString('utf8', 0, n).trim();
      });
    } finally {
      for (const fd of fds.values()) if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** The indexed fields of event `i` as a line, for one too long to read back. */
  standIn(i: number, length: number): string {
    const v = (col: Column<Uint32Array>) => this.strings.values[col.a[i]!] || undefined;
    const t = this.time.a[i]!;
    return JSON.stringify({
      timestamp: t ? new Date(t).toISOString() : '',
      event_type: v(this.type) ?? '',
      agent_id: v(this.agent) ?? '',
      session_id: v(this.session),
      tool_name: v(this.tool),
      data: `[an event of ${length} bytes, not read back]`,
      source: 'emit',
      v: 1,
    });
  }

  /** The indexed file, only when it is still the same regular file (a link or a new file in its place is refused). */
  private openIndexed(idx: number): number | undefined {
    const st = this.files[idx];
    if (!st || st.gone) return undefined;
    let fd: number | undefined;
    try {
      fd = openRegularForRead(st.path);
    } catch {
      return undefined;
    }
    if (fd === undefined) return undefined;
    const s = fs.fstatSync(fd);
    if (s.ino === st.ino && s.dev === st.dev) return fd;
    fs.closeSync(fd);
    return undefined;
  }

  /** Most recent event time, ms (0 when none). */
  lastActivity(): number {
    let m = 0;
    for (const s of this.sessions.values()) if (s.endMs > m) m = s.endMs;
    return m;
  }
}
