// Issue 13: zero loss against Claude Code's own transcripts. The hook front returns
// before its background logger writes, and tool calls are logged from the transcripts
// (no per-call hook: docs/hook-latency.md); every tool_use id in the transcripts (main and
// subagents/) must still have exactly one start and one end in events.jsonl, with the
// right session and agent, and every session its Stop and SessionEnd.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, claudeEnv, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';
import { settledEvents, jsonlLines } from '../util/events.ts';
import { agentCall, bashBatch, startScriptedApi, type ScriptTurn } from '../util/scripted-session.ts';

const CURRENT = path.join(
  ROOT,
  'node_modules/claude-code-current/node_modules/@anthropic-ai/claude-code-linux-x64/claude',
);
const FLOOR = path.join(ROOT, 'node_modules/@anthropic-ai/claude-code-linux-x64/claude');

interface Call {
  id: string;
  session: string;
  agent: string;
  ended: boolean;
}

interface Agent {
  id: string;
  session: string;
  type: string;
}

/** Every tool call the transcripts under `home` show, main and subagents; every subagent, with its meta file's type. */
function transcriptCalls(home: string): { calls: Call[]; sessions: Set<string>; agents: Agent[] } {
  const calls = new Map<string, Call>();
  const sessions = new Set<string>();
  const agents: Agent[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.jsonl'))
        for (const l of jsonlLines(p)) {
          const t = JSON.parse(l);
          if (typeof t.sessionId === 'string' && t.type === 'user') sessions.add(t.sessionId);
          if (d.name.startsWith('agent-') && t.type === 'user' && !agents.some((a) => a.id === t.agentId)) {
            const meta = JSON.parse(fs.readFileSync(p.replace(/\.jsonl$/, '.meta.json'), 'utf8'));
            agents.push({ id: t.agentId, session: t.sessionId, type: meta.agentType });
          }
          for (const b of Array.isArray(t.message?.content) ? t.message.content : []) {
            const key = `${t.sessionId} ${b.id ?? b.tool_use_id}`;
            if (t.type === 'assistant' && b.type === 'tool_use')
              calls.set(key, { id: b.id, session: t.sessionId, agent: t.agentId ?? 'main', ended: false });
            if (t.type === 'user' && b.type === 'tool_result') calls.get(key)!.ended = true;
          }
        }
    }
  };
  walk(path.join(home, '.claude', 'projects'));
  return { calls: [...calls.values()], sessions, agents };
}

/**
 * Exactly one start and one end per call, right session and agent; per subagent exactly one agent_start and
 * one agent_complete, with its session and type (no hook reports them: they come from its transcript);
 * Stop and SessionEnd per session.
 */
function assertNoLoss(events: any[], home: string): { calls: number; agents: number; recovered: number } {
  const { calls, sessions, agents } = transcriptCalls(home);
  for (const a of agents) {
    const mine = events.filter((e) => e.agent_id === a.id && e.event_type.startsWith('agent_'));
    assert.equal(
      mine.map((e) => [e.event_type, e.session_id, e.agent_type, e.recovered]),
      [
        ['agent_start', a.session, a.type, 'transcript'],
        ['agent_complete', a.session, a.type, 'transcript'],
      ],
      `the start and end of ${a.session} ${a.id}`,
    );
  }
  for (const c of calls) {
    const mine = events.filter((e) => e.tool_use_id === c.id && e.session_id === c.session);
    const starts = mine.filter((e) => e.event_type === 'tool_start');
    const ends = mine.filter((e) => e.event_type === 'tool_complete' || e.event_type === 'tool_error');
    assert.is(starts.length, 1, `one start for ${c.session} ${c.id}: ${JSON.stringify(mine)}`);
    assert.is(ends.length, c.ended ? 1 : 0, `one end for ${c.session} ${c.id}: ${JSON.stringify(mine)}`);
    for (const e of mine) assert.is(e.agent_id, c.agent, `agent of ${c.id}`);
  }
  for (const s of sessions) {
    const types = events.filter((e) => e.session_id === s).map((e) => e.event_type);
    assert.ok(types.includes('stop'), `Stop of ${s}`);
    assert.is(types.filter((t) => t === 'session_end').length, 1, `SessionEnd of ${s}`);
  }
  return {
    calls: calls.length,
    agents: agents.length,
    recovered: events.filter((e) => e.recovered === 'transcript').length,
  };
}

async function session(
  bin: string,
  project: string,
  home: string,
  main: ScriptTurn[],
  sub: ScriptTurn[] = [],
  env: Record<string, string> = {},
) {
  const api = await startScriptedApi(main, sub);
  try {
    const r = await run(bin, ['-p', 'go', '--plugin-dir', ROOT, '--allowedTools', 'Bash', 'Agent', 'Task'], {
      cwd: project,
      env: claudeEnv(home, api.url, { XDG_RUNTIME_DIR: path.join(home, 'rt'), ...env }),
      timeoutMs: 120_000,
    });
    assert.is(r.code, 0, r.stderr);
  } finally {
    await api.close();
  }
}

