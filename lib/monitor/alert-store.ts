/**
 * The I/O side of alerts: remembers active alerts in `.2L/alerts-state.json`
 * and appends a `performance_alert` event when one begins or ends, so each
 * breach is logged once however often it is measured. A lock keeps two runs
 * from announcing the same breach twice; a run that finds it held skips the
 * recording (the other run is doing it). A state file, lock or `.2L` planted
 * by the repository (a link, a FIFO) is refused: nothing is recorded, and the
 * result says why.
 */
import path from 'node:path';
import {
  describeAlert,
  emptyAlertState,
  formatValue,
  measureRecentTimings,
  parseAlertState,
  reconcile,
  type ActiveAlert,
  type AlertState,
  type LifecycleSettings,
  type Measurement,
  type Reconciled,
} from './alerts.ts';
import type { PerfConfig } from './config.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { newEvent, type TwoLEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import { stateDir } from '../events/project-dir.ts';
import { checkPrivateDir, isUnsafePath, readRegularText } from '../shared/safe-fs.ts';
import { releaseStateLock, takeStateLock } from '../shared/state-lock.ts';
import { errorCode, errorMessage } from '../shared/errors.ts';

export const ALERT_STATE_FILE = 'alerts-state.json';
const STALE_LOCK_MS = 10_000;
/** A state of a few alerts is a few KiB; anything larger is not ours. */
const MAX_STATE_BYTES = 1024 * 1024;

export function alertStatePath(projectDir: string): string {
  return path.join(stateDir(projectDir), ALERT_STATE_FILE);
}

/** The remembered state (empty when absent, corrupt or too big); throws UnsafePathError for a planted one. */
function loadAlertState(projectDir: string): AlertState {
  checkPrivateDir(stateDir(projectDir));
  let text: string | undefined;
  try {
    text = readRegularText(alertStatePath(projectDir), MAX_STATE_BYTES);
  } catch (err) {
    if (isUnsafePath(err) && err.reason === 'too-big') return emptyAlertState();
    throw err;
  }
  try {
    return text === undefined ? emptyAlertState() : parseAlertState(JSON.parse(text));
  } catch {
    return emptyAlertState();
  }
}

/** The remembered state; empty when the file is absent, unreadable or refused. */
export function readAlertState(projectDir: string): AlertState {
  try {
    return loadAlertState(projectDir);
  } catch {
    return emptyAlertState();
  }
}

/** Pending alerts came or went: the onset must be remembered for the pending time to count. */
function pendingChanged(a: AlertState, b: AlertState): boolean {
  const pending = (s: AlertState) =>
    Object.values(s.active)
      .filter((x) => x.state === 'pending')
      .map((x) => `${x.key}@${x.since}`)
      .sort()
      .join('\n');
  return pending(a) !== pending(b);
}

/** Why a step failed, for `skipped`: a refusal in full, an errno by its code. */
function why(err: unknown): string {
  return isUnsafePath(err) ? `refused ${err.message}` : (errorCode(err) ?? errorMessage(err));
}

export interface RecordResult {
  outcome: Reconciled | undefined;
  /** The `performance_alert` events appended, one per transition (for a notifier). */
  events?: TwoLEvent[];
  /** Why nothing was recorded, when it was not. */
  skipped?: string;
}

/** Reconcile measurements with the stored state; append one event per transition; save. */
export function recordAlerts(
  projectDir: string,
  measurements: readonly Measurement[],
  owns: (key: string) => boolean,
  now = new Date(),
  settings?: LifecycleSettings,
): RecordResult {
  return recordWith(projectDir, now, (state) => ({ state, measurements, owns }), settings);
}

/**
 * Record one run's timing (e.g. a query) and alert on the p95 of the recent
 * ones: a single slow run on a busy machine does not raise an alert.
 */
export function recordTiming(
  projectDir: string,
  key: 'event_processing_ms' | 'state_query_ms',
  label: string,
  value: number,
  config: PerfConfig,
  now = new Date(),
): RecordResult {
  return recordWith(
    projectDir,
    now,
    (prev) => {
      const { state, measurement } = measureRecentTimings(prev, key, label, value, config);
      // Too few samples yet: keep any active alert as it is.
      return {
        state,
        measurements: measurement ? [measurement] : [],
        owns: (k) => measurement !== undefined && k === key,
        save: true,
      };
    },
    config.alerts,
  );
}

