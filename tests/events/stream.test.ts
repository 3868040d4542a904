import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { logFiles, newStreamStats, streamEvents, streamFiles, type StreamStats } from '../../lib/events/stream.ts';
import type { TwoLEvent } from '../../lib/events/format.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { at, hookEvent, lines, project } from '../util/perf-fixtures.ts';

async function collect(
  dir: string,
  opts: Parameters<typeof streamEvents>[1] = {},
): Promise<{ events: TwoLEvent[]; stats: StreamStats }> {
  const stats = newStreamStats();
  const events: TwoLEvent[] = [];
  for await (const e of streamEvents(dir, { ...opts, stats })) events.push(e);
  return { events, stats };
}

const bad = suite('event-stream: bad lines');
bad('absent log and absent .2L give nothing, no error', async () => {
  const { events, stats } = await collect('/nonexistent/2l-project');
  assert.is(events.length, 0);
  assert.is(stats.files, 0);
});
bad('an empty log gives nothing', async () => {
  const { events, stats } = await collect(project({ 'events.jsonl': '' }));
  assert.equal([events.length, stats.files, stats.lines], [0, 1, 0]);
});
bad('malformed lines are counted, good lines around them kept', async () => {
  const text = lines([
    hookEvent('stop', 1),
    'not json',
    '{"no":"timestamp"}',
    '[1,2]',
    '',
    '   ',
    '{"timestamp":"x","event_type":"stop"',
    hookEvent('stop', 2),
  ]);
  const seen: string[] = [];
  const { events, stats } = await collect(project({ 'events.jsonl': text }), { onBadLine: (k) => seen.push(k) });
  assert.is(events.length, 2);
  // '   ' is not an event either; '' is a blank line and not counted.
  assert.equal([stats.malformed, stats.truncated, stats.lines], [5, 0, 7]);
  assert.equal(seen, ['malformed', 'malformed', 'malformed', 'malformed', 'malformed']);
});
bad('a last line cut off without its newline is truncated, not malformed', async () => {
  const text = lines([hookEvent('stop', 1)]) + JSON.stringify(hookEvent('stop', 2)).slice(0, 40);
  const { events, stats } = await collect(project({ 'events.jsonl': text }));
  assert.equal([events.length, stats.truncated, stats.malformed], [1, 1, 0]);
});
bad('a complete last line without a newline is still an event', async () => {
  const text = JSON.stringify(hookEvent('stop', 1));
  const { events, stats } = await collect(project({ 'events.jsonl': text }));
  assert.equal([events.length, stats.truncated], [1, 0]);
});
bad('CRLF line ends are accepted', async () => {
  const text = `${JSON.stringify(hookEvent('stop', 1))}\r\n${JSON.stringify(hookEvent('stop', 2))}\r\n`;
  const { events } = await collect(project({ 'events.jsonl': text }));
  assert.is(events.length, 2);
});
bad('a line longer than the cap is dropped and counted, even across chunks', async () => {
  const huge = `{"timestamp":"${'x'.repeat(300_000)}"}`;
  const text = lines([hookEvent('stop', 1), huge, hookEvent('stop', 2)]) + huge; // and once more, unterminated
  const { events, stats } = await collect(project({ 'events.jsonl': text }), { maxLineBytes: 100_000 });
  assert.equal([events.length, stats.oversized], [2, 2]);
});
bad('multi-byte text split across read chunks survives', async () => {
  const e = hookEvent('stop', 1, { data: 'é'.repeat(70_000) }); // > one 64 KiB chunk
  const { events } = await collect(project({ 'events.jsonl': lines([e, e]) }));
  assert.is(events[1]!.data, e.data);
});
bad('the read size does not change what is read: 7-byte, 64 KiB and 1 MiB chunks agree', async () => {
  const text =
    lines([
      hookEvent('stop', 1, { data: 'ünï ✓ 日本' }),
      'not json',
      hookEvent('stop', 2),
      `{"timestamp":"${'x'.repeat(5000)}"}`,
      hookEvent('stop', 3),
    ]) + '{"timestamp":"cut';
  const dir = project({ 'events.jsonl': text });
  const runs = await Promise.all(
    [7, 1 << 16, 1 << 20].map((chunkBytes) => collect(dir, { chunkBytes, maxLineBytes: 1000 })),
  );
  for (const r of runs) {
    assert.equal(
      r.events.map((e) => e.data),
      ['ünï ✓ 日本', runs[0]!.events[1]!.data, runs[0]!.events[2]!.data],
    );
    assert.equal(
      [r.stats.events, r.stats.malformed, r.stats.oversized, r.stats.truncated, r.stats.bytes],
      [3, 1, 1, 1, Buffer.byteLength(text)],
    );
  }
});
bad('the cap counts bytes, not characters, at any read size', async () => {
  // 800 characters, 1,600 bytes: past a 1,000-byte cap whether the line spans chunks or sits inside one.
  const wide = hookEvent('stop', 2, { data: 'é'.repeat(800) });
  const dir = project({ 'events.jsonl': lines([hookEvent('stop', 1), wide, hookEvent('stop', 3)]) });
  for (const chunkBytes of [7, 1 << 16]) {
    const { events, stats } = await collect(dir, { chunkBytes, maxLineBytes: 1000 });
    assert.equal([events.length, stats.oversized], [2, 1], `chunk ${chunkBytes}`);
  }
});
bad('an unreadable log is an error, not an empty report', async () => {
  if (process.getuid?.() === 0) return; // root reads anything
  const dir = project({ 'events.jsonl': lines([hookEvent('stop', 1)]) });
  fs.chmodSync(path.join(dir, '.2L', 'events.jsonl'), 0o000);
  try {
    await collect(dir);
    assert.unreachable('reading an unreadable log should fail');
  } catch (err) {
    assert.is((err as NodeJS.ErrnoException).code, 'EACCES');
  }
});
bad.run();

