import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  describeAlert,
  emptyAlertState,
  isLogKey,
  measureRecentTimings,
  parseAlertState,
  targetStatuses,
  reconcile,
  type Measurement,
} from '../../lib/monitor/alerts.ts';
import { readAlertState, recordAlerts } from '../../lib/monitor/alert-store.ts';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { defaultPerfConfig } from '../../lib/monitor/config.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { LiveMetrics } from '../../lib/monitor/live-metrics.ts';
import { at, hookEvent, project, toolCall } from '../util/perf-fixtures.ts';
import { eventLines } from '../util/events.ts';

const config = defaultPerfConfig();
const m = (key: string, value: number, target = 100): Measurement => ({
  key,
  label: key,
  value,
  target,
  unit: 'ms',
  samples: 50,
});

const measure = suite('alerts: the window measured (live-metrics.ts, shared by /2l-status and the server)');
const measureLog = (events: TwoLEvent[], cfg = config, malformed = 0) => {
  const lm = new LiveMetrics(cfg.alerts.window_ms);
  for (const e of events) lm.add(e);
  for (let i = 0; i < malformed; i++) lm.addMalformed();
  return lm.measure(cfg, at(100).getTime());
};
measure('hook p95, error rate and per-tool p95 from the log; too few samples measure nothing', () => {
  const events: TwoLEvent[] = [];
  // 20 Read calls: 19 at 100 ms, one at 5000 ms -> p95 (rank 19) = 100 ms, under the 1000 ms target.
  for (let i = 0; i < 19; i++) events.push(toolCall('Read', 100, i));
  events.push(toolCall('Read', 5000, 19));
  // 20 Grep calls at 3000 ms: p95 3000 > 2000 target.
  for (let i = 0; i < 20; i++) events.push(toolCall('Grep', 3000, 20 + i));
  // 19 Bash calls: below min_samples (20), never measured.
  for (let i = 0; i < 19; i++) events.push(toolCall('Bash', 999_999, 40 + i));
  const got = measureLog(events, config, 1);
  const byKey = Object.fromEntries(got.map((x) => [x.key, x]));
  assert.equal(Object.keys(byKey).sort(), [
    'error_rate',
    'hook_ms.p95',
    'tool.Grep.p95',
    'tool.Read.p95',
    'tool_failure_rate',
  ]);
  assert.is(byKey['tool.Read.p95']!.value, 100);
  assert.is(byKey['tool.Grep.p95']!.value, 3000);
  assert.is(byKey['hook_ms.p95']!.value, 2);
  // 1 malformed line of 60 lines.
  assert.is(byKey['error_rate']!.value, 1 / 60);
  assert.is(byKey['error_rate']!.samples, 60);
});
measure('pipeline errors (unreadable hook payloads) count toward the error rate; tool failures do not', () => {
  const events: TwoLEvent[] = [];
  for (let i = 0; i < 18; i++) events.push(hookEvent('stop', i));
  events.push(hookEvent('tool_error', 18, { tool_name: 'Bash', error: 'exit 1' }));
  events.push(hookEvent('user_prompt', 19, { error: 'hook payload is not JSON: x' }));
  const rate = measureLog(events).find((x) => x.key === 'error_rate')!;
  assert.is(rate.value, 1 / 20);
});
measure('a null target turns its check off', () => {
  const off = defaultPerfConfig();
  off.targets.hook_ms = null;
  off.targets.error_rate = null;
  const events: TwoLEvent[] = [];
  for (let i = 0; i < 30; i++) events.push(hookEvent('stop', i, { hook_ms: 999 }));
  assert.equal(measureLog(events, off), []);
  off.targets.state_query_ms = null;
  let state = emptyAlertState();
  for (let i = 0; i < 30; i++) state = measureRecentTimings(state, 'state_query_ms', 'q', 80, off).state;
  assert.is(measureRecentTimings(state, 'state_query_ms', 'q', 80, off).measurement, undefined);
  // Other targets stay on.
  const lm = new LiveMetrics(off.alerts.window_ms);
  for (let i = 0; i < 30; i++) lm.addProcessing(80, at(i).getTime());
  assert.is(lm.measure(off, at(40).getTime()).find((x) => x.key === 'event_processing_ms')!.target, 250);
});
measure.run();

