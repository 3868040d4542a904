import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sessionDetail } from '../../lib/dashboard/session-detail.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';

const T0 = Date.parse('2026-11-01T10:00:00.000Z');
function hook(type: string, at: number, fields: Partial<TwoLEvent> = {}): TwoLEvent {
  return newEvent(type, type, { source: 'hook', agent_id: 'main', session_id: 's', ...fields }, new Date(T0 + at));
}
function emit(type: string, at: number, fields: Partial<TwoLEvent> = {}): TwoLEvent {
  return newEvent(type, type, { session_id: 's', ...fields }, new Date(T0 + at));
}

const tree = suite('session detail: the agent tree');

tree('subagents sit under the agent whose Agent call spawned them; 2L roles under the orchestrator', () => {
  const events = [
    hook('session_start', 0),
    hook('tool_start', 10, {
      tool_name: 'Agent',
      tool_use_id: 'a1',
      payload: { tool_input: { subagent_type: 'Explore' } },
    }),
    hook('agent_start', 20, { agent_id: 'sub-1', agent_type: 'Explore' }),
    hook('tool_start', 30, { agent_id: 'sub-1', agent_type: 'Explore', tool_name: 'Read', tool_use_id: 'r1' }),
    hook('tool_complete', 60, {
      agent_id: 'sub-1',
      agent_type: 'Explore',
      tool_name: 'Read',
      tool_use_id: 'r1',
      duration_ms: 30,
    }),
    hook('agent_complete', 70, { agent_id: 'sub-1', agent_type: 'Explore' }),
    hook('tool_complete', 80, { tool_name: 'Agent', tool_use_id: 'a1', duration_ms: 70 }),
    emit('plan_start', 90, { agent_id: 'orchestrator' }),
    emit('agent_spawn', 100, { agent_id: 'builder-1' }),
    emit('agent_complete', 200, { agent_id: 'builder-1' }),
    hook('tool_error', 250, { tool_name: 'Bash', tool_use_id: 'b1', duration_ms: 40, error: 'exit 1' }),
  ];
  const d = sessionDetail('s', events, { 'sub-1': 0.25 });
  const shape = d.agents.map((a) => [a.id, a.label, a.parent ?? '', a.status, a.tools, a.failures]);
  assert.equal(shape, [
    ['main', 'main', '', 'running', 2, 1],
    ['sub-1', 'Explore', 'main', 'completed', 1, 0],
    ['2l-orchestrator', '2L orchestrator', 'main', 'running', 0, 0],
    ['builder-1', 'builder', '2l-orchestrator', 'completed', 0, 0],
  ]);
  assert.is(d.agents[1]!.costUsd, 0.25);
  assert.equal(d.agents[1]!.toolNames, [['Read', 1]]);
  const bash = d.spans.find((s) => s.name === 'Bash')!;
  assert.equal([bash.startMs - T0, bash.endMs - T0, bash.error], [210, 250, 'exit 1']);
  assert.equal(
    d.tools.map((t) => [t.name, t.calls, t.failures, t.totalMs]),
    [
      ['Agent', 1, 0, 70],
      ['Bash', 1, 1, 40],
      ['Read', 1, 0, 30],
    ],
  );
});

tree('tool names that share a prefix stay apart', () => {
  const events = [
    hook('tool_complete', 10, { tool_name: 'mcp__github__create_pull_request', tool_use_id: 'x1', duration_ms: 5 }),
    hook('tool_complete', 20, {
      tool_name: 'mcp__github__create_pull_request_review',
      tool_use_id: 'x2',
      duration_ms: 5,
    }),
  ];
  assert.equal(
    sessionDetail('s', events)
      .tools.map((t) => t.name)
      .sort(),
    ['mcp__github__create_pull_request', 'mcp__github__create_pull_request_review'],
  );
});

tree('a session with more tool calls than the waterfall holds keeps the longest and says how many it left out', () => {
  const events: TwoLEvent[] = [];
  for (let i = 0; i < 2100; i++)
    events.push(
      hook('tool_complete', i * 10, { tool_name: 'Read', tool_use_id: `r${i}`, duration_ms: i === 7 ? 5000 : 1 }),
    );
  const d = sessionDetail('s', events);
  assert.is(d.spansOmitted, 100);
  assert.ok(d.spans.some((s) => s.endMs - s.startMs === 5000));
});

tree.run();
