// The drop-in bash logger (lib/2l-event-logger.sh), run by bash as 2L agents run it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';
import { eventLines as events } from '../util/events.ts';

const LOGGER = path.join(ROOT, 'lib', '2l-event-logger.sh');
/** Runs `source LOGGER; <script>` in bash; `args` arrive as $A0, $A1, … (never re-quoted). */
async function sh(
  project: string,
  script: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
  timeoutMs?: number,
) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8', ...extraEnv };
  args.forEach((a, i) => (env[`A${i}`] = a));
  return run('bash', ['--norc', '--noprofile', '-c', `source "${LOGGER}"; ${script}`], {
    cwd: project,
    env,
    timeoutMs,
  });
}
/** Runs `log_2l_event "$@"` with the given arguments, passed through the environment so nothing is re-quoted. */
const argList = (args: string[]) => args.map((_, i) => `"$A${i}"`).join(' ');
const log = (project: string, args: string[], extraEnv: Record<string, string> = {}) =>
  sh(project, `log_2l_event ${argList(args)}; echo "rc=$?"`, args, extraEnv);

const fmt = suite('log_2l_event: format');
fmt('writes the five 2L fields plus v and source, with a millisecond UTC timestamp', async () => {
  const project = tempDir('sh');
  const r = await log(project, ['agent_spawn', 'Explorer 1', 'exploration', 'master-explorer-1'], { TZ: 'Asia/Tokyo' });
  assert.is(r.stdout, 'rc=0\n');
  const e = JSON.parse(events(project)[0]!);
  assert.equal(Object.keys(e), ['timestamp', 'event_type', 'phase', 'agent_id', 'data', 'v', 'source']);
  assert.equal(
    [e.event_type, e.data, e.phase, e.agent_id, e.v, e.source],
    ['agent_spawn', 'Explorer 1', 'exploration', 'master-explorer-1', 1, 'emit'],
  );
  assert.match(e.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.ok(Math.abs(Date.parse(e.timestamp) - Date.now()) < 60_000, 'UTC, whatever TZ says');
});
fmt('defaults like 2L: phase unknown, agent orchestrator', async () => {
  const project = tempDir('sh');
  await log(project, ['plan_start', 'Plan 1']);
  const e = JSON.parse(events(project)[0]!);
  assert.equal([e.phase, e.agent_id], ['unknown', 'orchestrator']);
});
fmt('empty type or data returns 1 and writes nothing, like 2L', async () => {
  const project = tempDir('sh');
  assert.is((await log(project, ['', 'x'])).stdout, 'rc=1\n');
  assert.is((await log(project, ['plan_start', ''])).stdout, 'rc=1\n');
  assert.not.ok(fs.existsSync(path.join(project, '.2L')));
});
fmt.run();

const hostile = suite('log_2l_event: any input is valid JSON');
const inputs: Array<[string, string]> = [
  ['backslashes', 'C:\\Users\\x \\n not a newline \\'],
  ['quotes', 'say "hi" and \'bye\''],
  ['newlines and CR', 'line1\nline2\r\nline3'],
  ['tabs', 'a\tb\t\tc'],
  ['control characters', 'bell\u0007 esc\u001b[31m nul-free \u0001\u001f del\u007f'],
  ['non-ASCII', 'ünïcødé 日本語 😀 \u2028 \u2029'],
  ['HTML', '<img src=x onerror=alert(1)>'],
  ['JSON-looking', '","event_type":"pwned'],
  ['shell-looking', '$(rm -rf /) `id` ${HOME}'],
  ['percent signs', '100% %s %d %n'],
];
for (const [name, data] of inputs) {
  hostile(name, async () => {
    const project = tempDir('sh');
    const r = await log(project, ['agent_spawn', data, `phase ${data}`, `agent ${data}`]);
    assert.is(r.stdout, 'rc=0\n');
    const lines = events(project);
    assert.is(lines.length, 1);
    const e = JSON.parse(lines[0]!);
    assert.equal([e.data, e.phase, e.agent_id, e.event_type], [data, `phase ${data}`, `agent ${data}`, 'agent_spawn']);
  });
}
hostile('huge data is cut on a UTF-8 boundary with a marker, one line', async () => {
  const project = tempDir('sh');
  await log(project, ['plan_start', '日本'.repeat(5000)]);
  const lines = events(project);
  assert.is(lines.length, 1);
  const e = JSON.parse(lines[0]!);
  assert.match(e.data, /^(日本)+日?…\[truncated \d+ bytes\]$/);
  assert.ok(lines[0]!.length < 4096);
});
hostile('control-heavy data stays within one write', async () => {
  const project = tempDir('sh');
  await log(project, ['plan_start', '\u0001'.repeat(3000)]);
  const line = events(project)[0]!;
  assert.ok(Buffer.byteLength(line) < 4096, `${Buffer.byteLength(line)} bytes`);
  assert.match(JSON.parse(line).data, /^\u0001+…\[truncated \d+ bytes\]$/);
});
hostile('control characters in every field still give lines under 4,000 bytes', async () => {
  const project = tempDir('sh');
  const ctl = '\u0001'.repeat(200);
  await log(project, [`t${ctl}`, `d${ctl.repeat(10)}`, `p${ctl}`, `a${ctl}`]);
  const line = events(project)[0]!;
  assert.ok(Buffer.byteLength(line) <= 4000, `${Buffer.byteLength(line)} bytes`);
  const e = JSON.parse(line);
  assert.match(e.phase, /^p\u0001+…\[truncated \d+ bytes\]$/);
  assert.match(e.agent_id, /^a\u0001+…\[truncated \d+ bytes\]$/);
});
hostile.run();

const where = suite('log_2l_event: where it writes');
where('CLAUDE_PROJECT_DIR wins over the current folder', async () => {
  const cwd = tempDir('sh');
  const project = tempDir('sh');
  await log(cwd, ['plan_start', 'x'], { CLAUDE_PROJECT_DIR: project });
  assert.is(events(project).length, 1);
  assert.not.ok(fs.existsSync(path.join(cwd, '.2L')));
});
where('an unwritable log does not fail the caller', async () => {
  // A full disk: every write fails (EFBIG; SIGXFSZ ignored, as a shell does for a size limit).
  // (A planted link to /dev/full is refused before any write: see "planted paths".)
  const project = tempDir('sh');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), '');
  const r = await sh(project, 'trap \'\' XFSZ; ulimit -f 0; log_2l_event plan_start x; echo "rc=$?"');
  assert.equal([r.code, r.stdout, r.stderr], [0, 'rc=0\n', '']);
  assert.is(fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8'), '');
});
where('8 concurrent bash writers × 100 events: every line valid, none lost', async () => {
  const project = tempDir('sh');
  // phase full of control characters: each escapes to six bytes, the case that once tore lines
  const script = `source "${LOGGER}"; P=$(printf '\\001%.0s' $(seq 1 120)); for i in $(seq 1 100); do log_2l_event cost_update "writer $W event $i \\"q\\" \\\\ $(printf 'x%.0s' $(seq 1 $((i * 20))))" "$P" "w$W"; done`;
  await Promise.all(
    Array.from({ length: 8 }, (_, w) =>
      run('bash', ['--norc', '--noprofile', '-c', script], {
        cwd: project,
        env: { PATH: process.env.PATH, W: String(w) },
      }),
    ),
  );
  const lines = events(project);
  assert.is(lines.length, 800);
  const seen = new Set(lines.map((l) => JSON.parse(l).data.split(' ').slice(0, 4).join(' ')));
  assert.is(seen.size, 800);
});
where.run();

