import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LiveMetrics, measureBudgets, MAX_SAMPLES } from '../../lib/monitor/live-metrics.ts';
import { defaultPerfConfig, parsePerfConfig } from '../../lib/monitor/config.ts';
import { newEvent } from '../../lib/events/format.ts';
import { CostModel } from '../../lib/monitor/cost.ts';
import { PRICES } from '../../lib/monitor/pricing.ts';
import { at, hookEvent, toolCall } from '../util/perf-fixtures.ts';

const HOUR = 3_600_000;
const byKey = (ms: ReturnType<LiveMetrics['measure']>) => Object.fromEntries(ms.map((x) => [x.key, x]));
const feed = (events: Parameters<LiveMetrics['add']>[0][], window = HOUR) => {
  const lm = new LiveMetrics(window);
  for (const e of events) lm.add(e, at(10_000).getTime());
  return lm;
};

const rates = suite('live metrics: the tool failure rate and the hook error rate are two rates');
rates('a 33 % tool failure rate is measured (and breaches the 10 % default); the hook error rate stays 0', () => {
  const events = [];
  for (let i = 0; i < 20; i++) events.push(toolCall('Read', 5, i));
  for (let i = 0; i < 10; i++)
    events.push(hookEvent('tool_error', 20 + i, { tool_name: 'Bash', duration_ms: 9, error: 'exit 1' }));
  const got = byKey(feed(events).measure(defaultPerfConfig(), at(60).getTime()));
  assert.is(got.tool_failure_rate!.value, 10 / 30);
  assert.ok(got.tool_failure_rate!.value > got.tool_failure_rate!.target);
  assert.is(got.tool_failure_rate!.critical, 0.2);
  assert.is(got.error_rate!.value, 0, 'a failed tool is not a failure of the hook');
  assert.is(got.error_rate!.label, 'hook error rate');
});
rates('unreadable lines and unreadable hook payloads count toward the hook error rate only', () => {
  const lm = feed(Array.from({ length: 18 }, (_, i) => hookEvent('stop', i)));
  lm.add(hookEvent('user_prompt', 19, { error: 'hook payload is not JSON' }), at(10_000).getTime());
  lm.addMalformed(at(20).getTime());
  const got = byKey(lm.measure(defaultPerfConfig(), at(60).getTime()));
  assert.is(got.error_rate!.value, 2 / 20);
  assert.is(got.tool_failure_rate, undefined, 'no tool calls: nothing to judge');
});
rates('events older than the window age out', () => {
  const events = Array.from({ length: 30 }, (_, i) => hookEvent('tool_error', i, { tool_name: 'Bash', error: 'x' }));
  const lm = feed(events, 60_000);
  assert.ok(byKey(lm.measure(defaultPerfConfig(), at(40).getTime())).tool_failure_rate);
  assert.equal(lm.measure(defaultPerfConfig(), at(400).getTime()), []);
});
rates.run();

