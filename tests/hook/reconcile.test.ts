// Tool calls from the transcript (lib/hook/reconcile.ts): the collector's live passes and the
// Stop/SessionEnd pass, exactly once against each other and against any writer holding a claim.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { reconcile, recoveredEvent } from '../../lib/hook/reconcile.ts';
import { STALE_MS, claim, markWritten, runtimeDir } from '../../lib/hook/claims.ts';
import { logPayload } from '../../lib/hook/log-payload.ts';
import { claimForStopFailure } from '../../lib/hook/failed-turn.ts';
import { tempDir } from '../util/claude.ts';

const SID = 'sess-1';
const use = (id: string, ts: string, input: object = { command: `echo ${id}` }, agentId?: string) =>
  JSON.stringify({
    type: 'assistant',
    sessionId: SID,
    ...(agentId ? { agentId } : {}),
    timestamp: ts,
    message: { role: 'assistant', content: [{ type: 'tool_use', id, name: 'Bash', input }] },
  });
const result = (
  id: string,
  ts: string,
  extra: { is_error?: boolean; content?: unknown; toolUseResult?: unknown } = {},
) =>
  JSON.stringify({
    type: 'user',
    sessionId: SID,
    timestamp: ts,
    ...(extra.toolUseResult === undefined ? {} : { toolUseResult: extra.toolUseResult }),
    message: {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: id, is_error: extra.is_error ?? false, content: extra.content ?? 'ok' },
      ],
    },
  });

function setup() {
  const dir = tempDir('rec');
  const project = path.join(dir, 'proj');
  fs.mkdirSync(project);
  fs.mkdirSync(path.join(dir, 'rt'), { mode: 0o700 });
  const rt = runtimeDir({ XDG_RUNTIME_DIR: path.join(dir, 'rt') })!;
  assert.type(rt, 'string');
  const transcriptPath = path.join(dir, 'projects', `${SID}.jsonl`);
  fs.mkdirSync(path.dirname(transcriptPath), { recursive: true });
  fs.writeFileSync(transcriptPath, '');
  const add = (...lines: string[]) => fs.appendFileSync(transcriptPath, lines.map((l) => `${l}\n`).join(''));
  const events = () =>
    fs.existsSync(path.join(project, '.2L', 'events.jsonl'))
      ? fs
          .readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];
  const sleeps: number[] = [];
  const pass = (live: boolean, now = () => Date.now()) =>
    reconcile({ project, transcriptPath, runtime: rt, live, now, sleep: async (ms) => void sleeps.push(ms) });
  return { project, rt, transcriptPath, add, events, pass, sleeps, dir };
}

