/**
 * The live figures of one session, turn by turn: deduped usage outcomes →
 * running totals (per agent and per model), the `cost_update` event that
 * reports a turn (its delta and the session's cumulative figures, so a reader
 * can start mid-log), and budget crossings. Pure: the tracker that reads the
 * transcripts and keeps the state between turns is hook/cost-live.ts.
 */
import { TOKEN_KINDS, tokenTotal, zeroTokens, type DedupeOutcome, type Tokens } from '../transcript/usage.ts';
import { priceRecord, type PriceTable } from './pricing.ts';
import type { Budgets } from './cost-config.ts';
import { newEvent, type TwoLEvent } from '../events/format.ts';

export interface Figures {
  tokens: Tokens;
  /** Priced requests only; `unpriced_tokens` are counted, never priced at zero. */
  usd: number;
  unpriced_tokens: number;
  requests: number;
}

export interface SessionCost {
  totals: Figures;
  agents: Record<string, Figures>;
  models: Record<string, Figures & { priced: boolean }>;
}

/** Breakdown rows kept per session; a session with more folds the rest into `(other)`. */
const MAX_ROWS = 200;
const NAME_MAX = 120;

export function zeroFigures(): Figures {
  return { tokens: zeroTokens(), usd: 0, unpriced_tokens: 0, requests: 0 };
}

export function emptySessionCost(): SessionCost {
  return { totals: zeroFigures(), agents: {}, models: {} };
}

function addFigures(g: Figures, tokens: Tokens, usd: number, unpriced: boolean, sign: 1 | -1): void {
  for (const k of TOKEN_KINDS) g.tokens[k] += sign * tokens[k];
  g.usd += sign * usd;
  if (unpriced) g.unpriced_tokens += sign * tokenTotal(tokens);
  g.requests += sign;
}

function row<T extends Figures>(table: Record<string, T>, name: string, make: () => T): T {
  const key =
    Object.keys(table).length >= MAX_ROWS && !Object.hasOwn(table, name) ? '(other)' : name.slice(0, NAME_MAX);
  if (!Object.hasOwn(table, key)) table[key] = make();
  return table[key]!;
}

/** One dedupe outcome into the session's figures; a replaced copy is taken out first. */
export function applyOutcome(s: SessionCost, outcome: DedupeOutcome, prices: PriceTable): void {
  if (outcome.kind === 'duplicate') return;
  const apply = (r: typeof outcome.record, sign: 1 | -1) => {
    const priced = priceRecord(r, prices);
    const unpriced = 'unpriced' in priced;
    const usd = unpriced ? 0 : priced.usd;
    const model = r.model ?? '(no model)';
    addFigures(s.totals, r.tokens, usd, unpriced, sign);
    addFigures(row(s.agents, r.agent, zeroFigures), r.tokens, usd, unpriced, sign);
    const m = row(s.models, model, () => ({ ...zeroFigures(), priced: true }));
    if (unpriced) m.priced = false;
    addFigures(m, r.tokens, usd, unpriced, sign);
  };
  if (outcome.kind === 'replaced') apply(outcome.previous, -1);
  apply(outcome.record, 1);
}

/** after − before. */
export function figuresDelta(after: Figures, before: Figures): Figures {
  const tokens = zeroTokens();
  for (const k of TOKEN_KINDS) tokens[k] = after.tokens[k] - before.tokens[k];
  return {
    tokens,
    usd: round(after.usd - before.usd),
    unpriced_tokens: after.unpriced_tokens - before.unpriced_tokens,
    requests: after.requests - before.requests,
  };
}

export function sameFigures(a: Figures, b: Figures): boolean {
  return TOKEN_KINDS.every((k) => a.tokens[k] === b.tokens[k]) && a.requests === b.requests && a.usd === b.usd;
}

/** Dollars to a millionth of a cent, as /2l-status shows them. */
export function round(usd: number): number {
  return Math.round(usd * 1e8) / 1e8;
}

const rounded = (f: Figures): Figures => ({ ...f, tokens: { ...f.tokens }, usd: round(f.usd) });

