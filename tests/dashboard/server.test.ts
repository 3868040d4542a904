import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cookieName, identityProof } from '../../lib/dashboard/auth.ts';
import { hostAllowed, startServer, type RunningServer } from '../../lib/dashboard/server.ts';
import { readTail } from '../../lib/dashboard/feed.ts';
import { newEvent } from '../../lib/events/format.ts';
import { appendEvent } from '../../lib/events/writer.ts';
import { tempDir } from '../util/claude.ts';
import { openSse, rawRequest, request } from '../util/http.ts';

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
  // The writer shares this process's event loop, so the pipeline time the alert engine would judge is the
  // test's own; the engine has its own tests (tests/monitor/live-alerts.test.ts).
  const srv = await startServer({ project: dir, ports: [0], pollMs: 50, alerts: false, ...extra });
  running.push(srv);
  return srv;
}

/** The cookie the page gets for the server's secret. */
function auth(srv: RunningServer): Record<string, string> {
  return { cookie: `${cookieName(srv.port)}=${srv.token}` };
}

/** A request as the page makes it: with the server's cookie. */
function get(srv: RunningServer, route: string, opts: Parameters<typeof request>[2] = {}) {
  return request(srv.port, route, { ...opts, headers: { ...auth(srv), ...opts.headers } });
}

