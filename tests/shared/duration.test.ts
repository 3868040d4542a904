import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  formatClock,
  formatFigure,
  formatMs,
  formatMsPrecise,
  formatMsShort,
  parseDuration,
  parseSince,
} from '../../lib/shared/duration.ts';

const parse = suite('parseDuration');
const good: Array<[string, number]> = [
  ['15m', 900_000],
  ['2h', 7_200_000],
  ['1d', 86_400_000],
  ['1w', 604_800_000],
  ['90s', 90_000],
  ['250ms', 250],
  ['1h30m', 5_400_000],
  ['1.5h', 5_400_000],
  [' 10m ', 600_000],
];
for (const [text, ms] of good) parse(`${JSON.stringify(text)} is ${ms} ms`, () => assert.is(parseDuration(text), ms));
const bad = ['', '15', 'm', '15x', '-5m', '0m', '1h 30m', '15M', '1e3s', '10m;rm'];
for (const text of bad) parse(`${JSON.stringify(text)} is refused`, () => assert.throws(() => parseDuration(text)));
parse.run();

const since = suite('parseSince');
const now = new Date('2026-11-20T12:00:00.000Z');
since('a duration counts back from now', () =>
  assert.is(parseSince('2h', now).toISOString(), '2026-11-20T10:00:00.000Z'),
);
since('an ISO time is taken as is', () =>
  assert.is(parseSince('2026-11-19T08:30:00Z', now).toISOString(), '2026-11-19T08:30:00.000Z'),
);
since('a broken ISO time is refused', () => assert.throws(() => parseSince('2026-13-45T99:00:00Z', now), /ISO 8601/));
since.run();

const fmt = suite('formatMs');
const table: Array<[number | undefined, string]> = [
  [undefined, '-'],
  [3.25, '3.3 ms'],
  [850, '850 ms'],
  [1500, '1.50 s'],
  [12_340, '12.3 s'],
  [245_000, '4m 05s'],
  [7_800_000, '2h 10m'],
  [273_600_000, '3d 4h'],
];
for (const [ms, text] of table) fmt(`${ms} -> ${text}`, () => assert.is(formatMs(ms), text));
fmt.run();

const missing = suite('formatMs: what is not a duration');
for (const v of [undefined, Number.NaN, Infinity, -1]) {
  missing(`${v} -> the placeholder`, () => {
    assert.is(formatMs(v), '-');
    assert.is(formatMs(v, '–'), '–');
  });
}
missing.run();

/** Each variant keeps the shape its callers' tests pin (status line, db report, the page's clocks). */
const variants = suite('formatMs variants');
const clock: Array<[number | undefined, string]> = [
  [undefined, '–'],
  [-5, '–'],
  [999, '0s'],
  [42_900, '42s'],
  [3_005_400, '50m 05s'],
  [7_800_000, '2h 10m'],
];
for (const [ms, text] of clock) variants(`formatClock ${ms} -> ${text}`, () => assert.is(formatClock(ms, '–'), text));
const short: Array<[number, string]> = [
  [5, '5ms'],
  [900, '900ms'],
  [12_340, '12.3s'],
  [150_000, '3m'],
];
for (const [ms, text] of short) variants(`formatMsShort ${ms} -> ${text}`, () => assert.is(formatMsShort(ms), text));
const precise: Array<[number | undefined, string]> = [
  [undefined, '?'],
  [0.4567, '0.46 ms'],
  [152.4, '152 ms'],
  [15_000, '15000 ms'],
];
for (const [ms, text] of precise)
  variants(`formatMsPrecise ${ms} -> ${text}`, () => assert.is(formatMsPrecise(ms), text));
variants.run();

// The one rule of the performance tables and alert lines: a target column never mixes `1.00 s` and `1m 00s`.
const figures = suite('formatFigure: one rule for every performance table');
const figureCases: Array<[number | null, string, string]> = [
  [null, 'ms', '-'],
  [312.44, 'ms', '312.4 ms'],
  [1000, 'ms', '1 s'],
  [3500, 'ms', '3.5 s'],
  [12_340, 'ms', '12.3 s'],
  [59_960, 'ms', '1 min'],
  [60_000, 'ms', '1 min'],
  [120_000, 'ms', '2 min'],
  [125_000, 'ms', '2m 05s'],
  [7_800_000, 'ms', '2h 10m'],
  [1 / 3, 'ratio', '33.3 %'],
  [0.0066, 'ratio', '0.66 %'],
  [0.001, 'ratio', '0.1 %'],
  [5.2, 'usd', '$5.20'],
  [12, 'items', '12 items'],
];
for (const [v, unit, text] of figureCases)
  figures(`${v} ${unit} -> ${text}`, () => assert.is(formatFigure(v, unit), text));
figures.run();
