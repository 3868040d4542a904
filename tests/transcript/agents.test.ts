// A subagent's lifecycle from its transcript (lib/transcript/agents.ts): pure.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { agentMarks, agentTypeFromMeta, metaFileOf, subagentOfFile } from '../../lib/transcript/agents.ts';

const TS = '2026-11-30T10:00:00.000Z';
const entry = (type: string, message: object, extra: object = {}) => ({
  type,
  sessionId: 's1',
  agentId: 'a1',
  timestamp: TS,
  message,
  ...extra,
});

const marks = suite('agentMarks');
const run = (name: string, value: unknown, started: boolean, expected: Array<[string, string?]>) =>
  marks(name, () => {
    assert.equal(
      agentMarks(value, started).map((m) => (m.kind === 'stop' ? [m.kind, m.lastMessage] : [m.kind])),
      expected,
    );
  });
run('the first entry starts the agent', entry('user', { content: 'task' }), false, [['start']]);
run('a later user entry says nothing', entry('user', { content: 'task' }), true, []);
run(
  'a finished turn ends it, with its text',
  entry('assistant', {
    stop_reason: 'end_turn',
    content: [
      { type: 'text', text: 'a' },
      { type: 'tool_use', id: 'x' },
      { type: 'text', text: 'b' },
    ],
  }),
  true,
  [['stop', 'a\nb']],
);
run('max_tokens ends it too', entry('assistant', { stop_reason: 'max_tokens', content: 'cut' }), true, [
  ['stop', 'cut'],
]);
run('a turn that asked for tools does not', entry('assistant', { stop_reason: 'tool_use', content: [] }), true, []);
run(
  'a turn still streaming (no stop_reason) does not',
  entry('assistant', { stop_reason: null, content: [] }),
  true,
  [],
);
run(
  'an agent whose first entry is its answer starts and ends',
  entry('assistant', { stop_reason: 'end_turn' }),
  false,
  [['start'], ['stop', '']],
);
run('other entry types are not the agent', entry('attachment', {}), false, []);
run('not an object', 'text', false, []);
marks('session, agent and a well-formed timestamp are carried; another timestamp is dropped', () => {
  const [m] = agentMarks(entry('user', { content: 'x' }), false);
  assert.equal([m!.sessionId, m!.agentId, m!.timestamp], ['s1', 'a1', TS]);
  const [n] = agentMarks(entry('user', { content: 'x' }, { timestamp: 'yesterday' }), false);
  assert.is(n!.timestamp, undefined);
});

const files = suite('subagent files');
files('the agent id comes only from a subagents/agent-<id>.jsonl path', () => {
  assert.equal(
    [
      '/p/s/subagents/agent-a44dd08f80cb13a05.jsonl',
      '/p/s.jsonl',
      '/p/s/subagents/agent-../x.jsonl',
      '/p/s/other/agent-a1.jsonl',
    ].map(subagentOfFile),
    ['a44dd08f80cb13a05', undefined, undefined, undefined],
  );
  assert.is(metaFileOf('/p/s/subagents/agent-a1.jsonl'), '/p/s/subagents/agent-a1.meta.json');
});
files('agentType from the meta file; anything else is none', () => {
  assert.equal(
    ['{"agentType":"general-purpose","finished":true}', '{"agentType":7}', '[]', 'not json', undefined].map(
      agentTypeFromMeta,
    ),
    ['general-purpose', undefined, undefined, undefined, undefined],
  );
});

marks.run();
files.run();
