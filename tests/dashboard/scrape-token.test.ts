// The user's scrape token: created private in the user's state folder, accepted by every dashboard
// on /metrics only and only as a bearer header, read on each scrape (rotation counts at once), and
// refused when the file is a link, a FIFO, not private, or not a token.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ensureScrapeToken,
  isScrapeToken,
  readScrapeToken,
  scrapeTokenPath,
} from '../../lib/dashboard/scrape-token.ts';
import { startServer, type RunningServer } from '../../lib/dashboard/server.ts';
import { cookieName } from '../../lib/dashboard/auth.ts';
import { tempDir } from '../util/claude.ts';
import { request } from '../util/http.ts';

const userEnv = () => ({ HOME: tempDir('home') }) as NodeJS.ProcessEnv;
const mode = (f: string) => fs.statSync(f).mode & 0o777;

const store = suite('scrape token: where and how it is kept');
store('created 0600 in a 0700 folder under ~/.local/state (or $XDG_STATE_HOME), kept, rotated', () => {
  const env = userEnv();
  const file = scrapeTokenPath(env);
  assert.is(file, path.join(env.HOME!, '.local', 'state', '2l', 'scrape-token'));
  const a = ensureScrapeToken(env);
  assert.ok(a.created);
  assert.is(mode(file), 0o600);
  assert.is(mode(path.dirname(file)), 0o700);
  assert.equal(readScrapeToken(env), { token: a.token });
  const b = ensureScrapeToken(env);
  assert.equal([b.token, b.created], [a.token, false], 'survives: the same token until rotated');
  const c = ensureScrapeToken(env, true);
  assert.ok(c.created && c.token !== a.token);
  assert.is(mode(file), 0o600);
  const xdg = tempDir('state');
  assert.is(scrapeTokenPath({ ...env, XDG_STATE_HOME: xdg }), path.join(xdg, '2l', 'scrape-token'));
  assert.is(scrapeTokenPath({ ...env, XDG_STATE_HOME: 'relative' }), file, 'a relative XDG path is ignored');
});

const refused = suite('scrape token: files never trusted');
const plant: Array<[string, (file: string, env: NodeJS.ProcessEnv) => void, RegExp]> = [
  [
    'a symlink to a file holding a token',
    (f) => {
      const elsewhere = path.join(tempDir('elsewhere'), 't');
      fs.writeFileSync(elsewhere, `${'A'.repeat(32)}\n`, { mode: 0o600 });
      fs.symlinkSync(elsewhere, f);
    },
    /symbolic link/,
  ],
  ['a FIFO', (f) => execFileSync('mkfifo', ['-m', '600', f]), /not a regular file/],
  [
    'a token readable by others',
    (f) => fs.writeFileSync(f, `${'A'.repeat(32)}\n`, { mode: 0o644 }),
    /readable by others/,
  ],
  ['not a token', (f) => fs.writeFileSync(f, 'hello world\n', { mode: 0o600 }), /not a scrape token/],
  ['a huge file', (f) => fs.writeFileSync(f, 'A'.repeat(1 << 20), { mode: 0o600 }), /not a scrape token/],
  [
    'its folder a symlink',
    (f, env) => {
      fs.rmSync(path.dirname(f), { recursive: true });
      const real = tempDir('real');
      fs.writeFileSync(path.join(real, 'scrape-token'), `${'A'.repeat(32)}\n`, { mode: 0o600 });
      fs.symlinkSync(real, path.dirname(scrapeTokenPath(env)));
    },
    /symbolic link/,
  ],
];
for (const [name, make, why] of plant)
  refused(`${name}: refused, not accepted, replaced only by --rotate`, () => {
    const env = userEnv();
    const file = scrapeTokenPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    make(file, env);
    const r = readScrapeToken(env);
    assert.ok('refused' in r, JSON.stringify(r));
    assert.match((r as { refused: string }).refused, why);
    assert.not.ok(isScrapeToken(`Bearer ${'A'.repeat(32)}`, env));
    if (name !== 'its folder a symlink') {
      assert.throws(() => ensureScrapeToken(env), /--rotate/);
      const fresh = ensureScrapeToken(env, true);
      assert.ok(fs.lstatSync(file).isFile() && !fs.lstatSync(file).isSymbolicLink());
      assert.is(mode(file), 0o600);
      assert.equal(readScrapeToken(env), { token: fresh.token });
    } else assert.throws(() => ensureScrapeToken(env, true), /symbolic link/);
  });

const running: RunningServer[] = [];
const serve = async (env: NodeJS.ProcessEnv) => {
  const s = await startServer({ project: tempDir('dash'), ports: [0], pollMs: 50, alerts: false, env });
  running.push(s);
  return s;
};

const server = suite('scrape token: accepted on /metrics only, as a bearer header only');
server.after(async () => {
  await Promise.all(running.map((s) => s.close()));
});
server('a restart keeps the credential; rotation refuses the old token at once', async () => {
  const env = userEnv();
  const { token } = ensureScrapeToken(env);
  const bearer = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
  const a = await serve(env);
  assert.is((await request(a.port, '/metrics', bearer(token))).status, 200);
  await a.close();
  const b = await serve(env);
  assert.ok(b.token !== a.token, 'each server has its own secret');
  assert.is((await request(b.port, '/metrics', bearer(token))).status, 200, 'the scrape token outlives the server');
  assert.is((await request(b.port, '/metrics', bearer(b.token))).status, 200, "the server's secret still works");
  const { token: next } = ensureScrapeToken(env, true);
  assert.is((await request(b.port, '/metrics', bearer(token))).status, 401, 'rotated: the old one is refused');
  assert.is((await request(b.port, '/metrics', bearer(next))).status, 200);
});
server('never on another route, never as ?token= or a cookie', async () => {
  const env = userEnv();
  const { token } = ensureScrapeToken(env);
  const s = await serve(env);
  for (const route of ['/', '/api/state', '/api/summary', '/api/performance', '/api/stream'])
    assert.is((await request(s.port, route, { headers: { authorization: `Bearer ${token}` } })).status, 401, route);
  assert.is((await request(s.port, `/metrics?token=${token}`)).status, 401);
  assert.is((await request(s.port, '/metrics', { headers: { cookie: `${cookieName(s.port)}=${token}` } })).status, 401);
  const stop = await request(s.port, '/api/shutdown', { method: 'POST', headers: { 'x-2l-token': token } });
  assert.is(stop.status, 403);
});
server('no token file: the server starts, creates none, and /metrics wants its own secret', async () => {
  const env = userEnv();
  const s = await serve(env);
  assert.is(
    (await request(s.port, '/metrics', { headers: { authorization: `Bearer ${'A'.repeat(32)}` } })).status,
    401,
  );
  assert.not.ok(fs.existsSync(path.dirname(scrapeTokenPath(env))), 'the server writes nothing in the state folder');
});
store.run();
refused.run();
server.run();
