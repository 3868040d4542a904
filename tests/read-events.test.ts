import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { archiveTime, logFiles, readEvents, type ReadStats } from '../lib/read-events.ts';
import { tempDir } from './util/claude.ts';

const ev = (ts: string, data: string, extra: object = {}) => `${JSON.stringify({ timestamp: ts, event_type: 'stop', data, ...extra })}\n`;
async function collect(project: string, opts = {}) {
  const stats: ReadStats = { files: 0, lines: 0, malformed: 0 };
  const data: string[] = [];
  for await (const e of readEvents(project, opts, stats)) data.push(e.data);
  return { data, stats };
}
function project(files: Record<string, string>): string {
  const dir = tempDir('read-events');
  fs.mkdirSync(path.join(dir, '.2L'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, '.2L', name), text);
  return dir;
}

const read = suite('readEvents');
read('archives oldest first, then the live log; malformed and blank lines counted', async () => {
  const dir = project({
    'events-20261120T110000000Z.jsonl': ev('2026-11-20T10:30:00Z', 'b'),
    'events-20261120T100000000Z.jsonl': ev('2026-11-20T09:30:00Z', 'a'),
    'events.jsonl': `${ev('2026-11-20T11:30:00Z', 'c')}\n{"broken":\n[1,2]\n${ev('2026-11-20T11:31:00Z', 'd')}{"timestamp":"2026`,
    'events-not-an-archive.jsonl': ev('2026-11-20T08:00:00Z', 'x'),
  });
  assert.equal(await collect(dir), { data: ['a', 'b', 'c', 'd'], stats: { files: 3, lines: 7, malformed: 3 } });
});
read('--since skips archives rotated before it and older events', async () => {
  const dir = project({
    'events-20261120T100000000Z.jsonl': ev('2026-11-20T09:30:00Z', 'a'),
    'events-20261120T110000000Z.jsonl': `${ev('2026-11-20T10:30:00Z', 'b')}${ev('2026-11-20T10:50:00Z', 'c')}`,
    'events.jsonl': ev('2026-11-20T11:30:00Z', 'd'),
  });
  const got = await collect(dir, { sinceMs: Date.parse('2026-11-20T10:40:00Z') });
  assert.equal(got, { data: ['c', 'd'], stats: { files: 2, lines: 3, malformed: 0 } });
});
read('session filter', async () => {
  const dir = project({ 'events.jsonl': ev('2026-11-20T09:30:00Z', 'a', { session_id: 'A' }) + ev('2026-11-20T09:30:00Z', 'b', { session_id: 'B' }) + ev('2026-11-20T09:30:00Z', 'n') });
  assert.equal((await collect(dir, { sessionId: 'B' })).data, ['b']);
});
read('no .2L folder, an empty log', async () => {
  assert.equal(await collect(tempDir('read-none')), { data: [], stats: { files: 0, lines: 0, malformed: 0 } });
  assert.equal(await collect(project({ 'events.jsonl': '' })), { data: [], stats: { files: 1, lines: 0, malformed: 0 } });
});
read('a log that cannot be read is an error naming it', async () => {
  const dir = project({});
  const file = path.join(dir, '.2L', 'events.jsonl');
  fs.mkdirSync(file);
  let message = '';
  try {
    await collect(dir);
  } catch (err) {
    message = (err as Error).message;
  }
  assert.is(message, `cannot read \`${file}\`: EISDIR: illegal operation on a directory, read`);
});
read('archive names', () => {
  assert.is(archiveTime('/x/events-20261120T231500123Z.jsonl'), Date.parse('2026-11-20T23:15:00.123Z'));
  assert.is(archiveTime('/x/events-20261120T231500123Z-2.jsonl'), Date.parse('2026-11-20T23:15:00.123Z'));
  assert.is(archiveTime('/x/events.jsonl'), undefined);
  assert.equal(logFiles('/nonexistent'), ['/nonexistent/.2L/events.jsonl']);
});
read.run();
