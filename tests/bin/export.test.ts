/**
 * Black box: the built `dist/export.mjs` (and `dist/2l.mjs export`) against a
 * loopback OTLP/HTTP receiver that decodes what arrives.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { attrs, nanoToMs, startReceiver, value, type Receiver, type RSpan } from '../util/otlp-receiver.ts';
import { PLANTS, SECRET, SYMLINK, victim } from '../util/hostile.ts';
import { runNode } from '../util/run-node.ts';

const EXPORT = path.join(ROOT, 'dist', 'export.mjs');
const TWOL = path.join(ROOT, 'dist', '2l.mjs');

type Ev = Record<string, unknown>;
const ev = (ts: string, type: string, data: string, extra: Ev = {}): Ev => ({
  timestamp: ts,
  event_type: type,
  phase: 'unknown',
  agent_id: 'main',
  data,
  v: 1,
  source: 'hook',
  ...extra,
});
const line = (e: Ev) => `${JSON.stringify(e)}\n`;

/** A project whose session S1 straddles a rotation: its first events are in an archive. */
function fixture(): { dir: string; bodies: string[] } {
  const dir = tempDir('export');
  const state = path.join(dir, '.2L');
  fs.mkdirSync(state);
  const archived = [
    ev('2026-11-20T10:00:00.000Z', 'session_start', 'session started', { session_id: 'S1' }),
    ev('2026-11-20T10:00:01.000Z', 'tool_start', 'Bash: ls', {
      session_id: 'S1',
      tool_name: 'Bash',
      tool_use_id: 'T1',
    }),
  ];
  const live = [
    ev('2026-11-20T10:00:01.250Z', 'tool_complete', 'Bash ok', {
      session_id: 'S1',
      tool_name: 'Bash',
      tool_use_id: 'T1',
      duration_ms: 240,
    }),
    ev('2026-11-20T10:00:02.000Z', 'tool_start', 'Read: /x', {
      session_id: 'S1',
      tool_name: 'Read',
      tool_use_id: 'T2',
    }),
    ev('2026-11-20T10:00:02.500Z', 'tool_error', 'Read failed', {
      session_id: 'S1',
      tool_name: 'Read',
      tool_use_id: 'T2',
      duration_ms: 480,
      error: 'ENOENT: no such file',
    }),
    ev('2026-11-20T10:00:03.000Z', 'tool_complete', 'Grep ok', {
      session_id: 'S1',
      tool_name: 'Grep',
      tool_use_id: 'T3',
      duration_ms: 100,
    }),
    ev('2026-11-20T10:00:04.000Z', 'plan_start', '<script>alert(1)</script> plan', {
      source: 'emit',
      agent_id: 'orchestrator',
    }),
    ev('2026-11-20T10:00:05.000Z', 'session_start', 'second session', { session_id: 'S2' }),
    ev('2026-11-20T10:00:06.000Z', 'stop', 'S1 done', { session_id: 'S1' }),
    ev('2026-11-20T10:00:07.000Z', 'stop', 'S2 done', { session_id: 'S2' }),
  ];
  fs.writeFileSync(path.join(state, 'events-20261120T100001500Z.jsonl'), archived.map(line).join(''));
  fs.writeFileSync(
    path.join(state, 'events.jsonl'),
    `${live.slice(0, 3).map(line).join('')}not json at all\n${live.slice(3).map(line).join('')}{"timestamp":"2026-11-20T10:00:0`,
  );
  return { dir, bodies: [...archived, ...live].map((e) => e.data as string) };
}

const byName = (spans: RSpan[], name: string) => spans.filter((s) => s.name === name);
const durationMs = (s: RSpan) => nanoToMs(s.endTimeUnixNano) - nanoToMs(s.startTimeUnixNano);

const sent = suite('export to a loopback OTLP receiver');
let rx: Receiver;
sent.before.each(async () => {
  rx = await startReceiver();
});
sent.after.each(async () => {
  await rx.close();
});

