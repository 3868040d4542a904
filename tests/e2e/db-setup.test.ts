/**
 * The built `dist/setup-db.mjs`, run as a user runs it, against a real
 * PostgreSQL cluster. psql is the real one behind a shim that counts calls,
 * so a cache hit can be told from a connection.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findPsql } from '../../lib/db/psql-probe.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { PASSWORDS, type PgCluster, freePort, startCluster } from '../util/pg-cluster.ts';
import { readEvents as events } from '../util/events.ts';
import { run, runSync } from '../util/run.ts';

const BIN = path.join(ROOT, 'dist', 'setup-db.mjs');
const REAL_PSQL = findPsql()?.path ?? '/usr/bin/psql';
const SECRETS = [PASSWORDS.app, PASSWORDS.noddl, PASSWORDS.ssluser, encodeURIComponent(PASSWORDS.app)];

const shimDir = tempDir('psql-shim');
const calls = path.join(shimDir, 'calls');
// Counts connection attempts (not `psql --version`).
fs.writeFileSync(
  path.join(shimDir, 'psql'),
  `#!/bin/sh\n[ "$1" = --version ] || echo x >> "${calls}"\nexec "${REAL_PSQL}" "$@"\n`,
  { mode: 0o755 },
);
const psqlCalls = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').split('\n').length - 1 : 0);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
const projects: string[] = [];
function project(): string {
  const p = tempDir('db-proj');
  projects.push(p);
  return p;
}
function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = runSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: `${shimDir}${path.delimiter}${process.env.PATH}`, HOME: cwd, LANG: 'C.UTF-8', ...env },
  });
  for (const s of SECRETS) {
    assert.not.ok(r.stdout.includes(s), `password in stdout: ${r.stdout}`);
    assert.not.ok(r.stderr.includes(s), `password in stderr: ${r.stderr}`);
  }
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}
const row = (out: string, label: string) => new RegExp(`^  ${label} +(.*)$`, 'm').exec(out)?.[1];

let pg: PgCluster;
const before = async () => {
  pg = await startCluster();
};

const outcomes = suite('setup-db: every outcome, real server');
outcomes.before(before);
outcomes('connected as the database owner: report, agent note last, cache and event written', () => {
  const p = project();
  const r = cli(p, ['--url', pg.url('app')]);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  assert.is(lines[0], `2l setup-db: connected to PostgreSQL ${pg.version}`);
  assert.is(row(r.stdout, 'connection'), `postgresql://app@127.0.0.1:${pg.port}/appdb (from \`--url\`)`);
  assert.is(row(r.stdout, 'user'), 'app, database appdb');
  assert.is(row(r.stdout, 'can create'), 'yes (tables in schema public; new schemas)');
  assert.match(
    row(r.stdout, 'latency')!,
    /^\d+(\.\d\d)? ms per query; \d+(\.\d\d)? ms to start psql, connect and check$/,
  );
  assert.is(row(r.stdout, 'saved'), '.2L/db.yaml (no password)');
  assert.equal(lines.slice(-3), [
    'For agents: reach the database with',
    `  psql postgresql://app@127.0.0.1:${pg.port}/appdb -X -v ON_ERROR_STOP=1 -c '<SQL>'`,
    'The password was given with `--url` and is not stored: export PGPASSWORD in the environment Claude Code starts from, or add a ~/.pgpass line (mode 0600) host:port:database:user:password.',
  ]);
  const yaml = fs.readFileSync(path.join(p, '.2L', 'db.yaml'), 'utf8');
  assert.match(yaml, new RegExp(`^url: postgresql://app@127.0.0.1:${pg.port}/appdb$`, 'm'));
  assert.match(fs.readFileSync(path.join(p, '.2L', '.gitignore'), 'utf8'), /^\*$/m, 'db.yaml is kept out of git');
  const [e] = events(p);
  assert.is(e!.event_type, 'db_check');
  assert.is(e!.payload.outcome, 'ok');
  assert.is(e!.payload.source, 'flag');
  assert.is(e!.payload.server_version, pg.version);
  assert.type(e!.payload.latency_ms, 'number');
});
outcomes('a role without CREATE rights is told so (still exit 0)', () => {
  const r = cli(project(), ['--url', pg.url('noddl')]);
  assert.is(r.code, 0);
  assert.is(
    row(r.stdout, 'can create'),
    'no (no CREATE on schema public or on the database): read and write existing tables only',
  );
});
const failures: Array<[string, () => string, number, string, RegExp]> = [
  [
    'wrong password',
    () => pg.url('app').replace(encodeURIComponent(PASSWORDS.app), 'Not-the-pw-1'),
    5,
    'authentication failed for user app',
    /password authentication failed for user "app"/,
  ],
  [
    'missing database',
    () => pg.url('app', 'nodb'),
    6,
    'database nodb does not exist',
    /database "nodb" does not exist/,
  ],
  ['SSL required', () => pg.url('ssluser'), 8, 'the server requires SSL', /no encryption/],
];
for (const [name, url, code, title, said] of failures) {
  outcomes(`${name}: exit ${code}`, () => {
    const p = project();
    const r = cli(p, ['--url', url()]);
    assert.is(r.code, code, r.stdout);
    assert.is(r.stdout.split('\n')[0], `2l setup-db: ${title} (exit ${code})`);
    assert.match(row(r.stdout, 'psql said')!, said);
    assert.ok(row(r.stdout, 'fix'));
    assert.not.match(r.stdout, /For agents/);
    assert.not.ok(fs.existsSync(path.join(p, '.2L', 'db.yaml')), 'a failure caches nothing');
    assert.is(events(p)[0]!.payload.outcome, { 5: 'auth', 6: 'no_database', 8: 'ssl_required' }[code]);
    assert.not.ok(fs.readFileSync(path.join(p, '.2L', 'events.jsonl'), 'utf8').includes('Not-the-pw-1'));
  });
}
outcomes('nothing listening: exit 4 with the `supabase start` hint', async () => {
  const port = await freePort();
  const r = cli(project(), ['--url', `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`]);
  assert.is(r.code, 4);
  assert.is(r.stdout.split('\n')[0], `2l setup-db: connection refused at 127.0.0.1:${port} (exit 4)`);
  assert.match(row(r.stdout, 'fix')!, /`supabase start`/);
});
outcomes('a server that accepts TCP and never answers: exit 7 after --timeout', async () => {
  const sockets: net.Socket[] = [];
  const srv = net.createServer((s) => sockets.push(s));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  try {
    // Async: the test's own server must keep accepting while the CLI waits.
    const r = await run(process.execPath, [BIN, '--timeout', '2', '--url', `postgresql://u:pw@127.0.0.1:${port}/d`], {
      cwd: project(),
      env: { PATH: process.env.PATH },
    });
    assert.is(r.code, 7, r.stdout + r.stderr);
    assert.is(r.stdout.split('\n')[0], `2l setup-db: timeout: no answer from 127.0.0.1:${port} within 2 s (exit 7)`);
    assert.ok(sockets.length >= 1);
  } finally {
    for (const s of sockets) s.destroy();
    srv.close();
  }
});
outcomes('psql missing from PATH: exit 3 with this platform’s install command', () => {
  const p = project();
  const r = cli(p, [], { PATH: tempDir('empty-path') });
  assert.is(r.code, 3);
  assert.is(r.stdout.split('\n')[0], '2l setup-db: psql is not installed (exit 3)');
  const osRelease = fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8') : '';
  if (/^ID(_LIKE)?=.*(debian|ubuntu)/m.test(osRelease))
    assert.match(row(r.stdout, 'install')!, /`sudo apt-get install -y postgresql-client`/);
  assert.match(r.stdout, /never asks for or stores a sudo password|postgresql\.org/);
  assert.is(events(p)[0]!.payload.outcome, 'psql_missing');
});
outcomes('--json: one object with the outcome and exit code', () => {
  const r = cli(project(), ['--json', '--url', pg.url('app', 'nodb')]);
  assert.is(r.code, 6);
  const j = JSON.parse(r.stdout);
  assert.equal(
    { ok: j.ok, outcome: j.outcome, exit_code: j.exit_code, url: j.url, source: j.source, cached: j.cached },
    {
      ok: false,
      outcome: 'no_database',
      exit_code: 6,
      url: `postgresql://app@127.0.0.1:${pg.port}/nodb`,
      source: 'flag',
      cached: false,
    },
  );
  const ok = JSON.parse(cli(project(), ['--json', '--url', pg.url('noddl')]).stdout);
  assert.equal(
    { ok: ok.ok, server_version: ok.server_version, user: ok.user, can_create: ok.can_create },
    { ok: true, server_version: pg.version, user: 'noddl', can_create: false },
  );
  assert.match(ok.agent_note, /^For agents:/);
});
outcomes.run();

const sources = suite('setup-db: where the connection comes from');
sources.before(before);
sources('DATABASE_URL; the agent note writes the URL out (a $VARIABLE always needs approval)', () => {
  const r = cli(project(), [], { DATABASE_URL: `${pg.url('app')}?application_name=t` });
  assert.is(r.code, 0, r.stdout);
  assert.is(
    row(r.stdout, 'connection'),
    `postgresql://app@127.0.0.1:${pg.port}/appdb?application_name=t (from \`DATABASE_URL\`)`,
  );
  assert.match(
    r.stdout,
    new RegExp(
      `^  psql 'postgresql://app@127\\.0\\.0\\.1:${pg.port}/appdb\\?application_name=t' -X -v ON_ERROR_STOP=1 -c '<SQL>'$`,
      'm',
    ),
  );
  assert.match(r.stdout, /The password is in `DATABASE_URL`, which psql does not read by itself/);
});
sources('--url beats DATABASE_URL', () => {
  const r = cli(project(), ['--url', pg.url('noddl')], { DATABASE_URL: pg.url('app') });
  assert.is(row(r.stdout, 'user'), 'noddl, database appdb');
});
sources('supabase/config.toml [db] port, with Supabase’s local credentials', () => {
  const p = project();
  fs.mkdirSync(path.join(p, 'supabase'));
  fs.writeFileSync(
    path.join(p, 'supabase', 'config.toml'),
    `project_id = "t"\n\n[api]\nport = 1\n\n[db]\nport = ${pg.port}\nmajor_version = 15\n`,
  );
  const r = cli(p, []);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(
    row(r.stdout, 'connection'),
    `postgresql://postgres@127.0.0.1:${pg.port}/postgres (from \`supabase/config.toml\` [db] port ${pg.port})`,
  );
  assert.is(events(p)[0]!.payload.source, 'supabase');
  assert.match(r.stdout, /Supabase local default for user postgres \(`supabase status` shows it\)/);
});
sources(
  '--project (relative to the current folder): the cache and the event land there, nothing in the current folder',
  () => {
    const p = project();
    const cwd = project();
    const r = cli(cwd, ['--project', path.relative(cwd, p), '--url', pg.url('app')]);
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.ok(fs.existsSync(path.join(p, '.2L', 'db.yaml')));
    assert.is(events(p)[0]!.payload.outcome, 'ok');
    assert.equal(fs.readdirSync(cwd), []);
  },
);
sources('a malformed supabase/config.toml: exit 2 naming file:line, nothing written', () => {
  const p = project();
  fs.mkdirSync(path.join(p, 'supabase'));
  fs.writeFileSync(path.join(p, 'supabase', 'config.toml'), '[db]\nport = = 5\n');
  const r = cli(p, []);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^setup-db: `supabase\/config\.toml:2:\d+`: invalid TOML \(.+\)\n$/);
  assert.not.ok(fs.existsSync(path.join(p, '.2L')));
});
sources.run();

const cache = suite('setup-db --check: the 5-minute cache');
cache.before(before);
cache('hit within 5 minutes: no psql run, no event; --fresh and expiry test again', () => {
  const p = project();
  assert.is(cli(p, ['--url', pg.url('app')]).code, 0);
  const n = psqlCalls();
  const e = events(p).length;
  const hit = cli(p, ['--check', '--url', pg.url('app')]);
  assert.is(hit.code, 0);
  assert.match(
    hit.stdout.split('\n')[0]!,
    new RegExp(
      `^2l setup-db: ok, PostgreSQL ${pg.version.replace(/[()+.]/g, '\\$&')} \\(checked \\d+ s ago; cached in \\.2L/db\\.yaml, \`--fresh\` to test again\\)$`,
    ),
  );
  assert.is(psqlCalls(), n, 'no connection made');
  assert.is(events(p).length, e, 'a cache hit is not a check');
  assert.ok(JSON.parse(cli(p, ['--check', '--json', '--url', pg.url('app')]).stdout).cached);

  assert.is(
    cli(p, ['--check', '--fresh', '--url', pg.url('app')]).stdout.split('\n')[0],
    `2l setup-db: connected to PostgreSQL ${pg.version}`,
  );
  assert.is(psqlCalls(), n + 1);

  const file = path.join(p, '.2L', 'db.yaml');
  const old = new Date(Date.now() - 5 * 60_000 - 1000).toISOString();
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^checked_at: .*$/m, `checked_at: ${old}`));
  assert.is(
    cli(p, ['--check', '--url', pg.url('app')]).stdout.split('\n')[0],
    `2l setup-db: connected to PostgreSQL ${pg.version}`,
  );
  assert.is(psqlCalls(), n + 2, 'expired: tested again');
  assert.not.match(fs.readFileSync(file, 'utf8'), new RegExp(old));
});
cache('another connection is not answered from the cache', () => {
  const p = project();
  cli(p, ['--url', pg.url('app')]);
  const n = psqlCalls();
  assert.is(row(cli(p, ['--check', '--url', pg.url('noddl')]).stdout, 'user'), 'noddl, database appdb');
  assert.is(psqlCalls(), n + 1);
});
cache('a failed check voids the cache for that connection', () => {
  const p = project();
  cli(p, ['--url', pg.url('app')]);
  const wrong = pg.url('app').replace(encodeURIComponent(PASSWORDS.app), 'Not-the-pw-1');
  assert.is(cli(p, ['--check', '--fresh', '--url', wrong]).code, 5);
  const n = psqlCalls();
  assert.is(cli(p, ['--check', '--url', wrong]).code, 5, 'not answered "ok" from the cache');
  assert.is(psqlCalls(), n + 1);
});
cache('no password is written anywhere in the projects', () => {
  for (const p of projects) {
    for (const f of fs.readdirSync(p, { recursive: true }) as string[]) {
      const abs = path.join(p, f);
      if (!fs.statSync(abs).isFile()) continue;
      const text = fs.readFileSync(abs, 'utf8');
      for (const s of SECRETS) assert.not.ok(text.includes(s), `${abs} holds a password`);
    }
  }
});
cache.run();

const allow = suite('setup-db --allow-psql');
allow.before(before);
const settings = (p: string) => path.join(p, '.claude', 'settings.local.json');
allow('without the flag: says how', () => {
  const r = cli(project(), ['--url', pg.url('app')]);
  assert.match(
    r.stdout,
    /^ {2}note: agents must ask before each psql call: run `\/2l-setup-db --allow-psql` \(or add "Bash\(psql:\*\)" to permissions\.allow in \.claude\/settings\.local\.json\)$/m,
  );
});
allow('merges into an existing settings file; a second run changes nothing', () => {
  const p = project();
  fs.mkdirSync(path.join(p, '.claude'));
  fs.writeFileSync(
    settings(p),
    JSON.stringify({ permissions: { allow: ['Bash(git:*)'], deny: ['Read(.env)'] }, env: { X: '1' } }),
  );
  const r = cli(p, ['--allow-psql', '--url', pg.url('app')]);
  assert.is(r.code, 0);
  assert.match(
    r.stdout,
    /note: added "Bash\(psql:\*\)" to \.claude\/settings\.local\.json: agents can run psql without asking/,
  );
  assert.equal(JSON.parse(fs.readFileSync(settings(p), 'utf8')), {
    permissions: { allow: ['Bash(git:*)', 'Bash(psql:*)'], deny: ['Read(.env)'] },
    env: { X: '1' },
  });
  const again = cli(p, ['--allow-psql', '--url', pg.url('app')]);
  assert.match(again.stdout, /note: "Bash\(psql:\*\)" is already allowed in \.claude\/settings\.local\.json/);
  assert.match(
    cli(p, ['--url', pg.url('app')]).stdout,
    /note: psql is allowed for agents \("Bash\(psql:\*\)" in \.claude\/settings\.local\.json\)/,
  );
});
allow('invalid JSON: refused, file untouched, exit 1 even though the database is fine', () => {
  const p = project();
  fs.mkdirSync(path.join(p, '.claude'));
  const text = '{"permissions": {"allow": ["Bash(git:*)"]}, // comment\n}';
  fs.writeFileSync(settings(p), text);
  const r = cli(p, ['--allow-psql', '--url', pg.url('app')]);
  assert.is(r.code, 1);
  assert.match(r.stdout, /^2l setup-db: connected to PostgreSQL/);
  assert.match(r.stdout, /note: could not add "Bash\(psql:\*\)": .*settings\.local\.json.*invalid JSON/);
  assert.is(fs.readFileSync(settings(p), 'utf8'), text);
  assert.equal(fs.readdirSync(path.join(p, '.claude')), ['settings.local.json']);
});
allow.run();

const hostile = suite('setup-db: hostile and bad input');
hostile.before(before);
const usage: Array<[string, () => string[], RegExp]> = [
  [
    'shell substitution in the URL',
    () => ['--url', `postgresql://u:pw@$(touch${'${IFS}'}pwned)/d`],
    /^setup-db: the connection URL from `--url` cannot be used: `\$\(touch\$\{IFS\}pwned\)` is not a host name/,
  ],
  [
    'a semicolon and backticks',
    () => ['--url', 'postgresql://u:pw@h;`touch pwned`/d'],
    /^setup-db: the connection URL from `--url` cannot be used: the URL contains spaces/,
  ],
  // Linux caps one argument at 128 KiB, so this is about the largest a user can pass.
  [
    'a 100 KB URL',
    () => ['--url', `postgresql://u:pw@h/${'x'.repeat(100_000)}`],
    /^setup-db: the connection URL from `--url` cannot be used: the URL is 100020 characters long; the limit is 4096\n$/,
  ],
  ['another scheme', () => ['--url', 'mysql://u:pw@h/d'], /must start with `postgresql:\/\/`/],
  // Worded by lib/shared/cli.ts like every command's (issue 11), not by Node's parser.
  ['an unknown flag', () => ['--bogus'], /^setup-db: unknown option `--bogus` \(see --help\)\n$/],
  [
    'an unknown flag that is a URL with a password',
    () => ['--postgresql://u:pw@h/d'],
    /^setup-db: unknown option `--postgresql…` \(see --help\)\n$/,
  ],
  ['a positional argument', () => ['postgresql://u:pw@h/d'], /^setup-db: unexpected argument \(see --help\)\n$/],
  ['an empty --project', () => ['--project', ''], /^setup-db: `--project` needs a folder\n$/],
  [
    '--timeout 0',
    () => ['--timeout', '0'],
    /^setup-db: `--timeout` must be a whole number of seconds from 2 to 300\n$/,
  ],
  ['--timeout abc', () => ['--timeout', 'abc'], /`--timeout` must be a whole number/],
];
for (const [name, args, re] of usage) {
  hostile(`${name}: exit 2, nothing run or written`, () => {
    const p = project();
    const n = psqlCalls();
    const r = cli(p, ['--allow-psql', ...args()]);
    assert.is(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, re);
    assert.ok(r.stderr.length < 400, 'the message does not echo a huge input');
    assert.not.ok(r.stderr.includes(':pw@'));
    assert.is(psqlCalls(), n);
    assert.equal(fs.readdirSync(p), [], 'nothing written, nothing executed');
  });
}
hostile('a hostile DATABASE_URL is refused the same way', () => {
  const p = project();
  const r = cli(p, [], { DATABASE_URL: 'postgresql://u:pw@`touch${IFS}pwned`/d' });
  assert.is(r.code, 2);
  assert.match(r.stderr, /^setup-db: the connection URL from `DATABASE_URL` cannot be used: .* is not a host name/);
  assert.equal(fs.readdirSync(p), []);
});
hostile('.2L is a file, not a folder: still reports the connection, says what it could not save', () => {
  const p = project();
  fs.writeFileSync(path.join(p, '.2L'), 'not a folder');
  const r = cli(p, ['--url', pg.url('app')]);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^2l setup-db: connected to PostgreSQL/);
  assert.match(
    row(r.stdout, 'saved')!,
    /^not saved: .*\/\.2L: is not a real folder; 2L keeps its state only in a folder it owns \(remove it\)$/,
  );
  assert.match(r.stdout, /note: could not record the db_check event: /);
  assert.is(fs.readFileSync(path.join(p, '.2L'), 'utf8'), 'not a folder');
});
hostile('--help: exit 0, documents every exit code', () => {
  const r = cli(project(), ['--help']);
  assert.is(r.code, 0);
  assert.is(r.stderr, '');
  for (const code of ['0', '1', '2', '3', '4', '5', '6', '7', '8'])
    assert.match(r.stdout, new RegExp(`^ {2}${code} {2}\\S`, 'm'));
});
hostile.run();

/** Special files a repository can plant where setup-db reads or writes: run as a child, so a hang is a failure. */
const planted = suite('setup-db: special files planted in the project');
planted.before(before);
const mkfifo = (f: string) => spawnSync('mkfifo', [f]);
const victimFile = (p: string) => {
  const v = `${p}-victim`;
  fs.writeFileSync(v, 'export SAFE=1\n');
  return v;
};
for (const [what, plant, re] of [
  ['a FIFO', mkfifo, /is not a file \(a folder, device, FIFO or socket\)/],
  [
    'a symlink to /dev/zero',
    (f: string) => fs.symlinkSync('/dev/zero', f),
    /is a symbolic link; 2L never follows links inside a project/,
  ],
] as const) {
  planted(`supabase/config.toml is ${what}: exit 2 at once, nothing written`, () => {
    const p = project();
    fs.mkdirSync(path.join(p, 'supabase'));
    plant(path.join(p, 'supabase', 'config.toml'));
    const r = cli(p, []);
    assert.is(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, re);
    assert.equal(fs.readdirSync(p), ['supabase']);
  });
}
planted('.2L/db.yaml is a FIFO: --check reads no cache (no hang), tests, and replaces it', () => {
  const p = project();
  fs.mkdirSync(path.join(p, '.2L'));
  mkfifo(path.join(p, '.2L', 'db.yaml'));
  const r = cli(p, ['--check', '--url', pg.url('app')]);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(r.stdout.split('\n')[0], `2l setup-db: connected to PostgreSQL ${pg.version}`);
  assert.ok(fs.lstatSync(path.join(p, '.2L', 'db.yaml')).isFile());
});
planted('.2L/.gitignore links to the user’s ~/.bashrc: nothing appended there, the cache not saved', () => {
  const p = project();
  const victim = victimFile(p);
  fs.mkdirSync(path.join(p, '.2L'));
  fs.symlinkSync(victim, path.join(p, '.2L', '.gitignore'));
  const r = cli(p, ['--url', pg.url('app')]);
  assert.is(r.code, 0, r.stdout);
  assert.match(
    row(r.stdout, 'saved')!,
    /^not saved: .*\.gitignore: is a symbolic link; 2L never follows links inside a project \(remove it\)$/,
  );
  assert.is(fs.readFileSync(victim, 'utf8'), 'export SAFE=1\n');
  assert.not.ok(fs.existsSync(path.join(p, '.2L', 'db.yaml')));
});
planted(
  '--allow-psql with .claude/settings.local.json linked to the user’s settings: refused, exit 1, the target untouched',
  () => {
    const p = project();
    const victim = victimFile(p);
    fs.mkdirSync(path.join(p, '.claude'));
    fs.symlinkSync(victim, path.join(p, '.claude', 'settings.local.json'));
    const r = cli(p, ['--allow-psql', '--url', pg.url('app')]);
    assert.is(r.code, 1, r.stdout);
    assert.match(
      r.stdout,
      /note: could not add "Bash\(psql:\*\)": \.claude\/settings\.local\.json: is a symbolic link; 2L never follows links inside a project \(remove it\)/,
    );
    assert.is(fs.readFileSync(victim, 'utf8'), 'export SAFE=1\n');
  },
);
planted('.claude/settings.json is a FIFO: read without hanging, allows nothing', () => {
  const p = project();
  fs.mkdirSync(path.join(p, '.claude'));
  mkfifo(path.join(p, '.claude', 'settings.json'));
  const r = cli(p, ['--url', pg.url('app')]);
  assert.is(r.code, 0, r.stdout);
  assert.match(r.stdout, /note: agents must ask before each psql call/);
});
planted.run();

