/**
 * What the page's Performance view shows, as one JSON body: the performance
 * table (the alert engine's status per target, the per-session trend), the
 * alerts that are pending or firing, the newest resource sample, the KPIs,
 * the browser's refresh time, the storage forecast and the daily budget's. It also takes the
 * refresh times pages report (validated here, judged by the engine).
 */
import type { TwoLEvent } from '../events/format.ts';
import { statLogFiles } from '../events/log-files.ts';
import { describeAlert } from '../monitor/alerts.ts';
import type { LiveAlerts } from '../monitor/live-alerts.ts';
import { performanceRows } from '../monitor/performance.ts';
import { storageForecast, type StorageForecast } from '../monitor/storage.ts';
import { SessionTrends } from '../monitor/trends.ts';
import { SharedBody } from './backpressure.ts';
import type { DashboardFeed } from './feed.ts';

/** The seed's storage-growth target: 10 MB a day. */
export const STORAGE_TARGET_PER_DAY = 10_000_000;
/** A report carries at most this many timings, each under this many ms; anything else is refused whole. */
export const MAX_REFRESH_SAMPLES = 50;
export const MAX_REFRESH_MS = 600_000;
export const MAX_REFRESH_BODY = 4096;
/** Refresh times remembered for the view (the engine keeps its own window). */
const KEEP = 200;

/** `{"samples":[12.5, …]}` → the samples, or a reason it is refused. */
export function parseRefreshReport(body: string): { samples: number[] } | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    return { error: 'the body is not JSON' };
  }
  const samples = (v as { samples?: unknown } | null)?.samples;
  if (!Array.isArray(samples) || samples.length === 0 || samples.length > MAX_REFRESH_SAMPLES)
    return { error: `\`samples\` must be a list of 1 to ${MAX_REFRESH_SAMPLES} numbers` };
  for (const s of samples)
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > MAX_REFRESH_MS)
      return { error: `every sample must be a number of ms from 0 to ${MAX_REFRESH_MS}` };
  return { samples: samples as number[] };
}

export class PerformanceView {
  private readonly trends = new SessionTrends();
  private readonly refresh: number[] = [];
  private reports = 0;
  private storage: { at: number; value: StorageForecast } | undefined;
  readonly body: SharedBody;

  constructor(
    private readonly project: string,
    private readonly feed: DashboardFeed,
    private readonly alerts: LiveAlerts | undefined,
  ) {
    this.body = new SharedBody(
      () => JSON.stringify(this.payload()),
      () => `${feed.epoch}|${feed.seq}|${this.reports}`,
      1000,
    );
  }

  /** The per-session trends, for archives merged from their kept state rather than read (feed.ts). */
  trendsReader(): SessionTrends {
    return this.trends;
  }

  /** Every event of the log, in order (the feed's batches). */
  onBatch(events: readonly TwoLEvent[]): void {
    for (const e of events) this.trends.add(e);
  }

  addRefresh(samples: readonly number[]): void {
    this.refresh.push(...samples);
    if (this.refresh.length > KEEP) this.refresh.splice(0, this.refresh.length - KEEP);
    this.reports++;
    this.alerts?.addRefresh(samples);
  }

  /** The log's files are lstat'ed at most once a minute: growth per day does not move faster. */
  private storageNow(): StorageForecast {
    const now = Date.now();
    if (!this.storage || now - this.storage.at > 60_000) {
      const files = statLogFiles(this.project).filter((f) => f.regular);
      this.storage = { at: now, value: storageForecast(files, STORAGE_TARGET_PER_DAY) };
    }
    return this.storage.value;
  }

  payload() {
    const summary = this.feed.summary.snapshot();
    const targets = this.alerts?.rows() ?? [];
    const floors = new Set(targets.filter((t) => t.below).map((t) => t.key));
    const rows = this.alerts
      ? performanceRows(this.alerts.perfConfig, targets, summary.metrics, this.trends.trends(undefined, floors))
      : [];
    const alerts = targets
      .filter((t) => t.status !== 'ok')
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'firing' ? -1 : 1))
      .map((t) => ({
        component: t.component,
        status: t.status,
        severity: t.severity ?? 'warning',
        since: t.since ?? null,
        line:
          t.current === null
            ? `${t.component}: no recent data`
            : describeAlert({ label: t.component, value: t.current, target: t.target, unit: t.unit, below: t.below }),
      }));
    const last = this.refresh.at(-1);
    const sorted = [...this.refresh].sort((a, b) => a - b);
    return {
      now: new Date().toISOString(),
      engine: this.alerts !== undefined,
      rows,
      alerts,
      resources: summary.resources ?? null,
      kpis: summary.kpis,
      refresh: {
        last_ms: last ?? null,
        p95_ms: sorted.length ? sorted[Math.ceil(0.95 * sorted.length) - 1]! : null,
        samples: this.refresh.length,
        definition:
          'from the live feed delivering an event to the browser (the message event time) to the first frame after the page drew it',
      },
      storage: this.storageNow(),
      // Time to the daily budget at the recent burn rate: the forecast `/2l-status` prints.
      budget: this.alerts?.budgetForecast() ?? null,
    };
  }
}
