// KPIs from events (lib/monitor/kpis.ts): each definition on a small hand-made timeline.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { KpiTracker, coverage, validationOutcome, type Interval } from '../../lib/monitor/kpis.ts';

const T0 = Date.parse('2026-11-20T12:00:00.000Z');
const at = (sec: number) => new Date(T0 + sec * 1000);
const ev = (type: string, sec: number, fields: Partial<TwoLEvent> = {}, data = type): TwoLEvent =>
  newEvent(type, data, { source: 'hook', agent_id: 'main', session_id: 's1', ...fields }, at(sec));
const kpis = (events: TwoLEvent[]) => {
  const k = new KpiTracker();
  for (const e of events) k.add(e);
  return k.snapshot();
};

const cover = suite('coverage: time covered by one or more, and by two or more intervals');
const iv = (start: number, end: number, kind: Interval['kind'] = 'tool'): Interval => ({ start, end, kind });
const cases: Array<[string, Interval[], number, number, { any: number; multi: number }]> = [
  ['none', [], 0, 10, { any: 0, multi: 0 }],
  ['one', [iv(2, 5)], 0, 10, { any: 3, multi: 0 }],
  ['overlap', [iv(0, 6), iv(4, 10)], 0, 10, { any: 10, multi: 2 }],
  ['touching is not overlapping', [iv(0, 5), iv(5, 10)], 0, 10, { any: 10, multi: 0 }],
  ['nested, three deep', [iv(0, 10), iv(2, 8), iv(4, 6)], 0, 10, { any: 10, multi: 6 }],
  ['clipped to the window', [iv(-5, 3), iv(-1, 20)], 0, 10, { any: 10, multi: 3 }],
  ['empty and reversed intervals count nothing', [iv(3, 3), iv(8, 2)], 0, 10, { any: 0, multi: 0 }],
];
for (const [name, list, from, to, expected] of cases)
  cover(name, () => assert.equal(coverage(list, from, to), expected));
cover.run();

const validation = suite('validationOutcome: what counts as a pass');
const outcomes: Array<[string, string, unknown, boolean | undefined]> = [
  ['2L data PASS', 'PASS: 214 tests, 0 failures', undefined, true],
  ['data FAIL', 'FAIL: 3 tests failed', undefined, false],
  ['payload passed false wins over the text', 'PASS?', { passed: false }, false],
  ['payload status ok', 'done', { status: 'ok' }, true],
  ['payload outcome failed', 'done', { outcome: 'failed' }, false],
  ['silent', 'validation ran', undefined, undefined],
  ['"passport" is not a pass', 'passport checked', undefined, undefined],
];
for (const [name, data, payload, expected] of outcomes)
  validation(name, () => assert.is(validationOutcome({ data, payload }), expected));
validation.run();

const kpi = suite('KpiTracker');
kpi('success rates: validations and tools; null when nothing was counted', () => {
  const k = kpis([
    ev('validation_result', 0, { source: 'emit' }, 'PASS: ok'),
    ev('validation_result', 1, { source: 'emit' }, 'FAIL: 2'),
    ev('validation_result', 2, { source: 'emit' }, 'PASS'),
    ev('validation_result', 3, { source: 'emit' }, 'ran'),
    ev('tool_complete', 4, { tool_name: 'Bash' }),
    ev('tool_error', 5, { tool_name: 'Bash' }),
    ev('tool_complete', 6, { tool_name: 'Read' }),
  ]);
  assert.equal(k.validation, { passed: 2, failed: 1, success_rate: 2 / 3 });
  assert.equal(k.tools, { succeeded: 2, failed: 1, success_rate: 2 / 3 });
  assert.equal(kpis([ev('session_start', 0)]).tools.success_rate, null);
});
kpi('tasks per hour: iterations and agent completions over the wall time; null under a minute', () => {
  const k = kpis([
    ev('iteration_start', 0, { source: 'emit' }),
    ev('agent_start', 60, { agent_id: 'a1', agent_type: 'Explore' }),
    ev('agent_complete', 600, { agent_id: 'a1', agent_type: 'Explore' }),
    ev('iteration_complete', 1800, { source: 'emit' }),
  ]);
  assert.equal(k.tasks, { iterations: 1, agents_completed: 1, per_hour: 4 });
  assert.is(kpis([ev('iteration_complete', 0), ev('stop', 30)]).tasks.per_hour, null);
});
kpi('utilisation: share of wall time with an agent running; parallel: two or more agents or tools', () => {
  // wall 0..100 s; agent a1 10..60, agent a2 40..80 (overlap 40..60 = 20 s);
  // a tool call 85..95 alone; a tool call 0..10 alone (ends as a1 starts: no overlap)
  const k = kpis([
    ev('session_start', 0),
    ev('tool_complete', 10, { tool_name: 'Read', duration_ms: 10_000 }),
    ev('agent_start', 10, { agent_id: 'a1', agent_type: 'Explore' }),
    ev('agent_start', 40, { agent_id: 'a2', agent_type: 'Plan' }),
    ev('agent_complete', 60, { agent_id: 'a1', agent_type: 'Explore' }),
    ev('agent_complete', 80, { agent_id: 'a2', agent_type: 'Plan' }),
    ev('tool_complete', 95, { tool_name: 'Bash', duration_ms: 10_000 }),
    ev('stop', 100),
  ]);
  assert.equal([k.wall_ms, k.agent_utilisation, k.parallel_ratio], [100_000, 0.7, 0.2]);
});
kpi('an agent still running counts until the newest event; /compact (agent_type "") never counts', () => {
  const k = kpis([
    ev('session_start', 0),
    ev('agent_start', 50, { agent_id: 'a1', agent_type: 'Explore' }),
    ev('agent_start', 0, { agent_id: 'c', agent_type: '' }),
    ev('agent_complete', 90, { agent_id: 'c', agent_type: '' }),
    ev('stop', 100),
  ]);
  assert.equal([k.agent_utilisation, k.tasks.agents_completed], [0.5, 0]);
});
kpi('memory is bounded: only the newest intervals are kept', () => {
  const k = new KpiTracker(10);
  for (let i = 0; i < 1000; i++) k.add(ev('tool_complete', i, { tool_name: 'Read', duration_ms: 500 }));
  const s = k.snapshot();
  assert.is(s.tools.succeeded, 1000);
  assert.ok((s.parallel_ratio ?? 1) === 0);
  assert.ok((k as unknown as { intervals: unknown[] }).intervals.length <= 20);
});
kpi.run();
