/**
 * Targets × measurements → alerts, and the small state machine that turns
 * them into alert events once per transition: a breach is pending until it
 * has lasted `pending_ms`, then fires (severity `warning` past the target,
 * `critical` past the critical threshold), and resolves only once the figure
 * is back inside its target by the hysteresis margin (or has no recent data),
 * so a figure hovering at its target does not flap.
 * Pure: the caller reads and writes the state (alert-store.ts).
 */
import type { PerfConfig } from './config.ts';
import { formatFigure } from '../shared/duration.ts';
import { percentile } from './percentiles.ts';

export type Severity = 'warning' | 'critical';

/** How long a breach waits before it fires, and how far back it must come to resolve. */
export interface LifecycleSettings {
  pending_ms: number;
  hysteresis: number;
}

/**
 * Targets that must stay breached this long before they fire, whatever `pending` says: the
 * pipeline's time per event follows the machine's load (a burst of parallel tool calls on a busy
 * 2-core machine reads 120–220 ms p95 for a minute), so only a slowness lasting two minutes is news.
 */
export const MIN_PENDING_MS: Readonly<Record<string, number>> = { event_processing_ms: 120_000 };

/** The old behaviour: fire at once, resolve as soon as the figure is at or under target. */
const IMMEDIATE: LifecycleSettings = { pending_ms: 0, hysteresis: 0 };

export interface Measurement {
  /** Stable id: `hook_ms.p95`, `error_rate`, `tool.Bash.p95`, `event_processing_ms`, `state_query_ms`. */
  key: string;
  label: string;
  value: number;
  target: number;
  /** `ms`, `ratio`, `usd` or a custom metric's unit. */
  unit: string;
  samples: number;
  /** Past this the alert is critical; none: it is never more than a warning. */
  critical?: number;
  /** The figure must stay above its target (a floor), not below it. */
  below?: boolean;
}

export interface ActiveAlert {
  key: string;
  label: string;
  /** When it began firing (when it began breaching, while pending). */
  since: string;
  value: number;
  target: number;
  unit: string;
  /** Absent in states written before severities: a warning. */
  severity?: Severity;
  /** Absent in states written before the pending time: firing. */
  state?: 'pending' | 'firing';
  critical?: number;
  below?: boolean;
}

export interface AlertState {
  v: 1;
  active: Record<string, ActiveAlert>;
  /** Recent single timings per key (newest last), for targets measured one run at a time. */
  timings?: Record<string, number[]>;
}

/** Timings kept per key: alerts use their p95, so one slow run on a busy machine does not alert. */
export const KEEP_TIMINGS = 50;

export function emptyAlertState(): AlertState {
  return { v: 1, active: {} };
}

/**
 * Keys judged from the log (by `/2l-status` and the dashboard server alike);
 * the others come from the one tool that measures them: query time from
 * `/2l-query`, the live pipeline's time per event from the dashboard server.
 */
export function isLogKey(key: string): boolean {
  return key !== 'state_query_ms' && key !== 'event_processing_ms' && key !== 'dashboard_refresh_ms';
}

/**
 * Add one timing to the state's recent samples and measure their nearest-rank
 * p95 against the target; undefined while there are fewer than `min_samples`.
 */
export function measureRecentTimings(
  state: AlertState,
  key: 'event_processing_ms' | 'state_query_ms',
  label: string,
  value: number,
  config: PerfConfig,
): { state: AlertState; measurement?: Measurement } {
  const recent = [...(state.timings?.[key] ?? []), Math.round(value * 100) / 100].slice(-KEEP_TIMINGS);
  const next: AlertState = { ...state, timings: { ...state.timings, [key]: recent } };
  return { state: next, measurement: measureStoredTiming(next, key, label, config) };
}

/** The p95 of the timings a tool stored (e.g. `/2l-query`'s), without adding one; undefined when too few. */
export function measureStoredTiming(
  state: AlertState,
  key: 'event_processing_ms' | 'state_query_ms',
  label: string,
  config: PerfConfig,
): Measurement | undefined {
  const recent = state.timings?.[key] ?? [];
  const target = config.targets[key];
  if (target === null || recent.length < config.alerts.min_samples) return undefined;
  const p95 = percentile(
    [...recent].sort((a, b) => a - b),
    95,
  )!;
  const critical = criticalOf(config, key, target);
  return {
    key,
    label,
    value: p95,
    target,
    ...(critical !== undefined ? { critical } : {}),
    unit: 'ms',
    samples: recent.length,
  };
}

