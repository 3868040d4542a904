/**
 * Black box: the built dashboard server (dist/dashboard-server.mjs, started as
 * `/2l-dashboard` starts it) with the live OTLP export switched on through the
 * environment and through the user's config, against a loopback receiver; and
 * the built `status` showing the export's figures (sent, dropped, retrying).
 * Waits poll for a property with a generous deadline that only turns a hang
 * into a failure; nothing is timed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendEvent } from '../../lib/events/writer.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { tempDir } from '../util/claude.ts';
import { apiOtlp, assertOnce, pollUntil, assertSessionTree, logUids, sessionEvents } from '../util/otlp-fixtures.ts';
import { startReceiver, type Receiver } from '../util/otlp-receiver.ts';
import { runDist } from '../util/run-dist.ts';

const DEADLINE_MS = 60_000;
/** Short retry waits and a metrics export on every batch: the flags the server takes for this. */
const FAST = ['--otlp-backoff-max-ms', '200', '--otlp-metrics-ms', '50'];

const until = <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>) =>
  pollUntil(what, probe, DEADLINE_MS);

interface Scene {
  project: string;
  home: string;
  config: string;
  env: Record<string, string>;
  stderr: string;
}
function scene(extraEnv: (rx: Receiver) => Record<string, string>, rx: Receiver): Scene {
  const root = tempDir('dash-otlp');
  const project = path.join(root, 'proj');
  const home = path.join(root, 'home');
  const config = path.join(root, 'claude');
  for (const d of [project, home, config]) fs.mkdirSync(d);
  fs.mkdirSync(path.join(project, '.2L'), { mode: 0o700 });
  return {
    project,
    home,
    config,
    env: { HOME: home, CLAUDE_CONFIG_DIR: config, ...extraEnv(rx) },
    stderr: path.join(root, 'server.err'),
  };
}
const start = (s: Scene) =>
  startBuiltDashboard(s.project, {
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...s.env },
    stderrFile: s.stderr,
    args: FAST,
  });
