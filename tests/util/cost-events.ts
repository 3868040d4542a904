/**
 * `cost_update` events as cost-turn.ts writes them, for logs that need a
 * session tracked live: one model, `input` and `output` tokens, `usd` split
 * between them, cumulative figures (what readers take) and the same as the delta.
 */
import { costUpdateEvent, emptySessionCost } from '../../lib/monitor/cost-turn.ts';
import type { TwoLEvent } from '../../lib/events/format.ts';
import { zeroTokens } from '../../lib/transcript/usage.ts';

export function costUpdate(
  session: string,
  f: { model: string; input: number; output?: number; usd: number; outputUsd?: number },
  time: Date,
): TwoLEvent {
  const outputUsd = f.outputUsd ?? 0;
  const figures = {
    tokens: { ...zeroTokens(), input: f.input, output: f.output ?? 0 },
    usd: f.usd,
    usd_by_kind: { ...zeroTokens(), input: f.usd - outputUsd, output: outputUsd },
    unpriced_tokens: 0,
    requests: 1,
  };
  const cumulative = emptySessionCost();
  cumulative.totals = figures;
  cumulative.agents = { main: figures };
  cumulative.models = { [f.model]: { ...figures, priced: true } };
  return costUpdateEvent(
    session,
    'Stop',
    {
      turn: 1,
      delta: figures,
      cumulative,
      day: { date: time.toISOString().slice(0, 10), usd: f.usd },
      input: { files: 1, bytes: 1, skipped_lines: 0, rejected: {}, duplicates: 0, restarted: [], refused: [] },
    },
    time,
  );
}
