// Black-box tests of the hook front's spool and the resident collector (dist/collector.cjs),
// driven as Claude Code drives them: `bash lib/2l-hook-front.sh dist/hook.cjs`, payload on stdin.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';
import { readEvents, settledEvents } from '../util/events.ts';
import { victim } from '../util/hostile.ts';

const FRONT = path.join(ROOT, 'lib', '2l-hook-front.sh');
const HOOK = path.join(ROOT, 'dist', 'hook.cjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function scene(idleMs = 500) {
  const rt = tempDir('rt');
  fs.chmodSync(rt, 0o700);
  const project = tempDir('proj');
  const env = {
    PATH: process.env.PATH,
    HOME: rt,
    XDG_RUNTIME_DIR: rt,
    CLAUDE_PROJECT_DIR: project,
    TWOL_COLLECTOR_IDLE_MS: String(idleMs),
  };
  return { rt, project, env, spool: path.join(rt, '2l', 'spool2') };
}

const prompt = (n: number, project: string) =>
  JSON.stringify({ session_id: 's1', cwd: project, hook_event_name: 'UserPromptSubmit', prompt: `prompt ${n}` });

const front = async (input: string, env: NodeJS.ProcessEnv) => {
  const r = await run('bash', [FRONT, HOOK], { input, env });
  assert.equal([r.code, r.stdout, r.stderr], [0, '', ''], 'the front is silent and exits 0');
};

