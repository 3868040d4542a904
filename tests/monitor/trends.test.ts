// Trends per component across sessions (lib/monitor/trends.ts): median, spread, the regression rule.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import { DEFAULT_TREND_RULE, SessionTrends } from '../../lib/monitor/trends.ts';

const at = new Date('2026-01-01T00:00:00Z');
const tool = (session: string, ms: number, error = false) =>
  newEvent(
    error ? 'tool_error' : 'tool_complete',
    'Bash',
    { session_id: session, tool_name: 'Bash', duration_ms: ms },
    at,
  );
const metric = (session: string, value: number) =>
  newEvent('metric', 'm', { session_id: session, payload: { name: 'pass_rate', value, unit: 'ratio' } }, at);

/** `figures[i]` per session: 10 calls each taking that long. */
function feed(figures: number[], make = tool): SessionTrends {
  const t = new SessionTrends();
  figures.forEach((v, i) => {
    for (let k = 0; k < 10; k++) t.add(make(`s${i}`, v));
  });
  return t;
}

const rule = suite('trends: the regression rule');
const cases: Array<[string, number[], boolean]> = [
  ['steady sessions, then twice as slow: a regression', [100, 110, 90, 100, 200], true],
  ['within 25 % of the median: none', [100, 110, 90, 100, 120], false],
  ['only two earlier sessions: never flagged, however far', [100, 100, 900], false],
  ['noisy history: three spreads are the margin', [50, 150, 60, 140, 100, 190], false],
  ['a few ms over a tiny median is under the absolute floor', [1, 1, 1, 1, 15], false],
];
for (const [name, figures, flagged] of cases)
  rule(name, () => {
    const tr = feed(figures).trends().get('tool.Bash.p95')!;
    assert.is(tr.regression !== undefined, flagged, tr.regression);
    assert.is(tr.current, figures.at(-1));
    assert.is(tr.values.length, figures.length);
  });
rule('median and spread (median absolute deviation) of the previous sessions', () => {
  const tr = feed([100, 110, 90, 100, 200]).trends().get('tool.Bash.p95')!;
  assert.equal([tr.median, tr.spread, tr.previous], [100, 5, 4]);
  assert.match(tr.regression!, /200 ms this session vs median 100 ms of 4 before \(\+100 %\)/);
});
rule('a session with fewer than min_samples calls has no figure', () => {
  const t = feed([100, 100, 100]);
  for (let k = 0; k < DEFAULT_TREND_RULE.min_samples - 1; k++) t.add(tool('late', 5000));
  const tr = t.trends().get('tool.Bash.p95')!;
  assert.is(tr.current, null, 'the current session is too short to judge');
});
rule('a floor metric regresses downwards', () => {
  const t = feed([0.95, 0.96, 0.94, 0.95, 0.5], metric);
  const up = t.trends().get('metric.pass_rate')!;
  assert.is(up.regression, undefined, 'lower is not worse unless the target is a floor');
  const down = t.trends(DEFAULT_TREND_RULE, new Set(['metric.pass_rate'])).get('metric.pass_rate')!;
  assert.ok(down.regression);
});
rule('the failure rate per session', () => {
  const t = new SessionTrends();
  for (let i = 0; i < 4; i++) for (let k = 0; k < 10; k++) t.add(tool(`s${i}`, 1, i === 3 && k < 5));
  const tr = t.trends().get('tool_failure_rate')!;
  assert.equal([tr.values, tr.regression !== undefined], [[0, 0, 0, 0.5], true]);
});
rule.run();

const bounds = suite('trends: bounded memory');
bounds('a log naming thousands of sessions keeps only the newest', () => {
  const t = new SessionTrends();
  for (let i = 0; i < 5000; i++) for (let k = 0; k < 5; k++) t.add(tool(`s${i}`, i));
  const tr = t.trends().get('tool.Bash.p95')!;
  assert.is(tr.current, 4999);
  assert.is(tr.previous, DEFAULT_TREND_RULE.sessions);
});
bounds.run();

const kept = suite('trends: state kept beside an archive');
kept('two stretches merged from their states trend as one pass', () => {
  const events = Array.from({ length: 400 }, (_, i) => ({
    ...newEvent('tool_complete', 'x', {
      source: 'hook',
      session_id: `s${Math.floor(i / 40)}`,
      tool_name: 'Bash',
      duration_ms: 10 + (i % 17) * (i > 360 ? 9 : 1),
      hook_ms: 1 + (i % 5),
    }),
  }));
  const whole = new SessionTrends();
  for (const e of events) whole.add(e);
  const first = new SessionTrends();
  for (const e of events.slice(0, 150)) first.add(e);
  const merged = new SessionTrends();
  assert.ok(merged.mergeState(JSON.parse(JSON.stringify(first.toState()))));
  for (const e of events.slice(150)) merged.add(e);
  assert.equal([...merged.trends()], [...whole.trends()]);
});
const plantedStates: Array<[string, unknown]> = [
  ['not a list', { a: 1 }],
  ['a cell of another kind', [['s1', [['k', 'max', 'ms', 1, 0, [1]]]]]],
  ['a count as text', [['s1', [['k', 'p95', 'ms', '1', 0, [1]]]]]],
  ['a value that is not a number', [['s1', [['k', 'p95', 'ms', 1, 0, ['1']]]]]],
  ['too many values', [['s1', [['k', 'p95', 'ms', 1, 0, Array(501).fill(1)]]]]],
  ['too many sessions', Array.from({ length: 61 }, (_, i) => [`s${i}`, []])],
];
for (const [name, state] of plantedStates)
  kept(`refused whole: ${name}`, () => {
    const t = new SessionTrends();
    t.add(newEvent('tool_complete', 'x', { source: 'hook', session_id: 's0', tool_name: 'Bash', duration_ms: 5 }));
    const before = JSON.stringify(t.toState());
    assert.is(t.mergeState(state), false);
    assert.is(JSON.stringify(t.toState()), before);
  });
kept.run();
