// Black-box tests of the built hook (dist/hook.cjs), fed stdin as Claude Code feeds it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { runHeld } from '../util/held-stdin.ts';
import { PLANTS, SYMLINK, readIfRegular, victim } from '../util/hostile.ts';
import { run } from '../util/run.ts';
import { readEvents as events } from '../util/events.ts';

const HOOK = path.join(ROOT, 'dist', 'hook.cjs');
const env = (project: string, extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  CLAUDE_PROJECT_DIR: project,
  // Claims of tool calls logged (hook/claims.ts) are per test, as a user's are per machine.
  XDG_RUNTIME_DIR: tempDir('rt'),
  ...extra,
});
// Never through a link: some tests plant one there.
const errorsLog = (project: string) => readIfRegular(path.join(project, '.2L', 'hook-errors.log'));
const hook = (input: string | Buffer, e: NodeJS.ProcessEnv, cwd?: string) =>
  run(process.execPath, [HOOK], { input, env: e, cwd });

const ok = suite('hook: events');
ok('a PostToolUse payload becomes one timed tool_complete line; nothing on stdout', async () => {
  const project = tempDir('hook');
  const payload = {
    session_id: 's1',
    cwd: project,
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'echo hi' },
    tool_response: { stdout: 'hi' },
    tool_use_id: 't1',
    duration_ms: 31,
  };
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
  const r = await hook(
    JSON.stringify({ hook_event_name: 'Stop', cwd: project, session_id: 's' }),
    { PATH: process.env.PATH },
    '/',
  );
  assert.is(r.code, 0);
  assert.is(events(project)[0].event_type, 'stop');
});
ok('a relative or hostile cwd is not followed', async () => {
  const project = tempDir('hook');
  const r = await hook(
    JSON.stringify({ hook_event_name: 'Stop', cwd: '../../etc' }),
    { PATH: process.env.PATH },
    project,
  );
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
  const payload = JSON.stringify({
    session_id: 's1',
    hook_event_name: 'PostToolUse',
    tool_name: 'Read',
    tool_response: { content: 'x'.repeat(20 * 1024 * 1024) },
  });
  const r = await hook(payload, env(project));
  assert.equal([r.code, r.stdout], [0, '']);
  const [e] = events(project);
  assert.is(e.tool_name, 'Read');
  assert.match(e.data, /too large to record/);
  assert.ok(fs.statSync(path.join(project, '.2L', 'events.jsonl')).size < 4096);
});
bad('HTML in a prompt is stored as plain text, escaped only as JSON', async () => {
  const project = tempDir('hook');
  await hook(
    JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: '<script>alert(1)</script>' }),
    env(project),
  );
  assert.is(events(project)[0].data, 'Prompt: <script>alert(1)</script>');
});
bad.run();

const disk = suite('hook: the log cannot be written');
disk(
  'a write that fails (file size limit, as a full disk): exit 0, no stdout, the error goes to hook-errors.log',
  async () => {
    const project = tempDir('hook');
    fs.mkdirSync(path.join(project, '.2L'));
    fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), `${'x'.repeat(3000)}\n`);
    // ulimit -f 2: writes past 2 KiB fail with EFBIG (Node ignores SIGXFSZ); hook-errors.log stays under it.
    const r = await run('bash', ['--norc', '-c', 'ulimit -f 2 && exec "$0" "$1"', process.execPath, HOOK], {
      input: '{"hook_event_name":"Stop"}',
      env: env(project),
    });
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.match(errorsLog(project), /EFBIG/);
  },
);
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

