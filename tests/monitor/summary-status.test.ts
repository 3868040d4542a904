/** Summary figures `/2l-status` reports, checked against tables computed by hand. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { at, hookEvent, toolCall } from '../util/perf-fixtures.ts';

const tools = suite('summary: per-tool table');
tools('counts, failure rate and nearest-rank percentiles', () => {
  const s = new Summary();
  // Bash: 10 calls, durations 10..100 ms, calls 3 and 7 failed.
  for (let i = 1; i <= 10; i++) {
    const failed = i === 3 || i === 7;
    s.add(
      hookEvent(failed ? 'tool_error' : 'tool_complete', i, {
        tool_name: 'Bash',
        duration_ms: i * 10,
        error: failed ? 'exit 1' : undefined,
      }),
    );
  }
  // Read: 4 calls 5, 1, 3, 2 ms (unordered).
  for (const [i, d] of [5, 1, 3, 2].entries()) s.add(toolCall('Read', d, 20 + i));
  // A tool_complete with no tool_name or duration is counted by type only.
  s.add(hookEvent('tool_complete', 30));
  const snap = s.snapshot(at(40));
  /*
   * Bash sorted: 10 20 30 40 50 60 70 80 90 100, n = 10
   *   p50: rank ceil(5)    = 5  -> 50
   *   p95: rank ceil(9.5)  = 10 -> 100
   *   p99: rank ceil(9.9)  = 10 -> 100
   * Read sorted: 1 2 3 5, n = 4
   *   p50: rank 2 -> 2; p95: rank ceil(3.8) = 4 -> 5; p99: rank 4 -> 5
   */
  assert.equal(
    snap.tools.map((t) => [t.tool, t.calls, t.failures, t.failure_rate, t.p50, t.p95, t.p99, t.max, t.min, t.sum]),
    [
      ['Bash', 10, 2, 0.2, 50, 100, 100, 100, 10, 550],
      ['Read', 4, 0, 0, 2, 5, 5, 5, 1, 11],
    ],
  );
  assert.equal(snap.by_type, { tool_complete: 13, tool_error: 2 });
  assert.equal(
    snap.slowest.slice(0, 3).map((c) => [c.tool, c.duration_ms, c.failed]),
    [
      ['Bash', 100, false],
      ['Bash', 90, false],
      ['Bash', 80, false],
    ],
  );
  assert.is(snap.errors.count, 2);
});
tools.run();

const sessions = suite('summary: sessions, agents, plan');
sessions('session durations and counts', () => {
  const s = new Summary();
  s.add(hookEvent('session_start', 0, { session_id: 'a' }));
  s.add(toolCall('Read', 5, 10, { session_id: 'a' }));
  s.add(hookEvent('tool_error', 20, { session_id: 'a', tool_name: 'Bash', duration_ms: 7, error: 'x' }));
  s.add(hookEvent('session_end', 65, { session_id: 'a' }));
  s.add(hookEvent('session_start', 30, { session_id: 'b' }));
  s.add(toolCall('Read', 5, 90, { session_id: 'b' }));
  const snap = s.snapshot(at(100));
  assert.equal(
    snap.sessions.map((x) => [
      x.id,
      x.events,
      x.tools,
      x.toolErrors,
      x.ended !== undefined,
      (Date.parse(x.ended ?? x.last) - Date.parse(x.started)) / 1000,
    ]),
    [
      ['a', 4, 2, 1, true, 65],
      ['b', 2, 1, 0, false, 60],
    ],
  );
});
sessions('active and orphaned agents; compaction is not an agent', () => {
  const s = new Summary({ orphanAfterMs: 600_000 });
  s.add(newEvent('agent_spawn', 'builder-1', { agent_id: 'builder-1', phase: 'building' }, at(0)));
  s.add(newEvent('agent_start', 'builder-1', { agent_id: 'builder-1' }, at(1)));
  s.add(newEvent('agent_spawn', 'old', { agent_id: 'old' }, at(-3600)));
  s.add(hookEvent('agent_start', 5, { agent_id: 'sub1', agent_type: 'general-purpose' }));
  s.add(hookEvent('agent_complete', 6, { agent_id: 'compact', agent_type: '' }));
  s.add(hookEvent('agent_start', 7, { agent_id: 'sub2', agent_type: 'Explore' }));
  s.add(hookEvent('agent_complete', 9, { agent_id: 'sub2', agent_type: 'Explore' }));
  const snap = s.snapshot(at(10));
  assert.equal(snap.agents.active.map((a) => a.agent_id).sort(), ['builder-1', 'sub1']);
  assert.equal(
    snap.agents.orphaned.map((a) => a.agent_id),
    ['old'],
  );
  assert.is(snap.agents.completed, 1);
});
sessions('plan, iteration and phase', () => {
  const s = new Summary();
  s.add(newEvent('plan_start', 'plan', { phase: 'exploration' }, at(0)));
  s.add(newEvent('iteration_start', '2', {}, at(1)));
  s.add(newEvent('phase_change', 'x', { phase: 'building' }, at(2)));
  const snap = s.snapshot(at(3));
  assert.equal([snap.plan.status, snap.plan.iteration, snap.plan.phase], ['running', '2', 'building']);
});
sessions.run();

const hook = suite('summary: hook overhead and pipeline errors');
hook('hook_ms percentiles; unreadable payloads counted apart from tool errors', () => {
  const s = new Summary();
  // hook_ms 1..20: p50 rank 10 -> 10, p95 rank 19 -> 19, p99 rank 20 -> 20.
  for (let i = 1; i <= 20; i++) s.add(hookEvent('stop', i, { hook_ms: i }));
  s.add(hookEvent('user_prompt', 21, { error: 'empty hook payload' }));
  s.add(hookEvent('tool_error', 22, { tool_name: 'Bash', error: 'exit 2' }));
  s.add(newEvent('note', 'emitted with error', { error: 'x' }, at(23)));
  const snap = s.snapshot(at(30));
  assert.equal(
    [snap.hook_ms.count, snap.hook_ms.p50, snap.hook_ms.p95, snap.hook_ms.p99, snap.hook_ms.max],
    [20, 10, 19, 20, 20],
  );
  assert.is(snap.pipeline_errors, 1);
});
hook('active alerts follow breach/resolved by key; unkeyed alerts are listed but not active', () => {
  const s = new Summary();
  const alert = (key: string, state: string, sec: number) =>
    newEvent('performance_alert', `${key} ${state}`, { payload: { key, state } }, at(sec));
  s.add(alert('hook_ms.p95', 'breach', 0));
  s.add(alert('tool.Bash.p95', 'breach', 1));
  s.add(alert('hook_ms.p95', 'resolved', 2));
  s.add(newEvent('performance_alert', 'free-form', {}, at(3)));
  const snap = s.snapshot(at(4));
  assert.equal(
    snap.active_alerts.map((e) => (e.payload as { key: string }).key),
    ['tool.Bash.p95'],
  );
  assert.is(snap.alerts.length, 4);
});
hook.run();
