import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  DEFAULT_URL,
  DbUrlError,
  MAX_URL_LENGTH,
  parseDbUrl,
  redactUrlText,
  resolveUrl,
  scrubSecret,
} from '../../lib/db/url.ts';
import { errorMessage } from '../../lib/shared/cli.ts';

const resolve = suite('resolveUrl');
const noConfig = () => undefined;
const config = () => ({ port: 64000, file: 'supabase/config.toml' });
const resolveTable: Array<
  [string, string | undefined, NodeJS.ProcessEnv, typeof config | typeof noConfig, { url: string; source: string }]
> = [
  [
    '--url wins over everything',
    'postgresql://a@h/d',
    { DATABASE_URL: 'postgresql://b@h/d' },
    config,
    { url: 'postgresql://a@h/d', source: 'flag' },
  ],
  [
    'DATABASE_URL next',
    undefined,
    { DATABASE_URL: ' postgresql://b@h/d ' },
    config,
    { url: 'postgresql://b@h/d', source: 'env' },
  ],
  [
    'blank DATABASE_URL is ignored',
    undefined,
    { DATABASE_URL: '  ' },
    config,
    { url: 'postgresql://postgres:postgres@127.0.0.1:64000/postgres', source: 'supabase' },
  ],
  [
    'then supabase/config.toml',
    undefined,
    {},
    config,
    { url: 'postgresql://postgres:postgres@127.0.0.1:64000/postgres', source: 'supabase' },
  ],
  ['else the Supabase local default', undefined, {}, noConfig, { url: DEFAULT_URL, source: 'default' }],
];
for (const [name, flag, env, sb, want] of resolveTable) {
  resolve(name, () => {
    const got = resolveUrl(flag, env, sb);
    assert.equal({ url: got.url, source: got.source }, want);
  });
}
resolve('config.toml is read only when needed', () => {
  let reads = 0;
  resolveUrl('postgresql://a@h/d', {}, () => {
    reads++;
    return undefined;
  });
  resolveUrl(undefined, { DATABASE_URL: 'postgresql://a@h/d' }, () => {
    reads++;
    return undefined;
  });
  assert.is(reads, 0);
});
resolve('--url - (stdin) is its own source, and wins like --url', () => {
  assert.equal(resolveUrl('postgresql://a@h/d', { DATABASE_URL: 'postgresql://b@h/d' }, config, 'stdin'), {
    url: 'postgresql://a@h/d',
    source: 'stdin',
    origin: '`--url -` (stdin)',
  });
});
resolve('origin names the file and says when the port is Supabase’s default', () => {
  assert.is(resolveUrl(undefined, {}, config).origin, '`supabase/config.toml` [db] port 64000');
  assert.match(
    resolveUrl(undefined, {}, () => ({ port: 54322, file: 'supabase/config.toml', defaulted: true })).origin,
    /no \[db\] port/,
  );
});
resolve.run();

const parse = suite('parseDbUrl');
const ok: Array<
  [string, { safeUrl: string; password?: string; user?: string; host: string; port?: number; database?: string }]
