/**
 * The pack's own operations over time, from their events: `/2l-setup-db`
 * checks (`db_check`: outcome, `wall_ms`, the fix the report gave) and
 * `/2l-dashboard` starts (`dashboard_start`: `duration_ms` and its phases).
 * Pure and incremental, bounded to the newest checks and starts, so the
 * alert engine (live-metrics.ts), `/2l-status` and the Stop path judge alike:
 *
 * - a DB check slower than `db_check_ms` (5 s) is a warning;
 * - failed checks in a row are a warning, and from the third one on critical,
 *   with the fix the setup report printed; one passing check resolves it;
 * - a dashboard start over `dashboard_start_ms` (2 s, p95 of the recent
 *   starts) warns.
 *
 * Checks and starts are rare and judged by count, not by the alert window: a
 * failing database stays failing until a check passes.
 */
import type { TwoLEvent } from '../events/format.ts';
import { percentile } from './percentiles.ts';

/** Checks and starts remembered (the newest). */
export const KEEP_CHECKS = 20;
/** Failures in a row from which a failing database is critical. */
export const CRITICAL_STREAK = 3;

export interface DbCheck {
  at: string;
  ok: boolean;
  outcome: string;
  /** psql's wall time; undefined when no check ran (psql missing). */
  ms?: number;
  fix?: string;
}

export interface DbChecksSnapshot {
  /** Newest last. */
  recent: DbCheck[];
  ok: number;
  /** Passed of the recent checks; null with none. */
  success_rate: number | null;
  /** Failures since the last passing check. */
  failing_streak: number;
}

export interface StartsSnapshot {
  count: number;
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
  last?: { at: string; ms: number; phases: Record<string, number> };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);

export class OpsChecks {
  private readonly db: DbCheck[] = [];
  private readonly starts: Array<{ at: string; ms: number; phases: Record<string, number> }> = [];

  add(e: TwoLEvent): void {
    if (e.event_type === 'db_check') {
      const p = (e.payload && typeof e.payload === 'object' ? e.payload : {}) as Record<string, unknown>;
      const outcome = str(p.outcome, 40) ?? (e.error ? 'error' : 'ok');
      const fix = str(p.fix, 400);
      const ms = num(p.wall_ms);
      this.db.push({
        at: e.timestamp,
        ok: outcome === 'ok' && !e.error,
        outcome,
        ...(ms !== undefined ? { ms } : {}),
        ...(fix ? { fix } : {}),
      });
      if (this.db.length > KEEP_CHECKS) this.db.shift();
    } else if (e.event_type === 'dashboard_start') {
      const ms = num(e.duration_ms);
      if (ms === undefined) return;
      const raw = (e.payload as { phases?: unknown } | undefined)?.phases;
      const phases: Record<string, number> = {};
      if (raw && typeof raw === 'object')
        for (const [k, v] of Object.entries(raw).slice(0, 8)) if (num(v) !== undefined) phases[k.slice(0, 40)] = v;
      this.starts.push({ at: e.timestamp, ms, phases });
      if (this.starts.length > KEEP_CHECKS) this.starts.shift();
    }
  }

  dbSnapshot(): DbChecksSnapshot {
    const ok = this.db.filter((c) => c.ok).length;
    let streak = 0;
    for (let i = this.db.length - 1; i >= 0 && !this.db[i]!.ok; i--) streak++;
    return {
      recent: [...this.db],
      ok,
      success_rate: this.db.length ? ok / this.db.length : null,
      failing_streak: streak,
    };
  }

  startsSnapshot(): StartsSnapshot {
    const sorted = this.starts.map((s) => s.ms).sort((a, b) => a - b);
    const last = this.starts.at(-1);
    if (sorted.length === 0) return { count: 0 };
    return {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1),
      ...(last ? { last } : {}),
    };
  }
}
