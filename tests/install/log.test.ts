/**
 * The install log (lib/install/log.ts) and its summary (log-stats.ts),
 * in-process: records, trimming to the last 100 runs, a planted log never
 * followed, and the success rate. tests/bin/install-log.test.ts runs the
 * installer for the records of real runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { emptyReport } from '../../lib/install/context.ts';
import { LOG_FILE, LOG_RUNS, parseLog, RunLog, trimLog, type LogRecord } from '../../lib/install/log.ts';
import { formatStats, logStats } from '../../lib/install/log-stats.ts';
import { tempDir } from '../util/claude.ts';

const T0 = Date.UTC(2026, 5, 1);
const fakeNow = () => {
  let t = T0;
  return () => new Date((t += 1000));
};
const runId = (i: number) => `20260601T0000${String(i).padStart(5, '0')}Z-1`;

function logRun(target: string, i: number, exit = 0): void {
  const log = new RunLog(target, { command: 'install', version: '0.1.0', run: runId(i), pid: 1, now: fakeNow() });
  log.start();
  const r = emptyReport('install', target, '0.1.0', false);
  r.exitCode = exit;
  r.files = [
    { rel: 'commands/a.md', action: 'create' },
    { rel: 'commands/b.md', action: 'unchanged' },
  ];
  log.end(r, exit, 12);
}

const records = (target: string) => parseLog(fs.readFileSync(path.join(target, LOG_FILE), 'utf8'));

const w = suite('install log: records');
w('a run: start, each file action (not the unchanged ones), end with its outcome; the file is 0600', () => {
  const target = tempDir('log');
  logRun(target, 1);
  const got = records(target);
  assert.equal(
    got.map((r) => [r.event, r.action ?? r.outcome ?? r.command]),
    [
      ['start', 'install'],
      ['file', 'create'],
      ['end', 'success'],
    ],
  );
  assert.is(got[2]!.duration_ms, 12);
  assert.is(fs.statSync(path.join(target, LOG_FILE)).mode & 0o777, 0o600);
});
w('a failure keeps its message; a signal after the run is its own record', () => {
  const target = tempDir('log');
  const log = new RunLog(target, { command: 'install', version: '0.1.0', run: runId(1), pid: 1, now: fakeNow() });
  log.start();
  log.end(undefined, 1, 40, new Error('injected fault at fs call 3 (openSync)'));
  log.signal('SIGINT');
  const [, end, sig] = records(target);
  assert.equal([end!.outcome, end!.exit, end!.error], ['failure', 1, 'injected fault at fs call 3 (openSync)']);
  assert.equal([sig!.event, sig!.signal, sig!.exit], ['signal', 'SIGINT', 130]);
});
w('a target that does not exist yet: nothing is created for the log', () => {
  const target = path.join(tempDir('log'), 'absent');
  const log = new RunLog(target, { command: 'uninstall', version: '0.1.0', run: runId(1), pid: 1 });
  assert.is(log.start(), undefined);
  assert.is(log.end(undefined, 1, 1, new Error('nothing to uninstall')), undefined);
  assert.not.ok(fs.existsSync(target));
});
w.run();

const trim = suite('install log: the last 100 runs');
trim(`a log of ${LOG_RUNS} runs loses its oldest when a new one starts`, () => {
  const target = tempDir('log');
  for (let i = 1; i <= LOG_RUNS; i++) logRun(target, i);
  assert.is(new Set(records(target).map((r) => r.run)).size, LOG_RUNS);
  logRun(target, LOG_RUNS + 1);
  const runs = [...new Set(records(target).map((r) => r.run))];
  assert.is(runs.length, LOG_RUNS);
  assert.is(runs[0], runId(2));
  assert.is(runs[LOG_RUNS - 1], runId(LOG_RUNS + 1));
});
trim('trimLog keeps whole runs, newest last, and drops lines that are not ours', () => {
  const line = (run: string, event: string) => JSON.stringify({ run, at: '', event });
  const text = [line('a', 'start'), 'junk', line('b', 'start'), line('a', 'end'), line('c', 'start'), ''].join('\n');
  assert.is(trimLog(text, 2), `${[line('b', 'start'), line('c', 'start')].join('\n')}\n`);
  assert.is(trimLog(text, 0), '');
});
trim.run();

const hostile = suite('install log: never through a planted file');
hostile('a symlinked log: not followed, the link and what it points at stay as they were; the run is told why', () => {
  const home = tempDir('log');
  const target = path.join(home, '.claude');
  fs.mkdirSync(target);
  fs.writeFileSync(path.join(home, '.bashrc'), 'mine\n');
  fs.symlinkSync(path.join(home, '.bashrc'), path.join(target, LOG_FILE));
  const log = new RunLog(target, { command: 'install', version: '0.1.0', run: runId(1), pid: 1 });
  assert.match(log.start() ?? '', /could not write the install log .*is a symbolic link/);
  assert.match(log.end(emptyReport('install', target, '0.1.0', false), 0, 1) ?? '', /symbolic link/);
  assert.is(fs.readFileSync(path.join(home, '.bashrc'), 'utf8'), 'mine\n');
  assert.ok(fs.lstatSync(path.join(target, LOG_FILE)).isSymbolicLink());
});
hostile('a FIFO as the log: refused without hanging', () => {
  const target = tempDir('log');
  execFileSync('mkfifo', [path.join(target, LOG_FILE)]);
  const log = new RunLog(target, { command: 'install', version: '0.1.0', run: runId(1), pid: 1 });
  assert.match(log.start() ?? '', /not a regular file/);
});
hostile.run();

const stats = suite('install log: success rate');
stats('done, partial, conflict, failed and killed runs; signals counted apart', () => {
  const r = (run: string, event: LogRecord['event'], fields: Record<string, unknown> = {}): LogRecord => ({
    run,
    at: `2026-06-01T00:00:0${run}Z`,
    event,
    ...fields,
  });
  const recs = [
    r('1', 'start', { command: 'install' }),
    r('1', 'end', { outcome: 'success', duration_ms: 100 }),
    r('2', 'start', { command: 'install' }),
    r('2', 'end', { outcome: 'partial', duration_ms: 300 }),
    r('2', 'signal', { signal: 'SIGINT' }),
    r('3', 'start', { command: 'uninstall' }),
    r('3', 'end', { outcome: 'failure', duration_ms: 200 }),
    r('4', 'start', { command: 'install' }),
    r('5', 'start', { command: 'install' }),
    r('5', 'end', { outcome: 'conflict', duration_ms: 50 }),
  ];
  const s = logStats(recs);
  assert.equal([s.runs, s.success, s.partial, s.failure, s.conflict, s.killed, s.signalled], [5, 1, 1, 1, 1, 1, 1]);
  assert.is(s.success_rate, 0.4);
  assert.equal([s.median_ms, s.max_ms], [100, 300]);
  assert.equal(s.last, { run: '5', at: '2026-06-01T00:00:05Z', command: 'install', outcome: 'conflict' });
  assert.match(
    formatStats(s, '/x/.2l-install.log'),
    /success rate 40%: 1 done, 1 partial, 1 stopped on a conflict, 1 failed, 1 killed/,
  );
  assert.is(logStats([]).success_rate, null);
  assert.is(formatStats(logStats([]), '/x'), 'no runs logged in /x\n');
});
stats.run();