sent('sessions and tool calls become spans, every event a log record', async () => {
  const { dir, bodies } = fixture();
  const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir]);
  assert.is(r.stderr, '');
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    `export: sent 5 spans (2 sessions, 3 tool calls) and 10 logs from 10 events in 2 files to ${rx.url}/v1/traces and ${rx.url}/v1/logs.\nsent 3 metric points (cumulative from 2026-11-20T10:00:00.000Z to 2026-11-20T10:00:07.000Z) to ${rx.url}/v1/metrics.\nskipped 2 malformed lines.\n`,
  );
  assert.ok(rx.requests.every((q) => q.contentType === 'application/json'));

  const sessions = byName(rx.spans, 'session');
  assert.equal(sessions.map((s) => attrs(s.attributes)['session.id']).sort(), ['S1', 'S2']);
  const s1 = sessions.find((s) => attrs(s.attributes)['session.id'] === 'S1')!;
  assert.is(s1.parentSpanId ?? '', '');
  assert.is(nanoToMs(s1.startTimeUnixNano), Date.parse('2026-11-20T10:00:00.000Z'));
  assert.is(nanoToMs(s1.endTimeUnixNano), Date.parse('2026-11-20T10:00:06.000Z'));
  assert.equal(attrs(s1.attributes), { 'session.id': 'S1', '2l.events': 7, '2l.tool_calls': 3, '2l.tool_errors': 1 });
  assert.equal(s1.resource['service.name'], '2l-pack');
  assert.equal(s1.resource['2l.project.name'], path.basename(dir));

  const [bash] = byName(rx.spans, 'execute_tool Bash');
  assert.ok(bash);
  assert.is(bash!.traceId, s1.traceId);
  assert.is(bash!.parentSpanId, s1.spanId);
  assert.is(nanoToMs(bash!.startTimeUnixNano), Date.parse('2026-11-20T10:00:01.000Z'));
  assert.is(durationMs(bash!), 250);
  assert.equal(attrs(bash!.attributes), {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': 'Bash',
    'gen_ai.tool.call.id': 'T1',
    '2l.agent.id': 'main',
    '2l.phase': 'unknown',
    'session.id': 'S1',
    '2l.duration_ms': 240,
  });
  assert.is(bash!.status.code, 0);

  const [read] = byName(rx.spans, 'execute_tool Read');
  assert.is(read!.parentSpanId, s1.spanId);
  assert.is(read!.status.code, 2);
  assert.is(read!.status.message, 'ENOENT: no such file');
  assert.is(durationMs(read!), 500);

  const [grep] = byName(rx.spans, 'execute_tool Grep');
  assert.is(grep!.parentSpanId, s1.spanId);
  assert.is(nanoToMs(grep!.endTimeUnixNano), Date.parse('2026-11-20T10:00:03.000Z'));
  assert.is(durationMs(grep!), 100, 'a completion without its start spans duration_ms');

  assert.equal(
    rx.logs.map((l) => value(l.body)),
    bodies,
  );
  const logOf = (body: string) => rx.logs.find((l) => value(l.body) === body)!;
  assert.is(logOf('Bash: ls').spanId, bash!.spanId);
  assert.is(logOf('Bash ok').spanId, bash!.spanId);
  assert.is(logOf('session started').spanId, s1.spanId);
  assert.is(logOf('Read failed').severityText, 'ERROR');
  assert.is(logOf('Read failed').eventName, '2l.tool_error');
  assert.is(attrs(logOf('Read failed').attributes)['error.message'], 'ENOENT: no such file');
  assert.is(nanoToMs(logOf('Bash ok').timeUnixNano), Date.parse('2026-11-20T10:00:01.250Z'));
  const plan = logOf('<script>alert(1)</script> plan');
  assert.is(plan.traceId ?? '', '', 'an event outside any session is not tied to a trace');
  assert.is(attrs(plan.attributes)['2l.source'], 'emit');
});

