import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hostAllowed, startServer, type RunningServer } from '../lib/dashboard-server.ts';
import { readTail } from '../lib/dashboard-feed.ts';
import { newEvent } from '../lib/event-format.ts';
import { appendEvent } from '../lib/event-writer.ts';
import { tempDir } from './util/claude.ts';
import { openSse, rawRequest, request } from './util/http.ts';

async function project(lines: string[] = []): Promise<{ dir: string; log: string }> {
  const dir = tempDir('dash');
  const log = path.join(dir, '.2L', 'events.jsonl');
  if (lines.length > 0) {
    fs.mkdirSync(path.dirname(log), { recursive: true });
    fs.writeFileSync(log, lines.map((l) => `${l}\n`).join(''));
  }
  return { dir, log };
}

function ev(type: string, data: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...newEvent(type, data), ...extra });
}

const running: RunningServer[] = [];
const streams: Array<{ close(): void }> = [];

/** Every server and stream a test opens is closed in `after`, even when the test fails. */
async function serve(dir: string, extra: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const srv = await startServer({ project: dir, ports: [0], pollMs: 50, ...extra });
  running.push(srv);
  return srv;
}

async function stream(port: number, route?: string, headers?: Record<string, string>) {
  const c = await openSse(port, route, headers);
  streams.push(c);
  return c;
}

const hosts = suite('Host header check');
const hostCases: Array<[string | undefined, boolean]> = [
  ['127.0.0.1:4000', true],
  ['localhost:4000', true],
  ['LOCALHOST:4000', true],
  ['[::1]:4000', true],
  ['127.0.0.1', true],
  ['localhost.', true],
  ['127.0.0.1:4001', false],
  ['evil.example:4000', false],
  ['localhost.evil.example:4000', false],
  ['127.0.0.1.nip.io:4000', false],
  ['0.0.0.0:4000', false],
  ['', false],
  [undefined, false],
  ['127.0.0.1:4000@evil', false],
];
for (const [host, ok] of hostCases) hosts(`${JSON.stringify(host)} -> ${ok}`, () => assert.is(hostAllowed(host, 4000), ok));
hosts.run();

const http = suite('dashboard server over HTTP');
let s: RunningServer;
let p: { dir: string; log: string };
http.before(async () => {
  p = await project([ev('plan_start', 'Build it'), '{not json', ev('tool_complete', 'ls', { tool_name: 'Bash', duration_ms: 12, source: 'hook' })]);
  s = await serve(p.dir);
});
http.after(() => s.close());