const live = suite('reconcile: following a live transcript');
live('each pass logs what was added since the last one, once; an end has its duration and result', async () => {
  const t = setup();
  t.add(use('toolu_a', '2026-11-30T10:00:00.000Z'));
  assert.is(await t.pass(true), 1);
  t.add(result('toolu_a', '2026-11-30T10:00:01.250Z', { toolUseResult: { stdout: 'hello', stderr: '' } }));
  assert.is(await t.pass(true), 1);
  assert.is(await t.pass(true), 0, 'nothing new');
  assert.is(await t.pass(false), 0, 'the Stop pass finds nothing left');
  const ev = t.events();
  assert.equal(
    ev.map((e) => [e.event_type, e.tool_use_id, e.tool_name, e.recovered]),
    [
      ['tool_start', 'toolu_a', 'Bash', 'transcript'],
      ['tool_complete', 'toolu_a', 'Bash', 'transcript'],
    ],
  );
  assert.is(ev[0].timestamp, '2026-11-30T10:00:00.000Z');
  assert.is(ev[1].duration_ms, 1250);
  assert.is(ev[1].data, 'Bash: echo toolu_a (1250 ms)');
  assert.equal(ev[1].payload.tool_response, { stdout: 'hello', stderr: '' });
  assert.equal(t.sleeps, [], 'nobody else held a claim: nothing waited for');
});
live('two passes at once (the tail meets a Stop) write each half once', async () => {
  const t = setup();
  t.add(...Array.from({ length: 20 }, (_, i) => use(`toolu_${i}`, '2026-11-30T10:00:00.000Z')));
  const n = await Promise.all([t.pass(true), t.pass(false), t.pass(true)]);
  assert.is(
    n.reduce((a, b) => a + b, 0),
    20,
  );
  assert.is(t.events().length, 20);
});
live('a half claimed by a writer still at it is kept for the next live pass, never waited for', async () => {
  const t = setup();
  t.add(use('toolu_held', '2026-11-30T10:00:00.000Z'), use('toolu_free', '2026-11-30T10:00:00.100Z'));
  assert.ok(claim(t.rt, SID, 'start', 'toolu_held'), 'another writer claims it and has not appended yet');
  assert.is(await t.pass(true), 1, 'only the free one');
  assert.equal(t.sleeps, []);
  // That writer died without writing: once its claim is stale the next pass takes it over.
  assert.is(await t.pass(true, () => Date.now() + STALE_MS + 1000), 1);
  assert.equal(
    t.events().map((e) => e.tool_use_id),
    ['toolu_free', 'toolu_held'],
  );
});
live('a held half the writer then wrote is not written again', async () => {
  const t = setup();
  t.add(use('toolu_w', '2026-11-30T10:00:00.000Z'));
  claim(t.rt, SID, 'start', 'toolu_w');
  assert.is(await t.pass(true), 0);
  markWritten(t.rt, SID, 'start', 'toolu_w');
  assert.is(await t.pass(false, () => Date.now() + STALE_MS + 1000), 0);
  assert.equal(t.sleeps, [], 'written by then: no wait');
});
live('the Stop pass waits a held claim out, then takes it over', async () => {
  const t = setup();
  t.add(use('toolu_dead', '2026-11-30T10:00:00.000Z'));
  claim(t.rt, SID, 'start', 'toolu_dead');
  let clock = Date.now();
  const n = reconcile({
    project: t.project,
    transcriptPath: t.transcriptPath,
    runtime: t.rt,
    now: () => clock,
    sleep: async (ms) => {
      t.sleeps.push(ms);
      clock += ms + 1;
    },
  });
  assert.is(await n, 1);
  assert.equal(t.sleeps, [STALE_MS]);
});
live('a denied call closes as tool_denied; a failure as tool_error with its text', async () => {
  const t = setup();
  const denial = "Claude requested permissions to use WebFetch, but you haven't granted it yet.";
  t.add(
    use('toolu_d', '2026-11-30T10:00:00.000Z', { url: 'https://x' }),
    result('toolu_d', '2026-11-30T10:00:00.010Z', { is_error: true, content: denial }),
    use('toolu_f', '2026-11-30T10:00:01.000Z'),
    result('toolu_f', '2026-11-30T10:00:01.500Z', { is_error: true, content: 'Exit code 3\nboom' }),
  );
  await t.pass(true);
  const ends = t.events().filter((e) => e.event_type !== 'tool_start');
  assert.equal(
    ends.map((e) => [e.event_type, e.tool_use_id, e.data]),
    [
      ['tool_denied', 'toolu_d', `Bash denied: ${denial}`],
      ['tool_error', 'toolu_f', 'Bash failed: Exit code 3 (500 ms)'],
    ],
  );
});

