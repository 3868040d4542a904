import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDbUrl } from '../../lib/db/url.ts';
import {
  type FailureKind,
  type ProbeResult,
  classifyPsqlError,
  findPsql,
  installHint,
  parseProbeOutput,
  probe,
} from '../../lib/db/psql-probe.ts';
import { tempDir } from '../util/claude.ts';
import { PASSWORDS, type PgCluster, freePort, startCluster } from '../util/pg-cluster.ts';

const classify = suite('classifyPsqlError');
// Messages as psql 15 prints them (captured from the test cluster), plus other servers' wording.
const table: Array<[string, FailureKind]> = [
  [
    'psql: error: connection to server at "127.0.0.1", port 46729 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n',
    'refused',
  ],
  [
    'psql: error: connection to server on socket "/tmp/nosock/.s.PGSQL.5432" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n',
    'refused',
  ],
  [
    'psql: error: connection to server at "127.0.0.1", port 42413 failed: FATAL:  password authentication failed for user "app"\n',
    'auth',
  ],
  ['psql: error: connection to server at "127.0.0.1", port 42413 failed: fe_sendauth: no password supplied\n', 'auth'],
  ['psql: error: connection to server at "h", port 5432 failed: FATAL:  role "ghost" does not exist\n', 'auth'],
  [
    'psql: error: connection to server at "h", port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.0.1", user "u", database "d", SSL encryption\n',
    'auth',
  ],
  [
    'psql: error: connection to server at "127.0.0.1", port 42413 failed: FATAL:  database "nodb" does not exist\n',
    'no_database',
  ],
  ['psql: error: connection to server at "127.0.0.1", port 37979 failed: timeout expired\n', 'timeout'],
  [
    'psql: error: connection to server at "127.0.0.1", port 42413 failed: FATAL:  no pg_hba.conf entry for host "127.0.0.1", user "ssluser", database "appdb", no encryption\n',
    'ssl_required',
  ],
  [
    'psql: error: connection to server at "h", port 5432 failed: FATAL:  pg_hba.conf rejects connection for host "1.2.3.4", user "u", database "d", no encryption\n',
    'ssl_required',
  ],
  ['psql: FATAL:  no pg_hba.conf entry for host "1.2.3.4", user "u", database "d", SSL off\n', 'ssl_required'],
  [
    'psql: error: connection to server at "h", port 5432 failed: FATAL:  SSL connection is required. Please specify SSL options and retry.\n',
    'ssl_required',
  ],
  [
    'psql: error: connection to server at "127.0.0.1", port 42413 failed: server does not support SSL, but SSL was required\n',
    'ssl_unsupported',
  ],
  [
    'psql: error: could not translate host name "nosuchhost.invalid" to address: Name or service not known\n',
    'host_unknown',
  ],
  ['psql: error: connection to server at "h", port 5432 failed: FATAL:  sorry, too many clients already\n', 'error'],
  ['', 'error'],
];
for (const [stderr, kind] of table)
  classify(`${kind}: ${stderr.slice(0, 90).trim() || '(empty)'}`, () =>
    assert.is(classifyPsqlError(stderr).kind, kind),
  );
classify('detail is the first line without the psql prefix', () => {
  assert.is(
    classifyPsqlError(table[0]![0]).detail,
    'connection to server at "127.0.0.1", port 46729 failed: Connection refused',
  );
});
classify.run();

const hint = suite('installHint');
const none = () => false;
const hints: Array<[string, NodeJS.Platform, string, (n: string) => boolean, string | undefined]> = [
  ['macOS: Homebrew libpq', 'darwin', '', none, 'brew install libpq && brew link --force libpq'],
  ['Debian', 'linux', 'ID=debian\nVERSION_ID="12"\n', none, 'sudo apt-get install -y postgresql-client'],
  [
    'Ubuntu (ID_LIKE debian)',
    'linux',
    'ID=ubuntu\nID_LIKE=debian\n',
    none,
    'sudo apt-get install -y postgresql-client',
  ],
  ['Fedora', 'linux', 'ID=fedora\n', none, 'sudo dnf install -y postgresql'],
  [
    'Rocky (ID_LIKE quoted list)',
    'linux',
    'ID="rocky"\nID_LIKE="rhel centos fedora"\n',
    none,
    'sudo dnf install -y postgresql',
  ],
  ['unknown Linux with dnf on PATH', 'linux', 'ID=mystery\n', (n) => n === 'dnf', 'sudo dnf install -y postgresql'],
  ['no os-release, apt-get on PATH', 'linux', '', (n) => n === 'apt-get', 'sudo apt-get install -y postgresql-client'],
  ['Alpine', 'linux', 'ID=alpine\n', none, 'sudo apk add postgresql-client'],
  ['unknown Linux, nothing known', 'linux', 'ID=mystery\n', none, undefined],
  ['Windows', 'win32', '', none, undefined],
];
for (const [name, platform, osr, has, command] of hints) {
  hint(name, () => {
    const h = installHint(platform, osr, has);
    assert.is(h.command, command);
    if (command) assert.ok(h.text.includes(`\`${command}\``));
    else assert.match(h.text, /postgresql\.org\/download/);
  });
}
hint.run();

