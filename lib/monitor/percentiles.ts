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

/** Prometheus-style cumulative bucket bounds, in milliseconds. */
export const EXPORT_BUCKETS_MS = [
  1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000,
] as const;

export interface DurationSnapshot {
  count: number;
  sum: number;
  min?: number;
  max?: number;
  p50?: number;
  p95?: number;
  p99?: number;
}

export class DurationStats {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  private exact: number[] | undefined = [];
  private sorted = true;
  private readonly buckets = new Map<number, number>();
  /** Cumulative counts for EXPORT_BUCKETS_MS, kept exact at any size. */
  readonly exportCounts: number[] = EXPORT_BUCKETS_MS.map(() => 0);

  constructor(private readonly exactLimit = 2048) {}

  add(v: number): void {
    if (!Number.isFinite(v) || v < 0) return;
    this.count++;
    this.sum += v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    for (let i = 0; i < EXPORT_BUCKETS_MS.length; i++) if (v <= EXPORT_BUCKETS_MS[i]!) this.exportCounts[i]!++;
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