http('binds 127.0.0.1 only', () => {
  const addr = (s as unknown as { port: number }).port;
  assert.ok(addr > 0);
  const ss = spawnSync('ss', ['-Hltn', `sport = :${addr}`], { encoding: 'utf8' });
  if (ss.status === 0) {
    const listeners = ss.stdout.trim().split('\n').filter(Boolean);
    assert.is(listeners.length, 1);
    assert.match(listeners[0]!, /127\.0\.0\.1:\d+/);
  }
});
http('page, state, summary, metrics, identity answer 200', async () => {
  const page = await request(s.port, '/');
  assert.is(page.status, 200);
  assert.match(page.headers['content-type'] ?? '', /text\/html/);
  assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
  assert.not.match(page.body, /https?:\/\/(?!www\.w3\.org)/); // nothing loaded from elsewhere
  const state = JSON.parse((await request(s.port, '/api/state')).body);
  assert.is(state.seq, 2);
  assert.is(state.events.length, 2);
  assert.is(state.summary.malformed, 1);
  assert.is(state.log.exists, true);
  const summary = JSON.parse((await request(s.port, '/api/summary')).body);
  assert.is(summary.events, 2);
  assert.is(summary.tools[0].tool, 'Bash');
  const metrics = await request(s.port, '/metrics');
  assert.match(metrics.headers['content-type'] ?? '', /version=0\.0\.4/);
  assert.match(metrics.body, /^twol_tool_calls_total\{tool="Bash"\} 1$/m);
  assert.match(metrics.body, /^twol_malformed_lines_total 1$/m);
  const lint = spawnSync('promtool', ['check', 'metrics'], { input: metrics.body, encoding: 'utf8' });
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  const id = JSON.parse((await request(s.port, '/api/identity')).body);
  assert.equal([id.app, id.instance, id.pid, id.project], ['2l-dashboard', s.instance, process.pid, p.dir]);
  assert.not.ok(JSON.stringify(id).includes(s.token));
});
http('foreign Host is refused on every route', async () => {
  for (const route of ['/', '/api/state', '/api/stream', '/metrics', '/api/identity']) {
    const r = await request(s.port, route, { host: 'attacker.example' });
    assert.is(r.status, 403, route);
    assert.not.match(r.body, /Bash|plan_start/);
  }
});
http('no CORS header, even when asked', async () => {
  const r = await request(s.port, '/api/state', { headers: { origin: 'http://attacker.example' } });
  assert.is(r.status, 200);
  for (const h of Object.keys(r.headers)) assert.not.match(h, /^access-control-/);
  const pre = await request(s.port, '/api/state', { method: 'OPTIONS', headers: { origin: 'http://attacker.example', 'access-control-request-method': 'GET' } });
  assert.is(pre.status, 405);
  for (const h of Object.keys(pre.headers)) assert.not.match(h, /^access-control-/);
});
const traversal = [
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2E%2E%2Fetc%2Fpasswd',
  '/..%2f..%2fetc/passwd',
  '//etc/passwd',
  '/.2L/events.jsonl',
  '/events.jsonl',
  '/api/../.2L/events.jsonl',
  '/index.html/../../etc/passwd',
  '/%00',
];
for (const route of traversal) {
  http(`traversal ${route} is 404`, async () => {
    const got = await rawRequest(s.port, `GET ${route} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
    assert.match(got, /^HTTP\/1\.1 404 /);
    assert.not.match(got, /root:|plan_start/);
  });
}
http('absolute-form and asterisk targets are refused', async () => {
  for (const target of ['http://127.0.0.1/etc/passwd', '/etc/passwd', '*']) {
    const got = await rawRequest(s.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
    assert.match(got, /^HTTP\/1\.1 40[04] /, target);
    assert.not.match(got, /root:/);
  }
});
http('shutdown needs the token', async () => {
  assert.is((await request(s.port, '/api/shutdown', { method: 'POST' })).status, 403);
  assert.is((await request(s.port, '/api/shutdown', { method: 'POST', headers: { 'x-2l-token': 'guess' } })).status, 403);
  assert.is((await request(s.port, '/api/shutdown')).status, 405);
  assert.is((await request(s.port, '/api/identity')).status, 200);
});
http.run();

const live = suite('dashboard server streams the log');
live('new events arrive over SSE with increasing ids, then a summary', async () => {
  const { dir, log } = await project([ev('plan_start', 'x')]);
  const srv = await serve(dir);
  const sse = await stream(srv.port);
  appendEvent(dir, newEvent('phase_change', 'building', { phase: 'building' }));
  fs.appendFileSync(log, '{"broken": \n');
  appendEvent(dir, newEvent('agent_start', '<img src=x onerror=alert(1)>', { agent_id: 'builder-1' }));
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 2);
  const msgs = sse.frames.filter((x) => x.event === 'message');
  assert.equal(msgs.map((m) => m.id), ['2', '3']);
  assert.is(JSON.parse(msgs[1]!.data).data, '<img src=x onerror=alert(1)>');
  await sse.waitFor((f) => f.some((x) => x.event === 'summary' && JSON.parse(x.data).events === 3));
  const last = JSON.parse(sse.frames.filter((x) => x.event === 'summary').pop()!.data);
  assert.is(last.malformed, 1);
  assert.is(last.plan.phase, 'building');
  sse.close();
  await srv.close();
});
live('a reconnect with Last-Event-ID gets only what it missed', async () => {
  const { dir } = await project([ev('a_one', '1'), ev('a_two', '2'), ev('a_three', '3')]);
  const srv = await serve(dir);
  await srv.feed.loaded;
  const sse = await stream(srv.port, '/api/stream', { 'last-event-id': '1' });
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 2);
  assert.equal(sse.frames.filter((x) => x.event === 'message').map((m) => JSON.parse(m.data).event_type), ['a_two', 'a_three']);
  const gone = await stream(srv.port, '/api/stream?since=0&epoch=7');
  await gone.waitFor((f) => f.some((x) => x.event === 'reset'));
  sse.close();
  gone.close();
  await srv.close();
});
live('rotation is followed without losing or repeating events', async () => {
  const { dir, log } = await project([ev('before', 'b')]);
  const srv = await serve(dir);
  const sse = await stream(srv.port);
  fs.renameSync(log, path.join(path.dirname(log), 'events-20261120T231500123Z.jsonl'));
  appendEvent(dir, newEvent('after_rotation', 'a'));
  await sse.waitFor((f) => f.some((x) => x.event === 'message'));
  await srv.feed.poke();
  const types = sse.frames.filter((x) => x.event === 'message').map((m) => JSON.parse(m.data).event_type);
  assert.equal(types, ['after_rotation']);
  assert.is(srv.feed.summary.events, 2);
  sse.close();
  await srv.close();
});
live('the writer rotating past its cap is followed', async () => {
  const { dir } = await project();
  const srv = await serve(dir);
  await srv.feed.loaded;
  const sse = await stream(srv.port);
  for (let i = 0; i < 40; i++) appendEvent(dir, newEvent('tick', `n${i} ${'x'.repeat(100)}`), { maxBytes: 1024 });
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 40, 5000);
  const seen = sse.frames.filter((x) => x.event === 'message').map((m) => JSON.parse(m.data).data.split(' ')[0]);
  assert.equal(seen, Array.from({ length: 40 }, (_, i) => `n${i}`));
  assert.ok(fs.readdirSync(path.join(dir, '.2L')).filter((n) => n.startsWith('events-')).length >= 3);
  sse.close();
  await srv.close();
});
live('truncation resets the page and the summary', async () => {
  const { dir, log } = await project([ev('old', '1'), ev('old', '2')]);
  const srv = await serve(dir);
  const sse = await stream(srv.port);
  fs.truncateSync(log, 0);
  fs.appendFileSync(log, `${ev('fresh', 'new')}\n`);
  await sse.waitFor((f) => f.some((x) => x.event === 'reset'));
  await srv.feed.poke();
  assert.is(srv.feed.summary.events, 1);
  assert.equal(Object.keys(srv.feed.summary.snapshot().by_type), ['fresh']);
  const state = JSON.parse((await request(srv.port, '/api/state')).body);
  assert.is(state.epoch, 1);
  assert.is(JSON.parse(state.events[0]).event_type, 'fresh');
  sse.close();
  await srv.close();
});
live('a project with no .2L yet serves empty state, then picks the log up', async () => {
  const { dir } = await project();
  const srv = await serve(dir);
  const state = JSON.parse((await request(srv.port, '/api/state')).body);
  assert.equal([state.log.exists, state.seq, state.events], [false, 0, []]);
  appendEvent(dir, newEvent('first', 'hello'));
  await srv.feed.poke();
  assert.is(srv.feed.seq, 1);
  await srv.close();
});
live('the tail keeps only the last N events for the first render', async () => {
  const lines = Array.from({ length: 1200 }, (_, i) => ev('tick', `n${i}`));
  const { dir } = await project(lines);
  const srv = await serve(dir, { tail: 100 });
  const state = JSON.parse((await request(srv.port, '/api/state')).body);
  assert.is(state.summary.events, 1200);
  assert.is(state.events.length, 100);
  assert.is(JSON.parse(state.events[0]).data, 'n1100');
  assert.is(JSON.parse(state.events[99]).data, 'n1199');
  await srv.close();
});
live('stops itself after the idle time with no client', async () => {
  const { dir } = await project();
  let reason = '';
  const srv = await serve(dir, { idleMs: 300, onClose: (r) => (reason = r) });
  const sse = await stream(srv.port);
  await new Promise((r) => setTimeout(r, 600));
  assert.is(reason, '', 'a connected client keeps it alive');
  sse.close();
  const end = Date.now() + 3000;
  while (!reason && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  assert.is(reason, 'idle');
});
live.after(async () => {
  for (const c of streams) c.close();
  await Promise.all(running.map((r) => r.close()));
});
live('the summary at start covers the archives, oldest first, then the live log; new events follow', async () => {
  const { dir, log } = await project([ev('tick', 'live-1'), ev('plan_complete', 'done')]);
  const state = path.dirname(log);
  // Written out of order, and the same-millisecond counter sorts numerically (-10 after -2).
  fs.writeFileSync(path.join(state, 'events-20261120T231500123Z-10.jsonl'), `${ev('phase_change', 'testing', { phase: 'testing' })}\n${ev('tick', 'a3')}\n`);
  fs.writeFileSync(path.join(state, 'events-20261120T231500123Z-2.jsonl'), `${ev('plan_start', 'Build it')}\n{oops\n${ev('phase_change', 'building', { phase: 'building' })}\n${ev('tick', 'a2')}\n{"timestamp":"cut off`);
  const srv = await serve(dir, { tail: 4 });
  const summary = JSON.parse((await request(srv.port, '/api/summary')).body);
  assert.is(summary.events, 7);
  assert.is(summary.malformed, 2, 'the bad line and the cut-off last line of an archive');
  assert.equal(summary.by_type, { plan_start: 1, phase_change: 2, tick: 3, plan_complete: 1 });
  assert.is(summary.plan.status, 'complete', 'plan_start from the oldest archive, plan_complete from the live log');
  assert.equal(summary.phases.map((p: { phase: string }) => p.phase), ['building', 'testing']);
  const st = JSON.parse((await request(srv.port, '/api/state')).body);
  assert.is(st.seq, 7);
  assert.equal(st.events.map((l: string) => JSON.parse(l).data), ['testing', 'a3', 'live-1', 'done']);
  // The follower carries on from the end of the live log: nothing is read twice.
  const sse = await stream(srv.port);
  appendEvent(dir, newEvent('tick', 'after'));
  await sse.waitFor((f) => f.some((x) => x.event === 'message'));
  assert.equal(sse.frames.filter((x) => x.event === 'message').map((m) => [m.id, JSON.parse(m.data).data]), [['8', 'after']]);
  await sse.waitFor((f) => f.some((x) => x.event === 'summary' && JSON.parse(x.data).events === 8));
  sse.close();
  await srv.close();
});
live('two projects run side by side on two ports', async () => {
  const a = await project([ev('in_a', 'a')]);
  const b = await project([ev('in_b', 'b')]);
  const sa = await serve(a.dir);
  const sb = await serve(b.dir);
  assert.is.not(sa.port, sb.port);
  assert.equal(Object.keys(JSON.parse((await request(sa.port, '/api/summary')).body).by_type), ['in_a']);
  assert.equal(Object.keys(JSON.parse((await request(sb.port, '/api/summary')).body).by_type), ['in_b']);
  await sa.close();
  await sb.close();
});
live.run();

const tail = suite('readTail: the first render of a big log');
tail('returns the last N valid events, skipping malformed lines and the cut first line', async () => {
  const { dir, log } = await project(Array.from({ length: 30_000 }, (_, i) => (i % 1000 === 999 ? '{oops' : ev('tick', `n${i}`))));
  const got = await readTail(log, 5);
  assert.equal(got.map((l) => JSON.parse(l).data), ['n29994', 'n29995', 'n29996', 'n29997', 'n29998']);
  const many = await readTail(log, 20_000);
  assert.is(many.length, 20_000, 'the window grows until it has enough');
  assert.is(JSON.parse(many[0]!).data, "n9979"); // 29,970 valid lines; the 9,970th valid one is n9979
  assert.equal(await readTail(path.join(dir, 'missing.jsonl'), 5), []);
});
tail('?early=1 answers the same state once loaded', async () => {
  const { dir } = await project([ev('a_one', '1')]);
  const srv = await serve(dir);
  await srv.feed.loaded;
  const early = JSON.parse((await request(srv.port, '/api/state?early=1')).body);
  assert.equal([early.loading, early.progress, early.seq, early.events.length], [false, 1, 1, 1]);
  await srv.close();
});
tail.run();
