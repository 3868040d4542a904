/**
 * Inputs built to make a backtracking regex engine work hard on the redaction
 * rules: a rule's keyword, separator or character class repeated until the
 * input is `chars` long. Shared by tests/redact-linear.test.ts and
 * scripts/bench/redact.mjs.
 */

const repeat = (unit: string) => (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** [name, make(chars)] — each unit is one shape that once cost, or could cost, quadratic time. */
export const ADVERSARIAL: ReadonlyArray<readonly [string, (chars: number) => string]> = [
  ["'x+' repeated (URL scheme)", repeat('x+')],
  ["'a:' repeated", repeat('a:')],
  ["'a' repeated", repeat('a')],
  ["'--password ' repeated", repeat('--password ')],
  ["'-p' repeated", repeat('-p')],
  [
    'BEGIN PRIVATE KEY without END',
    (n) => `-----BEGIN PRIVATE KEY-----\n${repeat('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n')(n - 28)}`,
  ],
  ["'-----BEGIN ' repeated", repeat('-----BEGIN ')],
  ['\'"password": "\' repeated', repeat('"password": "')],
  ["'password=' repeated", repeat('password=')],
  ["'password ' repeated (netrc)", repeat('password ')],
  ["'machine x password ' repeated", repeat('machine x password ')],
  ["'://' repeated", repeat('://')],
  ["'a://b:' repeated", repeat('a://b:')],
  ["'://u:p' repeated (no @)", repeat('://u:p')],
  ["'Authorization: ' repeated", repeat('Authorization: ')],
  ["'Bearer ' repeated", repeat('Bearer ')],
  ["'Cookie:' repeated", repeat('Cookie:')],
  ["'eyJabcdefgh-' repeated (JWT run)", repeat('eyJabcdefgh-')],
  ["'eyJabcdefgh.' repeated", repeat('eyJabcdefgh.')],
  ["'sk-ant-' repeated", repeat('sk-ant-')],
  ["'ghp_' repeated", repeat('ghp_')],
  ["'AKIA' repeated", repeat('AKIA')],
  ["'SG.' repeated", repeat('SG.')],
  ["'xoxb-' repeated", repeat('xoxb-')],
  ["'hooks.slack.com/services/' repeated", repeat('hooks.slack.com/services/')],
  ["'mysql ' repeated", repeat('mysql ')],
  ["'curl -u ' repeated", repeat('curl -u ')],
  ["'sshpass ' repeated", repeat('sshpass ')],
  ["'docker login ' repeated", repeat('docker login ')],
  ["'config set ' repeated", repeat('config set ')],
  ["'<password>' repeated", repeat('<password>')],
  ["'<a>' repeated", repeat('<a>')],
  ["'a=' repeated", repeat('a=')],
  ["'a_' repeated", repeat('a_')],
  ["'a-' repeated", repeat('a-')],
  ["'a.b' repeated", repeat('a.b')],
  ["'token:' repeated", repeat('token:')],
  ["'key ' repeated", repeat('key ')],
  ["'pass:' repeated", repeat('pass:')],
  ["'1234567890:' repeated (telegram)", repeat('1234567890:')],
  ["'1234567890:AA' repeated (telegram hint)", repeat('1234567890:AA')],
  ["'abc1Q~' repeated (Azure AD hint)", repeat('abc1Q~')],
  ["'hooks.slack.com/' repeated", repeat('hooks.slack.com/')],
  ["'=' repeated", repeat('=')],
  ["' ' repeated", repeat(' ')],
  ["'\"' repeated", repeat('"')],
  ["'\\\\' repeated", repeat('\\')],
  [
    'base64 blob',
    (n) =>
      Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919) % 256))
        .toString('base64')
        .slice(0, n),
  ],
];

/**
 * A hook-shaped payload with `count` adversarial strings of 5 KiB as values
 * and as keys, for cleanPayload.
 */
export function adversarialPayload(count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const [, make] = ADVERSARIAL[i % ADVERSARIAL.length]!;
    const s = make(5120);
    out[`k${i}${s.slice(0, 200)}`] = { command: s, list: [s, `${i}`] };
  }
  return out;
}
