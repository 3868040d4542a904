/**
 * The status line's logic, kept apart from its I/O (lib/bin/statusline.ts).
 * Its cost must not grow with the log: it keeps a small cache of per-session
 * counts and the byte offset it has read up to, and each run reads only what
 * was appended since (at most `TAIL_BYTES`). Light imports only: this runs
 * every few seconds.
 */
import { bucketOf, bucketValue } from './percentiles.ts';
import { clip, stripControls } from '../shared/text.ts';
import { formatMsShort, localDate } from '../shared/duration.ts';
import { DEFAULT_MIN_SAMPLES, DEFAULT_TOOL_FAILURE_RATE } from './target-defaults.ts';

export const TAIL_BYTES = 256 * 1024;
const MAX_SESSIONS = 8;
const MAX_AGENTS = 64;
const ORPHAN_AFTER_MS = 30 * 60_000;

export interface SessionCounts {
  tools: number;
  failed: number;
  /** Log-bucketed histogram of duration_ms: bucket -> count (see percentiles.ts). */
  hist: Record<string, number>;
  max: number;
  /** Active hook subagents: agent_id -> start time. */
  agents: Record<string, string>;
  last: string;
  /** Counting began mid-session (the log was larger than the tail on first read). */
  partial: boolean;
  /** The session's dollars so far: the cumulative figure of its last `cost_update`. */
  usd?: number;
}

export interface StatusCache {
  v: 1;
  ino: number;
  offset: number;
  sessions: Record<string, SessionCounts>;
  /** Active 2L (emitted) agents, project-wide: agent_id -> start time. */
  agents: Record<string, string>;
  /** The project's dollars today, from the last `cost_update` (its local date). */
  day?: { date: string; usd: number };
}

export function emptyCache(): StatusCache {
  return { v: 1, ino: 0, offset: 0, sessions: {}, agents: {} };
}

export function parseCache(text: string | undefined): StatusCache {
  if (!text) return emptyCache();
  try {
    const c = JSON.parse(text) as StatusCache;
    if (
      c &&
      c.v === 1 &&
      typeof c.ino === 'number' &&
      typeof c.offset === 'number' &&
      c.sessions &&
      typeof c.sessions === 'object' &&
      c.agents &&
      typeof c.agents === 'object'
    )
      return c;
  } catch {
    /* rebuilt below */
  }
  return emptyCache();
}

const INTERESTING = new Set([
  'cost_update',
  'tool_complete',
  'tool_error',
  'agent_start',
  'agent_spawn',
  'agent_complete',
]);

/** The event_type of a log line without parsing it all: most lines are skipped. */
function typeOf(line: string): string | undefined {
  const i = line.indexOf('"event_type":"');
  if (i === -1) return undefined;
  const end = line.indexOf('"', i + 14);
  return end === -1 ? undefined : line.slice(i + 14, end);
}

function trim<V>(obj: Record<string, V>, max: number, order: (v: V) => string): void {
  const keys = Object.keys(obj);
  if (keys.length <= max) return;
  keys.sort((a, b) => (order(obj[a]!) < order(obj[b]!) ? -1 : 1));
  for (const k of keys.slice(0, keys.length - max)) delete obj[k];
}

/** Fold complete log lines into the cache. `partial` marks sessions first seen here as incomplete. */
export function foldLines(cache: StatusCache, text: string, partial: boolean): void {
  for (const line of text.split('\n')) {
    const type = typeOf(line);
    if (!type || !INTERESTING.has(type)) continue;
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const ts = typeof e.timestamp === 'string' ? e.timestamp : '';
    const agent = typeof e.agent_id === 'string' ? e.agent_id : '';
    const sid = typeof e.session_id === 'string' ? e.session_id : undefined;
    if (e.source !== 'hook') {
      if (type === 'agent_complete') delete cache.agents[agent];
      else if (type !== 'tool_complete' && type !== 'tool_error' && agent) cache.agents[agent] = ts;
      continue;
    }
    if (!sid || sid === '__proto__') continue;
    let s = cache.sessions[sid];
    if (!s) s = cache.sessions[sid] = { tools: 0, failed: 0, hist: {}, max: 0, agents: {}, last: ts, partial };
    s.last = ts > s.last ? ts : s.last;
    if (type === 'cost_update') {
      // Cumulative figures: the last one seen is the session's (and the project's today), however much was skipped.
      const p = e.payload as { cumulative?: { totals?: { usd?: unknown } }; day?: { date?: unknown; usd?: unknown } };
      const usd = p?.cumulative?.totals?.usd;
      if (typeof usd === 'number' && Number.isFinite(usd) && usd >= 0) s.usd = usd;
      const day = p?.day;
      if (day && typeof day.date === 'string' && typeof day.usd === 'number' && Number.isFinite(day.usd))
        cache.day = { date: day.date.slice(0, 10), usd: day.usd };
    } else if (type === 'tool_complete' || type === 'tool_error') {
      s.tools++;
      if (type === 'tool_error') s.failed++;
      const d = e.duration_ms;
      if (typeof d === 'number' && Number.isFinite(d) && d >= 0) {
        const b = String(bucketOf(d));
        s.hist[b] = (s.hist[b] ?? 0) + 1;
        if (d > s.max) s.max = d;
      }
    } else if (e.agent_type !== '') {
      // agent_type "" is /compact's forked agent, not a real subagent.
      if (type === 'agent_complete') delete s.agents[agent];
      else if (agent) {
        s.agents[agent] = ts;
        trim(s.agents, MAX_AGENTS, (v) => v);
      }
    }
  }
  trim(cache.sessions, MAX_SESSIONS, (v) => v.last);
  trim(cache.agents, MAX_AGENTS, (v) => v);
}

