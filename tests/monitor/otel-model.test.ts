import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ERROR_EVENT_TYPES,
  HOOK_EVENT_MAP,
  newEvent,
  ORCHESTRATION_TYPES,
  TOOL_TYPES,
  WARNING_EVENT_TYPES,
  type TwoLEvent,
} from '../../lib/events/format.ts';
import { OtelModel, severityOf, type ModelOp } from '../../lib/monitor/otel-model.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { logUidOf, spanIdOf, traceIdOf } from '../../lib/monitor/otel-ids.ts';

const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const at = (ms: number, type: string, fields: Partial<TwoLEvent> = {}, data = type) =>
  newEvent(type, data, { source: 'hook', agent_id: 'main', ...fields }, new Date(T0 + ms));
const run = (events: TwoLEvent[]) => {
  const m = new OtelModel();
  const ops = events.flatMap((e) => m.add(e));
  return { m, ops: [...ops, ...m.finish()] };
};
const shape = (ops: ModelOp[]) =>
  ops.map((o) =>
    o.op === 'log'
      ? `log ${o.eventName}${o.spanKey ? ` @${o.spanKey}` : ''}`
      : o.op === 'open'
        ? `open ${o.key}${o.parentKey ? ` <${o.parentKey}` : ''} ${o.startMs - T0}`
        : `close ${o.key} ${o.endMs - T0}${o.error ? ` !${o.error}` : ''}`,
  );

