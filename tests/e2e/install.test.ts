// End to end with the real Claude Code CLI: the pack installed into a
// temporary HOME by ./install.mjs (no --plugin-dir), then a command from
// ~/.claude/commands runs the installed script and hooks from settings.json log.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cmdline, statePath } from '../../lib/dashboard/state.ts';
import { isAlive } from '../../lib/shared/process.ts';
import { newEvent } from '../../lib/events/format.ts';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi, type FakeApi } from '../util/fake-anthropic.ts';
import { request } from '../util/http.ts';
import { makePack, runInstaller, snapshot } from '../util/install-fixture.ts';
import { settledEvents as events } from '../util/events.ts';

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
    const all = await events(project);
    const emitted = all.filter((e) => e.source === 'emit');
    assert.equal(
      emitted.map((e) => [e.event_type, e.data]),
      [['milestone_reached', 'hello']],
    );
    // The `!` line's output reached the model: the installed command really ran.
    assert.match(JSON.stringify(api.requests), /2l: event recorded in \.2L\/events\.jsonl/);
    const hooked = all.filter((e) => e.source === 'hook').map((e) => e.hook);
    for (const h of ['SessionStart', 'UserPromptExpansion', 'Stop', 'SessionEnd'])
      assert.ok(hooked.includes(h), `${h} logged by the installed hook (${hooked.join(',')})`);
  } finally {
    await api.close();
  }
});
e2e('a tool call in a session is timed by the installed hooks; uninstall stops the logging', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  assert.is(runInstaller(ROOT, [], { HOME: home }).code, 0);
  const api = await startFakeApi([
    { tool: 'Bash', input: { command: 'echo hi-from-tool', description: 'say hi' } },
    { text: 'done' },
  ]);
  try {
    const r = await runClaude(['-p', 'run it', '--allowedTools', 'Bash'], { cwd: project, home, apiUrl: api.url });
    assert.is(r.code, 0, r.stderr);
    const tool = (await events(project)).filter((e) => e.tool_name === 'Bash');
    assert.equal(
      tool.map((e) => e.event_type),
      ['tool_start', 'tool_complete'],
    );
    assert.is(typeof tool[1]!.duration_ms, 'number');
    const count = (await events(project)).length;
    assert.is(runInstaller(ROOT, ['uninstall'], { HOME: home }).code, 0);
    const again = await runClaude(['-p', 'run it', '--allowedTools', 'Bash'], { cwd: project, home, apiUrl: api.url });
    assert.is(again.code, 0, again.stderr);
    assert.is((await events(project)).length, count, 'no hook left behind after uninstall');
  } finally {
    await api.close();
  }
});

/** Every text the CLI sent to the model from request `from` on (the `!` lines' output is inlined there). */
function sentText(api: FakeApi, from: number): string {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of api.requests.slice(from)) walk(r.messages);
  return texts.join('\n');
}

/** Live processes (not zombies) whose command line mentions `needle`. */
function processesNaming(needle: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid || !isAlive(Number(name))) continue;
    const argv = cmdline(Number(name));
    if (argv?.some((a) => a.includes(needle))) out.push(`${name}: ${argv.join(' ')}`);
  }
  return out;
}

async function until(ok: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return ok();
}

e2e(
  '/2l-dashboard, /2l-dashboard-stop and /2l-query run the installed scripts, never a checkout; no process is left',
  async () => {
    // Installed by ./install.mjs from a throwaway copy of the pack, which is deleted before
    // any command runs: a command still pointing at a checkout would fail, not pass quietly.
    const pack = makePack(tempDir('pack'));
    fs.copyFileSync(path.join(ROOT, 'install.mjs'), path.join(pack, 'install.mjs'));
    const home = tempDir('home');
    const project = tempDir('proj');
    const installed = runInstaller(pack, [], { HOME: home });
    assert.is(installed.code, 0, installed.stderr);
    fs.rmSync(pack, { recursive: true });
    const claudeDir = path.join(home, '.claude');
    const lib = path.join(claudeDir, 'lib', '2l');
    const tree = snapshot(claudeDir);
    for (const [rel, content] of Object.entries(tree)) {
      assert.not.ok(content.includes(ROOT) || content.includes(pack), `${rel} names the checkout or the pack copy`);
    }
    // The plugin root is rewritten to the install; the project stays Claude Code's to substitute.
    assert.match(
      tree['commands/2l-dashboard.md']!,
      `node "${lib}/dist/dashboard.mjs" --project "\${CLAUDE_PROJECT_DIR}" $ARGUMENTS`,
    );

    fs.mkdirSync(path.join(project, '.2L'));
    const seeded = newEvent('milestone_reached', 'seeded-by-install-e2e', {}, new Date(Date.UTC(2026, 0, 1)));
    fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), `${JSON.stringify(seeded)}\n`);

    const api = await startFakeApi([{ text: 'ok' }]);
    let serverPid: number | undefined;
    try {
      const r = await runClaude(['-p', '/2l-dashboard --no-open --port 0'], {
        cwd: project,
        home,
        apiUrl: api.url,
        timeoutMs: 60_000,
      });
      assert.is(r.code, 0, r.stderr);
      const sent = sentText(api, 0);
      const m = /2L dashboard for (.+): (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([\w-]+)\nstarted \(pid (\d+)\)/.exec(
        sent,
      );
      assert.ok(m, `no dashboard URL in what the CLI sent: ${sent.slice(0, 2000)}`);
      assert.is(m![1], project);
      serverPid = Number(m![5]);
      // The server answering on that URL is the installed bundle, started for this project.
      const argv = cmdline(serverPid);
      assert.is(argv?.[1], path.join(lib, 'dist', 'dashboard-server.mjs'), `server command line: ${argv?.join(' ')}`);
      assert.is(argv?.[argv.indexOf('--project') + 1], project);
      const page = await request(Number(m![3]), `/?token=${m![4]}`);
      assert.is(page.status, 200);
      assert.match(page.body, /<title>2L dashboard<\/title>/);
      assert.ok(fs.existsSync(statePath(project)));

      const q = api.requests.length;
      const r2 = await runClaude(['-p', "/2l-query '$[0].data'"], {
        cwd: project,
        home,
        apiUrl: api.url,
        timeoutMs: 60_000,
      });
      assert.is(r2.code, 0, r2.stderr);
      assert.ok(sentText(api, q).includes('[\n  "seeded-by-install-e2e"\n]'), sentText(api, q).slice(0, 2000));

      const s = api.requests.length;
      const r3 = await runClaude(['-p', '/2l-dashboard-stop'], {
        cwd: project,
        home,
        apiUrl: api.url,
        timeoutMs: 60_000,
      });
      assert.is(r3.code, 0, r3.stderr);
      assert.ok(
        sentText(api, s).includes(`Stopped the 2L dashboard for ${project} (${m![2]}, pid ${serverPid}).`),
        sentText(api, s).slice(0, 2000),
      );
      assert.ok(await until(() => !isAlive(serverPid!), 5000), `dashboard server ${serverPid} still running`);
      assert.not.ok(fs.existsSync(statePath(project)), 'dashboard state removed');
      assert.ok(
        await until(() => processesNaming(home).length === 0, 5000),
        `left running: ${processesNaming(home).join('; ')}`,
      );
    } finally {
      await api.close();
      if (serverPid !== undefined && isAlive(serverPid) && cmdline(serverPid)?.some((a) => a.startsWith(lib)))
        process.kill(serverPid, 'SIGKILL');
    }
  },
);
e2e.run();
