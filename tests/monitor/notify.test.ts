import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findOnPath, Notifier, type Notice } from '../../lib/monitor/notify.ts';
import { loadNotifyConfig, webhookUrl } from '../../lib/monitor/notify-config.ts';
import { tempDir } from '../util/claude.ts';
import { project } from '../util/perf-fixtures.ts';

const notice: Notice = {
  title: '2L warning alert',
  text: 'Alert: Grep p95 3.50 s > target 2.00 s',
  severity: 'warning',
  fields: { key: 'tool.Grep.p95', state: 'breach' },
};

function exe(dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return file;
}

const where = suite('notify: the desktop notifier comes from PATH, never from the repository');
where(
  'a notify-send planted in the project (a PATH entry inside it, a relative entry, a link into it) is never used',
  () => {
    const repo = project();
    const planted = exe(path.join(repo, 'bin'), 'notify-send');
    const home = tempDir('notify-home');
    const linkDir = path.join(home, 'links');
    fs.mkdirSync(linkDir);
    fs.symlinkSync(planted, path.join(linkDir, 'notify-send'));
    const env = { PATH: [path.join(repo, 'bin'), 'bin', '.', '', linkDir].join(path.delimiter) };
    assert.is(findOnPath('notify-send', env, repo), undefined);
    const real = exe(path.join(home, 'usr-bin'), 'notify-send');
    assert.is(
      findOnPath('notify-send', { PATH: `${env.PATH}${path.delimiter}${path.join(home, 'usr-bin')}` }, repo),
      real,
    );
  },
);
where('absent or not executable: silently skipped', () => {
  const home = tempDir('notify-none');
  fs.writeFileSync(path.join(home, 'notify-send'), 'not a program', { mode: 0o644 });
  assert.is(findOnPath('notify-send', { PATH: home }, project()), undefined);
  const n = new Notifier({ project: project(), env: { PATH: home }, platform: 'linux' });
  n.notify(notice); // no throw, nothing started
});
where.run();

const hooks = suite("notify: the webhook address is the user's, never the repository's alone");
function userConfig(text: string): NodeJS.ProcessEnv {
  const claude = tempDir('notify-claude');
  fs.mkdirSync(path.join(claude, '2l'));
  fs.writeFileSync(path.join(claude, '2l', 'config.yaml'), text);
  return { CLAUDE_CONFIG_DIR: claude };
}
hooks('a webhook planted in .2L/config.yaml is not used, and the user is told how to approve it', () => {
  const repo = project({ 'config.yaml': 'alerts:\n  webhook_url: https://attacker.example/collect\n' });
  const got = loadNotifyConfig(repo, userConfig(''));
  assert.is(got.webhook_url, undefined);
  assert.match(
    got.notes[0]!,
    /cannot send your alerts anywhere; to allow it, list it under alerts\.approved_webhooks in /,
  );
});
hooks("the user's own webhook is used; a project webhook only once the user approved that URL", () => {
  const repo = project({ 'config.yaml': 'alerts:\n  webhook_url: https://chat.example/team\n' });
  assert.is(
    loadNotifyConfig(repo, userConfig('alerts:\n  webhook_url: https://hooks.example/me\n')).webhook_url,
    'https://hooks.example/me',
  );
  const approved = userConfig('alerts:\n  approved_webhooks: [https://chat.example/team]\n  desktop: false\n');
  assert.equal(loadNotifyConfig(repo, approved), {
    webhook_url: 'https://chat.example/team',
    desktop: false,
    notes: [],
  });
});
hooks('only plain http(s) URLs without credentials', () => {
  for (const bad of [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://u:p@h.example/',
    'not a url',
    42,
    'h'.repeat(3000),
  ])
    assert.is(webhookUrl(bad), undefined, String(bad).slice(0, 40));
  assert.is(webhookUrl(' https://h.example/x '), 'https://h.example/x');
});
hooks.run();

const post = suite('notify: webhook POSTs are retried with backoff and never follow a redirect');
async function receiver(answers: number[]) {
  const got: Array<{ body: string; at: number }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      got.push({ body, at: Date.now() });
      const code = answers.shift() ?? 200;
      // A redirect back to this receiver: were it followed, a second request would arrive here.
      res.writeHead(code, code === 302 ? { location: `http://${req.headers.host}/elsewhere` } : {}).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  return { got, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}
post('a 500 and a 503 are retried, waiting longer each time; the summary arrives once, Slack-shaped', async () => {
  const r = await receiver([500, 503]);
  const problems: string[] = [];
  const waits: number[] = [];
  const n = new Notifier({
    project: project(),
    desktop: false,
    webhookUrl: r.url,
    backoffMs: 50,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    onProblem: (p) => problems.push(p),
  });
  n.notify(notice);
  await n.idle();
  await r.close();
  assert.is(r.got.length, 3);
  assert.equal(waits, [50, 100], 'backoff doubles');
  assert.equal(JSON.parse(r.got[2]!.body), {
    text: '2L warning alert: Alert: Grep p95 3.50 s > target 2.00 s',
    alert: { key: 'tool.Grep.p95', state: 'breach' },
  });
  assert.equal(problems, []);
});
post('a redirect is not followed, a 404 is not retried; the give-up is reported', async () => {
  for (const code of [302, 404]) {
    const r = await receiver([code, code, code, code]);
    const problems: string[] = [];
    const n = new Notifier({
      project: project(),
      desktop: false,
      webhookUrl: r.url,
      backoffMs: 10,
      onProblem: (p) => problems.push(p),
    });
    n.notify(notice);
    await n.idle();
    await r.close();
    assert.is(r.got.length, 1, String(code));
    assert.match(problems[0]!, /webhook: gave up/);
  }
});
post('notify never waits for the webhook', async () => {
  const n = new Notifier({
    project: project(),
    desktop: false,
    webhookUrl: 'http://127.0.0.1:9/x',
    fetchImpl: () => new Promise<Response>(() => undefined),
    timeoutMs: 50,
  });
  // Synchronous: nothing to await, so the caller (the alert engine) cannot be held up by a receiver that never answers.
  const returned = Array.from({ length: 100 }, () => n.notify(notice) as unknown);
  assert.ok(
    returned.every((x) => x === undefined),
    'notify returns nothing to wait for',
  );
});
post.run();

const flood = suite('notify: a flood of alert events is not a flood of notifications');
flood('at most 20 notices a minute; the rest are counted and said in one notice the next minute', async () => {
  const sent: string[] = [];
  const n = new Notifier({
    project: project(),
    desktop: false,
    webhookUrl: 'http://127.0.0.1:9/x',
    fetchImpl: async (_url, init) => {
      sent.push(JSON.parse(String(init!.body)).text);
      return new Response('ok');
    },
  });
  const t0 = 1_000_000;
  for (let i = 0; i < 1000; i++) n.notify({ ...notice, text: `planted ${i}` }, t0 + i);
  await n.idle();
  assert.is(sent.length, 20);
  n.notify(notice, t0 + 61_000);
  await n.idle();
  assert.equal(sent.slice(20), [
    '2L alerts: 980 more alert notices were not shown (more than 20 a minute); see /2l-status',
    '2L warning alert: Alert: Grep p95 3.50 s > target 2.00 s',
  ]);
});
flood.run();
