import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { TwoLEvent } from '../../lib/events/format.ts';
import { Summary, type SummarySnapshot } from '../../lib/monitor/summary.ts';
import { parseSummaryState, type SummaryState } from '../../lib/monitor/summary-state.ts';
import { demoRound } from '../util/demo-rounds.ts';

/** The demo session `rounds` times over. */
function history(rounds: number): TwoLEvent[] {
  const t0 = Date.parse('2026-11-20T14:00:00.000Z');
  return Array.from({ length: rounds }, (_, r) =>
    demoRound(r, { t0, stepMs: 1500, shift: (r, i) => r * 0.37 + i * 0.011 }),
  ).flat();
}

const NOW = new Date('2026-11-21T00:00:00.000Z');
/** A snapshot as the page and `--json` get it (a key holding undefined is no key). */
const asJson = (s: Summary) => JSON.parse(JSON.stringify(s.snapshot(NOW)));

/** A stretch summarised with `record`, written as JSON and read back through the gate. */
function stored(events: readonly TwoLEvent[], malformed = 0): SummaryState {
  const s = new Summary({ record: true });
  for (const e of events) s.add(e);
  for (let i = 0; i < malformed; i++) s.addMalformed();
  const state = parseSummaryState(JSON.parse(JSON.stringify(s.toState())));
  assert.ok(state, 'the gate accepts what toState writes');
  return state!;
}

function oneStream(events: readonly TwoLEvent[], malformed = 0): Summary {
  const s = new Summary();
  for (const e of events) s.add(e);
  for (let i = 0; i < malformed; i++) s.addMalformed();
  return s;
}

const same = suite('summary-state: archives merged from their states read as one pass');
// Cuts at different places: between sessions, inside a session, inside an agent's run, inside a plan phase.
const cuts: Array<[string, number[]]> = [
  ['one archive and the live log', [95 * 3]],
  ['three archives, cut inside sessions and agent runs', [40, 95 * 2 + 17, 95 * 4 + 60]],
  ['an archive per event for a while', [1, 2, 3, 4, 5, 6, 7, 8, 50]],
];
for (const [name, at] of cuts)
  same(name, () => {
    const all = history(6);
    const bounds = [0, ...at, all.length];
    const merged = new Summary();
    for (let i = 0; i + 2 < bounds.length; i++)
      assert.ok(merged.mergeState(stored(all.slice(bounds[i], bounds[i + 1]), i)));
    for (const e of all.slice(bounds[bounds.length - 2])) merged.add(e);
    const malformed = ((bounds.length - 2) * (bounds.length - 3)) / 2;
    assert.equal(asJson(merged), asJson(oneStream(all, malformed)));
  });
same('states merge into states: a merged recording can be stored again', () => {
  const all = history(4);
  const a = new Summary({ record: true });
  a.mergeState(stored(all.slice(0, 100)));
  for (const e of all.slice(100, 250)) a.add(e);
  const again = parseSummaryState(JSON.parse(JSON.stringify(a.toState())))!;
  const merged = new Summary();
  merged.mergeState(again);
  for (const e of all.slice(250)) merged.add(e);
  assert.equal(asJson(merged), asJson(oneStream(all)));
});
same('a big history: totals exact, tool percentiles within 1 %', () => {
  const all = history(120); // ~11,400 events, 2,880 tool calls: past the exact list
  const merged = new Summary();
  for (const part of [all.slice(0, 4000), all.slice(4000, 9000)]) merged.mergeState(stored(part));
  for (const e of all.slice(9000)) merged.add(e);
  const a = asJson(merged) as SummarySnapshot;
  const b = asJson(oneStream(all)) as SummarySnapshot;
  for (const k of [
    'events',
    'by_type',
    'sessions',
    'agents',
    'plan',
    'phases',
    'errors',
    'per_minute',
    'alerts',
  ] as const)
    assert.equal(a[k], b[k], k);
  assert.equal(
    a.tools.map((t) => [t.tool, t.calls, t.failures, t.denied, t.count, t.min, t.max]),
    b.tools.map((t) => [t.tool, t.calls, t.failures, t.denied, t.count, t.min, t.max]),
  );
  for (const [i, t] of a.tools.entries())
    for (const p of ['p50', 'p95', 'p99'] as const) {
      const want = b.tools[i]![p]!;
      assert.ok(Math.abs(t[p]! - want) <= 0.01 * want + 0.01, `${t.tool} ${p}: ${t[p]} vs ${want}`);
    }
});
same('a denial repeated across a cut (the same call reported twice) counts once, as in one pass', () => {
  const all = history(3);
  const deny = (i: number): TwoLEvent => ({
    ...all[i]!,
    event_type: 'tool_denied',
    tool_name: 'Bash',
    tool_use_id: 'toolu_denied_twice',
    data: 'denied',
  });
  const events = [...all.slice(0, 60), deny(60), deny(61), ...all.slice(60)];
  const one = asJson(oneStream(events));
  assert.is(one.tools.find((t: { tool: string }) => t.tool === 'Bash').denied, 1);
  for (const at of [[61], [30, 61], [61, 62], [60, 61, 200]]) {
    const bounds = [0, ...at, events.length];
    const merged = new Summary();
    for (let i = 0; i + 2 < bounds.length; i++)
      assert.ok(merged.mergeState(stored(events.slice(bounds[i], bounds[i + 1]))));
    for (const e of events.slice(bounds[bounds.length - 2])) merged.add(e);
    assert.equal(asJson(merged), one, `cut at ${at}`);
  }
  // Merged into a recording and stored again: still taken back against what came before.
  const a = new Summary({ record: true });
  a.mergeState(stored(events.slice(61, 100)));
  const again = parseSummaryState(JSON.parse(JSON.stringify(a.toState())))!;
  const merged = new Summary();
  merged.mergeState(stored(events.slice(0, 61)));
  merged.mergeState(again);
  for (const e of events.slice(100)) merged.add(e);
  assert.equal(asJson(merged), one);
});
same('toState needs a recording summary', () => {
  assert.is(new Summary().toState(), undefined);
});
same.run();

