// The drop-in bash logger (lib/2l-event-logger.sh), run by bash as 2L agents run it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './util/claude.ts';
import { run } from './util/run.ts';

const LOGGER = path.join(ROOT, 'lib', '2l-event-logger.sh');
/** Runs `log_2l_event "$@"` with the given arguments, passed through the environment so nothing is re-quoted. */
async function log(project: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8', ...extraEnv };
  args.forEach((a, i) => (env[`A${i}`] = a));
  const call = args.map((_, i) => `"$A${i}"`).join(' ');
  return run('bash', ['--norc', '--noprofile', '-c', `source "${LOGGER}"; log_2l_event ${call}; echo "rc=$?"`], { cwd: project, env });
}
const events = (project: string) => fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8').split('\n').filter(Boolean);

const fmt = suite('log_2l_event: format');
fmt('writes the five 2L fields plus v and source, with a millisecond UTC timestamp', async () => {
  const project = tempDir('sh');
  const r = await log(project, ['agent_spawn', 'Explorer 1', 'exploration', 'master-explorer-1'], { TZ: 'Asia/Tokyo' });
  assert.is(r.stdout, 'rc=0\n');
  const e = JSON.parse(events(project)[0]!);
  assert.equal(Object.keys(e), ['timestamp', 'event_type', 'phase', 'agent_id', 'data', 'v', 'source']);
  assert.equal([e.event_type, e.data, e.phase, e.agent_id, e.v, e.source], ['agent_spawn', 'Explorer 1', 'exploration', 'master-explorer-1', 1, 'emit']);
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
  const project = tempDir('sh');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync('/dev/full', path.join(project, '.2L', 'events.jsonl'));
  const r = await log(project, ['plan_start', 'x']);
  assert.equal([r.code, r.stdout, r.stderr], [0, 'rc=0\n', '']);
});
where('8 concurrent bash writers × 100 events: every line valid, none lost', async () => {
  const project = tempDir('sh');
  const script = `source "${LOGGER}"; for i in $(seq 1 100); do log_2l_event cost_update "writer $W event $i \\"q\\" \\\\ $(printf 'x%.0s' $(seq 1 $((i * 20))))" building "w$W"; done`;
  await Promise.all(Array.from({ length: 8 }, (_, w) => run('bash', ['--norc', '--noprofile', '-c', script], { cwd: project, env: { PATH: process.env.PATH, W: String(w) } })));
  const lines = events(project);
  assert.is(lines.length, 800);
  const seen = new Set(lines.map((l) => JSON.parse(l).data.split(' ').slice(0, 4).join(' ')));
  assert.is(seen.size, 800);
});
where.run();
