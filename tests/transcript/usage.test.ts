import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageDeduper, subagentIdFromFile, usageFromEntry, type UsageRecord } from '../../lib/transcript/usage.ts';

const SRC = { sessionId: 's1' };
function entry(
  patch: (e: any) => void = () => {},
  usage: Record<string, unknown> = { input_tokens: 3, output_tokens: 5 },
): any {
  const e = {
    type: 'assistant',
    sessionId: 's1',
    version: '2.1.332',
    requestId: 'req_1',
    timestamp: '2026-11-02T09:00:00.000Z',
    message: { id: 'msg_1', model: 'claude-opus-4-7', usage: { ...usage } },
  };
  patch(e);
  return e;
}
const record = (e: unknown, src: { sessionId: string; agentId?: string } = SRC): UsageRecord => {
  const r = usageFromEntry(e, src);
  if (!r || !('record' in r)) throw new Error(`no record: ${JSON.stringify(r)}`);
  return r.record;
};

const parse = suite('usage: entry → record');
parse('tokens of every kind; the 5m/1h split when given, else all of cache creation is 5m', () => {
  const split = record(
    entry(undefined, {
      input_tokens: 1,
      output_tokens: 2,
      cache_creation_input_tokens: 30,
      cache_read_input_tokens: 4,
      cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 },
    }),
  );
  assert.equal(split.tokens, { input: 1, output: 2, cache_write_5m: 10, cache_write_1h: 20, cache_read: 4 });
  const plain = record(entry(undefined, { input_tokens: 1, output_tokens: 2, cache_creation_input_tokens: 30 }));
  assert.equal(plain.tokens, { input: 1, output: 2, cache_write_5m: 30, cache_write_1h: 0, cache_read: 0 });
});
parse(
  'session, agent, ids, model; <synthetic> and a missing model count under no model; fast mode is its own model',
  () => {
    const r = record(entry(), { sessionId: 'file-session', agentId: 'a1' });
    assert.equal(
      [r.session, r.keySession, r.agent, r.model, r.messageId, r.requestId],
      ['file-session', 's1', 'a1', 'claude-opus-4-7', 'msg_1', 'req_1'],
    );
    assert.is(record(entry((e) => (e.message.model = '<synthetic>'))).model, undefined);
    assert.is(record(entry((e) => delete e.message.model)).model, undefined);
    assert.is(record(entry((e) => (e.message.usage.speed = 'fast'))).model, 'claude-opus-4-7-fast');
    assert.is(record(entry((e) => delete e.sessionId)).keySession, 's1');
  },
);
const rejected: Array<[string, (e: any) => void, string]> = [
  ['negative input', (e) => (e.message.usage.input_tokens = -1), 'bad-usage'],
  ['missing output', (e) => delete e.message.usage.output_tokens, 'bad-usage'],
  ['fractional', (e) => (e.message.usage.output_tokens = 1.5), 'bad-usage'],
  ['a string count', (e) => (e.message.usage.input_tokens = '3'), 'bad-usage'],
  ['past 2^53', (e) => (e.message.usage.input_tokens = 2 ** 60), 'bad-usage'],
  ['negative 1h split', (e) => (e.message.usage.cache_creation = { ephemeral_1h_input_tokens: -2 }), 'bad-usage'],
  ['null cache read', (e) => (e.message.usage.cache_read_input_tokens = null), 'null-field'],
  ['null request id', (e) => (e.requestId = null), 'null-field'],
  ['null model', (e) => (e.message.model = null), 'null-field'],
  ['usage not an object', (e) => (e.message.usage = 7), 'no-usage'],
  ['no timestamp', (e) => delete e.timestamp, 'bad-timestamp'],
  ['a timestamp that is no time', (e) => (e.timestamp = 'yesterday'), 'bad-timestamp'],
  ['a version that is no semver', (e) => (e.version = 'dev'), 'bad-version'],
  ['an empty request id', (e) => (e.requestId = ''), 'empty-id'],
  ['an empty message id', (e) => (e.message.id = ''), 'empty-id'],
];
for (const [name, patch, why] of rejected)
  parse(`rejected: ${name} → ${why}`, () => assert.equal(usageFromEntry(entry(patch), SRC), { rejected: why }));