async function statusJson(s: Scene): Promise<Record<string, any>> {
  const r = await runDist('status', ['--json', '--no-alerts', '--project', s.project], {
    cwd: s.project,
    home: s.home,
    env: s.env,
  });
  assert.is(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}
async function statusTable(s: Scene): Promise<string> {
  const r = await runDist('status', ['--no-alerts', '--project', s.project], {
    cwd: s.project,
    home: s.home,
    env: s.env,
  });
  assert.is(r.code, 0, r.stderr);
  return r.stdout;
}
const write = (s: Scene, sid: string) => {
  for (const e of sessionEvents(sid)) appendEvent(s.project, e);
};

const on = suite('built dashboard server: live OTLP switched on');
const sources: Array<[string, (rx: Receiver) => Record<string, string>, (s: Scene, rx: Receiver) => void, string]> = [
  ['OTEL_EXPORTER_OTLP_ENDPOINT', (rx) => ({ OTEL_EXPORTER_OTLP_ENDPOINT: rx.url }), () => {}, 'environment'],
  [
    "the user's config (with the resource's user omitted and host hashed)",
    () => ({}),
    (s, rx) => {
      fs.mkdirSync(path.join(s.config, '2l'));
      fs.writeFileSync(
        path.join(s.config, '2l', 'config.yaml'),
        `otlp:\n  endpoint: ${rx.url}\n  resource: { user: omit, host: hash }\n`,
      );
    },
    'user config',
  ],
];
for (const [name, env, prepare, source] of sources)
  on(`through ${name}: spans nest, every event is a log, metrics arrive; /api/otlp and status agree`, async () => {
    const rx = await startReceiver();
    const s = scene(env, rx);
    prepare(s, rx);
    let d: BuiltDashboard | undefined;
    try {
      d = await start(s);
      // The first start begins at the end of the log: these are new events.
      await until('the exporter has started', async () => (await apiOtlp(d!)).enabled);
      write(s, 'S1');
      await until('10 logs', () => rx.logs.length >= 10);
      await until('5 spans', () => rx.spans.length >= 5);
      await until('metrics', () => rx.metrics.some((m) => m.name === '2l.tool.duration'));
      assertSessionTree(rx.spans, 'S1');
      assert.is(rx.logs.length, 10);
      assertOnce(logUids(rx), 'a log uid');
      const resource = rx.spans[0]!.resource;
      if (source === 'user config') {
        assert.is(resource['user.name'], undefined);
        assert.match(String(resource['host.name']), /^[0-9a-f]{16}$/);
      } else assert.is(typeof resource['user.name'], 'string');

      const api = await until('the server counted what it sent', async () => {
        const a = await apiOtlp(d!);
        return a.sent.logs === 10 && a;
      });
      assert.equal(
        [api.enabled, api.source, api.endpoint, api.dropped, api.retrying],
        [true, source, rx.url, 0, false],
      );
      const st = (await statusJson(s)).otlp;
      assert.equal(
        [st.endpoint, st.source, st.server_running, st.status.sent.spans, st.status.sent.logs, st.status.dropped],
        [rx.url, source, true, 5, 10, 0],
      );
      assert.match(
        await statusTable(s),
        new RegExp(
          `\\nOTLP → ${rx.url.replace(/\./g, '\\.')}: 5 spans, 10 logs, \\d+ metric exports sent · 0 dropped · server running\\n`,
        ),
      );
      await d.close();
      assert.is((await statusJson(s)).otlp.server_running, false, 'a stopped server is not shown as running');
    } finally {
      await d?.close();
      await rx.close();
    }
  });

on(
  'a receiver answering 503 shows as retrying in /api/otlp and status; when it is back, every event arrives once',
  async () => {
    const rx = await startReceiver();
    const s = scene((r) => ({ OTEL_EXPORTER_OTLP_ENDPOINT: r.url }), rx);
    let d: BuiltDashboard | undefined;
    try {
      d = await start(s);
      await until('the exporter has started', async () => (await apiOtlp(d!)).enabled);
      rx.status = 503;
      write(s, 'S1');
      const api = await until('retrying', async () => {
        const a = await apiOtlp(d!);
        return a.retrying && a;
      });
      assert.match(api.last_error, /503/);
      const st = (await statusJson(s)).otlp.status;
      assert.equal([st.retrying, /503/.test(st.last_error)], [true, true]);
      assert.match(await statusTable(s), /· retrying \(traces: .*503.*\) · server running/);
      write(s, 'S2'); // more events while it is down: they wait on disk
      rx.status = 200;
      await until('20 logs', () => rx.logs.length >= 20);
      await until('the retry is over', async () => !(await apiOtlp(d!)).retrying);
      assert.is(rx.logs.length, 20);
      assertOnce(logUids(rx), 'a log uid');
      assertOnce(
        rx.spans.map((sp) => sp.spanId),
        'a span id',
      );
      assertSessionTree(rx.spans, 'S1');
      assertSessionTree(rx.spans, 'S2');
      assert.is((await apiOtlp(d)).dropped, 0);
    } finally {
      await d?.close();
      await rx.close();
    }
  },
);

on("an endpoint planted by the repository's .claude/settings.json sends nothing, and the server says why", async () => {
  const rx = await startReceiver();
  const s = scene((r) => ({ OTEL_EXPORTER_OTLP_ENDPOINT: r.url }), rx);
  // Claude Code passes a project's `env` to what it runs: the variable is in the server's environment too.
  fs.mkdirSync(path.join(s.project, '.claude'));
  fs.writeFileSync(
    path.join(s.project, '.claude', 'settings.json'),
    JSON.stringify({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.url } }),
  );
  let d: BuiltDashboard | undefined;
  try {
    d = await start(s);
    write(s, 'S1');
    assert.equal(await apiOtlp(d), { enabled: false });
    const st = await statusJson(s);
    assert.is(st.otlp, undefined, 'status shows no export either');
    await d.close();
    assert.match(fs.readFileSync(s.stderr, 'utf8'), /OTEL_EXPORTER_OTLP_ENDPOINT comes from this repository/);
    assert.is(rx.requests.length, 0);
  } finally {
    await d?.close();
    await rx.close();
  }
});
on.run();
