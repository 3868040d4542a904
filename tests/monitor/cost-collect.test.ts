// /2l-status reading transcripts, as a user runs it (the built command), and what a hostile event
// log or odd transcript folder can do to it: nothing beyond being counted and reported.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { hookEvent, lines, project, runDist } from '../util/perf-fixtures.ts';
import { newEvent } from '../../lib/events/format.ts';
import { runSync } from '../util/run.ts';
import {
  CostContext,
  collectCost,
  findTranscripts,
  newUsageInputStats,
  readTranscripts,
  TranscriptCache,
} from '../../lib/monitor/cost-collect.ts';
import { CostModel } from '../../lib/monitor/cost.ts';
import { PRICES } from '../../lib/monitor/pricing.ts';
import { UsageDeduper } from '../../lib/transcript/usage.ts';
import { defaultCostConfig } from '../../lib/monitor/cost-config.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude');
const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';

/** A project whose log names sessions s1 and s2 and moves through two 2L phases. */
function fixtureProject(extra = ''): string {
  return project({
    'events.jsonl': lines([
      hookEvent('session_start', 0, { session_id: S1 }),
      newEvent('phase_change', 'planning', { phase: 'planning' }, new Date('2026-11-02T08:00:00.000Z')),
      newEvent('phase_change', 'building', { phase: 'building' }, new Date('2026-11-02T09:03:00.000Z')),
      hookEvent('session_start', 1, { session_id: S2 }),
    ]),
    'config.yaml': `budgets:\n  session_usd: 0.5\n  daily_usd: 2\n${extra}`,
  });
}
const env = { CLAUDE_CONFIG_DIR: FIXTURES, TZ: 'UTC' };

const cli = suite('status: tokens and cost from the transcripts');
cli('--json: per session, agent (with type), phase and model; the session over budget alerts', () => {
  const dir = fixtureProject();
  const r = runDist('status.mjs', ['--json', '--no-alerts'], { cwd: dir, env });
  assert.is(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout).cost;
  assert.equal(c.sessions.map((s: any) => s.session).sort(), [S1, S2]);
  assert.equal(
    c.agents
      .filter((a: any) => a.session === S1)
      .map((a: any) => [a.agent, a.agent_type ?? null])
      .sort(),
    [
      ['a5f0c1e2d3b4a5f60', 'Explore'],
      ['b7e1d2c3f4a5b6c70', '2l-builder'],
      ['main', null],
    ],
  );
  // s1's work before 09:03 is planning, the rest building; s2 (the 3rd, the 5th) is after both marks.
  assert.equal(c.phases.map((p: any) => p.phase).sort(), ['building', 'planning']);
  // The <synthetic> API-error message: a request of no model and no tokens.
  assert.equal(c.models.map((m: any) => m.model).sort(), [
    '(no model)',
    'claude-haiku-4-5-20251001',
    'claude-opus-4-7',
    'claude-sonnet-4-5-20250929',
    'claude-sonnet-4-6',
  ]);
  assert.equal(
    c.budgets.alerts.map((a: any) => [a.budget, a.session]),
    [
      ['session_usd', S1],
      ['session_usd', S2],
    ],
  );
  assert.is(c.input.missing_sessions, 0);
});
cli('table: a "Tokens and cost" section; --csv rows; --prom counters that promtool accepts', () => {
  const dir = fixtureProject();
  const t = runDist('status.mjs', ['--no-alerts'], { cwd: dir, env });
  assert.is(t.code, 0, t.stderr);
  assert.match(t.stdout, /Tokens and cost\n  total \$1\.33 · 357,912 tokens in 14 requests/);
  assert.match(t.stdout, /● budget session_usd \(session 22222222-22…\): \$0\.7755 of \$0\.5000/);
  assert.match(t.stdout, /11111111-11…  Explore \(a5f0c1e2d3b4a5f60\) +19 +1,024 +13,504 +25,508 +\$0\.0246\n/);
  const csv = runDist('status.mjs', ['--csv', '--no-alerts'], { cwd: dir, env });
  assert.match(csv.stdout, new RegExp(`cost_session,${S1},usd,0\\.5570268\\r\\n`));
  const prom = runDist('status.mjs', ['--prom', '--no-alerts'], { cwd: dir, env });
  assert.match(prom.stdout, /twol_tokens_total\{model="claude-opus-4-7",kind="cache_write_1h"\} 56200\n/);
  assert.match(prom.stdout, /twol_cost_usd_total\{model="claude-opus-4-7",kind="output"\} /);
  const check = runSync('promtool', ['check', 'metrics'], { input: prom.stdout });
  assert.is(`${check.stdout}${check.stderr}`.trim(), '');
});
cli('an unknown model in the table is named unpriced, with how to price it', () => {
  const dir = project({
    'events.jsonl': lines([hookEvent('session_start', 0, { session_id: '44444444-4444-4444-8444-444444444444' })]),
  });
  const t = runDist('status.mjs', ['--no-alerts'], { cwd: dir, env });
  assert.match(
    t.stdout,
    /unpriced: claude-experimental-9 \(4,440 tokens not in the dollar figures; add them under `pricing:` in \.2L\/config\.yaml\)/,
  );
  assert.match(
    t.stdout,
    /lines not counted: 3 bad-usage, 1 null-field, 1 empty-id, 1 bad-version, 1 malformed, 1 truncated/,
  );
});
cli.run();