const planted = suite('log_2l_event: planted paths are refused, never written through');
const REFUSED =
  /^log_2l_event: .*\.2L\S* (is a symbolic link|is not a regular file|is not a real folder|belongs to another user)[^\n]*\n$/;
/** Each case plants something in a fresh project and returns a check that nothing outside was touched. */
const plants: Array<[string, (project: string, outside: string) => () => void]> = [
  [
    'events.jsonl → an existing file elsewhere',
    (project, outside) => {
      const target = path.join(outside, 'precious');
      fs.writeFileSync(target, 'precious\n');
      fs.mkdirSync(path.join(project, '.2L'));
      fs.symlinkSync(target, path.join(project, '.2L', 'events.jsonl'));
      return () => assert.is(fs.readFileSync(target, 'utf8'), 'precious\n');
    },
  ],
  [
    'events.jsonl → a missing file (dangling link)',
    (project, outside) => {
      const target = path.join(outside, 'created-by-us');
      fs.mkdirSync(path.join(project, '.2L'));
      fs.symlinkSync(target, path.join(project, '.2L', 'events.jsonl'));
      return () => assert.not.ok(fs.existsSync(target), 'the link target was created');
    },
  ],
  [
    'events.jsonl → /dev/full',
    (project) => {
      fs.mkdirSync(path.join(project, '.2L'));
      fs.symlinkSync('/dev/full', path.join(project, '.2L', 'events.jsonl'));
      return () => assert.is(fs.readlinkSync(path.join(project, '.2L', 'events.jsonl')), '/dev/full');
    },
  ],
  [
    'events.jsonl is a FIFO (must not hang)',
    (project) => {
      fs.mkdirSync(path.join(project, '.2L'));
      const fifo = path.join(project, '.2L', 'events.jsonl');
      assert.is(spawnSync('mkfifo', [fifo]).status, 0);
      return () => assert.ok(fs.lstatSync(fifo).isFIFO());
    },
  ],
  [
    'events.jsonl is a folder',
    (project) => {
      fs.mkdirSync(path.join(project, '.2L', 'events.jsonl'), { recursive: true });
      return () => assert.equal(fs.readdirSync(path.join(project, '.2L', 'events.jsonl')), []);
    },
  ],
  [
    '.2L → a folder elsewhere',
    (project, outside) => {
      fs.symlinkSync(outside, path.join(project, '.2L'));
      return () => assert.equal(fs.readdirSync(outside), []);
    },
  ],
  [
    '.2L → a missing folder (dangling link)',
    (project, outside) => {
      const target = path.join(outside, 'made-by-us');
      fs.symlinkSync(target, path.join(project, '.2L'));
      return () => assert.not.ok(fs.existsSync(target), 'the link target was created');
    },
  ],
  [
    '.2L is a file',
    (project) => {
      fs.writeFileSync(path.join(project, '.2L'), 'not a folder\n');
      return () => assert.is(fs.readFileSync(path.join(project, '.2L'), 'utf8'), 'not a folder\n');
    },
  ],
];
// Only root can hand a folder to another user; elsewhere this case cannot be set up.
if (process.getuid?.() === 0) {
  plants.push([
    '.2L belongs to another user',
    (project) => {
      fs.mkdirSync(path.join(project, '.2L'));
      fs.chownSync(path.join(project, '.2L'), 65534, 65534);
      return () => assert.equal(fs.readdirSync(path.join(project, '.2L')), []);
    },
  ]);
}
for (const [name, plant] of plants) {
  planted(name, async () => {
    const project = tempDir('sh');
    const untouched = plant(project, tempDir('sh-outside'));
    // a hang would be killed by the timeout and show as a null exit code
    const r = await sh(project, 'log_2l_event plan_start "secret-free data"; echo "rc=$?"', [], {}, 10_000);
    assert.equal([r.code, r.stdout], [0, 'rc=2\n']);
    assert.match(r.stderr, REFUSED);
    untouched();
  });
}
planted('a caller under set -e sees the refusal as a failure it can handle', async () => {
  const project = tempDir('sh');
  fs.symlinkSync(tempDir('sh-outside'), path.join(project, '.2L'));
  const r = await sh(project, 'set -euo pipefail; log_2l_event plan_start x || echo "handled rc=$?"');
  assert.equal([r.code, r.stdout], [0, 'handled rc=2\n']);
});
planted.run();

