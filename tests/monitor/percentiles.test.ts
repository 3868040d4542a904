import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DurationStats, HOOK_BUCKETS_MS, percentile } from '../../lib/monitor/percentiles.ts';

const exact = suite('percentile');
const table: Array<[number[], number, number | undefined]> = [
  [[], 50, undefined],
  [[7], 50, 7],
  [[1, 2, 3, 4], 50, 2],
  [[1, 2, 3, 4], 75, 3],
  [[1, 2, 3, 4], 100, 4],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1],
];
for (const [input, p, expected] of table) {
  exact(`p${p} of [${input.join(',')}] is ${expected}`, () => assert.is(percentile(input, p), expected));
}
exact.run();

const streaming = suite('DurationStats');
streaming('exact below the limit, unordered input', () => {
  const s = new DurationStats();
  for (const v of [30, 10, 20, 50, 40]) s.add(v);
  assert.equal(s.snapshot(), { count: 5, sum: 150, min: 10, max: 50, p50: 30, p95: 50, p99: 50 });
});
streaming('ignores negative and non-finite values', () => {
  const s = new DurationStats();
  for (const v of [-1, Number.NaN, Infinity, 5]) s.add(v);
  assert.is(s.count, 1);
});
streaming('histogram past the limit stays within 1 % of the exact answer', () => {
  const s = new DurationStats(100);
  const values = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 100_000) / 10 + 0.5);
  for (const v of values) s.add(v);
  values.sort((a, b) => a - b);
  for (const p of [50, 95, 99]) {
    const want = percentile(values, p)!;
    const got = s.quantile(p)!;
    assert.ok(Math.abs(got - want) / want <= 0.011, `p${p}: ${got} vs ${want}`);
  }
  assert.is(s.quantile(100), values[values.length - 1]);
});
streaming('export buckets are cumulative', () => {
  const s = new DurationStats();
  for (const v of [0.5, 3, 7, 70_000, 700_000]) s.add(v);
  assert.equal(s.exportBounds.slice(0, 3), [5, 10, 25]);
  assert.equal(s.exportCounts.slice(0, 3), [2, 3, 3]);
  assert.is(s.exportCounts[s.exportCounts.length - 1], 4);
});
streaming('hook bounds resolve sub-millisecond times', () => {
  const s = new DurationStats(undefined, HOOK_BUCKETS_MS);
  for (const v of [0.05, 0.3, 7]) s.add(v);
  assert.equal(s.exportCounts.slice(0, 4), [1, 1, 2, 2]);
  assert.is(s.exportCounts[s.exportCounts.length - 1], 3);
});
streaming.run();

const merge = suite('DurationStats: merging states (a summary kept beside each archive)');
function fed(values: readonly number[], limit?: number): DurationStats {
  const s = new DurationStats(limit);
  for (const v of values) s.add(v);
  return s;
}
// A skewed, tool-like distribution: mostly a few ms, a long tail to minutes.
const sample = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => {
    const x = ((i * 7919 + seed * 104729) % 10007) / 10007;
    return x < 0.9 ? 1 + x * 50 : 100 * Math.exp(x * 8);
  });
merge('merged parts equal one stream: totals exact, quantiles exact while small', () => {
  const a = sample(300, 1);
  const b = sample(400, 2);
  const whole = fed([...a, ...b]);
  const m = fed(a);
  assert.ok(m.mergeState(JSON.parse(JSON.stringify(fed(b).toState()))));
  assert.equal(m.snapshot(), whole.snapshot());
  assert.equal(m.exportCounts, whole.exportCounts);
});
merge('past the exact list: totals exact, quantiles within 1 % of the exact answer', () => {
  const parts = [sample(5000, 1), sample(20_000, 2), sample(3, 3), sample(9000, 4)];
  const all = parts.flat();
  const m = new DurationStats();
  for (const p of parts) assert.ok(m.mergeState(JSON.parse(JSON.stringify(fed(p).toState()))));
  const sorted = [...all].sort((x, y) => x - y);
  assert.is(m.count, all.length);
  assert.is(m.min, sorted[0]);
  assert.is(m.max, sorted[sorted.length - 1]);
  assert.ok(Math.abs(m.sum - all.reduce((x, y) => x + y, 0)) < 1e-6 * m.sum);
  assert.equal(m.exportCounts, fed(all).exportCounts);
  for (const p of [50, 95, 99]) {
    const want = percentile(sorted, p)!;
    assert.ok(Math.abs(m.quantile(p)! - want) / want <= 0.01, `p${p}: ${m.quantile(p)} vs ${want}`);
  }
});
merge('zero and tiny durations survive the round trip', () => {
  const m = new DurationStats(0);
  assert.ok(m.mergeState(JSON.parse(JSON.stringify(fed([0, 1e-300, 5], 0).toState()))));
  assert.is(m.count, 3);
  assert.is(m.quantile(1), 0);
});
// A planted summary: refused whole, and the stats it was merged into are unchanged.
const planted: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'x'],
  ['negative count', { ...fed([1]).toState(), count: -1 }],
  ['count disagrees with the buckets', { ...fed([1, 2]).toState(), count: 3 }],
  ['NaN sum', { ...fed([1]).toState(), sum: Number.NaN }],
  ['min above max', { ...fed([1, 2]).toState(), min: 9, max: 1 }],
  ['a huge bucket list', { ...fed([1]).toState(), buckets: Array.from({ length: 5000 }, (_, i) => [i, 0]) }],
  [
    'a bucket past any double',
    { count: 1, sum: 1, min: 1, max: 1, buckets: [[1e9, 1]], exportCounts: fed([]).exportCounts },
  ],
  [
    'a non-integer bucket',
    { count: 1, sum: 1, min: 1, max: 1, buckets: [[0.5, 1]], exportCounts: fed([]).exportCounts },
  ],
  ['export counts of the wrong length', { ...fed([1]).toState(), exportCounts: [1] }],
  ['export counts above the count', { ...fed([1]).toState(), exportCounts: fed([1]).exportCounts.map(() => 2) }],
  ['an exact list of the wrong length', { ...fed([1, 2]).toState(), exact: [1] }],
  ['an exact list with a string', { ...fed([1, 2]).toState(), exact: [1, '2'] }],
  ['__proto__ keys', JSON.parse('{"__proto__":{"count":1},"count":1}')],
];
for (const [name, state] of planted)
  merge(`refused: ${name}`, () => {
    const m = fed([3, 4]);
    const before = JSON.stringify(m.toState());
    assert.is(m.mergeState(state), false);
    assert.is(JSON.stringify(m.toState()), before);
  });
merge.run();