const hostile = suite('status: hostile session ids and transcript folders');
async function costOf(sessions: string[], configDir: string, cache?: TranscriptCache) {
  const ctx = new CostContext();
  for (const id of sessions) ctx.add({ ...hookEvent('session_start', 0), session_id: id });
  return collectCost(ctx, {
    config: defaultCostConfig(),
    now: new Date('2026-11-07T00:00:00Z'),
    env: { CLAUDE_CONFIG_DIR: configDir },
    cache,
  });
}
hostile('session ids that are paths never become paths', async () => {
  const root = tempDir('cc');
  const secret = path.join(root, 'secret.jsonl');
  fs.writeFileSync(secret, fs.readFileSync(path.join(FIXTURES, 'projects', '-home-dev-shop', `${S2}.jsonl`)));
  fs.mkdirSync(path.join(root, 'projects', 'p'), { recursive: true });
  const { snapshot, input } = await costOf(['../../secret', '../secret', '/etc/passwd', 'a/b', '', '.'], root);
  assert.is(snapshot.totals.requests, 0);
  assert.equal([input.files, input.missing_sessions], [0, 0]);
});
hostile('a transcript that is a symlink, a FIFO, or a folder of links is refused, not followed', async () => {
  const root = tempDir('cc');
  const p = path.join(root, 'projects', 'p');
  fs.mkdirSync(path.join(p, 'sfifo', 'subagents'), { recursive: true });
  fs.symlinkSync(path.join(FIXTURES, 'projects', '-home-dev-shop', `${S2}.jsonl`), path.join(p, 'slink.jsonl'));
  runSync('mkfifo', [path.join(p, 'sfifo.jsonl')]);
  runSync('mkfifo', [path.join(p, 'sfifo', 'subagents', 'agent-a1.jsonl')]);
  fs.symlinkSync(path.join(FIXTURES, 'projects', '-home-dev-shop'), path.join(root, 'projects', 'linked'));
  const { snapshot, input } = await costOf(['slink', 'sfifo', S1], root);
  assert.is(snapshot.totals.requests, 0);
  assert.equal(input.refused.map((f) => path.basename(f)).sort(), ['agent-a1.jsonl', 'sfifo.jsonl', 'slink.jsonl']);
  assert.is(input.missing_sessions, 1);
});
hostile('a 100 MB line is dropped whole and counted; the responses around it still count, once', async () => {
  const root = tempDir('cc');
  const p = path.join(root, 'projects', 'p');
  fs.mkdirSync(p, { recursive: true });
  const src = fs.readFileSync(path.join(FIXTURES, 'projects', '-home-dev-shop', `${S2}.jsonl`), 'utf8').split('\n');
  const fd = fs.openSync(path.join(p, 'big.jsonl'), 'w');
  fs.writeSync(fd, `${src.slice(0, 4).join('\n')}\n`);
  const huge = `{"type":"user","message":{"usage":{"input_tokens":1,"output_tokens":1}},"x":"${'a'.repeat(1 << 20)}`;
  fs.writeSync(fd, huge);
  const chunk = 'a'.repeat(1 << 20);
  for (let i = 0; i < 100; i++) fs.writeSync(fd, chunk);
  fs.writeSync(fd, `"}\n${src.slice(4).join('\n')}`);
  fs.closeSync(fd);
  const { snapshot, input } = await costOf(['big'], root);
  const whole = await costOf([S2], FIXTURES);
  assert.is(input.oversized, 1);
  assert.equal(snapshot.totals.tokens, whole.snapshot.totals.tokens);
});
hostile('a transcript deleted between listing and reading: skipped quietly, the others still read', async () => {
  const root = tempDir('cc');
  fs.cpSync(FIXTURES, root, { recursive: true });
  const stats = newUsageInputStats();
  const files = findTranscripts(root, [S1], stats);
  assert.is(files.length, 3);
  fs.rmSync(files[1]!.file);
  const model = new CostModel(PRICES);
  await readTranscripts(files, new UsageDeduper(), model, stats);
  assert.equal([stats.files, stats.refused], [2, []]);
  assert.ok(model.snapshot(new Date(), { session_usd: null, daily_usd: null }).totals.requests > 0);
});
hostile.run();

