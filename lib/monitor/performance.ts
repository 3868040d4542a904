/**
 * The performance table (Component | Current | Target | Trend | Status) that
 * `/2l-status --json`, `--watch` and the dashboard's Performance view show.
 * The status is the alert engine's (alerts.ts `targetStatuses`): `ok`,
 * `pending` or `firing` with its severity and since, so the table and the
 * alerts never disagree (hysteresis, pending time and floors included).
 * Watched targets not measured yet are `no data`. Pure.
 */
import type { TargetStatus, Severity } from './alerts.ts';
import type { PerfConfig } from './config.ts';
import type { MetricsSnapshot } from './metrics.ts';
import { sparkline } from './sparkline.ts';
import type { Trend } from './trends.ts';

export type RowStatus = 'ok' | 'pending' | 'firing' | 'no data';

export interface PerformanceRow {
  component: string;
  current: number | null;
  target: number | null;
  unit: string;
  /** A text sparkline of the component's figure per session (or its newest values), '' with no history. */
  trend: string;
  status: RowStatus;
  /** Only while pending or firing. */
  severity?: Severity;
  since?: string;
  /** The target is a floor (a figure below it is the breach). */
  below?: true;
  /** Present when this session is past its usual figure by the regression rule (trends.ts). */
  regression?: string;
}

/** Targets that have a number but nothing measured yet still get a row, so the table shows what is watched. */
type WatchedKey = 'hook_ms' | 'event_processing_ms' | 'state_query_ms' | 'dashboard_refresh_ms' | 'error_rate';
const WATCHED: ReadonlyArray<[WatchedKey, string, string, string]> = [
  ['hook_ms', 'hook_ms.p95', 'hook p95', 'ms'],
  ['event_processing_ms', 'event_processing_ms', 'event processing p95', 'ms'],
  ['state_query_ms', 'state_query_ms', 'query p95', 'ms'],
  ['dashboard_refresh_ms', 'dashboard_refresh_ms', 'dashboard refresh p95', 'ms'],
  ['error_rate', 'error_rate', 'hook error rate', 'ratio'],
];

export function performanceRows(
  config: PerfConfig,
  statuses: readonly TargetStatus[],
  metrics: MetricsSnapshot,
  trends: ReadonlyMap<string, Trend> = new Map(),
): PerformanceRow[] {
  const rows: PerformanceRow[] = [];
  const seen = new Set<string>();
  const trendOf = (key: string): Pick<PerformanceRow, 'trend' | 'regression'> => {
    const t = trends.get(key);
    return { trend: t ? sparkline(t.values) : '', ...(t?.regression ? { regression: t.regression } : {}) };
  };
  for (const s of statuses) {
    seen.add(s.key);
    rows.push({
      component: s.component,
      current: s.current,
      target: s.target,
      unit: s.unit,
      ...trendOf(s.key),
      status: s.status,
      ...(s.severity ? { severity: s.severity } : {}),
      ...(s.since ? { since: s.since } : {}),
      ...(s.below ? { below: true as const } : {}),
    });
  }
  for (const [configKey, key, label, unit] of WATCHED) {
    const target = config.targets[configKey];
    if (target === null || seen.has(key)) continue;
    rows.push({ component: label, current: null, target, unit, ...trendOf(key), status: 'no data' });
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