const hostile = suite('reconcile: hostile transcripts');
hostile('secrets in inputs and results are redacted before they reach the log', async () => {
  const t = setup();
  const key = `sk-ant-api03-${'A'.repeat(90)}`;
  t.add(
    use('toolu_s', '2026-11-30T10:00:00.000Z', { command: `curl -H "x-api-key: ${key}" https://api` }),
    result('toolu_s', '2026-11-30T10:00:00.200Z', { toolUseResult: { stdout: `token=${key}` } }),
  );
  await t.pass(true);
  const text = fs.readFileSync(path.join(t.project, '.2L', 'events.jsonl'), 'utf8');
  assert.not.ok(text.includes(key), text);
  assert.is(t.events().length, 2);
});
hostile(
  'a half kept for the next pass is kept redacted: no secret from the transcript in the private state',
  async () => {
    const t = setup();
    const key = `sk-ant-api03-${'B'.repeat(90)}`;
    t.add(use('toolu_k', '2026-11-30T10:00:00.000Z', { command: `deploy --token ${key}` }));
    claim(t.rt, SID, 'start', 'toolu_k');
    assert.is(await t.pass(true), 0, 'held by another writer: kept');
    const state = fs
      .readdirSync(path.join(t.rt, 'cursors'))
      .map((f) => fs.readFileSync(path.join(t.rt, 'cursors', f), 'utf8'))
      .join('\n');
    assert.match(state, /toolu_k/, 'the half is in the saved state');
    assert.not.ok(state.includes(key), state);
    assert.is(await t.pass(true, () => Date.now() + STALE_MS + 1000), 1, 'and written from it later');
    assert.not.ok(fs.readFileSync(path.join(t.project, '.2L', 'events.jsonl'), 'utf8').includes(key));
  },
);
hostile(
  'HTML, torn lines, non-JSON, wrong types and a result with no start are logged as text or skipped',
  async () => {
    const t = setup();
    t.add(
      use('toolu_h', '2026-11-30T10:00:00.000Z', { command: '<img src=x onerror=alert(1)>' }),
      '{"type":"assistant","message":',
      'not json at all',
      JSON.stringify({
        type: 'assistant',
        sessionId: SID,
        message: { content: [{ type: 'tool_use', id: 7, name: [] }] },
      }),
      result('toolu_orphan', 'yesterday'),
    );
    await t.pass(true);
    const ev = t.events();
    assert.equal(
      ev.map((e) => [e.event_type, e.tool_use_id]),
      [
        ['tool_start', 'toolu_h'],
        ['tool_complete', 'toolu_orphan'],
      ],
    );
    assert.is(ev[0].data, 'Bash: <img src=x onerror=alert(1)>', 'kept as text: readers render it as text');
    assert.is(ev[1].duration_ms, undefined, 'no start known, no duration');
    assert.is(ev[1].tool_name, undefined);
  },
);
hostile('a transcript that is a link or a FIFO is never read', async () => {
  const t = setup();
  const secret = path.join(t.dir, 'secret.jsonl');
  fs.writeFileSync(secret, `${use('toolu_x', '2026-11-30T10:00:00.000Z')}\n`);
  fs.rmSync(t.transcriptPath);
  fs.symlinkSync(secret, t.transcriptPath);
  assert.is(await t.pass(true), 0);
  fs.rmSync(t.transcriptPath);
  const { execFileSync } = await import('node:child_process');
  execFileSync('mkfifo', [t.transcriptPath]);
  assert.is(await t.pass(true), 0, 'returns at once, nothing read');
  assert.equal(t.events(), []);
});

// A subagent's start and end come from its own transcript (SubagentStart and SubagentStop are not registered).
const AGENT = 'a44dd08f80cb13a05';
const agentLine = (type: 'user' | 'assistant', ts: string, content: unknown, stop?: string) =>
  JSON.stringify({
    type,
    sessionId: SID,
    agentId: AGENT,
    timestamp: ts,
    message: { role: type, content, ...(stop === undefined ? {} : { stop_reason: stop }) },
  });