/** The scripted sessions, in turn: ends right after a tool call; 20 parallel calls; a subagent; a failure. */
const SCRIPTS: Array<[ScriptTurn[], ScriptTurn[]]> = [
  [[bashBatch(1, 'last'), { text: 'done' }], []],
  [[bashBatch(20, 'par', 7), { text: 'done' }], []],
  [
    [bashBatch(3, 'pre'), [agentCall()], { text: 'done' }],
    [bashBatch(2, 'sub'), { text: 'sub done' }],
  ],
  [[bashBatch(1, 'fail', 0), bashBatch(2, 'after'), { text: 'done' }], []],
];

function freshRuntime(home: string): void {
  fs.mkdirSync(path.join(home, 'rt'), { mode: 0o700 });
}

const loss = suite('zero loss against the transcripts');
loss('20 consecutive sessions on 2.1.332, and 4 on 2.1.197: every call started and ended once', async () => {
  for (const [bin, count, label] of [
    [CURRENT, 20, '2.1.332'],
    [FLOOR, 4, '2.1.197'],
  ] as const) {
    const home = tempDir('home');
    const project = tempDir('proj');
    freshRuntime(home);
    for (let i = 0; i < count; i++) {
      const [main, sub] = SCRIPTS[i % SCRIPTS.length]!;
      await session(bin, project, home, main, sub);
    }
    const events = await settledEvents(project);
    const { calls, agents, recovered } = assertNoLoss(events, home);
    assert.ok(calls >= count * 5, `${calls} calls checked`);
    assert.ok(agents >= Math.floor(count / SCRIPTS.length), `${agents} subagents checked`);
    console.log(
      `  ${label}: ${count} sessions, ${calls} calls, ${agents} subagents, ${recovered} recovered from transcripts`,
    );
  }
});

/** A `node` on PATH that dies (SIGKILL) as a hook logger for the events KILL_EVENTS names, or all. */
function killingNode(dir: string): string {
  const bin = path.join(dir, 'node');
  fs.writeFileSync(
    bin,
    `#!/bin/bash
p=$(cat)
if [ "$KILL_EVENTS" = all ] || [[ $p =~ \\"hook_event_name\\":\\"($KILL_EVENTS)\\" ]]; then kill -9 $$; fi
printf '%s' "$p" | exec ${JSON.stringify(process.execPath)} "$@"
`,
    { mode: 0o755 },
  );
  return dir;
}

// These use the per-event logger: the front's fallback when it has no private spool
// (TWOL_FRONT=logger forces it). With no collector, the SessionStart logger follows the
// session itself until Claude Code's process exits: no other hook of the session is registered.
const kill = suite('the per-event loggers (no collector), and killed mid-session');
kill('no collector: the SessionStart logger follows the session to its end, every event once', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  freshRuntime(home);
  const [main, sub] = SCRIPTS[2]!;
  await session(CURRENT, project, home, main, sub, { TWOL_FRONT: 'logger' });
  const events = await settledEvents(project);
  const { calls, agents } = assertNoLoss(events, home);
  assert.is(agents, 1);
  const prompts = events.filter((e) => e.event_type === 'user_prompt');
  const stops = events.filter((e) => e.event_type === 'stop');
  // 2.1.332 submits the subagent's task notification as a second prompt, with a turn of its own.
  assert.ok(prompts.length >= 1 && stops.length === prompts.length, JSON.stringify(events.map((e) => e.event_type)));
  assert.is(
    events.filter((e) => e.recovered === 'transcript').length,
    calls * 2 + agents * 2 + prompts.length + stops.length,
    'every start and end, prompt and turn end came from the transcript',
  );
  assert.equal(
    events.filter((e) => e.event_type === 'session_end').map((e) => [e.recovered, e.payload?.reason]),
    [['process', 'other']],
    "the session's end came from its process's exit",
  );
  // Only what SessionEnd runs after its event (the turn's cost, alerts) may follow it.
  const after = events.slice(events.findIndex((e) => e.event_type === 'session_end') + 1).map((e) => e.event_type);
  assert.ok(
    after.every((t) => t === 'cost_update' || t === 'performance_alert'),
    `the end is logged after the rest of the session: ${after}`,
  );
});
kill("every logger of a session killed: the next session's SessionStart recovers its calls", async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  freshRuntime(home);
  const shim = killingNode(tempDir('shim'));
  await session(CURRENT, project, home, [bashBatch(4, 'lost', 2), { text: 'done' }], [], {
    PATH: `${shim}:${process.env.PATH}`,
    KILL_EVENTS: 'all',
    TWOL_FRONT: 'logger',
  });
  assert.equal(await settledEvents(project), [], 'nothing logged while every logger died');
  await session(CURRENT, project, home, [bashBatch(1, 'next'), { text: 'done' }]);
  const events = await settledEvents(project);
  const { calls } = transcriptCalls(home);
  assert.is(calls.length, 5);
  for (const c of calls) {
    const mine = events.filter((e) => e.tool_use_id === c.id && e.session_id === c.session);
    assert.is(mine.length, 2, `start and end of ${c.id}`);
  }
  // The dead session logged no SessionStart: its calls are the ones its successor's SessionStart found.
  const logged = new Set(events.filter((e) => e.event_type === 'session_start').map((e) => e.session_id));
  const lost = events.filter((e) => e.recovered === 'transcript' && !logged.has(e.session_id));
  assert.equal(
    lost.map((e) => e.event_type).sort(),
    ['stop', 'tool_complete', 'tool_complete', 'tool_complete', 'tool_error', 'tool_start', 'tool_start']
      .concat(['tool_start', 'tool_start', 'user_prompt'])
      .sort(),
    'the 4 calls of the dead session, start and end (its failed call a tool_error), its prompt and its turn end',
  );
  // Nothing followed it (its SessionStart logger died), so nobody saw its process end: no end is made up.
  assert.not.ok(
    events.some((e) => e.event_type === 'session_end' && !logged.has(e.session_id)),
    'no session_end for the dead session',
  );
});

