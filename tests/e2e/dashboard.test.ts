/** The real Claude Code CLI runs /2l:2l-dashboard and /2l:2l-dashboard-stop from this pack (offline). */
import net from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isAlive } from '../../lib/shared/process.ts';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi, type FakeApi } from '../util/fake-anthropic.ts';
import { request } from '../util/http.ts';

const e2e = suite('dashboard through the real CLI');
let api: FakeApi;
e2e.before(async () => {
  api = await startFakeApi([{ text: 'Your dashboard is up.' }]);
});
e2e.after(() => api.close());

/** The `!` line's output is inlined into the prompt the CLI sends. */
function sentText(from: number): string {
  return api.requests
    .slice(from)
    .map((r) => JSON.stringify(r.messages ?? []))
    .join('\n');
}

e2e('/2l:2l-dashboard --no-open prints a working URL; /2l:2l-dashboard-stop stops it', async () => {
  const project = tempDir('e2e-proj');
  const home = tempDir('e2e-home');
  const before = api.requests.length;
  const r = await runClaude(['-p', '/2l:2l-dashboard --no-open --port 0', '--plugin-dir', ROOT], {
    cwd: project,
    home,
    apiUrl: api.url,
    timeoutMs: 60_000,
  });
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout.trim(), 'Your dashboard is up.');
  const sent = sentText(before);
  const m = /2L dashboard for ([^:]+): (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([\w-]+)\\nstarted \(pid (\d+)\)/.exec(
    sent,
  );
  assert.ok(m, `no URL in what the CLI sent: ${sent.slice(0, 2000)}`);
  assert.is(m![1], project);
  const port = Number(m![3]);
  const token = m![4]!;
  const pid = Number(m![5]);
  const page = await request(port, `/?token=${token}`);
  assert.is(page.status, 200);
  assert.match(page.body, /<title>2L dashboard<\/title>/);
  const state = JSON.parse((await request(port, `/api/state?token=${token}`)).body);
  assert.is(state.project, project);
  assert.ok(state.summary.events >= 1, "the pack's own hooks logged this session");

  const mid = api.requests.length;
  const s = await runClaude(['-p', '/2l:2l-dashboard-stop', '--plugin-dir', ROOT], {
    cwd: project,
    home,
    apiUrl: api.url,
    timeoutMs: 60_000,
  });
  assert.is(s.code, 0, s.stderr);
  assert.ok(
    sentText(mid).includes(`Stopped the 2L dashboard for ${project} (http://127.0.0.1:${port}/, pid ${pid}).`),
    sentText(mid).slice(0, 2000),
  );
  const end = Date.now() + 5000;
  while (isAlive(pid) && Date.now() < end) await new Promise((res) => setTimeout(res, 50));
  assert.not.ok(isAlive(pid));
});
e2e(
  'a start that fails still tells the user why (a `!` line exiting non-zero would abort the command silently)',
  async () => {
    const blocker = net.createServer();
    await new Promise<void>((res) => blocker.listen(0, '127.0.0.1', () => res()));
    const port = (blocker.address() as net.AddressInfo).port;
    const before = api.requests.length;
    const r = await runClaude(['-p', `/2l:2l-dashboard --no-open --port ${port}`, '--plugin-dir', ROOT], {
      cwd: tempDir('e2e-proj'),
      home: tempDir('e2e-home'),
      apiUrl: api.url,
      timeoutMs: 60_000,
    });
    blocker.close();
    assert.is(r.code, 0, r.stderr);
    const sent = sentText(before);
    assert.ok(
      sent.includes(`2l-dashboard: no free port: port ${port} is in use.\\n  ${port}: another program\\n`),
      sent.slice(0, 2000),
    );
    assert.ok(sent.includes('(2l-dashboard did not start; see the message above)'));
  },
);
e2e.run();
