import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cookieName } from '../../lib/dashboard/auth.ts';
import { startServer, type RunningServer } from '../../lib/dashboard/server.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { tempDir } from '../util/claude.ts';
import { request } from '../util/http.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';
const T0 = Date.parse('2026-11-01T10:00:00.000Z');
function ev(type: string, data: string, at: number, fields: Partial<TwoLEvent> = {}): string {
  return JSON.stringify(newEvent(type, data, { source: 'hook', agent_id: 'main', ...fields }, new Date(T0 + at)));
}

const running: RunningServer[] = [];
async function serve(lines: string[]): Promise<RunningServer> {
  const dir = tempDir('hroutes');
  fs.mkdirSync(path.join(dir, '.2L'), { mode: 0o700 });
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), lines.map((l) => `${l}\n`).join(''));
  const srv = await startServer({
    project: dir,
    ports: [0],
    pollMs: 50,
    alerts: false,
    sampleEveryMs: 0,
    pruneEveryMs: 0,
  });
  running.push(srv);
  return srv;
}
function get(srv: RunningServer, route: string, auth = true) {
  return request(srv.port, route, { headers: auth ? { cookie: `${cookieName(srv.port)}=${srv.token}` } : {} });
}

const hostileLog = [
  ev('session_start', XSS, 0, { session_id: '../../etc/passwd' }),
  ev('user_prompt', XSS, 1, { session_id: '../../etc/passwd' }),
  ev('tool_start', XSS, 2, { session_id: '../../etc/passwd', tool_name: XSS, tool_use_id: 't1' }),
  ev('tool_error', XSS, 40, {
    session_id: '../../etc/passwd',
    tool_name: XSS,
    tool_use_id: 't1',
    error: XSS,
    duration_ms: 38,
  }),
  ev('session_start', 'other', 50, { session_id: 'plain-1' }),
];

const routes = suite('history routes');

routes('every history route needs the secret', async () => {
  const srv = await serve(hostileLog);
  for (const r of ['/api/sessions', '/api/sessions/plain-1', '/api/search?q=x'])
    assert.is((await get(srv, r, false)).status, 401, r);
});

routes('/api/sessions lists sessions with HTML kept as JSON text', async () => {
  const srv = await serve(hostileLog);
  const r = await get(srv, '/api/sessions');
  assert.is(r.status, 200);
  assert.match(String(r.headers['content-type']), /^application\/json/);
  assert.is(r.headers['x-content-type-options'], 'nosniff');
  const body = JSON.parse(r.body);
  const row = body.sessions.find((s: { id: string }) => s.id === '../../etc/passwd');
  assert.is(row.title, XSS);
  assert.is(row.failures, 1);
  assert.is(row.toolCalls, 1);
});

routes('an id with `..`, slashes or bad escapes is a key or a 400, never a path', async () => {
  const srv = await serve(hostileLog);
  const cases: Array<[string, number]> = [
    [`/api/sessions/${encodeURIComponent('../../etc/passwd')}`, 200],
    ['/api/sessions/..', 404],
    ['/api/sessions/%2e%2e', 404],
    ['/api/sessions/../../etc/passwd', 404],
    ['/api/sessions/%ZZ', 400],
    [`/api/sessions/${'a'.repeat(2000)}`, 400],
    ['/api/sessions/plain-1?from=-1', 400],
    ['/api/sessions/plain-1?from=1e400', 400],
    ['/api/sessions/', 400],
  ];
  for (const [route, status] of cases) {
    const r = await get(srv, route);
    assert.is(r.status, status, route);
    assert.not.match(r.body, /root:/, route);
  }
  const one = JSON.parse((await get(srv, `/api/sessions/${encodeURIComponent('../../etc/passwd')}`)).body);
  assert.is(one.session.id, '../../etc/passwd');
  assert.is(one.events.total, 4);
  assert.is(JSON.parse(one.events.lines[1]).data, XSS);
  assert.equal(
    one.detail.tools.map((t: { name: string; failures: number }) => [t.name, t.failures]),
    [[XSS, 1]],
  );
});

