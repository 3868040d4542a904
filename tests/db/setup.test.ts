/**
 * The collect step without a server: the outcomes reached before psql
 * connects (a usage error, no psql, a cache hit). Connections are tested
 * against a real cluster in tests/e2e/db-setup.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeCache } from '../../lib/db/cache.ts';
import { type SetupDbOutcome, type SetupOptions, setupDb } from '../../lib/db/setup.ts';
import { tempDir } from '../util/claude.ts';
import { DB_T0 as T0, dbCache } from '../util/db-cache.ts';
import { readEvents as events } from '../util/events.ts';

const SECRET = 'Unit-S3cret-pw';
/** A PATH whose psql records that it ran and fails. */
function fakePsqlPath(): { dir: string; ran: () => boolean } {
  const dir = tempDir('fake-psql');
  const marker = path.join(dir, 'ran');
  fs.writeFileSync(path.join(dir, 'psql'), `#!/bin/sh\necho x >> "${marker}"\nexit 2\n`, { mode: 0o755 });
  return { dir, ran: () => fs.existsSync(marker) };
}
const options = (project: string, over: Partial<SetupOptions> = {}): SetupOptions => ({
  project,
  url: `postgresql://app:${SECRET}@127.0.0.1:5432/appdb`,
  check: false,
  fresh: false,
  allowPsql: false,
  timeoutS: 5,
  env: { PATH: tempDir('empty-path') },
  now: () => T0,
  ...over,
});
/** Asserts the kind and narrows to it. */
function expectKind<K extends SetupDbOutcome['kind']>(
  o: SetupDbOutcome,
  kind: K,
): Extract<SetupDbOutcome, { kind: K }> {
  assert.is(o.kind, kind);
  return o as Extract<SetupDbOutcome, { kind: K }>;
}

const usage = suite('setupDb: usage outcomes, nothing written');
const bad: Array<[string, Partial<SetupOptions>, RegExp]> = [
  [
    'a URL that is not postgresql://',
    { url: 'mysql://u:pw@h/d' },
    /^the connection URL from `--url` cannot be used: the URL must start with/,
  ],
  [
    'a DATABASE_URL with a shell substitution',
    { url: undefined, env: { DATABASE_URL: 'postgresql://u:pw@$(id)/d' } },
    /^the connection URL from `DATABASE_URL` cannot be used: `\$\(id\)` is not a host name/,
  ],
];
for (const [name, over, re] of bad) {
  usage(name, async () => {
    const p = tempDir('setup-proj');
    const o = expectKind(await setupDb(options(p, { allowPsql: true, ...over })), 'usage');
    assert.match(o.message, re);
    assert.equal(fs.readdirSync(p), [], 'not even the allow rule');
  });
}
usage('a malformed supabase/config.toml', async () => {
  const p = tempDir('setup-proj');
  fs.mkdirSync(path.join(p, 'supabase'));
  fs.writeFileSync(path.join(p, 'supabase', 'config.toml'), '[db]\nport = = 5\n');
  const o = expectKind(await setupDb(options(p, { url: undefined })), 'usage');
  assert.match(o.message, /^`supabase\/config\.toml:2:\d+`: invalid TOML/);
});
usage.run();

const missing = suite('setupDb: psql missing');
missing('the install hint, the event recorded, no password in the outcome', async () => {
  const p = tempDir('setup-proj');
  const o = expectKind(await setupDb(options(p)), 'psql_missing');
  assert.ok(o.install.text);
  assert.equal(o.conn, {
    safeUrl: 'postgresql://app@127.0.0.1:5432/appdb',
    user: 'app',
    host: '127.0.0.1',
    port: 5432,
    database: 'appdb',
    source: 'flag',
    origin: '`--url`',
    hasPassword: true,
  });
  assert.equal(o.allowPsql, { requested: false, state: 'absent' });
  assert.is(o.eventError, undefined);
  const [e] = events(p);
  assert.equal(
    { type: e!.event_type, outcome: e!.payload.outcome, source: e!.payload.source, ts: e!.timestamp },
    { type: 'db_check', outcome: 'psql_missing', source: 'flag', ts: T0.toISOString() },
  );
  assert.not.ok(JSON.stringify(o).includes(SECRET));
});
missing('--allow-psql into an invalid settings file: refused, the file untouched', async () => {
  const p = tempDir('setup-proj');
  fs.mkdirSync(path.join(p, '.claude'));
  fs.writeFileSync(path.join(p, '.claude', 'settings.local.json'), '{ nope');
  const { allowPsql } = expectKind(await setupDb(options(p, { allowPsql: true })), 'psql_missing');
  assert.is(allowPsql.state, 'refused');
  assert.match(allowPsql.state === 'refused' ? allowPsql.error : '', /settings\.local\.json.*invalid JSON/);
  assert.is(fs.readFileSync(path.join(p, '.claude', 'settings.local.json'), 'utf8'), '{ nope');
});
missing('.2L is a file: the event error is reported, redacted', async () => {
  const p = tempDir('setup-proj');
  fs.writeFileSync(path.join(p, '.2L'), 'not a folder');
  const o = expectKind(await setupDb(options(p)), 'psql_missing');
  assert.match(o.eventError ?? '', /\.2L: is not a real folder/);
});
missing.run();

const cache = suite('setupDb --check: the cache answers without psql');
const entry = dbCache();
cache('fresh: cached outcome with its age, psql not run, no event', async () => {
  const p = tempDir('setup-proj');
  writeCache(p, entry);
  const psql = fakePsqlPath();
  const o = expectKind(
    await setupDb(options(p, { check: true, env: { PATH: psql.dir }, now: () => new Date(T0.getTime() + 30_000) })),
    'cached',
  );
  assert.is(o.ageMs, 30_000);
  assert.equal(o.cache, entry);
  assert.not.ok(psql.ran());
  assert.not.ok(fs.existsSync(path.join(p, '.2L', 'events.jsonl')));
});
cache('--fresh, or no --check: psql runs (and here fails)', async () => {
  for (const over of [{ check: true, fresh: true }, { check: false }]) {
    const p = tempDir('setup-proj');
    writeCache(p, entry);
    const psql = fakePsqlPath();
    const o = expectKind(await setupDb(options(p, { ...over, env: { PATH: psql.dir } })), 'failed');
    assert.ok(psql.ran());
    assert.is(events(p)[0]!.payload.outcome, o.failure.kind);
  }
});
cache.run();
