import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HistoryIndex, NO_SESSION } from '../../lib/dashboard/history-index.ts';
import { parseSearch, searchHistory, type SearchQuery } from '../../lib/dashboard/history-search.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { tempDir } from '../util/claude.ts';

const T0 = Date.parse('2026-11-01T10:00:00.000Z');
function ev(type: string, data: string, at: number, fields: Partial<TwoLEvent> = {}): string {
  return JSON.stringify(newEvent(type, data, { source: 'hook', agent_id: 'main', ...fields }, new Date(T0 + at)));
}

function project(): { dir: string; log: string; state: string } {
  const dir = tempDir('hist');
  const state = path.join(dir, '.2L');
  fs.mkdirSync(state, { mode: 0o700 });
  return { dir, log: path.join(state, 'events.jsonl'), state };
}

function append(file: string, lines: string[]): void {
  fs.appendFileSync(file, lines.map((l) => `${l}\n`).join(''));
}

function query(q: Partial<SearchQuery>): SearchQuery {
  return { text: '', type: '', tool: '', agent: '', session: '', from: NaN, to: NaN, before: NaN, limit: 50, ...q };
}

const incremental = suite('history index: reads only what was appended');

incremental('a second update reads the new bytes only, and a rotation continues the same file', async () => {
  const { dir, log, state } = project();
  append(log, [
    ev('session_start', 'start', 0, { session_id: 's1' }),
    ev('tool_complete', 'Bash: ls', 10, { session_id: 's1', tool_name: 'Bash', duration_ms: 5 }),
  ]);
  const index = new HistoryIndex(dir);
  await index.update();
  const first = index.stats.bytesRead;
  assert.is(first, fs.statSync(log).size);
  assert.is(index.count, 2);
  await index.update();
  assert.is(index.stats.bytesRead, first, 'nothing new: nothing read');
  const more = ev('tool_error', 'Bash failed', 20, { session_id: 's1', tool_name: 'Bash', error: 'exit 1' });
  append(log, [more]);
  // The writer's rotation: the live log renamed (same inode), a new one started.
  fs.renameSync(log, path.join(state, 'events-20261101T100000000Z.jsonl'));
  append(log, [ev('session_end', 'end', 30, { session_id: 's1' })]);
  await index.update();
  assert.is(index.stats.bytesRead, first + more.length + 1 + fs.statSync(log).size);
  assert.is(index.count, 4);
  const [row] = index.sessionRows();
  assert.equal(
    {
      id: row!.id,
      events: row!.events,
      tools: row!.toolCalls,
      failures: row!.failures,
      status: row!.status,
      ms: row!.durationMs,
    },
    { id: 's1', events: 4, tools: 2, failures: 1, status: 'ended', ms: 30 },
  );
});

incremental('an unfinished last line waits for its newline', async () => {
  const { dir, log } = project();
  const line = ev('tool_complete', 'x', 0, { session_id: 's' });
  fs.writeFileSync(log, `${line}\n${line.slice(0, 20)}`);
  const index = new HistoryIndex(dir);
  await index.update();
  assert.is(index.count, 1);
  fs.appendFileSync(log, `${line.slice(20)}\n`);
  await index.update();
  assert.is(index.count, 2);
  assert.is(index.stats.malformed, 0);
});

incremental('a truncated log is read again from its start', async () => {
  const { dir, log } = project();
  append(log, [ev('a', '1', 0), ev('a', '2', 1), ev('a', '3', 2)]);
  const index = new HistoryIndex(dir);
  await index.update();
  fs.writeFileSync(log, `${ev('b', 'new', 5)}\n`);
  await index.update();
  assert.is(index.count, 1);
  assert.is(index.stats.rebuilds, 1);
});

const hostile = suite('history index: a hostile .2L');

hostile('a linked .2L, a linked archive and a FIFO are never read', async () => {
  const outside = tempDir('outside');
  const secret = path.join(outside, 'secret.jsonl');
  fs.writeFileSync(secret, `${ev('secret', 'SECRET', 0)}\n`);
  const a = tempDir('linked');
  fs.symlinkSync(outside, path.join(a, '.2L'));
  const ia = new HistoryIndex(a);
  await ia.update();
  assert.is(ia.count, 0);
  const { dir, log, state } = project();
  fs.symlinkSync(secret, path.join(state, 'events-20260101T000000000Z.jsonl'));
  spawnFifo(path.join(state, 'events-20260102T000000000Z.jsonl'));
  append(log, [ev('ok', 'mine', 0)]);
  const ib = new HistoryIndex(dir);
  await ib.update();
  assert.is(ib.count, 1);
  assert.equal(
    ib.readLines([0]).map((l) => JSON.parse(l).data),
    ['mine'],
  );
});