const rec = suite('alerts: reconcile (once per breach)');
const now = at(0);
rec('a breach begins once, stays active while breached, ends once', () => {
  const owns = () => true;
  const a = reconcile(emptyAlertState(), [m('hook_ms.p95', 300)], owns, now);
  assert.equal([a.begun.length, a.resolved.length], [1, 0]);
  const b = reconcile(a.next, [m('hook_ms.p95', 400)], owns, at(60));
  assert.equal([b.begun.length, b.resolved.length], [0, 0]);
  assert.is(b.next.active['hook_ms.p95']!.since, now.toISOString(), 'onset kept');
  assert.is(b.next.active['hook_ms.p95']!.value, 400, 'latest value kept');
  const c = reconcile(b.next, [m('hook_ms.p95', 50)], owns, at(120));
  assert.equal([c.begun.length, c.resolved.length], [0, 1]);
  assert.equal(c.next.active, {});
  assert.is(c.resolved[0]!.now, 50);
});
rec('exactly at target is not a breach', () => {
  assert.is(reconcile(emptyAlertState(), [m('x', 100, 100)], () => true, now).begun.length, 0);
});
rec('a key with no recent data ends only when this evaluator owns it', () => {
  const state = reconcile(emptyAlertState(), [m('tool.Bash.p95', 300), m('state_query_ms', 190)], () => true, now).next;
  const r = reconcile(state, [], isLogKey, at(10));
  assert.equal(
    r.resolved.map((x) => x.key),
    ['tool.Bash.p95'],
  );
  assert.equal(Object.keys(r.next.active), ['state_query_ms']);
});
rec('recent timings: p95 of the last 50, only from min_samples on', () => {
  const cfg = defaultPerfConfig();
  cfg.alerts.min_samples = 3;
  let state = emptyAlertState();
  const seen: Array<number | undefined> = [];
  for (const v of [10, 200, 20, 30]) {
    const r = measureRecentTimings(state, 'state_query_ms', 'query p95', v, cfg);
    state = r.state;
    seen.push(r.measurement?.value);
  }
  // [10,200,20] -> sorted 10 20 200, rank ceil(2.85)=3 -> 200; [10,200,20,30] -> rank ceil(3.8)=4 -> 200.
  assert.equal(seen, [undefined, undefined, 200, 200]);
  for (let i = 0; i < 60; i++) state = measureRecentTimings(state, 'state_query_ms', 'q', 5, cfg).state;
  assert.is(state.timings!.state_query_ms!.length, 50);
  assert.is(
    measureRecentTimings(state, 'state_query_ms', 'q', 5, cfg).measurement!.value,
    5,
    'the old slow one has aged out',
  );
  assert.equal(parseAlertState(JSON.parse(JSON.stringify(state))).timings, state.timings);
});
rec('state files of any shape parse to a valid state', () => {
  for (const v of [null, 1, 'x', [], { active: [] }, { active: { k: 'bad' } }, { active: { k: { since: 1 } } }])
    assert.equal(parseAlertState(v), emptyAlertState());
  const ok = parseAlertState({ active: { k: { since: 'x', value: 2, target: 1, unit: 'ratio' } } });
  assert.is(ok.active.k!.unit, 'ratio');
});
rec('description', () => {
  assert.is(
    describeAlert({ label: 'hook p95', value: 312.44, target: 200, unit: 'ms' }),
    'hook p95 312.4 ms > target 200 ms',
  );
  assert.is(
    describeAlert({ label: 'event error rate', value: 0.0066, target: 0.001, unit: 'ratio' }),
    'event error rate 0.66 % > target 0.1 %',
  );
});
rec.run();

