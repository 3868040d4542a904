// The live OTLP export end to end: the real Claude Code CLI runs sessions with a subagent (offline,
// against a scripted API) while the built dashboard server, with OTLP switched on, runs for the project.
// A loopback receiver decodes traces, logs and metrics. Proven as properties, never as timings: the span
// tree (session → Agent call → subagent → tool); every event of a session once, after a server restart
// and a one-shot `2l export --otlp` of the same log too; a receiver that is down (its port closed) and
// comes back on the same port gets every event once; a receiver that never answers leaves every event
// of the session logged and the server answering. Polls have a deadline that only turns a hang into a
// failure. Runs on both CLI versions (TWOL_CLAUDE, scripts/run-tests.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { logUidOf } from '../../lib/monitor/otel-ids.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { eventLines, settledEvents } from '../util/events.ts';
import { startFakeApi } from '../util/fake-anthropic.ts';
import { request } from '../util/http.ts';
import { apiOtlp, assertOnce, pollUntil, logUids } from '../util/otlp-fixtures.ts';
import { attrs, startReceiver, type Receiver, type RSpan } from '../util/otlp-receiver.ts';
import { runDist } from '../util/run-dist.ts';

const DEADLINE_MS = 90_000;
/** Short retry waits and metrics with every batch: the server's flags for tests. */
const FAST = ['--otlp-backoff-max-ms', '300', '--otlp-metrics-ms', '50'];
const SUB = {
  marker: 'SUBAGENT-TASK',
  script: [{ tool: 'Bash', input: { command: 'echo from-sub' } }, { text: 'sub done' }],
};

const until = <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>) =>
  pollUntil(what, probe, DEADLINE_MS);

interface Scene {
  project: string;
  home: string;
  stderr: string;
}
function scene(): Scene {
  const home = tempDir('otlp-e2e-home');
  const project = tempDir('otlp-e2e-proj');
  fs.mkdirSync(path.join(home, '.run'), { mode: 0o700 });
  return { project, home, stderr: path.join(home, 'server.err') };
}
/** The server as `/2l-dashboard` starts it, with the user's OTLP endpoint in its environment. */
function startServer(s: Scene, rxUrl: string): Promise<BuiltDashboard> {
  return startBuiltDashboard(s.project, {
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', HOME: s.home, OTEL_EXPORTER_OTLP_ENDPOINT: rxUrl },
    stderrFile: s.stderr,
    args: FAST,
  });
}

/** One CLI session: a subagent (with a Bash call of its own), then a Bash call; its session id. */
async function liveSession(s: Scene, word: string): Promise<string> {
  const api = await startFakeApi(
    [
      {
        tool: 'Agent',
        input: { description: 'probe', prompt: `${SUB.marker}: echo`, subagent_type: 'general-purpose' },
      },
      { tool: 'Bash', input: { command: `echo ${word}` } },
      { text: 'all done' },
    ],
    { subagent: SUB },
  );
  const before = new Set(eventsOf(s.project).map((e) => e.session_id));
  try {
    const r = await runClaude(['-p', word, '--plugin-dir', ROOT, '--allowedTools', 'Bash,Agent,Task'], {
      cwd: s.project,
      home: s.home,
      apiUrl: api.url,
      timeoutMs: 120_000,
    });
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /all done/);
  } finally {
    await api.close();
  }
  await settledEvents(s.project);
  const sids = [...new Set(eventsOf(s.project).map((e) => e.session_id))].filter((id) => id && !before.has(id));
  assert.is(sids.length, 1, `one new session: ${sids.join(', ')}`);
  return sids[0]!;
}

/** The log as the exporter reads it (parseEventLine), so `logUidOf` names the same records. */
const eventsOf = (project: string): TwoLEvent[] =>
  eventLines(project)
    .map((l) => parseEventLine(l))
    .filter((e): e is TwoLEvent => e !== undefined);

