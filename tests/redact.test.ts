import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanPayload, cleanString, cleanValue, redactString, truncate } from '../lib/redact.ts';

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
  ['private key block', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA'],
  ['unterminated private key', 'x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk', 'b3BlbnNzaC1rZXk'],
  ['jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'dozjgNryP4J3'],
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
for (const text of ['echo hi', 'max_tokens=4096', 'input_tokens: 10', 'git commit -m "fix password reset page"', 'postgresql://127.0.0.1:5432/db', '<img src=x onerror=alert(1)>']) {
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
  const out = cleanValue({ env: { TOKEN: 'plain', DB_PASSWORD: 'x', max_tokens: 5, headers: { Authorization: 'Basic abc' } } }) as any;
  assert.equal(out.env, { TOKEN: '[REDACTED]', DB_PASSWORD: '[REDACTED]', max_tokens: 5, headers: { Authorization: '[REDACTED]' } });
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
