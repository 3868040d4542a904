import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PRICES, findPrice, modelKey, priceTokens } from '../../lib/monitor/pricing.ts';
import { zeroTokens, type Tokens } from '../../lib/transcript/usage.ts';

const M = 1_000_000;
const only = (k: keyof Tokens, n = M): Tokens => ({ ...zeroTokens(), [k]: n });
const usd = (t: Tokens, model: string, fast = false) => {
  const p = priceTokens(t, findPrice(model, PRICES)!, fast);
  return 'usd' in p ? Math.round(p.usd * 1e6) / 1e6 : 'unpriced';
};

const keys = suite('pricing: model ids → rows');
for (const [id, key] of [
  ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
  ['claude-opus-4-7', 'claude-opus-4-7'],
  ['claude-opus-4-6-fast', 'claude-opus-4-6'],
  ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
  ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5'],
] as const)
  keys(`${id} → ${key}`, () => assert.is(modelKey(id), key));
keys('an unknown model has no row: unpriced, not free', () => {
  assert.is(findPrice('claude-experimental-9', PRICES), undefined);
  assert.is(findPrice('__proto__', PRICES), undefined);
  assert.is(findPrice('constructor', PRICES), undefined);
});
keys.run();

// Figures ccusage 20.0.24 --offline gives for a million tokens of one kind (docs/cost.md, "Probes").
const rates = suite('pricing: the rates, as ccusage prices them');
for (const [model, input, output, w5, w1, read] of [
  ['claude-opus-4-7', 5, 25, 6.25, 10, 0.5],
  ['claude-opus-4-1-20250805', 15, 75, 18.75, 30, 1.5],
  ['claude-sonnet-4-6', 3, 15, 3.75, 6, 0.3],
  ['claude-haiku-4-5-20251001', 1, 5, 1.25, 2, 0.1],
  ['claude-3-5-haiku-20241022', 0.8, 4, 1, 1.6, 0.08],
  ['claude-fable-5-1', 10, 50, 12.5, 20, 0.25],
  ['claude-sonnet-5', 2, 10, 2.5, 4, 0.2],
] as const)
  rates(model, () =>
    assert.equal(
      (['input', 'output', 'cache_write_5m', 'cache_write_1h', 'cache_read'] as const).map((k) => usd(only(k), model)),
      [input, output, w5, w1, read],
    ),
  );
rates('fast mode: the model’s multiple where known, unpriced where not', () => {
  assert.is(usd(only('output'), 'claude-opus-4-6-fast', true), 150);
  assert.is(usd(only('output'), 'claude-sonnet-4-6-fast', true), 'unpriced');
});
rates(
  'Sonnet 4.5 past 200k input tokens: the whole request at the long-context rates (Anthropic), under: standard',
  () => {
    const under: Tokens = { ...zeroTokens(), input: 1000, cache_read: 199_000, output: 1000 };
    assert.is(usd(under, 'claude-sonnet-4-5'), (1000 * 3 + 199_000 * 0.3 + 1000 * 15) / M);
    const over: Tokens = { ...under, cache_read: 199_001 };
    assert.is(usd(over, 'claude-sonnet-4-5'), Math.round(((1000 * 6 + 199_001 * 0.6 + 1000 * 22.5) / M) * 1e6) / 1e6);
  },
);
rates.run();
