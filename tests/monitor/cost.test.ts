process.env.TZ = 'UTC';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CostModel, forecast } from '../../lib/monitor/cost.ts';
import { PRICES } from '../../lib/monitor/pricing.ts';
import { UsageDeduper, usageFromEntry, type UsageRecord } from '../../lib/transcript/usage.ts';

const NO_BUDGETS = { session_usd: null, daily_usd: null };
let n = 0;
/** A response of `usd` dollars on Opus 4.7 ($25 per million output tokens) at `iso`. */
function rec(
  iso: string,
  usd: number,
  o: { session?: string; agent?: string; model?: string; id?: string } = {},
): UsageRecord {
  const r = usageFromEntry(
    {
      timestamp: iso,
      requestId: `req_${o.id ?? ++n}`,
      message: {
        id: `msg_${o.id ?? n}`,
        model: o.model ?? 'claude-opus-4-7',
        usage: { input_tokens: 0, output_tokens: Math.round((usd / 25) * 1e6) },
      },
    },
    { sessionId: o.session ?? 's1', agentId: o.agent },
  );
  if (!r || !('record' in r)) throw new Error('bad record');
  return r.record;
}

const model = suite('cost: totals per session, agent, phase, model');
model('phases: a record belongs to the phase current at its time', () => {
  const m = new CostModel(PRICES);
  m.addPhase({ time: Date.parse('2026-11-02T10:00:00Z'), phase: 'building' });
  m.addPhase({ time: Date.parse('2026-11-02T09:00:00Z'), phase: 'planning' });
  const d = new UsageDeduper();
  for (const r of [
    rec('2026-11-02T08:00:00Z', 1),
    rec('2026-11-02T09:30:00Z', 2),
    rec('2026-11-02T10:00:00Z', 4),
    rec('2026-11-02T11:00:00Z', 8),
  ])
    m.apply(d.add(r));
  const s = m.snapshot(new Date('2026-11-02T12:00:00Z'), NO_BUDGETS);
  assert.equal(Object.fromEntries(s.phases.map((p) => [p.phase, p.usd])), { building: 12, planning: 2, unknown: 1 });
  assert.is(s.totals.usd, 15);
});
model('agents and sessions; a subagent keeps its type', () => {
  const m = new CostModel(PRICES);
  m.setAgentType('a1', 'Explore');
  const d = new UsageDeduper();
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 1, { session: 's1' })));
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 2, { session: 's1', agent: 'a1' })));
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 4, { session: 's2' })));
  const s = m.snapshot(new Date('2026-11-02T12:00:00Z'), NO_BUDGETS);
  assert.equal(
    s.sessions.map((x) => [x.session, x.usd]),
    [
      ['s2', 4],
      ['s1', 3],
    ],
  );
  assert.equal(
    s.agents.map((x) => [x.session, x.agent, x.agent_type, x.usd]),
    [
      ['s2', 'main', undefined, 4],
      ['s1', 'a1', 'Explore', 2],
      ['s1', 'main', undefined, 1],
    ],
  );
});
model('a streaming copy with more tokens replaces the earlier one: counted once, at its final size', () => {
  const m = new CostModel(PRICES);
  const d = new UsageDeduper();
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 1, { id: 'x' })));
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 3, { id: 'x' })));
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 2, { id: 'x' })));
  const s = m.snapshot(new Date('2026-11-02T12:00:00Z'), NO_BUDGETS);
  assert.equal([s.totals.usd, s.totals.requests, s.sessions[0]!.requests, s.models[0]!.requests], [3, 1, 1, 1]);
});
model('an unknown model: tokens counted, dollars not, named unpriced', () => {
  const m = new CostModel(PRICES);
  const d = new UsageDeduper();
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 1, { model: 'claude-experimental-9' })));
  m.apply(d.add(rec('2026-11-02T08:00:00Z', 1)));
  const s = m.snapshot(new Date('2026-11-02T12:00:00Z'), NO_BUDGETS);
  assert.equal([s.totals.usd, s.totals.unpriced_tokens, s.unpriced_models], [1, 40_000, ['claude-experimental-9']]);
});
model.run();

const budget = suite('cost: burn rate, budgets, forecast');
budget('burn rate over the last 15 minutes, today in the local day', () => {
  const m = new CostModel(PRICES);
  const d = new UsageDeduper();
  m.apply(d.add(rec('2026-11-01T23:50:00Z', 100)));
  m.apply(d.add(rec('2026-11-02T16:00:00Z', 2)));
  m.apply(d.add(rec('2026-11-02T16:10:00Z', 1)));
  m.apply(d.add(rec('2026-11-02T16:20:00Z', 0.5)));
  const s = m.snapshot(new Date('2026-11-02T16:20:00Z'), NO_BUDGETS);
  assert.equal([s.burn.usd_per_hour, s.today.date, s.today.usd], [6, '2026-11-02', 3.5]);
});
budget('crossed budgets alert: the session over its own, the day over the daily', () => {
  const m = new CostModel(PRICES);
  const d = new UsageDeduper();
  m.apply(d.add(rec('2026-11-02T16:00:00Z', 6, { session: 'big' })));
  m.apply(d.add(rec('2026-11-02T16:00:00Z', 1, { session: 'small' })));
  const s = m.snapshot(new Date('2026-11-02T16:20:00Z'), { session_usd: 5, daily_usd: 7 });
  assert.equal(s.budgets.alerts, [
    { budget: 'session_usd', session: 'big', usd: 6, limit: 5 },
    { budget: 'daily_usd', usd: 7, limit: 7 },
  ]);
});
budget('forecast: "at the last 15 minutes\' burn rate the daily budget is reached at 16:40"', () => {
  const now = new Date('2026-11-02T16:20:00Z');
  const dayStart = Date.parse('2026-11-02T00:00:00Z');
  const f = forecast(now, 18, 6, 20, dayStart);
  assert.is(f.forecast, "at the last 15 minutes' burn rate ($6.00/h) the daily budget ($20.00) is reached at 16:40");
  assert.is(f.daily_reached_at, '2026-11-02T16:40:00.000Z');
  assert.match(forecast(now, 1, 1, 20, dayStart).forecast, /is not reached today/);
  assert.match(forecast(now, 1, 0, 20, dayStart).forecast, /no spending in the last 15 minutes/);
  assert.match(forecast(now, 21, 3, 20, dayStart).forecast, /is used up: \$21\.00 today/);
});
budget.run();
