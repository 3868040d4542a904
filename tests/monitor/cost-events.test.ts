import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CostUpdates, cumulativeOf } from '../../lib/monitor/cost-events.ts';
import { CostModel } from '../../lib/monitor/cost.ts';
import { defaultCostConfig } from '../../lib/monitor/cost-config.ts';
import { emptySessionCost, type Figures, type SessionCost } from '../../lib/monitor/cost-turn.ts';
import type { TwoLEvent } from '../../lib/events/format.ts';

const S = 'aaaaaaaa-1111-2222-3333-444444444444';
const fig = (input: number, usd: number): Figures => ({
  tokens: { input, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
  usd,
  usd_by_kind: { input: usd, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
  unpriced_tokens: 0,
  requests: input / 100,
});
function cumulative(input: number, usd: number): SessionCost {
  return {
    totals: fig(input, usd),
    agents: { main: fig(input, usd) },
    models: { m: { ...fig(input, usd), priced: true } },
  };
}
const update = (time: string, cum: unknown): TwoLEvent =>
  ({ event_type: 'cost_update', session_id: S, timestamp: time, payload: { cumulative: cum } }) as unknown as TwoLEvent;

const shape = suite('cost-events: only figures of the shape cost-turn.ts writes are taken');
const bad: Array<[string, (c: any) => void]> = [
  ['a negative token count', (c) => (c.totals.tokens.input = -1)],
  ['a fractional token count', (c) => (c.totals.tokens.input = 1.5)],
  ['a string for dollars', (c) => (c.totals.usd = '1')],
  ['no usd_by_kind (round 2)', (c) => delete c.totals.usd_by_kind],
  ['an infinite rate', (c) => (c.models.m.usd_by_kind.input = Number.POSITIVE_INFINITY)],
  ['a model without priced', (c) => delete c.models.m.priced],
  ['agents not an object', (c) => (c.agents = [])],
  [
    'too many agent rows',
    (c) => Object.assign(c.agents, Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`a${i}`, fig(0, 0)]))),
  ],
];
for (const [name, spoil] of bad)
  shape(`${name}: ignored`, () => {
    const c = structuredClone(cumulative(100, 1));
    spoil(c);
    assert.is(cumulativeOf({ cumulative: c }), undefined);
    const u = new CostUpdates();
    u.add(update('2026-11-30T10:00:00Z', c));
    assert.is(u.sessions.size, 0);
  });
shape('a well-formed one is taken as it is', () => {
  assert.equal(cumulativeOf({ cumulative: cumulative(100, 1) }), cumulative(100, 1));
  assert.equal(cumulativeOf({ cumulative: emptySessionCost() }), emptySessionCost());
});

const turns = suite('cost-events: the newest cumulative, turns from differences');
turns('a lost event leaves its turn in the next difference; the model takes the newest figures', () => {
  const u = new CostUpdates();
  u.add(update('2026-11-30T10:00:00Z', cumulative(100, 1)));
  // 10:05's event (to 200 / $2) was lost to a kill.
  u.add(update('2026-11-30T10:10:00Z', cumulative(300, 3)));
  const s = u.sessions.get(S)!;
  assert.equal(
    s.turns.map((t) => [t.time, t.figures.tokens.input, t.figures.usd]),
    [
      [Date.parse('2026-11-30T10:00:00Z'), 100, 1],
      [Date.parse('2026-11-30T10:10:00Z'), 200, 2],
    ],
  );
  const model = new CostModel(defaultCostConfig().prices);
  model.addPhase({ time: Date.parse('2026-11-30T10:05:00Z'), phase: 'build' });
  model.addLiveSession(S, s);
  const snap = model.snapshot(new Date('2026-11-30T10:12:00Z'), defaultCostConfig().budgets);
  assert.is(snap.totals.tokens.input, 300);
  assert.is(snap.totals.usd, 3);
  assert.equal(snap.phases.map((p) => [p.phase, p.tokens.input]).sort(), [
    ['build', 200],
    ['unknown', 100],
  ]);
  assert.equal(
    snap.agents.map((a) => [a.agent, a.tokens.input]),
    [['main', 300]],
  );
  assert.equal(snap.sessions[0]!.first, '2026-11-30T10:00:00.000Z');
});
shape.run();
turns.run();
