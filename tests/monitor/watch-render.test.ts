// `/2l-status --watch`'s status cell (lib/monitor/watch-render.ts): the engine's states and severities, coloured.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { statusText } from '../../lib/monitor/watch-render.ts';

const colours = suite('watch: status colours');
const cases: Array<[Parameters<typeof statusText>[0], string, string]> = [
  [{ status: 'firing', severity: 'critical' }, 'firing (critical)', '\u001b[31m'],
  [{ status: 'firing', severity: 'warning' }, 'firing (warning)', '\u001b[33m'],
  [{ status: 'pending', severity: 'warning' }, 'pending (warning)', '\u001b[33m'],
  [{ status: 'ok' }, 'ok', '\u001b[32m'],
  [{ status: 'no data' }, 'no data', '\u001b[2m'],
];
for (const [row, text, colour] of cases)
  colours(text, () => {
    assert.is(statusText(row, false), text);
    assert.is(statusText(row, true).slice(0, colour.length), colour);
    assert.ok(statusText(row, true).includes(text));
  });
colours.run();
