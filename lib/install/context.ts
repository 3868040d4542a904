/**
 * What every installer command shares: its options, its report, and the
 * target resolved, locked and read (install state, interrupted runs).
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { errorMessage, UserError } from '../shared/cli.ts';
import type { ApplyResult, MutFs } from './apply.ts';
import { listRuns, readManifest, type BackupManifest } from './backup.ts';
import { acquireLock, type Lock } from './lock.ts';
import { LIB_REL, type Conflict, type PlannedFile } from './plan.ts';
import { readTextIfExists } from '../shared/json-file.ts';
import { unsafePathReason } from './source.ts';
import { parseState, STATE_FILE, type InstallState } from './state.ts';

/** Done, but something was kept back on purpose (`--keep-mine`, or changed by the user on uninstall). */
export const EXIT_PARTIAL = 3;

export interface RunOptions {
  packRoot: string;
  target: string;
  dryRun?: boolean;
  keepMine?: boolean;
  force?: boolean;
  statusline?: boolean;
  keep?: number;
  fs?: MutFs;
  now?: Date;
  pid?: number;
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

export function absorb(report: Report, r: ApplyResult): void {
  report.run = r.run;
  report.backedUp = r.backedUp;
  report.written = r.written;
  report.removed = r.removed;
}
