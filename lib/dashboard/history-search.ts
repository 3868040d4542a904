/**
 * Search over the whole history, server-side: the index's columns answer the
 * exact filters (event type, tool, agent, session, time range) without
 * reading a byte; only the events they keep are read back for the text,
 * newest first, a page at a time. The text is matched as a plain,
 * case-insensitive substring of the fields the page shows, never as a
 * pattern (a user's regex could backtrack for ever). Each request reads at
 * most a budget of bytes and says where to go on (`next`), so a search for a
 * rare word over a huge history never holds the server.
 */
import { parseEventLine } from '../events/format.ts';
import { MAX_NAME } from './event.ts';
import { NO_SESSION, READ_LINE_MAX, type HistoryIndex } from './history-index.ts';

export const MAX_QUERY = 200;
export const MAX_LIMIT = 200;
/** Bytes read back per request for the text; past it the answer is partial, with `next`. */
const READ_BUDGET = 32 << 20;
/** Bytes of lines held at once while matching. */
const BATCH_BYTES = 8 << 20;

export interface SearchQuery {
  text: string;
  type: string;
  tool: string;
  agent: string;
  session: string;
  /** ms since the epoch; NaN: no bound. */
  from: number;
  to: number;
  /** Search events before this position (the `next` of the previous page); NaN: from the newest. */
  before: number;
  limit: number;
}

export interface SearchHit {
  /** Position in the history (stable while the server runs). */
  at: number;
  session: string;
  timestamp: string;
  event_type: string;
  agent_id: string;
  tool_name: string;
  text: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Where the next page starts; absent when the history has been searched to its start. */
  next?: number;
  /** Events looked at by this request. */
  scanned: number;
}

/** A query from URL parameters, every value capped; an error names the bad parameter. */
export function parseSearch(q: URLSearchParams): SearchQuery | { error: string } {
  const get = (k: string) => q.get(k) ?? '';
  for (const k of ['q', 'type', 'tool', 'agent', 'session'])
    if (get(k).length > (k === 'q' ? MAX_QUERY : MAX_NAME)) return { error: `\`${k}\` is too long` };
  const time = (k: string): number => {
    const v = get(k);
    if (v === '') return Number.NaN;
    const t = Date.parse(v);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const from = time('from');
  const to = time('to');
  if (from === Number.POSITIVE_INFINITY) return { error: '`from` is not a date' };
  if (to === Number.POSITIVE_INFINITY) return { error: '`to` is not a date' };
  const before = get('before') === '' ? Number.NaN : Number(get('before'));
  if (get('before') !== '' && !(Number.isSafeInteger(before) && before >= 0))
    return { error: '`before` is not a position' };
  const limit = get('limit') === '' ? 50 : Number(get('limit'));
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT))
    return { error: `\`limit\` must be 1 to ${MAX_LIMIT}` };
  return {
    text: get('q').trim().toLowerCase(),
    type: get('type'),
    tool: get('tool'),
    agent: get('agent'),
    session: get('session'),
    from,
    to,
    before,
    limit,
  };
}

/** Characters that every writer of the log puts into JSON as they are: a line without the needle cannot match. */
const PLAIN = /^[a-z0-9 _.,:;!?()@#%+=/-]+$/;

function haystack(e: Record<string, unknown>): string {
  const parts = [e.event_type, e.agent_id, e.agent_type, e.data, e.tool_name, e.error, e.phase, e.session_id];
  return parts
    .filter((p): p is string => typeof p === 'string')
    .join(' ')
    .toLowerCase();
}

/** The line's event, when it has the (lower-case) needle in a field the page shows. */
export function lineMatches(line: string, needle: string): Record<string, unknown> | undefined {
  if (needle && PLAIN.test(needle) && !line.toLowerCase().includes(needle)) return undefined;
  const e = parseEventLine(line) as unknown as Record<string, unknown> | undefined;
  return e && (!needle || haystack(e).includes(needle)) ? e : undefined;
}

/** Positions among `positions` whose type, tool and agent are the ones asked for ('' is any). */
export function filterColumns(
  index: HistoryIndex,
  positions: readonly number[],
  f: { type: string; tool: string; agent: string },
): number[] {
  const code = (v: string) => (v === '' ? 0 : index.strings.find(v));
  const [type, tool, agent] = [code(f.type), code(f.tool), code(f.agent)];
  if (type < 0 || tool < 0 || agent < 0) return [];
  return positions.filter(
    (i) =>
      (!type || index.type.a[i] === type) &&
      (!tool || index.tool.a[i] === tool) &&
      (!agent || index.agent.a[i] === agent),
  );
}

export function searchHistory(index: HistoryIndex, q: SearchQuery): SearchPage {
  const code = (v: string) => (v === '' ? 0 : index.strings.find(v));
  const type = code(q.type);
  const tool = code(q.tool);
  const agent = code(q.agent);
  const session = code(q.session);
  const hits: SearchHit[] = [];
  // A filter naming a value never seen matches nothing.
  if (type < 0 || tool < 0 || agent < 0 || session < 0) return { hits, scanned: 0 };
  let budget = READ_BUDGET;
  let scanned = 0;
  const start = Number.isNaN(q.before) ? index.count : Math.min(q.before, index.count);
  let i = start - 1;
  const batch: number[] = [];
  let held = 0;
  const flush = () => {
    const lines = index.readLines(batch);
    for (let k = 0; k < batch.length && hits.length < q.limit; k++) {
      const e = lineMatches(lines[k]!, q.text);
      if (e) hits.push(hitOf(index, batch[k]!, e));
    }
    batch.length = 0;
    held = 0;
  };
  for (; i >= 0 && hits.length < q.limit && budget > 0; i--) {
    scanned++;
    if (type && index.type.a[i] !== type) continue;
    if (tool && index.tool.a[i] !== tool) continue;
    if (agent && index.agent.a[i] !== agent) continue;
    if (session && index.session.a[i] !== session) continue;
    const t = index.time.a[i]!;
    if ((!Number.isNaN(q.from) && t < q.from) || (!Number.isNaN(q.to) && t > q.to)) continue;
    batch.push(i);
    const len = Math.min(index.length.a[i]!, READ_LINE_MAX);
    budget -= len;
    held += len;
    if (batch.length >= 256 || held >= BATCH_BYTES) flush();
  }
  flush();
  // A full page goes on before its last hit (the rest of its batch was not looked at); otherwise
  // every position above i has been.
  const next = hits.length >= q.limit ? hits[hits.length - 1]!.at : i + 1;
  return next > 0 ? { hits, next, scanned } : { hits, scanned };
}

function hitOf(index: HistoryIndex, at: number, e: Record<string, unknown>): SearchHit {
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const session = index.strings.values[index.session.a[at]!] ?? NO_SESSION;
  return {
    at,
    session,
    timestamp: str(e.timestamp, 40),
    event_type: str(e.event_type, MAX_NAME),
    agent_id: str(e.agent_id, MAX_NAME),
    tool_name: str(e.tool_name, MAX_NAME),
    text: str(
      e.error && !str(e.data, 400).includes(str(e.error, 200)) ? `${str(e.data, 300)} — ${str(e.error, 200)}` : e.data,
      500,
    ),
  };
}
