/** Black-box tests of the built commands: node dist/dashboard.mjs and dist/dashboard-stop.mjs. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isAlive } from '../../lib/shared/process.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { request } from '../util/http.ts';
import { run as runAsync, runSync } from '../util/run.ts';

const DASH = path.join(ROOT, 'dist', 'dashboard.mjs');
const STOP = path.join(ROOT, 'dist', 'dashboard-stop.mjs');
const started: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const { code, stdout, stderr } = runSync(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, ...env },
    timeoutMs: 20_000,
  });
  return { code, stdout, stderr };
}

function start(dir: string, args: string[] = ['--port', '0'], env: Record<string, string> = {}): Run {
  started.push(dir);
  return run(DASH, ['--no-open', ...args], dir, env);
}

/** The printed link: the server's URL with its secret, `?token=` and 32 base64url characters (192 bits). */
function urlOf(out: string): { url: string; link: string; token: string; port: number; pid: number } {
  const m =
    /: ((http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([A-Za-z0-9_-]{32}))\n(?:started|already running) \(pid (\d+)\)/.exec(
      out,
    );
  if (!m) throw new Error(`no URL in ${JSON.stringify(out)}`);
  return { link: m[1]!, url: m[2]!, port: Number(m[3]), token: m[4]!, pid: Number(m[5]) };
}

function alive(pid: number): boolean {
  return isAlive(pid);
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve) => {
          const s = net.createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

async function until(cond: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

const args = suite('dashboard command: arguments');
args('--help prints usage and exit codes', () => {
  const r = run(DASH, ['--help'], tempDir('cli'));
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: dashboard \[--port N\] \[--no-open\] \[--json\]/);
  assert.match(r.stdout, /Exit codes: 0 running, 1 could not start, 2 bad arguments, 3 no free port\./);
  assert.is(r.stderr, '');
});
const badArgs: Array<[string[], string]> = [
  [['--port', 'abc'], '2l-dashboard: `--port` must be a port number 0-65535, got `abc`\n'],
  [['--port', '70000'], '2l-dashboard: `--port` must be a port number 0-65535, got `70000`\n'],
  [['--port=-1'], '2l-dashboard: `--port` must be a port number 0-65535, got `-1`\n'],
  [['--port', ''], '2l-dashboard: `--port` must be a port number 0-65535, got ``\n'],
  [['--bogus'], '2l-dashboard: unknown option `--bogus` (see --help)\n'],
  [['--project', ''], '2l-dashboard: `--project` needs a folder\n'],
  [['extra'], '2l-dashboard: unexpected argument `extra` (see --help)\n'],
];
for (const [argv, stderr] of badArgs) {
  args(`${argv.join(' ')} -> exit 2`, () => {
    const dir = tempDir('cli');
    const r = run(DASH, argv, dir);
    assert.equal(r, { code: 2, stdout: '', stderr });
    assert.not.ok(fs.existsSync(path.join(dir, '.2L')), 'nothing written');
  });
}
args('--project pins both commands to that project, from any folder', () => {
  const proj = tempDir('cli-proj');
  const elsewhere = tempDir('cli-cwd');
  const r = start(elsewhere, ['--port', '0', '--json', '--project', proj]);
  assert.is(r.code, 0, r.stderr);
  const started = JSON.parse(r.stdout) as { project: string; pid: number };
  assert.is(started.project, proj);
  assert.ok(fs.existsSync(path.join(proj, '.2L', 'dashboard', 'server.json')));
  assert.not.ok(fs.existsSync(path.join(elsewhere, '.2L')), 'nothing in the current folder');
  const s = run(STOP, ['--json', '--project', proj], elsewhere);
  assert.is(s.code, 0, s.stderr);
  assert.is((JSON.parse(s.stdout) as { stopped: boolean }).stopped, true);
  assert.not.ok(fs.existsSync(path.join(proj, '.2L', 'dashboard', 'server.json')));
});
args('a bad TWOL_DASHBOARD_PORTS is named', () => {
  const r = run(DASH, ['--no-open'], tempDir('cli'), { TWOL_DASHBOARD_PORTS: '80-x' });
  assert.equal(r, {
    code: 2,
    stdout: '',
    stderr: '2l-dashboard: `TWOL_DASHBOARD_PORTS` is not a port list (like 8080-8099): `80-x`\n',
  });
});
args('a .2L that is a file is a clear error, exit 1', () => {
  const dir = tempDir('cli');
  fs.writeFileSync(path.join(dir, '.2L'), 'not a folder');
  const r = start(dir);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^2l-dashboard: cannot write the server state in `.*\/\.2L\/dashboard`: /);
});
args('stop --help and a bad flag', () => {
  const h = run(STOP, ['--help'], tempDir('cli'));
  assert.is(h.code, 0);
  assert.match(h.stdout, /^Usage: dashboard-stop \[--json\] \[--project DIR\]/);
  const b = run(STOP, ['--now'], tempDir('cli'));
  assert.is(b.code, 2);
  assert.is(b.stderr, '2l-dashboard-stop: unknown option `--now` (see --help)\n');
});
args.run();

const life = suite('dashboard command: start, reuse, stop');
life.after(() => {
  for (const dir of started) run(STOP, [], dir);
});
life('starts, serves, is reused, stops, and a second stop is fine', async () => {
  const dir = tempDir('cli');
  const a = start(dir);
  assert.is(a.code, 0, a.stderr);
  assert.is(a.stderr, '');
  const { url, link, token, port, pid } = urlOf(a.stdout);
  assert.is(a.stdout, `2L dashboard for ${dir}: ${link}\nstarted (pid ${pid}). Stop it with /2l-dashboard-stop.\n`);
  assert.is((await request(port, `/?token=${token}`)).status, 200);
  assert.is((await request(port, '/')).status, 401, 'the port alone opens nothing');
  const state = path.join(dir, '.2L', 'dashboard', 'server.json');
  assert.is(fs.statSync(state).mode & 0o777, 0o600);
  assert.is(
    JSON.parse(fs.readFileSync(state, 'utf8')).token,
    token,
    'the secret is kept in the 0600 state, so a second run can print the link again',
  );
  const b = start(dir, ['--port', '1']);
  assert.is(b.code, 0);
  assert.is(
    b.stdout,
    `2L dashboard for ${dir}: ${link}\nalready running (pid ${pid}); \`--port 1\` ignored, stop it first to change the port. Stop it with /2l-dashboard-stop.\n`,
  );
  const s1 = run(STOP, [], dir);
  assert.equal(s1, { code: 0, stdout: `Stopped the 2L dashboard for ${dir} (${url}, pid ${pid}).\n`, stderr: '' });
  assert.ok(await until(() => !alive(pid)));
  assert.not.ok(fs.existsSync(state));
  const s2 = run(STOP, [], dir);
  assert.equal(s2, { code: 0, stdout: `No 2L dashboard is running for ${dir}.\n`, stderr: '' });
});
life('two starts at the same moment share one server', async () => {
  const dir = tempDir('cli');
  started.push(dir);
  const startAsync = async () =>
    (
      await runAsync(process.execPath, [DASH, '--no-open', '--port', '0'], {
        cwd: dir,
        env: { PATH: process.env.PATH },
      })
    ).stdout;
  const [a, b] = await Promise.all([startAsync(), startAsync()]);
  assert.is(urlOf(a).pid, urlOf(b).pid);
  assert.equal([a, b].map((o) => /\n(started|already running)/.exec(o)![1]).sort(), ['already running', 'started']);
  assert.not.ok(fs.existsSync(path.join(dir, '.2L', 'dashboard', 'start.lock')));
});
life('--json reports the same facts', () => {
  const dir = tempDir('cli');
  const r = start(dir, ['--port', '0', '--json']);
  assert.is(r.code, 0);
  const j = JSON.parse(r.stdout);
  assert.equal([j.project, j.reused], [dir, false]);
  assert.match(j.url, new RegExp(`^http://127\\.0\\.0\\.1:${j.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  const s = JSON.parse(run(STOP, ['--json'], dir).stdout);
  assert.is(s.stopped, true);
});
life('two projects get two ports from the list; a third names who holds them', async () => {
  const ports = await freePorts(2);
  const env = { TWOL_DASHBOARD_PORTS: ports.join(',') };
  const [a, b, c] = [tempDir('cli-a'), tempDir('cli-b'), tempDir('cli-c')];
  const ra = start(a, [], env);
  const rb = start(b, [], env);
  assert.equal([urlOf(ra.stdout).port, urlOf(rb.stdout).port], ports);
  const rc = start(c, [], env);
  assert.is(rc.code, 3);
  assert.is(rc.stdout, '');
  assert.is(
    rc.stderr,
    `2l-dashboard: no free port: ports ${ports.join(', ')} are all in use.\n  ${ports[0]}: 2L dashboard for ${a}\n  ${ports[1]}: 2L dashboard for ${b}\nStop one of them (/2l-dashboard-stop in its project) or pick a port with \`--port N\`.\n`,
  );
  assert.not.ok(fs.existsSync(path.join(c, '.2L', 'dashboard', 'server.json')));
});
life('a port held by another program is reported as such', async () => {
  const blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const port = (blocker.address() as net.AddressInfo).port;
  const r = start(tempDir('cli'), ['--port', String(port)]);
  blocker.close();
  assert.is(r.code, 3);
  assert.match(r.stderr, new RegExp(`no free port: port ${port} is in use\\.\\n  ${port}: another program\\n`));
});
life.run();

const safety = suite('dashboard-stop never signals a foreign process');
let sleeper: ChildProcess;
safety.before(() => {
  sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
});
safety.after(() => {
  sleeper.kill('SIGKILL');
  for (const dir of started) run(STOP, [], dir);
});
function fakeState(dir: string, pid: number, port: number): string {
  const file = path.join(dir, '.2L', 'dashboard', 'server.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify({
      app: '2l-dashboard',
      pid,
      port,
      url: `http://127.0.0.1:${port}/`,
      project: dir,
      instance: 'x',
      token: 'y',
      started: new Date().toISOString(),
    }),
  );
  return file;
}
safety('a reused pid (some other program) is left alone and the state cleaned', async () => {
  const dir = tempDir('cli');
  const [port] = await freePorts(1);
  const file = fakeState(dir, sleeper.pid!, port!);
  const r = run(STOP, [], dir);
  assert.equal(r, {
    code: 0,
    stdout: `No 2L dashboard is running for ${dir} (removed stale state: pid ${sleeper.pid} is not its server; nothing was signalled).\n`,
    stderr: '',
  });
  assert.ok(alive(sleeper.pid!));
  assert.not.ok(fs.existsSync(file));
});
safety("state copied from another project does not stop that project's server", async () => {
  const a = tempDir('cli-a');
  const b = tempDir('cli-b');
  const { pid, port } = urlOf(start(a).stdout);
  const stateA = JSON.parse(fs.readFileSync(path.join(a, '.2L', 'dashboard', 'server.json'), 'utf8'));
  fs.mkdirSync(path.join(b, '.2L', 'dashboard'), { recursive: true });
  fs.writeFileSync(path.join(b, '.2L', 'dashboard', 'server.json'), JSON.stringify({ ...stateA, project: b }));
  const r = run(STOP, [], b);
  assert.is(r.code, 0);
  assert.match(r.stdout, /removed stale state/);
  assert.ok(alive(pid));
  assert.is((await request(port, '/api/identity')).status, 200);
  const again = start(b);
  assert.is(again.code, 0);
  assert.is.not(urlOf(again.stdout).pid, pid, 'b got a server of its own');
});
safety('a start over stale state starts a new server and says so', () => {
  const dir = tempDir('cli');
  fakeState(dir, sleeper.pid!, 1);
  const r = start(dir);
  assert.is(r.code, 0);
  assert.match(
    r.stdout,
    new RegExp(
      `started \\(pid \\d+\\); stale state removed \\(pid ${sleeper.pid} is not this project's dashboard\\)\\. Stop it`,
    ),
  );
  assert.ok(alive(sleeper.pid!));
});
safety('an unreadable state file is replaced', () => {
  const dir = tempDir('cli');
  fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.2L', 'dashboard', 'server.json'), '{"pid": 1, "port": ');
  assert.equal(run(STOP, [], dir), {
    code: 0,
    stdout: `No 2L dashboard is running for ${dir} (removed an unreadable state file).\n`,
    stderr: '',
  });
});
safety('a hung server of ours is stopped by signal after its command line is checked', async () => {
  const dir = tempDir('cli');
  const { pid } = urlOf(start(dir).stdout);
  process.kill(pid, 'SIGSTOP');
  const r = run(STOP, [], dir);
  try {
    process.kill(pid, 'SIGCONT');
  } catch {
    /* already killed */
  }
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Stopped the 2L dashboard/);
  assert.ok(await until(() => !alive(pid)));
});
safety('a start over a hung server of ours replaces it', async () => {
  const dir = tempDir('cli');
  const old = urlOf(start(dir).stdout).pid;
  process.kill(old, 'SIGSTOP');
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    new RegExp(`started \\(pid \\d+\\); stopped an unresponsive server \\(pid ${old}\\)\\. Stop it`),
  );
  assert.is.not(urlOf(r.stdout).pid, old);
  assert.ok(await until(() => !alive(old)));
});
safety('the server stops itself when idle and removes its state', async () => {
  const dir = tempDir('cli');
  const { pid } = urlOf(start(dir, ['--port', '0'], { TWOL_DASHBOARD_IDLE_MS: '400' }).stdout);
  assert.ok(await until(() => !alive(pid), 6000));
  assert.not.ok(fs.existsSync(path.join(dir, '.2L', 'dashboard', 'server.json')));
  assert.match(fs.readFileSync(path.join(dir, '.2L', 'dashboard', 'server.log'), 'utf8'), /dashboard stopped: idle/);
});
safety.run();

