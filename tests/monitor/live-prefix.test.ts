// /2l-status keeps what it read of the live log before the alert window (monitor/live-prefix.ts)
// and reads only the bytes after it next time: the report must be the one a whole read gives,
// wherever the state ends, after appends, a line torn mid-append, a rotation and a truncation.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sidecarPath } from '../../lib/events/archive-sidecar.ts';
import { collectStatus, type StatusReport } from '../../lib/monitor/status-collect.ts';
import { tempDir } from '../util/claude.ts';
import { DEMO, historyRound } from '../util/demo-rounds.ts';
import { lines, project } from '../util/perf-fixtures.ts';

const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const WINDOW_MS = 3_600_000; // the default alert window
const rounds = Array.from({ length: 12 }, (_, r) => historyRound(r, T0)).flat();
const NOW = new Date(T0 + 12 * DEMO.length * 20_000);
/** A `now` whose window starts at event `i`: the state a run then keeps ends just before it. */
const windowAt = (i: number) => new Date(Date.parse(rounds[i]!.timestamp) + WINDOW_MS);

function setup(text = lines(rounds)) {
  const dir = project({ 'events.jsonl': text });
  const live = path.join(dir, '.2L', 'events.jsonl');
  const state = sidecarPath(live, 'status');
  const env = { HOME: tempDir('home'), CLAUDE_CONFIG_DIR: tempDir('claude') };
  /** The report without what differs between two runs of the same reading. */
  const run = async (now: Date, archiveSummaries = true) => {
    const r = await collectStatus(dir, { now, recordAlerts: false, env, archiveSummaries, liveSegmentBytes: 1 });
    const { processing, generated, ...rest } = JSON.parse(JSON.stringify(r.report)) as StatusReport;
    return rest;
  };
  const kept = () => JSON.parse(fs.readFileSync(state, 'utf8'));
  return { dir, live, state, run, kept };
}

const split = suite('live-prefix: state + tail == a whole read');
for (const at of [1, 95, 400, 633, 800])
  split(`state ending before event ${at}, then the rest read`, async () => {
    const s = setup();
    await s.run(windowAt(at));
    // Times are not in order (a round's DB check is logged after its events): the state ends at the first one inside.
    const inside = rounds.findIndex((e) => e.timestamp >= rounds[at]!.timestamp);
    assert.is(s.kept().prefix.offset, Buffer.byteLength(lines(rounds.slice(0, inside))), 'the state ends at that line');
    const whole = await s.run(NOW, false);
    assert.equal(await s.run(NOW), whole, 'state + tail');
    assert.equal(await s.run(NOW), whole, 'the state kept by that run, + its tail');
    assert.ok(whole.summary.events === rounds.length && (whole.cost?.totals.usd ?? 0) > 10);
  });
split('several stretches in a row, with appends between them', async () => {
  const s = setup(lines(rounds.slice(0, 300)));
  await s.run(windowAt(100));
  fs.appendFileSync(s.live, lines(rounds.slice(300, 700)));
  await s.run(windowAt(500));
  fs.appendFileSync(s.live, `${lines(rounds.slice(700))}not json\n`);
  await s.run(windowAt(800));
  assert.is(s.kept().payload.segments.length, 3);
  assert.equal(await s.run(NOW), await s.run(NOW, false));
});
split('a line torn at the end (a writer mid-append) is neither lost nor counted twice', async () => {
  const full = JSON.stringify(rounds[700]);
  const s = setup(`${lines(rounds.slice(0, 700))}${full.slice(0, 40)}`);
  await s.run(new Date(NOW.getTime() + WINDOW_MS)); // every event before the window
  assert.is(s.kept().prefix.offset, Buffer.byteLength(lines(rounds.slice(0, 700))));
  fs.appendFileSync(s.live, `${full.slice(40)}\n${lines(rounds.slice(701))}`);
  const whole = await s.run(NOW, false);
  assert.equal(await s.run(NOW), whole);
  assert.is(whole.summary.events, rounds.length);
});
split('rotated: the state no longer matches the new live log, which is read whole', async () => {
  const s = setup(lines(rounds.slice(0, 600)));
  await s.run(windowAt(500));
  const stamp = rounds[599]!.timestamp.replace(/[-:.]/g, '');
  const archive = path.join(s.dir, '.2L', `events-${stamp}.jsonl`);
  fs.renameSync(s.live, archive);
  const last = new Date(rounds[599]!.timestamp);
  fs.utimesSync(archive, last, last);
  fs.writeFileSync(s.live, lines(rounds.slice(600)));
  const whole = await s.run(NOW, false);
  assert.equal(await s.run(NOW), whole);
  assert.equal(await s.run(NOW), whole);
});
split('truncated, then written again: read whole', async () => {
  const s = setup();
  await s.run(windowAt(700));
  fs.truncateSync(s.live, 0);
  fs.appendFileSync(s.live, lines(rounds.slice(0, 650).map((e) => ({ ...e, data: `again ${e.data}` }))));
  const whole = await s.run(NOW, false);
  assert.equal(await s.run(NOW), whole);
});
split('a state whose newest event is inside the window now (a wider window) is not used', async () => {
  const s = setup();
  await s.run(windowAt(800));
  const whole = await s.run(windowAt(300), false);
  assert.equal(await s.run(windowAt(300)), whole);
});
split.run();

// Each part of a stretch's state is needed: emptied, the report is no longer a whole read's.
const parts = suite('live-prefix: every part of the state counts');
const EMPTY: Record<string, unknown> = { trends: [], costSessions: [], replay: [] };
// A session the log names but records no cost for: its transcript is looked up (costSessions).
const stray = { ...rounds[400]!, session_id: '0a0a0a0a-0000-4000-8000-000000000000' };
for (const part of ['summary', 'trends', 'costSessions', 'replay', 'segment', 'newest'])
  parts(`without ${part}`, async () => {
    const s = setup(lines([...rounds.slice(0, 400), stray, ...rounds.slice(400, 700)]));
    await s.run(windowAt(300));
    fs.appendFileSync(s.live, lines(rounds.slice(700)));
    await s.run(windowAt(600));
    const doc = s.kept();
    const [first, second] = doc.payload.segments;
    assert.ok(first && second);
    let now = NOW;
    if (part === 'segment') doc.payload.segments = [second];
    else if (part === 'newest') {
      doc.payload.newest = null; // as if it held no event: used with a window that starts inside it
      now = windowAt(200);
    } else if (part === 'summary') {
      second.summary = { ...second.summary, events: 0, byType: [], tools: [], sessions: [], minutes: [] };
    } else second[part] = EMPTY[part];
    fs.writeFileSync(s.state, JSON.stringify(doc));
    assert.not.equal(await s.run(now), await s.run(now, false));
  });
parts.run();