/** Nearest-rank quantile from the histogram (within about 1 %), never above the max. */
export function histQuantile(hist: Record<string, number>, max: number, p: number): number | undefined {
  const keys = Object.keys(hist)
    .map(Number)
    .sort((a, b) => a - b);
  const total = keys.reduce((n, k) => n + hist[String(k)]!, 0);
  if (total === 0) return undefined;
  const rank = Math.ceil((p / 100) * total);
  let seen = 0;
  for (const k of keys) {
    seen += hist[String(k)]!;
    if (seen >= rank) return Math.min(max, bucketValue(k));
  }
  return max;
}

export interface StatusPayload {
  session_id?: string;
  model?: { display_name?: string; id?: string };
  context_window?: {
    used_percentage?: number | null;
    context_window_size?: number;
    current_usage?: Record<string, number> | null;
  };
}

export function contextPercent(p: StatusPayload): number | undefined {
  const cw = p.context_window;
  if (!cw) return undefined;
  if (typeof cw.used_percentage === 'number' && Number.isFinite(cw.used_percentage)) return cw.used_percentage;
  const u = cw.current_usage;
  if (u && typeof cw.context_window_size === 'number' && cw.context_window_size > 0) {
    const used = (u.input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
    return (100 * used) / cw.context_window_size;
  }
  return undefined;
}

function clean(s: string, max: number): string {
  return clip(stripControls(s).trim(), max);
}

/**
 * The status line's own cheap judgement, for when no evaluator has run: the
 * session's tool failure rate against the default target, from the counts it
 * keeps anyway (no extra read). `, ⚠ 33%` when breached, else nothing.
 */
function failing(s: SessionCounts): string {
  if (s.tools < DEFAULT_MIN_SAMPLES || s.failed / s.tools <= DEFAULT_TOOL_FAILURE_RATE) return '';
  return `, ⚠ ${Math.round((100 * s.failed) / s.tools)}%`;
}

export interface AlertBrief {
  /** Firing alerts. */
  count: number;
  first?: string;
  /** The first is critical. */
  critical?: boolean;
}

/**
 * The one line: model · context · tools and p95 · agents · alerts, and
 * `refused`: a `.2L` file the repository planted (a link, a FIFO), so not read.
 */
export function renderStatusLine(
  p: StatusPayload,
  cache: StatusCache,
  alerts: AlertBrief,
  now: Date,
  refused?: string,
): string {
  const parts: string[] = [];
  const model = p.model?.display_name || p.model?.id;
  parts.push(model ? clean(String(model), 40) : 'Claude');
  const ctx = contextPercent(p);
  parts.push(ctx === undefined ? 'ctx -' : `ctx ${Math.round(ctx)}%`);
  const s = p.session_id
    ? Object.hasOwn(cache.sessions, p.session_id)
      ? cache.sessions[p.session_id]
      : undefined
    : undefined;
  if (s && s.tools > 0) {
    const p95 = histQuantile(s.hist, s.max, 95);
    parts.push(
      `${s.tools}${s.partial ? '+' : ''} tool${s.tools === 1 ? '' : 's'}${p95 === undefined ? '' : ` p95 ${formatMsShort(p95)}`}${s.failed ? ` (${s.failed} failed${failing(s)})` : ''}`,
    );
  } else parts.push('0 tools');
  const fresh = (started: string) => now.getTime() - Date.parse(started) <= ORPHAN_AFTER_MS;
  const agents =
    (s ? Object.values(s.agents).filter(fresh).length : 0) + Object.values(cache.agents).filter(fresh).length;
  if (agents > 0) parts.push(`${agents} agent${agents === 1 ? '' : 's'}`);
  const today = localDate(now);
  const day = cache.day?.date === today ? cache.day.usd : undefined;
  if (s?.usd !== undefined || day !== undefined)
    parts.push(
      `${s?.usd !== undefined ? `$${s.usd.toFixed(2)}` : '$-'}${day !== undefined ? ` · today $${day.toFixed(2)}` : ''}`,
    );
  if (alerts.count > 0)
    parts.push(
      `${alerts.critical ? '‼' : '⚠'} ${alerts.first ? clean(alerts.first, 60) : 'alert'}${alerts.count > 1 ? ` +${alerts.count - 1}` : ''}`,
    );
  if (refused) parts.push(`⚠ ${clean(refused, 60)} refused`);
  return parts.join(' · ');
}