parse('no usage at all (user turns, summaries, junk) is not a rejection', () => {
  assert.is(usageFromEntry({ type: 'user', message: { role: 'user', content: 'hi' } }, SRC), undefined);
  assert.is(usageFromEntry({ type: 'summary' }, SRC), undefined);
  assert.equal(usageFromEntry([1, 2], SRC), { rejected: 'not-object' });
  assert.equal(usageFromEntry(null, SRC), { rejected: 'not-object' });
});
parse.run();

const dedupe = suite('usage: each response once');
dedupe('streaming lines of one response: the copy with the most tokens is kept, once', () => {
  const d = new UsageDeduper();
  const kinds = [10, 50, 30].map(
    (out) => d.add(record(entry(undefined, { input_tokens: 3, output_tokens: out }))).kind,
  );
  assert.equal(kinds, ['added', 'replaced', 'duplicate']);
});
dedupe('a replaced copy reports what it replaced, so totals can take it back', () => {
  const d = new UsageDeduper();
  const a = record(entry(undefined, { input_tokens: 3, output_tokens: 1 }));
  d.add(a);
  const o = d.add(record(entry(undefined, { input_tokens: 3, output_tokens: 9 })));
  assert.is(o.kind === 'replaced' && o.previous, a);
});
dedupe('same message id, other request id or other session: separate responses; no message id: never merged', () => {
  const d = new UsageDeduper();
  assert.is(d.add(record(entry())).kind, 'added');
  assert.is(d.add(record(entry((e) => (e.requestId = 'req_2')))).kind, 'added');
  assert.is(d.add(record(entry((e) => (e.sessionId = 's2')))).kind, 'added');
  assert.is(d.add(record(entry((e) => delete e.message.id))).kind, 'added');
  assert.is(d.add(record(entry((e) => delete e.message.id))).kind, 'added');
});
dedupe('no request id: one response per message id and session, whatever the timestamps', () => {
  const d = new UsageDeduper();
  const a = entry((e) => delete e.requestId);
  assert.is(d.add(record(a)).kind, 'added');
  assert.is(
    d.add(record(entry((e) => ((e.timestamp = '2026-11-02T09:00:05.000Z'), delete e.requestId)))).kind,
    'duplicate',
  );
});
dedupe('a resumed session copying a response (its own sessionId kept) does not count it again', () => {
  const d = new UsageDeduper();
  d.add(record(entry(), { sessionId: 's1' }));
  assert.is(d.add(record(entry(), { sessionId: 'resumed-file' })).kind, 'duplicate');
});
dedupe(
  'a sidechain replay of a parent message (same id and time, new request id) is dropped; the parent copy wins',
  () => {
    const d = new UsageDeduper();
    assert.is(d.add(record(entry())).kind, 'added');
    const replay = entry(
      (e) => ((e.requestId = 'req_side'), (e.isSidechain = true), (e.message.usage.output_tokens = 99)),
    );
    assert.is(d.add(record(replay)).kind, 'duplicate');
    const d2 = new UsageDeduper();
    d2.add(record(replay));
    assert.is(d2.add(record(entry())).kind, 'replaced');
  },
);
dedupe.run();

const files = suite('usage: subagent file names');
for (const [name, id] of [
  ['agent-a5f0c1e2d3b4a5f60.jsonl', 'a5f0c1e2d3b4a5f60'],
  ['agent-x.meta.json', undefined],
  ['agent-../../x.jsonl', undefined],
  ['notes.jsonl', undefined],
] as const)
  files(`${name} → ${id}`, () => assert.is(subagentIdFromFile(name), id));
files.run();
