/**
 * scripts/run-tests.mjs, the runner behind `npm test`, black-box on folders of small uvu files:
 * what counts as a pass, a hung file, the failure report and where temporary files go.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { runNode } from '../util/run-node.ts';

const RUNNER = path.join(ROOT, 'scripts', 'run-tests.mjs');

/** A folder of test files (name → source) that can import uvu. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('runner');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const HEAD = "import { test } from 'uvu';\nimport * as assert from 'uvu/assert';\n";
const PASSING = `${HEAD}test('passes', () => assert.ok(true));\ntest.run();\n`;

const run = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
  runNode([RUNNER, '--dir', dir, '--jobs', '1', ...args], { env, timeoutMs: 120_000 });

const runner = suite('run-tests');

runner('a passing file and a failing one: exit 1, and the failure is printed as soon as its file ends', async () => {
  const dir = folder({
    // The larger file runs first (the runner starts the largest first).
    'b-fails.test.ts': `${HEAD}test('is wrong', () => assert.is(1, 2, 'one is not two'));\ntest.run();\n// ${'x'.repeat(200)}\n`,
    'a-passes.test.ts': PASSING,
  });
  const r = await run(dir);
  assert.is(r.code, 1, r.stdout + r.stderr);
  const fail = r.stdout.indexOf('FAIL b-fails.test.ts (0/1');
  const report = r.stdout.indexOf('===== b-fails.test.ts (exit 1; free: ');
  const next = r.stdout.indexOf('ok   a-passes.test.ts (1/1');
  assert.ok(fail >= 0 && report > fail && next > report, r.stdout);
  assert.ok(r.stdout.slice(report, next).includes('one is not two'), r.stdout);
  assert.match(r.stdout, /\nFailed: b-fails\.test\.ts \(output above, as each ended\)\n/);
  assert.match(r.stdout, /\n1 passed, 1 failed\n$/);
});

runner('a `before` hook that throws fails the file, though uvu exits 0 and prints no error', async () => {
  const dir = folder({
    'hook.test.ts': `import { suite } from 'uvu';\nimport * as assert from 'uvu/assert';
const s = suite('s');
s.before(() => { throw new Error('no database'); });
s('one', () => assert.ok(true));
s('two', () => assert.ok(true));
s.run();\n`,
  });
  const r = await run(dir);
  assert.is(r.code, 1, r.stdout);
  assert.match(r.stdout, /FAIL hook\.test\.ts \(0\/2, /);
  assert.match(
    r.stdout,
    /run-tests: 2 of 2 tests neither passed nor failed, yet the file exited 0: a `before` or `after` hook threw/,
  );
  assert.match(r.stdout, /\n0 passed, 2 failed\n$/);
});

runner('a skipped test is not a failure', async () => {
  const dir = folder({
    'skip.test.ts': `${HEAD}test('runs', () => {});\ntest.skip('later', () => {});\ntest.run();\n`,
  });
  const r = await run(dir);
  assert.is(r.code, 0, r.stdout);
  assert.match(r.stdout, /\n1 passed, 0 failed, 1 skipped\n$/);
});

/** Whether a process runs (a zombie does not: this container's PID 1 may never reap it). */
const running = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

