// Agreement with ccusage 20.0.24 on the fixture transcripts (tests/fixtures/transcripts): several
// sessions over several days and models, two subagents, a session resumed days later, an older
// resume that copies another session's responses, streaming lines written several times, an
// API-error message, an unknown model, and lines that must not count. Per session, tokens must be
// equal and dollars within 0.5 % (they are equal to a millionth of a cent today).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { ccusageSessions } from '../util/ccusage.ts';
import { CostContext, collectCost } from '../../lib/monitor/cost-collect.ts';
import { defaultCostConfig } from '../../lib/monitor/cost-config.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude');
const SESSIONS = {
  s1: '11111111-1111-4111-8111-111111111111',
  s2: '22222222-2222-4222-8222-222222222222',
  s3: '33333333-3333-4333-8333-333333333333',
  s4: '44444444-4444-4444-8444-444444444444',
  s5: '55555555-5555-4555-8555-555555555555',
};

async function ours() {
  const context = new CostContext();
  for (const id of Object.values(SESSIONS))
    context.add({
      timestamp: '2026-11-01T00:00:00.000Z',
      event_type: 'session_start',
      phase: 'unknown',
      agent_id: 'main',
      data: '',
      v: 1,
      source: 'hook',
      session_id: id,
    });
  return collectCost(context, {
    config: defaultCostConfig(),
    now: new Date('2026-11-07T00:00:00Z'),
    env: { CLAUDE_CONFIG_DIR: FIXTURES, HOME: tempDir('home') },
  });
}

const agree = suite('cost: agreement with ccusage 20.0.24 --offline');
agree('every fixture session: tokens equal, cost within 0.5 %', async () => {
  const cc = await ccusageSessions(tempDir('home'), FIXTURES);
  const { snapshot } = await ours();
  assert.equal([...cc.keys()].sort(), Object.values(SESSIONS).sort());
  for (const s of snapshot.sessions) {
    const c = cc.get(s.session)!;
    assert.equal(
      [s.tokens.input, s.tokens.output, s.tokens.cache_write_5m + s.tokens.cache_write_1h, s.tokens.cache_read],
      [c.inputTokens, c.outputTokens, c.cacheCreationTokens, c.cacheReadTokens],
      `tokens of ${s.session}`,
    );
    const diff = Math.abs(s.usd - c.totalCost);
    assert.ok(diff <= c.totalCost * 0.005, `${s.session}: pack $${s.usd}, ccusage $${c.totalCost}`);
  }
});
agree('the unknown model is counted and reported unpriced, as ccusage does', async () => {
  const { snapshot } = await ours();
  assert.equal(snapshot.unpriced_models, ['claude-experimental-9']);
  const s4 = snapshot.sessions.find((s) => s.session === SESSIONS.s4)!;
  assert.is(s4.unpriced_tokens, 40 + 400 + 4_000);
});
agree('bad lines are counted by reason and none of their tokens reach a total', async () => {
  const { snapshot, input } = await ours();
  assert.equal(input.rejected, { 'bad-usage': 3, 'null-field': 1, 'empty-id': 1, 'bad-version': 1 });
  assert.is(input.malformed, 1);
  assert.is(input.truncated, 1);
  // Every bad line carries 99,999 or 77,777 input tokens: no session may hold that many.
  for (const s of snapshot.sessions) assert.ok(s.tokens.input < 77_777, s.session);
});
agree.run();
