/**
 * The live export's place in the log (otlp-cursor.ts): a rotated file is
 * followed under its archive name, a pruned or rewritten one is a counted gap,
 * a backlog past its bound drops the oldest lines and counts each one, and
 * half a line at the end of the live log waits for the rest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { endOfLog, readFrom, type LogPosition } from '../../lib/monitor/otlp-cursor.ts';

const T0 = Date.parse('2026-11-20T10:00:00.000Z');
/** One event line, `n` its number; every line is the same length, so byte bounds map to line counts. */
const line = (n: number) =>
  `${JSON.stringify({ timestamp: new Date(T0 + n).toISOString(), event_type: 'plan_start', phase: 'unknown', agent_id: 'main', data: `e${String(n).padStart(5, '0')}`, v: 1, source: 'emit' })}\n`;
const LINE = Buffer.byteLength(line(0));
const lines = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => line(from + i)).join('');

function project(): { dir: string; live: string; archive: (name: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'otlp-cursor-'));
  fs.mkdirSync(path.join(dir, '.2L'), { mode: 0o700 });
  return {
    dir,
    live: path.join(dir, '.2L', 'events.jsonl'),
    archive: (stamp) => path.join(dir, '.2L', `events-${stamp}.jsonl`),
  };
}
const OPEN = { maxEvents: 10_000, maxBacklogBytes: 64 << 20 };
const numbers = (r: ReturnType<typeof readFrom>) => r.events.map((e) => Number(e.data.slice(1)));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Read on from `pos` until nothing is left, `maxEvents` at a time; every event number, in order. */
function drain(dir: string, pos: LogPosition | undefined, maxEvents: number) {
  const seen: number[] = [];
  let lost = 0;
  for (let i = 0; i < 1000; i++) {
    const r = readFrom(dir, pos, { ...OPEN, maxEvents });
    seen.push(...numbers(r));
    if (r.lost) lost++;
    if (r.events.length === 0) return { seen, pos: r.next, lost };
    pos = r.next;
  }
  throw new Error('drain did not end');
}

const rotate = suite('otlp-cursor: rotation and pruning');
rotate('a rotated live file is followed under its archive name: every event once, in order', () => {
  const p = project();
  fs.writeFileSync(p.live, lines(0, 10));
  const start = readFrom(p.dir, undefined, { ...OPEN, maxEvents: 4 });
  assert.equal(numbers(start), range(0, 4));
  // Rotation renames the live file (the inode goes with it) and starts a new one.
  fs.renameSync(p.live, p.archive('20261120T100000010Z'));
  fs.writeFileSync(p.live, lines(10, 15));
  const rest = drain(p.dir, start.next, 3);
  assert.equal(rest.seen, range(4, 15));
  assert.is(rest.lost, 0);
});
rotate(
  'the position file pruned before it was exported: a gap, counted, and the export goes on from the oldest file',
  () => {
    const p = project();
    fs.writeFileSync(p.archive('20261120T100000010Z'), lines(0, 10));
    fs.writeFileSync(p.live, lines(10, 12));
    const first = readFrom(p.dir, undefined, { ...OPEN, maxEvents: 3 });
    assert.equal(numbers(first), [0, 1, 2]);
    fs.unlinkSync(p.archive('20261120T100000010Z'));
    const after = readFrom(p.dir, first.next, OPEN);
    assert.ok(after.lost, 'the gap is reported');
    assert.equal(numbers(after), [10, 11]);
  },
);
rotate(
  'the same inode with other first bytes (a file rewritten, or a reused inode) is not taken for the old one',
  () => {
    const p = project();
    fs.writeFileSync(p.live, lines(0, 6));
    const pos = endOfLog(p.dir)!;
    assert.is(pos.offset, 6 * LINE);
    // Rewritten in place: same inode, longer than the old offset, but not the file the position was in.
    const fd = fs.openSync(p.live, 'r+');
    fs.writeSync(fd, lines(100, 110), 0);
    fs.closeSync(fd);
    assert.is(fs.statSync(p.live).ino, pos.ino);
    const r = readFrom(p.dir, pos, OPEN);
    assert.ok(r.lost);
    assert.equal(numbers(r), range(100, 110), 'read from the start, not from the stale offset');
  },
);
rotate('a live file truncated below the position (same head) is read again from its start', () => {
  const p = project();
  fs.writeFileSync(p.live, lines(0, 6));
  const pos = endOfLog(p.dir)!;
  fs.truncateSync(p.live, 0);
  fs.writeFileSync(p.live, lines(0, 2)); // the same first line: the head still matches
  const r = readFrom(p.dir, pos, OPEN);
  assert.equal(numbers(r), [0, 1]);
});
rotate('half a line at the end of the live log is left for later, then read once', () => {
  const p = project();
  const next = line(3);
  fs.writeFileSync(p.live, lines(0, 3) + next.slice(0, 20));
  const a = readFrom(p.dir, undefined, OPEN);
  assert.equal(numbers(a), [0, 1, 2]);
  assert.is(a.behind, 20);
  fs.appendFileSync(p.live, next.slice(20));
  const b = readFrom(p.dir, a.next, OPEN);
  assert.equal(numbers(b), [3]);
  assert.is(b.behind, 0);
});
rotate.run();