const planted = suite('hook: what a repository plants under .2L is never written through');
const stop = '{"hook_event_name":"Stop","session_id":"s"}';
for (const p of PLANTS) {
  planted(`events.jsonl is ${p.name}: refused, recorded in hook-errors.log, exit 0`, async () => {
    const project = tempDir('hook');
    const outside = victim();
    fs.mkdirSync(path.join(project, '.2L'));
    p.plant(path.join(project, '.2L', 'events.jsonl'), outside);
    const r = await hook(stop, env(project));
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
    assert.ok(outside.unchanged(), 'nothing written outside the project');
    assert.match(errorsLog(project), new RegExp(`refused .*events\\.jsonl: ${p.refused.source}`));
  });
}
planted('.2L is a link to a folder outside: nothing written there, nothing recorded anywhere', async () => {
  const project = tempDir('hook');
  const outside = victim();
  fs.symlinkSync(outside.dir, path.join(project, '.2L'));
  const r = await hook(stop, env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.ok(outside.unchanged(), `the folder behind the link holds ${fs.readdirSync(outside.dir).join(', ')}`);
  assert.equal(fs.readdirSync(project), ['.2L'], 'nothing recorded in the project either');
});
planted('.2L is a dangling link: its target is not created', async () => {
  const project = tempDir('hook');
  const outside = victim();
  fs.symlinkSync(path.join(outside.dir, 'made-by-2l'), path.join(project, '.2L'));
  const r = await hook(stop, env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.ok(outside.unchanged());
});
planted('hook-errors.log is a link outside: the error is not written through it', async () => {
  const project = tempDir('hook');
  const outside = victim();
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync('/dev/null', path.join(project, '.2L', 'events.jsonl')); // something to report
  fs.symlinkSync(outside.file, path.join(project, '.2L', 'hook-errors.log'));
  const r = await hook(stop, env(project));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.ok(outside.unchanged());
});
planted('a .rotate.lock planted as a link: the event is still written, the lock refused and recorded', async () => {
  const project = tempDir('hook');
  const outside = victim();
  const dir = path.join(project, '.2L');
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'events.jsonl'),
    `${JSON.stringify({ timestamp: new Date().toISOString(), event_type: 'stop', data: 'x'.repeat(3000) })}\n`,
  );
  fs.symlinkSync(outside.dir, path.join(dir, '.rotate.lock'));
  const r = await hook(stop, env(project, { TWOL_LOG_MAX_BYTES: '2048' }));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.is(events(project).length, 2, 'written without rotating');
  assert.match(errorsLog(project), new RegExp(`refused .*\\.rotate\\.lock: ${SYMLINK.source}`));
  assert.ok(outside.unchanged());
});
planted('a new .2L is private and hidden from git', async () => {
  const project = tempDir('hook');
  await hook(stop, env(project));
  assert.is(fs.statSync(path.join(project, '.2L')).mode & 0o777, 0o700);
  assert.match(fs.readFileSync(path.join(project, '.2L', '.gitignore'), 'utf8'), /^\*$/m);
});
planted.run();

const deadline = suite('hook: stdin kept open never holds the hook past its deadline');
const half =
  '{"hook_event_name":"PostToolUse","session_id":"s1","tool_name":"Bash","tool_use_id":"t1","tool_input":{"command":"ls';
for (const stdin of ['socket', 'fifo'] as const) {
  deadline(`${stdin}: nothing written, never closed: exit 0 and an event that says why`, async () => {
    const project = tempDir('hook');
    const r = await runHeld(HOOK, '', env(project), stdin);
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
    const [e] = events(project);
    assert.ok(e, 'the event is logged');
    assert.match(e.error, /stdin deadline/);
  });
  deadline(`${stdin}: half a payload, never closed: exit 0, logged with what arrived`, async () => {
    const project = tempDir('hook');
    const r = await runHeld(HOOK, half, env(project), stdin);
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
    const [e] = events(project);
    assert.equal([e.event_type, e.tool_name, e.session_id], ['tool_complete', 'Bash', 's1']);
    assert.match(e.error, /cut off by the 3 s stdin deadline/);
  });
}
deadline('a whole payload on a pipe that stays open is still logged, flagged', async () => {
  const project = tempDir('hook');
  const r = await runHeld(HOOK, stop, env(project), 'socket');
  assert.is(r.code, 0);
  const [e] = events(project);
  assert.is(e.event_type, 'stop');
  assert.match(e.error, /stdin deadline/);
});
deadline.run();