const collector = suite('the resident collector killed mid-session');
collector(
  'SIGKILLed every 150 ms through a session: the spool keeps the backlog for the next one, nothing twice',
  async () => {
    const home = tempDir('home');
    const project = tempDir('proj');
    freshRuntime(home);
    const spool = path.join(home, 'rt', '2l', 'spool2');
    let kills = 0;
    const killer = setInterval(() => {
      for (const pid of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)))
        try {
          if (
            fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('collector.cjs') &&
            fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`TWOL_SPOOL=${spool}`)
          ) {
            process.kill(Number(pid), 'SIGKILL');
            kills++;
          }
        } catch {
          /* gone */
        }
    }, 150);
    try {
      await session(CURRENT, project, home, [bashBatch(6, 'k', 3), { text: 'done' }]);
    } finally {
      clearInterval(killer);
    }
    await session(CURRENT, project, home, [bashBatch(1, 'next'), { text: 'done' }]);
    const events = await settledEvents(project);
    const { calls, recovered } = assertNoLoss(events, home);
    assert.is(calls, 7);
    assert.ok(kills > 0, 'a collector was killed');
    // The killed session's end was logged by the next session's collector, dated by its transcript's last write.
    const [first, second] = events.filter((e) => e.event_type === 'session_start');
    const end = events.find((e) => e.event_type === 'session_end' && e.session_id === first.session_id);
    assert.ok(end.timestamp < second.timestamp, `${end.timestamp} is before the next session's ${second.timestamp}`);
    assert.equal(
      fs.readdirSync(spool).filter((n) => /^\d/.test(n)),
      [],
      'the backlog was logged',
    );
    console.log(`  collector killed ${kills}×: ${calls} calls, ${recovered} recovered from transcripts`);
  },
);

collector('a tool call reaches the log while it runs: the collector follows the transcript live', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  freshRuntime(home);
  // The call waits for a file the test makes only once its start is in the log: no clock decides.
  const go = path.join(tempDir('go'), 'go');
  const command = `for i in $(seq 900); do [ -f ${go} ] && break; sleep 0.1; done; echo waited-for-the-log`;
  const log = path.join(project, '.2L', 'events.jsonl');
  let seen = false;
  const watch = setInterval(() => {
    try {
      const started = fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .some((l) => l.includes('"event_type":"tool_start"') && l.includes('seq 900'));
      if (started && !seen) {
        seen = true;
        fs.writeFileSync(go, '');
      }
    } catch {
      /* no log yet */
    }
  }, 100);
  try {
    await session(CURRENT, project, home, [
      [{ tool: 'Bash', input: { command, description: 'wait' } }],
      { text: 'done' },
    ]);
  } finally {
    clearInterval(watch);
  }
  assert.ok(seen, 'the start was logged while the call was still running (it waited up to 90 s for it)');
  const events = await settledEvents(project);
  const { calls } = assertNoLoss(events, home);
  assert.is(calls, 1);
  const end = events.find((e) => e.event_type === 'tool_complete')!;
  assert.ok(end.duration_ms > 0, 'the end carries the duration between its transcript entries');
  assert.match(JSON.stringify(end.payload), /waited-for-the-log/, "the end carries Claude Code's record of the result");
});

loss.run();
collector.run();
kill.run();