> = [
  [
    'postgresql://app:pw@127.0.0.1:5432/appdb',
    {
      safeUrl: 'postgresql://app@127.0.0.1:5432/appdb',
      password: 'pw',
      user: 'app',
      host: '127.0.0.1',
      port: 5432,
      database: 'appdb',
    },
  ],
  [
    'postgres://u:p%40ss%2Fw%3Ard@db.example.com/x',
    {
      safeUrl: 'postgres://u@db.example.com/x',
      password: 'p@ss/w:rd',
      user: 'u',
      host: 'db.example.com',
      port: undefined,
      database: 'x',
    },
  ],
  [
    'postgresql://u@h/d?sslmode=require&password=sec%20ret&application_name=x',
    {
      safeUrl: 'postgresql://u@h/d?sslmode=require&application_name=x',
      password: 'sec ret',
      user: 'u',
      host: 'h',
      port: undefined,
      database: 'd',
    },
  ],
  [
    'postgresql://u:@h/d',
    { safeUrl: 'postgresql://u@h/d', password: '', user: 'u', host: 'h', port: undefined, database: 'd' },
  ],
  [
    'postgresql:///d',
    { safeUrl: 'postgresql:///d', password: undefined, user: undefined, host: '', port: undefined, database: 'd' },
  ],
  [
    'postgresql://',
    { safeUrl: 'postgresql://', password: undefined, user: undefined, host: '', port: undefined, database: undefined },
  ],
  [
    'postgresql://u:pw@[::1]:6543/d',
    { safeUrl: 'postgresql://u@[::1]:6543/d', password: 'pw', user: 'u', host: '::1', port: 6543, database: 'd' },
  ],
  [
    'postgresql://u:pw@h1:5432,h2:5433/d',
    { safeUrl: 'postgresql://u@h1:5432,h2:5433/d', password: 'pw', user: 'u', host: 'h1', port: 5432, database: 'd' },
  ],
  [
    'postgresql://u:pw@%2Fvar%2Frun%2Fpostgresql/d',
    {
      safeUrl: 'postgresql://u@%2Fvar%2Frun%2Fpostgresql/d',
      password: 'pw',
      user: 'u',
      host: '/var/run/postgresql',
      port: undefined,
      database: 'd',
    },
  ],
  [
    'postgresql://:pw@h/d',
    { safeUrl: 'postgresql://h/d', password: 'pw', user: undefined, host: 'h', port: undefined, database: 'd' },
  ],
];
for (const [url, want] of ok) {
  parse(url, () => {
    const got = parseDbUrl(url);
    assert.equal({ ...got }, want);
    if (want.password) assert.not.ok(got.safeUrl.includes(want.password), 'safe URL holds no password');
  });
}
const bad: Array<[string, string, RegExp]> = [
  ['another scheme', 'mysql://u:pw@h/d', /must start with `postgresql:\/\/`/],
  ['a key=value string', 'host=h user=u password=pw', /must start with/],
  ['shell substitution in the host', 'postgresql://u:pw@h$(touch /tmp/x)/d', /spaces, control/],
  ['shell substitution without spaces', 'postgresql://u:pw@$(id)/d', /`\$\(id\)` is not a host name/],
  ['backticks and semicolons in the host', 'postgresql://u:pw@h;`id`/d', /is not a host name/],
  ['a pipe in the host', 'postgresql://u:pw@h|cat/d', /is not a host name/],
  ['a newline', 'postgresql://u:pw@h/d\nrm -rf /', /spaces, control/],
  ['a NUL byte', 'postgresql://u:pw@h/d\0', /spaces, control/],
  ['a broken escape in the password', 'postgresql://u:%zz@h/d', /password in the URL has a broken %-escape/],
  ['a port out of range', 'postgresql://u:pw@h:99999/d', /port 99999 is out of range/],
  ['a slash in the database', 'postgresql://u:pw@h/a/b', /must not contain `\/`/],
  ['a huge URL', `postgresql://u:pw@h/${'d'.repeat(MAX_URL_LENGTH)}`, /characters long; the limit is 4096/],
];
for (const [name, url, re] of bad) {
  parse(`refuses ${name}`, () => {
    try {
      parseDbUrl(url);
      assert.unreachable('should throw');
    } catch (err) {
      assert.instance(err, DbUrlError);
      assert.match(errorMessage(err), re);
      assert.not.ok(errorMessage(err).includes(':pw@'), 'error does not quote the password');
      assert.ok(errorMessage(err).length < 200);
    }
  });
}
parse.run();

const redact = suite('redactUrlText / scrubSecret');
redact('redactUrlText hides user-info and query passwords', () => {
  assert.is(redactUrlText('x postgresql://u:hunter2@h/d y'), 'x postgresql://u:[REDACTED]@h/d y');
  assert.is(
    redactUrlText('postgres://h/d?sslmode=require&password=hunter2'),
    'postgres://h/d?sslmode=require&password=[REDACTED]',
  );
  assert.is(redactUrlText('postgresql://u@h/d'), 'postgresql://u@h/d');
});
redact('scrubSecret replaces every occurrence, ignores trivially short secrets', () => {
  assert.is(scrubSecret('a hunter2 b hunter2', 'hunter2'), 'a [REDACTED] b [REDACTED]');
  assert.is(scrubSecret('a b', 'a'), 'a b');
  assert.is(scrubSecret('text', undefined), 'text');
});
redact.run();