const store = suite('alerts: recorded in the log once per breach');
function alertEvents(dir: string) {
  return eventLines(dir)
    .map((l) => parseEventLine(l)!)
    .filter((e) => e.event_type === 'performance_alert');
}
store('begin, repeat, end: two events in all', () => {
  const dir = project();
  for (let i = 0; i < 3; i++) recordAlerts(dir, [m('hook_ms.p95', 300)], isLogKey, at(i));
  let events = alertEvents(dir);
  assert.is(events.length, 1);
  assert.equal((events[0]!.payload as Record<string, unknown>).state, 'breach');
  assert.match(events[0]!.data, /^Alert: hook_ms\.p95 300 ms > target 100 ms$/);
  assert.is(Object.keys(readAlertState(dir).active).length, 1);
  recordAlerts(dir, [m('hook_ms.p95', 20)], isLogKey, at(5));
  recordAlerts(dir, [m('hook_ms.p95', 20)], isLogKey, at(6));
  events = alertEvents(dir);
  assert.equal(
    events.map((e) => (e.payload as Record<string, unknown>).state),
    ['breach', 'resolved'],
  );
  assert.match(events[1]!.data, /^Resolved: hook_ms\.p95 back within target 100 ms \(now 20 ms\)$/);
  assert.equal(readAlertState(dir).active, {});
  // The shared summary tracks the same lifecycle from the log.
  const s = new Summary();
  for (const e of events) s.add(e);
  assert.is(s.snapshot().active_alerts.length, 0);
  s.add(events[0]!);
  assert.is(s.snapshot().active_alerts.length, 1);
});
store('a held lock skips recording; a stale lock is taken over', () => {
  const dir = project();
  const lock = path.join(dir, '.2L', '.alerts.lock');
  fs.mkdirSync(lock);
  assert.match(recordAlerts(dir, [m('k', 300)], isLogKey, at(0)).skipped!, /another run/);
  assert.is(alertEvents(dir).length, 0);
  fs.utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  assert.is(recordAlerts(dir, [m('k', 300)], isLogKey, at(0)).skipped, undefined);
  assert.is(alertEvents(dir).length, 1);
  assert.not.ok(fs.existsSync(lock), 'lock released');
});
store('a corrupt state file is treated as empty, then rewritten', () => {
  const dir = project({ 'alerts-state.json': '{not json' });
  recordAlerts(dir, [m('k', 300)], isLogKey, at(0));
  assert.is(JSON.parse(fs.readFileSync(path.join(dir, '.2L', 'alerts-state.json'), 'utf8')).active.k.value, 300);
});
store('no .2L folder: nothing is created', () => {
  const dir = path.dirname(project()) + `/no-2l-${process.pid}`;
  fs.mkdirSync(dir, { recursive: true });
  assert.match(recordAlerts(dir, [m('k', 300)], isLogKey, at(0)).skipped!, /no \.2L folder/);
  assert.not.ok(fs.existsSync(path.join(dir, '.2L')));
});
store.run();

const life = suite('alerts: lifecycle (pending → firing → resolved), severity, hysteresis');
const lc = { pending_ms: 30_000, hysteresis: 0.1 };
const mc = (value: number, target = 100): Measurement => ({ ...m('k', value, target), critical: target * 2 });
life('a breach is pending until it has lasted the pending time, then fires once', () => {
  const a = reconcile(emptyAlertState(), [mc(150)], () => true, at(0), lc);
  assert.equal([a.begun.length, a.next.active.k!.state], [0, 'pending']);
  const b = reconcile(a.next, [mc(160)], () => true, at(20), lc);
  assert.equal([b.begun.length, b.next.active.k!.state], [0, 'pending']);
  const c = reconcile(b.next, [mc(170)], () => true, at(30), lc);
  assert.equal([c.begun.length, c.next.active.k!.state], [1, 'firing']);
  assert.is(c.begun[0]!.since, at(30).toISOString(), 'since is when it fired');
  assert.is(reconcile(c.next, [mc(170)], () => true, at(40), lc).begun.length, 0);
});
life('a pending breach that clears before it fires leaves no event', () => {
  const a = reconcile(emptyAlertState(), [mc(150)], () => true, at(0), lc);
  const b = reconcile(a.next, [mc(50)], () => true, at(10), lc);
  assert.equal([b.begun.length, b.resolved.length, Object.keys(b.next.active)], [0, 0, []]);
});
life('warning past the target, critical past the critical threshold; one change event each way', () => {
  const now0 = { pending_ms: 0, hysteresis: 0.1 };
  const a = reconcile(emptyAlertState(), [mc(150)], () => true, at(0), now0);
  assert.is(a.begun[0]!.severity, 'warning');
  const b = reconcile(a.next, [mc(250)], () => true, at(1), now0);
  assert.equal([b.changed.length, b.changed[0]!.severity], [1, 'critical']);
  // 190 is inside 200 but within the 10 % margin: still critical.
  assert.is(reconcile(b.next, [mc(190)], () => true, at(2), now0).changed.length, 0);
  const c = reconcile(b.next, [mc(170)], () => true, at(3), now0);
  assert.equal([c.changed.length, c.changed[0]!.severity], [1, 'warning']);
});
life('noise around the target fires once and resolves once (hysteresis)', () => {
  const noisy = [95, 105, 97, 103, 92, 108, 99, 101, 94, 106, 85];
  let state = emptyAlertState();
  const events: string[] = [];
  noisy.forEach((v, i) => {
    const r = reconcile(state, [m('k', v, 100)], () => true, at(i), { pending_ms: 0, hysteresis: 0.1 });
    state = r.next;
    events.push(...r.begun.map(() => `fire@${v}`), ...r.resolved.map(() => `resolve@${v}`));
  });
  assert.equal(events, ['fire@105', 'resolve@85']);
  // Without the margin the same noise flaps on every crossing.
  state = emptyAlertState();
  let flaps = 0;
  for (const [i, v] of noisy.entries()) {
    const r = reconcile(state, [m('k', v, 100)], () => true, at(i), { pending_ms: 0, hysteresis: 0 });
    state = r.next;
    flaps += r.begun.length + r.resolved.length;
  }
  assert.ok(flaps > 6);
});
life('a floor (below) breaches under its target', () => {
  const floor: Measurement = { ...m('rate', 0.8, 0.9), unit: 'ratio', below: true };
  const r = reconcile(emptyAlertState(), [floor], () => true, at(0));
  assert.is(r.begun.length, 1);
  assert.is(describeAlert(r.begun[0]!), 'rate 80 % < target 90 %');
});
life('durations read as people say them, not 117734 ms', () => {
  assert.is(
    describeAlert({ label: 'Bash p95', value: 117_734, target: 60_000, unit: 'ms' }),
    'Bash p95 1m 58s > target 1 min',
  );
  assert.is(
    describeAlert({ label: 'cost today', value: 41.5, target: 40, unit: 'usd' }),
    'cost today $41.50 > target $40.00',
  );
});
life('targetStatuses: current, target, status, severity and since per target', () => {
  const r = reconcile(emptyAlertState(), [mc(150)], () => true, at(0), lc);
  const fired = reconcile(r.next, [mc(150)], () => true, at(30), lc).next;
  fired.active.gone = { key: 'gone', label: 'gone', since: at(1).toISOString(), value: 1, target: 0, unit: 'ms' };
  assert.equal(targetStatuses([mc(150), m('ok', 5)], fired), [
    {
      component: 'k',
      key: 'k',
      current: 150,
      target: 100,
      unit: 'ms',
      status: 'firing',
      severity: 'warning',
      since: at(30).toISOString(),
      samples: 50,
    },
    { component: 'ok', key: 'ok', current: 5, target: 100, unit: 'ms', status: 'ok', samples: 50 },
    {
      component: 'gone',
      key: 'gone',
      current: null,
      target: 0,
      unit: 'ms',
      status: 'firing',
      severity: 'warning',
      since: at(1).toISOString(),
      samples: 0,
    },
  ]);
  assert.equal(targetStatuses([mc(150)], r.next)[0]!.status, 'pending');
});
life.run();

