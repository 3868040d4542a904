// The Performance view's routes (lib/dashboard/performance-view.ts, routes.ts): /api/performance and
// /api/refresh-timing, under the same Host and secret checks as every route, with hostile bodies.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cookieName } from '../../lib/dashboard/auth.ts';
import { MAX_REFRESH_BODY, parseRefreshReport } from '../../lib/dashboard/performance-view.ts';
import { startServer, type RunningServer } from '../../lib/dashboard/server.ts';
import { newEvent } from '../../lib/events/format.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { budgetLine } from '../../lib/dashboard/client/view.ts';
import { request } from '../util/http.ts';

const parse = suite('refresh report: what a page may send');
const bad: Array<[string, string]> = [
  ['not JSON', 'hello'],
  ['NaN is not JSON', '{"samples":[NaN]}'],
  ['1e999 is Infinity', '{"samples":[1e999]}'],
  ['negative', '{"samples":[-1]}'],
  ['over ten minutes', '{"samples":[600001]}'],
  ['a string (HTML)', '{"samples":["<img src=x onerror=alert(1)>"]}'],
  ['null', 'null'],
  ['empty', '{"samples":[]}'],
  ['51 samples', JSON.stringify({ samples: Array(51).fill(1) })],
  ['an object', '{"samples":{"0":1}}'],
];
for (const [name, body] of bad) parse(name, () => assert.ok('error' in parseRefreshReport(body)));
parse('50 numbers from 0 to 600000', () =>
  assert.equal(parseRefreshReport(JSON.stringify({ samples: [0, 12.5, 600_000] })), { samples: [0, 12.5, 600_000] }),
);
parse.run();

const running: RunningServer[] = [];
async function serve(lines: object[], config = ''): Promise<RunningServer> {
  const dir = tempDir('perfview');
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  if (config) fs.writeFileSync(path.join(dir, '.2L', 'config.yaml'), config);
  const srv = await startServer({ project: dir, ports: [0], pollMs: 50, sampleEveryMs: 0, alerts: { notifier: null } });
  running.push(srv);
  await srv.feed.loaded;
  return srv;
}
const cookie = (srv: RunningServer) => ({ cookie: `${cookieName(srv.port)}=${srv.token}` });
const post = (srv: RunningServer, body: string | Buffer, headers: Record<string, string> = {}) =>
  request(srv.port, '/api/refresh-timing', {
    method: 'POST',
    body,
    headers: { ...cookie(srv), 'content-type': 'application/json', ...headers },
  });
const perf = async (srv: RunningServer) => {
  const r = await request(srv.port, '/api/performance', { headers: cookie(srv) });
  assert.is(r.status, 200, r.body);
  return JSON.parse(r.body);
};