const modes = suite('log_2l_event: private files');
const mode = (p: string) => fs.statSync(p).mode & 0o777;
modes('creates .2L 0700 with a .gitignore of *, events.jsonl 0600, and leaves the caller umask as it was', async () => {
  const project = tempDir('sh');
  const r = await sh(project, 'umask 022; log_2l_event plan_start x; echo "rc=$? umask=$(umask)"');
  assert.equal([r.stdout, r.stderr], ['rc=0 umask=0022\n', '']);
  assert.is(mode(path.join(project, '.2L')), 0o700);
  assert.is(mode(path.join(project, '.2L', 'events.jsonl')), 0o600);
  assert.ok(
    fs
      .readFileSync(path.join(project, '.2L', '.gitignore'), 'utf8')
      .split('\n')
      .includes('*'),
  );
});
modes('a log it creates in an existing .2L is 0600; a .2L it did not create gets no .gitignore', async () => {
  const project = tempDir('sh');
  fs.mkdirSync(path.join(project, '.2L'), { mode: 0o755 });
  const r = await sh(project, 'umask 000; log_2l_event plan_start x; echo "rc=$? umask=$(umask)"');
  assert.is(r.stdout, 'rc=0 umask=0000\n');
  assert.is(mode(path.join(project, '.2L', 'events.jsonl')), 0o600);
  assert.not.ok(fs.existsSync(path.join(project, '.2L', '.gitignore')));
});
modes('the project folder itself is never created', async () => {
  const parent = tempDir('sh');
  const r = await log(parent, ['plan_start', 'x'], { CLAUDE_PROJECT_DIR: path.join(parent, 'missing') });
  assert.equal([r.stdout, r.stderr], ['rc=0\n', '']);
  assert.not.ok(fs.existsSync(path.join(parent, 'missing')));
});
modes.run();

