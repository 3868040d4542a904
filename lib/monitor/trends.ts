/**
 * Per component, the current session against the previous ones: each
 * session's figure (p95 of its tool durations, of the hook's own time, its
 * tool failure rate, the mean of a custom metric), the median and spread of
 * the previous `sessions` figures, and a regression flag only past the rule
 * in `docs/performance.md` (a relative threshold and an absolute floor, at
 * least `min_sessions` earlier sessions with `min_samples` each). Pure and
 * incremental: feed events in log order with `add`, read with `trends`.
 * Memory is bounded (sessions, keys per session, samples per key).
 */
import { readMetricPayload } from '../events/metric.ts';
import type { TwoLEvent } from '../events/format.ts';
import { formatValue } from './alerts.ts';
import { percentile } from './percentiles.ts';

/** Sessions remembered (the oldest are dropped first). */
const MAX_SESSIONS = 60;
const MAX_KEYS = 200;
/** Newest samples kept per session and key: a session's p95 over more adds little. */
const MAX_VALUES = 500;

export interface TrendRule {
  /** Previous sessions compared against (N). */
  sessions: number;
  /** Fewer previous sessions than this: no regression is ever flagged. */
  min_sessions: number;
  /** Samples a session needs for its figure to count. */
  min_samples: number;
  /** Relative margin past the median (0.25: 25 % worse). */
  threshold: number;
  /** The margin is at least this many spreads (median absolute deviations). */
  spreads: number;
}

export const DEFAULT_TREND_RULE: TrendRule = {
  sessions: 10,
  min_sessions: 3,
  min_samples: 5,
  threshold: 0.25,
  spreads: 3,
};

/** Absolute floors per unit, so 0 → 1 ms or a 0 % → 1 % rate is not a regression. */
const FLOOR: Record<string, number> = { ms: 20, ratio: 0.02 };

export interface Trend {
  key: string;
  unit: string;
  /** The figure per session, oldest first, the current session last (sessions with enough samples). */
  values: number[];
  current: number | null;
  median: number | null;
  /** Median absolute deviation of the previous sessions' figures. */
  spread: number | null;
  previous: number;
  /** Set when the current session is past the rule: a sentence for people. */
  regression?: string;
}

type Kind = 'p95' | 'rate' | 'mean';
interface Cell {
  kind: Kind;
  unit: string;
  values: number[];
  bad: number;
  n: number;
}