const backlog = suite('otlp-cursor: the backlog bound');
const table: Array<[string, () => { dir: string; total: number }, number]> = [
  [
    'within one file: the oldest lines of the live log',
    () => {
      const p = project();
      fs.writeFileSync(p.live, lines(0, 100));
      return { dir: p.dir, total: 100 };
    },
    30,
  ],
  [
    'across files: whole archives, then the start of the next one',
    () => {
      const p = project();
      fs.writeFileSync(p.archive('20261120T100000010Z'), lines(0, 40));
      fs.writeFileSync(p.archive('20261120T100000020Z'), lines(40, 80));
      fs.writeFileSync(p.live, lines(80, 100));
      return { dir: p.dir, total: 100 };
    },
    25,
  ],
  [
    'the bound exactly on a file boundary',
    () => {
      const p = project();
      fs.writeFileSync(p.archive('20261120T100000010Z'), lines(0, 50));
      fs.writeFileSync(p.live, lines(50, 100));
      return { dir: p.dir, total: 100 };
    },
    50,
  ],
];
for (const [name, make, keep] of table)
  backlog(`${name}: the newest ${keep} lines are read, each line skipped is counted`, () => {
    const { dir, total } = make();
    const r = readFrom(dir, undefined, { maxEvents: 10_000, maxBacklogBytes: keep * LINE });
    assert.equal(numbers(r), range(total - keep, total));
    assert.is(r.dropped, total - keep);
    assert.is(r.dropped + r.events.length, total, 'nothing vanishes uncounted');
    assert.is(r.behind, 0);
  });
backlog('a bound in the middle of a line keeps that line whole (at most one line over), never half of it', () => {
  const p = project();
  fs.writeFileSync(p.live, lines(0, 10));
  const r = readFrom(p.dir, undefined, { maxEvents: 100, maxBacklogBytes: 4 * LINE + 7 });
  assert.equal(numbers(r), range(5, 10));
  assert.is(r.dropped, 5);
  assert.is(r.malformed, 0, 'no line was cut');
});
backlog('from a saved position: only what is past the bound after it is dropped', () => {
  const p = project();
  fs.writeFileSync(p.live, lines(0, 10));
  const pos = endOfLog(p.dir);
  fs.appendFileSync(p.live, lines(10, 60));
  const r = readFrom(p.dir, pos, { maxEvents: 1000, maxBacklogBytes: 20 * LINE });
  assert.equal(numbers(r), range(40, 60));
  assert.is(r.dropped, 30);
  assert.not.ok(r.lost);
});
backlog.run();