const redaction = suite('log_2l_event: secrets are redacted in every field');
const HF = `hf_${'abcdefghijklmnopqrstuvwxyzABCDEFGH'}`;
const NPM = `npm_${'abcdefghijklmnopqrstuvwxyz0123456789'}`;
const GOOGLE = `AIza${'SyA1234567890abcdefghijklmnopqrstuv'}`;
// [name, input, secret that must not survive, expected field]
const secrets: Array<[string, string, string, string]> = [
  [
    'anthropic key',
    'key sk-ant-api03-AbC_dEf-123456789012 end',
    'AbC_dEf-123456789012',
    'key [REDACTED:anthropic-key] end',
  ],
  [
    'openai-style key',
    'OPENAI=sk-proj-abcdefghijklmnopqrstuvwx',
    'abcdefghijklmnopqrstuvwx',
    'OPENAI=[REDACTED:api-key]',
  ],
  [
    'github token',
    'clone with ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    'ghp_abcdef',
    'clone with [REDACTED:github-token]',
  ],
  [
    'github fine-grained token',
    'github_pat_11ABCDEFG0123456789_abcdefghijkl',
    '11ABCDEFG0123456789',
    '[REDACTED:github-token]',
  ],
  ['aws key id', 'aws AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE', 'aws [REDACTED:aws-key] here'],
  ['slack token', 'slack xoxb-123456789012-abcdefghijkl', '123456789012-abcdefghijkl', 'slack [REDACTED:slack-token]'],
  ['stripe live key', 'stripe sk_live_51HabcdefghijKLMNOP', '51HabcdefghijKLMNOP', 'stripe [REDACTED:stripe-key]'],
  ['stripe restricted key', 'rk_live_51HabcdefghijKLMNOP.', '51HabcdefghijKLMNOP', '[REDACTED:stripe-key].'],
  ['google api key', `maps ${GOOGLE}`, GOOGLE.slice(4), 'maps [REDACTED:google-key]'],
  ['npm token', `NPM ${NPM}`, NPM.slice(4), 'NPM [REDACTED:npm-token]'],
  ['hugging face token', `hf ${HF}`, HF.slice(3), 'hf [REDACTED:hf-token]'],
  [
    'jwt',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'dozjgNryP4J3',
    '[REDACTED:jwt]',
  ],
  [
    'bearer',
    'curl -H "Authorization: Bearer abc.def.ghi-123456"',
    'abc.def.ghi-123456',
    'curl -H "Authorization: Bearer [REDACTED]"',
  ],
  ['BEARER in capitals', 'BEARER abcdefghijk', 'abcdefghijk', 'BEARER [REDACTED]'],
  ['password=', 'psql password=hunter2 host=x', 'hunter2', 'psql password=[REDACTED] host=x'],
  [
    'PASSWORD= in an env prefix',
    'PGPASSWORD=s3cr3t psql -h 127.0.0.1',
    's3cr3t',
    'PGPASSWORD=[REDACTED] psql -h 127.0.0.1',
  ],
  ['Password: mixed case', 'Password: Tr0ub4dor', 'Tr0ub4dor', 'Password: [REDACTED]'],
  ['quoted password', "PGPASSWORD='a b c' psql", 'a b c', "PGPASSWORD='[REDACTED]' psql"],
  ['json password', '{"password": "hunter2"}', 'hunter2', '{"password": "[REDACTED]"}'],
  ['token in an env var', 'export GITHUB_TOKEN=abc123', 'abc123', 'export GITHUB_TOKEN=[REDACTED]'],
  ['--password flag', 'mysql --password hunter2 -u root', 'hunter2', 'mysql --password [REDACTED] -u root'],
  ['--password= flag', 'mysql --password=hunter2', 'hunter2', 'mysql --password=[REDACTED]'],
  ['--api-key flag', 'tool --api-key "k e y" go', 'k e y', 'tool --api-key [REDACTED] go'],
  [
    'url credentials',
    'postgresql://postgres:hunter2@127.0.0.1:54322/postgres',
    'hunter2',
    'postgresql://postgres:[REDACTED]@127.0.0.1:54322/postgres',
  ],
  [
    'private key block',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- done',
    'MIIEowIBAAKCAQEA',
    '[REDACTED:private-key] done',
  ],
  [
    'unterminated private key',
    'x -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk',
    'b3BlbnNzaC1rZXk',
    'x [REDACTED:private-key]',
  ],
];
for (const [name, input, secret, expected] of secrets) {
  redaction(name, async () => {
    const project = tempDir('sh');
    // the same secret in each field in turn: event_type, data, phase, agent_id
    const r = await sh(
      project,
      'log_2l_event "$A0" plain; log_2l_event plan_start "$A0"; log_2l_event plan_start plain "$A0"; log_2l_event plan_start plain p "$A0"; echo done',
      [input],
    );
    assert.equal([r.stdout, r.stderr], ['done\n', '']);
    const lines = events(project);
    assert.is(lines.length, 4);
    for (const l of lines) assert.not.ok(l.includes(secret) || l.includes(JSON.stringify(secret).slice(1, -1)), l);
    const got = lines.map((l) => JSON.parse(l)).map((e, i) => [e.event_type, e.data, e.phase, e.agent_id][i]);
    assert.equal(got, [expected, expected, expected, expected]);
  });
}
const plain = [
  'max_tokens=4096',
  'input_tokens: 10',
  'Tokens used: 12k of 200k',
  'git commit -m "fix password reset page"',
  'postgresql://127.0.0.1:5432/db',
  'sk-short',
  'monkey keyboard',
  'Basic setup',
];
for (const text of plain) {
  redaction(`ordinary text stays: ${text}`, async () => {
    const project = tempDir('sh');
    await log(project, [text, text, text, text]);
    const e = JSON.parse(events(project)[0]!);
    assert.equal([e.event_type, e.data, e.phase, e.agent_id], [text, text, text, text]);
  });
}
redaction('secrets are redacted before the cut: no stump of a key survives at the edge', async () => {
  const project = tempDir('sh');
  // cut first, 15 bytes of the key would be left: too short to look like a key any more
  const key = 'sk-proj-abcdefghijklmnopqrstuvwx';
  await log(project, ['plan_start', `${'x'.repeat(1484)} ${key}`, `${'p'.repeat(109)} ${key}`]);
  const line = events(project)[0]!;
  assert.not.ok(/sk-p|abcdefg/.test(line), line.slice(-300));
  const e = JSON.parse(line);
  assert.ok(e.data.startsWith(`${'x'.repeat(1484)} [REDACTED`), e.data.slice(1480));
  assert.ok(e.phase.startsWith(`${'p'.repeat(109)} [REDACTED`), e.phase);
});
redaction('a private key longer than the window is gone, not cut in half', async () => {
  const project = tempDir('sh');
  await log(project, ['plan_start', `-----BEGIN PRIVATE KEY-----\n${'QUJD'.repeat(5000)}`]);
  const e = JSON.parse(events(project)[0]!);
  assert.not.ok(e.data.includes('QUJD'), e.data.slice(0, 100));
  assert.match(e.data, /^\[REDACTED:private-key\]…\[truncated \d+ bytes\]$/);
});
redaction("text made of secrets: past 32 in a field the rest goes, so it cannot take the caller's time", async () => {
  const project = tempDir('sh');
  const many = Array.from({ length: 400 }, (_, i) => `password=v${i}`).join(' ');
  // the run's timeout (30 s) guards against a regex crawl; a quadratic one took over a minute
  const r = await log(project, ['plan_start', many, 'sk-'.repeat(1000), many]);
  assert.equal([r.stdout, r.stderr], ['rc=0\n', '']);
  const e = JSON.parse(events(project)[0]!);
  assert.not.ok(/v\d/.test(events(project)[0]!), e.data.slice(0, 200));
  assert.match(e.data, /^(password=\[REDACTED\] ){31}password=\[REDACTED\]\[REDACTED:too many secrets\]$/);
  assert.is(e.phase, '[REDACTED:api-key]');
});
redaction.run();

