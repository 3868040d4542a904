/** The live OTLP exporter against a loopback receiver: tree, restart, outage, a receiver that never answers. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendEvent } from '../../lib/events/writer.ts';
import { resolveOtlp, type OtlpTarget } from '../../lib/monitor/otlp-config.ts';
import { LiveOtlp, type LiveOtlpOptions } from '../../lib/monitor/otlp-live.ts';
import { assertOnce, assertSessionTree, eventAt, logUids, sessionEvents } from '../util/otlp-fixtures.ts';
import { startReceiver, type Receiver } from '../util/otlp-receiver.ts';

function scene() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'otlp-live-'));
  const project = path.join(root, 'proj');
  fs.mkdirSync(project);
  return { project, env: { HOME: path.join(root, 'home'), CLAUDE_CONFIG_DIR: path.join(root, 'claude') } };
}
const at = eventAt;
function session(project: string, sid = 'S'): void {
  for (const e of sessionEvents(sid)) appendEvent(project, e);
}
function target(rx: Receiver): OtlpTarget {
  const t = resolveOtlp({ projectDir: '/p/proj', env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.url }, repoEnv: {} }).target;
  assert.ok(t);
  return t;
}
function live(s: ReturnType<typeof scene>, rx: Receiver, extra: Partial<LiveOtlpOptions> = {}) {
  // Starts at the end of the log: a first start begins with what comes next.
  return new LiveOtlp({
    project: s.project,
    target: target(rx),
    env: s.env,
    metricsEveryMs: 0,
    tickMs: 60_000,
    ...extra,
  });
}
const uids = logUids;
const once = (ids: string[]) => assertOnce(ids, 'an id');

const t = suite('live OTLP export');
t(
  'spans nest session → agent → tool, every event is a log, metrics arrive; a restart sends nothing twice',
  async () => {
    const s = scene();
    const rx = await startReceiver();
    try {
      fs.mkdirSync(path.join(s.project, '.2L'));
      let x = live(s, rx);
      x.start();
      session(s.project, 'S');
      x.poke();
      await x.idle();
      assertSessionTree(rx.spans, 'S');
      assert.is(rx.logs.length, 10);
      const names = new Set(rx.metrics.map((m) => m.name));
      assert.ok(names.has('2l.tool.duration') && names.has('2l.hook.wait'), [...names].join());
      await x.close();
      // Events written while the server is down are sent after its restart (the saved position, not the
      // end of the log, is where it starts), and those sent before are not sent again.
      session(s.project, 'S2');
      x = live(s, rx);
      x.start();
      x.poke();
      await x.idle();
      await x.close();
      assert.is(rx.spans.length, 10);
      once(rx.spans.map((sp) => sp.spanId));
      assert.is(rx.logs.length, 20);
      once(uids(rx));
    } finally {
      await rx.close();
    }
  },
);
t(
  'a receiver down (503, Retry-After) then back gets every event once; the waits are the ones it asked for',
  async () => {
    const s = scene();
    const rx = await startReceiver();
    try {
      fs.mkdirSync(path.join(s.project, '.2L'));
      rx.status = 503;
      const waits: number[] = [];
      const x = live(s, rx, {
        backoff: { baseMs: 100, maxMs: 1000 },
        sleep: async (ms) => {
          waits.push(ms);
          if (waits.length === 4) rx.status = 200;
        },
      });
      x.start();
      session(s.project);
      x.poke();
      await x.idle();
      await x.close();
      assert.is(waits.length, 4);
      assert.ok(
        waits.every((w) => w >= 80 && w <= 1200),
        waits.join(),
      );
      assert.is(rx.logs.length, 10);
      once(uids(rx));
      assert.is(rx.spans.length, 5);
      assert.is(x.status.dropped, 0);
    } finally {
      await rx.close();
    }
  },
);
t('a receiver that never answers: poke returns at once, the log keeps growing, nothing is marked sent', async () => {
  const s = scene();
  const rx = await startReceiver();
  try {
    fs.mkdirSync(path.join(s.project, '.2L'));
    rx.hang = true;
    const x = live(s, rx, { timeoutMs: 60_000 });
    x.start();
    session(s.project);
    let returned = false;
    x.poke();
    returned = true; // poke is synchronous: reaching this line means it did not wait on the network
    assert.ok(returned);
    for (let i = 0; i < 50; i++) appendEvent(s.project, at(100 + i, 'plan_start'));
    assert.is(
      fs
        .readFileSync(path.join(s.project, '.2L', 'events.jsonl'), 'utf8')
        .trim()
        .split('\n').length,
      60,
    );
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(x.status.sent, { spans: 0, logs: 0, metric_exports: 0 });
    await x.close(); // gives up on the stuck request after a second, saving nothing
  } finally {
    await rx.close();
  }
});
t(
  'a backlog past its bound and a pruned file show in the status as dropped and a gap, the rest arrives once',
  async () => {
    const s = scene();
    const rx = await startReceiver();
    try {
      fs.mkdirSync(path.join(s.project, '.2L'));
      appendEvent(s.project, at(0, 'plan_start'));
      const line = Buffer.byteLength(fs.readFileSync(path.join(s.project, '.2L', 'events.jsonl')));
      let x = live(s, rx, { maxBacklogBytes: 10 * line });
      x.start(); // saves its place: the end of the log
      await x.idle();
      await x.close();
      // Down while 30 more lines are written: only the newest 10 are within the bound.
      for (let i = 1; i <= 30; i++) appendEvent(s.project, at(i, 'plan_start'));
      x = live(s, rx, { maxBacklogBytes: 10 * line });
      x.start();
      await x.idle();
      assert.is(x.status.dropped, 20);
      assert.is(rx.logs.length, 10);
      await x.close();
      // The log is rotated away and pruned before the next start: a gap, counted; the new log is sent.
      fs.unlinkSync(path.join(s.project, '.2L', 'events.jsonl'));
      for (let i = 31; i <= 33; i++) appendEvent(s.project, at(i, 'plan_start'));
      x = live(s, rx, { maxBacklogBytes: 10 * line });
      x.start();
      await x.idle();
      await x.close();
      assert.is(x.status.gaps, 1);
      assert.is(x.status.dropped, 20, 'the saved status carries over the restart');
      assert.is(rx.logs.length, 13);
      once(uids(rx));
    } finally {
      await rx.close();
    }
  },
);
t.run();

const cfg = suite('OTLP endpoint: a repository cannot choose where the events go');
const base = { projectDir: '/p/proj', repoEnv: {} as Record<string, string> };
cfg("a project's endpoint is ignored unless the user approved it", () => {
  const projectText = 'otlp:\n  endpoint: https://evil.example:4318\n';
  const r = resolveOtlp({ ...base, env: {}, projectText });
  assert.is(r.target, undefined);
  assert.match(r.notes[0]!, /not used/);
  const ok = resolveOtlp({
    ...base,
    env: {},
    projectText,
    userText: 'otlp:\n  approved_endpoints: [https://evil.example:4318]\n',
  });
  assert.is(ok.target?.urls.traces, 'https://evil.example:4318/v1/traces');
});
cfg(
  "OTEL_EXPORTER_OTLP_ENDPOINT set by the repository's .claude/settings.json is refused; the user's own is used",
  () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'https://evil.example' };
    const r = resolveOtlp({ ...base, env, repoEnv: { ...env } });
    assert.is(r.target, undefined);
    assert.match(r.notes[0]!, /settings/);
    assert.is(resolveOtlp({ ...base, env }).target?.urls.logs, 'https://evil.example/v1/logs');
  },
);
cfg('headers come from the environment only; a project cannot name them nor loosen the resource', () => {
  const r = resolveOtlp({
    ...base,
    env: { TOK: 'Bearer s3cret', OTEL_EXPORTER_OTLP_HEADERS: 'x-team=a%20b' },
    userText: 'otlp:\n  endpoint: http://c:4318\n  headers: { Authorization: TOK }\n  resource: { user: hash }\n',
    projectText: 'otlp:\n  headers: { Authorization: HOME }\n  resource: { user: plain, host: omit }\n',
    who: { user: 'alice', host: 'box' },
  });
  assert.equal(r.target?.headers.traces, { 'x-team': 'a b', Authorization: 'Bearer s3cret' });
  assert.is(r.target?.resource['host.name'], undefined);
  assert.match(String(r.target?.resource['user.name']), /^[0-9a-f]{16}$/);
  assert.is(r.target?.resource['2l.project.name'], 'proj');
});
cfg.run();
