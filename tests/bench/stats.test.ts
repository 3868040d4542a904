import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  compare,
  fmt,
  formatTable,
  median,
  parseBaseline,
  summarise,
  toBaseline,
  validateResults,
  type Baseline,
  type BenchResult,
} from '../../scripts/bench/stats.ts';

const med = suite('median');
const medians: Array<[number[], number]> = [
  [[5], 5],
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[10, 10, 10, 1000], 10],
];
for (const [xs, want] of medians) med(`median of [${xs}] is ${want}`, () => assert.is(median(xs), want));
med('empty is NaN', () => assert.ok(Number.isNaN(median([]))));
med.run();

const sum = suite('summarise');
const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unordered input
sum('n, median, p95, p99, min, max over 1..100', () => {
  const s = summarise('c', { name: 'x', unit: 'ms', samples: hundred });
  assert.equal(
    [s.key, s.n, s.median, s.p95, s.p99, s.min, s.max, s.pass, s.failures],
    ['c/x', 100, 50.5, 95, 99, 1, 100, undefined, []],
  );
});
const targets: Array<[string, BenchResult, { ratio?: number; pass?: boolean; failures: string[] }]> = [
  [
    'ratio met',
    { name: 'a', unit: 'ms', samples: [11, 10, 12], reference: { name: 'r', samples: [10] }, target: { ratio: 1.1 } },
    { ratio: 1.1, pass: true, failures: [] },
  ],
  [
    'ratio missed',
    { name: 'a', unit: 'ms', samples: [12], reference: { name: 'r', samples: [8, 12] }, target: { ratio: 1.1 } },
    { ratio: 1.2, pass: false, failures: ['ratio 1.20 > 1.1'] },
  ],
  [
    'max checks the median',
    { name: 'a', unit: 'ms', samples: [40, 45, 500], target: { max: 50 } },
    { pass: true, failures: [] },
  ],
  [
    'max 0: nothing lost passes',
    { name: 'lost', unit: 'count', samples: [0], target: { max: 0 } },
    { pass: true, failures: [] },
  ],
  [
    'max 0: one lost fails',
    { name: 'lost', unit: 'count', samples: [1], target: { max: 0 } },
    { pass: false, failures: ['median 1 count > 0 count'] },
  ],
  [
    'max missed',
    { name: 'a', unit: 'ms', samples: [60, 61], target: { max: 50 } },
    { pass: false, failures: ['median 60.5 ms > 50.0 ms'] },
  ],
  [
    'ratio target without a reference fails',
    { name: 'a', unit: 'ms', samples: [1], target: { ratio: 2 } },
    { pass: false, failures: ['ratio target ≤ 2 needs a reference with a median above 0'] },
  ],
  [
    'zero reference median gives no ratio',
    { name: 'a', unit: 'count', samples: [3], reference: { name: 'r', samples: [0] } },
    { failures: [] },
  ],
];
for (const [name, input, want] of targets) {
  sum(name, () => {
    const s = summarise('c', input);
    assert.equal(
      {
        ...(s.ratio !== undefined ? { ratio: Math.round(s.ratio * 1000) / 1000 } : {}),
        ...(s.pass !== undefined ? { pass: s.pass } : {}),
        failures: s.failures,
      },
      want,
    );
  });
}
sum.run();

const valid = suite('validateResults');
const bad: Array<[unknown, string]> = [
  [{}, 'f.mjs: bench() must return an array of results'],
  [[null], 'f.mjs: result 0 is not an object'],
  [[{ unit: 'ms', samples: [1] }], 'f.mjs: result 0: `name` must be a non-empty string'],
  [[{ name: 'x', unit: 'seconds', samples: [1] }], 'f.mjs: x: `unit` must be one of ms, bytes, MB, count'],
  [[{ name: 'x', unit: 'ms', samples: [] }], 'f.mjs: x: `samples` must be a non-empty array of finite numbers'],
  [[{ name: 'x', unit: 'ms', samples: [1, NaN] }], 'f.mjs: x: `samples` must be a non-empty array of finite numbers'],
  [
    [{ name: 'x', unit: 'ms', samples: [1], reference: { samples: [1] } }],
    'f.mjs: x: `reference` must be { name, samples } with at least one sample',
  ],
  [
    [{ name: 'x', unit: 'ms', samples: [1], target: {} }],
    'f.mjs: x: `target` must be { ratio?, max? } with ratio > 0 and max ≥ 0',
  ],
  [
    [{ name: 'x', unit: 'ms', samples: [1], target: { ratio: 0 } }],
    'f.mjs: x: `target` must be { ratio?, max? } with ratio > 0 and max ≥ 0',
  ],
  [
    [{ name: 'x', unit: 'ms', samples: [1], target: { max: -1 } }],
    'f.mjs: x: `target` must be { ratio?, max? } with ratio > 0 and max ≥ 0',
  ],
];
for (const [input, message] of bad)
  valid(message, () =>
    assert.throws(
      () => validateResults(input, 'f.mjs'),
      (e: Error) => e.message === message,
    ),
  );
valid('a good result passes through, extra keys dropped', () => {
  assert.equal(
    validateResults([{ name: 'x', unit: 'MB', samples: [1], target: { max: 2 }, note: 'n', extra: 1 }], 'f'),
    [{ name: 'x', unit: 'MB', samples: [1], target: { max: 2 }, note: 'n' }],
  );
});
valid.run();

