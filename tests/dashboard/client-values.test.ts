/** The page script's hostile-value helpers (lib/dashboard/client/values.ts), run under Node. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ago, count, list, parseLine, pretty, shortId, text, timeOf, wire } from '../../lib/dashboard/client/values.ts';

const values = suite('client values: any JSON value becomes text, a count or a list');
const texts: Array<[unknown, string]> = [
  ['plain', 'plain'],
  [7, '7'],
  [true, 'true'],
  [null, ''],
  [undefined, ''],
  [['Read', 'Write'], '["Read","Write"]'],
  [{ toString: 1 }, '{"toString":1}'],
  ['x'.repeat(2001), `${'x'.repeat(2000)}…`],
];
for (const [v, want] of texts)
  values(`text(${JSON.stringify(v)?.slice(0, 20)}) -> ${JSON.stringify(want).slice(0, 20)}`, () =>
    assert.is(text(v), want),
  );
values('text cuts at the given length', () => assert.is(text('abcdef', 3), 'abc…'));
const counts: Array<[unknown, number]> = [
  [3, 3],
  [0, 0],
  [-4, 0],
  ['12', 0],
  [Infinity, 0],
  [Number.NaN, 0],
  [null, 0],
  [1.5, 1.5],
];
for (const [v, want] of counts) values(`count(${String(v)}) -> ${want}`, () => assert.is(count(v), want));
values('list keeps arrays only', () => {
  assert.equal(list([1, 2]), [1, 2]);
  for (const v of [{ length: 2 }, 'ab', null, undefined, 3]) assert.equal(list(v), []);
});
values('wire: a plain object as it is, anything else as an empty one', () => {
  const o = { a: 1 };
  assert.is(wire<{ a: number }>(o), o);
  for (const v of [null, [1], 'x', 3, undefined]) assert.equal(wire<{ a: number }>(v), {});
});
values('shortId cuts long ids to 8 characters and an ellipsis', () => {
  assert.is(shortId('sess-aaaa-1111'), 'sess-aaa…');
  assert.is(shortId('short'), 'short');
  assert.is(shortId({ length: 99, slice: 1 }), '{"length…');
});
values.run();

const times = suite('client times: only instants that exist');
const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const instants: Array<[unknown, number]> = [
  ['2026-11-20T11:59:58.000Z', NOW - 2000],
  ['2026-11-20T12:59:58+01:00', NOW - 2000],
  ['2026-02-30T10:00:00.000Z', NaN],
  ['2026-13-45T99:99:99Z', NaN],
  ['2026-01-01T24:61:00Z', NaN],
  ['+275760-09-13T00:00:00.000Z', NaN],
  [['2026'], NaN],
  [1_700_000_000_000, NaN],
  ['yesterday', NaN],
];
for (const [v, want] of instants)
  times(`timeOf(${JSON.stringify(v)}) -> ${want}`, () =>
    Number.isNaN(want) ? assert.ok(Number.isNaN(timeOf(v))) : assert.is(timeOf(v), want),
  );
const agos: Array<[unknown, string]> = [
  ['2026-11-20T11:59:58.000Z', 'just now'],
  ['2026-11-20T12:00:30.000Z', 'just now'], // a clock a little ahead is "now", never negative
  ['2026-11-20T11:59:18.000Z', '42s ago'],
  ['2026-11-20T11:55:00.000Z', '5m ago'],
  ['2026-11-20T09:00:00.000Z', '3h ago'],
  ['2026-11-18T12:00:00.000Z', '2d ago'],
  ['2026-02-30T10:00:00.000Z', '–'],
  [undefined, '–'],
];
for (const [ts, want] of agos) times(`ago(${JSON.stringify(ts)}) -> ${want}`, () => assert.is(ago(ts, NOW), want));
times.run();

const lines = suite('client parseLine: a line as an event of known fields and types');
lines('a good line keeps its fields, and the line for the details view', () => {
  const line = JSON.stringify({
    timestamp: '2026-11-20T12:00:00.000Z',
    event_type: 'tool_error',
    tool_name: 'Bash',
    error: 'Exit code 1',
    duration_ms: 37,
    agent_id: 'main',
    session_id: 'S',
  });
  assert.equal(parseLine(line, 7), {
    seq: 7,
    line,
    timestamp: '2026-11-20T12:00:00.000Z',
    event_type: 'tool_error',
    phase: '',
    agent_id: 'main',
    agent_type: '',
    session_id: 'S',
    tool_name: 'Bash',
    data: '',
    error: 'Exit code 1',
    duration_ms: 37,
  });
});
lines('every field of a hostile line becomes text or goes', () => {
  const e = parseLine(
    '{"timestamp":["2026"],"event_type":"x","tool_name":{"__proto__":{"polluted":1}},"agent_id":["a"],"agent_type":7,"duration_ms":"12","data":{"toString":1}}',
    1,
  )!;
  assert.equal(
    [e.timestamp, e.tool_name, e.agent_id, e.agent_type, e.duration_ms, e.data],
    ['["2026"]', '{"__proto__":{"polluted":1}}', '["a"]', '7', undefined, '{"toString":1}'],
  );
  assert.is(({} as { polluted?: number }).polluted, undefined);
  assert.is(parseLine('{"event_type":"x","duration_ms":-40}', 1)!.duration_ms, undefined);
});
for (const bad of ['{not json', '[1,2]', 'null', '"text"', '{"event_type":7}', '{}'])
  lines(`${bad} is no event`, () => assert.is(parseLine(bad, 1), null));
lines('pretty indents JSON and leaves anything else as it is', () => {
  assert.is(pretty('{"a":1}'), '{\n  "a": 1\n}');
  assert.is(pretty('{oops'), '{oops');
});
lines.run();