const strict = suite('log_2l_event: callers under set -euo pipefail');
strict('a missing argument returns 1 instead of aborting the caller on an unbound variable', async () => {
  const project = tempDir('sh');
  for (const call of ['log_2l_event', 'log_2l_event plan_start']) {
    const r = await sh(project, `set -euo pipefail; ${call} || rc=$?; echo "survived rc=\${rc:-0}"`);
    assert.equal([r.code, r.stdout, r.stderr], [0, 'survived rc=1\n', ''], call);
  }
  assert.not.ok(fs.existsSync(path.join(project, '.2L')));
});
// Every path through the logger, called bare (not under `||`, where set -e is off) with an ERR trap that tells on any failing command.
const paths: Array<[string, string[], (project: string) => void, Record<string, string>?]> = [
  ['two arguments', ['plan_start', 'x'], () => {}],
  ['a new .2L', ['plan_start', 'x', 'p', 'a'], () => {}],
  ['an existing log', ['plan_start', 'x'], (p) => fs.mkdirSync(path.join(p, '.2L'))],
  [
    'a secret to redact',
    ['plan_start', 'PGPASSWORD=x psql sk-ant-api03-AbC_dEf-123456789012 -----BEGIN PRIVATE KEY-----\nx'],
    () => {},
  ],
  ['text that looks secret but is not', ['plan_start', 'max_tokens=4096 monkey keyboard Basic setup'], () => {}],
  ['data to cut', ['plan_start', `${'é'.repeat(2000)}\u0001`], () => {}],
  [
    'a rotation',
    ['plan_start', 'x'],
    (p) => {
      fs.mkdirSync(path.join(p, '.2L'));
      fs.writeFileSync(path.join(p, '.2L', 'events.jsonl'), '{"event_type":"old"}\n'.repeat(200));
    },
    { TWOL_LOG_MAX_BYTES: '2048' },
  ],
  [
    'a rotation lock held by another writer',
    ['plan_start', 'x'],
    (p) => {
      fs.mkdirSync(path.join(p, '.2L', '.rotate.lock'), { recursive: true });
      fs.writeFileSync(path.join(p, '.2L', 'events.jsonl'), '{"event_type":"old"}\n'.repeat(200));
    },
    { TWOL_LOG_MAX_BYTES: '2048' },
  ],
  [
    'an unwritable log',
    ['plan_start', 'x'],
    (p) => {
      fs.mkdirSync(path.join(p, '.2L'));
      fs.writeFileSync(path.join(p, '.2L', 'events.jsonl'), '');
    },
    { ULIMIT: '0' },
  ],
];
for (const [name, args, setup, env = {}] of paths) {
  strict(`survives: ${name}`, async () => {
    const project = tempDir('sh');
    setup(project);
    const limit = env.ULIMIT ? `trap '' XFSZ; ulimit -f ${env.ULIMIT}; ` : '';
    const r = await sh(
      project,
      `${limit}set -eEuo pipefail; trap 'echo "ERR at line $LINENO: $BASH_COMMAND" >&2' ERR; log_2l_event ${argList(args)}; echo survived`,
      args,
      env,
    );
    assert.equal([r.code, r.stdout, r.stderr], [0, 'survived\n', '']);
  });
}
strict('the caller keeps its fd 9, its options and IFS', async () => {
  const project = tempDir('sh');
  const mine = path.join(project, 'mine.txt');
  const r = await sh(
    project,
    `exec 9>"$A2"; shopt -s nocasematch nullglob failglob extglob; IFS=:; set -f; log_2l_event "$A0" "$A1"; echo "after" >&9; shopt nocasematch failglob; echo "ifs=$IFS opts=$-"`,
    ['plan_start', 'x sk-ant-api03-AbC_dEf-123456789012', mine],
    { TWOL_LOG_MAX_BYTES: '2048' },
  );
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'nocasematch    \ton\nfailglob       \ton\nifs=: opts=fhBc\n');
  assert.is(fs.readFileSync(mine, 'utf8'), 'after\n');
  assert.is(JSON.parse(events(project)[0]!).data, 'x [REDACTED:anthropic-key]');
});
strict('the common path runs no external command (PATH emptied after sourcing)', async () => {
  const project = tempDir('sh');
  fs.mkdirSync(path.join(project, '.2L'), { mode: 0o700 });
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), '', { mode: 0o600 });
  const r = await sh(
    project,
    'PATH=/nonexistent; log_2l_event plan_start "$A0" && log_2l_event plan_start "$A1" && echo ok',
    ['plain', 'password=hunter2 Bearer abcdefghijkl'],
  );
  assert.equal([r.stdout, r.stderr], ['ok\n', '']);
  assert.equal(
    events(project).map((l) => JSON.parse(l).data),
    ['plain', 'password=[REDACTED] Bearer [REDACTED]'],
  );
});
strict.run();