const where = suite('hook: the project folder');
where('a CLAUDE_PROJECT_DIR with `..` through a link is resolved by name, never by the link', async () => {
  const project = tempDir('hook');
  const elsewhere = tempDir('elsewhere');
  fs.mkdirSync(path.join(elsewhere, 'deep'));
  fs.symlinkSync(path.join(elsewhere, 'deep'), path.join(project, 'link'));
  const r = await hook(stop, env(`${project}/link/..`));
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.is(events(project).length, 1);
  assert.equal(fs.readdirSync(elsewhere), ['deep']);
});
for (const dir of ['/proc', '/proc/self/fd', '/proc/self/fd/0', '/proc/self/root/../proc/self']) {
  where(`CLAUDE_PROJECT_DIR=${dir}: exit 0, quietly`, async () => {
    const r = await hook(stop, env(dir));
    assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  });
}
where.run();

// The per-event logger tracks a turn's cost only at the hooks that end one, from a bundle of its own
// (dist/turn-cost.cjs: the YAML parser, the pricing table) that no other event loads.
const cost = suite('hook: cost_update at Stop, SubagentStop and SessionEnd only, the cost code loaded only then');
const COST_SESSION = 'cccccccc-1111-2222-3333-444444444444';
/** Records the CommonJS modules the hook loaded (require.cache) into `out` as it exits. */
function preload(out: string): string {
  const file = path.join(tempDir('preload'), 'loaded.cjs');
  fs.writeFileSync(
    file,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  return file;
}
function costScene() {
  const project = tempDir('hook');
  const tdir = path.join(tempDir('claude'), 'projects', '-p');
  fs.mkdirSync(tdir, { recursive: true });
  const transcript = path.join(tdir, `${COST_SESSION}.jsonl`);
  // Sonnet 4.5: $3 / $15 per million input / output tokens; 1000 in + 2000 out = $0.033.
  fs.writeFileSync(
    transcript,
    `${JSON.stringify({
      type: 'assistant',
      sessionId: COST_SESSION,
      requestId: 'req_1',
      timestamp: new Date().toISOString(),
      version: '2.1.197',
      message: { id: 'msg_1', model: 'claude-sonnet-4-5', usage: { input_tokens: 1000, output_tokens: 2000 } },
    })}\n`,
  );
  return { project, transcript };
}
for (const [hookName, tracks] of [
  ['PostToolUse', false],
  ['UserPromptSubmit', false],
  ['SubagentStart', false],
  ['Stop', true],
  ['SubagentStop', true],
  ['SessionEnd', true],
] as const) {
  cost(
    `${hookName}: ${tracks ? 'one cost_update; dist/turn-cost.cjs loaded' : 'no cost_update; dist/turn-cost.cjs never loaded'}`,
    async () => {
      const { project, transcript } = costScene();
      const loaded = path.join(tempDir('out'), 'loaded.json');
      const payload = {
        session_id: COST_SESSION,
        transcript_path: transcript,
        cwd: project,
        hook_event_name: hookName,
        ...(hookName === 'PostToolUse'
          ? { tool_name: 'Bash', tool_use_id: 't1', tool_input: {}, tool_response: {} }
          : {}),
      };
      const r = await run(process.execPath, ['-r', preload(loaded), HOOK], {
        input: JSON.stringify(payload),
        env: env(project),
      });
      assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
      const modules = JSON.parse(fs.readFileSync(loaded, 'utf8')) as string[];
      assert.ok(modules.includes(HOOK), modules.join(', '));
      assert.is(modules.includes(path.join(ROOT, 'dist', 'turn-cost.cjs')), tracks, modules.join(', '));
      const updates = events(project).filter((e) => e.event_type === 'cost_update');
      assert.is(errorsLog(project), '');
      if (!tracks) return assert.equal(updates, []);
      assert.is(updates.length, 1);
      assert.is(updates[0].hook, hookName);
      assert.equal(updates[0].payload.cumulative.totals, {
        tokens: { input: 1000, output: 2000, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
        usd: 0.033,
        usd_by_kind: { input: 0.003, output: 0.03, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
        unpriced_tokens: 0,
        requests: 1,
      });
    },
  );
}
cost.run();
