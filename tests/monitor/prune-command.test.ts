// `2l prune` as a user runs it (dist/2l.mjs prune): retention of the log's archives, with a hostile .2L.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { archiveName } from '../../lib/events/writer.ts';
import { DEFAULT_RETENTION, parseRetention, planPrune } from '../../lib/monitor/retention.ts';
import type { LogFile } from '../../lib/events/log-files.ts';
import { tempDir } from '../util/claude.ts';
import { runDist } from '../util/run-dist.ts';
import { startServer } from '../../lib/dashboard/server.ts';

const DAY = 86_400_000;
const now = Date.now();

/** A project whose archives were written `ages` days ago, `mb` MB each. */
function project(ages: number[], mb = 1): { dir: string; state: string; names: string[] } {
  const dir = tempDir('prune');
  const state = path.join(dir, '.2L');
  fs.mkdirSync(state, { mode: 0o700 });
  fs.writeFileSync(path.join(state, 'events.jsonl'), '{}\n');
  const names = ages.map((days, i) => {
    const name = archiveName(new Date(now - days * DAY - i));
    const file = path.join(state, name);
    fs.writeFileSync(file, Buffer.alloc(mb * 1e6, 'x'));
    const t = new Date(now - days * DAY);
    fs.utimesSync(file, t, t);
    return name;
  });
  return { dir, state, names };
}
const prune = (dir: string, ...args: string[]) =>
  runDist('2l', ['prune', ...args], { cwd: dir, home: tempDir('home') });
const listed = (state: string) => fs.readdirSync(state).sort();

const cli = suite('2l prune: retention');
cli('--dry-run names what would go and removes nothing', async () => {
  const p = project([40, 35, 2, 1]);
  const before = listed(p.state);
  const r = await prune(p.dir, '--dry-run');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`would remove ${p.names[0]} \\(1\\.0 MB, older than 30 days\\)`));
  assert.match(r.stdout, /would remove 2 archives \(2\.0 MB\); 2 kept/);
  assert.equal(listed(p.state), before);
});
cli('removes archives past the age, never the live log', async () => {
  const p = project([40, 35, 2]);
  const r = await prune(p.dir);
  assert.is(r.code, 0, r.stderr);
  assert.equal(listed(p.state), ['events.jsonl', p.names[2]!].sort());
  const again = await prune(p.dir);
  assert.match(again.stdout, /nothing to prune: 1 archives/);
});
cli("an archive's kept summaries go with it; a kept archive keeps its own", async () => {
  const p = project([40, 2]);
  const side = (name: string, kind: string) => path.join(p.state, name.replace('.jsonl', `.${kind}.json`));
  for (const name of p.names) for (const kind of ['status', 'dashboard']) fs.writeFileSync(side(name, kind), '{}');
  // The states folding the oldest archives together name a chain that starts with the pruned one.
  for (const kind of ['status', 'dashboard']) fs.writeFileSync(path.join(p.state, `events.history.${kind}.json`), '{}');
  const r = await prune(p.dir);
  assert.is(r.code, 0, r.stderr);
  assert.equal(
    listed(p.state),
    [
      'events.jsonl',
      p.names[1]!,
      path.basename(side(p.names[1]!, 'status')),
      path.basename(side(p.names[1]!, 'dashboard')),
    ].sort(),
  );
});
cli('the size limit keeps the newest', async () => {
  const p = project([5, 4, 3, 2, 1], 2);
  fs.writeFileSync(path.join(p.state, 'config.yaml'), 'retention:\n  max_total_mb: 5\n');
  const r = await prune(p.dir);
  assert.is(r.code, 0, r.stderr);
  assert.equal(listed(p.state), ['config.yaml', 'events.jsonl', p.names[3]!, p.names[4]!].sort());
});
cli('a hostile retention config is bounded: 0 days, -1, huge, text are ignored with their line', async () => {
  const p = project([40, 2]);
  fs.writeFileSync(
    path.join(p.state, 'config.yaml'),
    'retention:\n  max_age_days: 0\n  max_total_mb: "all"\n  rm_rf: true\n',
  );
  const r = await prune(p.dir, '--dry-run');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /config\.yaml:2: `retention\.max_age_days` must be a number from 1 to 3650/);
  assert.match(r.stdout, /config\.yaml:3: `retention\.max_total_mb`/);
  assert.match(r.stdout, /unknown key `retention\.rm_rf`/);
  assert.match(r.stdout, /would remove 1 archives/, 'the defaults stand: only the 40-day-old archive');
});
cli('planted links, FIFOs, folders and look-alike names are never followed or removed', async () => {
  const p = project([40]);
  const victim = path.join(tempDir('victim'), 'precious');
  fs.writeFileSync(victim, 'keep me');
  const old = new Date(now - 100 * DAY);
  const link = archiveName(new Date(now - 50 * DAY));
  fs.symlinkSync(victim, path.join(p.state, link));
  fs.lutimesSync(path.join(p.state, link), old, old);
  const fifo = archiveName(new Date(now - 60 * DAY));
  assert.is(spawnSync('mkfifo', [path.join(p.state, fifo)]).status, 0);
  const folder = archiveName(new Date(now - 70 * DAY));
  fs.mkdirSync(path.join(p.state, folder));
  const odd = [
    'events-old.jsonl',
    'events-20200101T000000000Z.jsonl.bak',
    'config.yaml',
    '..events-20200101T000000000Z.jsonl',
    'events-20200101T000000000Z.jsonl\nx',
  ];
  for (const n of odd) {
    fs.writeFileSync(path.join(p.state, n), 'x');
    fs.utimesSync(path.join(p.state, n), old, old);
  }
  const r = await prune(p.dir);
  assert.is(r.code, 0, r.stderr);
  assert.equal(fs.readFileSync(victim, 'utf8'), 'keep me');
  for (const n of [link, fifo, folder, ...odd])
    assert.ok(fs.lstatSync(path.join(p.state, n)), `${JSON.stringify(n)} left alone`);
  assert.not.ok(fs.existsSync(path.join(p.state, p.names[0]!)), 'the real old archive went');
  for (const n of [link, fifo, folder]) assert.match(r.stdout, new RegExp(`skipped ${n}: not a regular file`));
  assert.not.match(r.stdout, /\nx/, 'a name with a newline is not printed raw');
});
cli('a planted .2L link is refused (exit 2), nothing under it touched', async () => {
  const dir = tempDir('prune-link');
  const elsewhere = project([40]);
  fs.symlinkSync(elsewhere.state, path.join(dir, '.2L'));
  const r = await prune(dir);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^prune: /);
  assert.ok(fs.existsSync(path.join(elsewhere.state, elsewhere.names[0]!)));
});
cli('exit codes: no .2L is 2, an unknown option 2, --help 0', async () => {
  const empty = tempDir('prune-empty');
  const none = await prune(empty);
  assert.equal([none.code, none.stdout], [2, '']);
  assert.match(none.stderr, /no \.2L folder in/);
  assert.is((await prune(empty, '--force')).code, 2);
  const help = await prune(empty, '--help');
  assert.is(help.code, 0);
  assert.match(help.stdout, /^Usage: 2l prune \[--dry-run\]/);
  assert.match(help.stdout, /Exit codes: 0 done/);
});
cli.run();