const order = suite('event-stream: archives');
order('archives first, oldest first, then the live log', async () => {
  const dir = project({
    'events-20261120T100000000Z.jsonl': lines([hookEvent('stop', 1, { data: 'a1' })]),
    'events-20261119T100000000Z.jsonl': lines([hookEvent('stop', 0, { data: 'a0' })]),
    'events-20261120T100000000Z-1.jsonl': lines([hookEvent('stop', 2, { data: 'a2' })]),
    'events.jsonl': lines([hookEvent('stop', 3, { data: 'live' })]),
    'events-notes.jsonl': lines([hookEvent('stop', 9, { data: 'not an archive' })]),
  });
  assert.equal(
    logFiles(dir).map((f) => path.basename(f)),
    [
      'events-20261119T100000000Z.jsonl',
      'events-20261120T100000000Z.jsonl',
      'events-20261120T100000000Z-1.jsonl',
      'events.jsonl',
    ],
  );
  const { events } = await collect(dir);
  assert.equal(
    events.map((e) => e.data),
    ['a0', 'a1', 'a2', 'live'],
  );
});
order('archives only (live log rotated away) still read', async () => {
  const dir = project({ 'events-20261120T100000000Z.jsonl': lines([hookEvent('stop', 1)]) });
  assert.is((await collect(dir)).events.length, 1);
});
order('a file listed but gone by the time it is read is skipped', async () => {
  const dir = project();
  const { events } = await (async () => {
    const out: TwoLEvent[] = [];
    for await (const e of streamFiles([path.join(dir, '.2L', 'events-20261120T100000000Z.jsonl')])) out.push(e);
    return { events: out };
  })();
  assert.is(events.length, 0);
});
order.run();

const since = suite('event-stream: --since');
since('keeps events at or after the cut-off, counts the rest as skipped', async () => {
  const dir = project({ 'events.jsonl': lines([hookEvent('stop', 0), hookEvent('stop', 10), hookEvent('stop', 20)]) });
  const { events, stats } = await collect(dir, { since: at(10) });
  assert.equal(
    events.map((e) => e.timestamp),
    [at(10).toISOString(), at(20).toISOString()],
  );
  assert.is(stats.skipped, 1);
});
since('timestamps in other ISO forms are compared as times', async () => {
  const other = { timestamp: '2026-11-20T13:00:05+01:00', event_type: 'stop' }; // = 12:00:05Z
  const older = { timestamp: '2026-11-20T12:59:55+01:00', event_type: 'stop' }; // = 11:59:55Z
  const dir = project({ 'events.jsonl': lines([other, older]) });
  const { events } = await collect(dir, { since: at(0) });
  assert.equal(
    events.map((e) => e.timestamp),
    [other.timestamp],
  );
});
since('an archive last written before the cut-off is not opened', async () => {
  const dir = project({
    'events-20261101T000000000Z.jsonl': lines([hookEvent('stop', -86_400 * 19)]),
    'events.jsonl': lines([hookEvent('stop', 5)]),
  });
  const archive = path.join(dir, '.2L', 'events-20261101T000000000Z.jsonl');
  fs.utimesSync(archive, new Date(at(-3600)), new Date(at(-3600)));
  const { events, stats } = await collect(dir, { since: at(0) });
  assert.equal([events.length, stats.skippedFiles, stats.files], [1, 1, 1]);
});
since.run();

const planted = suite('event-stream: planted files are refused, never read');
// In-process: a plant that hangs a reader would hang the run on a regression (the commands' tests cover those).
for (const p of PLANTS.filter((x) => !x.hangs)) {
  planted(`a live log that is ${p.name}: a read error naming it, at once`, async () => {
    const outside = victim();
    const dir = project();
    p.plant(path.join(dir, '.2L', 'events.jsonl'), outside);
    try {
      await collect(dir);
      assert.unreachable('must throw');
    } catch (err) {
      assert.instance(err, Error);
      assert.match(
        (err as Error).message,
        new RegExp(`^cannot read the event log \`.*events\\.jsonl\`: ${p.refused.source}`),
      );
    }
  });
}
planted('a .2L that is a link is refused as a whole', async () => {
  const outside = victim();
  const dir = path.dirname(project()) + `/linked-${process.pid}`;
  fs.mkdirSync(dir);
  fs.symlinkSync(outside.dir, path.join(dir, '.2L'));
  try {
    await collect(dir);
    assert.unreachable('must throw');
  } catch (err) {
    assert.match((err as Error).message, /^cannot read the event log folder `.*\/\.2L`: is a symbolic link/);
  }
});
planted.run();
