import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { asAmount, asText, eventTime, forSummary, MAX_TEXT, shortLine } from '../../lib/dashboard/event.ts';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';

const times = suite('eventTime: a real instant in canonical UTC, or nothing');
const timeCases: Array<[unknown, string]> = [
  ['2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.678Z'],
  ['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z'],
  ['2026-01-02T03:04Z', '2026-01-02T03:04:00.000Z'],
  ['2026-01-02T05:04:05+02:00', '2026-01-02T03:04:05.000Z'],
  ['2024-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
  ['2026-13-45T99:99:99Z', ''],
  ['2026-02-30T10:00:00.000Z', ''], // Date.parse would roll it into March
  ['2026-04-31T10:00:00Z', ''],
  ['2026-01-01T24:00:00Z', ''],
  ['2026-01-01T23:60:00Z', ''],
  ['2026-01-01T23:59:60.000Z', ''],
  ['2026-01-01', ''],
  ['Tue, 01 Jan 2026 10:00:00 GMT', ''],
  ['1', ''],
  ['+275760-09-13T00:00:00.000Z', ''],
  ['2026-01-01T00:00:00.000Z ', ''],
  [['2026-01-01T00:00:00.000Z'], ''],
  [1767225600000, ''],
  [undefined, ''],
];
for (const [input, expected] of timeCases)
  times(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.is(eventTime(input), expected));
times('the shortcut for the minute just checked still checks the seconds', () => {
  assert.is(eventTime('2026-05-05T05:05:00.000Z'), '2026-05-05T05:05:00.000Z');
  assert.is(eventTime('2026-05-05T05:05:59.999Z'), '2026-05-05T05:05:59.999Z');
  assert.is(eventTime('2026-05-05T05:05:60.000Z'), '');
  assert.is(eventTime('2026-05-05T05:05:99.000Z'), '');
});
times.run();

const values = suite('asText and asAmount');
const textCases: Array<[unknown, number, string | undefined]> = [
  ['plain', 100, 'plain'],
  [undefined, 100, undefined],
  [null, 100, undefined],
  [['Read', 'Write'], 100, '["Read","Write"]'],
  [{ toString: 1 }, 100, '{"toString":1}'],
  [JSON.parse('{"__proto__":{"x":1}}'), 100, '{"__proto__":{"x":1}}'],
  [12, 100, '12'],
  ['x'.repeat(10), 4, 'xxxx…'],
];
for (const [input, max, expected] of textCases)
  values(`asText(${JSON.stringify(input)}, ${max})`, () => assert.is(asText(input, max), expected));
const amountCases: Array<[unknown, number | undefined]> = [
  [12, 12],
  [0, 0],
  [-40, undefined],
  ['12', undefined],
  [Infinity, undefined],
  [NaN, undefined],
  [1e308, 1e308],
  [null, undefined],
];
for (const [input, expected] of amountCases)
  values(`asAmount(${String(input)})`, () => assert.is(asAmount(input), expected));
values.run();

const clean = suite('forSummary');
function line(fields: Record<string, unknown>): TwoLEvent {
  return parseEventLine(
    JSON.stringify({ timestamp: '2026-01-01T00:00:00.000Z', event_type: 'tool_complete', ...fields }),
  )!;
}
clean('a clean event is returned as it is, not copied', () => {
  const e = line({
    tool_name: 'Bash',
    duration_ms: 3,
    hook_ms: 1,
    session_id: 's',
    payload: { big: 'x'.repeat(100_000) },
  });
  assert.is(forSummary(e), e);
});
clean('every field made what its name says', () => {
  const e = parseEventLine(
    '{"timestamp":"2026-13-45T99:99:99Z","event_type":"tool_error","tool_name":["R"],"error":{"toString":1},"duration_ms":"12","hook_ms":-1,"session_id":{"length":99},"agent_type":7,"data":"' +
      'd'.repeat(3000) +
      '","__proto__":{"x":1}}',
  )!;
  const c = forSummary(e) as unknown as Record<string, unknown>;
  assert.is.not(c, e);
  assert.equal(
    [
      c.timestamp,
      c.tool_name,
      c.error,
      c.duration_ms,
      c.hook_ms,
      c.session_id,
      c.agent_type,
      (c.data as string).length,
    ],
    ['', '["R"]', '{"toString":1}', undefined, undefined, '{"length":99}', '7', MAX_TEXT + 1],
  );
  assert.not.ok('duration_ms' in c);
  assert.is(({} as Record<string, unknown>).x, undefined, 'no prototype touched');
});
clean('a big payload of an alert is dropped; a small one kept', () => {
  const big = line({
    event_type: 'performance_alert',
    payload: { key: 'k', state: 'breach', junk: 'x'.repeat(20_000) },
  });
  assert.is((forSummary(big) as unknown as Record<string, unknown>).payload, undefined);
  const small = line({ event_type: 'performance_alert', payload: { key: 'k', state: 'breach' } });
  assert.is(forSummary(small), small);
});
clean.run();

const short = suite('shortLine: a stand-in for an event too long to keep');
short('known fields, cut short; unknown ones and the payload left out; the raw time kept as text', () => {
  const e = line({
    timestamp: '2026-13-45T99:99:99Z',
    error: 'e'.repeat(100_000),
    extra: 'x'.repeat(100_000),
    payload: { p: 1 },
  });
  const s = shortLine(e, 200_123);
  assert.ok(s.length < 3 * MAX_TEXT, String(s.length));
  const o = JSON.parse(s);
  assert.equal(
    [o.timestamp, o.payload, o.extra, o.error.length],
    ['2026-13-45T99:99:99Z', '[omitted: 200123 chars]', undefined, MAX_TEXT + 1],
  );
});
short.run();