function withSubagent(t: ReturnType<typeof setup>, meta: string | null = '{"agentType":"general-purpose"}') {
  const dir = path.join(t.transcriptPath.slice(0, -'.jsonl'.length), 'subagents');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `agent-${AGENT}.jsonl`);
  fs.writeFileSync(file, '');
  if (meta !== null) fs.writeFileSync(path.join(dir, `agent-${AGENT}.meta.json`), meta);
  return { dir, add: (...lines: string[]) => fs.appendFileSync(file, lines.map((l) => `${l}\n`).join('')) };
}
const agents = suite('reconcile: a subagent starts and ends');
agents('its first entry is its start, its finished turn its end: once each, with its type, in time order', async () => {
  const t = setup();
  const sub = withSubagent(t);
  t.add(use('toolu_agent', '2026-11-30T10:00:00.000Z'));
  sub.add(
    agentLine('user', '2026-11-30T10:00:00.050Z', 'SUBAGENT-TASK: run two commands'),
    use('toolu_sub', '2026-11-30T10:00:00.300Z', { command: 'echo sub' }, AGENT),
  );
  await t.pass(true);
  sub.add(
    agentLine('user', '2026-11-30T10:00:00.400Z', [{ type: 'tool_result', tool_use_id: 'toolu_sub', content: 'sub' }]),
    agentLine('assistant', '2026-11-30T10:00:00.500Z', [{ type: 'text', text: 'sub done' }], 'end_turn'),
  );
  t.add(result('toolu_agent', '2026-11-30T10:00:00.600Z'));
  await t.pass(true);
  assert.is(await t.pass(false), 0, 'the Stop pass finds nothing left');
  const ev = t.events();
  assert.equal(
    ev.map((e) => [e.event_type, e.agent_id, e.tool_use_id, e.recovered]),
    [
      ['tool_start', 'main', 'toolu_agent', 'transcript'],
      ['agent_start', AGENT, undefined, 'transcript'],
      ['tool_start', AGENT, 'toolu_sub', 'transcript'],
      ['tool_complete', AGENT, 'toolu_sub', 'transcript'],
      ['agent_complete', AGENT, undefined, 'transcript'],
      ['tool_complete', 'main', 'toolu_agent', 'transcript'],
    ],
  );
  const [start, end] = ev.filter((e) => e.event_type.startsWith('agent_'));
  assert.equal(
    [start.timestamp, start.agent_type, start.session_id, start.hook, start.data, start.hook_ms],
    ['2026-11-30T10:00:00.050Z', 'general-purpose', SID, 'SubagentStart', 'general-purpose started', undefined],
  );
  assert.equal(
    [end.timestamp, end.agent_type, end.hook, end.data, end.payload],
    [
      '2026-11-30T10:00:00.500Z',
      'general-purpose',
      'SubagentStop',
      'general-purpose finished',
      { last_assistant_message: 'sub done' },
    ],
  );
});
agents('a Stop pass over both files at once logs them in time order', async () => {
  const t = setup();
  const sub = withSubagent(t);
  t.add(use('toolu_agent', '2026-11-30T10:00:00.000Z'), result('toolu_agent', '2026-11-30T10:00:01.000Z'));
  sub.add(
    agentLine('user', '2026-11-30T10:00:00.100Z', 'task'),
    agentLine('assistant', '2026-11-30T10:00:00.900Z', [{ type: 'text', text: 'ok' }], 'end_turn'),
  );
  await t.pass(false);
  assert.equal(
    t.events().map((e) => e.event_type),
    ['tool_start', 'agent_start', 'agent_complete', 'tool_complete'],
  );
});
agents('a turn that asked for tools is not its end; an agent that answers twice ends once', async () => {
  const t = setup();
  const sub = withSubagent(t);
  sub.add(
    agentLine('user', '2026-11-30T10:00:00.000Z', 'task'),
    agentLine('assistant', '2026-11-30T10:00:00.100Z', [{ type: 'text', text: 'working' }], 'tool_use'),
    agentLine('assistant', '2026-11-30T10:00:00.200Z', [{ type: 'text', text: 'first' }], 'end_turn'),
  );
  await t.pass(true);
  sub.add(agentLine('assistant', '2026-11-30T10:00:00.300Z', [{ type: 'text', text: 'again' }], 'end_turn'));
  await t.pass(true);
  const ev = t.events();
  assert.equal(
    ev.map((e) => e.event_type),
    ['agent_start', 'agent_complete'],
  );
  assert.equal(ev[1].payload, { last_assistant_message: 'first' });
});
agents('a SubagentStart or SubagentStop hook still registered and the transcript log each once', async () => {
  const t = setup();
  const sub = withSubagent(t);
  const hook = (name: string) =>
    logPayload(
      {
        text: JSON.stringify({
          hook_event_name: name,
          session_id: SID,
          cwd: t.project,
          agent_id: AGENT,
          agent_type: 'general-purpose',
        }),
        totalBytes: 0,
        overflow: false,
        timedOut: false,
      },
      { projectDir: t.project, cwd: t.project, now: new Date(), hookMs: () => 1, runtime: t.rt },
    );
  await hook('SubagentStart');
  sub.add(
    agentLine('user', '2026-11-30T10:00:00.000Z', 'task'),
    agentLine('assistant', '2026-11-30T10:00:00.200Z', [{ type: 'text', text: 'done' }], 'end_turn'),
  );
  await t.pass(true);
  await hook('SubagentStop');
  assert.equal(
    t.events().map((e) => [e.event_type, e.recovered]),
    [
      ['agent_start', undefined],
      ['agent_complete', 'transcript'],
    ],
  );
});
agents('a meta file that is a link or a FIFO is never read: the events have no type', async () => {
  const t = setup();
  const sub = withSubagent(t, null);
  const planted = path.join(t.dir, 'planted.json');
  fs.writeFileSync(planted, '{"agentType":"planted"}');
  fs.symlinkSync(planted, path.join(sub.dir, `agent-${AGENT}.meta.json`));
  sub.add(agentLine('user', '2026-11-30T10:00:00.000Z', 'task'));
  await t.pass(true);
  fs.rmSync(path.join(sub.dir, `agent-${AGENT}.meta.json`));
  const { execFileSync } = await import('node:child_process');
  execFileSync('mkfifo', [path.join(sub.dir, `agent-${AGENT}.meta.json`)]);
  sub.add(agentLine('assistant', '2026-11-30T10:00:00.100Z', [{ type: 'text', text: 'x' }], 'end_turn'));
  await t.pass(true);
  const ev = t.events();
  assert.equal(
    ev.map((e) => [e.event_type, e.agent_type, e.data]),
    [
      ['agent_start', undefined, 'Subagent started'],
      ['agent_complete', undefined, 'Subagent finished'],
    ],
  );
});

