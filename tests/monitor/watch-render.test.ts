// `/2l-status --watch`'s status cell (lib/monitor/watch-render.ts): the engine's states and severities, coloured.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { REGRESSED, renderWatchFrame, statusText, trendCell } from '../../lib/monitor/watch-render.ts';
import { collectStatus } from '../../lib/monitor/status-collect.ts';
import { at, lines, project, toolCall } from '../util/perf-fixtures.ts';

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

const regressions = suite('watch: a regressed component is marked');
regressions('▲ beside the sparkline when the session regressed; nothing otherwise', () => {
  assert.is(
    trendCell({ trend: '▁▂▇', regression: '300 ms this session vs median 100 ms of 4 before' }, false),
    `▁▂▇ ${REGRESSED}`,
  );
  assert.is(trendCell({ trend: '▁▂▇', regression: 'x' }, true), '▁▂▇ \u001b[33m▲\u001b[39m');
  assert.is(trendCell({ trend: '▁▂▂' }, false), '▁▂▂');
  assert.is(trendCell({ trend: '' }, false), '-');
});
regressions.run();

const frame = suite('watch: the frame shows a regression');
frame('four sessions of 100 ms Grep calls, then one of 900 ms: ▲ on the row and a line saying why', async () => {
  const sessions = ['s1', 's2', 's3', 's4', 's5'];
  const events = sessions.flatMap((sid, k) =>
    Array.from({ length: 6 }, (_, i) => toolCall('Grep', k === 4 ? 900 : 100 + i, k * 60 + i, { session_id: sid })),
  );
  const dir = project({ 'events.jsonl': lines(events) });
  const { report } = await collectStatus(dir, { now: at(600), recordAlerts: false });
  const out = renderWatchFrame(report, { width: 200, height: 80, color: false, now: at(600), everyMs: 1000 });
  const row = out.find((l) => /^\s+Grep p95/.test(l));
  assert.ok(row?.includes(REGRESSED), out.join('\n'));
  assert.ok(
    out.some((l) => l.includes(`${REGRESSED} Grep p95 regressed: 900 ms this session vs median`)),
    out.join('\n'),
  );
});
frame.run();