/**
 * A target's critical threshold: the configured one, else twice the target (a
 * rate: at most 1); none for a zero target, where twice is the target itself.
 */
export function criticalOf(config: PerfConfig, key: string, target: number, cap?: number): number | undefined {
  const c = config.targets.critical[key] ?? (target > 0 ? target * 2 : undefined);
  return c === undefined || cap === undefined ? c : Math.min(c, cap);
}

export function isBreach(m: Measurement): boolean {
  return m.below ? m.value < m.target : m.value > m.target;
}

/**
 * The severity `m` stands at, given the one it held (`was`): a level already
 * held is kept until the figure is `hysteresis` back inside its threshold.
 */
export function severityOf(m: Measurement, was: Severity | undefined, hysteresis: number): Severity | undefined {
  const over = (limit: number) => (m.below ? m.value < limit : m.value > limit);
  const stillOver = (limit: number) =>
    m.below ? m.value < limit * (1 + hysteresis) : m.value > limit * (1 - hysteresis);
  if (m.critical !== undefined && (over(m.critical) || (was === 'critical' && stillOver(m.critical))))
    return 'critical';
  if (over(m.target) || (was !== undefined && stillOver(m.target))) return 'warning';
  return undefined;
}

export interface Reconciled {
  next: AlertState;
  /** Alerts that began firing. */
  begun: ActiveAlert[];
  /** Firing alerts whose severity changed (escalated to critical, or back to warning). */
  changed: ActiveAlert[];
  resolved: Array<ActiveAlert & { ended: string; now?: number }>;
}

/**
 * Compare fresh measurements with the remembered state. Only keys for which
 * `owns(key)` is true can end; a key owned but no longer measured (no recent
 * data) ends too. A pending breach that clears before it fires leaves no trace.
 */
export function reconcile(
  prev: AlertState,
  measurements: readonly Measurement[],
  owns: (key: string) => boolean,
  now: Date,
  settings: LifecycleSettings = IMMEDIATE,
): Reconciled {
  const at = now.toISOString();
  const next: AlertState = { ...prev, active: { ...prev.active } };
  const out: Reconciled = { next, begun: [], changed: [], resolved: [] };
  const seen = new Set<string>();
  for (const m of measurements) {
    seen.add(m.key);
    const was = prev.active[m.key];
    const firing = was !== undefined && was.state !== 'pending';
    const severity = severityOf(m, was?.severity ?? (was ? 'warning' : undefined), settings.hysteresis);
    if (severity === undefined) {
      delete next.active[m.key];
      if (firing) out.resolved.push({ ...was, target: m.target, ended: at, now: m.value });
      continue;
    }
    const alert: ActiveAlert = {
      key: m.key,
      label: m.label,
      since: was?.since ?? at,
      value: m.value,
      target: m.target,
      unit: m.unit,
      severity,
      state: 'firing',
      ...(m.critical !== undefined ? { critical: m.critical } : {}),
      ...(m.below ? { below: true } : {}),
    };
    if (firing) {
      if ((was.severity ?? 'warning') !== severity) out.changed.push(alert);
    } else if (now.getTime() - Date.parse(alert.since) >= Math.max(settings.pending_ms, MIN_PENDING_MS[m.key] ?? 0)) {
      // Fired: `since` becomes the moment it fired, the one a person is told.
      alert.since = at;
      out.begun.push(alert);
    } else alert.state = 'pending';
    next.active[m.key] = alert;
  }
  for (const [key, was] of Object.entries(prev.active)) {
    if (!seen.has(key) && owns(key)) {
      delete next.active[key];
      if (was.state !== 'pending') out.resolved.push({ ...was, ended: at });
    }
  }
  return out;
}

/** Firing alerts only (pending ones have not been announced). */
export function firingAlerts(state: AlertState): ActiveAlert[] {
  return Object.values(state.active).filter((a) => a.state !== 'pending');
}

