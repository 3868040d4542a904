// Black-box tests of the hook front's spool and the resident collector (dist/collector.cjs),
// driven as Claude Code drives them: `bash lib/2l-hook-front.sh dist/hook.cjs`, payload on stdin.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
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
  return { rt, project, env, spool: path.join(rt, '2l', 'spool') };
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
    `2l1\0${name.slice(0, -2)}\0${s.project}\0/\0${prompt(1, s.project)}\0end\n`,
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