runner('a hung file is killed at --file-timeout with what it started, and the run goes on', async () => {
  const out = path.join(tempDir('runner-out'), 'pid');
  const dir = folder({
    'hangs.test.ts': `${HEAD}import { spawn } from 'node:child_process';
import fs from 'node:fs';
test('never ends', () => {
  const child = spawn('sleep', ['300'], { stdio: 'ignore' });
  fs.writeFileSync(${JSON.stringify(out)}, String(child.pid));
  return new Promise(() => {});
});
test.run();\n// ${'x'.repeat(300)}\n`,
    'after.test.ts': PASSING,
  });
  const r = await run(dir, ['--file-timeout', '3']);
  assert.is(r.code, 1, r.stdout);
  assert.match(r.stdout, /FAIL hangs\.test\.ts \(0\/0, /);
  assert.match(
    r.stdout,
    /===== hangs\.test\.ts \(exit timeout; free: [^\n]*\n[\s\S]*run-tests: killed after 3 s \(--file-timeout\)\n/,
  );
  assert.match(r.stdout, /ok {3}after\.test\.ts \(1\/1, /);
  const pid = Number(fs.readFileSync(out, 'utf8'));
  assert.ok(pid > 0);
  assert.not.ok(running(pid), `the file's child ${pid} still runs`);
});

runner('past --budget the running file is killed and the rest fail unstarted, with the summary printed', async () => {
  const dir = folder({
    'slow.test.ts': `${HEAD}test('sleeps', () => new Promise((r) => setTimeout(r, 60_000)));\ntest.run();\n// ${'x'.repeat(300)}\n`,
    'later.test.ts': PASSING,
  });
  const r = await run(dir, ['--budget', '2']);
  assert.is(r.code, 1, r.stdout);
  assert.match(
    r.stdout,
    /===== slow\.test\.ts \(exit timeout; [^\n]*\n[\s\S]*run-tests: killed after 2 s \(the run's --budget was spent\)\n/,
  );
  assert.match(r.stdout, /FAIL later\.test\.ts \(0\/0, 0\.0 s\)\n/);
  assert.match(
    r.stdout,
    /===== later\.test\.ts \(exit not run; [^\n]*\nrun-tests: not started: the run's --budget of 2 s was spent\n/,
  );
  assert.match(r.stdout, /\nFailed: slow\.test\.ts, later\.test\.ts \(output above, as each ended\)\n/);
  assert.match(r.stdout, /\n0 passed, 2 failed\n$/);
});

const TMPFS_MAGIC = 0x01021994;
const shmHasRoom = (() => {
  try {
    const st = fs.statfsSync('/dev/shm');
    return st.type === TMPFS_MAGIC && st.bavail * st.bsize >= 4 * 2 ** 30;
  } catch {
    return false;
  }
})();

runner('temporary files: a fresh tmpfs folder removed at the end, or the TMPDIR the user set', async () => {
  const out = path.join(tempDir('runner-out'), 'tmpdir');
  const dir = folder({
    'tmp.test.ts': `${HEAD}import fs from 'node:fs';
import os from 'node:os';
test('writes', () => {
  const mode = fs.statSync(os.tmpdir()).mode & 0o7777;
  fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify({ dir: os.tmpdir(), mode }));
  fs.writeFileSync(os.tmpdir() + '/left', 'x');
});
test.run();\n`,
  });
  const { TMPDIR: _, ...withoutTmpdir } = process.env;
  const r = await run(dir, [], withoutTmpdir);
  assert.is(r.code, 0, r.stdout);
  const { dir: used, mode } = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (shmHasRoom) {
    assert.match(used, /^\/dev\/shm\/2l-tests-[^/]+$/);
    // Open like /tmp: PostgreSQL, which refuses to run as root, keeps its data in there.
    assert.is(mode, 0o1777);
    assert.not.ok(fs.existsSync(used), 'the run removes its folder');
  } else {
    assert.is(used, os.tmpdir());
  }
  assert.ok(r.stdout.startsWith(`run-tests: temporary files in ${used} (`), r.stdout);

  const mine = tempDir('runner-tmp');
  const kept = await run(dir, [], { ...withoutTmpdir, TMPDIR: mine });
  assert.is(kept.code, 0, kept.stdout);
  assert.is(JSON.parse(fs.readFileSync(out, 'utf8')).dir, mine);
  assert.ok(fs.existsSync(path.join(mine, 'left')), "the user's own TMPDIR is not removed");
});

for (const [args, message] of [
  [['--file-timeout', '0'], 'run-tests: `--file-timeout` takes a whole number of seconds, 1 or more\n'],
  [['--file-timeout', 'soon'], 'run-tests: `--file-timeout` takes a whole number of seconds, 1 or more\n'],
  [['--jobs', '0'], 'run-tests: `--jobs` takes a whole number from 1 to 32\n'],
  [['--budget', '0'], 'run-tests: `--budget` takes a whole number of seconds, 1 or more\n'],
] as const) {
  runner(`exit 2 on ${args.join(' ')}`, async () => {
    const r = await runNode([RUNNER, ...args]);
    assert.equal(r, { code: 2, stdout: '', stderr: message });
  });
}

runner('exit 1 when no file matches', async () => {
  const r = await run(folder({ 'a.test.ts': PASSING }), ['nothing-matches-this']);
  assert.is(r.code, 1);
  assert.is(r.stderr, 'run-tests: no test file matches\n');
});

runner.run();
