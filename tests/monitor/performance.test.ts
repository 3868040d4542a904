// The performance table (lib/monitor/performance.ts) and `/2l-status --json`'s new sections.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { defaultPerfConfig } from '../../lib/monitor/config.ts';
import { performanceRows, type PerformanceRow } from '../../lib/monitor/performance.ts';
import {
  emptyAlertState,
  targetStatuses,
  type ActiveAlert,
  type AlertState,
  type Measurement,
} from '../../lib/monitor/alerts.ts';
import { sparkline } from '../../lib/monitor/sparkline.ts';
import { newEvent } from '../../lib/events/format.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';

const rows = suite('performanceRows');
const noMetrics = { series: [], dropped_series: 0, invalid: 0 };
const m = (key: string, label: string, value: number, target: number, unit = 'ms', more: Partial<Measurement> = {}) =>
  ({ key, label, value, target, unit, samples: 30, ...more }) as Measurement;
const active = (a: Partial<ActiveAlert> & { key: string }): AlertState => ({
  v: 1,
  active: {
    [a.key]: { label: a.key, since: '2026-01-01T00:00:00.000Z', value: 1, target: 1, unit: 'ms', ...a } as ActiveAlert,
  },
});
const statusOf = (out: PerformanceRow[], component: string) => out.find((r) => r.component === component)!;
rows('status is the engine\'s: firing with severity and since, pending, ok; an unmeasured target is "no data"', () => {
  const state = active({ key: 'hook_ms.p95', severity: 'critical', state: 'firing' });
  state.active['tool.Grep.p95'] = {
    ...state.active['hook_ms.p95']!,
    key: 'tool.Grep.p95',
    state: 'pending',
    severity: 'warning',
  };
  const measured = [
    m('hook_ms.p95', 'hook p95', 450, 200),
    m('tool.Read.p95', 'Read p95', 10, 1000),
    m('tool.Grep.p95', 'Grep p95', 3000, 2000),
  ];
  const out = performanceRows(defaultPerfConfig(), targetStatuses(measured, state), noMetrics);
  const hook = statusOf(out, 'hook p95');
  assert.equal([hook.status, hook.severity, hook.since], ['firing', 'critical', '2026-01-01T00:00:00.000Z']);
  assert.equal([statusOf(out, 'Read p95').status, statusOf(out, 'Grep p95').status], ['ok', 'pending']);
  assert.is(statusOf(out, 'query p95').status, 'no data');
  assert.is(out.filter((r) => r.component === 'hook p95').length, 1, 'a measured target is not repeated as "no data"');
  assert.not.ok('severity' in statusOf(out, 'Read p95'), 'an ok row carries no severity');
});
rows("a firing alert keeps its row firing even when the newest figure dips under (hysteresis is the engine's)", () => {
  const out = performanceRows(
    defaultPerfConfig(),
    targetStatuses([m('error_rate', 'hook error rate', 0, 0.001, 'ratio')], active({ key: 'error_rate' })),
    noMetrics,
  );
  assert.is(statusOf(out, 'hook error rate').status, 'firing');
});
rows("a floor (min) target above its floor is ok, not a breach; below it, firing is the engine's word", () => {
  const pass = m('metric.pass_rate', 'pass_rate mean', 0.95, 0.9, 'ratio', { below: true });
  const ok = performanceRows(defaultPerfConfig(), targetStatuses([pass], emptyAlertState()), noMetrics);
  assert.equal([statusOf(ok, 'pass_rate mean').status, statusOf(ok, 'pass_rate mean').below], ['ok', true]);
  const low = { ...pass, value: 0.5 };
  const firing = performanceRows(
    defaultPerfConfig(),
    targetStatuses([low], active({ key: 'metric.pass_rate', below: true })),
    noMetrics,
  );
  assert.is(statusOf(firing, 'pass_rate mean').status, 'firing');
});
rows('the trend column is the per-session sparkline; a regression is carried with its sentence', () => {
  const trends = new Map([
    [
      'hook_ms.p95',
      {
        key: 'hook_ms.p95',
        unit: 'ms',
        values: [1, 2, 9],
        current: 9,
        median: 1.5,
        spread: 0.5,
        previous: 2,
        regression: 'x',
      },
    ],
  ]);
  const out = performanceRows(
    defaultPerfConfig(),
    targetStatuses([m('hook_ms.p95', 'hook p95', 9, 200)], emptyAlertState()),
    noMetrics,
    trends,
  );
  assert.equal([statusOf(out, 'hook p95').trend, statusOf(out, 'hook p95').regression], ['▁▂█', 'x']);
});
rows('a target set to null has no row; metrics get a row with their trend', () => {
  const c = defaultPerfConfig();
  c.targets.state_query_ms = null;
  const out = performanceRows(c, [], {
    series: [
      {
        name: 'build_ms',
        labels: { stage: 'lint' },
        unit: 'ms',
        last: 3,
        last_at: '',
        count: 3,
        sum: 6,
        min: 1,
        max: 3,
        p50: 2,
        p95: 3,
        recent: [1, 2, 3],
      },
    ],
    dropped_series: 0,
    invalid: 0,
  });
  assert.not.ok(out.some((r) => r.component === 'query p95'));
  assert.equal(out.at(-1), {
    component: 'build_ms{stage=lint}',
    current: 3,
    target: null,
    unit: 'ms',
    trend: '▁▅█',
    status: 'ok',
  });
});
rows.run();

