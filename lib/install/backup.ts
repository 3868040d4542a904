/**
 * Backups: one folder per run under `<target>/.2l-backups/<timestamp>-<pid>/`,
 * files at their relative paths plus `manifest.json`. Only bytes we are about
 * to replace or delete go in (cmp-based), so a no-op run makes no folder.
 * Rotation keeps the newest N runs and expires runs older than a maximum age,
 * but never the newest one, never a run that holds a file the user may need
 * back (pinned by the install state), never an interrupted one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { treeSize } from '../shared/tree-size.ts';

export const BACKUPS_DIR = '.2l-backups';
export const MANIFEST = 'manifest.json';
export const DEFAULT_KEEP = 10;
/** Runs older than this many days go at the next install or prune (0: never by age). */
export const DEFAULT_MAX_AGE_DAYS = 30;
/** Past this many MiB of backups, reports warn. */
export const DEFAULT_WARN_MIB = 50;
const DAY_MS = 86_400_000;

export interface BackupEntry {
  rel: string;
  /** sha256 of the saved bytes; absent for a symlink. */
  sha256?: string;
  mode?: number;
  /** The saved thing was a symlink with this link text. */
  symlink?: string;
  reason: string;
  /** The user's file (never ours) that the install replaced: uninstall brings it back. */
  displaces?: boolean;
  /** The user's edit of a file of ours that the install replaced: the run is kept (see InstallState.savedEdits). */
  edited?: boolean;
}

export interface BackupManifest {
  run: string;
  command: string;
  created_at: string;
  pid: number;
  pack_version: string;
  /** False while the run is applying; a false one found later was interrupted. */
  complete: boolean;
  files: BackupEntry[];
  /** The user's status line replaced with `--statusline` in this run. */
  status_line_displaced?: Record<string, unknown>;
}

export function backupsDir(target: string): string {
  return path.join(target, BACKUPS_DIR);
}

export function runDir(target: string, run: string): string {
  return path.join(backupsDir(target), run);
}

export function newRunId(now: Date, pid: number): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '$1Z')}-${pid}`;
}

const RUN_RE = /^\d{8}T\d{9}Z-\d+$/;

export function readManifest(target: string, run: string): BackupManifest | undefined {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(runDir(target, run), MANIFEST), 'utf8')) as BackupManifest;
    return m && Array.isArray(m.files) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Run ids, oldest first. */
export function listRuns(target: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(target));
  } catch {
    return [];
  }
  return names.filter((n) => RUN_RE.test(n)).sort();
}

/** When a run started, read from its id (newRunId); undefined for a name that is not one. */
export function runTime(run: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-\d+$/.exec(run);
  if (!m) return undefined;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!);
  return Number.isFinite(t) ? t : undefined;
}

/** Expiry by age: runs started more than maxAgeDays before now go (maxAgeDays 0: none). */
export interface Expiry {
  now: Date;
  maxAgeDays: number;
}

/**
 * Runs to delete so that `keep` remain, plus those older than the expiry's
 * age; the newest and pinned runs always stay, whatever their age.
 */
export function runsToPrune(runs: string[], keep: number, pinned: ReadonlySet<string>, expiry?: Expiry): string[] {
  const sorted = [...runs].sort();
  const newest = sorted[sorted.length - 1];
  const candidates = sorted.filter((r) => r !== newest && !pinned.has(r));
  const excess = sorted.length - Math.max(1, keep);
  const byCount = new Set(excess > 0 ? candidates.slice(0, excess) : []);
  const cutoff = expiry && expiry.maxAgeDays > 0 ? expiry.now.getTime() - expiry.maxAgeDays * DAY_MS : undefined;
  const old = (r: string) => cutoff !== undefined && (runTime(r) ?? Infinity) < cutoff;
  return candidates.filter((r) => byCount.has(r) || old(r));
}

/**
 * Delete old runs. An interrupted run (manifest not marked complete) is pinned
 * too: until the next install completes it, no state records what it displaced.
 */
export function pruneRuns(
  target: string,
  keep: number,
  pinned: ReadonlySet<string>,
  expiry?: Expiry,
  dryRun = false,
): string[] {
  const runs = listRuns(target);
  const interrupted = runs.filter((r) => readManifest(target, r)?.complete === false);
  const doomed = runsToPrune(runs, keep, new Set([...pinned, ...interrupted]), expiry);
  if (!dryRun) for (const r of doomed) fs.rmSync(runDir(target, r), { recursive: true, force: true });
  return doomed;
}

/** Bytes the backups take, by lstat (a link counts as itself and is never followed). */
export function backupsSize(target: string): number {
  return treeSize(backupsDir(target)).bytes;
}

/** The warning a report carries when the backups pass warnMib (0: never). */
export function sizeWarning(bytes: number, warnMib: number): string | undefined {
  if (warnMib <= 0 || bytes <= warnMib * 1024 * 1024) return undefined;
  return `warning: backups take ${(bytes / 1024 / 1024).toFixed(1)} MiB (over ${warnMib} MiB); \`./install.mjs prune --keep N\` or \`--max-age DAYS\` removes old runs (those holding a file of yours stay)`;
}

/** Resolve a user-given run name: exact id, unique prefix, or the newest. */
export function resolveRun(target: string, wanted: string | undefined): string {
  const runs = listRuns(target);
  if (runs.length === 0) throw new Error(`no backups in \`${backupsDir(target)}\``);
  if (!wanted) return runs[runs.length - 1]!;
  if (runs.includes(wanted)) return wanted;
  const matches = runs.filter((r) => r.startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  throw new Error(
    matches.length === 0
      ? `no backup run \`${wanted}\` (see \`./install.mjs backups\`)`
      : `\`${wanted}\` matches ${matches.length} runs; give more of the name`,
  );
}
