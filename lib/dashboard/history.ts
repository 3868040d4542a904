/**
 * The answers of the history API over one project's HistoryIndex:
 * `/api/sessions` (every session), `/api/sessions/<id>` (one session: a page
 * of its timeline, its agent tree, tools, cost and waterfall spans) and
 * `/api/search`. Before answering, the index reads what was appended since
 * its last update (at most once a second), so answers are current and a
 * request never re-reads what was read. Ids are only ever keys into the
 * index, never paths; every value returned is text the page renders as text.
 */
import { parseEventLine, type TwoLEvent } from '../events/format.ts';
import { shortLine } from './event.ts';
import { HistoryIndex, READ_LINE_MAX, type SessionRow } from './history-index.ts';
import { filterColumns, lineMatches, parseSearch, searchHistory, type SearchPage } from './history-search.ts';
import { sessionDetail, type SessionDetail } from './session-detail.ts';

/** Timeline events per page of `/api/sessions/<id>`. */
export const PAGE_EVENTS = 500;
/** Events a session's tree and waterfall are built from; a longer session uses its newest this many. */
const MAX_DETAIL_EVENTS = 50_000;
/** Bytes of lines one answer reads back at most (the tree and waterfall of a session with huge events). */
const MAX_DETAIL_BYTES = 64 << 20;
/** Lines longer than this go to the page shortened (the feed's rule). */
const MAX_LINE = 32_768;
const FRESH_MS = 1000;

export interface SessionAnswer {
  session: SessionRow;
  events: { total: number; from: number; lines: string[] };
  detail: SessionDetail & { events: number; truncated: boolean };
}

/** Filters of a session's timeline; '' is any. */
export interface SessionFilters {
  type: string;
  tool: string;
  agent: string;
  /** Lower case. */
  q: string;
}
const NO_FILTERS: SessionFilters = { type: '', tool: '', agent: '', q: '' };

/** A line as the page gets it: long ones shortened (the feed's rule), gone ones (a pruned file) left out. */
function forPage(l: string): string[] {
  if (l === '') return [];
  if (l.length <= MAX_LINE) return [l];
  const e = parseEventLine(l);
  return e ? [shortLine(e, l.length)] : [];
}

export interface HistoryProgress {
  read: number;
  total: number;
  events: number;
  sessions: number;
  loaded: boolean;
}

export class ProjectHistory {
  readonly index: HistoryIndex;
  /** The first full read. */
  readonly loaded: Promise<void>;
  private done = false;
  private updatedAt = 0;
  private detailCache: { id: string; count: number; detail: SessionAnswer['detail'] } | undefined;

  constructor(
    readonly project: string,
    opts: {
      now?: () => number;
      /** Start reading once this settles (the server lets its live feed read the log first). */
      after?: Promise<unknown>;
    } = {},
  ) {
    this.index = new HistoryIndex(project, opts);
    const start = opts.after
      ? opts.after.then(
          () => undefined,
          () => undefined,
        )
      : Promise.resolve();
    this.loaded = start
      .then(() => this.index.update())
      .then(() => {
        this.done = true;
        this.updatedAt = Date.now();
      });
  }

  progress(): HistoryProgress {
    return {
      read: this.index.read,
      total: this.index.total,
      events: this.index.count,
      sessions: this.index.sessionCount,
      loaded: this.done,
    };
  }

  /** Read what was appended, when the last look is more than a moment old. */
  async fresh(): Promise<void> {
    await this.loaded;
    if (Date.now() - this.updatedAt < FRESH_MS) return;
    await this.index.update();
    this.updatedAt = Date.now();
  }

  async sessions(): Promise<{ sessions: SessionRow[]; progress: HistoryProgress }> {
    await this.fresh();
    return { sessions: this.index.sessionRows(), progress: this.progress() };
  }

  /**
   * One session, or undefined when the history has no session of that id. The
   * timeline is the page from `from` of the events the filters keep; the tree,
   * tools and waterfall are the whole session's (the page filters those).
   */
  async session(id: string, from: number, filters: SessionFilters = NO_FILTERS): Promise<SessionAnswer | undefined> {
    await this.fresh();
    const row = this.index.sessionRow(id);
    if (!row) return undefined;
    const positions = this.index.positionsOf(id);
    let kept = filterColumns(this.index, positions, filters);
    let lines: string[];
    let start: number;
    if (filters.q) {
      // Text needs the lines: read what the columns kept (capped) and page the matches.
      const scan = this.newestWithin(kept);
      const all = this.index.readLines(scan);
      const hits = scan.flatMap((p, k) => (lineMatches(all[k]!, filters.q) ? [k] : []));
      kept = hits.map((k) => scan[k]!);
      start = Math.max(0, Math.min(from, kept.length));
      lines = hits.slice(start, start + PAGE_EVENTS).map((k) => all[k]!);
    } else {
      start = Math.max(0, Math.min(from, kept.length));
      lines = this.index.readLines(kept.slice(start, start + PAGE_EVENTS));
    }
    return {
      session: row,
      events: { total: kept.length, from: start, lines: lines.flatMap(forPage) },
      detail: this.detail(id, positions, row),
    };
  }

  private detail(id: string, positions: number[], row: SessionRow): SessionAnswer['detail'] {
    const c = this.detailCache;
    if (c && c.id === id && c.count === positions.length) return c.detail;
    const used = this.newestWithin(positions);
    const events: TwoLEvent[] = [];
    for (const l of this.index.readLines(used)) {
      const e = l ? parseEventLine(l) : undefined;
      if (e) events.push(e);
    }
    const detail = {
      ...sessionDetail(id, events, row.costByAgent),
      events: events.length,
      truncated: used.length < positions.length,
    };
    this.detailCache = { id, count: positions.length, detail };
    return detail;
  }

  /** The newest of `positions` whose lines fit MAX_DETAIL_EVENTS and MAX_DETAIL_BYTES (what one answer may read). */
  private newestWithin(positions: readonly number[]): number[] {
    let bytes = 0;
    let k = positions.length;
    while (k > 0 && positions.length - k < MAX_DETAIL_EVENTS) {
      bytes += Math.min(this.index.length.a[positions[k - 1]!]!, READ_LINE_MAX);
      if (bytes > MAX_DETAIL_BYTES) break;
      k--;
    }
    return positions.slice(k);
  }

  async search(params: URLSearchParams): Promise<SearchPage | { error: string }> {
    const q = parseSearch(params);
    if ('error' in q) return q;
    await this.fresh();
    return searchHistory(this.index, q);
  }
}
