import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateAtStop, MAX_READ_BYTES } from '../../lib/monitor/stop-alerts.ts';
import { holdLease, leaseFile, liveLeaseHolder, releaseLease } from '../../lib/monitor/alert-lease.ts';
import { LiveAlerts } from '../../lib/monitor/live-alerts.ts';
import { Notifier, type Notice } from '../../lib/monitor/notify.ts';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { tempDir } from '../util/claude.ts';
import { eventLines } from '../util/events.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';
import { spawnSync } from 'node:child_process';

const NOW = new Date();
/** 21 calls a minute ago, every third failed: 33 %, past twice the 10 % target. */
function failing(n = 21, now = NOW): TwoLEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    ...toolCall('Bash', 20, 0, i % 3 === 0 ? { error: 'exit 3' } : {}),
    event_type: i % 3 === 0 ? 'tool_error' : 'tool_complete',
    timestamp: new Date(now.getTime() - 60_000 + i * 100).toISOString(),
  }));
}
const alertsIn = (dir: string) =>
  eventLines(dir)
    .map((l) => parseEventLine(l)!)
    .filter((e) => e?.event_type === 'performance_alert')
    .map((e) => `${(e.payload as { key: string }).key}:${(e.payload as { state: string }).state}`);
const runtime = () => {
  const rt = tempDir('rt');
  fs.chmodSync(rt, 0o700);
  return rt;
};
/** A notifier whose webhook POSTs are recorded, with no desktop notifier. */
function recorder() {
  const sent: Notice['fields'][] = [];
  const notifier = new Notifier({
    project: '/nonexistent',
    desktop: false,
    webhookUrl: 'http://127.0.0.1:9/hook',
    fetchImpl: async (_url, init) => {
      sent.push((JSON.parse(String(init!.body)) as { alert: Notice['fields'] }).alert);
      return new Response('ok');
    },
  });
  return { sent, notifier };
}

const noServer = suite('stop alerts: no server, the Stop hook judges the log');
noServer('a 33 % tool failure rate fires once, critical, and is notified', async () => {
  const dir = project({ 'events.jsonl': lines(failing()) });
  const rt = runtime();
  const { sent, notifier } = recorder();
  const first = await evaluateAtStop({ project: dir, runtime: rt, now: NOW, notifier });
  assert.ok(first.ran, JSON.stringify(first));
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach']);
  assert.equal(
    sent.map((f) => `${f.key} ${f.severity}`),
    ['tool_failure_rate critical'],
  );
  // The next Stop with nothing new neither repeats nor resolves it.
  const again = await evaluateAtStop({ project: dir, runtime: rt, now: new Date(NOW.getTime() + 1000), notifier });
  assert.ok(again.ran && again.read === 1, 'only the alert line appended since was read');
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach']);
  assert.is(sent.length, 1);
});
noServer('incremental: each Stop reads only what the log gained; recovery resolves', async () => {
  const dir = project({ 'events.jsonl': lines(failing()) });
  const rt = runtime();
  const r1 = await evaluateAtStop({ project: dir, runtime: rt, now: NOW, notifier: null });
  assert.ok(r1.ran && r1.read === 21);
  const ok = Array.from({ length: 200 }, (_, i) => ({
    ...toolCall('Bash', 20, 0),
    timestamp: new Date(NOW.getTime() - 30_000 + i).toISOString(),
  }));
  fs.appendFileSync(path.join(dir, '.2L', 'events.jsonl'), lines(ok));
  const r2 = await evaluateAtStop({ project: dir, runtime: rt, now: NOW, notifier: null });
  // The alert line the first Stop wrote, and the 200 new calls.
  assert.ok(r2.ran && r2.read === 201, JSON.stringify(r2));
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach', 'tool_failure_rate:resolved']);
});
noServer('capped: a log far past the cap is judged on its newest bytes, never read whole', async () => {
  const pad = 'x'.repeat(900);
  const many = Array.from({ length: 2000 }, (_, i) => ({
    ...toolCall('Read', 5, 0),
    data: pad,
    timestamp: new Date(NOW.getTime() - 100_000 + i).toISOString(),
  }));
  const dir = project({ 'events.jsonl': lines([...many, ...failing()]) });
  assert.ok(fs.statSync(path.join(dir, '.2L', 'events.jsonl')).size > 3 * MAX_READ_BYTES);
  const r = await evaluateAtStop({ project: dir, runtime: rt0(), now: NOW, notifier: null });
  assert.ok(r.ran && r.read < 600 && r.read > 100, JSON.stringify(r));
  // The first line read starts mid-line: not counted as a malformed line (no hook error rate alert).
  assert.not.ok(alertsIn(dir).includes('error_rate:breach'));
});
const rt0 = runtime;
noServer('a planted .2L (a link to elsewhere) is refused: nothing read, nothing written', async () => {
  const elsewhere = project({ 'events.jsonl': lines(failing()) });
  const dir = tempDir('planted');
  fs.symlinkSync(path.join(elsewhere, '.2L'), path.join(dir, '.2L'));
  const r = await evaluateAtStop({ project: dir, runtime: runtime(), now: NOW, notifier: null });
  assert.is(r.ran, false);
  assert.equal(alertsIn(elsewhere), []);
});
noServer.run();

const lease = suite('stop alerts: a dashboard server holding the lease owns evaluation');
lease('while a live server holds a fresh lease the Stop path stands aside; the server records once', async () => {
  const events = failing();
  const dir = project({ 'events.jsonl': lines(events) });
  const rt = runtime();
  const live = new LiveAlerts({ project: dir, notifier: null, runtime: rt });
  live.onBatch(events, 0, false);
  live.start();
  try {
    assert.is(liveLeaseHolder(rt, dir), process.pid);
    const r = await evaluateAtStop({ project: dir, runtime: rt, notifier: null });
    assert.equal(r, { ran: false, why: `the dashboard server (pid ${process.pid}) evaluates alerts` });
    assert.equal(alertsIn(dir), ['tool_failure_rate:breach'], 'the server recorded it, once');
  } finally {
    live.close();
  }
  assert.is(liveLeaseHolder(rt, dir), undefined, 'released on close');
  // Server gone: the Stop path judges again, and finds the breach already recorded.
  const r = await evaluateAtStop({ project: dir, runtime: rt, notifier: null });
  assert.ok(r.ran);
  assert.equal(alertsIn(dir), ['tool_failure_rate:breach']);
});
lease('a stale lease, or one whose holder died, does not stop the Stop path', async () => {
  const rt = runtime();
  const cases: Array<[string, (dir: string) => void]> = [
    [
      'not renewed for a minute',
      (dir) => {
        holdLease(rt, dir);
        const old = new Date(Date.now() - 60_000);
        fs.utimesSync(leaseFile(rt, dir), old, old);
      },
    ],
    [
      'its holder is gone',
      (dir) => {
        const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
        holdLease(rt, dir, dead);
      },
    ],
  ];
  for (const [name, plant] of cases) {
    // The lease's age is judged against the real clock: so are these events.
    const now = new Date();
    const dir = project({ 'events.jsonl': lines(failing(21, now)) });
    plant(dir);
    const r = await evaluateAtStop({ project: dir, runtime: rt, now, notifier: null });
    assert.ok(r.ran, `${name}: ${JSON.stringify(r)}`);
    assert.equal(alertsIn(dir), ['tool_failure_rate:breach'], name);
    releaseLease(rt, dir);
  }
});
lease.run();