const plan = suite('retention plan (pure)');
const file = (name: string, days: number, bytes = 1, extra: Partial<LogFile> = {}): LogFile => ({
  path: `/x/${name}`,
  name,
  archive: name !== 'events.jsonl',
  regular: true,
  bytes,
  mtimeMs: now - days * DAY,
  dev: 1,
  ino: 1,
  foreign: false,
  ...extra,
});
plan('the live log is never planned, however old or big', () => {
  const p = planPrune([file('events.jsonl', 999, 1e12)], { max_age_days: 1, max_total_mb: 1 }, now);
  assert.is(p.remove.length, 0);
});
plan('an archive written in the last minute stays, even past the size limit', () => {
  const p = planPrune([file('a', 0, 5e9)], { max_age_days: 1, max_total_mb: 1 }, now);
  assert.is(p.remove.length, 0);
});
plan("another user's file is left alone", () => {
  const p = planPrune([file('a', 99, 1, { foreign: true })], DEFAULT_RETENTION, now);
  assert.equal([p.remove.length, p.refused.length], [0, 1]);
});
plan('null turns a limit off', () => {
  const { config } = parseRetention('retention:\n  max_age_days: null\n', 'c');
  assert.equal(config, { max_age_days: null, max_total_mb: 300 });
  assert.is(planPrune([file('a', 999)], config, now).remove.length, 0);
});
plan.run();

const server = suite('the dashboard server applies retention on its own');
server('archives past the age go while the server runs; the live log and young archives stay', async () => {
  const p = project([40, 2]);
  const srv = await startServer({
    project: p.dir,
    ports: [0],
    pollMs: 50,
    sampleEveryMs: 0,
    alerts: false,
    pruneEveryMs: 100,
  });
  try {
    for (let i = 0; i < 100 && fs.existsSync(path.join(p.state, p.names[0]!)); i++)
      await new Promise((r) => setTimeout(r, 50));
    assert.not.ok(fs.existsSync(path.join(p.state, p.names[0]!)), 'the 40-day-old archive was pruned');
    assert.ok(fs.existsSync(path.join(p.state, p.names[1]!)));
    assert.ok(fs.existsSync(path.join(p.state, 'events.jsonl')));
  } finally {
    await srv.close();
  }
});
server.run();
