/**
 * Tokens and cost as `/2l-status` shows them: the table section, CSV rows and
 * Prometheus counters. Pure: a cost report in, text out. Every name in it
 * (sessions, agents, phases, models) comes from files a repository can write,
 * so it is stripped of control characters before a terminal sees it.
 */
import { TOKEN_KINDS } from '../transcript/usage.ts';
import { OTHER, Writer } from './prometheus.ts';
import { findPrice, PRICES } from './pricing.ts';
import type { CostFigures, CostSnapshot } from './cost.ts';
import type { StatusReport } from './status-collect.ts';
import { clip, stripControls } from '../shared/text.ts';

export type CostReport = NonNullable<StatusReport['cost']>;

const safe = (s: string, max = 40) => clip(stripControls(s), max);
const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
const int = (n: number) => n.toLocaleString('en-US');

/** Lines of the table's "Tokens and cost" section; `table` lays out columns as the rest of the report does. */
export function costTableLines(
  c: CostReport,
  table: (rows: string[][], right?: ReadonlySet<number>) => string[],
  warn: (s: string) => string,
  max: number,
): string[] {
  const out: string[] = [];
  const t = c.totals;
  const i = c.input;
  if (i.files === 0 && t.requests === 0) {
    out.push(
      `  no transcripts found for the ${i.missing_sessions} session${i.missing_sessions === 1 ? '' : 's'} in the log (looked in ${safe(i.config_dir, 120)}/projects)`,
    );
    for (const e of c.config_errors) out.push(warn(`  Config: ${e}`));
    return out;
  }
  out.push(
    `  total ${usd(t.usd)} · ${int(t.total_tokens)} tokens in ${int(t.requests)} requests · today (${c.today.date}) ${usd(c.today.usd)} · burn ${usd(c.burn.usd_per_hour)}/h over the last ${c.burn.window_minutes} min`,
  );
  if (c.unpriced_models.length > 0)
    out.push(
      warn(
        `  unpriced: ${c.unpriced_models.map((m) => safe(m)).join(', ')} (${int(t.unpriced_tokens)} tokens not in the dollar figures; add them under \`pricing:\` in .2L/config.yaml)`,
      ),
    );
  for (const a of c.budgets.alerts)
    out.push(
      warn(
        `  ● budget ${a.budget}${a.session ? ` (session ${safe(a.session, 12)})` : ''}: ${usd(a.usd)} of ${usd(a.limit)}`,
      ),
    );
  if (c.budgets.forecast) out.push(`  ${c.budgets.forecast}`);
  const head = ['input', 'output', 'cache write', 'cache read', 'cost'];
  const cells = (f: CostReport['totals']) => [
    int(f.tokens.input),
    int(f.tokens.output),
    int(f.tokens.cache_write_5m + f.tokens.cache_write_1h),
    int(f.tokens.cache_read),
    f.unpriced_tokens > 0 && f.usd === 0 ? 'unpriced' : usd(f.usd),
  ];
  const section = (title: string, rows: string[][], total: number) => {
    if (rows.length <= 1) return;
    // The figures are the last columns: right-aligned; the names before them left.
    const names = rows[0]!.length - head.length;
    const right = new Set(head.map((_, i) => names + i));
    out.push(`  ${title}`);
    out.push(...table(rows, right).map((l) => `    ${l}`));
    if (total > max) out.push(`    … ${total - max} more (see --json)`);
  };
  section(
    'by session',
    [['session', ...head], ...c.sessions.slice(0, max).map((s) => [safe(s.session, 12), ...cells(s)])],
    c.sessions.length,
  );
  section(
    'by agent',
    [
      ['session', 'agent', ...head],
      ...c.agents
        .slice(0, max)
        .map((a) => [safe(a.session, 12), safe(a.agent_type ? `${a.agent_type} (${a.agent})` : a.agent), ...cells(a)]),
    ],
    c.agents.length,
  );
  section(
    'by phase',
    [['phase', ...head], ...c.phases.slice(0, max).map((p) => [safe(p.phase), ...cells(p)])],
    c.phases.length,
  );
  section(
    'by model',
    [['model', ...head], ...c.models.slice(0, max).map((m) => [safe(m.model), ...cells(m)])],
    c.models.length,
  );
  const skipped = [
    ...Object.entries(i.rejected).map(([why, n]) => `${n} ${why}`),
    i.malformed && `${i.malformed} malformed`,
    i.truncated && `${i.truncated} truncated`,
    i.oversized && `${i.oversized} oversized`,
  ].filter(Boolean);
  out.push(
    `  from ${i.files} transcript file${i.files === 1 ? '' : 's'} (${int(i.records)} responses, ${int(i.duplicates)} repeated lines merged)${i.missing_sessions ? ` · ${i.missing_sessions} session${i.missing_sessions === 1 ? '' : 's'} without a transcript` : ''}`,
  );
  if (skipped.length > 0) out.push(warn(`  lines not counted: ${skipped.join(', ')}`));
  for (const e of c.config_errors) out.push(warn(`  Config: ${e}`));
  out.push(
    `  prices: ${c.pricing.source} as of ${c.pricing.date}${c.pricing.overridden.length ? `; from .2L/config.yaml: ${c.pricing.overridden.map((m) => safe(m)).join(', ')}` : ''}`,
  );
  return out;
}

