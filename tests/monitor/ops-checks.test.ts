// Issue 19: DB checks and dashboard starts over time (lib/monitor/ops-checks.ts), judged by the alert engine.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { LiveMetrics } from '../../lib/monitor/live-metrics.ts';
import { OpsChecks } from '../../lib/monitor/ops-checks.ts';
import { defaultPerfConfig } from '../../lib/monitor/config.ts';
import { emptyAlertState, reconcile, type AlertState } from '../../lib/monitor/alerts.ts';
import { at } from '../util/perf-fixtures.ts';

const FIX = 'Nothing is listening at 127.0.0.1:1. For a Supabase project, start the local stack with `supabase start`';
const check = (sec: number, outcome: string, wallMs = 40): TwoLEvent =>
  newEvent(
    'db_check',
    `db ${outcome}`,
    { payload: { outcome, wall_ms: wallMs, ...(outcome === 'ok' ? {} : { fix: FIX }) } },
    at(sec),
  );
const start = (sec: number, ms: number): TwoLEvent =>
  newEvent(
    'dashboard_start',
    'dashboard started',
    { duration_ms: ms, payload: { port: 8080, phases: { check_ms: 3, boot_ms: 90, port_ms: 120, ready_ms: 125 } } },
    at(sec),
  );

/** Feed events one at a time and reconcile after each: the transitions, as `key severity` or `key resolved`. */
function judge(events: TwoLEvent[]): string[] {
  const config = defaultPerfConfig();
  const lm = new LiveMetrics(config.alerts.window_ms);
  let state: AlertState = emptyAlertState();
  const out: string[] = [];
  for (const e of events) {
    lm.add(e, Date.parse(e.timestamp));
    const now = new Date(Date.parse(e.timestamp));
    const ms = lm
      .measure(config, now.getTime())
      .filter((m) => m.key.startsWith('db_check') || m.key.startsWith('dashboard_start'));
    const r = reconcile(
      state,
      ms,
      (k) => k.startsWith('db_check') || k.startsWith('dashboard_start'),
      now,
      config.alerts,
    );
    for (const a of r.begun) out.push(`${a.key} ${a.severity}: ${a.label}`);
    for (const a of r.changed) out.push(`${a.key} ${a.severity}`);
    for (const a of r.resolved) out.push(`${a.key} resolved`);
    state = r.next;
  }
  return out;
}

const db = suite('ops checks: DB checks over time');
db('three refused checks in a row: a warning, then critical at the third, with the fix; a pass resolves', () => {
  assert.equal(
    judge([check(0, 'ok'), check(10, 'refused'), check(20, 'refused'), check(30, 'refused'), check(40, 'ok')]),
    [
      `db_check.failing warning: DB checks failed in a row (fix: ${FIX})`,
      'db_check.failing critical',
      'db_check.failing resolved',
    ],
  );
});
db('a check slower than 5 s is a warning, never critical, however slow', () => {
  assert.equal(judge([check(0, 'ok', 6000), check(10, 'ok', 60_000), check(20, 'ok', 300)]), [
    'db_check_ms warning: DB check time',
    'db_check_ms resolved',
  ]);
});
db('success rate over the recent checks, and the streak', () => {
  const o = new OpsChecks();
  for (const [i, outcome] of ['ok', 'ok', 'refused', 'ok', 'timeout', 'refused'].entries()) o.add(check(i, outcome));
  const s = o.dbSnapshot();
  assert.equal([s.ok, s.recent.length, s.success_rate, s.failing_streak], [3, 6, 0.5, 2]);
  assert.is(s.recent.at(-1)!.fix, FIX);
});
db('only the newest 20 checks are kept', () => {
  const o = new OpsChecks();
  for (let i = 0; i < 50; i++) o.add(check(i, i < 40 ? 'refused' : 'ok'));
  assert.equal([o.dbSnapshot().recent.length, o.dbSnapshot().success_rate], [20, 0.5]);
});
db.run();

const starts = suite('ops checks: dashboard starts');
starts('p50/p95/p99 of the starts; one over 2 s warns, past 4 s it is critical', () => {
  const o = new OpsChecks();
  for (let i = 0; i < 19; i++) o.add(start(i, 200 + i));
  o.add(start(19, 2500));
  const s = o.startsSnapshot();
  assert.equal([s.count, s.p50, s.p99, s.max], [20, 209, 2500, 2500]);
  assert.equal(s.last!.phases, { check_ms: 3, boot_ms: 90, port_ms: 120, ready_ms: 125 });
  assert.equal(judge([start(0, 300), start(10, 2500)]), ['dashboard_start_ms.p95 warning: dashboard start p95']);
  assert.equal(judge([start(0, 5000)]), ['dashboard_start_ms.p95 critical: dashboard start p95']);
});
starts('a start without a duration, or with junk phases, is not a sample', () => {
  const o = new OpsChecks();
  o.add(newEvent('dashboard_start', 'x', { payload: { phases: { a: 1 } } }));
  o.add(newEvent('dashboard_start', 'x', { duration_ms: 10, payload: { phases: { a: '<b>', b: -1, c: 5 } } }));
  assert.equal(o.startsSnapshot().count, 1);
  assert.equal(o.startsSnapshot().last!.phases, { c: 5 });
});
starts.run();
