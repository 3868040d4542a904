/**
 * Black box: `dashboard --cleanup` (`/2l-dashboard-cleanup`) as a user runs it.
 * It stops stale and orphaned servers of this user across projects and never
 * signals a process that is not verifiably one: a state file pointing at an
 * unrelated live process of ours, or at a dead pid, only loses the file.
 * Each test has its own HOME, and cleanup only looks at servers started with
 * the same HOME, so tests running beside this one are never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isAlive } from '../../lib/shared/process.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { runSync } from '../util/run.ts';

const DASH = path.join(ROOT, 'dist', 'dashboard.mjs');
const STOP = path.join(ROOT, 'dist', 'dashboard-stop.mjs');

function run(script: string, args: string[], cwd: string, home: string) {
  return runSync(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: home },
    timeoutMs: 30_000,
  });
}

interface World {
  home: string;
  project: (name: string) => string;
  start: (project: string) => { pid: number; port: number };
  cleanup: (args?: string[], cwd?: string) => ReturnType<typeof runSync>;
  stopAll: () => void;
}
function world(): World {
  const home = tempDir('cleanup-home');
  const projects: string[] = [];
  return {
    home,
    project(name) {
      const p = path.join(home, name);
      fs.mkdirSync(p, { recursive: true });
      projects.push(p);
      return p;
    },
    start(project) {
      const r = run(DASH, ['--no-open', '--port', '0', '--json'], project, home);
      assert.is(r.code, 0, r.stderr);
      return JSON.parse(r.stdout) as { pid: number; port: number };
    },
    cleanup(args = [], cwd = home) {
      return run(DASH, ['--cleanup', ...args], cwd, home);
    },
    stopAll() {
      for (const p of projects) if (fs.existsSync(p)) run(STOP, ['--project', p], p, home);
    },
  };
}

const stateFile = (project: string) => path.join(project, '.2L', 'dashboard', 'server.json');

/** A server.json as the server writes it, naming `pid`. */
function plantState(project: string, pid: number): void {
  fs.mkdirSync(path.dirname(stateFile(project)), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(project, '.2L'), 0o700);
  const state = {
    app: '2l-dashboard',
    pid,
    port: 9,
    url: 'http://127.0.0.1:9/',
    project,
    instance: 'i-planted',
    token: 't'.repeat(32),
    started: new Date().toISOString(),
  };
  fs.writeFileSync(stateFile(project), JSON.stringify(state), { mode: 0o600 });
}

function unrelated(): ChildProcess {
  return spawn('sleep', ['60'], { stdio: 'ignore' });
}

async function gone(pid: number, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

const never = suite('dashboard --cleanup: never a foreign process');
never('a state file naming an unrelated live process of ours: the file goes, the process lives', () => {
  const w = world();
  const p = w.project('a');
  const sleeper = unrelated();
  try {
    plantState(p, sleeper.pid!);
    const r = w.cleanup(['--project', p]);
    assert.is(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      new RegExp(
        `removed  pid ${sleeper.pid} ${p}: stale state: pid ${sleeper.pid} is not its server \\(nothing signalled\\)`,
      ),
    );
    assert.ok(isAlive(sleeper.pid!), 'the unrelated process still runs');
    assert.not.ok(fs.existsSync(stateFile(p)));
  } finally {
    sleeper.kill();
  }
});
never('a state file naming a dead pid: removed; --json', () => {
  const w = world();
  const p = w.project('a');
  const dead = unrelated();
  dead.kill('SIGKILL');
  const deadPid = dead.pid!;
  return new Promise<void>((resolve) => dead.on('exit', () => resolve())).then(() => {
    plantState(p, deadPid);
    const r = w.cleanup(['--project', p, '--json']);
    assert.is(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout), [
      {
        project: p,
        pid: deadPid,
        action: 'removed',
        why: `stale state: pid ${deadPid} is not its server (nothing signalled)`,
      },
    ]);
    assert.not.ok(fs.existsSync(stateFile(p)));
  });
});
never('a hostile .2L: a symlinked dashboard folder is not read, nor anything removed through it', () => {
  const w = world();
  const p = w.project('repo');
  const elsewhere = w.project('elsewhere');
  const sleeper = unrelated();
  try {
    plantState(elsewhere, sleeper.pid!);
    fs.mkdirSync(path.join(p, '.2L'), { mode: 0o700 });
    fs.symlinkSync(path.join(elsewhere, '.2L', 'dashboard'), path.join(p, '.2L', 'dashboard'));
    const r = w.cleanup(['--project', p]);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout, 'No 2L dashboard servers or state to clean up.\n');
    assert.ok(fs.existsSync(stateFile(elsewhere)), 'the file behind the link stays');
    assert.ok(isAlive(sleeper.pid!));
  } finally {
    sleeper.kill();
  }
});
never('a FIFO as server.json: no hang, removed as unreadable state', () => {
  const w = world();
  const p = w.project('repo');
  fs.mkdirSync(path.join(p, '.2L', 'dashboard'), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(p, '.2L'), 0o700);
  runSync('mkfifo', [stateFile(p)]);
  const r = w.cleanup(['--project', p]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /removed  .*repo: unreadable state file \(nothing signalled\)/);
  assert.not.ok(fs.existsSync(stateFile(p)));
});
never('bad arguments: exit 2, nothing done', () => {
  const w = world();
  const cases: Array<[string[], string]> = [
    [['--cleanup', '--port', '1'], '2l-dashboard: `--cleanup` starts no server: it takes no `--port` or `--no-open`\n'],
    [['--cleanup', '--bogus'], '2l-dashboard: unknown option `--bogus` (see --help)\n'],
  ];
  for (const [args, stderr] of cases) {
    const r = run(DASH, args, w.home, w.home);
    assert.equal([r.code, r.stdout, r.stderr], [2, '', stderr]);
  }
});
never.run();