const spark = suite('sparkline');
const cases: Array<[number[], string]> = [
  [[], ''],
  [[5, 5, 5], '▄▄▄'],
  [[0, 7], '▁█'],
  [[0, 1, 2, 3, 4, 5, 6, 7], '▁▂▃▄▅▆▇█'],
  [[1, Number.NaN, 2], '▁█'],
];
for (const [v, s] of cases) spark(JSON.stringify(v), () => assert.is(sparkline(v), s));
spark('only the newest `width` values', () => assert.is(sparkline([9, 0, 1], 2), '▁█'));
spark.run();

const json = suite('status --json: performance, resources, kpis, alerts');
json('the built command reports them from the log', async () => {
  const project = tempDir('perfjson');
  fs.mkdirSync(path.join(project, '.2L'));
  const t = Date.now() - 60_000;
  const lines = [
    newEvent('metric', 'build_ms=5 ms', { payload: { name: 'build_ms', value: 5, unit: 'ms' } }, new Date(t)),
    newEvent('validation_result', 'PASS: 3 tests', {}, new Date(t + 1000)),
    newEvent(
      'tool_complete',
      'Read',
      { source: 'hook', tool_name: 'Read', duration_ms: 20, session_id: 's1' },
      new Date(t + 2000),
    ),
    newEvent(
      'tool_error',
      'Bash',
      { source: 'hook', tool_name: 'Bash', duration_ms: 20, session_id: 's1' },
      new Date(t + 3000),
    ),
    newEvent(
      'resource_sample',
      'claude',
      {
        agent_id: 'dashboard',
        payload: {
          interval_ms: 10_000,
          claude: { pids: 2, cpu_pct: 12.5, rss_bytes: 3e8, roots: 1 },
          pack: { pids: 1, cpu_pct: 0.2, rss_bytes: 6e7 },
          machine: { load1: 1, load5: 1, load15: 1, mem_available_bytes: 1e9, mem_total_bytes: 2e9, cpus: 2 },
          cost_ms: 3,
        },
      },
      new Date(t + 4000),
    ),
  ];
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), lines.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const r = await run(process.execPath, [path.join(ROOT, 'dist', 'status.mjs'), '--json', '--no-alerts'], {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: tempDir('home') },
  });
  assert.is(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(
    report.performance.find((p: { component: string }) => p.component === 'build_ms'),
    {
      component: 'build_ms',
      current: 5,
      target: null,
      unit: 'ms',
      trend: '▄',
      status: 'ok',
    },
  );
  assert.ok(
    report.performance.every((p: object) => Object.keys(p).join() === 'component,current,target,unit,trend,status'),
  );
  assert.equal([report.resources.claude.cpu_pct, report.resources.at], [12.5, new Date(t + 4000).toISOString()]);
  assert.equal([report.kpis.validation.success_rate, report.kpis.tools.success_rate], [1, 0.5]);
  assert.equal(Object.keys(report.alerts).slice(0, 4), ['active', 'begun', 'resolved', 'measured']);
});
json.run();