routes('/api/search: hits link to their session; huge and malformed queries are refused', async () => {
  const srv = await serve(hostileLog);
  const r = JSON.parse((await get(srv, '/api/search?q=ONERROR')).body);
  assert.ok(r.hits.length >= 4);
  assert.ok(r.hits.every((h: { session: string }) => h.session === '../../etc/passwd'));
  assert.is((await get(srv, `/api/search?q=${'(a+)+'.repeat(100)}`)).status, 400);
  assert.is((await get(srv, '/api/search?limit=0')).status, 400);
  assert.is((await get(srv, '/api/search?type=tool_error')).status, 200);
});

routes('events appended after start are found without a restart', async () => {
  const srv = await serve(hostileLog);
  await get(srv, '/api/sessions');
  fs.appendFileSync(
    path.join(srv.feed.project, '.2L', 'events.jsonl'),
    `${ev('session_start', 'late', 60, { session_id: 'late-1' })}\n`,
  );
  await new Promise((r) => setTimeout(r, 1100)); // the index looks again at most once a second
  const body = JSON.parse((await get(srv, '/api/sessions')).body);
  assert.ok(body.sessions.some((s: { id: string }) => s.id === 'late-1'));
});

routes('/api/projects and ?project=: only usable registry entries, by key; anything else is a 404', async () => {
  const config = tempDir('cfg');
  const other = tempDir('other');
  fs.mkdirSync(path.join(other, '.2L'), { mode: 0o700 });
  fs.writeFileSync(
    path.join(other, '.2L', 'events.jsonl'),
    `${ev('session_start', 'other project', 0, { session_id: 'other-1' })}\n`,
  );
  const outside = tempDir('outside');
  fs.symlinkSync('/etc', path.join(outside, '.2L'));
  fs.mkdirSync(path.join(config, '2l'), { mode: 0o700 });
  fs.writeFileSync(
    path.join(config, '2l', 'projects.json'),
    JSON.stringify({ v: 1, projects: [other, '/etc', outside, '../../etc'].map((p) => ({ path: p })) }),
  );
  const saved = { ...process.env };
  process.env.CLAUDE_CONFIG_DIR = config;
  process.env.TWOL_REGISTRY = 'off';
  try {
    const srv = await serve(hostileLog);
    const list = JSON.parse((await get(srv, '/api/projects')).body).projects as Array<{
      key: string;
      path: string;
      current: boolean;
    }>;
    assert.equal(
      list.map((p) => [p.path === other, p.current]),
      [
        [false, true],
        [true, false],
      ],
    );
    const key = list[1]!.key;
    assert.match(key, /^[0-9a-f]{16}$/);
    const theirs = JSON.parse((await get(srv, `/api/sessions?project=${key}`)).body);
    assert.equal(
      theirs.sessions.map((s: { id: string }) => s.id),
      ['other-1'],
    );
    assert.is((await get(srv, `/api/sessions/other-1?project=${key}`)).status, 200);
    assert.is((await get(srv, '/api/sessions/other-1')).status, 404, 'not in this project');
    const { createHash } = await import('node:crypto');
    const keyOf = (p: string) => createHash('sha256').update(p).digest('hex').slice(0, 16);
    for (const q of [keyOf('/etc'), keyOf(outside), '../../etc', other, '%00', 'x'.repeat(5000)])
      for (const r of ['/api/sessions', '/api/sessions/other-1', '/api/search'])
        assert.is((await get(srv, `${r}?project=${encodeURIComponent(q)}`)).status, 404, `${r} ${q.slice(0, 40)}`);
    assert.is((await get(srv, '/api/projects', false)).status, 401);
  } finally {
    process.env = saved;
  }
});

routes.after(async () => {
  for (const s of running) await s.close();
});
routes.run();
