// What the hook logs, proved with the real CLI (both supported versions: TWOL_CLAUDE) offline
// against the scripted Messages API: every tool call closes, failed turns leave an error event,
// the pack loaded twice logs once, commands stay at the project root after the model's cd,
// and .2L/ stays out of git and out of the Grep tool.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, claudeBin, claudeEnv, claudeVersion, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi, type Turn } from '../util/fake-anthropic.ts';
import { settledEvents } from '../util/events.ts';
import { runInstaller } from '../util/install-fixture.ts';
import { run } from '../util/run.ts';

/** tool_use_ids with a tool_start and no close. */
function unpaired(events: any[]): string[] {
  const closes = new Set(['tool_complete', 'tool_error', 'tool_denied']);
  const closed = new Set(events.filter((e) => closes.has(e.event_type)).map((e) => e.tool_use_id));
  return events.filter((e) => e.event_type === 'tool_start' && !closed.has(e.tool_use_id)).map((e) => e.tool_use_id);
}

/** One session fed several user turns (stream-json), as an interactive user would type them. */
async function multiTurn(prompts: string[], opts: { cwd: string; home: string; apiUrl: string; args?: string[] }) {
  const input = prompts.map((p) => JSON.stringify({ type: 'user', message: { role: 'user', content: p } })).join('\n');
  return run(
    claudeBin(),
    [
      '-p',
      '--input-format',
      'stream-json',
      '--output-format',
      'stream-json',
      '--verbose',
      '--plugin-dir',
      ROOT,
      ...(opts.args ?? []),
    ],
    { cwd: opts.cwd, env: claudeEnv(opts.home, opts.apiUrl), input: `${input}\n`, timeoutMs: 120_000 },
  );
}

/** A `-p` session of the pack as a plugin against a scripted API; the project's events after it. */
async function session(
  script: Turn[],
  prompt: string,
  opts: { args?: string[]; env?: Record<string, string>; home?: string; project?: string } = {},
) {
  const home = opts.home ?? tempDir('home');
  const project = opts.project ?? tempDir('proj');
  const api = await startFakeApi(script);
  try {
    const r = await runClaude(['-p', prompt, '--plugin-dir', ROOT, ...(opts.args ?? [])], {
      cwd: project,
      home,
      apiUrl: api.url,
      env: opts.env,
    });
    return { r, home, project, requests: api.requests, events: await settledEvents(project) };
  } finally {
    await api.close();
  }
}

const closes = suite(`every tool call closes (Claude Code ${claudeVersion()})`);
closes('a call denied in -p (WebFetch not allowed) ends as tool_denied: no unpaired tool_start', async () => {
  const { r, project, events } = await session(
    [
      { tool: 'WebFetch', input: { url: 'https://example.com/', prompt: 'summarise' } },
      { tool: 'Bash', input: { command: 'echo after', description: 'after' } },
      { text: 'done' },
    ],
    'fetch it',
    { args: ['--allowedTools', 'Bash'] },
  );
  assert.is(r.code, 0, r.stderr);
  assert.equal(unpaired(events), []);
  const denied = events.filter((e) => e.event_type === 'tool_denied');
  assert.equal(
    denied.map((e) => [e.tool_name, e.hook]),
    [['WebFetch', 'PostToolBatch']],
  );
  const start = events.find((e) => e.event_type === 'tool_start' && e.tool_name === 'WebFetch');
  assert.is(denied[0].tool_use_id, start.tool_use_id);
  assert.is(events.filter((e) => e.event_type === 'tool_complete').length, 1, 'the Bash call, once');
  // A batch with no denied call writes nothing: one line per other hook call.
  assert.not.ok(events.some((e) => e.event_type === 'tool_batch'));

  const status = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'status.mjs'), '--project', project], {
    encoding: 'utf8',
  });
  assert.match(status, /overall failure rate: 0 % \(0 of 1 calls\), 1 denied/);
});
closes.run();

const failed = suite(`failed turns leave an error event (Claude Code ${claudeVersion()})`);
// No retries: the turn fails at once (the CLI would otherwise back off for minutes).
const NO_RETRIES = { CLAUDE_CODE_MAX_RETRIES: '0' };
for (const status of [429, 500, 529, 400]) {
  failed(`an API ${status} that ends the turn: exactly one stop_error`, async () => {
    const { r, events } = await session([{ status }], 'go', { env: NO_RETRIES });
    assert.is(r.code, 1, r.stdout);
    const errors = events.filter((e) => e.event_type === 'stop_error');
    assert.is(errors.length, 1, JSON.stringify(events.map((e) => [e.event_type, e.hook])));
    assert.match(errors[0].error, new RegExp(`${status}`), JSON.stringify(errors[0]));
    // The hooks' own events; a cost_update (the background path's, stamped with the hook that ended the turn) may follow.
    const fired = events.filter((e) => e.event_type !== 'cost_update');
    assert.equal(fired.at(-1).event_type, 'session_end');
    assert.ok(fired.indexOf(errors[0]) < fired.length - 1, 'recorded before the session ended');
  });
}
failed('a turn that failed is not reported again when the session is resumed', async () => {
  const first = await session([{ status: 529 }], 'one', { args: ['--output-format', 'json'], env: NO_RETRIES });
  const id = JSON.parse(first.r.stdout).session_id as string;
  const second = await session([{ text: 'fine now' }], 'two', {
    args: ['--resume', id],
    home: first.home,
    project: first.project,
  });
  assert.is(second.r.code, 0, second.r.stderr);
  assert.equal(
    second.events.filter((e) => e.event_type === 'stop_error').map((e) => e.session_id),
    [id],
  );
  assert.is(second.events.filter((e) => e.event_type === 'session_start').length, 2, 'both runs logged');
});
failed.run();