const order = suite('OtelModel: operations in order');
const cases: Array<[string, TwoLEvent[], string[]]> = [
  [
    'a tool call inside a session',
    [
      at(0, 'session_start', { session_id: 'S' }),
      at(10, 'tool_start', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A' }),
      at(40, 'tool_complete', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A', duration_ms: 25 }),
    ],
    [
      'open s:S 0',
      'log 2l.session_start @s:S',
      'open t:S:A <s:S 10',
      'log 2l.tool_start @t:S:A',
      'log 2l.tool_complete @t:S:A',
      'close t:S:A 40',
      'close s:S 40',
    ],
  ],
  [
    'a failure sets the error, the start outside the input is rebuilt from duration_ms',
    [at(100, 'tool_error', { session_id: 'S', tool_name: 'Read', tool_use_id: 'B', duration_ms: 30, error: 'boom' })],
    ['open s:S 100', 'open t:S:B <s:S 70', 'log 2l.tool_error @t:S:B', 'close t:S:B 100 !boom', 'close s:S 100'],
  ],
  [
    "a call that never completes closes at its session's last event",
    [
      at(0, 'tool_start', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'C' }),
      at(500, 'stop', { session_id: 'S' }),
    ],
    [
      'open s:S 0',
      'open t:S:C <s:S 0',
      'log 2l.tool_start @t:S:C',
      'log 2l.stop @s:S',
      'close t:S:C 500',
      'close s:S 500',
    ],
  ],
  [
    'events without a session are logs only; a tool call without one is a root span',
    [
      at(0, 'plan_start', { source: 'emit' }),
      at(5, 'tool_start', { tool_name: 'X', tool_use_id: 'D' }),
      at(9, 'tool_complete', { tool_name: 'X', tool_use_id: 'D' }),
    ],
    ['log 2l.plan_start', 'open t::D 5', 'log 2l.tool_start @t::D', 'log 2l.tool_complete @t::D', 'close t::D 9'],
  ],
  [
    'a repeated tool_start does not open a second span',
    [
      at(0, 'tool_start', { session_id: 'S', tool_use_id: 'E' }),
      at(1, 'tool_start', { session_id: 'S', tool_use_id: 'E' }),
      at(2, 'tool_complete', { session_id: 'S', tool_use_id: 'E' }),
    ],
    [
      'open s:S 0',
      'open t:S:E <s:S 0',
      'log 2l.tool_start @t:S:E',
      'log 2l.tool_start @t:S:E',
      'log 2l.tool_complete @t:S:E',
      'close t:S:E 2',
      'close s:S 2',
    ],
  ],
  [
    'the same tool_use_id in two sessions is two calls',
    [
      at(0, 'tool_start', { session_id: 'S1', tool_use_id: 'F' }),
      at(0, 'tool_start', { session_id: 'S2', tool_use_id: 'F' }),
      at(3, 'tool_complete', { session_id: 'S2', tool_use_id: 'F' }),
    ],
    [
      'open s:S1 0',
      'open t:S1:F <s:S1 0',
      'log 2l.tool_start @t:S1:F',
      'open s:S2 0',
      'open t:S2:F <s:S2 0',
      'log 2l.tool_start @t:S2:F',
      'log 2l.tool_complete @t:S2:F',
      'close t:S2:F 3',
      'close t:S1:F 0',
      'close s:S1 0',
      'close s:S2 3',
    ],
  ],
  ['an empty input yields nothing', [], []],
];
for (const [name, events, want] of cases) order(name, () => assert.equal(shape(run(events).ops), want));
order.run();

const details = suite('OtelModel: attributes, counts, bad input');
details('session close carries counts; stop_error marks the session', () => {
  const { ops, m } = run([
    at(0, 'tool_start', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A' }),
    at(5, 'tool_error', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A', error: 'x' }),
    at(9, 'stop_error', { session_id: 'S', error: 'rate limited' }),
  ]);
  const close = ops.find((o) => o.op === 'close' && o.key === 's:S');
  assert.equal(close, {
    op: 'close',
    key: 's:S',
    endMs: T0 + 9,
    attributes: { '2l.events': 3, '2l.tool_calls': 1, '2l.tool_errors': 1 },
    error: 'rate limited',
  });
  assert.equal(m.counts, {
    events: 3,
    badTimestamps: 0,
    sessions: 1,
    agentSpans: 0,
    toolSpans: 1,
    logs: 3,
    unfinished: 0,
  });
});
details('log attributes, payload redacted, severity', () => {
  const e = at(
    0,
    'tool_complete',
    {
      session_id: 'S',
      tool_name: 'Bash',
      tool_use_id: 'A',
      duration_ms: 12,
      hook_ms: 3,
      hook: 'PostToolUse',
      payload: { command: 'curl -H "Authorization: Bearer abcdefghijklmnop"' },
    },
    'ok',
  );
  const log = run([e]).ops.find((o) => o.op === 'log');
  assert.equal(log, {
    op: 'log',
    timeMs: T0,
    severity: 'INFO',
    eventName: '2l.tool_complete',
    body: 'ok',
    attributes: {
      '2l.event_type': 'tool_complete',
      '2l.phase': 'unknown',
      '2l.agent.id': 'main',
      '2l.source': 'hook',
      'session.id': 'S',
      'gen_ai.tool.name': 'Bash',
      'gen_ai.tool.call.id': 'A',
      '2l.duration_ms': 12,
      '2l.hook_ms': 3,
      '2l.hook': 'PostToolUse',
      '2l.payload': '{"command":"curl -H \\"Authorization: Bearer [REDACTED]\\""}',
      'log.record.uid': logUidOf(e),
    },
    spanKey: 't:S:A',
    traceId: traceIdOf('S'),
    spanId: spanIdOf('t:S:A'),
  });
});
const sev: Array<[Partial<TwoLEvent> & { type: string }, string]> = [
  [{ type: 'tool_error' }, 'ERROR'],
  [{ type: 'stop_error' }, 'ERROR'],
  [{ type: 'error' }, 'ERROR'],
  [{ type: 'db_check', error: 'refused' }, 'ERROR'],
  [{ type: 'performance_alert' }, 'WARN'],
  [{ type: 'permission_denied' }, 'WARN'],
  [{ type: 'tool_complete' }, 'INFO'],
];
for (const [{ type, ...f }, want] of sev)
  details(`severity of ${type}${f.error ? ' with error' : ''} is ${want}`, () =>
    assert.is(severityOf(at(0, type, f)), want),
  );
details('an event whose timestamp is not a date is counted and skipped', () => {
  const { ops, m } = run([{ ...at(0, 'stop', { session_id: 'S' }), timestamp: 'yesterday' }]);
  assert.equal(ops, []);
  assert.is(m.counts.badTimestamps, 1);
});
details('huge error text is cut', () => {
  const { ops } = run([at(0, 'tool_error', { session_id: 'S', tool_use_id: 'A', error: 'e'.repeat(100_000) })]);
  const close = ops.find((o) => o.op === 'close' && o.key === 't:S:A') as { error: string };
  assert.is(close.error, `${'e'.repeat(500)}…[truncated 99500 chars]`);
});
details('a huge event text is cut in the log body', () => {
  const log = run([at(0, 'note', {}, `${'x'.repeat(1_000_000)}`)]).ops[0] as { body: string };
  assert.is(log.body, `${'x'.repeat(8192)}…[truncated 991808 chars]`);
});
details.run();

const agree = suite('OTel and the summary agree on what is an error (one vocabulary, events/format.ts)');
const everyType = [
  ...new Set([...Object.values(HOOK_EVENT_MAP), ...ORCHESTRATION_TYPES, ...TOOL_TYPES, 'error', 'note']),
];
for (const type of everyType) {
  agree(type, () => {
    const s = new Summary();
    s.add(at(0, type, { session_id: 'S' }));
    const counted = s.snapshot().errors.count === 1;
    assert.is(severityOf(at(0, type)) === 'ERROR', counted, 'ERROR in OTel exactly when the summary counts an error');
    assert.is(counted, ERROR_EVENT_TYPES.includes(type));
    assert.is(severityOf(at(0, type)) === 'WARN', WARNING_EVENT_TYPES.includes(type));
  });
}
agree.run();

const cost = suite('otel model: cost_update figures as attributes');
cost('the log record carries the turn, the session span the cumulative figures and per-agent dollars', () => {
  const m = new OtelModel();
  const update = (usd: number, input: number) => ({
    timestamp: '2026-11-30T10:00:00.000Z',
    event_type: 'cost_update',
    phase: 'unknown',
    agent_id: 'main',
    data: 'cost',
    v: 1,
    source: 'hook' as const,
    session_id: 's1',
    payload: {
      delta: { tokens: { input, output: 2 }, usd: usd / 2, requests: 1 },
      cumulative: { totals: { tokens: { input: input * 2, output: 4 }, usd, requests: 2 }, agents: { main: { usd } } },
    },
  });
  const ops = [...m.add(update(0.5, 10)), ...m.add(update(0.75, 20)), ...m.finish()];
  const log = ops.filter((o) => o.op === 'log').at(-1) as Extract<ModelOp, { op: 'log' }>;
  assert.is(log.attributes['gen_ai.usage.input_tokens'], 20);
  assert.is(log.attributes['2l.cost.usd'], 0.375);
  const close = ops.find((o) => o.op === 'close' && o.key === 's:s1') as Extract<ModelOp, { op: 'close' }>;
  assert.is(close.attributes!['2l.cost.usd'], 0.75);
  assert.is(close.attributes!['gen_ai.usage.input_tokens'], 40);
  assert.is(close.attributes!['2l.cost.agent.main.usd'], 0.75);
});
cost.run();
const nesting = suite('OtelModel: ids and subagent nesting');
const S = 'S';
const spans = (ops: ModelOp[]) => {
  const out = new Map<string, { name: string; traceId: string; spanId: string; parent?: string }>();
  for (const o of ops) {
    if (o.op === 'open') out.set(o.key, { name: o.name, traceId: o.traceId, spanId: o.spanId, parent: o.parentSpanId });
    if (o.op === 'close' && o.parentSpanId) out.get(o.key)!.parent = o.parentSpanId;
  }
  return out;
};
/** child key → parent key, as the exporter ends up sending it (a close's parent overrides the open's). */
const tree = (ops: ModelOp[]) => {
  const all = spans(ops);
  const byId = new Map([...all].map(([k, v]) => [v.spanId, k]));
  return Object.fromEntries([...all].map(([k, v]) => [k, v.parent ? byId.get(v.parent) : undefined]));
};
const agentCall = (ms: number, type: string, id: string, sub = 'general-purpose', response?: object) =>
  at(ms, type, {
    session_id: S,
    tool_name: 'Agent',
    tool_use_id: id,
    payload: { tool_input: { subagent_type: sub }, ...(response ? { tool_response: response } : {}) },
  });
const inAgent = (ms: number, type: string, agent: string, fields: Partial<TwoLEvent> = {}) =>
  at(ms, type, { session_id: S, agent_id: agent, agent_type: 'general-purpose', ...fields });

nesting('2.1.332 order: the call returns naming the agent, which then runs in the background', () => {
  const { ops, m } = run([
    at(0, 'session_start', { session_id: S }),
    agentCall(10, 'tool_start', 'T1'),
    agentCall(30, 'tool_complete', 'T1', 'general-purpose', { status: 'async_launched', agentId: 'ag1' }),
    inAgent(40, 'agent_start', 'ag1'),
    inAgent(50, 'tool_start', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1' }),
    inAgent(90, 'tool_complete', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1' }),
    inAgent(95, 'agent_complete', 'ag1'),
  ]);
  assert.equal(tree(ops), { 's:S': undefined, 't:S:T1': 's:S', 'a:S:ag1': 't:S:T1', 't:S:B1': 'a:S:ag1' });
  const open = ops.find((o) => o.op === 'open' && o.key === 'a:S:ag1') as Extract<ModelOp, { op: 'open' }>;
  assert.is(open.name, 'invoke_agent general-purpose');
  assert.is(open.attributes['2l.agent.spawned_by'], 'reported');
  assert.is(m.counts.agentSpans, 1);
  assert.ok(ops.some((o) => o.op === 'close' && o.key === 'a:S:ag1' && o.endMs === T0 + 95));
});
nesting('2.1.197 order: the agent runs inside the call, whose completion comes last', () => {
  const { ops } = run([
    agentCall(10, 'tool_start', 'T1', 'reviewer'),
    agentCall(11, 'tool_start', 'T2', 'general-purpose'),
    inAgent(20, 'agent_start', 'ag2'), // general-purpose: paired with T2 by type, not with the older T1
    at(21, 'agent_start', { session_id: S, agent_id: 'ag1', agent_type: 'reviewer' }),
    inAgent(30, 'tool_start', 'ag2', { tool_name: 'Read', tool_use_id: 'R' }),
    inAgent(31, 'tool_complete', 'ag2', { tool_name: 'Read', tool_use_id: 'R' }),
    inAgent(40, 'agent_complete', 'ag2'),
    at(41, 'agent_complete', { session_id: S, agent_id: 'ag1', agent_type: 'reviewer' }),
    agentCall(50, 'tool_complete', 'T1', 'reviewer'),
    agentCall(51, 'tool_complete', 'T2'),
  ]);
  assert.equal(tree(ops), {
    's:S': undefined,
    't:S:T1': 's:S',
    't:S:T2': 's:S',
    'a:S:ag2': 't:S:T2',
    'a:S:ag1': 't:S:T1',
    't:S:R': 'a:S:ag2',
  });
});
nesting("the call's own report overrides a guess by order, at the agent's close", () => {
  const { ops } = run([
    agentCall(10, 'tool_start', 'T1'),
    agentCall(11, 'tool_start', 'T2'),
    inAgent(20, 'agent_start', 'ag2'), // guessed: T1 (oldest of the same type)
    agentCall(25, 'tool_complete', 'T2', 'general-purpose', { agentId: 'ag2' }),
    inAgent(40, 'agent_complete', 'ag2'),
  ]);
  assert.is(tree(ops)['a:S:ag2'], 't:S:T2');
});
nesting(
  "a subagent's call logged after its agent_complete (the transcript follower is later than SubagentStop) nests under the closed agent, which is not opened again",
  () => {
    const { ops, m } = run([
      at(0, 'session_start', { session_id: S }),
      inAgent(5, 'agent_start', 'ag1'), // the hook is earlier than the follower's tool_start of the call
      agentCall(10, 'tool_start', 'T1'),
      agentCall(30, 'tool_complete', 'T1', 'general-purpose', { agentId: 'ag1' }),
      inAgent(50, 'tool_start', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1' }),
      inAgent(95, 'agent_complete', 'ag1'),
      inAgent(96, 'tool_complete', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1', recovered: 'transcript' }),
      inAgent(97, 'agent_complete', 'ag1'), // a repeated stop: nothing to close again
      at(100, 'session_end', { session_id: S }),
    ]);
    const opens = ops.filter((o) => o.op === 'open' && o.key === 'a:S:ag1');
    const closes = ops.filter((o) => o.op === 'close' && o.key === 'a:S:ag1');
    assert.equal([opens.length, closes.length], [1, 1], 'the agent span is sent once');
    assert.is(m.counts.agentSpans, 1);
    assert.is(tree(ops)['t:S:B1'], 'a:S:ag1');
    const late = ops.find((o) => o.op === 'log' && o.eventName === '2l.tool_complete' && o.spanKey === 't:S:B1');
    assert.ok(late, 'the late completion is logged on its call');
  },
);
nesting("2.1.197 with tool calls from the transcript: the agent's start is logged before its spawning call's", () => {
  const { ops, m } = run([
    at(0, 'session_start', { session_id: S }),
    inAgent(40, 'agent_start', 'ag1'), // SubagentStart's hook, ahead of the follower
    agentCall(10, 'tool_start', 'T1', 'general-purpose'), // the call, logged later with its own (earlier) time
    inAgent(50, 'tool_start', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1' }),
    inAgent(60, 'tool_complete', 'ag1', { tool_name: 'Bash', tool_use_id: 'B1' }),
    inAgent(90, 'agent_complete', 'ag1'),
    agentCall(95, 'tool_complete', 'T1', 'general-purpose', { status: 'completed', agentId: 'ag1' }),
    at(100, 'session_end', { session_id: S }),
  ]);
  assert.equal(tree(ops), { 's:S': undefined, 't:S:T1': 's:S', 'a:S:ag1': 't:S:T1', 't:S:B1': 'a:S:ag1' });
  assert.is(m.counts.agentSpans, 1);
});
nesting('an agent already under its spawning call is not taken by a later call of the same type', () => {
  const { ops } = run([
    agentCall(10, 'tool_start', 'T1'),
    inAgent(20, 'agent_start', 'ag1'),
    agentCall(30, 'tool_start', 'T2'),
    inAgent(40, 'agent_start', 'ag2'),
    inAgent(50, 'agent_complete', 'ag1'),
    inAgent(51, 'agent_complete', 'ag2'),
  ]);
  assert.equal([tree(ops)['a:S:ag1'], tree(ops)['a:S:ag2']], ['t:S:T1', 't:S:T2']);
});
nesting('a subagent with no spawning call in the input hangs off its session; unfinished agents are closed', () => {
  const { ops, m } = run([inAgent(0, 'tool_start', 'lost', { tool_name: 'Bash', tool_use_id: 'X' })]);
  assert.equal(tree(ops), { 's:S': undefined, 'a:S:lost': 's:S', 't:S:X': 'a:S:lost' });
  assert.ok(ops.some((o) => o.op === 'close' && o.key === 'a:S:lost' && o.attributes?.['2l.unfinished'] === true));
  assert.is(m.counts.agentSpans, 1);
});
nesting('emitted events (orchestrator agent ids) open no agent span', () => {
  const { ops } = run([at(0, 'agent_spawn', { session_id: S, agent_id: 'builder-1', source: 'emit' })]);
  assert.equal([...spans(ops).keys()], ['s:S']);
});
nesting('one session is one trace; ids come from the log, so two runs give the same operations', () => {
  const events = [
    at(0, 'session_start', { session_id: S }),
    agentCall(10, 'tool_start', 'T1'),
    inAgent(20, 'agent_start', 'ag1'),
    inAgent(30, 'tool_start', 'ag1', { tool_name: 'Bash', tool_use_id: 'B' }),
    at(40, 'tool_start', { session_id: 'other', tool_name: 'Bash', tool_use_id: 'B' }),
  ];
  const first = run(events).ops;
  assert.equal(run(events.map((e) => ({ ...e }))).ops, first);
  const all = spans(first);
  assert.equal(
    new Set([...all].filter(([k]) => k !== 't:other:B' && k !== 's:other').map(([, v]) => v.traceId)),
    new Set([traceIdOf(S)]),
  );
  assert.is(all.get('t:other:B')!.traceId, traceIdOf('other'));
  assert.is(all.get('t:S:T1')!.spanId, spanIdOf('t:S:T1'));
  assert.is.not(all.get('t:S:B')!.spanId, all.get('t:other:B')!.spanId);
  const logs = first.filter((o) => o.op === 'log');
  assert.is(new Set(logs.map((l) => l.attributes['log.record.uid'])).size, logs.length, 'every record its own uid');
});
nesting.run();

const live = suite('OtelModel: a session ends once; a live reader resumes from a snapshot');
live('session_end closes the session span; a late event of that session names it without sending it again', () => {
  const m = new OtelModel();
  const ops = [
    at(0, 'session_start', { session_id: 'S' }),
    at(5, 'session_end', { session_id: 'S' }),
    at(9, 'tool_start', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A' }),
    at(12, 'tool_complete', { session_id: 'S', tool_name: 'Bash', tool_use_id: 'A' }),
  ].flatMap((e) => m.add(e));
  assert.equal(shape([...ops, ...m.finish()]), [
    'open s:S 0',
    'log 2l.session_start @s:S',
    'log 2l.session_end @s:S',
    'close s:S 5',
    'open t:S:A <s:S 9',
    'log 2l.tool_start @t:S:A',
    'log 2l.tool_complete @t:S:A',
    'close t:S:A 12',
  ]);
});
live('expire closes quiet sessions with their open calls, and only those', () => {
  const m = new OtelModel();
  m.add(at(0, 'tool_start', { session_id: 'OLD', tool_name: 'Bash', tool_use_id: 'A' }));
  m.add(at(100, 'session_start', { session_id: 'NEW' }));
  assert.equal(shape(m.expire(T0 + 50)), ['close t:OLD:A 0', 'close s:OLD 0']);
  assert.equal(shape(m.expire(T0 + 50)), []);
  assert.equal(shape(m.finish()), ['close s:NEW 100']);
});
live('a model restored from its snapshot continues exactly as the original would have', () => {
  const events = [
    at(0, 'session_start', { session_id: 'S' }),
    at(1, 'tool_start', {
      session_id: 'S',
      tool_name: 'Agent',
      tool_use_id: 'G',
      payload: { tool_input: { subagent_type: 'x' } },
    }),
    at(2, 'agent_start', { session_id: 'S', agent_id: 'ag1', agent_type: 'x' }),
    at(3, 'tool_start', { session_id: 'S', agent_id: 'ag1', tool_name: 'Read', tool_use_id: 'R' }),
    at(4, 'tool_complete', { session_id: 'S', agent_id: 'ag1', tool_name: 'Read', tool_use_id: 'R' }),
    at(5, 'agent_complete', { session_id: 'S', agent_id: 'ag1', agent_type: 'x' }),
    at(6, 'tool_complete', { session_id: 'S', tool_name: 'Agent', tool_use_id: 'G' }),
    at(7, 'session_end', { session_id: 'S' }),
  ];
  for (let cut = 0; cut <= events.length; cut++) {
    const whole = new OtelModel();
    const want = [...events.flatMap((e) => whole.add(e)), ...whole.finish()];
    const first = new OtelModel();
    const before = events.slice(0, cut).flatMap((e) => first.add(e));
    const resumed = OtelModel.restore(JSON.parse(JSON.stringify(first.snapshot())));
    const after = [...events.slice(cut).flatMap((e) => resumed.add(e)), ...resumed.finish()];
    assert.equal([...before, ...after], want, `cut at ${cut}`);
    assert.equal(resumed.counts, whole.counts, `counts, cut at ${cut}`);
  }
});
live('a snapshot of another shape gives a fresh model', () => {
  for (const bad of [undefined, null, 7, { v: 2 }, { v: 1, sessions: 'x' }])
    assert.equal(OtelModel.restore(bad).snapshot().sessions, []);
});
live.run();