const gate = suite('summary-state: a planted state is refused whole');
const good = () => JSON.parse(JSON.stringify(stored(history(1)))) as Record<string, unknown>;
const bad: Array<[string, (s: Record<string, unknown>) => unknown]> = [
  ['not an object', () => 'x'],
  ['negative events', (s) => ({ ...s, events: -1 })],
  ['fractional events', (s) => ({ ...s, events: 1.5 })],
  ['by_type counts as strings', (s) => ({ ...s, byType: [['tool_complete', '9']] })],
  ['a session without an id', (s) => ({ ...s, sessions: [{ ...(s.sessions as object[])[0], id: 7 }] })],
  [
    'a huge session list',
    (s) => ({ ...s, sessions: Array.from({ length: 10_001 }, () => (s.sessions as object[])[0]) }),
  ],
  ['a tool with no stats', (s) => ({ ...s, tools: [['Bash', { calls: 1, failures: 0, denied: 0 }]] })],
  ['no closed calls', (s) => ({ ...s, closed: undefined as unknown as string[] })],
  ['more closed calls than kept', (s) => ({ ...s, closed: Array.from({ length: 1025 }, (_, i) => `s\0${i}`) })],
  [
    'a first denial that is not a triple',
    (s) => ({ ...s, firstDenials: [['k', 's'] as unknown as [string, string, string]] }),
  ],
  [
    'a first denial naming an object',
    (s) => ({ ...s, firstDenials: [['k', 's', { __proto__: 1 }] as unknown as [string, string, string]] }),
  ],
  ['a minute with a long key', (s) => ({ ...s, minutes: [['x'.repeat(17), 1, 0]] })],
  ['a replay line that is not text', (s) => ({ ...s, replay: [{}] })],
  ['a replay line of a MiB', (s) => ({ ...s, replay: ['x'.repeat(1 << 20)] })],
  ['an interval of strings', (s) => ({ ...s, kpi: { ...(s.kpi as object), intervals: [['a', 'b']] } })],
  ['an id of 10,000 characters', (s) => ({ ...s, first: 'x'.repeat(10_000) })],
];
for (const [name, plant] of bad)
  gate(name, () => {
    assert.is(parseSummaryState(plant(good())), undefined);
  });
gate('a duration state the gate cannot see into is refused by the merge, leaving the summary unchanged', () => {
  const all = history(2);
  const s = oneStream(all.slice(0, 95));
  const before = JSON.stringify(s.snapshot(NOW));
  const state = good();
  (state.tools as Array<[string, { stats: unknown }]>)[0]![1].stats = {
    count: 5,
    sum: 1,
    min: 0,
    max: 1,
    buckets: [],
    exportCounts: [],
  };
  assert.is(s.mergeState(parseSummaryState(state)!), false);
  assert.is(JSON.stringify(s.snapshot(NOW)), before);
});
gate('replayed lines go through the log parser: junk lines are skipped, nothing thrown', () => {
  const state = good();
  state.replay = ['not json', '{"event_type":"agent_start"}', '[]', ...(state.replay as string[])];
  const s = new Summary();
  assert.ok(s.mergeState(parseSummaryState(state)!));
  assert.equal(asJson(s).agents, asJson(oneStream(history(1))).agents);
});
gate.run();