/** CSV rows `section,name,metric,value` for the cost figures. */
export function costCsvRows(
  c: CostReport,
  push: (section: string, name: string, metric: string, value: unknown) => void,
): void {
  const figures = (section: string, name: string, f: CostReport['totals']) => {
    for (const k of TOKEN_KINDS) push(section, name, `${k}_tokens`, f.tokens[k]);
    push(section, name, 'usd', f.usd);
    push(section, name, 'unpriced_tokens', f.unpriced_tokens);
    push(section, name, 'requests', f.requests);
  };
  figures('cost', 'total', c.totals);
  push('cost', 'today', 'usd', c.today.usd);
  push('cost', 'burn', 'usd_per_hour', c.burn.usd_per_hour);
  for (const s of c.sessions) figures('cost_session', s.session, s);
  for (const a of c.agents) figures('cost_agent', `${a.session}/${a.agent}`, a);
  for (const p of c.phases) figures('cost_phase', p.phase, p);
  for (const m of c.models) figures('cost_model', m.model, m);
  for (const a of c.budgets.alerts) push('budget', a.session ? `${a.budget}/${a.session}` : a.budget, 'usd', a.usd);
  if (c.budgets.forecast) push('budget', 'daily_usd', 'forecast', c.budgets.forecast);
}

/** Distinct `model` label values in the cost counters; past it, the rest are summed into `model="other"`. */
export const MAX_MODEL_LABELS = 20;

type ModelRow = CostSnapshot['models'][number];

/** A model row for Prometheus: whether any of its tokens were priced / unpriced (`other` can be both). */
export interface ModelSeries extends Omit<ModelRow, 'priced'> {
  priced: boolean;
  unpriced: boolean;
}

const series = (m: ModelRow): ModelSeries => ({ ...m, unpriced: !m.priced });

/**
 * The cost counters' rows, at most `max` label values. Model names come from
 * transcripts and `cost_update` payloads, both writable by a hostile log, so
 * they are capped: models of the shipped price table first, then by name
 * (a series keeps its label as its figures change), the first `max - 1` named,
 * the rest summed into `other`. Rows `top()` cut from the snapshot are in
 * `other` too (totals minus the named rows), so the counters always add up to
 * `/2l-status`'s totals.
 */
export function boundedModels(c: Pick<CostSnapshot, 'models' | 'totals'>, max = MAX_MODEL_LABELS): ModelSeries[] {
  const known = (m: string) => findPrice(m, PRICES) !== undefined;
  const ranked = [...c.models].sort((a, b) => {
    const ka = known(a.model);
    if (ka !== known(b.model)) return ka ? -1 : 1;
    return a.model < b.model ? -1 : a.model > b.model ? 1 : 0;
  });
  const keep = ranked.length <= max ? ranked : ranked.slice(0, max - 1);
  const named = keep.map((m) => series(m.model === OTHER ? { ...m, model: `${OTHER}_` } : m));
  const rest = ranked.slice(keep.length);
  const remainder = figuresMinus(c.totals, keep);
  // Rows the snapshot left out (past its own cap) show up as a remainder even with no `rest`.
  if (rest.length > 0 || remainder.requests > 0 || remainder.total_tokens > 0)
    named.push({
      model: OTHER,
      ...remainder,
      priced: remainder.usd > 0 || rest.some((m) => m.priced),
      unpriced: remainder.unpriced_tokens > 0 || rest.some((m) => !m.priced),
    });
  return named.sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

/** `totals` minus the figures of `rows` (never below zero: sums of rounded rows can pass the total by a hair). */
function figuresMinus(totals: CostFigures, rows: readonly CostFigures[]): CostFigures {
  const less = (f: (x: CostFigures) => number) =>
    Math.max(
      0,
      rows.reduce((n, r) => n - f(r), f(totals)),
    );
  const tokens = { ...totals.tokens };
  const byKind = { ...totals.usd_by_kind };
  for (const k of TOKEN_KINDS) {
    tokens[k] = less((x) => x.tokens[k]);
    byKind[k] = less((x) => x.usd_by_kind[k]);
  }
  return {
    tokens,
    usd_by_kind: byKind,
    total_tokens: less((x) => x.total_tokens),
    usd: less((x) => x.usd),
    unpriced_tokens: less((x) => x.unpriced_tokens),
    requests: less((x) => x.requests),
  };
}

/**
 * Token and cost counters by model and token kind (labels: model, kind), the
 * one definition `/2l-status --prom` and the dashboard server's `/metrics` share.
 */
export function renderCostPrometheus(c: Pick<CostSnapshot, 'models' | 'totals' | 'burn' | 'today'>): string {
  const w = new Writer();
  const models = boundedModels(c);
  w.family(
    'tokens_total',
    'counter',
    'Tokens of API responses in the transcripts of the sessions in the log, by model and token kind.',
  );
  for (const m of models)
    for (const k of TOKEN_KINDS) w.sample('tokens_total', m.tokens[k], { model: m.model, kind: k });
  w.family(
    'cost_usd_total',
    'counter',
    "Cost in US dollars of those tokens at the pack's prices, by model and token kind (unpriced models are absent).",
  );
  for (const m of models)
    if (m.priced)
      for (const k of TOKEN_KINDS) w.sample('cost_usd_total', m.usd_by_kind[k], { model: m.model, kind: k });
  w.family('unpriced_tokens_total', 'counter', 'Tokens of models with no price, by model.');
  for (const m of models) if (m.unpriced) w.sample('unpriced_tokens_total', m.unpriced_tokens, { model: m.model });
  w.family('cost_burn_usd_per_hour', 'gauge', `Dollars per hour over the last ${c.burn.window_minutes} minutes.`);
  w.sample('cost_burn_usd_per_hour', c.burn.usd_per_hour);
  w.family('cost_today_usd', 'gauge', 'Dollars spent today (local day).');
  w.sample('cost_today_usd', c.today.usd);
  return w.text();
}
