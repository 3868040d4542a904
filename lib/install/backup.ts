/**
 * Backups: one folder per run under `<target>/.2l-backups/<timestamp>-<pid>/`,
 * files at their relative paths plus `manifest.json`. Only bytes we are about
 * to replace or delete go in (cmp-based), so a no-op run makes no folder.
 * Rotation keeps the newest N runs, never the newest one, never a run that
 * holds a file the user may need back (pinned by the install state), never an
 * interrupted one.
 */
import fs from 'node:fs';
import path from 'node:path';

export const BACKUPS_DIR = '.2l-backups';
export const MANIFEST = 'manifest.json';
export const DEFAULT_KEEP = 10;

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

/** Runs to delete so that `keep` remain; the newest and pinned runs always stay. */
export function runsToPrune(runs: string[], keep: number, pinned: ReadonlySet<string>): string[] {
  const sorted = [...runs].sort();
  const newest = sorted[sorted.length - 1];
  const excess = sorted.length - Math.max(1, keep);
  if (excess <= 0) return [];
  return sorted.filter((r) => r !== newest && !pinned.has(r)).slice(0, excess);
}

/**
 * Delete old runs. An interrupted run (manifest not marked complete) is pinned
 * too: until the next install completes it, no state records what it displaced.
 */
export function pruneRuns(target: string, keep: number, pinned: ReadonlySet<string>): string[] {
  const runs = listRuns(target);
  const interrupted = runs.filter((r) => readManifest(target, r)?.complete === false);
  const doomed = runsToPrune(runs, keep, new Set([...pinned, ...interrupted]));
  for (const r of doomed) fs.rmSync(runDir(target, r), { recursive: true, force: true });
  return doomed;
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