/**
 * `ps` shows every process's command line to every user (/proc/<pid>/cmdline).
 * While psql waits on a server that accepts and never answers, read the command
 * line of setup-db and of everything it started: no password, however given.
 */
const argv = suite('setup-db: the password never shows in `ps`');
const SECRET = 'Pw-in-argv-7781';
function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0+/g, ' ').trim();
  } catch {
    return ''; // exited meanwhile
  }
}
function children(pid: number): number[] {
  const out: number[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Field 4 of stat is the parent pid; the name (field 2) may hold spaces, so count from its closing paren.
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out.flatMap((c) => [c, ...children(c)]);
}
const ways: Array<[string, (url: string) => { args: string[]; input?: string; env?: Record<string, string> }]> = [
  ['--url with the password in it (hidden from our own argv, and warned about)', (url) => ({ args: ['--url', url] })],
  ['--url - with the URL on stdin', (url) => ({ args: ['--url', '-'], input: `${url}\n` })],
  ['DATABASE_URL', (url) => ({ args: [], env: { DATABASE_URL: url } })],
];
for (const [how, given] of ways) {
  argv(how, async () => {
    const sockets: net.Socket[] = [];
    const srv = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const url = `postgresql://u:${SECRET}@127.0.0.1:${(srv.address() as net.AddressInfo).port}/d`;
    const g = given(url);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, '--timeout', '4', ...g.args], {
      cwd: project(),
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...g.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stdin.end(g.input ?? '');
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    try {
      // Until psql is up and waiting (or the CLI is gone), then look at every command line.
      let seen: string[] = [];
      for (let i = 0; i < 400 && child.exitCode === null; i++) {
        seen = [child.pid!, ...children(child.pid!)].map(cmdline).filter(Boolean);
        if (seen.some((c) => /\bpsql\b.* -d /.test(c)) && sockets.length > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.ok(
        seen.some((c) => /\bpsql\b.* -d postgresql:\/\/u@127\.0\.0\.1:\d+\/d/.test(c)),
        `psql was seen waiting: ${JSON.stringify(seen)}`,
      );
      for (const c of seen) assert.not.ok(c.includes(SECRET), `password in a command line: ${c}`);
      assert.is(await exited, 7, stdout);
      assert.not.ok(stdout.includes(SECRET));
      const warned = stdout.includes(
        'note: the password was on the command line, where other processes can read it (`ps`)',
      );
      assert.is(warned, how.startsWith('--url with'), stdout);
    } finally {
      child.kill('SIGKILL');
      for (const s of sockets) s.destroy();
      srv.close();
    }
  });
}
argv('--url - with nothing on stdin: exit 2, says how to pipe it', () => {
  const r = cli(project(), ['--url', '-']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^setup-db: `--url -` reads the URL from stdin, but stdin held none/);
});
argv.run();