const base = suite('baseline and compare');
const rounds = (ratio: number) => ({
  samples: Array.from({ length: 20 }, (_, i) => (10 + i) * ratio),
  reference: { name: 'r', samples: Array.from({ length: 20 }, (_, i) => 10 + i) },
  paired: true as const,
});
const cur = [
  summarise('c', { name: 'a', unit: 'ms', samples: [110] }),
  summarise('c', { name: 'p', unit: 'ms', ...rounds(1.3) }),
  summarise('c', { name: 'new', unit: 'ms', samples: [1] }),
  summarise('c', { name: 'u', unit: 'MB', samples: [1] }),
  summarise('c', { name: 'q', unit: 'ms', ...rounds(1.0) }),
];
const baseline: Baseline = {
  version: 1,
  saved: 't',
  machine: {},
  results: {
    'c/a': { unit: 'ms', n: 1, median: 10, p95: 10 },
    'c/p': { unit: 'ms', n: 20, median: 19.5, p95: 28, paired: { n: 20, ratio: 1, log: 0, logSE: 0, runSD: 0.01 } },
    'c/u': { unit: 'ms', n: 1, median: 1, p95: 1 },
    'c/q': { unit: 'ms', n: 20, median: 19.5, p95: 28, paired: { n: 20, ratio: 1, log: 0, logSE: 0, runSD: 0.01 } },
  },
};
base('a paired ratio is judged; a median alone is shown, never judged', () => {
  assert.equal(
    compare(cur, baseline).map((c) => [
      c.key,
      c.status,
      c.change === undefined ? undefined : Math.round(c.change * 1000) / 1000,
    ]),
    [
      ['c/a', 'not-judged', 10],
      ['c/p', 'regressed', 0.3],
      ['c/new', 'new', undefined],
      ['c/u', 'unit-changed', undefined],
      ['c/q', 'ok', 0],
    ],
  );
});
base('a paired result needs as many reference samples; runSD only on a paired result', () => {
  assert.throws(
    () =>
      validateResults(
        [{ name: 'x', unit: 'ms', samples: [1, 2], reference: { name: 'r', samples: [1] }, paired: true }],
        'f',
      ),
    /x: `paired` must be true, with as many reference samples as samples/,
  );
  assert.throws(
    () => validateResults([{ name: 'x', unit: 'ms', samples: [1], runSD: 0.02 }], 'f'),
    /x: `runSD` must be a number in \[0, 1\), on a paired result/,
  );
});
base('saving merges into the previous baseline, sorted by key', () => {
  const next = toBaseline(
    [summarise('c', { name: 'a', unit: 'ms', samples: [7], reference: { name: 'r', samples: [7] } })],
    baseline,
    'now',
    { node: 'v20' },
  );
  assert.equal(Object.keys(next.results), ['c/a', 'c/p', 'c/q', 'c/u']);
  assert.equal(next.results['c/a'], { unit: 'ms', n: 1, median: 7, p95: 7, ratio: 1 });
  const paired = toBaseline([cur[1]!], undefined, 'now', {}).results['c/p']!;
  assert.equal(paired.paired, { n: 20, ratio: 1.3, log: 0.26236, logSE: 0, runSD: 0.01 });
  assert.equal(parseBaseline(JSON.parse(JSON.stringify(next)), 'b.json'), next);
});
base('a file that is not a baseline is refused', () => {
  assert.throws(() => parseBaseline({ results: {} }, 'b.json'), /b\.json: not a baseline file/);
  assert.throws(
    () => parseBaseline({ version: 1, results: { x: { unit: 'ms' } } }, 'b.json'),
    /entry `x` needs a numeric `median`/,
  );
  assert.throws(
    () => parseBaseline({ version: 1, results: { x: { unit: 'ms', median: 1, paired: { n: 1 } } } }, 'b.json'),
    /entry `x`: `paired` needs numeric `n`, `ratio`, `log`, `logSE` and `runSD`/,
  );
});
base.run();

const table = suite('formatTable');
table('columns line up; FAIL and not judged are spelled out', () => {
  const rows = [
    summarise('hook', {
      name: 'event',
      unit: 'ms',
      samples: [12, 10],
      reference: { name: 'node', samples: [10] },
      target: { ratio: 1.05 },
    }),
    summarise('hook', { name: 'slow', unit: 'ms', samples: [20] }),
  ];
  const comparisons = compare(rows, {
    version: 1,
    saved: '',
    machine: {},
    results: {
      'hook/event': { unit: 'ms', n: 2, median: 10, p95: 12 },
      'hook/slow': { unit: 'ms', n: 1, median: 10, p95: 10 },
    },
  });
  assert.equal(formatTable(rows, comparisons).split('\n'), [
    'benchmark   n   median      p95      p99  reference median  ratio        target  result  baseline                        change',
    '----------  -  -------  -------  -------  ----------------  -----  ------------  ------  --------  ----------------------------',
    'hook/event  2  11.0 ms  12.0 ms  12.0 ms    10.0 ms (node)  1.10×  ratio ≤ 1.05    FAIL   10.0 ms   median +10.0 % (not judged)',
    'hook/slow   1  20.0 ms  20.0 ms  20.0 ms                                                  10.0 ms  median +100.0 % (not judged)',
  ]);
});
table('number formats', () => {
  assert.equal(
    [fmt(1.234, 'ms'), fmt(12.34, 'ms'), fmt(123.4, 'ms'), fmt(5, 'count'), fmt(1024, 'bytes'), fmt(3.14159, 'MB')],
    ['1.23 ms', '12.3 ms', '123 ms', '5 count', '1024 bytes', '3.14 MB'],
  );
});
table.run();