const rotation = suite('log_2l_event: rotation past TWOL_LOG_MAX_BYTES, as the TS writer does');
const ARCHIVE = /^events-\d{8}T\d{9}Z(?:-\d+)?\.jsonl$/;
const stateFiles = (project: string) => fs.readdirSync(path.join(project, '.2L')).sort();
/** Every line of the archives (oldest first) and the log. */
function allLines(project: string): string[] {
  const dir = path.join(project, '.2L');
  const names = stateFiles(project).filter((n) => ARCHIVE.test(n));
  if (fs.existsSync(path.join(dir, 'events.jsonl'))) names.push('events.jsonl');
  return names.flatMap((n) => {
    const text = fs.readFileSync(path.join(dir, n), 'utf8');
    assert.ok(text === '' || text.endsWith('\n'), `${n} ends mid-line`);
    return text.split('\n').filter(Boolean);
  });
}
rotation(
  'past the cap the log moves to a dated archive (0600) and a new log starts; every line kept once, in order',
  async () => {
    const project = tempDir('sh');
    const r = await sh(
      project,
      'for i in $(seq 1 60); do log_2l_event plan_start "event $i $(printf "x%.0s" $(seq 1 100))"; done; echo done',
      [],
      { TWOL_LOG_MAX_BYTES: '2048' },
    );
    assert.equal([r.stdout, r.stderr], ['done\n', '']);
    const names = stateFiles(project);
    const archives = names.filter((n) => ARCHIVE.test(n));
    assert.ok(archives.length >= 3, names.join(' '));
    assert.equal(
      names.filter((n) => !ARCHIVE.test(n)),
      ['.gitignore', 'events.jsonl'],
    );
    for (const n of [...archives, 'events.jsonl']) {
      assert.is(mode(path.join(project, '.2L', n)), 0o600, n);
      // rotated right after the write that reached the cap: at most one line over it
      assert.ok(fs.statSync(path.join(project, '.2L', n)).size < 2048 + 400, n);
    }
    assert.equal(
      allLines(project).map((l) => JSON.parse(l).data.split(' ').slice(0, 2).join(' ')),
      Array.from({ length: 60 }, (_, i) => `event ${i + 1}`),
    );
  },
);
rotation('a rotation lock held by another writer: no rotation, the line is still written', async () => {
  const project = tempDir('sh');
  fs.mkdirSync(path.join(project, '.2L', '.rotate.lock'), { recursive: true });
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), '{"event_type":"old"}\n'.repeat(200));
  await log(project, ['plan_start', 'new'], { TWOL_LOG_MAX_BYTES: '2048' });
  assert.equal(stateFiles(project), ['.rotate.lock', 'events.jsonl']);
  assert.is(events(project).length, 201);
});
rotation('a stale lock left by a dead writer (over 10 s old) is cleared, and the next call rotates', async () => {
  const project = tempDir('sh');
  const lock = path.join(project, '.2L', '.rotate.lock');
  fs.mkdirSync(lock, { recursive: true });
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(lock, old, old);
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), '{"event_type":"old"}\n'.repeat(200));
  await log(project, ['plan_start', 'one'], { TWOL_LOG_MAX_BYTES: '2048' });
  assert.not.ok(fs.existsSync(lock), 'stale lock cleared');
  await log(project, ['plan_start', 'two'], { TWOL_LOG_MAX_BYTES: '2048' });
  assert.is(stateFiles(project).filter((n) => ARCHIVE.test(n)).length, 1);
  assert.is(allLines(project).length, 202);
});
// decimal bytes only: anything else falls back to the default, and nothing is ever evaluated
const caps = ['abc', '100', '2048abc', '$(touch pwned)', 'a[$(touch pwned)]', '9'.repeat(40)];
for (const cap of caps) {
  rotation(
    `TWOL_LOG_MAX_BYTES=${JSON.stringify(cap.slice(0, 20))} is ignored (default 50 MiB) and never evaluated`,
    async () => {
      const project = tempDir('sh');
      fs.mkdirSync(path.join(project, '.2L'));
      fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), '{"event_type":"old"}\n'.repeat(200));
      const r = await log(project, ['plan_start', 'x'], { TWOL_LOG_MAX_BYTES: cap });
      assert.equal([r.stdout, r.stderr], ['rc=0\n', '']);
      assert.equal(stateFiles(project), ['events.jsonl']);
      assert.not.ok(fs.existsSync(path.join(project, 'pwned')));
    },
  );
}
const mixes: Array<[string, { ts: number; hooks: number }]> = [
  ['4 bash writers alone', { ts: 0, hooks: 0 }],
  ['4 bash writers, 2 TS writers and 8 hook runs', { ts: 2, hooks: 8 }],
];
for (const [name, { ts, hooks }] of mixes) {
  rotation(`${name} rotating one log at a 2 KiB cap: none lost, none torn, none twice`, async () => {
    const project = tempDir('sh');
    const env = { PATH: process.env.PATH, LANG: 'C.UTF-8', CLAUDE_PROJECT_DIR: project, TWOL_LOG_MAX_BYTES: '2048' };
    const bashRuns = [0, 1, 2, 3].map((w) =>
      run(
        'bash',
        [
          '--norc',
          '--noprofile',
          '-c',
          `source "${LOGGER}"; for i in $(seq 0 99); do log_2l_event cost_update "bash ${w} event $i" load "b${w}" || exit 1; done`,
        ],
        { cwd: project, env, timeoutMs: 120_000 },
      ),
    );
    const tsRuns = Array.from({ length: ts }, (_, w) =>
      run(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'tests/util/writer-child.ts'), project, String(w), '100', '2048', '0'],
        { cwd: ROOT, env, timeoutMs: 120_000 },
      ),
    );
    const hookRuns = Array.from({ length: hooks }, (_, k) =>
      run(process.execPath, [path.join(ROOT, 'dist', 'hook.cjs')], {
        cwd: project,
        env,
        input: JSON.stringify({ hook_event_name: 'Stop', session_id: `hook-${k}`, cwd: project }),
        timeoutMs: 120_000,
      }),
    );
    for (const r of await Promise.all([...bashRuns, ...tsRuns, ...hookRuns])) assert.equal([r.code, r.stderr], [0, '']);
    const seen = new Map<string, number>();
    for (const l of allLines(project)) {
      const e = JSON.parse(l); // a torn line would throw here
      const key =
        e.source === 'hook' ? e.session_id : e.agent_id.startsWith('b') ? e.data : `ts ${e.agent_id} ${e.payload.seq}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const expected = [
      ...[0, 1, 2, 3].flatMap((w) => Array.from({ length: 100 }, (_, i) => `bash ${w} event ${i}`)),
      ...Array.from({ length: ts }, (_, w) => Array.from({ length: 100 }, (_, i) => `ts w${w} ${i}`)).flat(),
      ...Array.from({ length: hooks }, (_, k) => `hook-${k}`),
    ];
    assert.equal([...seen.keys()].sort(), expected.sort(), 'every event exactly once');
    assert.ok(
      [...seen.values()].every((n) => n === 1),
      'no duplicates',
    );
    const names = stateFiles(project);
    assert.ok(names.filter((n) => ARCHIVE.test(n)).length > 5, 'rotated many times');
    assert.not.ok(names.includes('.rotate.lock'), 'lock released');
  });
}
rotation.run();
