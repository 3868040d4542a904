// The metric payload rules (lib/events/metric.ts), shared by the CLI, the bash logger and the readers.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildMetricPayload, readMetricPayload, seriesKey } from '../../lib/events/metric.ts';

const accepted = suite('metric: accepted payloads');
const ok: Array<[string, [string, string, string | undefined, string[]], unknown]> = [
  ['integer', ['build_ms', '12', undefined, []], { name: 'build_ms', value: 12 }],
  ['decimal with unit', ['lint_time', '0.35', 's', []], { name: 'lint_time', value: 0.35, unit: 's' }],
  ['negative, leading dot', ['delta', '-.5', undefined, []], { name: 'delta', value: -0.5 }],
  ['exponent', ['tokens', '1e3', undefined, []], { name: 'tokens', value: 1000 }],
  ['-0 is 0', ['z', '-0', undefined, []], { name: 'z', value: 0 }],
  ['just under 1e15', ['big', '999999999999999', undefined, []], { name: 'big', value: 999999999999999 }],
  ['unit with slash and %', ['rate', '3', 'tasks/h', []], { name: 'rate', value: 3, unit: 'tasks/h' }],
  [
    'labels sorted by key',
    ['t', '1', undefined, ['stage=lint', 'agent=builder-1', 'empty=']],
    { name: 't', value: 1, labels: { agent: 'builder-1', empty: '', stage: 'lint' } },
  ],
  [
    'a label value may hold = and unicode',
    ['t', '1', undefined, ['q=a=b ü']],
    { name: 't', value: 1, labels: { q: 'a=b ü' } },
  ],
];
for (const [name, args, expected] of ok) accepted(name, () => assert.equal(buildMetricPayload(...args), expected));
accepted.run();

const refused = suite('metric: refused with a reason');
const bad: Array<[string, [string, string, string | undefined, string[]], RegExp]> = [
  ['empty name', ['', '1', undefined, []], /is not a metric name/],
  ['space in name', ['build ms', '1', undefined, []], /is not a metric name/],
  ['dot in name (would be rewritten for Prometheus)', ['build.ms', '1', undefined, []], /is not a metric name/],
  ['digit first', ['1x', '1', undefined, []], /is not a metric name/],
  ['65 characters', ['a'.repeat(65), '1', undefined, []], /is not a metric name/],
  ['label unit', ['x', '1', undefined, ['unit=ms']], /label `unit` is reserved/],
  ['control character in name', ['a\u0007', '1', undefined, []], /`a\?` is not a metric name/],
  ['NaN', ['x', 'NaN', undefined, []], /is not a number/],
  ['Infinity', ['x', 'Infinity', undefined, []], /is not a number/],
  ['hex', ['x', '0x10', undefined, []], /is not a number/],
  ['spaces', ['x', ' 1', undefined, []], /is not a number/],
  ['empty value', ['x', '', undefined, []], /is not a number/],
  ['1e15', ['x', '1e15', undefined, []], /out of range/],
  ['-1e300', ['x', '-1e300', undefined, []], /out of range/],
  ['unit with a space', ['x', '1', 'm s', []], /is not a unit/],
  ['unit too long', ['x', '1', 'u'.repeat(17), []], /is not a unit/],
  ['label without =', ['x', '1', undefined, ['stage']], /must be key=value/],
  ['label key with a dash', ['x', '1', undefined, ['my-key=v']], /is not a label name/],
  ['label key __reserved', ['x', '1', undefined, ['__name__=v']], /is not a label name/],
  ['label le', ['x', '1', undefined, ['le=1']], /label `le` is reserved/],
  ['label name', ['x', '1', undefined, ['name=1']], /label `name` is reserved/],
  ['label twice', ['x', '1', undefined, ['a=1', 'a=2']], /given twice/],
  ['newline in a label value', ['x', '1', undefined, ['a=1\n# TYPE evil gauge']], /control character/],
  ['escape in a label value', ['x', '1', undefined, ['a=\u001b[31m']], /control character/],
  ['line separator in a label value', ['x', '1', undefined, ['a=\u2028']], /control character/],
  ['label value of 129', ['x', '1', undefined, [`a=${'v'.repeat(129)}`]], /longer than 128/],
  ['nine labels', ['x', '1', undefined, Array.from({ length: 9 }, (_, i) => `k${i}=v`)], /at most 8 labels/],
];
for (const [name, args, reason] of bad)
  refused(name, () => {
    const r = buildMetricPayload(...args);
    assert.type(r, 'string');
    assert.match(r as string, reason);
  });
refused.run();

const read = suite('metric: payloads read back from a log anyone could write');
const readCases: Array<[string, unknown, unknown]> = [
  [
    'valid',
    { name: 'a', value: 2, unit: 'ms', labels: { b: '1', a: '2' } },
    { name: 'a', value: 2, unit: 'ms', labels: { a: '2', b: '1' } },
  ],
  ['not an object', 'a=1', undefined],
  ['a bad name', { name: 'a b', value: 1 }, undefined],
  ['a string value', { name: 'a', value: '1' }, undefined],
  ['a huge value', { name: 'a', value: 1e300 }, undefined],
  ['a bad unit is dropped', { name: 'a', value: 1, unit: 'm s' }, { name: 'a', value: 1 }],
  [
    'bad labels are dropped',
    { name: 'a', value: 1, labels: { ok: 'x', 'b-c': 'y', n: 3, nl: 'a\nb' } },
    { name: 'a', value: 1, labels: { ok: 'x' } },
  ],
  [
    'a __proto__ label is not a prototype',
    JSON.parse('{"name":"a","value":1,"labels":{"__proto__":"x"}}'),
    { name: 'a', value: 1 },
  ],
  [
    'more than 8 labels: not a metric',
    { name: 'a', value: 1, labels: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v'])) },
    undefined,
  ],
];
for (const [name, payload, expected] of readCases) read(name, () => assert.equal(readMetricPayload(payload), expected));
read('one series per name and label set, whatever the label order', () => {
  assert.is(
    seriesKey({ name: 'a', labels: { x: '1', y: '2' } }),
    seriesKey(readMetricPayload({ name: 'a', value: 1, labels: { y: '2', x: '1' } })!),
  );
  assert.is.not(seriesKey({ name: 'a' }), seriesKey({ name: 'a', labels: { x: '1' } }));
});
read.run();