/** What tracking a turn met in the transcripts: reported with the figures, never silently dropped. */
export interface TurnInput {
  files: number;
  bytes: number;
  /** Lines not parsed: longer than the cap, or not JSON. */
  skipped_lines: number;
  /** Usage entries that could not be counted, by reason (transcript/usage.ts). */
  rejected: Record<string, number>;
  duplicates: number;
  /** Transcripts replaced or cut shorter since the last turn: read again from their start (deduped). */
  restarted: string[];
  /** Transcript paths that were not regular files of ours (a link, a FIFO) or not there. */
  refused: string[];
}

export interface CostUpdate {
  turn: number;
  delta: Figures;
  cumulative: SessionCost;
  unpriced_models: string[];
  /** The project's dollars today (local date), over all sessions tracked live. */
  day: { date: string; usd: number };
  input: TurnInput;
}

/** The `cost_update` event for one turn. */
export function costUpdateEvent(
  sessionId: string,
  hook: string,
  update: Omit<CostUpdate, 'unpriced_models'>,
  now: Date,
): TwoLEvent {
  const cumulative: SessionCost = {
    totals: rounded(update.cumulative.totals),
    agents: Object.fromEntries(Object.entries(update.cumulative.agents).map(([k, v]) => [k, rounded(v)])),
    models: Object.fromEntries(
      Object.entries(update.cumulative.models).map(([k, v]) => [k, { ...rounded(v), priced: v.priced }]),
    ),
  };
  const unpriced = Object.keys(cumulative.models)
    .filter((m) => !cumulative.models[m]!.priced)
    .sort();
  const payload: CostUpdate = {
    ...update,
    cumulative,
    unpriced_models: unpriced,
    day: { ...update.day, usd: round(update.day.usd) },
  };
  const d = update.delta;
  const words =
    `$${d.usd.toFixed(4)} this turn (${tokenTotal(d.tokens)} tokens, ${d.requests} requests); ` +
    `session $${cumulative.totals.usd.toFixed(4)}, today $${payload.day.usd.toFixed(2)}` +
    (unpriced.length ? `; unpriced: ${unpriced.join(', ')}` : '');
  return {
    ...newEvent('cost_update', words, { session_id: sessionId, hook, agent_id: 'main', payload }, now),
    source: 'hook',
  };
}

export interface BudgetCrossing {
  budget: 'session_usd' | 'daily_usd';
  session?: string;
  usd: number;
  limit: number;
}

/**
 * The budgets a turn crossed: `before` under the limit, `after` at or over it.
 * A crossing is reported once; a figure already over stays quiet until a new
 * day (daily) or never again (session). Pure, for the alert engine to call.
 */
export function budgetCrossings(
  session: string,
  before: { session_usd: number; day_usd: number },
  after: { session_usd: number; day_usd: number },
  budgets: Budgets,
): BudgetCrossing[] {
  const out: BudgetCrossing[] = [];
  const s = budgets.session_usd;
  if (s !== null && before.session_usd < s && after.session_usd >= s)
    out.push({ budget: 'session_usd', session, usd: round(after.session_usd), limit: s });
  const d = budgets.daily_usd;
  if (d !== null && before.day_usd < d && after.day_usd >= d)
    out.push({ budget: 'daily_usd', usd: round(after.day_usd), limit: d });
  return out;
}

/** A crossing as a `performance_alert` event (the shape monitor/alert-store.ts writes). */
export function budgetAlertEvent(c: BudgetCrossing, date: string, now: Date): TwoLEvent {
  const label = c.budget === 'session_usd' ? `session ${c.session} cost` : `cost today (${date})`;
  const key = c.budget === 'session_usd' ? `budget:session_usd:${c.session}` : `budget:daily_usd:${date}`;
  return newEvent(
    'performance_alert',
    `Alert: ${label} $${c.usd.toFixed(2)} reached the budget $${c.limit.toFixed(2)} (budgets.${c.budget})`,
    {
      ...(c.session ? { session_id: c.session } : {}),
      payload: { key, state: 'breach', label, value: c.usd, target: c.limit, unit: 'usd', budget: c.budget },
    },
    now,
  );
}