const find = suite('findPsql');
find('searches PATH, skips relative and non-executable entries', () => {
  const a = tempDir('path');
  const b = tempDir('path');
  fs.writeFileSync(path.join(a, 'psql'), '#!/bin/sh\n', { mode: 0o644 });
  fs.writeFileSync(path.join(b, 'psql'), '#!/bin/sh\n', { mode: 0o755 });
  assert.equal(findPsql({ PATH: ['relative/dir', a, b].join(path.delimiter) }, 'linux'), {
    path: path.join(b, 'psql'),
    offPath: false,
  });
  assert.is(findPsql({ PATH: a }, 'linux'), undefined);
  assert.is(findPsql({}, 'linux'), undefined);
});
find.run();

const output = suite('parseProbeOutput');
output('reads what the probe script prints', () => {
  const out =
    '2l-client 15.18 (Debian 15.18-0+deb12u1)\n1\nTime: 0.690 ms\n2l-info\t15.18 (Debian 15.18-0+deb12u1)\t150018\tnoddl\tappdb\tpublic\tf\tf\n';
  assert.equal(parseProbeOutput(out, 12), {
    ok: true,
    serverVersion: '15.18 (Debian 15.18-0+deb12u1)',
    serverVersionNum: 150018,
    clientVersion: '15.18 (Debian 15.18-0+deb12u1)',
    user: 'noddl',
    database: 'appdb',
    schema: 'public',
    canCreateSchema: false,
    canCreateInSchema: false,
    latencyMs: 0.69,
    wallMs: 12,
  });
});
output('no info line: undefined', () => assert.is(parseProbeOutput('1\nTime: 1 ms\n', 1), undefined));
output.run();

// Against a real server.
const live = suite('probe (real PostgreSQL)');
let pg: PgCluster;
const psql = findPsql()?.path ?? 'psql';
live.before(async () => {
  pg = await startCluster();
});
const run = (url: string, timeoutS = 5): Promise<ProbeResult> => probe(parseDbUrl(url), { psql, timeoutS });
const fail = (r: ProbeResult): { kind: string; detail: string } => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
  return r;
};

live('owner of the database: version, user, can create', async () => {
  const r = await run(pg.url('app'));
  assert.ok(r.ok, JSON.stringify(r));
  if (!r.ok) return;
  assert.is(r.serverVersion, pg.version);
  assert.is(r.user, 'app');
  assert.is(r.database, 'appdb');
  assert.is(r.canCreateInSchema, true);
  assert.is(r.canCreateSchema, true);
  assert.type(r.latencyMs, 'number');
  assert.ok(r.wallMs > 0);
});
live('a role without CREATE rights', async () => {
  const r = await run(pg.url('noddl'));
  assert.ok(r.ok && !r.canCreateInSchema && !r.canCreateSchema, JSON.stringify(r));
});
live('wrong password: auth, and the password is nowhere in the detail', async () => {
  const r = fail(await run(pg.url('app').replace(encodeURIComponent(PASSWORDS.app), 'Wrong-pw-123')));
  assert.is(r.kind, 'auth');
  assert.match(r.detail, /password authentication failed for user "app"/);
  assert.not.ok(r.detail.includes('Wrong-pw-123'));
});
live('no password at all: auth (psql never prompts)', async () => {
  assert.is(
    fail(await probe(parseDbUrl(pg.url('app', 'appdb', false)), { psql, timeoutS: 5, env: { PATH: process.env.PATH } }))
      .kind,
    'auth',
  );
});
live('missing database', async () => assert.is(fail(await run(pg.url('app', 'nodb'))).kind, 'no_database'));
live('SSL-only role over a plain connection: ssl_required', async () =>
  assert.is(fail(await run(pg.url('ssluser'))).kind, 'ssl_required'),
);
live('sslmode=require against a server without SSL: ssl_unsupported', async () =>
  assert.is(fail(await run(`${pg.url('app')}?sslmode=require`)).kind, 'ssl_unsupported'),
);
live('nothing listening: refused', async () => {
  const port = await freePort();
  assert.is(fail(await run(`postgresql://app:pw@127.0.0.1:${port}/appdb`)).kind, 'refused');
});
live('a server that accepts TCP and never answers: timeout', async () => {
  const sockets: net.Socket[] = [];
  const srv = net.createServer((s) => sockets.push(s));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    const port = (srv.address() as net.AddressInfo).port;
    const r = fail(await run(`postgresql://app:pw@127.0.0.1:${port}/appdb`, 2));
    assert.is(r.kind, 'timeout');
    assert.ok(sockets.length >= 1, 'psql really connected');
  } finally {
    for (const s of sockets) s.destroy();
    srv.close();
  }
});
live('a psql that cannot be started: error', async () => {
  const r = fail(await probe(parseDbUrl(pg.url('app')), { psql: '/nonexistent/psql', timeoutS: 2 }));
  assert.is(r.kind, 'error');
  assert.match(r.detail, /could not run psql: .*No such file or directory/);
});
live('the password reaches psql through PGPASSWORD only, never its arguments', async () => {
  const dir = tempDir('shim');
  const shim = path.join(dir, 'psql');
  fs.writeFileSync(
    shim,
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\nprintf '%s' "$PGPASSWORD" > "${dir}/pw"\nexec "${psql}" "$@"\n`,
    { mode: 0o755 },
  );
  const r = await probe(parseDbUrl(pg.url('app')), { psql: shim, timeoutS: 5 });
  assert.ok(r.ok, JSON.stringify(r));
  const args = fs.readFileSync(path.join(dir, 'args'), 'utf8');
  assert.ok(args.includes(`postgresql://app@127.0.0.1:${pg.port}/appdb`), args);
  assert.not.ok(args.includes(PASSWORDS.app));
  assert.is(fs.readFileSync(path.join(dir, 'pw'), 'utf8'), PASSWORDS.app);
});
live.run();
