/**
 * The cost model: deduped usage records → tokens and US dollars per session,
 * agent, 2L phase and model, the burn rate, and budgets with a forecast. Pure:
 * records, phase marks and the clock come in, a snapshot goes out; whoever
 * reads transcripts (monitor/transcript-usage.ts today, the incremental reader
 * later) only calls `apply`.
 */
import {
  TOKEN_KINDS,
  tokenTotal,
  zeroTokens,
  type DedupeOutcome,
  type Tokens,
  type UsageRecord,
} from '../transcript/usage.ts';
import { priceRecord, PRICING_SOURCE, type PriceTable } from './pricing.ts';
import type { Budgets } from './cost-config.ts';
import { localDate } from '../shared/duration.ts';

export const BURN_WINDOW_MS = 15 * 60_000;
/** Rows per breakdown in a snapshot; the rest are summed into the totals only. */
const MAX_ROWS = 500;
const NO_PHASE = 'unknown';

export interface CostFigures {
  tokens: Tokens;
  total_tokens: number;
  /** Priced requests only; see `unpriced_tokens`. */
  usd: number;
  /** `usd` split by token kind. */
  usd_by_kind: Tokens;
  /** Tokens of requests whose model has no price: counted, never priced at zero. */
  unpriced_tokens: number;
  requests: number;
}

interface Group extends CostFigures {}

interface Contribution {
  time: number;
  usd: number;
  byKind: Tokens;
  session: string;
  groups: Group[];
  tokens: Tokens;
  unpriced: boolean;
}

function newGroup(): Group {
  return { tokens: zeroTokens(), total_tokens: 0, usd: 0, usd_by_kind: zeroTokens(), unpriced_tokens: 0, requests: 0 };
}

function addTo(g: Group, c: Contribution, sign: 1 | -1): void {
  for (const k of TOKEN_KINDS) {
    g.tokens[k] += sign * c.tokens[k];
    g.usd_by_kind[k] += sign * c.byKind[k];
  }
  const total = tokenTotal(c.tokens);
  g.total_tokens += sign * total;
  g.usd += sign * c.usd;
  if (c.unpriced) g.unpriced_tokens += sign * total;
  g.requests += sign;
}

export interface BudgetAlert {
  budget: 'session_usd' | 'daily_usd';
  /** The session over its budget (session_usd only). */
  session?: string;
  usd: number;
  limit: number;
}

export interface CostSnapshot {
  pricing: { source: string; date: string; overridden: string[] };
  totals: CostFigures;
  sessions: Array<CostFigures & { session: string; first: string; last: string }>;
  agents: Array<CostFigures & { session: string; agent: string; agent_type?: string }>;
  phases: Array<CostFigures & { phase: string }>;
  models: Array<CostFigures & { model: string; priced: boolean }>;
  unpriced_models: string[];
  /** Rows left out of the breakdowns above (still in the totals). */
  omitted_rows: number;
  burn: { window_minutes: number; usd_per_hour: number; overall_usd_per_hour: number | null };
  today: { date: string; usd: number };
  budgets: Budgets & { alerts: BudgetAlert[]; forecast?: string; daily_reached_at?: string };
}

/** A 2L phase that begins at `time` (epoch ms), from `phase_change` events. */
export interface PhaseMark {
  time: number;
  phase: string;
}

export class CostModel {
  private readonly marks: PhaseMark[] = [];
  private readonly agentTypes = new Map<string, string>();
  private readonly totals = newGroup();
  private readonly sessions = new Map<string, Group & { first: number; last: number }>();
  private readonly agents = new Map<string, Group & { session: string; agent: string }>();
  private readonly phases = new Map<string, Group>();
  private readonly models = new Map<string, Group & { priced: boolean }>();
  private readonly byRecord = new WeakMap<UsageRecord, Contribution>();
  private readonly timeline: Contribution[] = [];

  constructor(
    private readonly prices: PriceTable,
    private readonly overridden: string[] = [],
  ) {}

  /** Phase marks must come before the records they cover; out of order marks are sorted in. */
  addPhase(mark: PhaseMark): void {
    const i = this.marks.findLastIndex((m) => m.time <= mark.time);
    this.marks.splice(i + 1, 0, mark);
  }

  setAgentType(agent: string, type: string): void {
    if (type !== '') this.agentTypes.set(agent, type);
  }