/** Every log uid of session `sid` in the log, and the receivers' logs of it: each exactly once. */
function assertSessionLogsOnce(project: string, sid: string, receivers: Receiver[]): void {
  const expected = eventsOf(project)
    .filter((e) => e.session_id === sid)
    .map(logUidOf)
    .sort();
  assert.ok(expected.length >= 10, `${expected.length} events logged for ${sid}`);
  const got = receivers
    .flatMap((rx) => rx.logs)
    .filter((l) => attrs(l.attributes)['session.id'] === sid)
    .map((l) => attrs(l.attributes)['log.record.uid'] as string);
  assertOnce(got, `a log record of ${sid}`);
  assert.equal(got.sort(), expected, `every event of ${sid} arrived`);
}
const sessionLogs = (receivers: Receiver[], project: string, sid: string) => {
  const want = eventsOf(project).filter((e) => e.session_id === sid).length;
  const got = new Set(
    receivers
      .flatMap((rx) => rx.logs)
      .filter((l) => attrs(l.attributes)['session.id'] === sid)
      .map((l) => attrs(l.attributes)['log.record.uid']),
  ).size;
  return got >= want;
};

/** session → Agent call → subagent → its Bash; the main Bash under the session; one trace. */
function assertTree(spans: RSpan[], sid: string): void {
  const mine = spans.filter((s) => attrs(s.attributes)['session.id'] === sid);
  const names = mine.map((s) => s.name).join(', ');
  const only = (pick: (s: RSpan) => boolean, what: string) => {
    const found = mine.filter(pick);
    assert.is(found.length, 1, `one ${what}: ${names}`);
    return found[0]!;
  };
  const root = only((s) => s.name === 'session', 'session span');
  assert.is(root.parentSpanId ?? '', '');
  const call = only((s) => /^execute_tool (Agent|Task)$/.test(s.name), 'Agent call');
  assert.is(call.parentSpanId, root.spanId);
  const agent = only((s) => s.name.startsWith('invoke_agent '), 'subagent span');
  assert.is(agent.parentSpanId, call.spanId, 'the subagent nests under the Agent call that spawned it');
  const bashes = mine.filter((s) => s.name === 'execute_tool Bash');
  assert.is(bashes.length, 2, names);
  const sub = bashes.find((b) => attrs(b.attributes)['2l.agent.id'] !== 'main');
  const main = bashes.find((b) => attrs(b.attributes)['2l.agent.id'] === 'main');
  assert.ok(sub && main, names);
  assert.is(sub!.parentSpanId, agent.spanId, "the subagent's call nests under it");
  assert.is(main!.parentSpanId, root.spanId);
  assert.is(new Set(mine.map((s) => s.traceId)).size, 1);
}

const live = suite('live OTLP export from the dashboard server, real CLI sessions');

live(
  'span tree, logs and metrics of a live session; a restart and a one-shot export repeat no id and lose nothing',
  async () => {
    const s = scene();
    const rx = await startReceiver();
    let d = await startServer(s, rx.url);
    try {
      await until('the exporter started', async () => (await apiOtlp(d)).enabled);
      const s1 = await liveSession(s, 'first');
      await until(`every event of ${s1} sent`, () => sessionLogs([rx], s.project, s1));
      await until('the session span closed and sent', () =>
        rx.spans.some((sp) => sp.name === 'session' && attrs(sp.attributes)['session.id'] === s1),
      );
      assertTree(rx.spans, s1);
      assertSessionLogsOnce(s.project, s1, [rx]);
      // Cumulative: the newest export of the histogram holds every call so far, main's and the subagent's.
      const toolNames = (m: { data: Record<string, unknown> }) =>
        (m.data.histogram as { dataPoints: Array<{ attributes: never; count: string | number }> }).dataPoints.map(
          (p) => [attrs(p.attributes)['gen_ai.tool.name'], Number(p.count)],
        );
      const bash = await until('tool durations of both Bash calls as a metric', () =>
        rx.metrics
          .filter((m) => m.name === '2l.tool.duration')
          .map(toolNames)
          .flat()
          .find(([name, count]) => name === 'Bash' && count === 2),
      );
      assert.ok(bash);

      // Restart; a session runs while no server runs: the next start sends it, and nothing sent before.
      await d.close();
      const s2 = await liveSession(s, 'second');
      d = await startServer(s, rx.url);
      await until(`every event of ${s2} sent after the restart`, () => sessionLogs([rx], s.project, s2));
      await until('the second session span', () =>
        rx.spans.some((sp) => sp.name === 'session' && attrs(sp.attributes)['session.id'] === s2),
      );
      assertTree(rx.spans, s2);
      assertSessionLogsOnce(s.project, s1, [rx]);
      assertSessionLogsOnce(s.project, s2, [rx]);
      assertOnce(
        rx.spans.map((sp) => sp.spanId),
        'a span id',
      );

      // The one-shot export of the same log names the same spans and records: a backend keeps one copy.
      const liveSpans = new Set(rx.spans.map((sp) => `${sp.traceId}/${sp.spanId}`));
      const liveUids = new Set(logUids(rx));
      const one = await startReceiver();
      try {
        const r = await runDist('export', ['--otlp', one.url, '--project', s.project, '--json'], {
          cwd: s.project,
          home: s.home,
        });
        assert.is(r.code, 0, r.stderr);
        const mine = (sp: RSpan) => [s1, s2].includes(attrs(sp.attributes)['session.id'] as string);
        const again = one.spans.filter(mine).map((sp) => `${sp.traceId}/${sp.spanId}`);
        assertOnce(again, 'a span id in the one-shot export');
        assert.equal(
          again.filter((id) => !liveSpans.has(id)),
          [],
          'the one-shot export names the live spans',
        );
        assert.is(again.length, rx.spans.filter(mine).length);
        const uids = one.logs
          .filter((l) => [s1, s2].includes(attrs(l.attributes)['session.id'] as string))
          .map((l) => attrs(l.attributes)['log.record.uid'] as string);
        assert.equal(
          uids.filter((u) => !liveUids.has(u)),
          [],
          'the one-shot export names the live log records',
        );
        assert.ok(
          one.metrics.some((m) => m.name === '2l.tool.duration'),
          'the one-shot sends the metrics too',
        );
      } finally {
        await one.close();
      }
    } finally {
      await d.close();
      await rx.close();
    }
  },
);

