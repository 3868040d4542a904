// The dashboard's token and cost counters: the same text `/2l-status --prom` prints for the same
// log (one computation, one renderer), recomputed when due by an injected clock, and started again
// when the log is truncated.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { CostMetrics } from '../../lib/dashboard/cost-metrics.ts';
import { CostContext, collectCost } from '../../lib/monitor/cost-collect.ts';
import { defaultCostConfig } from '../../lib/monitor/cost-config.ts';
import { renderCostPrometheus } from '../../lib/monitor/cost-render.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { costUpdate } from '../util/cost-events.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude');
const S1 = '11111111-1111-4111-8111-111111111111';
const T0 = new Date('2026-11-30T10:00:00.000Z');

const start = (session: string): TwoLEvent =>
  ({ ...newEvent('session_start', '', { session_id: session, agent_id: 'main' }, T0), source: 'hook' }) as TwoLEvent;

const update = (session: string, input: number, usd: number) =>
  costUpdate(session, { model: 'claude-opus-5', input, usd }, T0);

function setup() {
  const feed = { epoch: 0, seq: 0 };
  let clock = T0.getTime();
  const env = { CLAUDE_CONFIG_DIR: FIXTURES, HOME: tempDir('home') };
  const costs = new CostMetrics(tempDir('cost-metrics'), feed, { env, now: () => clock, minIntervalMs: 2000 });
  const add = (...events: TwoLEvent[]) => {
    feed.seq += events.length;
    costs.onBatch(events);
  };
  return { feed, costs, add, env, tick: (ms: number) => (clock += ms), now: () => new Date(clock) };
}

const same = suite('dashboard cost counters: the figures /2l-status computes');
same('transcript sessions and a live session: the text the --prom renderer makes of collectCost', async () => {
  const { costs, add, env, now } = setup();
  const events = [start(S1), start('live-1'), update('live-1', 1000, 0.25)];
  add(...events);
  const context = new CostContext();
  for (const e of events) context.add(e);
  const { snapshot } = await collectCost(context, { config: defaultCostConfig(), now: now(), env });
  assert.is(await costs.current(), renderCostPrometheus(snapshot));
  assert.match(await costs.current(), /^twol_tokens_total\{model="claude-opus-5",kind="input"\} 1000$/m);
  assert.match(await costs.current(), /^twol_cost_usd_total\{model="claude-opus-5",kind="input"\} 0\.25$/m);
  assert.match(await costs.current(), /^twol_tokens_total\{model="claude-opus-4-7",kind="cache_write_1h"\} \d+$/m);
});

const due = suite('dashboard cost counters: recomputed when due');
due('a moved log waits for the minimum interval; a still log waits for the maximum age', async () => {
  const { costs, add, tick } = setup();
  add(start('live-1'), update('live-1', 100, 0.1));
  await costs.current();
  assert.is(costs.version, 1);
  add(update('live-1', 300, 0.3));
  await costs.current();
  assert.is(costs.version, 1, 'not before the minimum interval');
  tick(2000);
  assert.match(await costs.current(), /kind="input"\} 300$/m);
  assert.is(costs.version, 2);
  tick(29_000);
  await costs.current();
  assert.is(costs.version, 2, 'log unchanged, younger than the maximum age');
  tick(1000);
  await costs.current();
  assert.is(costs.version, 3, 'the burn rate and today move with the clock');
});
due('concurrent scrapes share one computation, and each gets its figures', async () => {
  const { costs, add } = setup();
  add(start(S1));
  const texts = await Promise.all([costs.current(), costs.current(), costs.current()]);
  assert.is(costs.version, 1);
  for (const t of texts) assert.match(t, /^twol_tokens_total\{/m);
});
due('a truncated log (new epoch) starts the counters again', async () => {
  const { costs, add, feed, tick } = setup();
  add(start('live-1'), update('live-1', 100, 0.1));
  assert.match(await costs.current(), /claude-opus-5/);
  feed.epoch++;
  feed.seq = 0;
  add(start('live-2'));
  tick(2000);
  assert.not.match(await costs.current(), /claude-opus-5/);
});
same.run();
due.run();