/** Live collectors whose spool is `spool` (their environ names it). */
function collectors(spool: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((pid) => {
      try {
        return (
          fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('collector.cjs') &&
          fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`TWOL_SPOOL=${spool}`)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const spoolFiles = (spool: string) => fs.readdirSync(spool).filter((n) => /^\d/.test(n));
const prompts = (project: string) =>
  readEvents(project)
    .map((e) => e.payload?.prompt)
    .sort();
const expected = (n: number) => Array.from({ length: n }, (_, i) => `prompt ${i}`).sort();

const spooled = suite('collector: the spool');
spooled('events go through a private spool (0700, files 0600) and are deleted once logged, redacted', async () => {
  const s = scene();
  const secret = `sk-ant-api03-${'A'.repeat(40)}`;
  await front(
    JSON.stringify({ session_id: 's1', cwd: s.project, hook_event_name: 'UserPromptSubmit', prompt: secret }),
    s.env,
  );
  assert.is(fs.statSync(s.spool).mode & 0o777, 0o700);
  await settledEvents(s.project);
  const [e] = readEvents(s.project);
  assert.is(e.payload.prompt, '[REDACTED:anthropic-key]');
  assert.equal(spoolFiles(s.spool), [], 'the payload left the spool once logged');
});

const race = suite('collector: one per user');
race('8 fronts racing to start it: one collector stays, every event once', async () => {
  const s = scene(3000);
  await Promise.all(Array.from({ length: 8 }, (_, i) => front(prompt(i, s.project), s.env)));
  await until('the events', () => readEvents(s.project).length >= 8);
  await until('the losers to leave', () => collectors(s.spool).length <= 1);
  assert.is(collectors(s.spool).length, 1, 'one collector');
  await settledEvents(s.project);
  assert.equal(prompts(s.project), expected(8));
});

const crash = suite('collector: killed');
crash('killed mid-session: the next one logs the backlog, nothing twice, nothing lost', async () => {
  const s = scene(2000);
  await front(prompt(0, s.project), s.env);
  await until('a collector', () => collectors(s.spool).length === 1 && readEvents(s.project).length === 1);
  for (const pid of collectors(s.spool)) process.kill(pid, 'SIGKILL');
  // A collector that died after writing prompt 1 but before deleting its file left its marker.
  const name = `${(Date.now() / 1000).toFixed(6)}.1`;
  fs.writeFileSync(
    path.join(s.spool, name),
    `2l2\0${name.slice(0, -2)}\0${s.project}\0/\0\0${prompt(1, s.project)}\0end\n`,
  );
  fs.writeFileSync(path.join(s.spool, `.done-${name}`), '');
  fs.appendFileSync(
    path.join(s.project, '.2L', 'events.jsonl'),
    `${JSON.stringify({ timestamp: new Date().toISOString(), event_type: 'user_prompt', phase: 'unknown', agent_id: 'main', data: 'Prompt: prompt 1', v: 1, source: 'hook', session_id: 's1', payload: { prompt: 'prompt 1' } })}\n`,
  );
  // Fronts while none runs spool on; one started more than 2 s after the last start starts a successor.
  for (let i = 2; i < 6; i++) await front(prompt(i, s.project), s.env);
  await sleep(2100);
  await front(prompt(6, s.project), s.env);
  await settledEvents(s.project);
  assert.equal(prompts(s.project), expected(7));
  assert.equal(spoolFiles(s.spool), []);
});

const idle = suite('collector: idle exit');
idle('it leaves when idle, and says so (.collector removed); the next event starts another', async () => {
  const s = scene(300);
  await front(prompt(0, s.project), s.env);
  await until('a collector', () => collectors(s.spool).length === 1);
  await until('the idle exit', () => collectors(s.spool).length === 0);
  assert.not.ok(fs.existsSync(path.join(s.spool, '.collector')));
  await sleep(2100); // past the front's start guard
  await front(prompt(1, s.project), s.env);
  await settledEvents(s.project);
  assert.equal(prompts(s.project), expected(2));
});

crash('a collector killed while starting does not hold the next start back for 2 s', async () => {
  const s = scene();
  fs.mkdirSync(s.spool, { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(s.spool), 0o700);
  // The front that started it a moment ago noted its pid; it died before announcing itself.
  const dead = await run('bash', ['-c', 'echo $$']);
  fs.writeFileSync(path.join(s.spool, '.starting'), `${(Date.now() / 1000).toFixed(6)} ${dead.stdout.trim()}\n`);
  await front(prompt(0, s.project), s.env);
  await until('a collector', () => collectors(s.spool).length === 1);
  await settledEvents(s.project);
  assert.equal(prompts(s.project), expected(1));
});

const follow = suite('collector: live transcripts');
follow(
  'it logs tool calls as the transcript grows, stays past idle while the session is live, and leaves after SessionEnd',
  async () => {
    const s = scene(1000);
    const transcript = path.join(s.rt, 'projects', 'p', 's1.jsonl');
    fs.mkdirSync(path.dirname(transcript), { recursive: true });
    fs.writeFileSync(transcript, '');
    const hook = (name: string) =>
      JSON.stringify({
        session_id: 's1',
        cwd: s.project,
        transcript_path: transcript,
        hook_event_name: name,
        prompt: 'go',
      });
    const entry = (type: string, block: object) =>
      `${JSON.stringify({ type, sessionId: 's1', timestamp: new Date().toISOString(), message: { role: type, content: [block] } })}\n`;
    const types = () => readEvents(s.project).map((e) => e.event_type);
    await front(hook('UserPromptSubmit'), s.env);
    fs.appendFileSync(
      transcript,
      entry('assistant', { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'make' } }),
    );
    await until('the start, with no hook for it', () => types().includes('tool_start'));
    // Longer than the idle time (1 s) with nothing spooled: a collector that left would never log the end.
    await sleep(2500);
    assert.is(collectors(s.spool).length, 1, 'still following the live session');
    fs.appendFileSync(transcript, entry('user', { type: 'tool_result', tool_use_id: 'toolu_1', content: 'built' }));
    await until('the end', () => types().includes('tool_complete'));
    await front(hook('SessionEnd'), s.env);
    await until('the idle exit once the session ended', () => collectors(s.spool).length === 0);
    assert.equal(
      readEvents(s.project).map((e) => [e.event_type, e.tool_use_id, e.recovered]),
      [
        ['user_prompt', undefined, undefined],
        ['tool_start', 'toolu_1', 'transcript'],
        ['tool_complete', 'toolu_1', 'transcript'],
        ['session_end', undefined, undefined],
      ],
    );
  },
);

/**
 * The project's events but the alerts: a turn's end and a session's end run the alert evaluation, which on a
 * loaded machine may find the hook's own time over its target and add a `performance_alert`.
 */
const sessionEvents = (project: string) => readEvents(project).filter((e) => e.event_type !== 'performance_alert');

/** Session `sid`'s transcript, under the scene's folder (created empty by sessionStart). */
const transcriptOf = (s: { rt: string }, sid: string) => path.join(s.rt, 'projects', 'p', `${sid}.jsonl`);

/** SessionStart's payload for session `sid`, its transcript made empty. */
function sessionStart(s: { rt: string; project: string }, sid: string, source = 'startup'): string {
  const transcript = transcriptOf(s, sid);
  fs.mkdirSync(path.dirname(transcript), { recursive: true });
  fs.writeFileSync(transcript, '');
  return JSON.stringify({
    session_id: sid,
    cwd: s.project,
    transcript_path: transcript,
    hook_event_name: 'SessionStart',
    source,
  });
}

/**
 * A stand-in for Claude Code's process: not a shell (the front skips a `sh -c` wrapper), it runs the
 * front for each payload as a hook, the next one when `next()` is called, and lives until `exit()`.
 */
function fakeCli(env: NodeJS.ProcessEnv, payloads: string[]) {
  const dir = tempDir('cli');
  payloads.forEach((p, i) => fs.writeFileSync(path.join(dir, `p${i}`), p));
  const script = `
import os, subprocess, sys, time
d = sys.argv[1]
for i in range(${payloads.length}):
    while i > 0 and not os.path.exists(f"{d}/go{i}"):
        time.sleep(0.02)
    with open(f"{d}/p{i}") as f:
        subprocess.run(["bash", ${JSON.stringify(FRONT)}, ${JSON.stringify(HOOK)}], stdin=f)
    open(f"{d}/ran{i}", "w").close()
time.sleep(600)
`;
  const child = spawn('python3', ['-c', script, dir], { env, stdio: 'ignore' });
  let next = 1;
  return {
    pid: child.pid!,
    ran: (i: number) => fs.existsSync(path.join(dir, `ran${i}`)),
    next: () => fs.writeFileSync(path.join(dir, `go${next++}`), ''),
    exit: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGKILL');
      }),
  };
}

follow(
  'SessionStart alone: prompt, call and turn end logged as written while Claude Code lives, then its end when it exits',
  async () => {
    const s = scene(500);
    const transcript = transcriptOf(s, 's2');
    const cli = fakeCli(s.env, [sessionStart(s, 's2')]);
    const types = () => sessionEvents(s.project).map((e) => e.event_type);
    await until('the session start', () => types().includes('session_start'));
    const records = () => fs.readdirSync(s.spool).filter((n) => n.startsWith('.live-'));
    assert.is(records().length, 1, 'the followed session is written down for a successor');
    const add = (type: string, uuid: string, message: object) =>
      fs.appendFileSync(
        transcript,
        `${JSON.stringify({ type, uuid, sessionId: 's2', timestamp: new Date().toISOString(), message })}\n`,
      );
    add('user', 'u-1', { role: 'user', content: 'build it' });
    add('assistant', 'a-1', {
      id: 'msg_1',
      role: 'assistant',
      content: [{ type: 'tool_use', id: 'toolu_9', name: 'Bash', input: { command: 'make' } }],
      stop_reason: 'tool_use',
    });
    add('user', 'u-2', { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: 'built' }] });
    add('assistant', 'a-2', {
      id: 'msg_2',
      role: 'assistant',
      content: [{ type: 'text', text: 'built it' }],
      stop_reason: 'end_turn',
    });
    await until('the turn end, with no hook for it', () => types().includes('stop'));
    // Past the idle time (0.5 s) with nothing spooled: still there, following the live session.
    await sleep(1500);
    assert.is(collectors(s.spool).length, 1);
    assert.not.ok(types().includes('session_end'), 'no end while Claude Code lives');
    await cli.exit();
    await until('the idle exit once the session ended', () => collectors(s.spool).length === 0);
    const events = sessionEvents(s.project);
    assert.equal(
      events.map((e) => [e.event_type, e.recovered]),
      [
        ['session_start', undefined],
        ['user_prompt', 'transcript'],
        ['tool_start', 'transcript'],
        ['tool_complete', 'transcript'],
        ['stop', 'transcript'],
        ['session_end', 'process'],
      ],
    );
    assert.is(events.at(-1).data, 'Session ended (other)');
    assert.equal(records(), [], 'its record is gone with it');
  },
);
follow('the same process starting another session (/clear) ends the first one, with reason clear', async () => {
  const s = scene(500);
  const cli = fakeCli(s.env, [sessionStart(s, 'a1'), sessionStart(s, 'a2', 'clear')]);
  await until('the first start', () => sessionEvents(s.project).length === 1);
  cli.next();
  await until('the first session ended', () => sessionEvents(s.project).some((e) => e.event_type === 'session_end'));
  assert.equal(
    sessionEvents(s.project).map((e) => [e.event_type, e.session_id, e.data]),
    [
      ['session_start', 'a1', 'Session started (startup)'],
      ['session_start', 'a2', 'Session started (clear)'],
      ['session_end', 'a1', 'Session ended (clear)'],
    ],
  );
  await cli.exit();
  await until(
    'the second ended',
    () => sessionEvents(s.project).filter((e) => e.event_type === 'session_end').length === 2,
  );
  await settledEvents(s.project);
});
follow(
  "the collector killed while Claude Code lives: the next SessionStart's collector ends the session, dated by its transcript",
  async () => {
    const s = scene(500);
    const first = fakeCli(s.env, [sessionStart(s, 'k1')]);
    await until('the first start', () => sessionEvents(s.project).length === 1);
    for (const pid of collectors(s.spool)) process.kill(pid, 'SIGKILL');
    // The session goes on with nobody following it, then Claude Code exits.
    const entry = {
      type: 'user',
      uuid: 'u-1',
      sessionId: 'k1',
      timestamp: new Date().toISOString(),
      message: { role: 'user', content: 'unseen' },
    };
    fs.appendFileSync(transcriptOf(s, 'k1'), `${JSON.stringify(entry)}\n`);
    const lastWrite = fs.statSync(transcriptOf(s, 'k1')).mtimeMs;
    await first.exit();
    await sleep(2100); // past the front's start guard
    const second = fakeCli(s.env, [sessionStart(s, 'k2')]);
    await until('the first session ended', () => sessionEvents(s.project).some((e) => e.event_type === 'session_end'));
    const events = sessionEvents(s.project);
    assert.equal(
      events.map((e) => [e.event_type, e.session_id]),
      [
        ['session_start', 'k1'],
        ['session_start', 'k2'],
        ['user_prompt', 'k1'],
        ['session_end', 'k1'],
      ],
    );
    const end = Date.parse(events[3].timestamp);
    assert.ok(Math.abs(end - lastWrite) < 5, `ended at its last write (${end} vs ${lastWrite}), not when found`);
    await second.exit();
    await settledEvents(s.project);
  },
);

const hostile = suite('collector: a spool that is not ours');
hostile(
  'the runtime folder a link, or the spool owned by another user: the per-event logger, nothing followed',
  async () => {
    for (const plant of ['link', 'foreign'] as const) {
      const s = scene();
      const v = victim();
      if (plant === 'link') fs.symlinkSync(v.dir, path.join(s.rt, '2l'));
      else {
        fs.mkdirSync(s.spool, { recursive: true, mode: 0o700 });
        fs.chownSync(s.spool, 65534, 65534);
      }
      await front(prompt(0, s.project), s.env);
      // The front returns before its background logger has even become `node` (settledEvents looks for that).
      await until(`${plant}: the fallback's event`, () => prompts(s.project).length > 0);
      await settledEvents(s.project);
      assert.equal(prompts(s.project), expected(1), `${plant}: logged by the fallback`);
      assert.ok(v.unchanged(), `${plant}: nothing written through the link`);
      if (plant === 'foreign') assert.equal(fs.readdirSync(s.spool), [], 'nothing spooled into a foreign folder');
      assert.equal(collectors(s.spool), []);
    }
  },
);

spooled.run();
race.run();
crash.run();
idle.run();
follow.run();
hostile.run();
