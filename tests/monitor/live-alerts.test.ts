import { spawn } from 'node:child_process';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LiveAlerts } from '../../lib/monitor/live-alerts.ts';
import { collectStatus } from '../../lib/monitor/status-collect.ts';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { ROOT } from '../util/claude.ts';
import { eventLines } from '../util/events.ts';
import { hookEvent, lines, project, toolCall } from '../util/perf-fixtures.ts';

const recent = <T extends TwoLEvent>(e: T, i: number): T => ({
  ...e,
  timestamp: new Date(Date.now() - 60_000 + i).toISOString(),
});
const alertsIn = (dir: string) =>
  eventLines(dir)
    .map((l) => parseEventLine(l)!)
    .filter((e) => e.event_type === 'performance_alert')
    .map((e) => `${(e.payload as { key: string }).key}:${(e.payload as { state: string }).state}`);

const once = suite('live alerts: one event per transition, whoever evaluates');
once('the server engine and /2l-status judge alike: one alert, not resolved by the other', async () => {
  const slow = Array.from({ length: 25 }, (_, i) => recent(toolCall('Grep', 3000, i), i));
  const dir = project({ 'events.jsonl': lines(slow) });
  const live = new LiveAlerts({ project: dir, notifier: null });
  live.onBatch(slow, 0, false);
  live.start();
  live.close();
  assert.equal(alertsIn(dir), ['tool.Grep.p95:breach']);
  assert.equal(
    live.rows().find((r) => r.key === 'tool.Grep.p95'),
    {
      component: 'Grep p95',
      key: 'tool.Grep.p95',
      current: 3000,
      target: 2000,
      unit: 'ms',
      status: 'firing',
      severity: 'warning',
      since: live.firing()[0]!.since,
      samples: 25,
    },
  );
  await collectStatus(dir);
  await collectStatus(dir);
  assert.equal(alertsIn(dir), ['tool.Grep.p95:breach'], 'status neither repeats nor resolves it');
});
once("four evaluators racing on a fresh breach write it once (the alert store's lock)", async () => {
  const failing = Array.from({ length: 30 }, (_, i) =>
    recent(hookEvent('tool_error', i, { tool_name: 'Bash', duration_ms: 5, error: 'exit 1' }), i),
  );
  const dir = project({ 'events.jsonl': lines(failing) });
  const run = () =>
    new Promise<number | null>((resolve) => {
      const c = spawn(process.execPath, [path.join(ROOT, 'dist', 'status.mjs'), '--json', '--project', dir], {
        stdio: 'ignore',
        env: { PATH: process.env.PATH, HOME: dir },
      });
      c.on('exit', resolve);
    });
  const codes = await Promise.all([run(), run(), run(), run()]);
  assert.equal(codes, [0, 0, 0, 0]);
  // A run that found the lock held skipped its turn; the one that held it wrote the transition.
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach']);
  // And the server's engine, coming later, finds it firing already.
  const live = new LiveAlerts({ project: dir, notifier: null });
  live.onBatch(failing, 0, false);
  live.start();
  live.close();
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach']);
});
once.run();
