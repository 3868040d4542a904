import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { Summary } from '../../lib/monitor/summary.ts';

const t = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, s)).toISOString();
const hook = (s: number, type: string, fields: Partial<TwoLEvent> = {}): TwoLEvent => ({
  ...newEvent(type, type, { source: 'hook', agent_id: 'main', session_id: 'S1', ...fields }),
  timestamp: t(s),
});
const emit = (s: number, type: string, data: string, fields: Partial<TwoLEvent> = {}): TwoLEvent => ({
  ...newEvent(type, data, fields),
  timestamp: t(s),
});

const session: TwoLEvent[] = [
  hook(0, 'session_start'),
  hook(1, 'tool_start', { tool_name: 'Bash', tool_use_id: 'a' }),
  hook(2, 'tool_complete', { tool_name: 'Bash', tool_use_id: 'a', duration_ms: 10, hook_ms: 40 }),
  hook(3, 'tool_complete', { tool_name: 'Bash', duration_ms: 30, hook_ms: 50 }),
  hook(4, 'tool_error', { tool_name: 'Bash', duration_ms: 20, error: 'Exit code 1', hook_ms: 60 }),
  hook(5, 'tool_complete', { tool_name: 'Bash', duration_ms: 40 }),
  hook(6, 'tool_complete', { tool_name: 'Read', duration_ms: 5 }),
  hook(7, 'agent_start', { agent_id: 'sub1', agent_type: 'general-purpose' }),
  hook(8, 'agent_complete', { agent_id: 'sub1', agent_type: 'general-purpose' }),
  hook(9, 'agent_complete', { agent_id: 'compact', agent_type: '' }),
  hook(10, 'session_end'),
];

