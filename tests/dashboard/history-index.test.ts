import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HistoryIndex, NO_SESSION } from '../../lib/dashboard/history-index.ts';
import { parseSearch, searchHistory, type SearchQuery } from '../../lib/dashboard/history-search.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { tempDir } from '../util/claude.ts';
import { costUpdate } from '../util/cost-events.ts';

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

// Each archive's share of the index is kept beside it (dashboard/history-part.ts): a restart reads none of them again.
const ARCHIVES = ['events-20261101T100000000Z.jsonl', 'events-20261101T110000000Z.jsonl'];
function archived(): { dir: string; log: string; state: string } {
  const p = project();
  // A cost as the Stop hook logs it, with an agent named `__proto__` beside main.
  const cost = (usd: number, at: number) => {
    const e = costUpdate('s2', { model: 'claude-sonnet-4-5', input: 1000, usd }, new Date(T0 + at));
    const main = (e.payload as { cumulative: { agents: Record<string, unknown> } }).cumulative.agents.main;
    const agents = '"agents":{';
    return JSON.stringify(e).replace(agents, `${agents}"__proto__":${JSON.stringify(main)},`);
  };
  fs.writeFileSync(
    path.join(p.state, ARCHIVES[0]!),
    [
      ev('session_start', 'start', 0, { session_id: 's1' }),
      ev('user_prompt', 'first <b>prompt</b>', 1, { session_id: 's1' }),
      'not json',
      ev('tool_complete', 'Bash: ls', 10, { session_id: 's1', tool_name: 'Bash', duration_ms: 5, agent_id: 'a1' }),
      ev('session_start', 'start', 20, { session_id: 's2' }),
      cost(0.5, 21),
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(p.state, ARCHIVES[1]!),
    [
      ev('tool_error', 'Bash failed', 30, { session_id: 's1', tool_name: 'Bash', error: 'exit 1' }),
      ev('session_end', 'end', 40, { session_id: 's1' }),
      ev('user_prompt', 'second', 41, { session_id: 's2' }),
      cost(0.75, 42),
      ev('tool_denied', 'denied', 43, { session_id: 's2', tool_name: 'Read' }),
      '',
    ].join('\n'),
  );
  append(p.log, [ev('session_end', 'end', 50, { session_id: 's2' }), ev('metric', 'm', 51)]);
  return p;
}

/** What an index serves: rows, columns, searches and lines read back. */
function served(index: HistoryIndex) {
  const all = Array.from({ length: index.count }, (_, i) => i);
  return {
    rows: index.sessionRows(),
    count: index.count,
    lines: index.readLines(all),
    s1: index.positionsOf('s1'),
    hits: searchHistory(index, query({ tool: 'Bash' })),
    stats: { events: index.stats.events, malformed: index.stats.malformed, oversized: index.stats.oversized },
  };
}

const parts = suite('history index: archives taken from the part kept beside them');
parts('a restart reads no archive, and serves what reading them serves', async () => {
  const { dir, log } = archived();
  const first = new HistoryIndex(dir, { now: () => T0 });
  await first.update();
  assert.is(first.stats.partsKept, 2);
  const second = new HistoryIndex(dir, { now: () => T0 });
  await second.update();
  assert.is(second.stats.parts, 2);
  assert.is(second.stats.bytesRead, fs.statSync(log).size, 'only the live log read');
  assert.equal(served(second), served(first));
  assert.is(first.sessionRow('s2')?.costUsd, 0.75);
  assert.is(first.sessionRow('s1')?.status, 'ended');
  assert.ok(Object.hasOwn(first.sessionRow('s2')?.costByAgent ?? {}, 'main'));
});
/** A part written, then changed by `edit` (the parsed JSON document), then a restart. */
async function planted(edit: (doc: { payload: Record<string, unknown> }) => void) {
  const p = archived();
  const whole = new HistoryIndex(p.dir, { now: () => T0 });
  await whole.update();
  const side = path.join(p.state, ARCHIVES[0]!.replace('.jsonl', '.index.json'));
  const doc = JSON.parse(fs.readFileSync(side, 'utf8'));
  edit(doc);
  fs.writeFileSync(side, JSON.stringify(doc));
  const again = new HistoryIndex(p.dir, { now: () => T0 });
  await again.update();
  return { whole, again };
}
const bad: Array<[string, (d: { payload: Record<string, unknown> }) => void]> = [
  ['a code past the string table', (d) => ((d.payload.strings as string[]).length = 1)],
  ['a line past the archive', (d) => (d.payload.size = 10)],
  ['a column of the wrong length', (d) => ((d.payload.cols as Record<string, string>).time = 'AAAA')],
  ['a column that is not base64 text', (d) => ((d.payload.cols as Record<string, unknown>).session = 7)],
  ['more events than bytes', (d) => (d.payload.n = 1e9)],
  ['a session naming code 0', (d) => ((d.payload.sessions as Array<{ code: number }>)[0]!.code = 0)],
  ['a string past the name cap', (d) => (d.payload.strings as string[]).push('x'.repeat(500))],
  ['garbage', (d) => (d.payload = 'nope' as unknown as Record<string, unknown>)],
];
for (const [name, edit] of bad)
  parts(`${name}: refused, the archive read instead`, async () => {
    const { whole, again } = await planted(edit);
    assert.is(again.stats.parts, 1, 'the other archive still from its part');
    assert.equal(served(again), served(whole));
  });
parts('`__proto__` among the agents of a cost: a key like any other, nothing polluted', async () => {
  const { whole, again } = await planted(() => undefined);
  assert.is(again.stats.parts, 2);
  assert.equal(served(again), served(whole));
  assert.is(({} as Record<string, unknown>).usd, undefined);
});
parts('a part copied from another archive, or a link to one: not used', async () => {
  const p = archived();
  await new HistoryIndex(p.dir).update();
  const [a, b] = ARCHIVES.map((x) => path.join(p.state, x.replace('.jsonl', '.index.json')));
  fs.copyFileSync(a!, b!);
  fs.rmSync(a!);
  fs.symlinkSync(b!, a!);
  const again = new HistoryIndex(p.dir);
  await again.update();
  assert.is(again.stats.parts, 0);
  assert.is(again.count, 12);
});
parts.run();