const planted = suite('dashboard state under .2L/dashboard is never written or read through what a repository planted');
planted.after(() => {
  for (const dir of started) run(STOP, [], dir);
});
function mkfifo(file: string): void {
  assert.is(spawnSync('mkfifo', [file]).status, 0);
}
/** A victim outside the project: its bytes and its folder's listing before and after. */
function victim(): { dir: string; file: string; snapshot(): string } {
  const dir = tempDir('victim');
  const file = path.join(dir, 'keep.txt');
  fs.writeFileSync(file, 'precious\n');
  return { dir, file, snapshot: () => JSON.stringify([fs.readdirSync(dir).sort(), fs.readFileSync(file, 'utf8')]) };
}
for (const [what, plant] of [
  ['.2L is a link to another folder', (dir: string, v: string) => fs.symlinkSync(v, path.join(dir, '.2L'))],
  [
    '.2L/dashboard is a link to another folder',
    (dir: string, v: string) => {
      fs.mkdirSync(path.join(dir, '.2L'));
      fs.symlinkSync(v, path.join(dir, '.2L', 'dashboard'));
    },
  ],
] as const) {
  planted(`${what}: refused with a clear error, nothing written there`, () => {
    const dir = tempDir('cli');
    const v = victim();
    const before = v.snapshot();
    plant(dir, v.dir);
    const r = start(dir);
    assert.is(r.code, 1);
    assert.is(r.stdout, '');
    assert.match(
      r.stderr,
      /^2l-dashboard: cannot write the server state in `.*\/\.2L\/dashboard`: .* is a symbolic link; 2L never follows links inside a project/,
    );
    assert.is(v.snapshot(), before);
  });
}
planted('server.log -> a file elsewhere: not appended to', () => {
  const dir = tempDir('cli');
  const v = victim();
  const before = v.snapshot();
  fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
  fs.symlinkSync(v.file, path.join(dir, '.2L', 'dashboard', 'server.log'));
  const r = start(dir);
  assert.is(r.code, 1);
  assert.match(r.stderr, /server\.log: is a symbolic link/);
  assert.is(v.snapshot(), before);
});
planted('server.json -> a file elsewhere: the link is replaced, the file left alone', async () => {
  const dir = tempDir('cli');
  const v = victim();
  const before = v.snapshot();
  fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
  const state = path.join(dir, '.2L', 'dashboard', 'server.json');
  fs.symlinkSync(v.file, state);
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /; unreadable state file removed\. Stop it/);
  assert.is(v.snapshot(), before);
  assert.ok(fs.lstatSync(state).isFile());
  assert.is(fs.statSync(state).mode & 0o777, 0o600);
});
planted('server.json as a FIFO: start and stop neither hang nor fail', () => {
  const dir = tempDir('cli');
  fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
  mkfifo(path.join(dir, '.2L', 'dashboard', 'server.json'));
  assert.equal(run(STOP, [], dir), {
    code: 0,
    stdout: `No 2L dashboard is running for ${dir} (removed an unreadable state file).\n`,
    stderr: '',
  });
  mkfifo(path.join(dir, '.2L', 'dashboard', 'server.json'));
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /unreadable state file removed/);
});
planted('start.lock -> a folder elsewhere: the link is removed, the folder kept, the start goes ahead', () => {
  const dir = tempDir('cli');
  const v = victim();
  const before = v.snapshot();
  fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
  fs.symlinkSync(v.dir, path.join(dir, '.2L', 'dashboard', 'start.lock'));
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.is(v.snapshot(), before);
  assert.not.ok(fs.existsSync(path.join(dir, '.2L', 'dashboard', 'start.lock')));
});
planted.run();

