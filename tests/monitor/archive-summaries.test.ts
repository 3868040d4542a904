import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { streamEvents, streamFiles } from '../../lib/events/stream.ts';
import { mergeArchiveSummaries } from '../../lib/monitor/archive-summaries.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { victim } from '../util/hostile.ts';
import { demoRound } from '../util/demo-rounds.ts';
import { lines, project } from '../util/perf-fixtures.ts';

const NOW = new Date('2026-11-21T00:00:00.000Z');
const round = (r: number) => demoRound(r, { t0: Date.parse('2026-11-20T14:00:00.000Z'), stepMs: 1500 });
const A1 = 'events-20261120T140000000Z.jsonl';
const A2 = 'events-20261120T150000000Z.jsonl';
const side = (a: string) => a.replace('.jsonl', '.status.json');
const CHAIN = 'events.history.status.json';
/** Without the cumulative state, the next run merges each archive's own (what these cases test). */
const unchain = (state: string) => fs.rmSync(path.join(state, CHAIN));

function history() {
  const dir = project({
    [A1]: lines([...round(0), 'not json']),
    [A2]: lines(round(1).slice(0, 50)),
    'events.jsonl': lines([...round(1).slice(50), ...round(2)]),
  });
  return { dir, state: path.join(dir, '.2L') };
}

/** Archives from their summaries, then the live log: the snapshot as JSON. */
async function viaStates(dir: string) {
  const s = new Summary();
  const r = await mergeArchiveSummaries(dir, { summary: s });
  for await (const e of streamFiles([path.join(dir, '.2L', 'events.jsonl')])) s.add(e);
  const stats = { reused: r.reused, built: r.built, unkept: r.unkept, bytesRead: r.bytesRead };
  return { snap: JSON.parse(JSON.stringify(s.snapshot(NOW))), stats, chained: r.chained };
}

async function onePass(dir: string) {
  const s = new Summary();
  for await (const e of streamEvents(dir, { onBadLine: () => s.addMalformed() })) s.add(e);
  return JSON.parse(JSON.stringify(s.snapshot(NOW)));
}

const reuse = suite('archive-summaries: each archive read once, then merged from beside it');
reuse('first run reads and keeps; the second reads no archive; both equal one pass', async () => {
  const { dir, state } = history();
  const want = await onePass(dir);
  const first = await viaStates(dir);
  assert.equal(first.stats, {
    reused: 0,
    built: 2,
    unkept: 0,
    bytesRead: fs.statSync(path.join(state, A1)).size + fs.statSync(path.join(state, A2)).size,
  });
  assert.equal(first.snap, want);
  for (const a of [A1, A2]) assert.is(fs.statSync(path.join(state, side(a))).mode & 0o777, 0o600);
  const second = await viaStates(dir);
  assert.equal(second.stats, { reused: 2, built: 0, unkept: 0, bytesRead: 0 });
  assert.equal(second.snap, want);
});
reuse('an archive that changed is read again, the other still reused', async () => {
  const { dir, state } = history();
  await viaStates(dir);
  fs.appendFileSync(path.join(state, A2), lines(round(3).slice(0, 5)));
  const again = await viaStates(dir);
  assert.equal([again.stats.reused, again.stats.built], [1, 1]);
  assert.equal(again.snap, await onePass(dir));
});
reuse.run();

const hostile = suite('archive-summaries: planted sidecars');
hostile('a link at a sidecar name: not followed, replaced by a real file, the victim untouched', async () => {
  const v = victim();
  const { dir, state } = history();
  fs.symlinkSync(v.file, path.join(state, side(A1)));
  const r = await viaStates(dir);
  assert.equal([r.stats.reused, r.stats.built], [0, 2]);
  assert.ok(fs.lstatSync(path.join(state, side(A1))).isFile());
  assert.ok(v.unchanged());
  assert.equal(r.snap, await onePass(dir));
});
hostile("another archive's sidecar copied over this one's: stale by identity, rebuilt", async () => {
  const { dir, state } = history();
  await viaStates(dir);
  unchain(state);
  fs.copyFileSync(path.join(state, side(A1)), path.join(state, side(A2)));
  const r = await viaStates(dir);
  assert.equal([r.stats.reused, r.stats.built], [1, 1]);
  assert.equal(r.snap, await onePass(dir));
});
hostile('a sidecar whose fields were tampered with past the gate: refused and rebuilt, never a crash', async () => {
  const { dir, state } = history();
  await viaStates(dir);
  unchain(state);
  const file = path.join(state, side(A1));
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  doc.payload.summary.sessions = 'x';
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = await viaStates(dir);
  assert.equal([r.stats.reused, r.stats.built], [1, 1]);
  assert.equal(r.snap, await onePass(dir));
});
hostile('a planted sidecar that passes every check misreports its own archive only', async () => {
  const { dir, state } = history();
  await viaStates(dir);
  unchain(state);
  const file = path.join(state, side(A2));
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  doc.payload.summary.events += 1000;
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = await viaStates(dir);
  const want = await onePass(dir);
  assert.is(r.snap.events, want.events + 1000);
  assert.equal({ ...r.snap, events: 0 }, { ...want, events: 0 });
});
hostile.run();

