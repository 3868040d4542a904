// The token and cost counters (`/2l-status --prom` and the dashboard's `/metrics` share them):
// bounded `model` labels whatever model names a hostile log carries, and sums that still equal
// the report's totals, with promtool's approval.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { boundedModels, MAX_MODEL_LABELS, renderCostPrometheus } from '../../lib/monitor/cost-render.ts';
import type { CostFigures, CostSnapshot } from '../../lib/monitor/cost.ts';
import { TOKEN_KINDS, zeroTokens } from '../../lib/transcript/usage.ts';
import { runSync } from '../util/run.ts';

/** A model's figures: `n` tokens of each kind, `usd` split evenly by kind. */
function fig(n: number, usd: number, unpriced = false): CostFigures {
  const tokens = zeroTokens();
  const byKind = zeroTokens();
  for (const k of TOKEN_KINDS) {
    tokens[k] = n;
    byKind[k] = unpriced ? 0 : usd / TOKEN_KINDS.length;
  }
  const total = n * TOKEN_KINDS.length;
  return {
    tokens,
    total_tokens: total,
    usd: unpriced ? 0 : usd,
    usd_by_kind: byKind,
    unpriced_tokens: unpriced ? total : 0,
    requests: 1,
  };
}

function sum(rows: readonly CostFigures[]): CostFigures {
  const out = fig(0, 0);
  out.requests = 0;
  for (const r of rows) {
    for (const k of TOKEN_KINDS) {
      out.tokens[k] += r.tokens[k];
      out.usd_by_kind[k] += r.usd_by_kind[k];
    }
    out.total_tokens += r.total_tokens;
    out.usd += r.usd;
    out.unpriced_tokens += r.unpriced_tokens;
    out.requests += r.requests;
  }
  return out;
}

type Models = CostSnapshot['models'];
function snap(models: Models, totals = sum(models)) {
  return {
    models,
    totals,
    burn: { window_minutes: 15, usd_per_hour: 0, overall_usd_per_hour: null },
    today: { date: '2026-11-30', usd: 0 },
  };
}

/** `name{labels}` -> value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}
const total = (text: string, family: string) =>
  [...samples(text)].filter(([k]) => k.startsWith(`${family}{`)).reduce((n, [, v]) => n + v, 0);
const labels = (text: string, family: string) =>
  new Set(
    [...samples(text).keys()].filter((k) => k.startsWith(`${family}{`)).map((k) => /model="([^"]*)"/.exec(k)![1]),
  );

const bound = suite('cost counters: bounded model labels');
bound('a hostile log with 5000 model names: at most MAX_MODEL_LABELS labels, sums unchanged', () => {
  const models: Models = [
    { model: 'claude-sonnet-4-6', priced: true, ...fig(100, 3) },
    { model: 'claude-opus-4-7', priced: true, ...fig(10, 5) },
  ];
  for (let i = 0; i < 5000; i++)
    models.push({
      model: `evil-${String(i).padStart(4, '0')}`,
      priced: i % 2 === 0,
      ...fig(7, i % 2 === 0 ? 0.01 : 0, i % 2 === 1),
    });
  const text = renderCostPrometheus(snap(models));
  const seen = labels(text, 'twol_tokens_total');
  assert.is(seen.size, MAX_MODEL_LABELS);
  assert.ok(seen.has('other'));
  // The shipped table's models keep their names whatever sorts before them.
  assert.ok(seen.has('claude-sonnet-4-6') && seen.has('claude-opus-4-7'));
  const t = sum(models);
  assert.is(total(text, 'twol_tokens_total'), t.total_tokens);
  assert.ok(
    Math.abs(total(text, 'twol_cost_usd_total') - t.usd) < 1e-6,
    `${total(text, 'twol_cost_usd_total')} vs ${t.usd}`,
  );
  assert.is(total(text, 'twol_unpriced_tokens_total'), t.unpriced_tokens);
  assert.ok(labels(text, 'twol_unpriced_tokens_total').has('other'));
});
bound('rows the snapshot cut (past its own cap) are in `other`: the counters add up to the totals', () => {
  const models: Models = [{ model: 'claude-sonnet-4-6', priced: true, ...fig(100, 3) }];
  const totals = sum([...models, fig(50, 2)]);
  const rows = boundedModels(snap(models, totals));
  assert.equal(
    rows.map((r) => [r.model, r.tokens.input, r.usd]),
    [
      ['claude-sonnet-4-6', 100, 3],
      ['other', 50, 2],
    ],
  );
});
bound('a few models: every one named, no `other`; a model called "other" becomes "other_"', () => {
  const models: Models = [
    { model: 'other', priced: false, ...fig(1, 0, true) },
    { model: 'claude-haiku-4-5', priced: true, ...fig(2, 1) },
  ];
  assert.equal(
    boundedModels(snap(models)).map((r) => r.model),
    ['claude-haiku-4-5', 'other_'],
  );
});
bound('the text passes promtool check metrics', () => {
  const models: Models = [{ model: 'claude-sonnet-4-6', priced: true, ...fig(100, 3) }];
  for (let i = 0; i < 40; i++) models.push({ model: `m"\\\n${i}`, priced: false, ...fig(1, 0, true) });
  const r = runSync('promtool', ['check', 'metrics'], { input: renderCostPrometheus(snap(models)) });
  assert.is(`${r.stdout}${r.stderr}`.trim(), '');
  assert.is(r.code, 0);
});
bound.run();