const impostor = suite('a program that answers /api/identity like our server is not taken for it');
impostor('it gets neither the secret nor a signal; the stale state is removed', async () => {
  const dir = tempDir('cli');
  // Echoes the public identity of a server it is not, and records every header it is sent.
  const script = `
    const http = require('node:http');
    const seen = [];
    const s = http.createServer((req, res) => {
      seen.push(req.headers);
      require('node:fs').writeFileSync(process.argv[1], JSON.stringify(seen));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ app: '2l-dashboard', instance: 'inst-1', pid: process.pid, project: process.argv[2], port: s.address().port, started: 'x', proof: 'made-up' }));
    });
    s.listen(0, '127.0.0.1', () => process.stdout.write(s.address().port + '\\n'));`;
  const log = path.join(tempDir('impostor'), 'seen.json');
  const child = spawn(process.execPath, ['-e', script, log, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = Number(
      await new Promise<string>((resolve) => child.stdout!.once('data', (c: Buffer) => resolve(String(c).trim()))),
    );
    const token = 'S'.repeat(32);
    fs.mkdirSync(path.join(dir, '.2L', 'dashboard'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, '.2L', 'dashboard', 'server.json'),
      JSON.stringify({
        app: '2l-dashboard',
        pid: child.pid,
        port,
        url: `http://127.0.0.1:${port}/`,
        project: dir,
        instance: 'inst-1',
        token,
        started: 'x',
      }),
    );
    const r = run(STOP, [], dir);
    assert.equal(r, {
      code: 0,
      stdout: `No 2L dashboard is running for ${dir} (removed stale state: pid ${child.pid} is not its server; nothing was signalled).\n`,
      stderr: '',
    });
    assert.ok(alive(child.pid!));
    const seen = fs.readFileSync(log, 'utf8');
    assert.not.ok(seen.includes(token), 'the secret never left for the impostor');
  } finally {
    child.kill('SIGKILL');
  }
});
impostor.run();

// Issue 19, "timed dashboard starts": each new server's start is a `dashboard_start` event with its total
// and phases; a reused server records none; a start past the project's target warns with its phases.
const timed = suite('dashboard: timed starts');
timed.after(() => {
  for (const d of started.splice(0)) run(STOP, [], d);
});
timed('a start records dashboard_start (duration_ms, port, phases); reuse records nothing', () => {
  const dir = tempDir('dash-timed');
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stderr, '', 'no warning under the 2 s target');
  const { port } = urlOf(r.stdout);
  const again = start(dir);
  assert.is(again.code, 0);
  const events = fs
    .readFileSync(path.join(dir, '.2L', 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((e) => e.event_type === 'dashboard_start');
  assert.is(events.length, 1, 'one start, one event');
  const e = events[0];
  assert.ok(typeof e.duration_ms === 'number' && e.duration_ms > 0);
  assert.is(e.payload.port, port);
  assert.equal(Object.keys(e.payload.phases), ['check_ms', 'boot_ms', 'port_ms', 'ready_ms']);
  const p = e.payload.phases;
  assert.ok(p.boot_ms <= p.port_ms && p.port_ms <= p.ready_ms, JSON.stringify(p));
  assert.match(e.data, new RegExp(`^dashboard started on port ${port} in `));
});
timed('a start past the target warns, naming its phases (a 1 ms target in .2L/config.yaml)', () => {
  const dir = tempDir('dash-slow');
  fs.mkdirSync(path.join(dir, '.2L'));
  fs.writeFileSync(path.join(dir, '.2L', 'config.yaml'), 'performance:\n  targets:\n    dashboard_start_ms: 1\n');
  const r = start(dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /^2l-dashboard: warning: the start took [\d.]+ (ms|s), past the 1 ms target \(check [^,]+, boot [^,]+, port [^,]+, ready [^)]+\)\n$/,
  );
});
timed.run();