  phaseAt(time: number): string {
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid]!.time <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? NO_PHASE : this.marks[lo - 1]!.phase;
  }

  apply(outcome: DedupeOutcome): void {
    if (outcome.kind === 'duplicate') return;
    if (outcome.kind === 'replaced') {
      const old = this.byRecord.get(outcome.previous);
      if (old) {
        for (const g of old.groups) addTo(g, old, -1);
        old.usd = 0;
      }
    }
    this.add(outcome.record);
  }

  private add(r: UsageRecord): void {
    const model = r.model ?? '(no model)';
    const priced = priceRecord(r, this.prices);
    const unpriced = 'unpriced' in priced;
    let s = this.sessions.get(r.session);
    if (!s) this.sessions.set(r.session, (s = { ...newGroup(), first: r.time, last: r.time }));
    s.first = Math.min(s.first, r.time);
    s.last = Math.max(s.last, r.time);
    const agentKey = `${r.session}\u0000${r.agent}`;
    let a = this.agents.get(agentKey);
    if (!a) this.agents.set(agentKey, (a = { ...newGroup(), session: r.session, agent: r.agent }));
    const phase = this.phaseAt(r.time);
    let p = this.phases.get(phase);
    if (!p) this.phases.set(phase, (p = newGroup()));
    let m = this.models.get(model);
    if (!m) this.models.set(model, (m = { ...newGroup(), priced: !unpriced }));
    if (unpriced) m.priced = false;
    const c: Contribution = {
      time: r.time,
      usd: unpriced ? 0 : priced.usd,
      byKind: unpriced ? zeroTokens() : priced.by_kind,
      session: r.session,
      groups: [this.totals, s, a, p, m],
      tokens: r.tokens,
      unpriced,
    };
    for (const g of c.groups) addTo(g, c, 1);
    this.byRecord.set(r, c);
    this.timeline.push(c);
  }

  snapshot(now: Date, budgets: Budgets): CostSnapshot {
    const t = now.getTime();
    const figures = (g: Group): CostFigures => ({
      tokens: { ...g.tokens },
      total_tokens: g.total_tokens,
      usd: round(g.usd),
      usd_by_kind: roundAll(g.usd_by_kind),
      unpriced_tokens: g.unpriced_tokens,
      requests: g.requests,
    });
    let omitted = 0;
    const top = <T extends { usd: number }>(rows: T[]): T[] => {
      rows.sort((x, y) => y.usd - x.usd);
      omitted += Math.max(0, rows.length - MAX_ROWS);
      return rows.slice(0, MAX_ROWS);
    };
    const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
    let windowUsd = 0;
    let todayUsd = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const c of this.timeline) {
      if (c.time > t) continue;
      if (c.time > t - BURN_WINDOW_MS) windowUsd += c.usd;
      if (c.time >= dayStart) todayUsd += c.usd;
      if (c.usd > 0) {
        first = Math.min(first, c.time);
        last = Math.max(last, c.time);
      }
    }
    const burn = (windowUsd / BURN_WINDOW_MS) * 3_600_000;
    const spanH = (last - first) / 3_600_000;
    const alerts: BudgetAlert[] = [];
    if (budgets.session_usd !== null)
      for (const [session, g] of this.sessions)
        if (g.usd >= budgets.session_usd)
          alerts.push({ budget: 'session_usd', session, usd: round(g.usd), limit: budgets.session_usd });
    if (budgets.daily_usd !== null && todayUsd >= budgets.daily_usd)
      alerts.push({ budget: 'daily_usd', usd: round(todayUsd), limit: budgets.daily_usd });
    const snap: CostSnapshot = {
      pricing: { source: PRICING_SOURCE.url, date: PRICING_SOURCE.date, overridden: [...this.overridden] },
      totals: figures(this.totals),
      sessions: top(
        [...this.sessions].map(([session, g]) => ({
          session,
          ...figures(g),
          first: new Date(g.first).toISOString(),
          last: new Date(g.last).toISOString(),
        })),
      ),
      agents: top(
        [...this.agents.values()].map((g) => {
          const type = this.agentTypes.get(g.agent);
          return { session: g.session, agent: g.agent, ...(type ? { agent_type: type } : {}), ...figures(g) };
        }),
      ),
      phases: top([...this.phases].map(([phase, g]) => ({ phase, ...figures(g) }))),
      models: top([...this.models].map(([model, g]) => ({ model, priced: g.priced, ...figures(g) }))),
      unpriced_models: [...this.models]
        .filter(([, g]) => !g.priced)
        .map(([m]) => m)
        .sort(),
      omitted_rows: 0,
      burn: {
        window_minutes: BURN_WINDOW_MS / 60_000,
        usd_per_hour: round(burn),
        overall_usd_per_hour: spanH > 0 ? round(this.totals.usd / spanH) : null,
      },
      today: { date: localDate(now), usd: round(todayUsd) },
      budgets: { ...budgets, alerts },
    };
    snap.omitted_rows = omitted;
    if (budgets.daily_usd !== null)
      Object.assign(snap.budgets, forecast(now, todayUsd, burn, budgets.daily_usd, dayStart));
    return snap;
  }
}

/** When the daily budget is reached at the last window's burn rate, said in words and as a time. */
export function forecast(
  now: Date,
  todayUsd: number,
  usdPerHour: number,
  dailyUsd: number,
  dayStart: number,
): { forecast: string; daily_reached_at?: string } {
  const rate = `at the last ${BURN_WINDOW_MS / 60_000} minutes' burn rate ($${usdPerHour.toFixed(2)}/h)`;
  if (todayUsd >= dailyUsd)
    return { forecast: `the daily budget ($${dailyUsd.toFixed(2)}) is used up: $${todayUsd.toFixed(2)} today` };
  if (usdPerHour <= 0)
    return {
      forecast: `no spending in the last ${BURN_WINDOW_MS / 60_000} minutes; $${todayUsd.toFixed(2)} of $${dailyUsd.toFixed(2)} used today`,
    };
  const at = now.getTime() + ((dailyUsd - todayUsd) / usdPerHour) * 3_600_000;
  const midnight = new Date(dayStart);
  midnight.setDate(midnight.getDate() + 1);
  if (at >= midnight.getTime())
    return { forecast: `${rate} the daily budget ($${dailyUsd.toFixed(2)}) is not reached today` };
  const d = new Date(at);
  const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return {
    forecast: `${rate} the daily budget ($${dailyUsd.toFixed(2)}) is reached at ${hhmm}`,
    daily_reached_at: d.toISOString(),
  };
}

/** Figures in dollars to a millionth of a cent: enough to sum, short enough to read. */
function round(usd: number): number {
  return Math.round(usd * 1e8) / 1e8;
}

function roundAll(t: Tokens): Tokens {
  const out = { ...t };
  for (const k of TOKEN_KINDS) out[k] = round(t[k]);
  return out;
}
