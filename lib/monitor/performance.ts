/**
 * The performance table (Component | Current | Target | Trend | Status) that
 * `/2l-status --json`, `--watch` and the dashboard's Performance view show.
 * `performanceRows` is the one seam: today it reads the measurements of
 * alerts.ts; the alert engine's per-target evaluation replaces its body.
 * Pure.
 */
import type { ActiveAlert, Measurement } from './alerts.ts';
import type { PerfConfig } from './config.ts';
import type { MetricsSnapshot } from './metrics.ts';
import { sparkline } from './sparkline.ts';

export type RowStatus = 'ok' | 'breach' | 'no data';

export interface PerformanceRow {
  component: string;
  current: number | null;
  target: number | null;
  unit: string;
  /** A text sparkline of the newest values, or '' when there is no history yet. */
  trend: string;
  status: RowStatus;
}

/** Targets that have a number but nothing measured yet still get a row, so the table shows what is watched. */
type WatchedKey = 'hook_ms' | 'event_processing_ms' | 'state_query_ms' | 'dashboard_refresh_ms' | 'error_rate';
const WATCHED: ReadonlyArray<[WatchedKey, string, string]> = [
  ['hook_ms', 'hook p95', 'ms'],
  ['event_processing_ms', 'event processing', 'ms'],
  ['state_query_ms', 'state query', 'ms'],
  ['dashboard_refresh_ms', 'dashboard refresh', 'ms'],
  ['error_rate', 'event error rate', 'ratio'],
];
const KEY_OF: Record<string, string> = { hook_ms: 'hook_ms.p95' };

export function performanceRows(
  config: PerfConfig,
  measured: readonly Measurement[],
  active: readonly Pick<ActiveAlert, 'key'>[],
  metrics: MetricsSnapshot,
  extra: { dashboard_refresh_ms?: number } = {},
): PerformanceRow[] {
  const firing = new Set(active.map((a) => a.key));
  const rows: PerformanceRow[] = [];
  const seen = new Set<string>();
  for (const m of measured) {
    seen.add(m.key);
    rows.push({
      component: m.label,
      current: m.value,
      target: m.target,
      unit: m.unit,
      trend: '',
      status: m.value > m.target || firing.has(m.key) ? 'breach' : 'ok',
    });
  }
  for (const [key, label, unit] of WATCHED) {
    const target = config.targets[key];
    if (target === null || seen.has(KEY_OF[key] ?? key)) continue;
    const current = key === 'dashboard_refresh_ms' ? (extra.dashboard_refresh_ms ?? null) : null;
    rows.push({
      component: label,
      current,
      target,
      unit,
      trend: '',
      status: current === null ? 'no data' : current > target ? 'breach' : 'ok',
    });
  }
  for (const s of metrics.series) {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    rows.push({
      component: labels ? `${s.name}{${labels}}` : s.name,
      current: s.last,
      target: null,
      unit: s.unit ?? '',
      trend: sparkline(s.recent ?? []),
      status: 'ok',
    });
  }
  return rows;
}
