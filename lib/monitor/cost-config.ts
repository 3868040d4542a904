/**
 * Prices and budgets from `.2L/config.yaml`, sections `pricing:` and
 * `budgets:`. The file is the repository's to write, so every value is
 * checked and bounded: a bad one is reported with its line and ignored.
 *
 * ```yaml
 * pricing:                  # USD per million tokens; rows win over the shipped table
 *   claude-opus-4-7: { input: 5, output: 25, cache_write_5m: 6.25, cache_write_1h: 10, cache_read: 0.5 }
 *   my-gateway-model: { input: 1, output: 2 }   # cache rates default to 1.25×, 2× and 0.1× input
 * budgets:
 *   session_usd: 5
 *   daily_usd: 40
 * ```
 */
import path from 'node:path';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { CONFIG_FILE, configRoot, readConfigText } from './config.ts';
import { PRICES, type ModelPrice, type PriceTable } from './pricing.ts';

export interface Budgets {
  session_usd: number | null;
  daily_usd: number | null;
}

export interface CostConfig {
  prices: PriceTable;
  /** Models whose row came from the config. */
  overridden: string[];
  budgets: Budgets;
}

/** Enough for any real price list; more rows is a file trying to cost us time. */
const MAX_ROWS = 500;
/** No token costs more than this per million; a larger number is a typo or an attack. */
const MAX_RATE = 100_000;
const MAX_BUDGET = 10_000_000;
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;
const RATE_KEYS = ['input', 'output', 'cache_write_5m', 'cache_write_1h', 'cache_read', 'fast_multiplier'] as const;

export function defaultCostConfig(): CostConfig {
  return { prices: PRICES, overridden: [], budgets: { session_usd: null, daily_usd: null } };
}

const rate = (v: unknown, max: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? v : undefined;

function parseRow(node: Node | null, errors: string[], at: string, model: string): ModelPrice | undefined {
  if (!isMap(node)) {
    errors.push(`${at}: \`pricing.${model}\` must be a mapping of token kind to USD per million tokens; ignored`);
    return undefined;
  }
  const got: Partial<Record<(typeof RATE_KEYS)[number], number>> = {};
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const value = isScalar(item.value) ? item.value.value : undefined;
    if (!(RATE_KEYS as readonly string[]).includes(key)) {
      // A typo (`cache_wrte_5m`) must not quietly fall back to a default rate.
      errors.push(
        `${at}: unknown key \`pricing.${model}.${key.slice(0, 40)}\`; row ignored (known: ${RATE_KEYS.join(', ')})`,
      );
      return undefined;
    }
    const v = rate(value, key === 'fast_multiplier' ? 100 : MAX_RATE);
    if (v === undefined) {
      errors.push(
        `${at}: \`pricing.${model}.${key}\` must be a number from 0 to ${key === 'fast_multiplier' ? 100 : MAX_RATE}; row ignored`,
      );
      return undefined;
    }
    got[key as (typeof RATE_KEYS)[number]] = v;
  }
  if (got.input === undefined || got.output === undefined) {
    errors.push(`${at}: \`pricing.${model}\` needs at least \`input\` and \`output\`; ignored`);
    return undefined;
  }
  const row: ModelPrice = {
    input: got.input,
    output: got.output,
    // Anthropic's own multiples of the input rate, for rows that give only input and output.
    cache_write_5m: got.cache_write_5m ?? got.input * 1.25,
    cache_write_1h: got.cache_write_1h ?? got.input * 2,
    cache_read: got.cache_read ?? got.input / 10,
  };
  if (got.fast_multiplier !== undefined) row.fast_multiplier = got.fast_multiplier;
  return row;
}

function parsePricing(
  map: YAMLMap,
  into: Record<string, ModelPrice>,
  overridden: string[],
  errors: string[],
  where: (n: Node | null | undefined) => string,
): void {
  if (map.items.length > MAX_ROWS)
    errors.push(`${where(map)}: \`pricing\` has ${map.items.length} rows; only the first ${MAX_ROWS} are read`);
  for (const item of map.items.slice(0, MAX_ROWS)) {
    const model = isScalar(item.key) ? String(item.key.value) : '';
    const at = where(item.key as Node);
    if (!MODEL_NAME.test(model)) {
      errors.push(`${at}: \`pricing\` row name ${JSON.stringify(model.slice(0, 60))} is not a model id; ignored`);
      continue;
    }
    const row = parseRow(item.value as Node | null, errors, at, model);
    if (row) {
      into[model] = row;
      overridden.push(model);
    }
  }
}

function parseBudgets(
  map: YAMLMap,
  into: Budgets,
  errors: string[],
  where: (n: Node | null | undefined) => string,
): void {
  for (const item of map.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const at = where(item.key as Node);
    if (key !== 'session_usd' && key !== 'daily_usd') {
      errors.push(`${at}: unknown key \`budgets.${key.slice(0, 40)}\`; ignored (known: session_usd, daily_usd)`);
      continue;
    }
    const value = isScalar(item.value) ? item.value.value : undefined;
    const v = value === null ? null : rate(value, MAX_BUDGET);
    if (v === undefined || v === 0)
      errors.push(`${at}: \`budgets.${key}\` must be a number of US dollars above 0, or null; ignored`);
    else into[key] = v;
  }
}

/** Config text → prices and budgets; pure. `label` names the file in messages. */
export function parseCostConfig(text: string, label: string): { config: CostConfig; errors: string[] } {
  const config = defaultCostConfig();
  const errors: string[] = [];
  // Syntax errors are the performance section's to report (config.ts reads the same text).
  const parsed = configRoot(text, label);
  if (!parsed) return { config, errors };
  const { root, where } = parsed;
  const pricing = root.get('pricing', true) as Node | undefined;
  if (isMap(pricing)) {
    const prices: Record<string, ModelPrice> = { ...PRICES };
    parsePricing(pricing, prices, config.overridden, errors, where);
    config.prices = prices;
  } else if (pricing !== undefined && !(isScalar(pricing) && pricing.value === null))
    errors.push(`${where(pricing)}: \`pricing\` must be a mapping of model id to rates; ignored`);
  const budgets = root.get('budgets', true) as Node | undefined;
  if (isMap(budgets)) parseBudgets(budgets, config.budgets, errors, where);
  else if (budgets !== undefined && !(isScalar(budgets) && budgets.value === null))
    errors.push(`${where(budgets)}: \`budgets\` must be a mapping (session_usd, daily_usd); ignored`);
  return { config, errors };
}

/** `.2L/config.yaml` → prices and budgets; defaults when absent or refused (config.ts reports why). */
export function loadCostConfig(projectDir: string): { config: CostConfig; errors: string[] } {
  const read = readConfigText(projectDir);
  if (read.text === undefined) return { config: defaultCostConfig(), errors: [] };
  return parseCostConfig(read.text, path.join('.2L', CONFIG_FILE));
}
