import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { progressLine, startProgress } from '../../lib/shared/progress.ts';
import { ROOT } from '../util/claude.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';
import { runSync } from '../util/run.ts';

function fake(isTTY: boolean) {
  const out: string[] = [];
  let t = 0;
  return { out, stream: { isTTY, write: (s: string) => out.push(s) }, now: () => t, tick: (ms: number) => (t += ms) };
}

const when = suite('progress: only on a terminal, only past the delay');
when('not a terminal: nothing, however long the run', () => {
  const f = fake(false);
  const p = startProgress('status', { stream: f.stream, now: f.now, delayMs: 1000 });
  for (let i = 0; i < 50; i++) {
    f.tick(500);
    p.update(i, 100);
  }
  p.end();
  assert.equal(f.out, []);
});
when('a terminal: silent for the first second, then drawn, throttled, erased at the end', () => {
  const f = fake(true);
  const p = startProgress('status', { stream: f.stream, now: f.now, delayMs: 1000, everyMs: 100 });
  f.tick(999);
  p.update(10, 100);
  assert.equal(f.out, []);
  f.tick(1);
  p.update(20, 100);
  f.tick(50);
  p.update(30, 100); // within everyMs: not redrawn
  f.tick(50);
  p.update(40, 100);
  p.end();
  assert.equal(f.out, [
    `\r${progressLine('status', 20, 100)}\x1b[K`,
    `\r${progressLine('status', 40, 100)}\x1b[K`,
    '\r\x1b[K',
  ]);
});
when('a quick run on a terminal writes nothing, not even the erase', () => {
  const f = fake(true);
  const p = startProgress('query', { stream: f.stream, now: f.now, delayMs: 1000 });
  p.update(100, 100);
  p.end();
  assert.equal(f.out, []);
});
when.run();

const line = suite('progress: the line');
const cases: Array<[number, number, string]> = [
  [0, 0, 'x: reading the log 0% (0.0 MB of 0.0 MB)'],
  [244_500_000, 489_000_000, 'x: reading the log 50% (245 MB of 489 MB)'],
  [600, 500, 'x: reading the log 100% (0.0 MB of 0.0 MB)'],
];
for (const [done, total, expected] of cases)
  line(`${done} of ${total}`, () => assert.is(progressLine('x', done, total), expected));
line.run();

// The real commands, with the one-second delay set to 0 so a small log shows the line (no timing in tests).
const real = suite('progress: status, query and export on a terminal and off one');
const dir = project({
  'events-20260101T000000000Z.jsonl': lines(Array.from({ length: 500 }, (_, i) => toolCall('Read', i, i))),
  'events.jsonl': lines([toolCall('Bash', 5, 600)]),
});
const commands: Array<[string, string[]]> = [
  ['status', ['--no-alerts']],
  ['query', ["'$[*].tool_name'", '--compact']],
  ['export', ['--dry-run']],
];
const env = { PATH: process.env.PATH, HOME: dir, LANG: 'C.UTF-8', TWOL_PROGRESS_DELAY_MS: '0' };
for (const [name, args] of commands) {
  const line = `node ${path.join(ROOT, 'dist', `${name}.mjs`)} ${args.join(' ')} --project ${dir}`;
  real(`${name}: a terminal gets the line, then its erasure`, () => {
    const r = runSync('script', ['-qec', line, '/dev/null'], { cwd: dir, env });
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`\\r${name}: reading the log \\d+% \\(`));
    assert.match(r.stdout, '\r\x1b[K');
  });
  real(`${name}: a pipe gets nothing extra on stderr`, () => {
    const r = runSync('sh', ['-c', line], { cwd: dir, env });
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stderr, '');
    assert.not.match(r.stdout, 'reading the log');
  });
}
real.run();