async function stream(srv: RunningServer, route?: string, headers?: Record<string, string>) {
  const c = await openSse(srv.port, route, { ...auth(srv), ...headers });
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
for (const [host, ok] of hostCases)
  hosts(`${JSON.stringify(host)} -> ${ok}`, () => assert.is(hostAllowed(host, 4000), ok));
hosts.run();

const http = suite('dashboard server over HTTP');
let s: RunningServer;
let p: { dir: string; log: string };
http.before(async () => {
  p = await project([
    ev('plan_start', 'Build it'),
    '{not json',
    ev('tool_complete', 'ls', { tool_name: 'Bash', duration_ms: 12, source: 'hook' }),
  ]);
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
  const page = await get(s, '/');
  assert.is(page.status, 200);
  assert.match(page.headers['content-type'] ?? '', /text\/html/);
  assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
  assert.not.match(page.body, /https?:\/\/(?!www\.w3\.org)/); // nothing loaded from elsewhere
  const state = JSON.parse((await get(s, '/api/state')).body);
  assert.is(state.seq, 2);
  assert.is(state.events.length, 2);
  assert.is(state.summary.malformed, 1);
  assert.is(state.log.exists, true);
  const summary = JSON.parse((await get(s, '/api/summary')).body);
  assert.is(summary.events, 2);
  assert.is(summary.tools[0].tool, 'Bash');
  const metrics = await get(s, '/metrics');
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
  const r = await get(s, '/api/state', { headers: { origin: 'http://attacker.example' } });
  assert.is(r.status, 200);
  for (const h of Object.keys(r.headers)) assert.not.match(h, /^access-control-/);
  const pre = await get(s, '/api/state', {
    method: 'OPTIONS',
    headers: { origin: 'http://attacker.example', 'access-control-request-method': 'GET' },
  });
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
    const got = await rawRequest(
      s.port,
      `GET ${route} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`,
    );
    assert.match(got, /^HTTP\/1\.1 404 /);
    assert.not.match(got, /root:|plan_start/);
  });
}
http('absolute-form and asterisk targets are refused', async () => {
  for (const target of ['http://127.0.0.1/etc/passwd', '/etc/passwd', '*']) {
    const got = await rawRequest(
      s.port,
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`,
    );
    assert.match(got, /^HTTP\/1\.1 40[04] /, target);
    assert.not.match(got, /root:/);
  }
});
http('shutdown needs the token', async () => {
  assert.is((await request(s.port, '/api/shutdown', { method: 'POST' })).status, 403);
  assert.is(
    (await request(s.port, '/api/shutdown', { method: 'POST', headers: { 'x-2l-token': 'guess' } })).status,
    403,
  );
  assert.is((await request(s.port, '/api/shutdown')).status, 405);
  assert.is((await request(s.port, '/api/identity')).status, 200);
});
http.run();

const secret = suite('every route that carries the log needs the server secret');
let sv: RunningServer;
secret.before(async () => {
  const p2 = await project([
    ev('tool_complete', 'cat ~/.ssh/id_ed25519', { tool_name: 'Bash', duration_ms: 3, source: 'hook' }),
  ]);
  sv = await serve(p2.dir);
  await sv.feed.loaded;
});
const LOG_ROUTES = ['/', '/index.html', '/api/state', '/api/state?early=1', '/api/summary', '/metrics', '/api/stream'];
/** Same length as the secret, one character off: a length check alone would not refuse it. */
function near(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
}
for (const route of LOG_ROUTES) {
  secret(`${route} without the secret, or with a wrong one: 401 and nothing from the log`, async () => {
    const sep = route.includes('?') ? '&' : '?';
    const attempts: Array<[string, Record<string, string>]> = [
      [route, {}],
      [route, { cookie: `${cookieName(sv.port)}=${near(sv.token)}` }],
      [route, { cookie: `${cookieName(sv.port + 1)}=${sv.token}` }], // another port's cookie
      [route, { authorization: `Bearer ${near(sv.token)}` }],
      [`${route}${sep}token=${near(sv.token)}`, {}],
      [`${route}${sep}token=`, {}],
    ];
    for (const [target, headers] of attempts) {
      const r = await request(sv.port, target, { headers, timeoutMs: 10_000 });
      assert.is(r.status, 401, `${target} ${JSON.stringify(headers)}`);
      assert.not.match(r.body, /ssh|Bash|tool_complete|twol_/);
      assert.is(r.headers['set-cookie'], undefined);
      assert.match(String(r.headers['www-authenticate']), /^Bearer /);
    }
  });
}
secret('the link trades its secret for an HttpOnly, SameSite=Strict cookie that opens every route', async () => {
  const r = await request(sv.port, `/?token=${sv.token}`);
  assert.is(r.status, 200);
  const cookie = String(r.headers['set-cookie']);
  assert.match(cookie, new RegExp(`^twol_dashboard_${sv.port}=${sv.token}; `));
  for (const attr of ['HttpOnly', 'SameSite=Strict', 'Path=/'])
    assert.ok(cookie.split('; ').includes(attr), `${attr} in ${cookie}`);
  const jar = { cookie: cookie.split(';')[0]! };
  for (const route of LOG_ROUTES.filter((x) => x !== '/api/stream'))
    assert.is((await request(sv.port, route, { headers: jar })).status, 200, route);
  (await stream(sv)).close();
  assert.is((await request(sv.port, '/', { headers: jar })).headers['set-cookie'], undefined, 'only the link sets it');
});
secret('scripts (Prometheus) send it as a bearer header or ?token=', async () => {
  const bearer = await request(sv.port, '/metrics', { headers: { authorization: `Bearer ${sv.token}` } });
  assert.is(bearer.status, 200);
  assert.match(bearer.body, /^twol_tool_calls_total\{tool="Bash"\} 1$/m);
  assert.is((await request(sv.port, `/api/summary?token=${encodeURIComponent(sv.token)}`)).status, 200);
});
secret('the secret is 192 random bits, new for every server', async () => {
  assert.is(Buffer.from(sv.token, 'base64url').length, 24);
  const other = await serve((await project()).dir);
  assert.is.not(other.token, sv.token);
  await other.close();
});
secret('/api/identity stays open but never shows the secret; it proves it for a challenge', async () => {
  const plain = await request(sv.port, '/api/identity');
  assert.is(plain.status, 200);
  assert.not.ok(plain.body.includes(sv.token));
  assert.is(JSON.parse(plain.body).proof, undefined);
  const r = JSON.parse((await request(sv.port, '/api/identity?challenge=abc123')).body);
  assert.is(r.proof, identityProof(sv.token, 'abc123'));
  assert.is.not(r.proof, identityProof(near(sv.token), 'abc123'));
  assert.not.ok(JSON.stringify(r).includes(sv.token));
  assert.is((await request(sv.port, '/favicon.ico')).status, 204);
});
secret.after(() => sv.close());
secret.run();

const hostile = suite('hostile fields in the log never break the API');
const HOSTILE_LINES = [
  '{"timestamp":"2026-13-45T99:99:99Z","event_type":"tool_complete","tool_name":"Bash","duration_ms":5,"source":"hook"}',
  '{"timestamp":"2026-02-30T10:00:00.000Z","event_type":"tool_error","tool_name":["Read","Write"],"error":{"toString":1},"duration_ms":"12"}',
  '{"timestamp":"2026-01-01T00:00:00.000Z","event_type":"tool_complete","tool_name":{"__proto__":{"polluted":1}},"duration_ms":-40,"hook_ms":1e400}',
  '{"timestamp":"2026-01-01T00:00:01.000Z","event_type":"agent_start","agent_id":["a"],"agent_type":7,"session_id":{"length":99},"__proto__":{"x":1},"constructor":"c"}',
  '{"timestamp":"2026-01-01T00:00:02.000Z","event_type":"phase_change","phase":["p"],"data":{"toString":1}}',
  '{"timestamp":"2026-01-01T00:00:03.000Z","event_type":"tool_complete","session_id":"__proto__","tool_name":"constructor","duration_ms":1e308}',
  `{"timestamp":"2026-01-01T00:00:04.000Z","event_type":"tool_error","tool_name":"Bash","error":"${'e'.repeat(100_000)}","duration_ms":3}`,
  '{"timestamp":"2026-01-01T00:00:05.000Z","event_type":"performance_alert","payload":{"key":["k"],"state":"breach"}}',
];
hostile('/api/state, /api/summary and /metrics answer; bad values become text or nothing', async () => {
  const { dir } = await project(HOSTILE_LINES);
  const srv = await serve(dir);
  const state = await get(srv, '/api/state');
  assert.is(state.status, 200);
  const st = JSON.parse(state.body);
  assert.is(st.seq, HOSTILE_LINES.length);
  const summary = JSON.parse((await get(srv, '/api/summary')).body);
  assert.is(summary.events, HOSTILE_LINES.length);
  for (const t of summary.tools) assert.type(t.tool, 'string');
  assert.equal(
    summary.tools.map((t: { tool: string }) => t.tool).sort(),
    ['Bash', 'constructor', '["Read","Write"]', '{"__proto__":{"polluted":1}}'].sort(),
  );
  for (const m of summary.per_minute)
    assert.match(m.minute, /^2026-01-01T00:00$/, 'impossible times are left out of the per-minute counts');
  for (const e of summary.errors.recent)
    assert.ok(e.error === undefined || (typeof e.error === 'string' && e.error.length <= 2001));
  for (const c of summary.slowest)
    assert.ok(Number.isFinite(c.duration_ms) && c.duration_ms >= 0, String(c.duration_ms));
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  const metrics = await get(srv, '/metrics');
  assert.is(metrics.status, 200, metrics.body);
  const lint = spawnSync('promtool', ['check', 'metrics'], { input: metrics.body, encoding: 'utf8' });
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  // A good event after all that still arrives.
  const sse = await stream(srv);
  appendEvent(dir, newEvent('after_hostile', 'still live'));
  await sse.waitFor((f) => f.some((x) => x.event === 'message' && JSON.parse(x.data).event_type === 'after_hostile'));
  sse.close();
  await srv.close();
});
hostile.run();

const live = suite('dashboard server streams the log');
live('new events arrive over SSE with increasing ids, then a summary', async () => {
  const { dir, log } = await project([ev('plan_start', 'x')]);
  const srv = await serve(dir);
  const sse = await stream(srv);
  appendEvent(dir, newEvent('phase_change', 'building', { phase: 'building' }));
  fs.appendFileSync(log, '{"broken": \n');
  appendEvent(dir, newEvent('agent_start', '<img src=x onerror=alert(1)>', { agent_id: 'builder-1' }));
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 2);
  const msgs = sse.frames.filter((x) => x.event === 'message');
  assert.equal(
    msgs.map((m) => m.id),
    ['2', '3'],
  );
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
  const sse = await stream(srv, '/api/stream', { 'last-event-id': '1' });
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 2);
  assert.equal(
    sse.frames.filter((x) => x.event === 'message').map((m) => JSON.parse(m.data).event_type),
    ['a_two', 'a_three'],
  );
  const gone = await stream(srv, '/api/stream?since=0&epoch=7');
  await gone.waitFor((f) => f.some((x) => x.event === 'reset'));
  sse.close();
  gone.close();
  await srv.close();
});
live('rotation is followed without losing or repeating events', async () => {
  const { dir, log } = await project([ev('before', 'b')]);
  const srv = await serve(dir);
  const sse = await stream(srv);
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
  const sse = await stream(srv);
  for (let i = 0; i < 40; i++) appendEvent(dir, newEvent('tick', `n${i} ${'x'.repeat(100)}`), { maxBytes: 1024 });
  await sse.waitFor((f) => f.filter((x) => x.event === 'message').length === 40, 5000);
  const seen = sse.frames.filter((x) => x.event === 'message').map((m) => JSON.parse(m.data).data.split(' ')[0]);
  assert.equal(
    seen,
    Array.from({ length: 40 }, (_, i) => `n${i}`),
  );
  assert.ok(fs.readdirSync(path.join(dir, '.2L')).filter((n) => n.startsWith('events-')).length >= 3);
  sse.close();
  await srv.close();
});
live('truncation resets the page and the summary', async () => {
  const { dir, log } = await project([ev('old', '1'), ev('old', '2')]);
  const srv = await serve(dir);
  const sse = await stream(srv);
  fs.truncateSync(log, 0);
  fs.appendFileSync(log, `${ev('fresh', 'new')}\n`);
  await sse.waitFor((f) => f.some((x) => x.event === 'reset'));
  await srv.feed.poke();
  assert.is(srv.feed.summary.events, 1);
  assert.equal(Object.keys(srv.feed.summary.snapshot().by_type), ['fresh']);
  const state = JSON.parse((await get(srv, '/api/state')).body);
  assert.is(state.epoch, 1);
  assert.is(JSON.parse(state.events[0]).event_type, 'fresh');
  sse.close();
  await srv.close();
});
live('a project with no .2L yet serves empty state, then picks the log up', async () => {
  const { dir } = await project();
  const srv = await serve(dir);
  const state = JSON.parse((await get(srv, '/api/state')).body);
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
  const state = JSON.parse((await get(srv, '/api/state')).body);
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
  const sse = await stream(srv);
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
  fs.writeFileSync(
    path.join(state, 'events-20261120T231500123Z-10.jsonl'),
    `${ev('phase_change', 'testing', { phase: 'testing' })}\n${ev('tick', 'a3')}\n`,
  );
  fs.writeFileSync(
    path.join(state, 'events-20261120T231500123Z-2.jsonl'),
    `${ev('plan_start', 'Build it')}\n{oops\n${ev('phase_change', 'building', { phase: 'building' })}\n${ev('tick', 'a2')}\n{"timestamp":"cut off`,
  );
  const srv = await serve(dir, { tail: 4 });
  const summary = JSON.parse((await get(srv, '/api/summary')).body);
  assert.is(summary.events, 7);
  assert.is(summary.malformed, 2, 'the bad line and the cut-off last line of an archive');
  assert.equal(summary.by_type, { plan_start: 1, phase_change: 2, tick: 3, plan_complete: 1 });
  assert.is(summary.plan.status, 'complete', 'plan_start from the oldest archive, plan_complete from the live log');
  assert.equal(
    summary.phases.map((p: { phase: string }) => p.phase),
    ['building', 'testing'],
  );
  const st = JSON.parse((await get(srv, '/api/state')).body);
  assert.is(st.seq, 7);
  assert.equal(
    st.events.map((l: string) => JSON.parse(l).data),
    ['testing', 'a3', 'live-1', 'done'],
  );
  // The follower carries on from the end of the live log: nothing is read twice.
  const sse = await stream(srv);
  appendEvent(dir, newEvent('tick', 'after'));
  await sse.waitFor((f) => f.some((x) => x.event === 'message'));
  assert.equal(
    sse.frames.filter((x) => x.event === 'message').map((m) => [m.id, JSON.parse(m.data).data]),
    [['8', 'after']],
  );
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
  assert.equal(Object.keys(JSON.parse((await get(sa, '/api/summary')).body).by_type), ['in_a']);
  assert.equal(Object.keys(JSON.parse((await get(sb, '/api/summary')).body).by_type), ['in_b']);
  await sa.close();
  await sb.close();
});
live.run();

const tail = suite('readTail: the first render of a big log');
tail('returns the last N valid events, skipping malformed lines and the cut first line', async () => {
  const { dir, log } = await project(
    Array.from({ length: 30_000 }, (_, i) => (i % 1000 === 999 ? '{oops' : ev('tick', `n${i}`))),
  );
  const got = await readTail(log, 5);
  assert.equal(
    got.map((l) => JSON.parse(l).data),
    ['n29994', 'n29995', 'n29996', 'n29997', 'n29998'],
  );
  const many = await readTail(log, 20_000);
  assert.is(many.length, 20_000, 'the window grows until it has enough');
  assert.is(JSON.parse(many[0]!).data, 'n9979'); // 29,970 valid lines; the 9,970th valid one is n9979
  assert.equal(await readTail(path.join(dir, 'missing.jsonl'), 5), []);
});
tail('?early=1 answers the same state once loaded', async () => {
  const { dir } = await project([ev('a_one', '1')]);
  const srv = await serve(dir);
  await srv.feed.loaded;
  const early = JSON.parse((await get(srv, '/api/state?early=1')).body);
  assert.equal([early.loading, early.progress, early.seq, early.events.length], [false, 1, 1, 1]);
  await srv.close();
});
tail.run();