const sum = suite('Summary');
sum('tool figures match a hand-computed table', () => {
  const s = new Summary();
  session.forEach((e) => s.add(e));
  const snap = s.snapshot(new Date(t(20)));
  const bash = snap.tools.find((x) => x.tool === 'Bash')!;
  // Bash durations 10, 30, 20, 40 -> sorted 10 20 30 40; nearest rank p50 = 20, p95 = 40
  assert.equal(bash, {
    tool: 'Bash',
    calls: 4,
    failures: 1,
    failure_rate: 0.25,
    denied: 0,
    count: 4,
    sum: 100,
    min: 10,
    max: 40,
    p50: 20,
    p95: 40,
    p99: 40,
  });
  assert.equal(
    snap.tools.map((x) => x.tool),
    ['Bash', 'Read'],
  );
  assert.equal(
    snap.slowest.map((x) => x.duration_ms),
    [40, 30, 20, 10, 5],
  );
  assert.equal(snap.hook_ms, { count: 3, sum: 150, min: 40, max: 60, p50: 50, p95: 60, p99: 60 });
});
sum('sessions, errors and agents', () => {
  const s = new Summary();
  session.forEach((e) => s.add(e));
  const snap = s.snapshot(new Date(t(20)));
  assert.equal(snap.sessions, [
    { id: 'S1', started: t(0), last: t(10), ended: t(10), events: 11, tools: 5, toolErrors: 1, toolDenied: 0 },
  ]);
  assert.is(snap.errors.count, 1);
  assert.is(snap.errors.recent[0]!.error, 'Exit code 1');
  assert.equal(snap.agents.active, []);
  assert.is(snap.agents.completed, 1, 'the /compact fork is not an agent');
  assert.is(snap.by_type.tool_complete, 4);
  assert.equal([snap.first, snap.last, snap.events], [t(0), t(10), 11]);
});
sum('2L orchestration: plan, iteration, phases, agents and orphans', () => {
  const s = new Summary({ orphanAfterMs: 60_000 });
  [
    emit(0, 'plan_start', 'Plan 1', { phase: 'initialization' }),
    emit(1, 'iteration_start', 'Iteration 1'),
    emit(2, 'phase_change', 'Exploration', { phase: 'exploration' }),
    emit(3, 'agent_spawn', 'Explorer', { agent_id: 'explorer-1' }),
    emit(4, 'agent_start', 'Explorer', { agent_id: 'explorer-1' }),
    emit(5, 'agent_spawn', 'Builder', { agent_id: 'builder-1' }),
    emit(50, 'agent_complete', 'done', { agent_id: 'explorer-1' }),
    emit(60, 'phase_change', 'Building', { phase: 'building' }),
  ].forEach((e) => s.add(e));
  let snap = s.snapshot(new Date(t(61)));
  assert.equal(snap.plan, { status: 'running', started: t(0), phase: 'building', iteration: 'Iteration 1' });
  assert.equal(snap.phases, [
    { phase: 'exploration', started: t(2), ended: t(60) },
    { phase: 'building', started: t(60) },
  ]);
  assert.equal(
    snap.agents.active.map((a) => a.agent_id),
    ['builder-1'],
  );
  snap = s.snapshot(new Date(t(120)));
  assert.equal(
    snap.agents.orphaned.map((a) => a.agent_id),
    ['builder-1'],
    'started 115 s ago, never completed',
  );
  s.add(emit(121, 'plan_complete', 'done'));
  snap = s.snapshot(new Date(t(122)));
  assert.equal([snap.plan.status, snap.plan.completed, snap.phases[1]!.ended], ['complete', t(121), t(121)]);
});
sum('an agent left running when its session ended is an orphan at once', () => {
  const s = new Summary();
  s.add(hook(0, 'agent_start', { agent_id: 'x', agent_type: 'Explore' }));
  s.add(hook(1, 'session_end'));
  assert.equal(
    s.snapshot(new Date(t(2))).agents.orphaned.map((a) => a.agent_id),
    ['x'],
  );
});
sum('checks and alerts keep the latest', () => {
  const s = new Summary();
  s.add(emit(0, 'db_check', 'fail'));
  s.add(emit(1, 'db_check', 'ok'));
  s.add(emit(2, 'mcp_check', '2 ok'));
  s.add(emit(3, 'performance_alert', 'hook p95 250 ms > 200 ms'));
  const snap = s.snapshot();
  assert.equal([snap.checks.db?.data, snap.checks.mcp?.data, snap.alerts.length], ['ok', '2 ok', 1]);
});
sum('memory stays bounded: sessions and agents are capped', () => {
  const s = new Summary({ maxSessions: 10, maxAgents: 10 });
  for (let i = 0; i < 1000; i++) {
    s.add(hook(i % 60, 'session_start', { session_id: `s${i}` }));
    s.add(emit(i % 60, 'agent_start', 'a', { agent_id: `a${i}` }));
  }
  const snap = s.snapshot();
  assert.is(snap.sessions.length, 10);
  assert.is(snap.agents.active.length + snap.agents.orphaned.length, 10);
  assert.is(snap.events, 2000);
});
sum('a denied call closes: counted once per call, never as a failure or a duration', () => {
  const s = new Summary();
  [
    hook(0, 'tool_start', { tool_name: 'WebFetch', tool_use_id: 'w' }),
    hook(1, 'tool_denied', { tool_name: 'WebFetch', tool_use_id: 'w' }),
    // Auto mode: PermissionDenied and then the batch both report the same call.
    hook(2, 'tool_denied', { tool_name: 'WebFetch', tool_use_id: 'w' }),
    hook(3, 'tool_start', { tool_name: 'Bash', tool_use_id: 'b' }),
    hook(4, 'tool_complete', { tool_name: 'Bash', tool_use_id: 'b', duration_ms: 10 }),
    // A Bash whose output reads like a denial: the batch calls it denied, it already completed.
    hook(5, 'tool_denied', { tool_name: 'Bash', tool_use_id: 'b' }),
    hook(6, 'tool_start', { tool_name: 'Bash', tool_use_id: 'c' }),
    hook(7, 'tool_error', { tool_name: 'Bash', tool_use_id: 'c', duration_ms: 30, error: 'Exit code 1' }),
  ].forEach((e) => s.add(e));
  const snap = s.snapshot();
  assert.equal(
    snap.tools.map((t) => [t.tool, t.calls, t.failures, t.denied, t.failure_rate, t.count]),
    [
      ['Bash', 2, 1, 0, 0.5, 2],
      ['WebFetch', 1, 0, 1, 0, 0],
    ],
  );
  assert.equal(
    snap.sessions.map((x) => [x.tools, x.toolErrors, x.toolDenied]),
    [[3, 1, 1]],
  );
  assert.is(snap.errors.count, 1, 'a denial is not an error');
});
sum('malformed lines are counted', () => {
  const s = new Summary();
  s.addMalformed();
  s.addMalformed();
  assert.is(s.snapshot().malformed, 2);
});
sum.run();