const stale = suite('dashboard --cleanup: stale and orphaned servers, across projects');
stale('a running server is left alone; one whose state is gone, or whose project was deleted, is stopped', async () => {
  const w = world();
  const [a, b, c] = [w.project('a'), w.project('b'), w.project('c')];
  try {
    const sa = w.start(a);
    const sb = w.start(b);
    const sc = w.start(c);
    fs.rmSync(stateFile(b)); // orphaned: no state records it
    fs.rmSync(c, { recursive: true, force: true }); // its project deleted
    // Run from a fourth folder: servers are found across projects by their own processes.
    const r = w.cleanup([], w.project('elsewhere'));
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`running  pid ${sa.pid} ${a}: running and answering`));
    assert.match(r.stdout, new RegExp(`stopped  pid ${sb.pid} ${b}: orphaned: no state records it`));
    assert.match(r.stdout, new RegExp(`stopped  pid ${sc.pid} ${c}: orphaned: no state records it`));
    assert.match(r.stdout, /2 stopped, 0 stale state removed, 1 left running, 0 failed\.\n$/);
    assert.ok(await gone(sb.pid));
    assert.ok(await gone(sc.pid));
    assert.ok(isAlive(sa.pid));
    const all = w.cleanup(['--all', '--json'], w.project('elsewhere'));
    assert.equal(JSON.parse(all.stdout), [{ project: a, pid: sa.pid, action: 'stopped', why: 'running (--all)' }]);
    assert.ok(await gone(sa.pid));
    assert.not.ok(fs.existsSync(stateFile(a)));
  } finally {
    w.stopAll();
  }
});
stale(
  "a project in the user's registry (issue 16) has its stale state found from anywhere; a bogus entry is skipped",
  async () => {
    const w = world();
    const listed = w.project('listed');
    const dead = unrelated();
    dead.kill('SIGKILL');
    await new Promise<void>((resolve) => dead.on('exit', () => resolve()));
    plantState(listed, dead.pid!);
    const registry = path.join(w.home, '.claude', '2l', 'projects.json');
    fs.mkdirSync(path.dirname(registry), { recursive: true, mode: 0o700 });
    const entries = [listed, '/etc', 'relative/path'].map((p) => ({ path: p, added: new Date().toISOString() }));
    fs.writeFileSync(registry, JSON.stringify({ v: 1, projects: entries }), { mode: 0o600 });
    const r = w.cleanup(['--json'], w.project('elsewhere'));
    assert.is(r.code, 0, r.stderr);
    assert.equal(
      JSON.parse(r.stdout).map((e: { project: string; action: string }) => [e.project, e.action]),
      [[listed, 'removed']],
    );
    assert.not.ok(fs.existsSync(stateFile(listed)));
  },
);
stale('an unresponsive server (stopped with SIGSTOP) is ended and its state removed', async () => {
  const w = world();
  const a = w.project('a');
  const s = w.start(a);
  try {
    process.kill(s.pid, 'SIGSTOP');
    const r = w.cleanup(['--project', a]);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`stopped  pid ${s.pid} ${a}: not answering`));
    assert.ok(await gone(s.pid));
    assert.not.ok(fs.existsSync(stateFile(a)));
  } finally {
    try {
      process.kill(s.pid, 'SIGCONT');
    } catch {
      /* gone */
    }
    w.stopAll();
  }
});
stale('servers started with another HOME (another Claude setup, or a test beside this one) are not looked at', () => {
  const w = world();
  const other = world();
  const a = other.project('a');
  const s = other.start(a);
  try {
    fs.rmSync(stateFile(a));
    const r = w.cleanup();
    assert.is(r.stdout, 'No 2L dashboard servers or state to clean up.\n');
    assert.ok(isAlive(s.pid));
  } finally {
    process.kill(s.pid, 'SIGTERM');
  }
});
stale.run();
