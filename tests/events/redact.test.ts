import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanPayload, cleanString, cleanValue, redactString, truncate } from '../../lib/events/redact.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { expand } from '../util/fake-secrets.ts';
import { run } from '../util/run.ts';

const secrets = suite('redactString: secrets go');
const leaks: Array<[string, string, string]> = [
  ['anthropic key', 'key sk-ant-api03-AbC_dEf-123456789012', 'sk-ant-api03'],
  ['openai-style key', 'OPENAI=sk-proj-abcdefghijklmnopqrstuvwx', 'abcdefghijklmnop'],
  ['github token', 'token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdef'],
  ['github pat', 'github_pat_11ABCDEFG0123456789_abcdefghijkl', 'github_pat_11'],
  ['aws key id', 'aws AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
  ['bearer', 'curl -H "Authorization: Bearer abc.def.ghi-123456"', 'abc.def.ghi-123456'],
  ['password=', 'psql password=hunter2 host=x', 'hunter2'],
  ['PGPASSWORD=', 'PGPASSWORD=s3cr3t psql -h 127.0.0.1', 's3cr3t'],
  ['quoted PGPASSWORD', `PGPASSWORD='a b c' psql`, 'a b c'],
  ['json password', '{"password": "hunter2"}', 'hunter2'],
  ['url credentials', 'postgresql://postgres:hunter2@127.0.0.1:54322/postgres', 'hunter2'],
  ['--password flag', 'mysql --password hunter2 -u root', 'hunter2'],
  ['GITHUB_TOKEN env', 'export GITHUB_TOKEN=abc123', 'abc123'],
  [
    'private key block',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
    'MIIEowIBAAKCAQEA',
  ],
  ['unterminated private key', 'x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk', 'b3BlbnNzaC1rZXk'],
  [
    'jwt',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'dozjgNryP4J3',
  ],
];
for (const [name, input, secret] of leaks) {
  secrets(name, () => {
    const out = redactString(input);
    assert.not.ok(out.includes(secret), out);
    assert.ok(out.includes('[REDACTED'), out);
  });
}
secrets.run();

const keeps = suite('redactString: ordinary text stays');
for (const text of [
  'echo hi',
  'max_tokens=4096',
  'input_tokens: 10',
  'git commit -m "fix password reset page"',
  'postgresql://127.0.0.1:5432/db',
  '<img src=x onerror=alert(1)>',
]) {
  keeps(text, () => assert.is(redactString(text), text));
}
keeps.run();

const trim = suite('truncate and cleanValue');
trim('truncate leaves a visible marker with the count', () => {
  assert.is(truncate('abcdef', 4), 'abcd…[truncated 2 chars]');
  assert.is(truncate('abc', 4), 'abc');
});
trim('cleanString on a 20 MB string is bounded and says how much went', () => {
  const big = 'x'.repeat(20 * 1024 * 1024);
  const out = cleanString(big, 100);
  assert.ok(out.length < 200);
  assert.match(out, /truncated 20971420 chars/);
});
trim('secret keys are redacted whatever the value', () => {
  const out = cleanValue({
    env: { TOKEN: 'plain', DB_PASSWORD: 'x', max_tokens: 5, headers: { Authorization: 'Basic abc' } },
  }) as any;
  assert.equal(out.env, {
    TOKEN: '[REDACTED]',
    DB_PASSWORD: '[REDACTED]',
    max_tokens: 5,
    headers: { Authorization: '[REDACTED]' },
  });
});
trim('arrays, keys and depth are bounded', () => {
  const deep: any = {};
  let cur = deep;
  for (let i = 0; i < 20; i++) cur = cur.next = {};
  const out = cleanValue({ list: Array.from({ length: 100 }, (_, i) => i), deep }) as any;
  assert.is(out.list.length, 21);
  assert.is(out.list[20], '[truncated 80 items]');
  assert.match(JSON.stringify(out.deep), /too deep/);
});
trim('cleanPayload fits the byte budget', () => {
  const payload = { files: Array.from({ length: 50 }, () => 'y'.repeat(5000)) };
  const out = cleanPayload(payload, 4096);
  assert.ok(JSON.stringify(out).length <= 4096);
});
trim('non-JSON values do not throw', () => {
  assert.equal(cleanValue({ a: undefined, b: 1n as unknown, c: () => 1 }), { a: undefined, b: '1', c: '[function]' });
});
trim.run();

const headerText = suite('redactString: a header value ends where its quotes say');
const headerCases: Array<[string, string, string]> = [
  [
    'curl -H, single quotes',
    `curl -H 'Authorization: Bearer abc123def456' https://api.example.com/me`,
    `curl -H 'Authorization: Bearer [REDACTED]' https://api.example.com/me`,
  ],
  [
    'curl -H, double quotes',
    'curl -H "Cookie: sid=abc123; theme=dark" -s https://x.example.com',
    'curl -H "Cookie: [REDACTED]" -s https://x.example.com',
  ],
  [
    'a raw header line',
    '> Authorization: Basic dXNlcjpwYXNz\n> Accept: */*',
    '> Authorization: Basic [REDACTED]\n> Accept: */*',
  ],
  [
    'JSON',
    '{"Authorization": "Token abc123def456", "Accept": "*/*"}',
    '{"Authorization": "Token [REDACTED]", "Accept": "*/*"}',
  ],
  [
    'JSON inside a JSON string',
    '{"headers":"{\\"Cookie\\":\\"sid=abc123\\",\\"Accept\\":\\"*/*\\"}"}',
    '{"headers":"{\\"Cookie\\":\\"[REDACTED]\\",\\"Accept\\":\\"*/*\\"}"}',
  ],
];
for (const [name, input, expected] of headerCases) headerText(name, () => assert.is(redactString(input), expected));
headerText.run();

const keys = suite('cleanValue: secrets in keys and argument lists');
const fake = (kind: string, seed = 1) => expand(`{{${kind}}}`, seed, true).text;
keys('a secret used as an object key is redacted, like a value', () => {
  const stripe = fake('sk_live');
  const github = fake('ghp');
  const out = cleanValue({
    [stripe]: 1,
    nested: { [github]: { scopes: ['repo'] } },
    [`Bearer ${fake('jwt')}`]: true,
  }) as Record<string, unknown>;
  const text = JSON.stringify(out);
  for (const secret of [stripe, github, 'eyJhbGci']) assert.not.ok(text.includes(secret), text);
  assert.equal(Object.keys(out), ['[REDACTED:stripe-key]', 'nested', 'Bearer [REDACTED:jwt]']);
  assert.equal(out.nested, { '[REDACTED:github-token]': { scopes: ['repo'] } });
});
keys('two keys that redact alike both stay', () => {
  const out = cleanValue({ [fake('ghp', 1)]: 'a', [fake('ghp', 2)]: 'b' });
  assert.equal(out, { '[REDACTED:github-token]': 'a', '[REDACTED:github-token] #2': 'b' });
});
keys('a `__proto__` key stays a key of the copy, not its prototype', () => {
  const out = cleanValue(JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}')) as Record<string, unknown>;
  assert.equal(Object.keys(out), ['__proto__', 'a']);
  assert.is(Object.getPrototypeOf(out), Object.prototype);
  assert.is((out as { polluted?: string }).polluted, undefined);
});
keys('a secret key names its value a secret (`secret_key`, camelCase, header names)', () => {
  const out = cleanValue({
    secret_key: 'abc',
    secretKey: 'abc',
    'X-Api-Key': 'abc',
    'set-cookie': ['sid=abc; Path=/'],
    primary_key: 'id',
    max_tokens: 5,
    tokenizer: 'cl100k',
  });
  assert.equal(out, {
    secret_key: '[REDACTED]',
    secretKey: '[REDACTED]',
    'X-Api-Key': '[REDACTED]',
    'set-cookie': ['[REDACTED]'],
    primary_key: 'id',
    max_tokens: 5,
    tokenizer: 'cl100k',
  });
});
keys('the value after a secret flag in an argument list', () => {
  assert.equal(cleanValue({ args: ['--password', 'hunter2', '--host', 'db'] }), {
    args: ['--password', '[REDACTED]', '--host', 'db'],
  });
  assert.equal(cleanValue({ args: ['--password-file', '/run/secrets/db', '-p', '8080:80'] }), {
    args: ['--password-file', '/run/secrets/db', '-p', '8080:80'],
  });
});
keys.run();

const edge = suite('cleanString: the window edge never shows half a secret');
edge('a token cut by the window is not brought into view by redaction before it', () => {
  const max = 100;
  // a long key block shrinks to a short marker, pulling the window's edge into the first `max` characters
  const block = `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(4100)}\n-----END RSA PRIVATE KEY-----`;
  const token = fake('ghp');
  const start = max + 4096 - 19; // the window keeps `ghp_` and 15 characters: too few for any rule
  const text = `${block}${' word'.repeat(Math.ceil((start - block.length) / 5)).slice(0, start - block.length - 1)} ${token} and more`;
  assert.is(text.indexOf(token), start);
  const out = cleanString(text, max);
  assert.not.ok(out.includes(token.slice(0, 12)), out);
  assert.match(out, /^\[REDACTED:private-key\]/);
  assert.match(out, /…\[truncated \d+ chars\]$/);
});
edge('a secret long past the unquoted cap goes whole', () => {
  const value = 'IQoJb3JpZ2luX2Vj'.repeat(40);
  assert.is(
    redactString(`export AWS_SESSION_TOKEN=${value} && aws s3 ls`),
    'export AWS_SESSION_TOKEN=[REDACTED] && aws s3 ls',
  );
  assert.is(redactString(`{"SessionToken": "${value}"}`), '{"SessionToken": "[REDACTED]"}');
});
edge('cleanPayload keeps secrets out however often it tightens (its passes share one redaction per string)', () => {
  const payload = { files: Array.from({ length: 40 }, (_, i) => `PASSWORD=hunter${i} ${'y'.repeat(3000)}`) };
  const out = JSON.stringify(cleanPayload(payload, 4096));
  assert.ok(out.length <= 4096);
  assert.not.match(out, /hunter/);
});
edge.run();

const shipped = suite('hook (dist/hook.cjs): secrets never reach the log');
shipped('secret keys, values and argv in a real payload', async () => {
  const project = tempDir('redact-hook');
  const stripe = fake('sk_live');
  const payload = {
    session_id: 's1',
    cwd: project,
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_use_id: 't1',
    duration_ms: 3,
    tool_input: {
      command: `curl -u admin:Adm1n-pass https://x.example.com -H "X-Api-Key: ${fake('hex32')}"`,
      env: { [stripe]: '1', STRIPE_SECRET_KEY: stripe },
    },
    tool_response: { stdout: `${'x+'.repeat(30_000)} done`, args: ['--token', 'tok-3f9a'] },
  };
  const r = await run(process.execPath, [path.join(ROOT, 'dist', 'hook.cjs')], {
    input: JSON.stringify(payload),
    // Its own claims folder (hook/claims.ts): a rerun's fixed tool_use_id must not count as logged.
    env: { PATH: process.env.PATH, CLAUDE_PROJECT_DIR: project, XDG_RUNTIME_DIR: tempDir('rt') },
  });
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  const log = fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8');
  assert.is(log.split('\n').filter(Boolean).length, 1);
  for (const secret of [stripe, 'Adm1n-pass', payload.tool_input.command.slice(-40, -1), 'tok-3f9a'])
    assert.not.ok(log.includes(secret), secret);
  assert.match(log, /\[REDACTED:stripe-key\]/);
});
shipped.run();