const routes = suite('performance routes');
routes.after.each(async () => {
  for (const s of running.splice(0)) await s.close();
});
routes('/api/performance needs the secret and a loopback Host, like every route', async () => {
  const srv = await serve([]);
  assert.is((await request(srv.port, '/api/performance')).status, 401);
  assert.is(
    (await request(srv.port, '/api/performance', { headers: { cookie: `${cookieName(srv.port)}=wrong` } })).status,
    401,
  );
  assert.is((await request(srv.port, '/api/performance', { headers: cookie(srv), host: 'evil.example' })).status, 403);
  const r = await request(srv.port, '/api/performance', { headers: cookie(srv) });
  assert.equal(
    [r.status, r.headers['content-type'], r.headers['x-content-type-options']],
    [200, 'application/json; charset=utf-8', 'nosniff'],
  );
  assert.ok(!('access-control-allow-origin' in r.headers));
});
routes('/api/refresh-timing: wrong auth 401, wrong method 405, not JSON 415, huge 413, bad values 400', async () => {
  const srv = await serve([]);
  const ok = JSON.stringify({ samples: [10] });
  assert.is(
    (
      await request(srv.port, '/api/refresh-timing', {
        method: 'POST',
        body: ok,
        headers: { 'content-type': 'application/json' },
      })
    ).status,
    401,
  );
  assert.is((await post(srv, ok, { cookie: `${cookieName(srv.port)}=${'x'.repeat(32)}` })).status, 401);
  assert.is(
    (
      await request(srv.port, '/api/refresh-timing', {
        method: 'POST',
        body: ok,
        headers: cookie(srv),
        host: 'evil.example',
      })
    ).status,
    403,
  );
  assert.is((await request(srv.port, '/api/refresh-timing', { headers: cookie(srv) })).status, 405);
  assert.is((await post(srv, ok, { 'content-type': 'text/plain' })).status, 415, 'a form another site could post');
  assert.is((await post(srv, Buffer.alloc(1024 * 1024, 'a'))).status, 413, 'announced length past the cap');
  const chunked = await post(srv, Buffer.alloc(MAX_REFRESH_BODY * 4, ' '), { 'transfer-encoding': 'chunked' });
  assert.is(chunked.status, 413, 'a body with no length, past the cap');
  for (const body of ['{"samples":[NaN]}', '{"samples":["<b>x</b>"]}', '{"samples":[-5]}'])
    assert.is((await post(srv, body)).status, 400, body);
  assert.is((await perf(srv)).refresh.samples, 0, 'nothing refused was taken');
  assert.is((await post(srv, JSON.stringify({ samples: [12.5, 40] }))).status, 204);
  const p = await perf(srv);
  assert.equal([p.refresh.last_ms, p.refresh.samples], [40, 2]);
});
routes('refresh times are judged as dashboard_refresh_ms by the alert engine', async () => {
  const srv = await serve([], 'performance:\n  targets:\n    dashboard_refresh_ms: 50\n');
  assert.is((await post(srv, JSON.stringify({ samples: [200, 210, 220, 230, 240] }))).status, 204);
  const p = await perf(srv);
  const row = p.rows.find((r: { component: string }) => r.component === 'dashboard refresh p95');
  assert.equal([row.current, row.target, row.status, row.severity], [240, 50, 'firing', 'critical']);
  assert.ok(
    p.alerts.some(
      (a: { line: string; status: string }) =>
        a.status === 'firing' && a.line.startsWith('dashboard refresh p95 240 ms > target 50 ms'),
    ),
  );
  const log = fs.readFileSync(path.join(srv.feed.file), 'utf8');
  assert.match(log, /"performance_alert"/);
});
routes('fields from the log come back as JSON text, unchanged (the page renders them as text)', async () => {
  const name = '<img src=x onerror=alert(1)>';
  const at = Date.now() - 1000;
  const lines = Array.from({ length: 25 }, (_, i) =>
    newEvent('tool_complete', name, { tool_name: name, duration_ms: 5, session_id: 's' }, new Date(at + i)),
  );
  const srv = await serve(lines);
  const p = await perf(srv);
  assert.ok(p.rows.some((r: { component: string }) => r.component === `${name} p95`));
});
routes.run();

// Time to the daily budget: the forecast `/2l-status` prints, in the Performance view's answer and line.
const budget = suite('performance view: the daily budget forecast');
budget.after.each(async () => {
  for (const s of running.splice(0)) await s.close();
});
budget('with a daily budget the answer carries the forecast; without one, null', async () => {
  const S1 = '11111111-1111-4111-8111-111111111111';
  const event = newEvent('stop', 'stop', { source: 'hook', session_id: S1, agent_id: 'main' });
  const env = { ...process.env, CLAUDE_CONFIG_DIR: path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude') };
  const dir = tempDir('perfview');
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), `${JSON.stringify(event)}\n`);
  fs.writeFileSync(path.join(dir, '.2L', 'config.yaml'), 'budgets:\n  daily_usd: 2\n');
  const srv = await startServer({
    project: dir,
    ports: [0],
    pollMs: 50,
    sampleEveryMs: 0,
    alerts: { notifier: null, env },
  });
  running.push(srv);
  await srv.feed.loaded;
  let answer = await perf(srv);
  for (let i = 0; i < 200 && answer.budget === null; i++) {
    await new Promise((r) => setTimeout(r, 50));
    answer = await perf(srv);
  }
  assert.is(answer.budget.daily_usd, 2);
  assert.match(answer.budget.text, /\$2\.00/);
  const plain = await serve([event]);
  assert.is((await perf(plain)).budget, null);
});
budget('the line says how long until it runs out, and when', () => {
  const now = Date.parse('2026-11-30T10:00:00');
  const at = new Date(now + 130 * 60_000).toISOString();
  assert.equal(budgetLine({ text: 'reached at 12:10', daily_usd: 5, today_usd: 1.2, reached_at: at }, now), {
    text: '$1.20 of $5.00 today · runs out in 2h 10m (at 12:10)',
    bad: false,
  });
  assert.equal(
    budgetLine(
      { text: 'the daily budget ($5.00) is used up: $5.10 today', daily_usd: 5, today_usd: 5.1, reached_at: null },
      now,
    ),
    { text: 'the daily budget ($5.00) is used up: $5.10 today', bad: true },
  );
  assert.is(budgetLine(null, now), undefined);
  assert.ok(budgetLine({ text: '<img src=x>'.repeat(50) }, now)!.text.length <= 201, 'clipped; rendered as text');
});
budget.run();
