/**
 * Durations in and out. In: `--since` values, a duration back from now (`90s`,
 * `15m`, `2h`, `1d`, `1w`, or combined like `1h30m`) or an absolute ISO 8601
 * time. Out: the one formatter and its variants, below.
 */

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
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
    if (!m)
      throw new Error(
        `\`${s.slice(0, 40)}\` is not a duration (use e.g. \`15m\`, \`2h\`, \`1d\`; bad part at \`${s.slice(at, at + 10)}\`)`,
      );
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

/**
 * Durations for people, one formatter and the variants the places that need a
 * different shape keep (each is pinned by its callers' tests):
 * - `formatMs`: the compact form everywhere (status, the dashboard page);
 * - `formatClock`: a clock that ticks every second (whole seconds, no decimals to flicker);
 * - `formatMsShort`: the status line, where every character counts (`850ms`, `12.3s`, `4m`);
 * - `formatMsPrecise`: latencies compared side by side (`0.46 ms`, `152 ms`, never another unit);
 * - `formatFigure`: a target's figure in its unit, the one rule of the performance tables (the
 *   dashboard's Performance view, `/2l-status --watch`) and of alert lines.
 * Pure and free of imports: the dashboard's browser script bundles it too.
 */

/**
 * Compact human form: `850 ms`, `12.3 s`, `4m 05s`, `2h 10m`, `3d 4h`.
 * `missing` stands for no duration: absent, not a number, or below zero.
 */
export function formatMs(ms: number | undefined, missing = '-'): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return missing;
  if (ms < 1000) return `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const sec = Math.round(ms / 1000);
  if (sec < 3600) return `${Math.floor(sec / 60)}m ${String(sec % 60).padStart(2, '0')}s`;
  if (sec < 86_400) return `${Math.floor(sec / 3600)}h ${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(sec / 86_400)}d ${Math.floor((sec % 86_400) / 3600)}h`;
}

/** Elapsed time on a ticking clock: `42s`, then as `formatMs` on whole seconds (`50m 05s`). */
export function formatClock(ms: number | undefined, missing = '-'): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return missing;
  const sec = Math.floor(ms / 1000);
  return sec < 60 ? `${sec}s` : formatMs(sec * 1000, missing);
}

/** The status line's form: no space, one unit (`850ms`, `12.3s`, `4m`). */
export function formatMsShort(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.round(ms / 60_000)}m`;
}

/** Latency: two decimals under 10 ms, whole milliseconds above; `?` when unknown. */
export function formatMsPrecise(ms: number | undefined): string {
  if (ms === undefined) return '?';
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

/**
 * A duration figure beside its target: the largest unit it reaches, trailing zeros dropped, so a
 * column reads alike whatever the magnitude (`312.4 ms`, `1 s`, `3.5 s`, `12.3 s`, `1 min`,
 * `2m 05s`, `2h 10m`), never `1.00 s` in one row and `1m 00s` in the next.
 */
function durationFigure(ms: number): string {
  if (ms < 1000) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 59_950) return `${String(Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1)))} s`;
  const sec = Math.round(ms / 1000);
  if (sec < 3600 && sec % 60 === 0) return `${sec / 60} min`;
  return formatMs(ms);
}

/**
 * A figure in its unit, for people: `312.4 ms`, `3.5 s`, `1 min` (durationFigure), `33.3 %`,
 * `$5.20`, `12 items`; `missing` for none. The one formatter of every performance table and alert
 * line, so a target reads the same in the dashboard, the terminal and a notification.
 */
export function formatFigure(value: number | null | undefined, unit: string, missing = '-'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  if (unit === 'ms') return value < 0 ? missing : durationFigure(value);
  if (unit === 'ratio') {
    // Two decimals under 1 %: an error-rate target of 0.1 % must not read like its breach of 0.66 %.
    const pct = value * 100;
    return `${Math.abs(pct) < 1 ? Math.round(pct * 100) / 100 : Math.round(pct * 10) / 10} %`;
  }
  if (unit === 'usd') return `$${value.toFixed(2)}`;
  const n = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return unit ? `${n} ${unit}` : String(n);
}

/** The local calendar day of `d`, `YYYY-MM-DD` (budgets and "today" follow the user's clock). */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
