// A main transcript's prompts and turn ends (lib/transcript/turns.ts), on transcripts the real
// CLIs wrote (tests/fixtures/turns: a scripted `-p go` session with two Bash calls, one failing,
// and a subagent; kept to their user, assistant and bookkeeping entries) and on hand-made edge cases.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { promptText, turnMarks, type TurnMark } from '../../lib/transcript/turns.ts';
import { ROOT } from '../util/claude.ts';

const marksOf = (file: string): TurnMark[] =>
  fs
    .readFileSync(path.join(ROOT, 'tests', 'fixtures', 'turns', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => turnMarks(JSON.parse(l)));

const brief = (m: TurnMark) =>
  m.kind === 'prompt' ? `prompt ${m.text.slice(0, 19)}` : `end ${m.stopReason} ${m.lastMessage}`;

test('2.1.332: the prompt, its turn end, then the task notification 2.1.332 submits as a prompt, and its turn end', () => {
  const marks = marksOf('cli-2.1.332.jsonl');
  assert.equal(marks.map(brief), ['prompt go', 'end end_turn done', 'prompt <task-notification>', 'end end_turn done']);
  for (const m of marks) {
    assert.match(m.timestamp ?? '', /^2026-/);
    assert.is(m.sessionId, '66a4e025-8068-40e0-98ad-6d70ac18852d');
  }
  const [prompt, end] = marks;
  assert.ok(prompt?.kind === 'prompt' && /^[0-9a-f-]{36}$/.test(prompt.promptId ?? ''), 'the prompt names its id');
  assert.ok(end?.kind === 'turn-end' && end.key === 'msg_3', 'the end names its message');
});

test('2.1.197: one prompt and one turn end (tool results and tool_use entries are neither)', () => {
  assert.equal(marksOf('cli-2.1.197.jsonl').map(brief), ['prompt go', 'end end_turn done']);
});

const base = { sessionId: 's-1', uuid: 'u-1', timestamp: '2026-12-01T05:00:00.000Z' };
const assistant = (content: unknown[], stop: unknown, extra: object = {}) => ({
  ...base,
  type: 'assistant',
  message: { id: 'msg_9', role: 'assistant', content, stop_reason: stop },
  ...extra,
});
const user = (content: unknown, extra: object = {}) => ({
  ...base,
  type: 'user',
  message: { role: 'user', content },
  ...extra,
});

test('a prompt with text blocks (a pasted image beside it) keeps the text; tool results, meta and local commands are not prompts', () => {
  const [m] = turnMarks(
    user([
      { type: 'image', source: {} },
      { type: 'text', text: 'look' },
    ]),
  );
  assert.ok(m?.kind === 'prompt' && m.text === 'look');
  assert.equal(turnMarks(user([{ type: 'tool_result', tool_use_id: 't', content: 'x' }])), []);
  assert.equal(turnMarks(user('x', { toolUseResult: { stdout: 'x' } })), []);
  assert.equal(turnMarks(user('x', { isMeta: true })), []);
  assert.equal(turnMarks(user('x', { isCompactSummary: true })), []);
  assert.equal(turnMarks(user('[Request interrupted by user for tool use]')), []);
  assert.equal(turnMarks(user('<local-command-stdout>cost</local-command-stdout>')), []);
  assert.equal(turnMarks(user([{ type: 'image', source: {} }])), [], 'no text: nothing to show');
});

test("a turn ends at a stop_reason other than tool_use, once per message; API errors and a subagent's entries are not turn ends", () => {
  const [end] = turnMarks(assistant([{ type: 'thinking', thinking: 'hm' }], 'end_turn'));
  assert.ok(end?.kind === 'turn-end' && end.key === 'msg_9' && end.lastMessage === '');
  const [text] = turnMarks(assistant([{ type: 'text', text: 'all done' }], 'end_turn'));
  assert.ok(text?.kind === 'turn-end' && text.key === 'msg_9' && text.lastMessage === 'all done', 'the same key');
  assert.is(turnMarks(assistant([{ type: 'text', text: 'x' }], 'max_tokens'))[0]?.kind, 'turn-end');
  assert.equal(turnMarks(assistant([{ type: 'tool_use', id: 't', name: 'Bash', input: {} }], 'tool_use')), []);
  assert.equal(turnMarks(assistant([{ type: 'text', text: 'x' }], null)), [], 'not ended yet');
  assert.equal(
    turnMarks(assistant([{ type: 'text', text: 'API Error: 529' }], 'stop_sequence', { isApiErrorMessage: true })),
    [],
  );
  assert.equal(turnMarks(assistant([{ type: 'text', text: 'x' }], 'end_turn', { isSidechain: true })), []);
});

test('hostile entries: odd ids, odd types, huge text, not objects', () => {
  for (const bad of [null, 7, 'x', [], {}, { ...user('x'), sessionId: '../../etc' }, { ...user('x'), uuid: 'a/b' }])
    assert.equal(turnMarks(bad), [], JSON.stringify(bad));
  const [odd] = turnMarks({
    ...assistant([{ type: 'text', text: 'x' }], 'end_turn'),
    message: { id: 'msg/../x', content: [], stop_reason: 'end_turn' },
  });
  assert.ok(odd?.kind === 'turn-end' && odd.key === 'u-1', 'an unusable message id falls back to the entry uuid');
  const [big] = turnMarks(user('y'.repeat(1 << 20), { timestamp: 'not a time' }));
  assert.ok(
    big?.kind === 'prompt' && big.text.length === 1 << 20 && big.timestamp === undefined,
    'the event redacts and trims it',
  );
});

test('a slash command is shown as typed, as UserPromptSubmit reported it; other text as it is', () => {
  const typed = (name: string, args: string) =>
    `<command-message>${name.slice(1)}</command-message>\n<command-name>${name}</command-name>\n<command-args>${args}</command-args>\n`;
  assert.is(promptText(typed('/2l:2l-status', '--json')), '/2l:2l-status --json');
  assert.is(promptText(typed('/clear', '')), '/clear');
  assert.is(promptText('fix <command-name>/x</command-name> please'), 'fix <command-name>/x</command-name> please');
  const long = typed('/2l:2l-event', 'x'.repeat(5000));
  assert.is(promptText(long), '/2l:2l-event', 'arguments past 4,000 characters are left out, not scanned for');
  // Backtracking-prone: an opening tag and no closing one, repeated.
  const hostile = `<command-name>${'<command-name>'.repeat(20000)}`;
  assert.is(promptText(hostile), hostile);
});

test.run();
