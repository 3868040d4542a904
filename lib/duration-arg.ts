/**
 * `--since` values: a duration such as `90s`, `15m`, `2h`, `7d`, `1w`, `500ms`
 * or a sum of them (`1h30m`). Pure.
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds in `text`; throws an Error that quotes the value when it is not a duration. */
export function parseDuration(text: string): number {
  const s = text.trim();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
  let total = 0;
  let matched = 0;
  for (let m = part.exec(s); m; m = part.exec(s)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    matched = part.lastIndex;
  }
  if (s.length === 0 || matched !== s.length || !Number.isFinite(total)) {
    throw new Error(`\`${text.slice(0, 40)}\` is not a duration (examples: 90s, 15m, 2h, 7d, 1h30m)`);
  }
  return total;
}
