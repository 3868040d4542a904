/**
 * `cost_update` events (monitor/cost-live.ts writes them per turn) as the
 * source of a session's figures in `/2l-status`: the newest cumulative figures
 * per session (rows per session, agent and model) and the difference between
 * consecutive cumulative figures (per turn, for phases, burn rate and today).
 * Differences, not `payload.delta`: an event lost to a kill leaves its turn
 * in the next difference. Pure. The log is the repository's: a payload whose
 * figures are not whole, finite, non-negative numbers of the right shape is
 * ignored, and the session is then read from its transcripts.
 */
import { TOKEN_KINDS, type Tokens } from '../transcript/usage.ts';
import type { TwoLEvent } from '../events/format.ts';
import type { Figures, SessionCost } from './cost-turn.ts';

/** Rows kept per breakdown of one session (cost-turn.ts writes at most 200 and an `(other)`). */
const MAX_ROWS = 500;
const MAX_SESSIONS = 5000;
/** Turns kept per session for phases and burn rate; older turns are merged into the first kept one. */
const MAX_TURNS = 10_000;

export interface LiveTurn {
  time: number;
  /** This turn's difference of the session's cumulative totals. */
  figures: Figures;
}

export interface LiveSession {
  latest: SessionCost;
  turns: LiveTurn[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonNeg = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const whole = (v: unknown): v is number => nonNeg(v) && Number.isSafeInteger(v);

function tokensOf(v: unknown, check: (n: unknown) => boolean): Tokens | undefined {
  if (!isObj(v)) return undefined;
  const out = {} as Tokens;
  for (const k of TOKEN_KINDS) {
    if (!check(v[k])) return undefined;
    out[k] = v[k] as number;
  }
  return out;
}

function figuresOf(v: unknown): Figures | undefined {
  if (!isObj(v)) return undefined;
  const tokens = tokensOf(v.tokens, whole);
  // Round 2's events had no usd_by_kind: without it Prometheus' split by kind is unknown, so they are not used.
  const byKind = tokensOf(v.usd_by_kind, nonNeg);
  if (!tokens || !byKind || !nonNeg(v.usd) || !whole(v.unpriced_tokens) || !whole(v.requests)) return undefined;
  return { tokens, usd: v.usd, usd_by_kind: byKind, unpriced_tokens: v.unpriced_tokens, requests: v.requests };
}

function rowsOf<T>(v: unknown, parse: (x: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isObj(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length > MAX_ROWS) return undefined;
  const out: Record<string, T> = {};
  for (const k of keys) {
    const row = parse(v[k]);
    if (row === undefined || k === '' || k.length > 200) return undefined;
    out[k] = row;
  }
  return out;
}

/** A `cost_update` payload's cumulative figures, or undefined when they are not what cost-turn.ts writes. */
export function cumulativeOf(payload: unknown): SessionCost | undefined {
  if (!isObj(payload) || !isObj(payload.cumulative)) return undefined;
  const c = payload.cumulative;
  const totals = figuresOf(c.totals);
  const agents = rowsOf(c.agents, figuresOf);
  const models = rowsOf(c.models, (m) => {
    const f = figuresOf(m);
    return f && isObj(m) && typeof m.priced === 'boolean' ? { ...f, priced: m.priced } : undefined;
  });
  return totals && agents && models ? { totals, agents, models } : undefined;
}

function difference(after: Figures, before: Figures | undefined): Figures {
  const tokens = { ...after.tokens };
  const byKind = { ...after.usd_by_kind };
  for (const k of TOKEN_KINDS) {
    tokens[k] -= before?.tokens[k] ?? 0;
    byKind[k] -= before?.usd_by_kind[k] ?? 0;
  }
  return {
    tokens,
    usd: after.usd - (before?.usd ?? 0),
    usd_by_kind: byKind,
    unpriced_tokens: after.unpriced_tokens - (before?.unpriced_tokens ?? 0),
    requests: after.requests - (before?.requests ?? 0),
  };
}

function merge(a: Figures, b: Figures): Figures {
  const out = difference(a, undefined);
  for (const k of TOKEN_KINDS) {
    out.tokens[k] += b.tokens[k];
    out.usd_by_kind[k] += b.usd_by_kind[k];
  }
  out.usd += b.usd;
  out.unpriced_tokens += b.unpriced_tokens;
  out.requests += b.requests;
  return out;
}

/** The sessions of a log that have `cost_update` events, in log order. */
export class CostUpdates {
  readonly sessions = new Map<string, LiveSession>();

  add(e: TwoLEvent): void {
    if (e.event_type !== 'cost_update' || !e.session_id) return;
    const time = Date.parse(e.timestamp);
    const latest = cumulativeOf(e.payload);
    if (latest === undefined || Number.isNaN(time)) return;
    let s = this.sessions.get(e.session_id);
    if (!s) {
      if (this.sessions.size >= MAX_SESSIONS) return;
      this.sessions.set(e.session_id, (s = { latest, turns: [] }));
    }
    const figures = difference(latest.totals, s.turns.length ? s.latest.totals : undefined);
    s.latest = latest;
    if (s.turns.length >= MAX_TURNS) {
      const [a, b] = s.turns.splice(0, 2) as [LiveTurn, LiveTurn];
      s.turns.unshift({ time: b.time, figures: merge(a.figures, b.figures) });
    }
    s.turns.push({ time, figures });
  }
}
