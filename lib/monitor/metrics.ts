/**
 * What orchestrators reported through `metric` events, per series (a name and
 * its labels): the last value and unit, count, sum, min, max, and the newest
 * values for quantiles. Pure and bounded: at most `maxSeries` series (later
 * ones are counted, not kept) and `keepValues` values each, whatever the log.
 */
import { METRIC_EVENT_TYPE, readMetricPayload, seriesKey } from '../events/metric.ts';
import type { TwoLEvent } from '../events/format.ts';
import { percentile } from './percentiles.ts';

export interface MetricSeries {
  name: string;
  labels: Record<string, string>;
  unit?: string;
  last: number;
  last_at: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Nearest-rank quantiles of the newest `keepValues` values. */
  p50: number;
  p95: number;
  /** The newest values (up to 20), oldest first, for a trend line. */
  recent?: number[];
}

export interface MetricsSnapshot {
  series: MetricSeries[];
  /** Series seen past the cap, and metric events whose payload broke the rules. */
  dropped_series: number;
  invalid: number;
}

interface Acc {
  name: string;
  labels: Record<string, string>;
  unit?: string;
  last: number;
  lastAt: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  recent: number[];
}

export class MetricsTracker {
  private readonly series = new Map<string, Acc>();
  private droppedKeys = new Set<string>();
  private invalid = 0;

  constructor(
    private readonly maxSeries = 200,
    private readonly keepValues = 256,
  ) {}

  add(e: TwoLEvent): void {
    if (e.event_type !== METRIC_EVENT_TYPE) return;
    const m = readMetricPayload(e.payload);
    if (!m) {
      this.invalid++;
      return;
    }
    const key = seriesKey(m);
    let acc = this.series.get(key);
    if (!acc) {
      if (this.series.size >= this.maxSeries) {
        if (this.droppedKeys.size < 10_000) this.droppedKeys.add(key);
        return;
      }
      acc = {
        name: m.name,
        labels: m.labels ?? {},
        last: m.value,
        lastAt: e.timestamp,
        count: 0,
        sum: 0,
        min: m.value,
        max: m.value,
        recent: [],
      };
      this.series.set(key, acc);
    }
    acc.count++;
    acc.sum += m.value;
    acc.min = Math.min(acc.min, m.value);
    acc.max = Math.max(acc.max, m.value);
    if (e.timestamp >= acc.lastAt) {
      acc.last = m.value;
      acc.lastAt = e.timestamp;
      if (m.unit) acc.unit = m.unit;
    }
    acc.recent.push(m.value);
    if (acc.recent.length > this.keepValues) acc.recent.shift();
  }

  snapshot(): MetricsSnapshot {
    const series = [...this.series.values()]
      .map((a): MetricSeries => {
        const sorted = [...a.recent].sort((x, y) => x - y);
        const s: MetricSeries = {
          name: a.name,
          labels: { ...a.labels },
          last: a.last,
          last_at: a.lastAt,
          count: a.count,
          sum: a.sum,
          min: a.min,
          max: a.max,
          p50: percentile(sorted, 50) ?? a.last,
          p95: percentile(sorted, 95) ?? a.last,
          recent: a.recent.slice(-20),
        };
        if (a.unit) s.unit = a.unit;
        return s;
      })
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : seriesKey(x) < seriesKey(y) ? -1 : 1));
    return { series, dropped_series: this.droppedKeys.size, invalid: this.invalid };
  }
}
