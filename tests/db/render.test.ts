import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FailureKind, ProbeOk } from '../../lib/db/psql-probe.ts';
import { exitCode, outcomeName, renderJson, renderText, toJson } from '../../lib/db/render.ts';
import { PASSWORD_ON_COMMAND_LINE } from '../../lib/db/report.ts';
import type { AllowPsql, Connection, PsqlUsed, SetupDbOutcome } from '../../lib/db/setup.ts';
import { dbCache } from '../util/db-cache.ts';

const conn = (over: Partial<Connection> = {}): Connection => ({
  safeUrl: 'postgresql://app@127.0.0.1:5432/appdb',
  source: 'env',
  origin: '`DATABASE_URL`',
  hasPassword: true,
  host: '127.0.0.1',
  port: 5432,
  user: 'app',
  database: 'appdb',
  ...over,
});
const absent: AllowPsql = { requested: false, state: 'absent' };
const refusedAllow: AllowPsql = {
  requested: true,
  state: 'refused',
  error: '.claude/settings.local.json: invalid JSON',
};
const psql: PsqlUsed = { path: '/usr/bin/psql', version: '15.18', offPath: false };
const probeOk: ProbeOk = {
  ok: true,
  serverVersion: '15.18',
  serverVersionNum: 150018,
  clientVersion: '15.18',
  user: 'app',
  database: 'appdb',
  schema: 'public',
  canCreateInSchema: true,
  canCreateSchema: false,
  latencyMs: 0.5,
  wallMs: 42,
};
const connected = (over: Partial<Extract<SetupDbOutcome, { kind: 'connected' }>> = {}): SetupDbOutcome => ({
  kind: 'connected',
  conn: conn(),
  allowPsql: absent,
  psql,
  probe: probeOk,
  ...over,
});
const failed = (
  kind: FailureKind,
  over: Partial<Extract<SetupDbOutcome, { kind: 'failed' }>> = {},
): SetupDbOutcome => ({
  kind: 'failed',
  conn: conn(),
  allowPsql: absent,
  psql,
  failure: { ok: false, kind, detail: 'psql: error: it failed', wallMs: 12 },
  timeoutS: 5,
  ...over,
});
const cached = (over: Partial<Extract<SetupDbOutcome, { kind: 'cached' }>> = {}): SetupDbOutcome => ({
  kind: 'cached',
  conn: conn(),
  allowPsql: absent,
  ageMs: 61_000,
  cache: dbCache({ source: 'env', origin: '`DATABASE_URL`', can_create_in_schema: false, latency_ms: 12.4 }),
  ...over,
});
const psqlMissing = (over: Partial<Extract<SetupDbOutcome, { kind: 'psql_missing' }>> = {}): SetupDbOutcome => ({
  kind: 'psql_missing',
  conn: conn(),
  allowPsql: absent,
  install: {
    manager: 'apt',
    command: 'sudo apt-get install -y postgresql-client',
    text: 'run `sudo apt-get install -y postgresql-client`',
  },
  ...over,
});
const usage: SetupDbOutcome = { kind: 'usage', message: 'the connection URL from `--url` cannot be used: bad' };

const codes = suite('exitCode: one code per outcome, the same in --json');
const table: Array<[string, SetupDbOutcome, number, string]> = [
  ['connected', connected(), 0, 'ok'],
  ['connected, --allow-psql refused', connected({ allowPsql: refusedAllow }), 1, 'ok'],
  ['cached', cached(), 0, 'ok'],
  ['cached, --allow-psql refused', cached({ allowPsql: refusedAllow }), 1, 'ok'],
  ['usage', usage, 2, 'usage'],
  ['psql missing', psqlMissing(), 3, 'psql_missing'],
  [
    'psql missing, --allow-psql refused: the more telling code',
    psqlMissing({ allowPsql: refusedAllow }),
    3,
    'psql_missing',
  ],
  ['refused', failed('refused'), 4, 'refused'],
  ['auth', failed('auth'), 5, 'auth'],
  ['no database', failed('no_database'), 6, 'no_database'],
  ['timeout', failed('timeout'), 7, 'timeout'],
  ['SSL required', failed('ssl_required'), 8, 'ssl_required'],
  ['SSL not offered', failed('ssl_unsupported'), 1, 'ssl_unsupported'],
  ['unknown host', failed('host_unknown'), 1, 'host_unknown'],
  ['other error', failed('error'), 1, 'error'],
];
for (const [name, o, code, outcome] of table) {
  codes(name, () => {
    assert.is(exitCode(o), code);
    const j = toJson(o);
    assert.is(j.exit_code, code);
    assert.is(j.outcome, outcome);
    assert.is(j.ok, outcome === 'ok');
    if (o.kind !== 'usage') assert.is(outcomeName(o), outcome);
    if (o.kind === 'failed') assert.match(renderText(o).split('\n')[0]!, new RegExp(` \\(exit ${code}\\)$`));
  });
}
codes.run();

