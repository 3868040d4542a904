import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  eventFamily,
  HOOK_EVENT_MAP,
  hookEventType,
  isErrorEvent,
  isValidEventType,
  isWarningEvent,
  newEvent,
  parseEventLine,
} from '../../lib/events/format.ts';

const mapping = suite('hookEventType');
const table: Array<[string, string]> = [
  ['SessionStart', 'session_start'],
  ['PreToolUse', 'tool_start'],
  ['PostToolUse', 'tool_complete'],
  ['PostToolUseFailure', 'tool_error'],
  ['SubagentStart', 'agent_start'],
  ['SubagentStop', 'agent_complete'],
  ['WorktreeCreate', 'hook_worktree_create'],
  ['', 'hook_unknown'],
  ['Weird<Name>', 'hook_weird_name_'],
];
for (const [hook, type] of table)
  mapping(`${hook || '(empty)'} -> ${type}`, () => assert.is(hookEventType(hook), type));
mapping('every mapped type is a valid event type', () => {
  for (const t of Object.values(HOOK_EVENT_MAP)) assert.ok(isValidEventType(t), t);
});
mapping.run();

const types = suite('isValidEventType');
for (const [t, ok] of [
  ['plan_start', true],
  ['a', true],
  ['Plan', false],
  ['1x', false],
  ['x y', false],
  ['', false],
  ['a'.repeat(65), false],
  ['<b>', false],
] as const) {
  types(`${JSON.stringify(t).slice(0, 20)} ${ok}`, () => assert.is(isValidEventType(t), ok));
}
types.run();

const parse = suite('parseEventLine');
parse('a 2L line from the original bash logger gets defaults', () => {
  const e = parseEventLine(
    '{"timestamp":"2025-10-03T14:23:45Z","event_type":"plan_start","phase":"initialization","agent_id":"orchestrator","data":"Plan 1 started"}',
  );
  assert.is(e?.event_type, 'plan_start');
  assert.is(e?.v, 0);
  assert.is(e?.source, 'emit');
});
for (const bad of [
  '',
  'not json',
  '{"timestamp":1}',
  '{"timestamp":1,"event_type":"x"}',
  '{"timestamp":"t","event_type":2}',
  '[1,2]',
  'null',
  '"{"',
  '{"event_type":"x"}',
  '{"timestamp":"t","event_type":"x"',
  '{"timestamp":"t","event_type":"x"}garbage',
  ' {"timestamp":"t","event_type":"x"}',
]) {
  parse(`rejects ${JSON.stringify(bad)}`, () => assert.is(parseEventLine(bad), undefined));
}
parse('non-string data is kept as JSON text', () => {
  assert.is(parseEventLine('{"timestamp":"t","event_type":"x","data":{"a":1}}')?.data, '{"a":1}');
});
const defaultsCases: Array<[string, Record<string, unknown>]> = [
  [
    '{"timestamp":"t","event_type":"x"}',
    { timestamp: 't', event_type: 'x', phase: 'unknown', agent_id: 'orchestrator', data: '', v: 0, source: 'emit' },
  ],
  [
    '{"timestamp":"t","event_type":"x","phase":3,"agent_id":null,"data":{"a":1},"v":"1","source":"hook"}',
    {
      timestamp: 't',
      event_type: 'x',
      phase: 'unknown',
      agent_id: 'orchestrator',
      data: '{"a":1}',
      v: 0,
      source: 'hook',
    },
  ],
  [
    '{"timestamp":"t","event_type":"x","source":"other","data":"d","extra":[1]}',
    {
      timestamp: 't',
      event_type: 'x',
      phase: 'unknown',
      agent_id: 'orchestrator',
      data: 'd',
      v: 0,
      source: 'emit',
      extra: [1],
    },
  ],
  [
    '{"timestamp":"t","event_type":"x","phase":"p","agent_id":"a","data":"d","v":1,"source":"hook","tool_name":"Bash"}',
    { timestamp: 't', event_type: 'x', phase: 'p', agent_id: 'a', data: 'd', v: 1, source: 'hook', tool_name: 'Bash' },
  ],
  [
    '{"timestamp":"t","event_type":"x","data":null}',
    { timestamp: 't', event_type: 'x', phase: 'unknown', agent_id: 'orchestrator', data: 'null', v: 0, source: 'emit' },
  ],
];
for (const [line, want] of defaultsCases) parse(`defaults for ${line}`, () => assert.equal(parseEventLine(line), want));
parse('defaults are filled into the parsed object itself, unknown fields kept', () => {
  const parse = JSON.parse;
  let made: unknown;
  JSON.parse = (text: string) => (made = parse(text));
  let e: ReturnType<typeof parseEventLine>;
  try {
    e = parseEventLine('{"timestamp":"t","event_type":"x","agent_id":7,"extra":{"deep":[1,2]},"payload":{"k":"v"}}');
  } finally {
    JSON.parse = parse;
  }
  assert.ok(e !== undefined && e === made, 'no copy');
  assert.equal(e, {
    timestamp: 't',
    event_type: 'x',
    phase: 'unknown',
    agent_id: 'orchestrator',
    data: '',
    v: 0,
    source: 'emit',
    extra: { deep: [1, 2] },
    payload: { k: 'v' },
  });
});
parse('a __proto__ key stays a plain field and pollutes nothing', () => {
  const e = parseEventLine('{"timestamp":"t","event_type":"x","__proto__":{"phase":"evil","polluted":true}}')!;
  assert.is(e.phase, 'unknown');
  assert.is(Object.getPrototypeOf(e), Object.prototype);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});
parse('newEvent fills the legacy defaults', () => {
  const e = newEvent('db_check', 'ok', { payload: { latency_ms: 3 } }, new Date(0));
  assert.equal(e, {
    timestamp: '1970-01-01T00:00:00.000Z',
    event_type: 'db_check',
    phase: 'unknown',
    agent_id: 'orchestrator',
    data: 'ok',
    v: 1,
    source: 'emit',
    payload: { latency_ms: 3 },
  });
});
parse.run();

const vocabulary = suite('one vocabulary: failures, warnings and families');
const families: Array<[string, string]> = [
  ['tool_error', 'error'],
  ['stop_error', 'error'],
  ['error', 'error'],
  ['permission_denied', 'warning'],
  ['performance_alert', 'warning'],
  ['tool_start', 'tool'],
  ['tool_batch', 'tool'],
  ['agent_spawn', 'agent'],
  ['agent_complete', 'agent'],
  ['plan_start', 'plan'],
  ['iteration_complete', 'plan'],
  ['cost_update', 'plan'],
  ['db_check', 'check'],
  ['mcp_check', 'check'],
  ['session_start', 'session'],
  ['user_prompt', 'session'],
  ['stop', 'session'],
  ['compact_start', 'session'],
  ['permission_request', 'session'],
  ['notification', 'session'],
  ['note', 'other'],
  ['hook_worktree_create', 'other'],
  ['__proto__', 'other'],
];
for (const [type, family] of families) vocabulary(`${type} is ${family}`, () => assert.is(eventFamily(type), family));
vocabulary('isErrorEvent is the error family and isWarningEvent the warning one, nothing else', () => {
  for (const [type, family] of families) {
    assert.is(isErrorEvent(type), family === 'error', type);
    assert.is(isWarningEvent(type), family === 'warning', type);
  }
});
vocabulary('every type a hook writes has a family other than `other`', () => {
  for (const t of Object.values(HOOK_EVENT_MAP)) assert.is.not(eventFamily(t), 'other', t);
});
vocabulary.run();