const unit = suite('recoveredEvent');
unit('a start without a timestamp is stamped now; its input is summarised', () => {
  const e = recoveredEvent(
    {
      kind: 'use',
      id: 'toolu_1',
      name: 'Read',
      input: { file_path: '/p/a.ts' },
      sessionId: 's',
      agentId: 'ag1',
      timestamp: undefined,
    },
    undefined,
  );
  assert.equal([e.event_type, e.agent_id, e.data, e.hook_ms], ['tool_start', 'ag1', 'Read: /p/a.ts', undefined]);
  assert.ok(Math.abs(Date.parse(e.timestamp) - Date.now()) < 60_000);
});

const turns = suite('reconcile: prompts, turn ends and failed turns (no hook is registered for them)');
const entry = (type: string, uuid: string, ts: string, message: object, extra: object = {}) =>
  JSON.stringify({ type, uuid, sessionId: SID, timestamp: ts, message, ...extra });
const PROMPT_ID = '0b7c5a9e-1111-4222-8333-444455556666';
turns(
  'a prompt, its call and its last answer: user_prompt, the call, one stop (a message of two entries ends once)',
  async () => {
    const t = setup();
    const secret = `sk-ant-api03-${'B'.repeat(40)}`;
    t.add(
      entry(
        'user',
        'u-1',
        '2026-11-30T10:00:00.000Z',
        { role: 'user', content: `deploy with ${secret}` },
        { promptId: PROMPT_ID },
      ),
      use('toolu_t', '2026-11-30T10:00:01.000Z'),
      result('toolu_t', '2026-11-30T10:00:02.000Z'),
    );
    const ends: Date[] = [];
    const pass = () =>
      reconcile({
        project: t.project,
        transcriptPath: t.transcriptPath,
        runtime: t.rt,
        live: true,
        onTurnEnd: (at) => ends.push(at),
      });
    assert.is(await pass(), 3);
    // The answer comes as two entries of one message (thinking, then text), read by two passes.
    const end = (uuid: string, block: object) =>
      entry('assistant', uuid, '2026-11-30T10:00:03.000Z', {
        id: 'msg_end',
        role: 'assistant',
        content: [block],
        stop_reason: 'end_turn',
      });
    t.add(end('a-1', { type: 'thinking', thinking: 'done?' }));
    assert.is(await pass(), 1);
    t.add(end('a-2', { type: 'text', text: 'deployed' }));
    assert.is(await pass(), 0, 'the same message ends the turn once');
    assert.is(await t.pass(false), 0, "the session end's pass finds nothing left");
    const ev = t.events();
    assert.equal(
      ev.map((e) => [e.event_type, e.hook, e.recovered, e.timestamp]),
      [
        ['user_prompt', 'UserPromptSubmit', 'transcript', '2026-11-30T10:00:00.000Z'],
        ['tool_start', 'PreToolUse', 'transcript', '2026-11-30T10:00:01.000Z'],
        ['tool_complete', 'PostToolUse', 'transcript', '2026-11-30T10:00:02.000Z'],
        ['stop', 'Stop', 'transcript', '2026-11-30T10:00:03.000Z'],
      ],
    );
    assert.is(ev[0].data, 'Prompt: deploy with [REDACTED:anthropic-key]');
    assert.not.match(JSON.stringify(ev), /BBBB/, 'the secret never reached the log');
    assert.is(ev[0].payload.prompt_id, undefined, 'lifted, as from the hook');
    assert.equal(
      ends.map((d) => d.toISOString()),
      ['2026-11-30T10:00:03.000Z'],
      'the cost and alerts ran once',
    );
  },
);
turns('a failed turn becomes one stop_error, unless StopFailure reported its prompt first', async () => {
  const t = setup();
  const failed = (uuid: string, ts: string) =>
    entry(
      'assistant',
      uuid,
      ts,
      {
        role: 'assistant',
        content: [{ type: 'text', text: 'API Error: 529 overloaded' }],
        stop_reason: 'stop_sequence',
      },
      { isApiErrorMessage: true, apiErrorStatus: 529, error: 'server_error' },
    );
  const prompt = (uuid: string, promptId: string, ts: string) =>
    entry('user', uuid, ts, { role: 'user', content: 'go' }, { promptId });
  t.add(
    prompt('u-1', PROMPT_ID, '2026-11-30T10:00:00.000Z'),
    failed('0a0a0a0a-0000-4000-8000-000000000001', '2026-11-30T10:00:01.000Z'),
  );
  assert.is(await t.pass(true), 2);
  // The next prompt's turn also fails, but StopFailure (registered: it fires for a 401) reported it first.
  const second = '1b1b1b1b-1111-4111-8111-111111111111';
  assert.ok(claimForStopFailure(path.join(t.project, '.2L'), second));
  t.add(
    prompt('u-2', second, '2026-11-30T10:00:02.000Z'),
    failed('0a0a0a0a-0000-4000-8000-000000000002', '2026-11-30T10:00:03.000Z'),
  );
  assert.is(await t.pass(true), 1, 'only the prompt');
  assert.is(await t.pass(false), 0);
  const ev = t.events();
  assert.equal(
    ev.map((e) => [e.event_type, e.recovered]),
    [
      ['user_prompt', 'transcript'],
      ['stop_error', 'transcript'],
      ['user_prompt', 'transcript'],
    ],
  );
  assert.is(ev[1].data, 'Turn failed: API Error: 529 overloaded');
  assert.equal([ev[1].payload.api_error_status, ev[1].payload.found_in], [529, 'transcript']);
  assert.not.ok(
    ev.some((e) => e.event_type === 'stop'),
    'a failed turn is no Stop',
  );
});

live.run();
hostile.run();
agents.run();
unit.run();
turns.run();