export type Plan = (state: AlertState) => {
  state: AlertState;
  measurements: readonly Measurement[];
  owns: (key: string) => boolean;
  /** Save the state even when nothing began or ended (timings, pending alerts changed). */
  save?: boolean;
};

/** An alert's event: one per transition, its `data` a line for people, its payload for programs. */
export function transitionEvent(a: ActiveAlert, kind: 'begun' | 'changed', now: Date) {
  const critical = a.severity === 'critical';
  const prefix =
    kind === 'begun' ? (critical ? 'Critical' : 'Alert') : critical ? 'Escalated to critical' : 'Back to warning';
  return newEvent(
    'performance_alert',
    `${prefix}: ${describeAlert(a)}`,
    {
      payload: {
        key: a.key,
        state: 'breach',
        severity: a.severity ?? 'warning',
        label: a.label,
        value: a.value,
        target: a.target,
        ...(a.critical !== undefined ? { critical: a.critical } : {}),
        unit: a.unit,
        since: a.since,
      },
    },
    now,
  );
}

/**
 * Read the state under the lock, let `plan` measure against it, reconcile,
 * append one event per transition and save. Concurrent evaluators (the
 * dashboard server, `/2l-status`, `/2l-query`) go through here, so a
 * transition is written once: a run that finds the lock held skips its turn.
 */
export function recordWith(projectDir: string, now: Date, plan: Plan, settings?: LifecycleSettings): RecordResult {
  const dir = stateDir(projectDir);
  try {
    checkPrivateDir(dir);
  } catch (err) {
    const code = errorCode(err);
    return {
      outcome: undefined,
      skipped: code === 'ENOENT' || code === 'ENOTDIR' ? 'no .2L folder' : `alerts not recorded: ${why(err)}`,
    };
  }
  const lock = path.join(dir, '.alerts.lock');
  try {
    if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: true }))
      return { outcome: undefined, skipped: 'another run is recording alerts' };
  } catch (err) {
    return { outcome: undefined, skipped: `cannot lock ${path.join('.2L', '.alerts.lock')}: ${why(err)}` };
  }
  try {
    const { state, measurements, owns, save } = plan(loadAlertState(projectDir));
    const outcome = reconcile(state, measurements, owns, now, settings);
    // keepMode false: the mode of whatever sat at the name is not ours to copy.
    const saveState = () =>
      atomicWriteFileSync(alertStatePath(projectDir), `${JSON.stringify(outcome.next)}\n`, {
        mode: 0o600,
        keepMode: false,
      });
    if (outcome.begun.length === 0 && outcome.changed.length === 0 && outcome.resolved.length === 0) {
      if (save || pendingChanged(state, outcome.next)) saveState();
      return { outcome };
    }
    // State first: a crash between the two loses an event, never repeats one.
    saveState();
    const events = [
      ...outcome.begun.map((a) => transitionEvent(a, 'begun', now)),
      ...outcome.changed.map((a) => transitionEvent(a, 'changed', now)),
      ...outcome.resolved.map((a) => {
        const back = a.now === undefined ? 'no recent data' : `now ${formatValue(a.now, a.unit)}`;
        return newEvent(
          'performance_alert',
          `Resolved: ${a.label} back within target ${formatValue(a.target, a.unit)} (${back})`,
          {
            payload: {
              key: a.key,
              state: 'resolved',
              severity: a.severity ?? 'warning',
              label: a.label,
              value: a.now ?? null,
              target: a.target,
              unit: a.unit,
              since: a.since,
            },
          },
          now,
        );
      }),
    ];
    for (const e of events) appendEvent(projectDir, e);
    return { outcome, events };
  } catch (err) {
    return { outcome: undefined, skipped: `alerts not recorded: ${why(err)}` };
  } finally {
    releaseStateLock(lock);
  }
}
