import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDuration } from '../lib/duration-arg.ts';

const good = suite('parseDuration');
const table: Array<[string, number]> = [
  ['500ms', 500],
  ['90s', 90_000],
  ['15m', 900_000],
  ['2h', 7_200_000],
  ['7d', 604_800_000],
  ['1w', 604_800_000],
  ['1h30m', 5_400_000],
  ['1.5h', 5_400_000],
  [' 10s ', 10_000],
];
for (const [input, ms] of table) good(`${JSON.stringify(input)} is ${ms} ms`, () => assert.is(parseDuration(input), ms));
for (const input of ['', '10', 'm', '10x', '5 minutes', '-5m', '1h 30m', '10m!']) {
  good(`${JSON.stringify(input)} is refused`, () => assert.throws(() => parseDuration(input), /is not a duration/));
}
good.run();