sent('through the 2l dispatcher, limited to one session', async () => {
  const { dir } = fixture();
  const r = await runNode(
    [
      TWOL,
      'export',
      '--otlp',
      `${rx.url.replace('//', '//me:hunter2@')}/v1/traces`,
      '--session',
      'S2',
      '--json',
      '--header',
      'x-team=red',
    ],
    {
      cwd: dir,
      env: { ...process.env, CLAUDE_PROJECT_DIR: '', OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc' },
    },
  );
  assert.is(r.stderr, '');
  assert.is(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.equal(
    {
      sessions: out.sessions,
      tool_spans: out.tool_spans,
      logs: out.logs,
      sent: out.sent,
      traces_url: out.traces_url,
      malformed: out.malformed,
    },
    {
      sessions: 1,
      tool_spans: 0,
      logs: 2,
      sent: { spans: 1, logs: 2, metric_points: 0 },
      traces_url: `${rx.url}/v1/traces`,
      malformed: 2,
    },
  );
  assert.is(out.endpoint, `${rx.url.replace('//', '//me:[REDACTED]@')}/v1/traces`);
  assert.not.ok(r.stdout.includes('hunter2'));
  assert.equal(
    rx.requests.map((q) => [q.path, q.headers['x-team'], q.headers['x-api-key'], q.headers.authorization]).sort(),
    [
      ['/v1/logs', 'red', 'abc', `Basic ${Buffer.from('me:hunter2').toString('base64')}`],
      ['/v1/traces', 'red', 'abc', `Basic ${Buffer.from('me:hunter2').toString('base64')}`],
    ],
  );
  assert.equal(
    rx.spans.map((s) => attrs(s.attributes)['session.id']),
    ['S2'],
  );
  assert.equal(
    rx.logs.map((l) => value(l.body)),
    ['second session', 'S2 done'],
  );
});

sent('--since keeps recent events only', async () => {
  const dir = tempDir('export-since');
  fs.mkdirSync(path.join(dir, '.2L'));
  const recent = new Date(Date.now() - 60_000).toISOString();
  fs.writeFileSync(
    path.join(dir, '.2L', 'events.jsonl'),
    [ev('2020-01-01T00:00:00.000Z', 'stop', 'old', { session_id: 'A' }), ev(recent, 'stop', 'new', { session_id: 'B' })]
      .map(line)
      .join(''),
  );
  const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir, '--since', '1h']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(
    rx.logs.map((l) => value(l.body)),
    ['new'],
  );
  assert.equal(
    rx.spans.map((s) => attrs(s.attributes)['session.id']),
    ['B'],
  );
});

sent('more items than the SDK queue holds all arrive', async () => {
  const dir = tempDir('export-many');
  fs.mkdirSync(path.join(dir, '.2L'));
  const t0 = Date.parse('2026-11-20T10:00:00.000Z');
  let text = '';
  for (let i = 0; i < 3000; i++) {
    const id = { session_id: 'S', tool_name: 'Bash', tool_use_id: `T${i}` };
    text += line(ev(new Date(t0 + i * 10).toISOString(), 'tool_start', `s${i}`, id));
    text += line(ev(new Date(t0 + i * 10 + 5).toISOString(), 'tool_complete', `c${i}`, { ...id, duration_ms: 5 }));
  }
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), text);
  const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir, '--json']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).sent, { spans: 3001, logs: 6000, metric_points: 1 });
  assert.is(rx.spans.length, 3001);
  assert.is(rx.logs.length, 6000);
  assert.ok(rx.spans.filter((s) => s.name === 'execute_tool Bash').every((s) => durationMs(s) === 5));
});

sent('the bundle is self-contained: it runs from a folder without node_modules', async () => {
  const { dir } = fixture();
  const lone = tempDir('export-lone');
  fs.copyFileSync(EXPORT, path.join(lone, 'export.mjs'));
  const r = await runNode([path.join(lone, 'export.mjs'), '--otlp', rx.url, '--project', dir, '--json'], { cwd: lone });
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).sent, { spans: 5, logs: 10, metric_points: 3 });
  assert.is(rx.spans.length, 5);
});

