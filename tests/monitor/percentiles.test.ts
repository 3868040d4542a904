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
