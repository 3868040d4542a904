/**
 * `--since` values: a duration back from now (`90s`, `15m`, `2h`, `1d`, `1w`,
 * or combined like `1h30m`) or an absolute ISO 8601 time.
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;

/** Milliseconds in a duration such as `15m` or `1h30m`; throws on anything else. */
export function parseDuration(text: string): number {
  const s = text.trim();
  if (s === '') throw new Error('empty duration (use e.g. `15m`, `2h`, `1d`)');
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < s.length) {
    const at = PART.lastIndex;
    const m = PART.exec(s);
    if (!m) throw new Error(`\`${s.slice(0, 40)}\` is not a duration (use e.g. \`15m\`, \`2h\`, \`1d\`; bad part at \`${s.slice(at, at + 10)}\`)`);
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  if (!Number.isFinite(total) || total <= 0) throw new Error(`\`${s.slice(0, 40)}\` is not a positive duration`);
  return total;
}

/** The cut-off instant for `--since`: a duration back from `now`, or an ISO time. */
export function parseSince(text: string, now: Date = new Date()): Date {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (Number.isNaN(t)) throw new Error(`\`${s.slice(0, 40)}\` is not a valid ISO 8601 time`);
    return new Date(t);
  }
  return new Date(now.getTime() - parseDuration(s));
}

/** Compact human form: `850 ms`, `12.3 s`, `4m 05s`, `2h 10m`, `3d 4h`. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms < 1000) return `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const sec = Math.round(ms / 1000);
  if (sec < 3600) return `${Math.floor(sec / 60)}m ${String(sec % 60).padStart(2, '0')}s`;
  if (sec < 86_400) return `${Math.floor(sec / 3600)}h ${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(sec / 86_400)}d ${Math.floor((sec % 86_400) / 3600)}h`;
}
