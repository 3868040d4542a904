// The dashboard's feed merges archives from the state kept beside them (monitor/archive-summaries.ts):
// what it serves must be what reading them gives.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DashboardFeed } from '../../lib/dashboard/feed.ts';
import { CostContext } from '../../lib/monitor/cost-collect.ts';
import { SessionTrends } from '../../lib/monitor/trends.ts';
import { demoRound } from '../util/demo-rounds.ts';
import { lines, project } from '../util/perf-fixtures.ts';

const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const NOW = new Date('2026-11-21T00:00:00.000Z');
const events = Array.from({ length: 8 }, (_, r) =>
  demoRound(r, { t0: T0, stepMs: 20_000, shift: (r) => r * 1.3 }),
).flat();

function history(): string {
  const long = { ...events[100]!, event_type: 'tool_error', data: 'x'.repeat(100_000), error: 'y'.repeat(50_000) };
  return project({
    'events-20261120T100000000Z.jsonl': lines([...events.slice(0, 200), long]),
    'events-20261120T110000000Z.jsonl': lines([...events.slice(200, 420), 'not json']),
    'events.jsonl': lines(events.slice(420, 450)),
  });
}

/** A feed with or without merged archives, and what its readers hold once loaded. */
async function load(dir: string, merge: boolean) {
  const trends = new SessionTrends();
  const cost = new CostContext();
  const ops: string[] = [];
  let malformed = 0;
  const feed = new DashboardFeed(dir, {
    watch: false,
    pollMs: 60_000,
    onBatch: (batch, bad) => {
      for (const e of batch) {
        trends.add(e);
        cost.add(e);
        if (e.event_type === 'db_check') ops.push(e.timestamp);
      }
      malformed += bad;
    },
    ...(merge
      ? {
          archiveReaders: () => ({
            before: Number.POSITIVE_INFINITY,
            trends,
            costs: [cost],
            ops: [{ add: (e) => ops.push(e.timestamp) }],
          }),
        }
      : {}),
  });
  await feed.loaded;
  const out = {
    summary: JSON.parse(JSON.stringify(feed.summary.snapshot(NOW))),
    seq: feed.seq,
    tail: feed.lines(),
    trends: [...trends.trends()],
    sessions: [...cost.sessions],
    phases: cost.phases,
    ops,
  };
  await feed.close();
  return { out, malformed };
}

const same = suite('feed: archives merged from their kept state serve what reading them serves');
same('first start (states built) and the next (states reused) equal a whole read', async () => {
  const dir = history();
  const whole = await load(dir, false);
  const first = await load(dir, true);
  const kept = fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.dashboard.json'));
  // One state beside each archive, and one for them all (the next start reads only that).
  assert.equal(kept.filter((f) => f.startsWith('events-')).length, 2);
  assert.ok(kept.includes('events.history.dashboard.json'), kept.join());
  const second = await load(dir, true);
  assert.equal(first.out, whole.out);
  assert.equal(second.out, whole.out);
  assert.equal([first.malformed, second.malformed], [whole.malformed, whole.malformed]);
  // A read counts the archive's bad line in the feed's malformed (to the alert engine as a batch count of 0).
  assert.equal(first.out.summary.malformed, 1);
  // Long fields are capped in the dashboard's summary, as a read through the feed caps them.
  assert.ok(JSON.stringify(second.out.summary).length < 60_000);
});
same.run();

const live = suite("feed: the live log's prefix merged from its kept state (monitor/live-prefix.ts)");
live('kept on the first start, then only the bytes after it read, after appends and a torn line', async () => {
  // Padded so the prefix passes the size a state is kept for.
  const padded = events.map((e) => ({ ...e, data: `${e.data} ${'p'.repeat(1200)}` }));
  const dir = project({ 'events.jsonl': lines(padded.slice(0, 300)) });
  const log = path.join(dir, '.2L', 'events.jsonl');
  const side = path.join(dir, '.2L', 'events.dashboard.json');
  const check = async (what: string) => {
    const whole = await load(dir, false);
    const merged = await load(dir, true);
    assert.equal(merged.out, whole.out, what);
    assert.is(merged.malformed, whole.malformed, what);
    return whole;
  };
  await check('first start');
  const offset = JSON.parse(fs.readFileSync(side, 'utf8')).prefix.offset;
  assert.is(offset, Buffer.byteLength(lines(padded.slice(0, 300))));
  const torn = JSON.stringify(padded[300]);
  fs.appendFileSync(log, `not json\n${torn.slice(0, 50)}`);
  await check('a torn last line');
  fs.appendFileSync(log, `${torn.slice(50)}\n${lines(padded.slice(301))}`);
  const whole = await check('after the rest was appended');
  assert.is(whole.out.seq, events.length);
  assert.ok(JSON.parse(fs.readFileSync(side, 'utf8')).prefix.offset > offset);
  fs.truncateSync(log, 0);
  fs.writeFileSync(log, lines(padded.slice(0, 10)));
  await check('truncated and written again');
});
live.run();
