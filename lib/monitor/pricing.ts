/**
 * What a token costs: the table shipped with the pack, how a model name from a
 * transcript finds its row, and one usage record priced. Pure.
 *
 * A model with no row is unpriced and reported as such, never priced at zero
 * (a new model would otherwise look free). Rows added or changed in
 * `.2L/config.yaml` (`pricing:`, monitor/cost-config.ts) win over the table.
 */
import { TOKEN_KINDS, zeroTokens, type TokenKind, type Tokens, type UsageRecord } from '../transcript/usage.ts';

/** USD per million tokens of each kind. */
export type Rates = Record<TokenKind, number>;

export interface ModelPrice extends Rates {
  /** Requests whose input (input + cache writes + cache reads) passes `threshold` tokens are priced at these rates, whole. */
  long_context?: Rates & { threshold: number };
  /** Fast mode (`usage.speed: "fast"`) costs this multiple of every rate. */
  fast_multiplier?: number;
}

export const PRICING_SOURCE = {
  /** The day the rates below were read. */
  date: '2026-11-30',
  url: 'https://platform.claude.com/docs/en/about-claude/pricing',
  note:
    'Standard (non-batch) API rates, USD per million tokens; 5m and 1h cache writes, cache hits. Fast-mode multiples as in ccusage 20.0.24. ' +
    "Rows were checked against ccusage 20.0.24 --offline, and claude-opus-5-5 against Claude Code 2.1.332's own total_cost_usd (docs/cost.md).",
} as const;

const rates = (input: number, output: number, w5: number, w1: number, read: number): Rates => ({
  input,
  output,
  cache_write_5m: w5,
  cache_write_1h: w1,
  cache_read: read,
});

const OPUS_45 = rates(5, 25, 6.25, 10, 0.5);
const OPUS_4 = rates(15, 75, 18.75, 30, 1.5);
const SONNET = rates(3, 15, 3.75, 6, 0.3);
/** Sonnet 4 and 4.5 with the 1M context window: a request past 200k input tokens is priced at these, whole. */
const SONNET_LONG = { threshold: 200_000, ...rates(6, 22.5, 7.5, 12, 0.6) };

/** Keyed by the API model id without its date suffix (see `modelKey`). */
export const PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-fable-5-1': rates(10, 50, 12.5, 20, 0.25),
  'claude-mythos-5-1': rates(10, 50, 12.5, 20, 0.25),
  'claude-fable-5': rates(10, 50, 12.5, 20, 1),
  'claude-mythos-5': rates(10, 50, 12.5, 20, 1),
  // Cache rates as Claude Code 2.1.332 itself prices them (its `total_cost_usd`); the page gives $4 / $20.
  'claude-opus-5-5': rates(4, 20, 5, 8, 0.2),
  'claude-opus-5': OPUS_45,
  'claude-opus-4-8': { ...OPUS_45, fast_multiplier: 2 },
  'claude-opus-4-7': { ...OPUS_45, fast_multiplier: 6 },
  'claude-opus-4-6': { ...OPUS_45, fast_multiplier: 6 },
  'claude-opus-4-5': OPUS_45,
  'claude-opus-4-1': OPUS_4,
  'claude-opus-4': OPUS_4,
  'claude-opus-4-0': OPUS_4,
  'claude-3-opus': OPUS_4,
  'claude-sonnet-5': rates(2, 10, 2.5, 4, 0.2),
  'claude-sonnet-4-6': SONNET,
  'claude-sonnet-4-5': { ...SONNET, long_context: SONNET_LONG },
  'claude-sonnet-4': { ...SONNET, long_context: SONNET_LONG },
  'claude-sonnet-4-0': { ...SONNET, long_context: SONNET_LONG },
  'claude-3-7-sonnet': SONNET,
  'claude-3-5-sonnet': SONNET,
  'claude-haiku-4-5': rates(1, 5, 1.25, 2, 0.1),
  'claude-3-5-haiku': rates(0.8, 4, 1, 1.6, 0.08),
  'claude-3-haiku': rates(0.25, 1.25, 0.3, 0.5, 0.03),
};

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * The row name for a model id as transcripts write it: the date suffix
 * (`-20250929`), a Bedrock or Vertex wrapping (`us.anthropic.…-v1:0`,
 * `…@20250929`) and our own `-fast` mark dropped.
 */
export function modelKey(model: string): string {
  return model
    .replace(/-fast$/, '')
    .replace(/^(?:[a-z]{2,4}\.)?anthropic\./, '')
    .replace(/-v\d+(?::\d+)?$/, '')
    .replace(/[@-]\d{8}$/, '');
}

/** The row for a model: its exact name first (a config row may name a dated id), then its key. */
export function findPrice(model: string, table: PriceTable): ModelPrice | undefined {
  const bare = model.replace(/-fast$/, '');
  if (Object.hasOwn(table, bare)) return table[bare];
  const key = modelKey(model);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export type Priced = { usd: number; by_kind: Tokens } | { unpriced: true };

/** One request's cost, in all and per token kind. Fast mode without a known multiple is unpriced, not priced as standard. */
export function priceTokens(tokens: Tokens, price: ModelPrice, fast: boolean): Priced {
  let multiple = 1;
  if (fast) {
    if (price.fast_multiplier === undefined) return { unpriced: true };
    multiple = price.fast_multiplier;
  }
  const inputSide = tokens.input + tokens.cache_write_5m + tokens.cache_write_1h + tokens.cache_read;
  const r: Rates = price.long_context && inputSide > price.long_context.threshold ? price.long_context : price;
  let usd = 0;
  const byKind = { ...tokens };
  for (const k of TOKEN_KINDS) {
    byKind[k] = ((tokens[k] * r[k]) / 1_000_000) * multiple;
    usd += byKind[k];
  }
  return { usd, by_kind: byKind };
}

/** A usage record priced with `table`: no model (`<synthetic>`) costs nothing; a model without a row is unpriced. */
export function priceRecord(r: UsageRecord, table: PriceTable): Priced {
  if (r.model === undefined) return { usd: 0, by_kind: zeroTokens() };
  const price = findPrice(r.model, table);
  return price ? priceTokens(r.tokens, price, r.fast) : { unpriced: true };
}