sent('--dry-run sends nothing', async () => {
  const { dir } = fixture();
  const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir, '--dry-run']);
  assert.is(r.code, 0, r.stderr);
  assert.is(
    r.stdout,
    'export (dry run): would send 5 spans (2 sessions, 3 tool calls) and 10 logs from 10 events in 2 files.\nwould send 3 metric points (cumulative from 2026-11-20T10:00:00.000Z to 2026-11-20T10:00:07.000Z).\nskipped 2 malformed lines.\n',
  );
  assert.is(rx.requests.length, 0);
});

sent('an empty or missing log sends nothing', async () => {
  for (const make of [(d: string) => fs.writeFileSync(path.join(d, '.2L', 'events.jsonl'), ''), () => {}]) {
    const dir = tempDir('export-empty');
    fs.mkdirSync(path.join(dir, '.2L'));
    make(dir);
    const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir]);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout, `export: no events to export in \`${path.join(dir, '.2L', 'events.jsonl')}\`; nothing sent.\n`);
  }
  assert.is(rx.requests.length, 0);
});

sent('a receiver that refuses the data is reported with its status', async () => {
  const { dir } = fixture();
  rx.status = 400;
  const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir]);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(
    r.stderr,
    new RegExp(`^export: could not send to \`${rx.url}/v1/(traces|logs)\`: the receiver answered HTTP 400 `),
  );
});
sent('exporting twice sends the same span ids and log uids; a subagent nests under its Agent call', async () => {
  const dir = tempDir('export-twice');
  fs.mkdirSync(path.join(dir, '.2L'));
  const S = { session_id: 'S9' };
  const agentCall = {
    ...S,
    tool_name: 'Agent',
    tool_use_id: 'TA',
    payload: { tool_input: { subagent_type: 'general-purpose' } },
  };
  const sub = { ...S, agent_id: 'ag1', agent_type: 'general-purpose' };
  fs.writeFileSync(
    path.join(dir, '.2L', 'events.jsonl'),
    [
      ev('2026-11-20T10:00:00.000Z', 'session_start', 'start', S),
      ev('2026-11-20T10:00:01.000Z', 'tool_start', 'Agent: x', agentCall),
      ev('2026-11-20T10:00:01.020Z', 'tool_complete', 'Agent: x', {
        ...agentCall,
        payload: { ...agentCall.payload, tool_response: { status: 'async_launched', agentId: 'ag1' } },
      }),
      ev('2026-11-20T10:00:01.100Z', 'agent_start', 'sub started', sub),
      ev('2026-11-20T10:00:01.200Z', 'tool_start', 'Bash: ls', { ...sub, tool_name: 'Bash', tool_use_id: 'TB' }),
      ev('2026-11-20T10:00:01.300Z', 'tool_complete', 'Bash ok', { ...sub, tool_name: 'Bash', tool_use_id: 'TB' }),
      ev('2026-11-20T10:00:01.400Z', 'agent_complete', 'sub done', sub),
      ev('2026-11-20T10:00:02.000Z', 'stop', 'done', S),
    ]
      .map(line)
      .join(''),
  );
  const once = async () => {
    const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir]);
    assert.equal([r.code, r.stderr], [0, '']);
    return r.stdout;
  };
  assert.match(await once(), /^export: sent 4 spans \(1 session, 1 subagent, 2 tool calls\) and 8 logs/);
  const first = { spans: [...rx.spans], logs: [...rx.logs] };
  await once();
  const second = { spans: rx.spans.slice(first.spans.length), logs: rx.logs.slice(first.logs.length) };
  const spanIds = (list: RSpan[]) => list.map((s) => `${s.traceId}/${s.spanId}/${s.parentSpanId ?? ''}`).sort();
  const uids = (list: typeof rx.logs) => list.map((l) => attrs(l.attributes)['log.record.uid']).sort();
  assert.equal(spanIds(second.spans), spanIds(first.spans));
  assert.equal(uids(second.logs), uids(first.logs));
  assert.is(new Set(uids(first.logs)).size, 8);

  const one = (name: string) => first.spans.find((s) => s.name === name)!;
  const [session, call, agent, bash] = [
    one('session'),
    one('execute_tool Agent'),
    one('invoke_agent general-purpose'),
    one('execute_tool Bash'),
  ];
  assert.equal(new Set(first.spans.map((s) => s.traceId)).size, 1, 'one session, one trace');
  assert.equal(
    [session.parentSpanId ?? '', call.parentSpanId, agent.parentSpanId, bash.parentSpanId],
    ['', session.spanId, call.spanId, agent.spanId],
  );
  const log = first.logs.find((l) => value(l.body) === 'Bash ok')!;
  assert.equal([log.traceId, log.spanId], [bash.traceId, bash.spanId]);
});
/** Every metric data point received, flattened: name, temporality, times, attributes and figures. */
function points(r: Receiver) {
  return r.metrics.flatMap(({ name, data }) => {
    const body = (data.histogram ?? data.sum ?? data.gauge) as {
      dataPoints: Array<Record<string, unknown>>;
      aggregationTemporality?: number;
    };
    return body.dataPoints.map((p) => ({
      name,
      temporality: body.aggregationTemporality,
      start: p.startTimeUnixNano,
      time: p.timeUnixNano,
      attributes: attrs(p.attributes as never),
      count: p.count === undefined ? undefined : Number(p.count),
      sum: p.sum,
      value: p.asDouble ?? (p.asInt === undefined ? undefined : Number(p.asInt)),
    }));
  });
}
const CUMULATIVE = 2; // AGGREGATION_TEMPORALITY_CUMULATIVE in OTLP
/** One session's cumulative cost figures, as cost-turn.ts writes them. */
const FIG = {
  tokens: { input: 10, output: 5, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
  usd: 0.25,
  usd_by_kind: { input: 0.05, output: 0.2, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
  unpriced_tokens: 0,
  requests: 1,
};

sent(
  'metrics: the same as the live export, cumulative from the first event; a re-export repeats the same points',
  async () => {
    const { dir } = fixture();
    fs.appendFileSync(
      path.join(dir, '.2L', 'events.jsonl'),
      '\n' +
        line(
          ev('2026-11-20T10:00:08.000Z', 'cost_update', 'cost', {
            session_id: 'S1',
            payload: {
              cumulative: { totals: FIG, agents: { main: FIG }, models: { 'claude-x': { ...FIG, priced: true } } },
            },
          }),
        ),
    );
    const once = async () => {
      const r = await runNode([EXPORT, '--otlp', rx.url, '--project', dir, '--json']);
      assert.equal([r.code, r.stderr], [0, '']);
      return JSON.parse(r.stdout);
    };
    const out = await once();
    const first = points(rx);
    const start = String(Date.parse('2026-11-20T10:00:00.000Z') * 1_000_000);
    const end = String(Date.parse('2026-11-20T10:00:08.000Z') * 1_000_000);
    assert.ok(first.length > 0);
    assert.is(out.metric_points, first.length);
    for (const p of first) {
      assert.equal([p.start, p.time], [start, end], `${p.name}: times are the events', not the export's`);
      if (p.name !== '2l.alert.state') assert.is(p.temporality, CUMULATIVE, p.name);
    }
    const tool = (name: string) =>
      first.find((p) => p.name === '2l.tool.duration' && p.attributes['gen_ai.tool.name'] === name)!;
    assert.equal([tool('Bash').count, tool('Bash').sum, tool('Bash').attributes['2l.outcome']], [1, 240, 'ok']);
    assert.equal([tool('Read').count, tool('Read').sum, tool('Read').attributes['2l.outcome']], [1, 480, 'error']);
    const tokens = first.filter((p) => p.name === '2l.tokens').map((p) => [p.attributes['2l.token.kind'], p.value]);
    assert.equal(tokens.sort(), [
      ['input', 10],
      ['output', 5],
    ]);
    assert.equal(
      first.filter((p) => p.name === '2l.cost').map((p) => [p.attributes['gen_ai.request.model'], p.value]),
      [['claude-x', 0.25]],
    );
    const resource = rx.metrics.length > 0 && rx.spans[0]!.resource;
    assert.match(String((resource as Record<string, unknown>)['service.instance.id']), /^2l-export-[0-9a-f]{16}$/);

    // Again over the same log: the very same points, so a backend keeps one value, not a doubled counter.
    rx.metrics.length = 0;
    await once();
    const key = (list: typeof first) => list.map((p) => JSON.stringify(p)).sort();
    assert.equal(key(points(rx)), key(first));

    // After more events: the same start time, a later time, the counter continued (a backend sees no reset).
    fs.appendFileSync(
      path.join(dir, '.2L', 'events.jsonl'),
      line(
        ev('2026-11-20T10:00:09.000Z', 'tool_complete', 'Bash ok', {
          session_id: 'S2',
          tool_name: 'Bash',
          tool_use_id: 'T9',
          duration_ms: 60,
        }),
      ),
    );
    rx.metrics.length = 0;
    await once();
    const bash = points(rx).find((p) => p.name === '2l.tool.duration' && p.attributes['gen_ai.tool.name'] === 'Bash')!;
    assert.equal([bash.start, bash.count, bash.sum], [start, 2, 300]);
    assert.is(bash.time, String(Date.parse('2026-11-20T10:00:09.000Z') * 1_000_000));
  },
);

sent.run();

const bad = suite('export: bad input');
const project = tempDir('export-bad');
const closedPort = async () => {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
};
fs.mkdirSync(path.join(project, '.2L'));
fs.writeFileSync(
  path.join(project, '.2L', 'events.jsonl'),
  line(ev('2026-11-20T10:00:00.000Z', 'stop', 'x', { session_id: 'S' })),
);

bad('an unreachable receiver fails within --timeout, naming the URL', async () => {
  const port = await closedPort();
  const t = Date.now();
  const r = await runNode([EXPORT, '--otlp', `http://127.0.0.1:${port}`, '--project', project, '--timeout', '400']);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.is(
    r.stderr,
    `export: could not send to \`http://127.0.0.1:${port}/v1/traces\`: connect ECONNREFUSED 127.0.0.1:${port} (0 spans and 0 logs were accepted before that)\n`,
  );
  assert.ok(Date.now() - t < 5000);
});

bad('a receiver that never answers fails after --timeout', async () => {
  const silent = http.createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const { port } = silent.address() as AddressInfo;
  try {
    const r = await runNode([EXPORT, '--otlp', `http://127.0.0.1:${port}`, '--project', project, '--timeout', '300']);
    assert.is(r.code, 1);
    assert.match(
      r.stderr,
      new RegExp(
        `^export: could not send to \`http://127\\.0\\.0\\.1:${port}/v1/(traces|logs)\`: no answer within 300 ms \\(raise \`--timeout\`\\?\\) \\(0 spans and 0 logs were accepted before that\\)\n$`,
      ),
    );
  } finally {
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  }
});

const usage: Array<[string[], string]> = [
  [
    ['--otlp', 'ftp://example.com'],
    'export: `--otlp` must be an http(s) URL, got `ftp:` (OTLP/HTTP, usually port 4318)\n',
  ],
  [
    ['--otlp', 'localhost:4318'],
    'export: `--otlp` must be an http(s) URL, got `localhost:` (OTLP/HTTP, usually port 4318)\n',
  ],
  [['--otlp', 'not a url'], 'export: `--otlp` must be an http(s) URL, got `not a url`\n'],
  [[], 'export: `--otlp URL` is required (or `--dry-run`)\n'],
  [
    ['--dry-run', '--since', '5 minutes'],
    'export: `--since`: `5 minutes` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `5 minutes`)\n',
  ],
  [['--dry-run', '--timeout', '5'], 'export: `--timeout` is milliseconds between 100 and 600000\n'],
  [['--dry-run', '--header', 'novalue'], 'export: `--header` takes KEY=VALUE\n'],
  [['--dry-run', 'extra'], 'export: unexpected argument `extra` (see --help)\n'],
  [['--dry-run', '--bogus'], 'export: unknown option `--bogus` (see --help)\n'],
  [['--dry-run', '--since'], 'export: option `--since` needs a value (see --help)\n'],
];
for (const [args, stderr] of usage) {
  bad(`exit 2: ${args.join(' ') || '(no arguments)'}`, async () => {
    const r = await runNode([EXPORT, ...args, '--project', project]);
    assert.is(r.stderr, stderr);
    assert.is(r.code, 2);
    assert.is(r.stdout, '');
  });
}

bad('a log that cannot be read is exit 1 naming the file', async () => {
  const dir = tempDir('export-dir');
  fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl'), { recursive: true });
  const r = await runNode([EXPORT, '--dry-run', '--project', dir]);
  assert.is(r.code, 1);
  assert.is(
    r.stderr,
    `export: cannot read the event log \`${path.join(dir, '.2L', 'events.jsonl')}\`: is not a regular file (a device, FIFO or socket); 2L reads only regular files (remove it)\n`,
  );
});

bad('--help', async () => {
  const r = await runNode([EXPORT, '--help']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: 2l export --otlp URL \[options\]/);
  assert.match(r.stdout, /Exit codes: 0 sent/);
});
bad.run();

const planted = suite('export: what a repository plants under .2L is never read');
for (const where of ['events.jsonl', 'events-20261120T100000000Z.jsonl']) {
  for (const p of PLANTS) {
    planted(`${where} is ${p.name}: exit 1, one line naming the file, nothing sent`, async () => {
      const outside = victim();
      const dir = tempDir('export-planted');
      fs.mkdirSync(path.join(dir, '.2L'));
      fs.writeFileSync(
        path.join(dir, '.2L', 'events.jsonl'),
        line(ev('2026-11-20T10:00:00.000Z', 'stop', 'x', { session_id: 'S' })),
      );
      const file = path.join(dir, '.2L', where);
      fs.rmSync(file, { force: true });
      p.plant(file, outside);
      const r = await runNode([EXPORT, '--dry-run', '--json', '--project', dir], { timeoutMs: 15_000 });
      assert.equal([r.code, r.stdout], [1, '']);
      assert.match(
        r.stderr,
        new RegExp(
          `^export: cannot read the event log \`${file.replace(/[.]/g, '\\.')}\`: ${p.refused.source}[^\\n]*\\n$`,
        ),
      );
      assert.ok(outside.unchanged());
    });
  }
}
planted('.2L is a link to another folder: refused, nothing read there', async () => {
  const outside = victim();
  fs.writeFileSync(
    path.join(outside.dir, 'events.jsonl'),
    line(ev('2026-11-20T10:00:00.000Z', 'stop', SECRET, { session_id: 'S' })),
  );
  const dir = tempDir('export-planted');
  fs.symlinkSync(outside.dir, path.join(dir, '.2L'));
  const r = await runNode([EXPORT, '--dry-run', '--json', '--project', dir], { timeoutMs: 15_000 });
  assert.equal([r.code, r.stdout], [1, '']);
  assert.match(r.stderr, new RegExp(`^export: cannot read the event log folder \`${dir}/\\.2L\`: ${SYMLINK.source}`));
  assert.not.match(r.stderr, SECRET);
});
planted.run();
