import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import {
  escapeLabelValue,
  formatValue,
  MAX_METRIC_SERIES,
  MAX_TOOL_LABELS,
  renderPrometheus,
} from '../../lib/monitor/prometheus.ts';
import type { TargetStatus } from '../../lib/monitor/alerts.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { runSync } from '../util/run.ts';

const NOW = new Date('2026-11-20T12:00:00.000Z');

function at(sec: number): Date {
  return new Date(NOW.getTime() - 600_000 + sec * 1000);
}

function hookEvent(type: string, sec: number, fields: Partial<TwoLEvent> = {}): TwoLEvent {
  return newEvent(type, `${type} ${sec}`, { source: 'hook', agent_id: 'main', session_id: 's1', ...fields }, at(sec));
}

/** Real promtool: exit 0 and nothing on stdout/stderr means no parse error and no lint complaint. */
function promtool(text: string): { code: number | null; out: string } {
  const r = runSync('promtool', ['check', 'metrics'], { input: text });
  return { code: r.code, out: `${r.stdout}${r.stderr}`.trim() };
}

/** `name{labels}` -> value, from the exposition text. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    const v = line.slice(i + 1);
    out.set(line.slice(0, i), v === '+Inf' ? Infinity : Number(v));
  }
  return out;
}

function realistic(): Summary {
  const s = new Summary();
  const events: TwoLEvent[] = [
    newEvent('plan_start', 'Build the dashboard', { phase: 'planning' }, at(0)),
    newEvent('phase_change', 'exploration', { phase: 'exploration' }, at(1)),
    hookEvent('session_start', 2, { hook_ms: 3.2 }),
    hookEvent('agent_start', 3, { agent_id: 'a1', agent_type: 'general-purpose', hook_ms: 2.5 }),
    hookEvent('tool_complete', 4, { tool_name: 'Bash', duration_ms: 31, hook_ms: 4 }),
    hookEvent('tool_complete', 5, { tool_name: 'Bash', duration_ms: 1200, hook_ms: 4.5 }),
    hookEvent('tool_error', 6, { tool_name: 'Bash', duration_ms: 37, error: 'Exit code 3', hook_ms: 5 }),
    hookEvent('tool_complete', 7, { tool_name: 'Read', duration_ms: 0.4 }),
    hookEvent('tool_complete', 8, { tool_name: 'mcp__plugin_x "q"\\\nline', duration_ms: 700_000 }),
    hookEvent('agent_complete', 9, { agent_id: 'a1', agent_type: 'general-purpose' }),
    newEvent('agent_start', 'builder-1 starts', { agent_id: 'builder-1' }, at(10)),
  ];
  for (const e of events) s.add(e);
  s.addMalformed();
  s.addMalformed();
  return s;
}

const lint = suite('promtool check metrics');
lint('an empty summary passes with no complaint', () => {
  const r = promtool(renderPrometheus(new Summary(), NOW));
  assert.equal(r, { code: 0, out: '' });
});
lint('a realistic summary passes with no complaint', () => {
  const r = promtool(renderPrometheus(realistic(), NOW));
  assert.equal(r, { code: 0, out: '' });
});
lint('promtool does complain about a broken exposition (the check can fail)', () => {
  const r = promtool('# TYPE twol_x counter\ntwol_x 1\n');
  assert.is.not(r.code, 0);
  assert.match(r.out, /_total/);
});
lint.run();

const figures = suite('figures match the summary');
figures('counters, gauges and labels', () => {
  const text = renderPrometheus(realistic(), NOW);
  const m = samples(text);
  assert.is(m.get('twol_events_total{type="tool_complete"}'), 4);
  assert.is(m.get('twol_events_total{type="tool_error"}'), 1);
  assert.is(m.get('twol_malformed_lines_total'), 2);
  assert.is(m.get('twol_errors_total'), 1);
  assert.is(m.get('twol_sessions{state="open"}'), 1);
  assert.is(m.get('twol_sessions{state="ended"}'), 0);
  assert.is(m.get('twol_agents{state="active"}'), 1);
  assert.is(m.get('twol_agents_completed_total'), 1);
  assert.is(m.get('twol_plan_status{status="running"}'), 1);
  assert.is(m.get('twol_plan_status{status="none"}'), 0);
  assert.is(m.get('twol_phases'), 1);
  assert.is(m.get('twol_tool_calls_total{tool="Bash"}'), 3);
  assert.is(m.get('twol_tool_failures_total{tool="Bash"}'), 1);
  assert.is(m.get('twol_last_event_timestamp_seconds'), at(10).getTime() / 1000);
});
figures('the sum of events_total is the event count', () => {
  const s = realistic();
  let total = 0;
  for (const [k, v] of samples(renderPrometheus(s, NOW))) if (k.startsWith('twol_events_total{')) total += v;
  assert.is(total, s.events);
});
figures('histograms are cumulative, in seconds, +Inf equals count', () => {
  const m = samples(renderPrometheus(realistic(), NOW));
  const b = (le: string) => m.get(`twol_tool_duration_seconds_bucket{tool="Bash",le="${le}"}`);
  assert.is(b('0.025'), 0);
  assert.is(b('0.05'), 2); // 31 ms and 37 ms
  assert.is(b('1'), 2);
  assert.is(b('0.5'), 2);
  assert.is(b('2'), 3); // 1200 ms
  assert.is(b('+Inf'), 3);
  assert.is(m.get('twol_tool_duration_seconds_count{tool="Bash"}'), 3);
  assert.is(m.get('twol_tool_duration_seconds_sum{tool="Bash"}'), 1.268);
  assert.is(m.get('twol_hook_duration_seconds_count'), 5);
  assert.is(m.get('twol_hook_duration_seconds_bucket{le="0.005"}'), 5);
  assert.is(m.get('twol_hook_duration_seconds_bucket{le="0.001"}'), 0);
});
figures('a call slower than the largest bucket only lands in +Inf', () => {
  const m = samples(renderPrometheus(realistic(), NOW));
  const tool = escapeLabelValue('mcp__plugin_x "q"\\\nline');
  assert.is(m.get(`twol_tool_duration_seconds_bucket{tool="${tool}",le="600"}`), 0);
  assert.is(m.get(`twol_tool_duration_seconds_bucket{tool="${tool}",le="+Inf"}`), 1);
});
figures('histogram counts stay exact past the exact-sample limit', () => {
  const s = new Summary();
  for (let i = 0; i < 10_000; i++)
    s.add(hookEvent('tool_complete', i / 100, { tool_name: 'Grep', duration_ms: i % 2 === 0 ? 3 : 700 }));
  const m = samples(renderPrometheus(s, NOW));
  assert.is(m.get('twol_tool_duration_seconds_bucket{tool="Grep",le="0.005"}'), 5000);
  assert.is(m.get('twol_tool_duration_seconds_bucket{tool="Grep",le="1"}'), 10_000);
  assert.is(m.get('twol_tool_duration_seconds_sum{tool="Grep"}'), 3_515);
});
figures.run();

const escaping = suite('escaping');
const labelCases: Array<[string, string]> = [
  ['plain', 'plain'],
  ['a"b', 'a\\"b'],
  ['a\\b', 'a\\\\b'],
  ['a\nb', 'a\\nb'],
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
];
for (const [input, want] of labelCases)
  escaping(`label value ${JSON.stringify(input)}`, () => assert.is(escapeLabelValue(input), want));
const valueCases: Array<[number, string]> = [
  [0, '0'],
  [1.5, '1.5'],
  [Infinity, '+Inf'],
  [-Infinity, '-Inf'],
  [Number.NaN, 'NaN'],
];
for (const [input, want] of valueCases) escaping(`value ${input}`, () => assert.is(formatValue(input), want));
escaping('a hostile tool name stays on one line and inside its quotes', () => {
  const text = renderPrometheus(realistic(), NOW);
  const lines = text.split('\n').filter((l) => l.includes('mcp__plugin_x'));
  assert.is(lines.length, 17 + 2 + 2); // 16 buckets and +Inf, sum, count; calls, failures
  for (const l of lines) assert.match(l, /^twol_tool_\w+\{tool="mcp__plugin_x \\"q\\"\\\\\\nline"/);
});
escaping.run();

const bounded = suite('bounded label cardinality (tool names are the repository to choose)');
bounded('past MAX_TOOL_LABELS tools, the rest are summed into tool="other"; totals are kept', () => {
  const s = new Summary();
  const n = MAX_TOOL_LABELS + 25;
  for (let i = 0; i < n; i++)
    s.add(hookEvent('tool_complete', i / 10, { tool_name: `mcp__x__t${i}`, duration_ms: 100 + i }));
  const text = renderPrometheus(s, NOW);
  const m = samples(text);
  const tools = new Set([...text.matchAll(/^twol_tool_calls_total\{tool="([^"]*)"\}/gm)].map((x) => x[1]));
  assert.is(tools.size, MAX_TOOL_LABELS);
  assert.ok(tools.has('other'));
  assert.ok(tools.has('mcp__x__t0'), 'the first tools seen keep their series');
  assert.not.ok(tools.has(`mcp__x__t${n - 1}`));
  assert.is(m.get('twol_tool_calls_total{tool="other"}'), n - (MAX_TOOL_LABELS - 1));
  const sumOf = (re: RegExp) => [...m].filter(([k]) => re.test(k)).reduce((a, [, v]) => a + v, 0);
  assert.is(sumOf(/^twol_tool_duration_seconds_count/), n);
  assert.is(sumOf(/^twol_tool_duration_seconds_bucket\{.*le="\+Inf"/), n);
});
bounded('a tool that calls itself "other" does not merge with the overflow', () => {
  const s = new Summary();
  s.add(hookEvent('tool_complete', 0, { tool_name: 'other', duration_ms: 5 }));
  assert.is(samples(renderPrometheus(s, NOW)).get('twol_tool_calls_total{tool="other_"}'), 1);
});
bounded('custom metric series past MAX_METRIC_SERIES are counted, not exposed', () => {
  const s = new Summary();
  for (let i = 0; i < MAX_METRIC_SERIES + 7; i++)
    s.add(
      newEvent(
        'metric',
        'm',
        { payload: { name: 'build_ms', value: i, labels: { branch: `b${i}` } } },
        new Date(NOW.getTime() - 1000),
      ),
    );
  const text = renderPrometheus(s, NOW);
  assert.is(text.match(/^twol_metric_value\{/gm)?.length, MAX_METRIC_SERIES);
  assert.is(samples(text).get('twol_label_overflow{family="metric_value"}'), 7);
});
bounded.run();

const alertFamilies = suite('alert states');
alertFamilies('one state gauge per target (1 for the current state), threshold and value', () => {
  const rows: TargetStatus[] = [
    {
      component: 'Bash p95',
      key: 'tool_p95_ms.Bash',
      current: 150_000,
      target: 120_000,
      unit: 'ms',
      status: 'firing',
      severity: 'critical',
      samples: 30,
    },
    { component: 'hook', key: 'hook_ms', current: null, target: 200, unit: 'ms', status: 'ok', samples: 0 },
  ];
  const text = renderPrometheus(new Summary(), NOW, rows);
  const m = samples(text);
  assert.is(m.get('twol_alert_state{target="tool_p95_ms.Bash",severity="critical",state="firing"}'), 1);
  assert.is(m.get('twol_alert_state{target="tool_p95_ms.Bash",severity="critical",state="ok"}'), 0);
  assert.is(m.get('twol_alert_state{target="hook_ms",severity="none",state="ok"}'), 1);
  assert.is(m.get('twol_target_threshold{target="hook_ms",unit="ms"}'), 200);
  assert.is(m.get('twol_target_value{target="tool_p95_ms.Bash",unit="ms"}'), 150_000);
  assert.not.ok(text.includes('twol_target_value{target="hook_ms"'), 'no value without data');
});
alertFamilies.run();