export interface TargetStatus {
  component: string;
  key: string;
  /** null: no recent data (an alert that ended for lack of it, or a target not yet measured). */
  current: number | null;
  target: number;
  unit: string;
  status: 'ok' | 'pending' | 'firing';
  severity?: Severity;
  /** When the alert began firing (or breaching, while pending). */
  since?: string;
  samples: number;
  /** The target is a floor: the figure must stay above it. */
  below?: true;
}

/**
 * One row per measured target, with its alert state: what the dashboard's
 * Performance view, `/2l-status --watch` and `--json` render. Pure.
 */
export function targetStatuses(measurements: readonly Measurement[], state: AlertState): TargetStatus[] {
  const rows: TargetStatus[] = measurements.map((m) => {
    const a = state.active[m.key];
    return {
      component: m.label,
      key: m.key,
      current: m.value,
      target: m.target,
      unit: m.unit,
      status: a ? (a.state === 'pending' ? 'pending' : 'firing') : 'ok',
      ...(a ? { severity: a.severity ?? 'warning', since: a.since } : {}),
      samples: m.samples,
      ...(m.below ? { below: true as const } : {}),
    };
  });
  const measured = new Set(measurements.map((m) => m.key));
  for (const a of Object.values(state.active))
    if (!measured.has(a.key))
      rows.push({
        component: a.label,
        key: a.key,
        current: null,
        target: a.target,
        unit: a.unit,
        status: a.state === 'pending' ? 'pending' : 'firing',
        severity: a.severity ?? 'warning',
        since: a.since,
        samples: 0,
        ...(a.below ? { below: true as const } : {}),
      });
  return rows;
}

/** A figure for people (shared/duration.ts's `formatFigure`, the one rule of tables and alert lines). */
export function formatValue(value: number, unit: string): string {
  return formatFigure(value, unit);
}

/**
 * One line for a person: `hook p95 312 ms > target 200 ms`. A figure held by
 * the hysteresis margin just inside its target reads `(target …)`, not `>`.
 */
export function describeAlert(a: Pick<ActiveAlert, 'label' | 'value' | 'target' | 'unit' | 'below'>): string {
  const past = a.below ? a.value < a.target : a.value > a.target;
  const target = formatValue(a.target, a.unit);
  return `${a.label} ${formatValue(a.value, a.unit)} ${past ? `${a.below ? '<' : '>'} target ${target}` : `(target ${target})`}`;
}

/** Parse a state file's JSON; anything unexpected is an empty state. */
export function parseAlertState(value: unknown): AlertState {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return emptyAlertState();
  const active = (value as { active?: unknown }).active;
  if (!active || typeof active !== 'object' || Array.isArray(active)) return emptyAlertState();
  const out = emptyAlertState();
  const timings = (value as { timings?: unknown }).timings;
  if (timings && typeof timings === 'object' && !Array.isArray(timings)) {
    for (const [key, list] of Object.entries(timings as Record<string, unknown>)) {
      if (Array.isArray(list) && key !== '__proto__')
        (out.timings ??= {})[key] = list
          .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
          .slice(-KEEP_TIMINGS);
    }
  }
  for (const [key, a] of Object.entries(active as Record<string, unknown>)) {
    if (!a || typeof a !== 'object') continue;
    const r = a as Record<string, unknown>;
    if (typeof r.since !== 'string' || typeof r.value !== 'number' || typeof r.target !== 'number') continue;
    if (key === '__proto__') continue;
    out.active[key] = {
      key,
      label: typeof r.label === 'string' ? r.label.slice(0, 200) : key,
      since: r.since,
      value: r.value,
      target: r.target,
      unit: typeof r.unit === 'string' && r.unit.length <= 16 ? r.unit : 'ms',
      ...(r.severity === 'critical' || r.severity === 'warning' ? { severity: r.severity } : {}),
      ...(r.state === 'pending'
        ? { state: 'pending' as const }
        : r.state === 'firing'
          ? { state: 'firing' as const }
          : {}),
      ...(typeof r.critical === 'number' ? { critical: r.critical } : {}),
      ...(r.below === true ? { below: true } : {}),
    };
  }
  return out;
}
