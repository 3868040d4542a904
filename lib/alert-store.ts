/**
 * The I/O side of alerts: remembers active alerts in `.2L/alerts-state.json`
 * and appends a `performance_alert` event when one begins or ends, so each
 * breach is logged once however often it is measured. A lock keeps two runs
 * from announcing the same breach twice; a run that finds it held skips the
 * recording (the other run is doing it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeAlert, emptyAlertState, formatValue, measureRecentTimings, parseAlertState, reconcile, type AlertState, type Measurement, type Reconciled } from './alerts.ts';
import type { PerfConfig } from './perf-config.ts';
import { atomicWriteFileSync } from './atomic-write.ts';
import { newEvent } from './event-format.ts';
import { appendEvent } from './event-writer.ts';
import { stateDir } from './project-dir.ts';

export const ALERT_STATE_FILE = 'alerts-state.json';
const STALE_LOCK_MS = 10_000;

export function alertStatePath(projectDir: string): string {
  return path.join(stateDir(projectDir), ALERT_STATE_FILE);
}

/** The remembered state; empty when the file is absent or unreadable. */
export function readAlertState(projectDir: string): AlertState {
  try {
    return parseAlertState(JSON.parse(fs.readFileSync(alertStatePath(projectDir), 'utf8')));
  } catch {
    return emptyAlertState();
  }
}

function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) {
        fs.rmdirSync(lock);
        fs.mkdirSync(lock);
        return true;
      }
    } catch {
      /* lost the race to someone else */
    }
    return false;
  }
}

export interface RecordResult {
  outcome: Reconciled | undefined;
  /** Why nothing was recorded, when it was not. */
  skipped?: string;
}

/** Reconcile measurements with the stored state; append begin/end events; save. */
export function recordAlerts(projectDir: string, measurements: readonly Measurement[], owns: (key: string) => boolean, now = new Date()): RecordResult {
  return withState(projectDir, now, (state) => ({ state, measurements, owns }));
}

/**
 * Record one run's timing (e.g. a query) and alert on the p95 of the recent
 * ones: a single slow run on a busy machine does not raise an alert.
 */
export function recordTiming(projectDir: string, key: 'event_processing_ms' | 'state_query_ms', label: string, value: number, config: PerfConfig, now = new Date()): RecordResult {
  return withState(projectDir, now, (prev) => {
    const { state, measurement } = measureRecentTimings(prev, key, label, value, config);
    // Too few samples yet: keep any active alert as it is.
    return { state, measurements: measurement ? [measurement] : [], owns: (k) => measurement !== undefined && k === key, save: true };
  });
}

type Plan = (state: AlertState) => { state: AlertState; measurements: readonly Measurement[]; owns: (key: string) => boolean; save?: boolean };

function withState(projectDir: string, now: Date, plan: Plan): RecordResult {
  const dir = stateDir(projectDir);
  if (!fs.existsSync(dir)) return { outcome: undefined, skipped: 'no .2L folder' };
  const lock = path.join(dir, '.alerts.lock');
  try {
    if (!takeLock(lock)) return { outcome: undefined, skipped: 'another run is recording alerts' };
  } catch (err) {
    return { outcome: undefined, skipped: `cannot lock ${path.join('.2L', '.alerts.lock')}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  try {
    const { state, measurements, owns, save } = plan(readAlertState(projectDir));
    const outcome = reconcile(state, measurements, owns, now);
    if (outcome.begun.length === 0 && outcome.resolved.length === 0) {
      if (save) atomicWriteFileSync(alertStatePath(projectDir), `${JSON.stringify(outcome.next)}\n`, { mode: 0o600 });
      return { outcome };
    }
    for (const a of outcome.begun) {
      appendEvent(projectDir, newEvent('performance_alert', `Alert: ${describeAlert(a)}`, { payload: { key: a.key, state: 'breach', label: a.label, value: a.value, target: a.target, unit: a.unit } }, now));
    }
    for (const a of outcome.resolved) {
      const back = a.now === undefined ? 'no recent data' : `now ${formatValue(a.now, a.unit)}`;
      appendEvent(projectDir, newEvent('performance_alert', `Resolved: ${a.label} back within target ${formatValue(a.target, a.unit)} (${back})`, { payload: { key: a.key, state: 'resolved', label: a.label, value: a.now ?? null, target: a.target, unit: a.unit, since: a.since } }, now));
    }
    atomicWriteFileSync(alertStatePath(projectDir), `${JSON.stringify(outcome.next)}\n`, { mode: 0o600 });
    return { outcome };
  } catch (err) {
    return { outcome: undefined, skipped: `cannot record alerts: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  } finally {
    try {
      fs.rmdirSync(lock);
    } catch {
      /* already gone */
    }
  }
}
