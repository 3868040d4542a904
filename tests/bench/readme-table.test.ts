import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  END,
  START,
  renderBenchTable,
  replaceBetweenMarkers,
  type BenchReport,
} from '../../scripts/bench/readme-table.ts';
import type { ResultSummary } from '../../scripts/bench/stats.ts';

const result = (over: Partial<ResultSummary>): ResultSummary => ({
  component: 'peers',
  name: 'log_2l_event: one call, CPU time',
  key: 'peers/log_2l_event: one call, CPU time',
  unit: 'ms',
  n: 15,
  median: 3,
  p95: 4,
  p99: 4,
  min: 2,
  max: 5,
  failures: [],
  ...over,
});

const report = (over: Partial<BenchReport> = {}): BenchReport => ({
  at: '2026-11-30T11:33:38.333Z',
  quick: false,
  machine: {
    node: 'v20.20.2',
    platform: 'linux-x64',
    cpu: 'Intel(R) Xeon(R) Processor',
    cpus: 2,
    loadavg: { start: [14.06, 13.51, 10.47], end: [15, 14, 11] },
  },
  results: [
    result({
      reference: { name: "2L's log_2l_event, CPU time", n: 15, median: 5 },
      ratio: 0.6,
      target: { ratio: 1 },
      pass: true,
    }),
    result({
      key: 'dashboard/first render',
      median: 2186,
      ratio: 1.76,
      target: { ratio: 1.5 },
      pass: false,
      reference: { name: 'same, 1,000 events', n: 5, median: 1242 },
    }),
    result({ key: 'status/query whole | piped', unit: 'bytes', median: 1024, n: 1 }),
  ],
  ...over,
});

const render = suite('renderBenchTable');

render('one row per figure: median, reference with its median, ratio, target, verdict', () => {
  const lines = renderBenchTable(report()).split('\n');
  assert.ok(
    lines.includes(
      "| peers/log_2l_event: one call, CPU time | 3.00 ms (n 15) | 2L's log_2l_event, CPU time: 5.00 ms | 0.60× | ratio ≤ 1 | pass |",
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(
      '| dashboard/first render | 2186 ms (n 15) | same, 1,000 events: 1242 ms | 1.76× | ratio ≤ 1.5 | **FAIL** |',
    ),
  );
  assert.is(lines.filter((l) => l.startsWith('| ')).length, 4, 'a header and three rows');
});

render('the machine, its load and the date are said; a quick run is marked as one', () => {
  const full = renderBenchTable(report()).split('\n')[0]!;
  assert.match(full, 'Run of 2026-11-30 (2026-11-30T11:33:38.333Z), full run');
  assert.match(full, 'on 2 cores (Intel(R) Xeon(R) Processor), linux-x64, Node v20.20.2');
  assert.match(full, 'load average (1/5/15 min) 14.06 / 13.51 / 10.47 at start, 15.00 / 14.00 / 11.00 at the end');
  assert.match(renderBenchTable(report({ quick: true })), '**quick** (fewer samples');
  const named = renderBenchTable(report({ commit: 'c331a38abcde', dirty: true, durationS: 1930 })).split('\n')[0]!;
  assert.match(
    named,
    'Run of 2026-11-30 (2026-11-30T11:33:38.333Z) of commit `c331a38abcde` with uncommitted changes, full run (32 min)',
  );
  assert.not.match(full, 'of commit', 'a run that recorded no commit names none');
  const old = renderBenchTable(report({ machine: { cpus: 2 } }));
  assert.match(old, 'load average not recorded', 'a run from before loads were recorded');
});

render('a cell cannot break the table: pipes escaped, line breaks folded', () => {
  const t = renderBenchTable(report());
  assert.match(t, '| status/query whole \\| piped | 1024 bytes (n 1) | — | — | — |  |');
  const hostile = renderBenchTable(report({ results: [result({ key: 'a\nb|c', note: 'x' })] }));
  assert.ok(hostile.split('\n').includes('| a b\\|c | 3.00 ms (n 15) | — | — | — |  |'), hostile);
});

render('crashed benches are listed under the table', () => {
  const t = renderBenchTable(report({ errors: [{ component: 'dashboard', error: 'chromium\nmissing' }] }));
  assert.match(t, '- `dashboard` crashed: chromium missing');
});

const markers = suite('replaceBetweenMarkers');

markers('replaces only what lies between the markers, again and again', () => {
  const readme = `# x\n\n${START}\nold table\n${END}\n\nafter\n`;
  const once = replaceBetweenMarkers(readme, 'T1');
  assert.is(once, `# x\n\n${START}\nT1\n${END}\n\nafter\n`);
  assert.is(replaceBetweenMarkers(once, 'T1'), once, 'idempotent');
  assert.is(replaceBetweenMarkers(once, 'T2'), `# x\n\n${START}\nT2\n${END}\n\nafter\n`);
});

markers('missing, reversed or doubled markers are an error, never a guess', () => {
  for (const bad of [
    'no markers',
    `${END}\n${START}`,
    `${START}\n${START}\n${END}`,
    `${START}\n${END}\n${END}`,
    `${START} only`,
  ])
    assert.throws(() => replaceBetweenMarkers(bad, 'T'), /exactly one/);
});

render.run();
markers.run();