const text = suite('renderText');
const note =
  'agents must ask before each psql call: run `/2l-setup-db --allow-psql` (or add "Bash(psql:*)" to permissions.allow in .claude/settings.local.json)';
const envPassword =
  'The password is in `DATABASE_URL`, which psql does not read by itself: export PGPASSWORD in the environment Claude Code starts from, or add a ~/.pgpass line (mode 0600) host:port:database:user:password. (`psql "$DATABASE_URL"` works too, but Claude Code asks before every command holding a $VARIABLE, allow rule or not.) 2L stores no password.';
const texts: Array<[string, SetupDbOutcome, string[]]> = [
  [
    'connected: rows, notes, the agent note last',
    connected(),
    [
      '2l setup-db: connected to PostgreSQL 15.18',
      '  connection  postgresql://app@127.0.0.1:5432/appdb (from `DATABASE_URL`)',
      '  user        app, database appdb',
      '  can create  yes (tables in schema public)',
      '  latency     0.50 ms per query; 42 ms to start psql, connect and check',
      '  psql        /usr/bin/psql (15.18)',
      '  saved       .2L/db.yaml (no password)',
      `  note: ${note}`,
      '',
      'For agents: reach the database with',
      "  psql postgresql://app@127.0.0.1:5432/appdb -X -v ON_ERROR_STOP=1 -c '<SQL>'",
      envPassword,
    ],
  ],
  [
    'cached',
    cached(),
    [
      '2l setup-db: ok, PostgreSQL 15.18 (checked 61 s ago; cached in .2L/db.yaml, `--fresh` to test again)',
      '  connection  postgresql://app@127.0.0.1:5432/appdb (from `DATABASE_URL`)',
      '  user        app, database appdb',
      '  can create  no (no CREATE on schema public or on the database): read and write existing tables only',
      '  latency     12 ms per query at the last check',
      `  note: ${note}`,
      '',
      'For agents: reach the database with',
      "  psql postgresql://app@127.0.0.1:5432/appdb -X -v ON_ERROR_STOP=1 -c '<SQL>'",
      envPassword,
    ],
  ],
  [
    'failed: psql’s words and the fix, no agent note',
    failed('no_database', { psql: { path: '/opt/homebrew/opt/libpq/bin/psql', offPath: true } }),
    [
      '2l setup-db: database appdb does not exist (exit 6)',
      '  connection  postgresql://app@127.0.0.1:5432/appdb (from `DATABASE_URL`)',
      '  psql said   psql: error: it failed',
      '  fix         The server is up and the login worked, but that database is missing: create it (`createdb`) or fix the name at the end of the URL.',
      '  psql        /opt/homebrew/opt/libpq/bin/psql — not on PATH: add its folder to PATH so agents find it',
      `  note: ${note}`,
    ],
  ],
  [
    'psql missing: the install command',
    psqlMissing(),
    [
      '2l setup-db: psql is not installed (exit 3)',
      '  connection  postgresql://app@127.0.0.1:5432/appdb (from `DATABASE_URL`)',
      '  install     run `sudo apt-get install -y postgresql-client`',
      `  note: ${note}`,
    ],
  ],
  [
    'connected with every note: allow rule refused, password on the command line, event and cache not written',
    connected({
      conn: conn({ source: 'flag', origin: '`--url`' }),
      allowPsql: refusedAllow,
      eventError: '.2L: is not a real folder',
      saveError: '.2L: is not a real folder',
      probe: { ...probeOk, latencyMs: undefined },
    }),
    [
      '2l setup-db: connected to PostgreSQL 15.18',
      '  connection  postgresql://app@127.0.0.1:5432/appdb (from `--url`)',
      '  user        app, database appdb',
      '  can create  yes (tables in schema public)',
      '  latency     ? per query; 42 ms to start psql, connect and check',
      '  psql        /usr/bin/psql (15.18)',
      '  saved       not saved: .2L: is not a real folder',
      '  note: could not add "Bash(psql:*)": .claude/settings.local.json: invalid JSON',
      `  note: ${PASSWORD_ON_COMMAND_LINE}`,
      '  note: could not record the db_check event: .2L: is not a real folder',
      '',
      'For agents: reach the database with',
      "  psql postgresql://app@127.0.0.1:5432/appdb -X -v ON_ERROR_STOP=1 -c '<SQL>'",
      'The password was given with `--url` and is not stored: export PGPASSWORD in the environment Claude Code starts from, or add a ~/.pgpass line (mode 0600) host:port:database:user:password.',
    ],
  ],
];
for (const [name, o, lines] of texts) text(name, () => assert.is(renderText(o), `${lines.join('\n')}\n`));
const allowNotes: Array<[AllowPsql, string]> = [
  [
    { requested: true, state: 'added' },
    'added "Bash(psql:*)" to .claude/settings.local.json: agents can run psql without asking',
  ],
  [{ requested: true, state: 'present' }, '"Bash(psql:*)" is already allowed in .claude/settings.local.json'],
  [
    { requested: false, state: 'present', where: '.claude/settings.json' },
    'psql is allowed for agents ("Bash(psql:*)" in .claude/settings.json)',
  ],
];
for (const [allowPsql, said] of allowNotes) {
  text(`allow rule ${allowPsql.requested ? 'asked for' : 'looked up'}, ${allowPsql.state}`, () => {
    assert.ok(renderText(psqlMissing({ allowPsql })).endsWith(`\n  note: ${said}\n`));
    assert.is(toJson(psqlMissing({ allowPsql })).allow_psql, allowPsql.state);
  });
}
text('a usage error prints nothing on stdout (its message goes to stderr)', () => assert.is(renderText(usage), ''));
text.run();

