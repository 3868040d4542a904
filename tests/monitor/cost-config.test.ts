import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { loadCostConfig, parseCostConfig } from '../../lib/monitor/cost-config.ts';
import { PRICES } from '../../lib/monitor/pricing.ts';
import { project } from '../util/perf-fixtures.ts';

const L = '.2L/config.yaml';
const cfg = suite('cost-config: pricing and budgets from .2L/config.yaml');
cfg('absent sections: the shipped table, no budgets, no errors', () => {
  const r = parseCostConfig('performance:\n  targets:\n    hook_ms: 100\n', L);
  assert.equal(r.errors, []);
  assert.is(r.config.prices, PRICES);
  assert.equal(r.config.budgets, { session_usd: null, daily_usd: null });
});
cfg('a row overrides and adds; missing cache rates follow the input rate', () => {
  const r = parseCostConfig(
    'pricing:\n  claude-opus-4-7: { input: 6, output: 30 }\n  gw/model-x: { input: 1, output: 2, cache_read: 0.05 }\nbudgets:\n  session_usd: 5\n  daily_usd: 40.5\n',
    L,
  );
  assert.equal(r.errors, []);
  assert.equal(r.config.prices['claude-opus-4-7'], {
    input: 6,
    output: 30,
    cache_write_5m: 7.5,
    cache_write_1h: 12,
    cache_read: 0.6,
  });
  assert.is(r.config.prices['gw/model-x']!.cache_read, 0.05);
  assert.is(r.config.prices['claude-haiku-4-5'], PRICES['claude-haiku-4-5']);
  assert.equal(r.config.overridden, ['claude-opus-4-7', 'gw/model-x']);
  assert.equal(r.config.budgets, { session_usd: 5, daily_usd: 40.5 });
});
for (const [name, text, fragment] of [
  ['a negative rate', 'pricing:\n  m: { input: -1, output: 2 }\n', '`pricing.m.input` must be a number'],
  ['an absurd rate', 'pricing:\n  m: { input: 1e9, output: 2 }\n', 'must be a number from 0 to 100000'],
  ['a string rate', 'pricing:\n  m: { input: "free", output: 2 }\n', 'must be a number'],
  ['no output rate', 'pricing:\n  m: { input: 1 }\n', 'needs at least `input` and `output`'],
  ['a row name with control characters', 'pricing:\n  "m\\u001b[31m": { input: 1, output: 1 }\n', 'is not a model id'],
  ['__proto__ as a model', 'pricing:\n  __proto__: { input: 0, output: 0 }\n', 'is not a model id'],
  ['an unknown rate key', 'pricing:\n  m: { input: 1, output: 1, surge: 2 }\n', 'unknown key `pricing.m.surge`'],
  ['pricing as a list', 'pricing: [1, 2]\n', '`pricing` must be a mapping'],
  ['a zero budget', 'budgets:\n  daily_usd: 0\n', '`budgets.daily_usd` must be a number'],
  ['a budget in words', 'budgets:\n  session_usd: lots\n', '`budgets.session_usd` must be a number'],
  ['an unknown budget', 'budgets:\n  weekly_usd: 3\n', 'unknown key `budgets.weekly_usd`'],
] as const)
  cfg(`hostile: ${name} → reported with its line, ignored`, () => {
    const r = parseCostConfig(text, L);
    assert.ok(
      r.errors.some((e) => e.includes(fragment) && e.startsWith(`${L}:`)),
      r.errors.join('\n'),
    );
    assert.is(Object.hasOwn(r.config.prices, 'm'), false);
    assert.equal(Object.getPrototypeOf(r.config.prices), Object.prototype);
  });
cfg('hostile: 10,000 rows → only the first 500 read, and it says so', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => `  m${i}: { input: 1, output: 1 }`).join('\n');
  const r = parseCostConfig(`pricing:\n${rows}\n`, L);
  assert.is(r.config.overridden.length, 500);
  assert.ok(r.errors[0]!.includes('only the first 500'));
});
cfg('hostile: config.yaml a symlink to a file elsewhere → not read, defaults', () => {
  const dir = project();
  const elsewhere = path.join(dir, 'elsewhere.yaml');
  fs.writeFileSync(elsewhere, 'budgets:\n  daily_usd: 1\n');
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
  fs.symlinkSync(elsewhere, path.join(dir, '.2L', 'config.yaml'));
  assert.equal(loadCostConfig(dir).config.budgets, { session_usd: null, daily_usd: null });
});
cfg.run();