const chain = suite('archive-summaries: the oldest archives from one cumulative state');
const A3 = 'events-20261120T160000000Z.jsonl';
chain('kept on the first run; the next reads it alone, not the archives nor their own states', async () => {
  const { dir, state } = history();
  const want = await onePass(dir);
  const first = await viaStates(dir);
  assert.equal([first.chained, first.stats.built], [0, 2]);
  assert.is(fs.statSync(path.join(state, CHAIN)).mode & 0o777, 0o600);
  // Each archive's own state spoilt: the run that uses the chain never notices.
  for (const a of [A1, A2]) fs.writeFileSync(path.join(state, side(a)), 'spoilt');
  const second = await viaStates(dir);
  assert.equal([second.chained, second.stats], [2, { reused: 2, built: 0, unkept: 0, bytesRead: 0 }]);
  assert.equal(second.snap, want);
  for (const a of [A1, A2]) assert.is(fs.readFileSync(path.join(state, side(a)), 'utf8'), 'spoilt');
});
chain('rotation: the new archive is read once and folded in; the next run reads the longer chain alone', async () => {
  const { dir, state } = history();
  await viaStates(dir);
  fs.renameSync(path.join(state, 'events.jsonl'), path.join(state, A3));
  fs.writeFileSync(path.join(state, 'events.jsonl'), lines(round(3)));
  const want = await onePass(dir);
  const rotated = await viaStates(dir);
  assert.equal([rotated.chained, rotated.stats.reused, rotated.stats.built], [2, 2, 1]);
  assert.is(rotated.stats.bytesRead, fs.statSync(path.join(state, A3)).size);
  assert.equal(rotated.snap, want);
  const next = await viaStates(dir);
  assert.equal([next.chained, next.stats.bytesRead], [3, 0]);
  assert.equal(next.snap, want);
});
chain(
  'the oldest archive pruned: the chain is refused, the rest merged from their own states, and kept anew',
  async () => {
    const { dir, state } = history();
    await viaStates(dir);
    fs.rmSync(path.join(state, A1));
    fs.rmSync(path.join(state, side(A1)));
    const want = await onePass(dir);
    const pruned = await viaStates(dir);
    assert.equal([pruned.chained, pruned.stats.reused, pruned.stats.built, pruned.stats.bytesRead], [0, 1, 0, 0]);
    assert.equal(pruned.snap, want);
    const next = await viaStates(dir);
    assert.equal([next.chained, next.snap], [1, want]);
  },
);
const changes: Array<[string, (state: string) => void]> = [
  ['touched', (state) => fs.utimesSync(path.join(state, A1), new Date(T_TOUCH), new Date(T_TOUCH))],
  [
    'replaced by a copy of itself',
    (state) => {
      fs.copyFileSync(path.join(state, A1), path.join(state, 'copy'));
      fs.renameSync(path.join(state, 'copy'), path.join(state, A1));
    },
  ],
  ['grown', (state) => fs.appendFileSync(path.join(state, A1), lines(round(3).slice(0, 5)))],
];
const T_TOUCH = Date.parse('2026-11-20T14:30:00.000Z');
for (const [name, change] of changes)
  chain(
    `an archive of the chain ${name}: the chain refused, that archive read again, the chain kept anew`,
    async () => {
      const { dir, state } = history();
      await viaStates(dir);
      change(state);
      const want = await onePass(dir);
      const r = await viaStates(dir);
      assert.equal([r.chained, r.stats.reused, r.stats.built], [0, 1, 1]);
      assert.equal(r.snap, want);
      const next = await viaStates(dir);
      assert.equal([next.chained, next.snap], [2, want]);
    },
  );
chain('a cumulative state copied from another project: not used', async () => {
  const a = history();
  const b = history();
  await viaStates(a.dir);
  await viaStates(b.dir);
  const doc = JSON.parse(fs.readFileSync(path.join(a.state, CHAIN), 'utf8'));
  doc.payload.summary.events += 1000;
  fs.writeFileSync(path.join(b.state, CHAIN), JSON.stringify(doc));
  const r = await viaStates(b.dir);
  assert.equal([r.chained, r.stats.reused], [0, 2]);
  assert.equal(r.snap, await onePass(b.dir));
});
chain('a planted one that passes every check misreports only the archives it names', async () => {
  const { dir, state } = history();
  await viaStates(dir);
  const file = path.join(state, CHAIN);
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  doc.payload.summary.events += 1000;
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = await viaStates(dir);
  const want = await onePass(dir);
  assert.is(r.chained, 2);
  assert.is(r.snap.events, want.events + 1000);
  assert.equal({ ...r.snap, events: 0 }, { ...want, events: 0 });
});
chain(
  'a planted one whose fields pass the gate but not the merge: refused whole, the archives merged one by one',
  async () => {
    const { dir, state } = history();
    await viaStates(dir);
    const file = path.join(state, CHAIN);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    doc.payload.trends = [['s', [['k', 'nonsense']]]];
    fs.writeFileSync(file, JSON.stringify(doc));
    const r = await viaStates(dir);
    assert.equal([r.chained, r.stats.reused], [0, 2]);
    assert.equal(r.snap, await onePass(dir));
  },
);
chain.run();