live('a receiver that is down (port closed) and comes back gets every event once', async () => {
  const s = scene();
  let rx = await startReceiver();
  const port = Number(new URL(rx.url).port);
  const d = await startServer(s, rx.url);
  const receivers = [rx];
  try {
    await until('the exporter started', async () => (await apiOtlp(d)).enabled);
    await rx.close(); // connections are refused from here on
    const sid = await liveSession(s, 'outage');
    const status = await until('the exporter retrying', async () => {
      const a = await apiOtlp(d);
      return a.retrying && a;
    });
    assert.match(status.last_error, /ECONNREFUSED|refused/);
    rx = await startReceiver(port);
    receivers.push(rx);
    await until(`every event of ${sid} sent`, () => sessionLogs(receivers, s.project, sid));
    await until('the session span', () => rx.spans.some((sp) => sp.name === 'session'));
    assertSessionLogsOnce(s.project, sid, receivers);
    assertTree(rx.spans, sid);
    assert.is((await apiOtlp(d)).dropped, 0);
  } finally {
    await d.close();
    await rx.close();
  }
});

live("a receiver that never answers: the session's events are all logged and the server keeps answering", async () => {
  const s = scene();
  const rx = await startReceiver();
  rx.hang = true;
  const d = await startServer(s, rx.url);
  try {
    await until('the exporter started', async () => (await apiOtlp(d)).enabled);
    const sid = await liveSession(s, 'hang');
    // The receiver holds the exporter's request open (it is waiting on it) ...
    await until('the exporter is waiting on the receiver', () => rx.requests.length > 0);
    const events = eventsOf(s.project).filter((e) => e.session_id === sid);
    // ... and yet every call of the session was logged, start and end, and the session ended.
    const calls = events.filter((e) => e.event_type === 'tool_start').map((e) => e.tool_use_id);
    assert.is(calls.length, 3, JSON.stringify(events.map((e) => e.event_type)));
    for (const id of calls)
      assert.ok(
        events.some((e) => e.tool_use_id === id && e.event_type === 'tool_complete'),
        `end of ${id}`,
      );
    assert.ok(events.some((e) => e.event_type === 'session_end'));
    // The server answers its page and its API while the export is stuck.
    assert.is((await request(d.port, '/', { headers: { cookie: d.cookie } })).status, 200);
    const a = await apiOtlp(d);
    assert.equal(a.sent, { spans: 0, logs: 0, metric_exports: 0 });
  } finally {
    await d.close();
    await rx.close();
  }
});

live.run();
