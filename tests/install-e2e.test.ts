// End to end with the real Claude Code CLI: the pack installed into a
// temporary HOME by ./install.mjs (no --plugin-dir), then a command from
// ~/.claude/commands runs the installed script and hooks from settings.json log.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runClaude, tempDir } from './util/claude.ts';
import { startFakeApi } from './util/fake-anthropic.ts';
import { runInstaller } from './util/install-fixture.ts';

const events = (project: string) =>
  fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

const e2e = suite('e2e: installed pack through the real CLI');
e2e('/2l-event runs the installed emitter; settings.json hooks log the session', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  const installed = runInstaller(ROOT, [], { HOME: home });
  assert.is(installed.code, 0, installed.stderr);
  const api = await startFakeApi([{ text: 'noted' }]);
  try {
    const r = await runClaude(['-p', '/2l-event milestone_reached hello'], { cwd: project, home, apiUrl: api.url });
    assert.is(r.code, 0, r.stderr);
    const all = events(project);
    const emitted = all.filter((e) => e.source === 'emit');
    assert.equal(emitted.map((e) => [e.event_type, e.data]), [['milestone_reached', 'hello']]);
    // The `!` line's output reached the model: the installed command really ran.
    assert.match(JSON.stringify(api.requests), /2l: event recorded in \.2L\/events\.jsonl/);
    const hooked = all.filter((e) => e.source === 'hook').map((e) => e.hook);
    for (const h of ['SessionStart', 'UserPromptExpansion', 'Stop', 'SessionEnd']) assert.ok(hooked.includes(h), `${h} logged by the installed hook (${hooked.join(',')})`);
  } finally {
    await api.close();
  }
});
e2e('a tool call in a session is timed by the installed hooks; uninstall stops the logging', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  assert.is(runInstaller(ROOT, [], { HOME: home }).code, 0);
  const api = await startFakeApi([{ tool: 'Bash', input: { command: 'echo hi-from-tool', description: 'say hi' } }, { text: 'done' }]);
  try {
    const r = await runClaude(['-p', 'run it', '--allowedTools', 'Bash'], { cwd: project, home, apiUrl: api.url });
    assert.is(r.code, 0, r.stderr);
    const tool = events(project).filter((e) => e.tool_name === 'Bash');
    assert.equal(tool.map((e) => e.event_type), ['tool_start', 'tool_complete']);
    assert.is(typeof tool[1]!.duration_ms, 'number');
    const count = events(project).length;
    assert.is(runInstaller(ROOT, ['uninstall'], { HOME: home }).code, 0);
    const again = await runClaude(['-p', 'run it', '--allowedTools', 'Bash'], { cwd: project, home, apiUrl: api.url });
    assert.is(again.code, 0, again.stderr);
    assert.is(events(project).length, count, 'no hook left behind after uninstall');
  } finally {
    await api.close();
  }
});
e2e.run();