const json = suite('toJson / renderJson');
json('connected: every field, in the order --json has always printed them', () => {
  const o = connected({ conn: conn({ source: 'flag', origin: '`--url`' }) });
  assert.equal(Object.keys(toJson(o)), [
    'allow_psql',
    'warnings',
    'source',
    'origin',
    'url',
    'psql',
    'cached',
    'server_version',
    'server_version_num',
    'user',
    'database',
    'can_create',
    'can_create_in_schema',
    'can_create_schema',
    'latency_ms',
    'wall_ms',
    'saved',
    'ok',
    'outcome',
    'exit_code',
    'agent_note',
  ]);
  const j = toJson(o);
  assert.equal(j.warnings, [PASSWORD_ON_COMMAND_LINE]);
  assert.equal(j.psql, { path: '/usr/bin/psql', version: '15.18' });
  assert.is(j.saved, '.2L/db.yaml');
  assert.is(j.can_create, true);
  assert.is(j.agent_note, renderText(o).split('\n\n')[1]!.trimEnd());
});
json('a password from anywhere but the command line: no warning', () => {
  assert.not.ok('warnings' in toJson(connected()));
  assert.not.ok('warnings' in toJson(connected({ conn: conn({ source: 'flag', hasPassword: false }) })));
});
json('cache not written: saved is null; latency unknown is null', () => {
  const j = toJson(connected({ saveError: 'no', probe: { ...probeOk, latencyMs: undefined } }));
  assert.is(j.saved, null);
  assert.is(j.latency_ms, null);
});
json('failed: message, detail, hint; no agent note', () => {
  const j = toJson(failed('timeout', { timeoutS: 9 }));
  assert.equal(
    { message: j.message, detail: j.detail, wall_ms: j.wall_ms, cached: j.cached, agent_note: j.agent_note },
    {
      message: 'timeout: no answer from 127.0.0.1:5432 within 9 s',
      detail: 'psql: error: it failed',
      wall_ms: 12,
      cached: false,
      agent_note: undefined,
    },
  );
  assert.match(j.hint as string, /raise `--timeout`/);
});
json('cached: age in seconds and the cached facts', () => {
  const j = toJson(cached());
  assert.equal(
    {
      cached: j.cached,
      cache_age_s: j.cache_age_s,
      checked_at: j.checked_at,
      can_create: j.can_create,
      latency_ms: j.latency_ms,
      psql: j.psql,
    },
    {
      cached: true,
      cache_age_s: 61,
      checked_at: '2026-11-20T12:00:00.000Z',
      can_create: false,
      latency_ms: 12.4,
      psql: { path: '/usr/bin/psql', version: '15.18' },
    },
  );
});
json('psql missing: the install command, or null', () => {
  assert.equal(toJson(psqlMissing()).install, { manager: 'apt', command: 'sudo apt-get install -y postgresql-client' });
  assert.is(toJson(psqlMissing()).psql, null);
  const other = psqlMissing({ install: { manager: 'other', text: 'see postgresql.org' } });
  assert.equal(toJson(other).install, { manager: 'other', command: null });
});
json('usage: the one object, naming the command', () => {
  assert.is(
    renderJson(usage),
    '{"ok":false,"outcome":"usage","exit_code":2,"message":"setup-db: the connection URL from `--url` cannot be used: bad"}\n',
  );
});
json.run();
