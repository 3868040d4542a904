/**
 * Targets × measurements → breaches, and the small state machine that turns
 * breaches into alert events once per breach: an alert begins when a key goes
 * over its target and ends when it is back under (or has no recent data).
 * Pure: the caller reads and writes the state (lib/alert-store.ts).
 */
import type { PerfConfig } from './config.ts';
import { toolTarget } from './config.ts';
import type { SummarySnapshot } from './summary.ts';

export interface Measurement {
  /** Stable id: `hook_ms.p95`, `error_rate`, `tool.Bash.p95`, `event_processing_ms`, `state_query_ms`. */
  key: string;
  label: string;
  value: number;
  target: number;
  unit: 'ms' | 'ratio';
  samples: number;
}

export interface ActiveAlert {
  key: string;
  label: string;
  since: string;
  value: number;
  target: number;
  unit: 'ms' | 'ratio';
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

/** Keys `/2l-status` evaluates from the log; the others come from the tool that measures them. */
export function isLogKey(key: string): boolean {
  return key === 'hook_ms.p95' || key === 'error_rate' || key === 'event_processing_ms' || key.startsWith('tool.');
}

/**
 * What the log says about each target, for events in the alert window.
 * Measurements from fewer than `min_samples` samples are left out.
 */
export function measureSummary(config: PerfConfig, s: SummarySnapshot): Measurement[] {
  const { targets, alerts } = config;
  const out: Measurement[] = [];
  if (targets.hook_ms !== null && s.hook_ms.count >= alerts.min_samples && s.hook_ms.p95 !== undefined) {
    out.push({
      key: 'hook_ms.p95',
      label: 'hook p95',
      value: s.hook_ms.p95,
      target: targets.hook_ms,
      unit: 'ms',
      samples: s.hook_ms.count,
    });
  }
  const lines = s.events + s.malformed;
  if (targets.error_rate !== null && lines >= alerts.min_samples) {
    const bad = s.malformed + (s.pipeline_errors ?? 0);
    out.push({
      key: 'error_rate',
      label: 'event error rate',
      value: bad / lines,
      target: targets.error_rate,
      unit: 'ratio',
      samples: lines,
    });
  }
  for (const t of s.tools) {
    const target = toolTarget(targets, t.tool);
    if (target === null || t.count < alerts.min_samples || t.p95 === undefined) continue;
    out.push({ key: `tool.${t.tool}.p95`, label: `${t.tool} p95`, value: t.p95, target, unit: 'ms', samples: t.count });
  }
  return out;
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
  const target = config.targets[key];
  if (target === null || recent.length < config.alerts.min_samples) return { state: next };
  const sorted = [...recent].sort((a, b) => a - b);
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
  return { state: next, measurement: { key, label, value: p95, target, unit: 'ms', samples: recent.length } };
}

/** A single timing (e.g. one query) against its target; undefined when that target is off. */
export function measureTiming(
  key: 'event_processing_ms' | 'state_query_ms',
  label: string,
  value: number,
  config: PerfConfig,
  samples = 1,
): Measurement | undefined {
  const target = config.targets[key];
  return target === null ? undefined : { key, label, value, target, unit: 'ms', samples };
}

export function isBreach(m: Measurement): boolean {
  return m.value > m.target;
}

export interface Reconciled {
  next: AlertState;
  begun: ActiveAlert[];
  resolved: Array<ActiveAlert & { ended: string; now?: number }>;
}

/**
 * Compare fresh measurements with the remembered state. Only keys for which
 * `owns(key)` is true can end; a key owned but no longer measured (no recent
 * data) ends too.
 */
export function reconcile(
  prev: AlertState,
  measurements: readonly Measurement[],
  owns: (key: string) => boolean,
  now: Date,
): Reconciled {
  const at = now.toISOString();
  const next: AlertState = { ...prev, active: { ...prev.active } };
  const begun: ActiveAlert[] = [];
  const resolved: Reconciled['resolved'] = [];
  const seen = new Set<string>();
  for (const m of measurements) {
    seen.add(m.key);
    const was = prev.active[m.key];
    if (isBreach(m)) {
      const alert: ActiveAlert = {
        key: m.key,
        label: m.label,
        since: was?.since ?? at,
        value: m.value,
        target: m.target,
        unit: m.unit,
      };
      next.active[m.key] = alert;
      if (!was) begun.push(alert);
    } else if (was) {
      delete next.active[m.key];
      resolved.push({ ...was, target: m.target, ended: at, now: m.value });
    }
  }
  for (const [key, was] of Object.entries(prev.active)) {
    if (!seen.has(key) && owns(key)) {
      delete next.active[key];
      resolved.push({ ...was, ended: at });
    }
  }
  return { next, begun, resolved };
}

export function formatValue(value: number, unit: 'ms' | 'ratio'): string {
  if (unit === 'ratio') return `${Math.round(value * 100_000) / 1000} %`;
  return `${Math.round(value * 10) / 10} ms`;
}

/** One line for a person: `hook p95 312 ms > target 200 ms`. */
export function describeAlert(a: Pick<ActiveAlert, 'label' | 'value' | 'target' | 'unit'>): string {
  return `${a.label} ${formatValue(a.value, a.unit)} > target ${formatValue(a.target, a.unit)}`;
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
    out.active[key] = {
      key,
      label: typeof r.label === 'string' ? r.label : key,
      since: r.since,
      value: r.value,
      target: r.target,
      unit: r.unit === 'ratio' ? 'ratio' : 'ms',
    };
  }
  return out;
}