// Issue 15: the default event_processing_ms fired "critical" during bursts on a loaded machine.
const processing = suite('alerts: event processing does not fire on load noise');
/** Feed per-second processing samples (ms at each second from `from`) and reconcile every second. */
function drive(samples: Array<[number, number]>, until: number) {
  const config = defaultPerfConfig();
  const lm = new LiveMetrics(config.alerts.window_ms);
  let state = emptyAlertState();
  const fired: string[] = [];
  for (let sec = 0; sec <= until; sec++) {
    for (const [t, ms] of samples) if (t === sec) for (let i = 0; i < 40; i++) lm.addProcessing(ms, at(sec).getTime());
    const ms = lm.measure(config, at(sec).getTime()).filter((x) => x.key === 'event_processing_ms');
    const r = reconcile(state, ms, (k) => k === 'event_processing_ms', at(sec), config.alerts);
    for (const a of r.begun) fired.push(`${sec}: ${a.severity}`);
    if (r.resolved.length > 0) fired.push(`${sec}: resolved`);
    state = r.next;
  }
  return fired;
}
processing('a burst of 220 ms on a loaded machine (the measured worst) fires nothing', () => {
  const quick: Array<[number, number]> = Array.from({ length: 300 }, (_, s) => [s, 10]);
  assert.equal(drive([...quick, [30, 220], [31, 220]], 300), []);
});
processing('a 600 ms burst lasting under two minutes stays pending and leaves no event', () => {
  const burst: Array<[number, number]> = Array.from({ length: 50 }, (_, s) => [s, 600]);
  assert.equal(drive(burst, 300), []);
});
processing('slowness that lasts fires, after two minutes, and resolves once it is over', () => {
  const slow: Array<[number, number]> = Array.from({ length: 200 }, (_, s) => [s, 600]);
  const quick: Array<[number, number]> = Array.from({ length: 200 }, (_, s) => [200 + s, 10]);
  const fired = drive([...slow, ...quick], 400);
  assert.is(fired.length, 2, fired.join(', '));
  assert.is(fired[0], '120: critical');
  // Resolved once the newest samples are quick again (after the slowness ended at 200 s), and only then.
  const [sec, what] = fired[1]!.split(': ');
  assert.ok(what === 'resolved' && Number(sec) > 200, fired[1]);
});
processing.run();