const timings = suite('live metrics: spawn, session init, metrics, pipeline time');
timings("agent spawn: SubagentStart or 2L agent_spawn → the agent's first tool call", () => {
  const cfg = defaultPerfConfig();
  const events = [];
  for (let i = 0; i < 5; i++) {
    events.push(hookEvent('agent_start', i * 100, { agent_id: `a${i}`, agent_type: 'Explore' }));
    events.push(toolCall('Read', 5, i * 100 + 12, { agent_id: `a${i}` }));
  }
  events.push(newEvent('agent_spawn', 'builder', { agent_id: 'b1' }, at(900)));
  events.push(toolCall('Read', 5, 903, { agent_id: 'b1' }));
  // /compact's forked agent has an empty type: not an agent that spawns.
  events.push(hookEvent('agent_start', 950, { agent_id: 'compact', agent_type: '' }));
  events.push(toolCall('Read', 5, 990, { agent_id: 'compact' }));
  const got = byKey(feed(events).measure(cfg, at(1000).getTime()));
  assert.is(got['agent_spawn_ms.p95']!.value, 12_000);
  assert.is(got['agent_spawn_ms.p95']!.samples, 6);
  assert.ok(got['agent_spawn_ms.p95']!.value > got['agent_spawn_ms.p95']!.target);
});
timings('session init: SessionStart (startup) → the first prompt; resumed sessions are not starts', () => {
  const events = [];
  for (let i = 0; i < 5; i++) {
    events.push(hookEvent('session_start', i * 100, { session_id: `s${i}`, payload: { source: 'startup' } }));
    events.push(hookEvent('user_prompt', i * 100 + 2, { session_id: `s${i}` }));
    events.push(hookEvent('user_prompt', i * 100 + 50, { session_id: `s${i}` }));
  }
  events.push(hookEvent('session_start', 600, { session_id: 'r', payload: { source: 'resume' } }));
  events.push(hookEvent('user_prompt', 900, { session_id: 'r' }));
  const got = byKey(feed(events).measure(defaultPerfConfig(), at(1000).getTime()));
  assert.equal([got['session_init_ms.p95']!.value, got['session_init_ms.p95']!.samples], [2000, 5]);
});
timings('custom metric targets: any name, its stat and direction; other names are not judged', () => {
  const { config } = parsePerfConfig(
    `performance:\n  targets:\n    metrics:\n      build_time: { max: 30000, unit: ms }\n      pass_rate: { min: 0.9, stat: mean, unit: ratio }\n`,
    'c',
  );
  const metric = (name: string, value: number, sec: number) =>
    newEvent('metric', name, { payload: { name, value, labels: { job: 'x' } } }, at(sec));
  const lm = feed([
    metric('build_time', 45_000, 1),
    metric('pass_rate', 0.8, 2),
    metric('pass_rate', 0.9, 3),
    metric('unjudged', 1e9, 4),
    newEvent('metric', 'bad', { payload: { name: 'build_time', value: 'lots' } }, at(5)),
  ]);
  const got = byKey(lm.measure(config, at(60).getTime()));
  assert.equal(Object.keys(got).sort(), ['metric.build_time', 'metric.pass_rate']);
  assert.equal([got['metric.build_time']!.value, got['metric.build_time']!.samples], [45_000, 1]);
  assert.equal([got['metric.pass_rate']!.value.toFixed(6), got['metric.pass_rate']!.below], ['0.850000', true]);
});
timings('the pipeline time per event is a target that can fire', () => {
  const cfg = defaultPerfConfig();
  const lm = new LiveMetrics(HOUR);
  for (let i = 0; i < 25; i++) lm.addProcessing(i < 24 ? 3 : 400, at(i).getTime());
  assert.is(
    byKey(lm.measure(cfg, at(30).getTime())).event_processing_ms!.value,
    3,
    'one slow event in 25 is not the p95',
  );
  for (let i = 0; i < 5; i++) lm.addProcessing(400, at(30).getTime());
  const got = byKey(lm.measure(cfg, at(31).getTime())).event_processing_ms!;
  assert.equal([got.value, got.target], [400, 250]);
});
timings('memory stays bounded: a series keeps its newest samples only', () => {
  const lm = new LiveMetrics(HOUR);
  for (let i = 0; i < MAX_SAMPLES * 5; i++)
    lm.add(toolCall('Read', i < MAX_SAMPLES * 4 ? 99_999 : 1, 1), at(10).getTime());
  const got = byKey(lm.measure(defaultPerfConfig(), at(10).getTime()))['tool.Read.p95']!;
  assert.equal([got.value, got.samples], [1, MAX_SAMPLES]);
});
timings.run();

const budgets = suite('live metrics: cost budgets as targets (crossings from cost.ts)');
budgets('the most expensive session against session_usd, today against daily_usd', () => {
  const model = new CostModel(PRICES);
  const snap = model.snapshot(at(0), { session_usd: 5, daily_usd: 40 });
  snap.sessions = [
    { ...snap.totals, session: 'aaaaaaaa-1', usd: 2, first: '', last: '' },
    { ...snap.totals, session: 'bbbbbbbb-2', usd: 6, first: '', last: '' },
  ];
  snap.budgets.alerts = [{ budget: 'session_usd', session: 'bbbbbbbb-2', usd: 6, limit: 5 }];
  snap.today.usd = 10;
  const got = byKey(measureBudgets(snap));
  assert.equal(
    [got['budget.session_usd']!.value, got['budget.session_usd']!.label, got['budget.session_usd']!.critical],
    [6, 'session cost (bbbbbbbb)', 5],
  );
  assert.equal([got['budget.daily_usd']!.value, got['budget.daily_usd']!.target], [10, 40]);
  assert.equal(measureBudgets(model.snapshot(at(0), { session_usd: null, daily_usd: null })), []);
});
budgets.run();
