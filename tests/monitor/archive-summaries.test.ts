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
  return { snap: JSON.parse(JSON.stringify(s.snapshot(NOW))), stats };
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
  fs.copyFileSync(path.join(state, side(A1)), path.join(state, side(A2)));
  const r = await viaStates(dir);
  assert.equal([r.stats.reused, r.stats.built], [1, 1]);
  assert.equal(r.snap, await onePass(dir));
});
hostile('a sidecar whose fields were tampered with past the gate: refused and rebuilt, never a crash', async () => {
  const { dir, state } = history();
  await viaStates(dir);
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
