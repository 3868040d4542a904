/**
 * What every installer command shares: its options, its report, and the
 * target resolved, locked and read (install state, interrupted runs).
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { errorMessage, UserError } from '../shared/cli.ts';
import type { ApplyResult, MutFs } from './apply.ts';
import { backupsSize, DEFAULT_WARN_MIB, listRuns, readManifest, sizeWarning, type BackupManifest } from './backup.ts';
import { acquireLock, type Lock } from './lock.ts';
import { LIB_REL, type Conflict, type PlannedFile } from './plan.ts';
import { readTextIfExists } from '../shared/json-file.ts';
import { unsafePathReason } from './source.ts';
import { parseState, STATE_FILE, type InstallState } from './state.ts';

/** Done, but something was kept back on purpose (`--keep-mine`, or changed by the user on uninstall). */
export const EXIT_PARTIAL = 3;
/** `--update` with nothing installed: there is nothing to update (run a plain install first). */
export const EXIT_NOT_INSTALLED = 4;
/** A run slower than this is worth a warning in its report (the seed's target). */
export const SLOW_RUN_MS = 10_000;

export interface RunOptions {
  packRoot: string;
  target: string;
  dryRun?: boolean;
  keepMine?: boolean;
  force?: boolean;
  statusline?: boolean;
  keep?: number;
  /** Backup runs older than this many days are pruned (0: never by age). */
  maxAgeDays?: number;
  /** Warn when the backups take more than this many MiB (0: never). */
  warnMib?: number;
  /** `--update`: refuse when nothing is installed yet. */
  update?: boolean;
  fs?: MutFs;
  now?: Date;
  pid?: number;
  /** Milliseconds from some origin, for the phase durations (tests pass a fake one). */
  clock?: () => number;
}

export interface Report {
  command: string;
  target: string;
  packVersion: string;
  installedVersion?: string;
  dryRun: boolean;
  files: PlannedFile[];
  settingsChanged: boolean;
  /** Uninstall removes the settings.json the install created (nothing else was in it). */
  settingsRemoved?: boolean;
  notes: string[];
  conflicts: Conflict[];
  run?: string;
  backedUp: string[];
  written: string[];
  removed: string[];
  pruned: string[];
  /** Bytes the backup runs take after this run. */
  backupBytes?: number;
  /** Milliseconds each phase took (read, plan, apply, prune), and in all. */
  phases?: Record<string, number>;
  durationMs?: number;
  /** 0 done, 1 error, EXIT_PARTIAL (3) partial (something kept back on purpose). */
  exitCode: number;
}

/** Resolve (and with `create`, make) the target; returns its real path. */
export function resolveTarget(target: string, create: boolean): string {
  const abs = path.resolve(target);
  const bad = unsafePathReason(abs);
  if (bad) throw new UserError(bad);
  if (create) nodeFs.mkdirSync(abs, { recursive: true });
  let real: string;
  try {
    real = nodeFs.realpathSync(abs);
  } catch {
    return abs;
  }
  const badReal = unsafePathReason(real);
  if (badReal) throw new UserError(badReal);
  if (!nodeFs.statSync(real).isDirectory()) throw new UserError(`the target \`${abs}\` is not a folder`);
  return real;
}

export const libDirOf = (target: string) => path.join(target, LIB_REL);

/** The install state, or undefined before the first install; one that cannot be read or parsed is a user error. */
export function loadState(target: string): InstallState | undefined {
  const file = path.join(target, STATE_FILE);
  try {
    const text = readTextIfExists(file);
    return text === undefined ? undefined : parseState(text, file);
  } catch (err) {
    throw new UserError(errorMessage(err));
  }
}

export function withLock<T>(target: string, dryRun: boolean, notes: string[], fn: () => T): T {
  if (dryRun || !nodeFs.existsSync(target)) return fn();
  let lock: Lock;
  try {
    lock = acquireLock(target);
  } catch (err) {
    throw new UserError(errorMessage(err));
  }
  if (lock.tookOverFrom !== undefined) notes.push(`took over a stale lock left by pid ${lock.tookOverFrom}`);
  try {
    return fn();
  } finally {
    lock.release();
  }
}

/** Runs that started and never finished (their process died mid-apply). */
export function interruptedRuns(target: string, pid: number): BackupManifest[] {
  return listRuns(target)
    .map((r) => readManifest(target, r))
    .filter((m): m is BackupManifest => !!m && !m.complete && m.pid !== pid);
}

export function emptyReport(command: string, target: string, version: string, dryRun: boolean): Report {
  return {
    command,
    target,
    packVersion: version,
    dryRun,
    files: [],
    settingsChanged: false,
    notes: [],
    conflicts: [],
    backedUp: [],
    written: [],
    removed: [],
    pruned: [],
    exitCode: 0,
  };
}

/**
 * Times a run's phases: `mark(name)` closes the phase that began at the last
 * mark (or at the start); `finish` puts them and the total on the report, with
 * a warning when the run was slower than SLOW_RUN_MS.
 */
export function phaseTimer(clock: () => number = () => performance.now()) {
  const start = clock();
  let last = start;
  const phases: Record<string, number> = {};
  const ms = (d: number) => Math.max(0, Math.round(d));
  return {
    mark(name: string): void {
      const t = clock();
      phases[name] = ms(t - last);
      last = t;
    },
    finish(report: Report): void {
      report.phases = phases;
      noteDuration(report, clock() - start);
    },
  };
}

/** The run's total duration on the report, with a warning when it was slower than SLOW_RUN_MS. */
export function noteDuration(report: Report, ms: number): void {
  report.durationMs = Math.max(0, Math.round(ms));
  if (report.durationMs <= SLOW_RUN_MS) return;
  const phases = Object.entries(report.phases ?? {}).map(([k, v]) => `${k} ${v} ms`);
  report.notes.push(
    `warning: the ${report.command} took ${(report.durationMs / 1000).toFixed(1)} s (over ${SLOW_RUN_MS / 1000} s${phases.length ? `; ${phases.join(', ')}` : ''})`,
  );
}

export function absorb(report: Report, r: ApplyResult): void {
  report.run = r.run;
  report.backedUp = r.backedUp;
  report.written = r.written;
  report.removed = r.removed;
}

/** The backups' total size on the report, with a warning past the threshold. */
export function noteBackupSize(report: Report, target: string, opts: Pick<RunOptions, 'warnMib'>): void {
  report.backupBytes = backupsSize(target);
  const warning = sizeWarning(report.backupBytes, opts.warnMib ?? DEFAULT_WARN_MIB);
  if (warning) report.notes.push(warning);
}