const twice = suite(`loaded twice, logged once (Claude Code ${claudeVersion()})`);
twice('installed into ~/.claude and loaded as a plugin: both hooks run, every event is logged once', async () => {
  const home = tempDir('home');
  const installed = runInstaller(ROOT, ['--quiet'], { HOME: home });
  assert.is(installed.code, 0, installed.stderr + installed.stdout);
  // A `bash` first on PATH that notes which front it runs: the hooks are `bash <front> <hook.cjs>` in exec form.
  const shim = tempDir('shim');
  const ran = path.join(shim, 'ran');
  fs.writeFileSync(
    path.join(shim, 'bash'),
    `#!/bin/sh
case "$1" in *2l-hook-front.sh) printf '%s\\n' "$1" >>${JSON.stringify(ran)} ;; esac
exec /bin/bash "$@"
`,
    { mode: 0o755 },
  );
  const { r, events } = await session(
    [{ tool: 'Bash', input: { command: 'echo twice', description: 'say it' } }, { text: 'done' }],
    'go',
    { home, args: ['--allowedTools', 'Bash'], env: { PATH: `${shim}:${process.env.PATH}` } },
  );
  assert.is(r.code, 0, r.stderr);
  assert.equal(
    events.filter((e) => e.event_type !== 'cost_update').map((e) => e.event_type),
    ['session_start', 'user_prompt', 'tool_start', 'tool_complete', 'stop', 'session_end'],
  );
  // The turn's cost: one cost_update per tracked turn-end (Stop, and SessionEnd when usage arrived after Stop,
  // as on 2.1.197), never the same one twice.
  const turns = events.filter((e) => e.event_type === 'cost_update').map((e) => e.payload.turn);
  assert.ok(turns.length >= 1, "the turn's cost was logged");
  assert.equal(turns, [...new Set(turns)], `cost_update turns ${JSON.stringify(turns)}`);
  // Both really ran, at the one hook the session fires (SessionStart): the installed front and the plugin's.
  const settings = fs.readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8');
  assert.match(settings, /lib\/2l\/dist\/hook\.cjs/);
  assert.equal(
    fs.readFileSync(ran, 'utf8').trim().split('\n').sort(),
    [path.join(home, '.claude', 'lib', '2l', '2l-hook-front.sh'), path.join(ROOT, 'lib', '2l-hook-front.sh')].sort(),
  );
});
twice.run();

const pinned = suite(`commands stay at the project root after the model's cd (Claude Code ${claudeVersion()})`);
pinned(
  'cd sub, then /2l:2l-event, /2l:2l-status, /2l:2l-dashboard --no-open, /2l:2l-dashboard-stop: one log at the root',
  async () => {
    const home = tempDir('home');
    const project = tempDir('proj');
    fs.mkdirSync(path.join(project, 'sub'));
    const api = await startFakeApi([
      { tool: 'Bash', input: { command: 'cd sub && pwd', description: 'go into sub' } },
      { text: 'in sub' },
    ]);
    try {
      const r = await multiTurn(
        [
          'go into sub',
          '/2l:2l-event milestone_reached "after the cd"',
          '/2l:2l-status',
          '/2l:2l-dashboard --no-open --port 0',
          '/2l:2l-dashboard-stop',
        ],
        { cwd: project, home, apiUrl: api.url, args: ['--allowedTools', 'Bash'] },
      );
      assert.is(r.code, 0, r.stderr);
      const sent = JSON.stringify(api.requests);
      assert.match(sent, new RegExp(`${path.join(project, 'sub')}`), 'the model really was in sub');
      assert.not.ok(fs.existsSync(path.join(project, 'sub', '.2L')), 'no second log in sub/');
      const events = await settledEvents(project);
      assert.ok(events.some((e) => e.event_type === 'milestone_reached' && e.data === 'after the cd'));
      // The status report counted the whole log (the cd, the event), not an empty sub/.2L.
      assert.match(sent, /Sessions \(1\)/);
      assert.match(sent, /milestone_reached/);
      assert.match(sent, new RegExp(`http://127\\.0\\.0\\.1:\\d+/\\?token=`));
      const commands = events.filter((e) => e.event_type === 'command_expansion').map((e) => e.data.split(' ')[0]);
      assert.equal(commands, ['Command', 'Command', 'Command', 'Command']);
      assert.equal(unpaired(events), []);
    } finally {
      await api.close();
    }
  },
);
pinned.run();

const privacy = suite(`.2L/ stays private in a git project (Claude Code ${claudeVersion()})`);
privacy('after a session git status is clean and the Grep tool finds no .2L path', async () => {
  const project = tempDir('proj');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8' });
  git('init', '-q');
  fs.writeFileSync(path.join(project, 'README.md'), 'hello\n');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  const word = 'zebracornflake';
  const { r, events, requests } = await session(
    [{ tool: 'Grep', input: { pattern: word, output_mode: 'files_with_matches' } }, { text: 'done' }],
    `look for ${word}`,
    { project, args: ['--allowedTools', 'Grep'] },
  );
  assert.is(r.code, 0, r.stderr);
  assert.ok(JSON.stringify(events).includes(word), 'the prompt with the word is in the log');
  assert.is(git('status', '--porcelain'), '');
  const grep = events.find((e) => e.event_type === 'tool_complete' && e.tool_name === 'Grep');
  assert.ok(grep, 'the Grep ran');
  assert.not.match(JSON.stringify(grep.payload), /\.2L/);
  const results = requests.flatMap((b) => JSON.stringify(b.messages).match(/"tool_result"[^}]*/g) ?? []);
  assert.ok(results.length > 0);
  assert.not.match(results.join('\n'), /\.2L/);
});
privacy.run();