const cached = suite('collectCost with a TranscriptCache (the dashboard server reads again and again)');
const ALL = ['11111111-1111-4111-8111-111111111111', S2, '33333333-3333-4333-8333-333333333333'];
const costWith = (root: string, cache?: TranscriptCache) => costOf(ALL, root, cache);
/** A new response (its own message and request id) appended to a transcript. */
function appendResponse(file: string, id: string, input: number): void {
  const line = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.includes('"usage"'))!;
  const e = JSON.parse(line);
  e.requestId = `req_${id}`;
  e.message.id = `msg_${id}`;
  e.message.usage.input_tokens = input;
  fs.appendFileSync(file, `${JSON.stringify(e)}\n`);
}
cached('unchanged files are replayed, not read; the figures equal an uncached read, run after run', async () => {
  const root = tempDir('cc');
  fs.cpSync(FIXTURES, root, { recursive: true });
  const cache = new TranscriptCache();
  const first = await costWith(root, cache);
  const second = await costWith(root, cache);
  assert.is(first.input.cached_files, 0);
  assert.is(second.input.cached_files, second.input.files);
  const plain = await costWith(root);
  assert.equal(second.snapshot, plain.snapshot);
  const { cached_files: _a, bytes: _b, ...rest } = second.input;
  const { cached_files: _c, bytes: _d, ...restPlain } = plain.input;
  assert.equal(rest, restPlain, 'the same counts of lines, records, duplicates and rejections');
});
cached('a file that grew, or was replaced by one of the same size, is read again', async () => {
  const root = tempDir('cc');
  fs.cpSync(FIXTURES, root, { recursive: true });
  const cache = new TranscriptCache();
  const before = await costWith(root, cache);
  const file = path.join(root, 'projects', '-home-dev-shop', `${S2}.jsonl`);
  appendResponse(file, 'cachetest1', 12_345);
  const grown = await costWith(root, cache);
  assert.is(grown.input.cached_files, grown.input.files - 1);
  assert.is(grown.snapshot.totals.tokens.input, before.snapshot.totals.tokens.input + 12_345);
  assert.equal(grown.snapshot, (await costWith(root)).snapshot);
  // Same size, same mtime, new inode: still read again.
  const text = fs.readFileSync(file, 'utf8').replace('"input_tokens":12345', '"input_tokens":54321');
  const st = fs.statSync(file);
  fs.rmSync(file);
  fs.writeFileSync(file, text);
  fs.utimesSync(file, st.atime, st.mtime);
  const replaced = await costWith(root, cache);
  assert.is(replaced.input.cached_files, replaced.input.files - 1);
  assert.is(replaced.snapshot.totals.tokens.input, before.snapshot.totals.tokens.input + 54_321);
});
cached(
  'bounded: past its cap of entries a file is not kept (read every time), and deleted files are forgotten',
  async () => {
    const root = tempDir('cc');
    fs.cpSync(FIXTURES, root, { recursive: true });
    const tiny = new TranscriptCache(1);
    await costWith(root, tiny);
    assert.is((await costWith(root, tiny)).input.cached_files, 0);
    const cache = new TranscriptCache();
    await costWith(root, cache);
    fs.rmSync(path.join(root, 'projects', '-home-dev-shop', `${S2}.jsonl`));
    const after = await costWith(root, cache);
    assert.is(after.input.cached_files, after.input.files);
    assert.equal(after.snapshot, (await costWith(root)).snapshot);
  },
);
cached.run();