function median(sorted: readonly number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

/** [session, [key, kind, unit, n, bad, newest values]] per session, oldest first. */
export type TrendsState = Array<[string, Array<[string, Kind, string, number, number, number[]]>]>;

const KINDS = new Set<unknown>(['p95', 'rate', 'mean']);

/** A trends state as `mergeState` accepts it (checked before any reader is changed). */
export function isTrendsState(v: unknown): v is TrendsState {
  const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
  const text = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
  const isCell = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 6 &&
    text(c[0], 4096) &&
    KINDS.has(c[1]) &&
    text(c[2], 256) &&
    count(c[3]) &&
    count(c[4]) &&
    Array.isArray(c[5]) &&
    c[5].length <= MAX_VALUES &&
    c[5].every((x: unknown) => typeof x === 'number' && Number.isFinite(x));
  return (
    Array.isArray(v) &&
    v.length <= MAX_SESSIONS &&
    v.every(
      (s) =>
        Array.isArray(s) &&
        s.length === 2 &&
        text(s[0], 4096) &&
        Array.isArray(s[1]) &&
        s[1].length <= MAX_KEYS &&
        s[1].every(isCell),
    )
  );
}

export class SessionTrends {
  private readonly sessions = new Map<string, Map<string, Cell>>();
  /** The session written to last, and its cells: consecutive events mostly share one. */
  private lastId = '';
  private last: Map<string, Cell> | undefined;
  /** `tool.<name>.p95` per tool name, made once. */
  private readonly toolKeys = new Map<string, string>();

  add(e: TwoLEvent): void {
    if (!e.session_id) return;
    const t = e.event_type;
    if (typeof e.hook_ms === 'number' && Number.isFinite(e.hook_ms) && e.hook_ms >= 0)
      this.push(e.session_id, 'hook_ms.p95', 'p95', 'ms', e.hook_ms);
    if ((t === 'tool_complete' || t === 'tool_error') && e.tool_name) {
      const c = this.cell(e.session_id, 'tool_failure_rate', 'rate', 'ratio');
      if (c) {
        c.n++;
        if (t === 'tool_error') c.bad++;
      }
      if (typeof e.duration_ms === 'number' && Number.isFinite(e.duration_ms) && e.duration_ms >= 0) {
        let key = this.toolKeys.get(e.tool_name);
        if (key === undefined) {
          key = `tool.${e.tool_name}.p95`;
          if (this.toolKeys.size < MAX_KEYS * 10) this.toolKeys.set(e.tool_name, key);
        }
        this.push(e.session_id, key, 'p95', 'ms', e.duration_ms);
      }
    }
    if (t === 'metric') {
      const m = readMetricPayload(e.payload);
      if (m) this.push(e.session_id, `metric.${m.name}`, 'mean', m.unit ?? '', m.value);
    }
  }

  private cell(session: string, key: string, kind: Kind, unit: string): Cell | undefined {
    let s = session === this.lastId ? this.last : this.sessions.get(session);
    if (!s) {
      s = new Map();
      this.sessions.set(session, s);
      if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    }
    this.lastId = session;
    this.last = s;
    let c = s.get(key);
    if (!c) {
      if (s.size >= MAX_KEYS) return undefined;
      c = { kind, unit, values: [], bad: 0, n: 0 };
      s.set(key, c);
    }
    return c;
  }

  private push(session: string, key: string, kind: Kind, unit: string, v: number): void {
    const c = this.cell(session, key, kind, unit);
    if (!c) return;
    c.n++;
    c.values.push(v);
    // Trimmed in bulk, not per push: the newest MAX_VALUES are what is read.
    if (c.values.length >= MAX_VALUES * 2) c.values = c.values.slice(-MAX_VALUES);
  }

  /** The sessions' cells as JSON, oldest session first (a stretch of the log kept beside its archive). */
  toState(): TrendsState {
    return [...this.sessions].map(([id, cells]) => [
      id,
      [...cells].map(([key, c]) => [key, c.kind, c.unit, c.n, c.bad, c.values.slice(-MAX_VALUES)]),
    ]);
  }

  /**
   * Add the state of the stretch that follows what this has seen, as if its
   * events had been added: a session seen on both sides continues, values keep
   * their newest MAX_VALUES. From `.2L/`, so checked whole first: false, and
   * nothing changed, when anything is off.
   */
  mergeState(state: unknown): boolean {
    if (!isTrendsState(state)) return false;
    for (const [id, cells] of state) {
      for (const [key, kind, unit, n, bad, values] of cells) {
        const c = this.cell(id, key, kind, unit);
        if (!c) continue;
        c.n += n;
        c.bad += bad;
        // A new cell takes the state's array as it is (the state is read once and not used after):
        // archives mostly hold sessions of their own, and copying each cell's values was most of a merge.
        if (c.values.length === 0) c.values = values.length > MAX_VALUES ? values.slice(-MAX_VALUES) : values;
        else {
          const all = c.values.concat(values);
          c.values = all.length > MAX_VALUES ? all.slice(-MAX_VALUES) : all;
        }
      }
    }
    this.lastId = '';
    this.last = undefined;
    return true;
  }

  /** Trends per key; `below` names keys whose target is a floor (lower is worse). */
  trends(rule: TrendRule = DEFAULT_TREND_RULE, below: ReadonlySet<string> = new Set()): Map<string, Trend> {
    const ids = [...this.sessions.keys()];
    const current = ids.at(-1);
    const out = new Map<string, Trend>();
    if (current === undefined) return out;
    const keys = new Set<string>();
    for (const s of this.sessions.values()) for (const k of s.keys()) keys.add(k);
    for (const key of keys) {
      const figures: Array<{ id: string; v: number; unit: string }> = [];
      // Newest first, and only as many as are read (the current session and the previous `sessions`):
      // a figure is a sort of up to MAX_VALUES values, and a long history holds thousands of cells.
      const keep = rule.sessions > 0 ? rule.sessions + 1 : Number.POSITIVE_INFINITY; // slice(-0) is every one
      for (let i = ids.length - 1; i >= 0 && figures.length < keep; i--) {
        const c = this.sessions.get(ids[i]!)!.get(key);
        if (!c || c.n < rule.min_samples) continue;
        const v = figureOf(c);
        if (v !== undefined) figures.push({ id: ids[i]!, v, unit: c.unit });
      }
      figures.reverse();
      const cur = figures.at(-1)?.id === current ? figures.pop()! : undefined;
      const prev = figures.slice(-rule.sessions).map((f) => f.v);
      const unit = cur?.unit ?? figures.at(-1)?.unit ?? '';
      const sorted = [...prev].sort((a, b) => a - b);
      const med = sorted.length ? median(sorted) : null;
      const spread = med === null ? null : median(sorted.map((v) => Math.abs(v - med)).sort((a, b) => a - b));
      const trend: Trend = {
        key,
        unit,
        values: [...prev, ...(cur ? [cur.v] : [])],
        current: cur?.v ?? null,
        median: med,
        spread,
        previous: prev.length,
      };
      if (cur && med !== null && prev.length >= rule.min_sessions) {
        const margin = Math.max(Math.abs(med) * rule.threshold, rule.spreads * spread!, FLOOR[unit] ?? 0);
        const down = below.has(key);
        const past = down ? cur.v < med - margin : cur.v > med + margin;
        if (past) {
          const pct =
            med === 0 ? '' : ` (${cur.v > med ? '+' : ''}${Math.round(((cur.v - med) / Math.abs(med)) * 100)} %)`;
          trend.regression = `${formatValue(cur.v, unit)} this session vs median ${formatValue(med, unit)} of ${prev.length} before${pct}`;
        }
      }
      if (trend.values.length > 0) out.set(key, trend);
    }
    return out;
  }
}

function figureOf(c: Cell): number | undefined {
  if (c.kind === 'rate') return c.n === 0 ? undefined : c.bad / c.n;
  if (c.values.length > MAX_VALUES) c.values = c.values.slice(-MAX_VALUES);
  if (c.values.length === 0) return undefined;
  if (c.kind === 'mean') return c.values.reduce((a, b) => a + b, 0) / c.values.length;
  return percentile(
    [...c.values].sort((a, b) => a - b),
    95,
  );
}