hostile('long lines and junk cost bounded memory and are counted', async () => {
  const { dir, log } = project();
  const big = ev('big', 'x'.repeat(5 << 20), 0, { session_id: 's' });
  const mid = ev('mid', 'y'.repeat(2 << 20), 1, { session_id: 's' });
  fs.writeFileSync(log, `${big}\nnot json\n${mid}\n${ev('ok', 'fine', 2, { session_id: 's' })}\n`);
  const index = new HistoryIndex(dir);
  await index.update();
  assert.is(index.stats.oversized, 1);
  assert.is(index.stats.malformed, 1);
  assert.is(index.count, 2, 'the 2 MiB line (under the cap) and the short one');
  // Read back, a line past 1 MiB is stood in for by its indexed fields, never held whole.
  const [standIn, ok] = index.readLines([0, 1]).map((l) => JSON.parse(l));
  assert.equal(
    [standIn.event_type, standIn.session_id, standIn.data],
    ['mid', 's', `[an event of ${Buffer.byteLength(mid)} bytes, not read back]`],
  );
  assert.is(ok.data, 'fine');
});

hostile('session ids are keys: `..`, HTML and __proto__ are just names', async () => {
  const { dir, log } = project();
  const ids = ['../../etc/passwd', '<img src=x onerror=alert(1)>', '__proto__', 'constructor'];
  append(log, [
    ...ids.map((id, i) => ev('session_start', 'x', i, { session_id: id })),
    ev('plan_start', 'no session', 9, { source: 'emit' }),
  ]);
  const index = new HistoryIndex(dir);
  await index.update();
  const rows = index
    .sessionRows()
    .map((r) => r.id)
    .sort();
  assert.equal(rows, [...ids, NO_SESSION].sort());
  assert.is(index.sessionRow('nope'), undefined);
  assert.is(index.positionsOf('../../etc/passwd').length, 1);
});

function spawnFifo(p: string): void {
  // mkfifo(1) is in coreutils; a FIFO at an archive's name must never block the reader.
  const r = spawnSync('mkfifo', [p]);
  assert.is(r.status, 0);
}

const search = suite('history search');

async function searchable() {
  const { dir, log } = project();
  const lines: string[] = [];
  for (let i = 0; i < 300; i++)
    lines.push(
      ev(i % 3 === 0 ? 'tool_error' : 'tool_complete', `Bash: step ${i}${i % 3 === 0 ? ' failed' : ''}`, i * 1000, {
        session_id: i < 150 ? 'old' : 'new',
        tool_name: i % 2 ? 'Bash' : 'Read',
        agent_id: i % 5 ? 'main' : 'sub-1',
      }),
    );
  append(log, lines);
  const index = new HistoryIndex(dir);
  await index.update();
  return index;
}

search('text finds every match across the history, newest first, paged without gaps or repeats', async () => {
  const index = await searchable();
  const seen: number[] = [];
  let before = NaN;
  for (let page = 0; page < 20; page++) {
    const r = searchHistory(index, query({ text: 'failed', limit: 30, before }));
    seen.push(...r.hits.map((h) => h.at));
    if (r.next === undefined) break;
    before = r.next;
  }
  assert.is(seen.length, 100);
  assert.is(new Set(seen).size, 100);
  assert.equal(
    seen,
    [...seen].sort((a, b) => b - a),
  );
});

search('filters: type, tool, agent, session and time range, together', async () => {
  const index = await searchable();
  const r = searchHistory(
    index,
    query({
      type: 'tool_error',
      tool: 'Bash',
      agent: 'main',
      session: 'old',
      from: T0 + 20_000,
      to: T0 + 100_000,
      limit: 200,
    }),
  );
  const expect: number[] = [];
  for (let i = 100; i >= 20; i--) if (i % 3 === 0 && i % 2 === 1 && i % 5 !== 0) expect.push(i);
  assert.equal(
    r.hits.map((h) => h.at),
    expect,
  );
  assert.ok(r.hits.every((h) => h.session === 'old'));
  assert.is(searchHistory(index, query({ tool: 'NoSuchTool' })).hits.length, 0);
});

search('the text is a plain substring: regex syntax and backtracking bait match literally', async () => {
  const index = await searchable();
  for (const text of ['(a+)+$', '.*', '[', '\\', '"'])
    assert.is(searchHistory(index, query({ text })).hits.length, 0, text);
  assert.is(searchHistory(index, query({ text: 'step 12x' })).hits.length, 0);
  assert.is(searchHistory(index, query({ text: 'step 12' })).hits.length, 1 + 10);
});

search('parseSearch refuses oversized and malformed parameters', () => {
  const bad: Array<[string, string]> = [
    [`q=${'a'.repeat(201)}`, '`q` is too long'],
    [`session=${'a'.repeat(201)}`, '`session` is too long'],
    ['from=yesterday', '`from` is not a date'],
    ['before=-1', '`before` is not a position'],
    ['limit=100000', '`limit` must be 1 to 200'],
  ];
  for (const [q, error] of bad) assert.equal(parseSearch(new URLSearchParams(q)), { error }, q);
  const ok = parseSearch(new URLSearchParams('q=  Failed &limit=5'));
  assert.ok(!('error' in ok) && ok.text === 'failed' && ok.limit === 5);
});

incremental.run();
hostile.run();
search.run();
