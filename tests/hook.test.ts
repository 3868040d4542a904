// Black-box tests of the built hook (dist/hook.cjs), fed stdin as Claude Code feeds it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './util/claude.ts';
import { run } from './util/run.ts';

const HOOK = path.join(ROOT, 'dist', 'hook.cjs');
const env = (project: string, extra: Record<string, string> = {}) => ({ PATH: process.env.PATH, CLAUDE_PROJECT_DIR: project, ...extra });
const events = (project: string) =>
  fs.existsSync(path.join(project, '.2L', 'events.jsonl'))
    ? fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : [];
const errorsLog = (project: string) => {
  try {
    return fs.readFileSync(path.join(project, '.2L', 'hook-errors.log'), 'utf8');
  } catch {
    return '';
  }
};
const hook = (input: string | Buffer, e: NodeJS.ProcessEnv, cwd?: string) => run(process.execPath, [HOOK], { input, env: e, cwd });

const ok = suite('hook: events');
ok('a PostToolUse payload becomes one timed tool_complete line; nothing on stdout', async () => {
  const project = tempDir('hook');
  const payload = { session_id: 's1', cwd: project, hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: 'echo hi' }, tool_response: { stdout: 'hi' }, tool_use_id: 't1', duration_ms: 31 };
  const r = await hook(JSON.stringify(payload), env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  const [e] = events(project);
  assert.is(e.event_type, 'tool_complete');
  assert.is(e.duration_ms, 31);
  assert.ok(e.hook_ms > 0 && e.hook_ms < 10_000);
  assert.match(e.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});
ok('without CLAUDE_PROJECT_DIR the payload cwd is the project', async () => {
  const project = tempDir('hook');
  const r = await hook(JSON.stringify({ hook_event_name: 'Stop', cwd: project, session_id: 's' }), { PATH: process.env.PATH }, '/');
  assert.is(r.code, 0);
  assert.is(events(project)[0].event_type, 'stop');
});
ok('a relative or hostile cwd is not followed', async () => {
  const project = tempDir('hook');
  const r = await hook(JSON.stringify({ hook_event_name: 'Stop', cwd: '../../etc' }), { PATH: process.env.PATH }, project);
  assert.is(r.code, 0);
  assert.is(events(project).length, 1, 'written under the process cwd instead');
});
ok('TWOL_DISABLE=1 writes nothing', async () => {
  const project = tempDir('hook');
  const r = await hook('{"hook_event_name":"Stop"}', env(project, { TWOL_DISABLE: '1' }));
  assert.is(r.code, 0);
  assert.not.ok(fs.existsSync(path.join(project, '.2L')));
});
ok.run();

const bad = suite('hook: bad input ends in exit 0, quietly');
const inputs: Array<[string, string | Buffer, RegExp]> = [
  ['empty stdin', '', /empty hook payload/],
  ['whitespace', '  \n ', /empty hook payload/],
  ['malformed JSON', '{"hook_event_name": "Stop",', /not JSON/],
  ['binary garbage', Buffer.from([0, 255, 254, 1, 2, 3]), /not JSON/],
  ['a JSON array', '[1,2,3]', /^$/],
];
for (const [name, input, err] of inputs) {
  bad(name, async () => {
    const project = tempDir('hook');
    const r = await hook(input, env(project));
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
    const [e] = events(project);
    assert.ok(e, 'still recorded');
    assert.match(e.error ?? '', err);
  });
}
bad('a 20 MB payload is recorded by its head, quickly, without storing it', async () => {
  const project = tempDir('hook');
  const payload = JSON.stringify({ session_id: 's1', hook_event_name: 'PostToolUse', tool_name: 'Read', tool_response: { content: 'x'.repeat(20 * 1024 * 1024) } });
  const r = await hook(payload, env(project));
  assert.equal([r.code, r.stdout], [0, '']);
  const [e] = events(project);
  assert.is(e.tool_name, 'Read');
  assert.match(e.data, /too large to record/);
  assert.ok(fs.statSync(path.join(project, '.2L', 'events.jsonl')).size < 4096);
});
bad('HTML in a prompt is stored as plain text, escaped only as JSON', async () => {
  const project = tempDir('hook');
  await hook(JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: '<script>alert(1)</script>' }), env(project));
  assert.is(events(project)[0].data, 'Prompt: <script>alert(1)</script>');
});
bad.run();

const disk = suite('hook: the log cannot be written');
disk('a full disk: exit 0, no stdout, the error goes to hook-errors.log', async () => {
  const project = tempDir('hook');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync('/dev/full', path.join(project, '.2L', 'events.jsonl'));
  const r = await hook('{"hook_event_name":"Stop"}', env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.match(errorsLog(project), /ENOSPC/);
});
disk('.2L is a file: exit 0 and nothing else breaks', async () => {
  const project = tempDir('hook');
  fs.writeFileSync(path.join(project, '.2L'), 'not a folder');
  const r = await hook('{"hook_event_name":"Stop"}', env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.is(fs.readFileSync(path.join(project, '.2L'), 'utf8'), 'not a folder');
});
disk('a project under /proc (unwritable even for root): exit 0', async () => {
  const r = await hook('{"hook_event_name":"Stop"}', env('/proc/self'));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
});
disk('a project folder that does not exist is not created', async () => {
  const parent = tempDir('hook');
  const r = await hook('{"hook_event_name":"Stop"}', env(path.join(parent, 'gone', 'deeper')));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.equal(fs.readdirSync(parent), []);
});
disk('hook-errors.log stays bounded', async () => {
  const project = tempDir('hook');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(path.join(project, '.2L', 'hook-errors.log'), 'e'.repeat(300 * 1024));
  fs.symlinkSync('/dev/full', path.join(project, '.2L', 'events.jsonl'));
  await hook('{"hook_event_name":"Stop"}', env(project));
  assert.ok(fs.statSync(path.join(project, '.2L', 'hook-errors.log')).size < 4096);
  assert.ok(fs.existsSync(path.join(project, '.2L', 'hook-errors.log.1')));
});
disk.run();
