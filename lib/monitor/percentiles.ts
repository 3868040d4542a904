/**
 * Duration statistics. `percentile` is exact (nearest rank) over a sorted
 * array. `DurationStats` streams: exact up to `exactLimit` samples, then a
 * log-bucketed histogram (≤ 1 % relative error) so memory stays bounded
 * however long the log is.
 */

/** Nearest-rank percentile of an ascending array; undefined when empty. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  if (p <= 0) return sorted[0];
  if (p >= 100) return sorted[sorted.length - 1];
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

const GROWTH = 1.02; // bucket i covers (GROWTH^(i-1), GROWTH^i]; midpoint error ≤ 1 %
const LOG_GROWTH = Math.log(GROWTH);

export function bucketOf(v: number): number {
  return v <= 0 ? -Infinity : Math.ceil(Math.log(v) / LOG_GROWTH - 1e-9);
}

/** Value that represents a bucket: the geometric middle of its bounds. */
export function bucketValue(i: number): number {
  return i === -Infinity ? 0 : GROWTH ** (i - 0.5);
}

/**
 * Prometheus-style cumulative bucket bounds for tool calls, in milliseconds.
 * Tool calls run from a few ms (Read, Glob) to Bash's 2-minute default and
 * 10-minute maximum timeout; every default `tool_p95_ms` target (500 ms, 1 s,
 * 2 s, 30 s, 60 s, 120 s: config.ts) is a bound, so `histogram_quantile` and
 * the alert rules compare against a target without interpolating across it.
 */
export const EXPORT_BUCKETS_MS = [
  5, 10, 25, 50, 100, 250, 500, 1000, 2000, 5000, 10000, 30000, 60000, 120000, 300000, 600000,
] as const;

/**
 * Bounds for the hook's own time per event (`hook_ms`), in milliseconds: the
 * collector path takes 0.05 to 0.3 ms from the hook's start, the per-event
 * logger a few ms, a loaded machine tens; 200 ms is the default target.
 * Tool-call bounds would put every hook in their first bucket.
 */
export const HOOK_BUCKETS_MS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 200, 500, 1000] as const;

export interface DurationSnapshot {
  count: number;
  sum: number;
  min?: number;
  max?: number;
  p50?: number;
  p95?: number;
  p99?: number;
}

/**
 * A DurationStats as plain JSON, for a summary kept on disk beside an archive
 * (issue 16). `buckets` are [bucket, count] pairs; `exact` is present only
 * while the samples still fit in the exact list.
 */
export interface DurationState {
  count: number;
  sum: number;
  min: number;
  max: number;
  exact?: number[];
  buckets: Array<[number, number]>;
  exportCounts: number[];
}

/** Beyond any bucket a double can fall in (|ln v| ≤ 745, so |bucket| < 37,700); one past it stands for 0. */
const MAX_BUCKET = 38_000;
/** Distinct buckets a state may list: 1e-6 ms to 1e9 ms is about 1,750; more is not a real history. */
const MAX_STATE_BUCKETS = 4096;

const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export class DurationStats {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  private exact: number[] | undefined = [];
  private sorted = true;
  private readonly buckets = new Map<number, number>();
  /** Cumulative counts for `exportBounds`, kept exact at any size. */
  readonly exportCounts: number[];

  constructor(
    private readonly exactLimit = 2048,
    /** Histogram bounds (ms) the exporters publish. */
    readonly exportBounds: readonly number[] = EXPORT_BUCKETS_MS,
  ) {
    this.exportCounts = exportBounds.map(() => 0);
  }

  add(v: number): void {
    if (!Number.isFinite(v) || v < 0) return;
    this.count++;
    this.sum += v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    const bounds = this.exportBounds;
    for (let i = bounds.length - 1; i >= 0 && v <= bounds[i]!; i--) this.exportCounts[i]!++;
    const b = bucketOf(v);
    this.buckets.set(b, (this.buckets.get(b) ?? 0) + 1);
    if (this.exact) {
      if (this.exact.length >= this.exactLimit) this.exact = undefined;
      else {
        if (this.sorted && this.exact.length > 0 && v < this.exact[this.exact.length - 1]!) this.sorted = false;
        this.exact.push(v);
      }
    }
  }

  quantile(p: number): number | undefined {
    if (this.count === 0) return undefined;
    if (this.exact) {
      if (!this.sorted) {
        this.exact.sort((a, b) => a - b);
        this.sorted = true;
      }
      return percentile(this.exact, p);
    }
    if (p >= 100) return this.max;
    if (p <= 0) return this.min;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (const key of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(key)!;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, bucketValue(key)));
    }
    return this.max;
  }

  toState(): DurationState {
    const state: DurationState = {
      count: this.count,
      sum: this.sum,
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      buckets: [...this.buckets].map(([b, n]) => [b === -Infinity ? -MAX_BUCKET - 1 : b, n]),
      exportCounts: [...this.exportCounts],
    };
    if (this.exact) state.exact = [...this.exact];
    return state;
  }

  /**
   * Add the samples `state` describes, as if each had been added here: counts,
   * sums, bounds and export counts stay exact; quantiles stay exact while both
   * sides' samples fit in the exact list, else come from the merged buckets
   * (≤ 1 %, the same bound as one long stream). `state` may come from a file
   * a repository planted: anything malformed is refused whole (false), and
   * nothing in it can make this object unbounded.
   */
  mergeState(state: unknown): boolean {
    const s = state as Partial<DurationState> | null;
    if (typeof s !== 'object' || s === null || !count(s.count) || !finite(s.sum)) return false;
    if (!finite(s.min) || !finite(s.max) || s.min > s.max) return false;
    if (!Array.isArray(s.buckets) || s.buckets.length > MAX_STATE_BUCKETS) return false;
    if (!Array.isArray(s.exportCounts) || s.exportCounts.length !== this.exportCounts.length) return false;
    if (!s.exportCounts.every((n) => count(n) && n <= s.count!)) return false;
    let inBuckets = 0;
    for (const pair of s.buckets) {
      if (!Array.isArray(pair) || pair.length !== 2) return false;
      const [b, n] = pair as unknown[];
      if (!Number.isSafeInteger(b) || Math.abs(b as number) > MAX_BUCKET + 1 || !count(n)) return false;
      inBuckets += n;
    }
    if (inBuckets !== s.count) return false;
    const exact = s.exact;
    if (exact !== undefined && (!Array.isArray(exact) || exact.length !== s.count || !exact.every(finite)))
      return false;
    if (s.count === 0) return true;
    this.count += s.count;
    this.sum += s.sum;
    if (s.min < this.min) this.min = s.min;
    if (s.max > this.max) this.max = s.max;
    for (let i = 0; i < this.exportCounts.length; i++) this.exportCounts[i]! += s.exportCounts[i]!;
    for (const [raw, n] of s.buckets) {
      const b = raw < -MAX_BUCKET ? -Infinity : raw;
      this.buckets.set(b, (this.buckets.get(b) ?? 0) + n);
    }
    if (this.exact && exact && this.exact.length + exact.length <= this.exactLimit) {
      for (const v of exact) this.exact.push(v);
      this.sorted = false;
    } else this.exact = undefined;
    return true;
  }

  snapshot(): DurationSnapshot {
    if (this.count === 0) return { count: 0, sum: 0 };
    const r = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 100) / 100);
    return {
      count: this.count,
      sum: r(this.sum)!,
      min: r(this.min),
      max: r(this.max),
      p50: r(this.quantile(50)),
      p95: r(this.quantile(95)),
      p99: r(this.quantile(99)),
    };
  }
}
