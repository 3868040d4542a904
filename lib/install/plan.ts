/**
 * Pure install/uninstall planning: from what the pack ships, what the target
 * holds and what we recorded last time, decide one action per file. No I/O;
 * `install-apply.ts` carries the plan out, `--dry-run` only prints it.
 */
// The two functions only: the whole semver package is most of a cold start.
import semverLt from 'semver/functions/lt.js';
import semverValid from 'semver/functions/valid.js';

/** Where the pack's runtime lives in a target: `${CLAUDE_PLUGIN_ROOT}` becomes `<target>/lib/2l`. */
export const LIB_REL = 'lib/2l';

/** A file the pack wants at `rel` (relative to the target, `/`-separated). */
export interface DesiredFile {
  rel: string;
  sha256: string;
  mode: number;
}

/** What is at a path in the target now. `escapes`: its real path leaves the target. */
export interface TargetEntry {
  kind: 'missing' | 'file' | 'symlink' | 'dir' | 'other';
  sha256?: string;
  /** Permission bits of a file. */
  mode?: number;
  escapes?: boolean;
}

export interface InstalledState {
  /** Absent before the first install completed (a dead run may still have displaced files). */
  packVersion?: string;
  files: Record<string, string>;
  /** Files that were the user's before we overwrote them: rel → backup run id. */
  displaced: Record<string, string>;
}

export type FileAction =
  | 'create' // nothing there
  | 'update' // still as we wrote it; overwritten
  | 'unchanged' // bytes already match
  | 'backup-update' // the user's (changed or never ours): backed up, then overwritten
  | 'keep-mine' // the user's, kept (--keep-mine)
  | 'remove' // ours, no longer shipped (or uninstall)
  | 'keep-user-changed' // ours once, changed by the user: left in place, forgotten
  | 'restore-displaced' // uninstall: the user's file we displaced comes back
  | 'gone'; // recorded but already absent

export interface PlannedFile {
  rel: string;
  action: FileAction;
  /** Why, for the report. */
  reason?: string;
  /** For writes: the new content's hash and mode. */
  sha256?: string;
  mode?: number;
  /** For restore-displaced: the backup run that holds the user's file. */
  run?: string;
  /** backup-update of a file that was never ours: uninstall brings it back. */
  displaces?: boolean;
  /** update of a file whose bytes already match: only its mode is set (no backup, nothing rewritten). */
  modeOnly?: boolean;
}

export interface Conflict {
  rel?: string;
  message: string;
}

export interface Plan {
  files: PlannedFile[];
  conflicts: Conflict[];
  /** The state to record once everything is applied. */
  nextFiles: Record<string, string>;
  nextDisplaced: Record<string, string>;
}

export interface PlanOptions {
  keepMine: boolean;
  force: boolean;
  packVersion: string;
}

const WRITES: ReadonlySet<FileAction> = new Set(['create', 'update', 'backup-update', 'restore-displaced']);
export const isWrite = (a: FileAction): boolean => WRITES.has(a);
/** Actions that replace or delete existing bytes, so a backup is taken first. */
export const needsBackup = (a: FileAction): boolean =>
  a === 'update' || a === 'backup-update' || a === 'remove' || a === 'restore-displaced';

export function versionConflict(installed: string | undefined, pack: string, force: boolean): Conflict | undefined {
  if (!installed || force) return undefined;
  if (!semverValid(installed) || !semverValid(pack)) return undefined;
  if (semverLt(pack, installed)) {
    return {
      message: `the installed 2L pack is ${installed}, newer than this one (${pack}); pass \`--force\` to downgrade`,
    };
  }
  return undefined;
}

export function planInstall(
  desired: DesiredFile[],
  target: Map<string, TargetEntry>,
  state: InstalledState | undefined,
  opts: PlanOptions,
): Plan {
  const files: PlannedFile[] = [];
  const conflicts: Conflict[] = [];
  const recorded = state?.files ?? {};
  const nextFiles: Record<string, string> = {};
  const nextDisplaced: Record<string, string> = { ...(state?.displaced ?? {}) };
  const vc = versionConflict(state?.packVersion, opts.packVersion, opts.force);
  if (vc) conflicts.push(vc);

  const wanted = new Set<string>();
  for (const d of [...desired].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    wanted.add(d.rel);
    const t = target.get(d.rel) ?? { kind: 'missing' };
    const write = { rel: d.rel, sha256: d.sha256, mode: d.mode };
    if (t.escapes) {
      conflicts.push({
        rel: d.rel,
        message: `\`${d.rel}\` resolves outside the target folder (a symlinked folder on its path); refusing to write through it`,
      });
      continue;
    }
    if (t.kind === 'dir' || t.kind === 'other') {
      conflicts.push({
        rel: d.rel,
        message: `\`${d.rel}\` is a ${t.kind === 'dir' ? 'folder' : 'special file'}; move it away first`,
      });
      continue;
    }
    if (t.kind === 'missing') {
      files.push({ ...write, action: 'create' });
      nextFiles[d.rel] = d.sha256;
    } else if (
      t.kind === 'file' &&
      t.sha256 === d.sha256 &&
      t.mode !== undefined &&
      (t.mode & 0o111) !== (d.mode & 0o111)
    ) {
      // Same bytes, but executable where the pack's copy is not, or the other way round.
      files.push({
        ...write,
        action: 'update',
        modeOnly: true,
        reason: `mode ${t.mode.toString(8)} -> ${d.mode.toString(8)}`,
      });
      nextFiles[d.rel] = d.sha256;
    } else if (t.kind === 'file' && t.sha256 === d.sha256) {
      files.push({
        rel: d.rel,
        action: 'unchanged',
        ...(recorded[d.rel] ? {} : { reason: 'already identical; now recorded as ours' }),
      });
      nextFiles[d.rel] = d.sha256;
    } else if (t.kind === 'file' && recorded[d.rel] !== undefined && recorded[d.rel] === t.sha256) {
      files.push({ ...write, action: 'update' });
      nextFiles[d.rel] = d.sha256;
    } else {
      const reason =
        t.kind === 'symlink'
          ? 'a symlink we did not make'
          : recorded[d.rel] !== undefined
            ? 'changed since we installed it'
            : 'not ours';
      if (opts.keepMine) {
        files.push({ rel: d.rel, action: 'keep-mine', reason });
        delete nextDisplaced[d.rel];
      } else {
        files.push({
          ...write,
          action: 'backup-update',
          reason,
          ...(recorded[d.rel] === undefined ? { displaces: true } : {}),
        });
        nextFiles[d.rel] = d.sha256;
      }
    }
  }
  for (const rel of Object.keys(recorded).sort()) {
    if (wanted.has(rel)) continue;
    const t = target.get(rel) ?? { kind: 'missing' };
    if (t.kind === 'missing') files.push({ rel, action: 'gone' });
    else if (t.kind === 'file' && t.sha256 === recorded[rel] && !t.escapes)
      files.push({ rel, action: 'remove', reason: 'no longer shipped' });
    else
      files.push({ rel, action: 'keep-user-changed', reason: 'no longer shipped, but changed since we installed it' });
  }
  return { files, conflicts, nextFiles, nextDisplaced };
}

/**
 * Uninstall: remove what is still as we wrote it, bring back what we displaced
 * (when the backup is still there), keep and list what the user changed.
 */
export function planUninstall(
  target: Map<string, TargetEntry>,
  state: InstalledState,
  backupsAvailable: ReadonlySet<string>,
): Plan {
  const files: PlannedFile[] = [];
  const conflicts: Conflict[] = [];
  for (const [rel, sha] of Object.entries(state.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const t = target.get(rel) ?? { kind: 'missing' };
    const run = state.displaced[rel];
    if (t.kind === 'missing') {
      files.push(
        run && backupsAvailable.has(run) ? { rel, action: 'restore-displaced', run } : { rel, action: 'gone' },
      );
    } else if (t.kind === 'file' && t.sha256 === sha && !t.escapes) {
      files.push(
        run && backupsAvailable.has(run)
          ? { rel, action: 'restore-displaced', run, reason: 'yours before 2L was installed' }
          : { rel, action: 'remove' },
      );
    } else {
      files.push({ rel, action: 'keep-user-changed', reason: 'changed since we installed it' });
    }
  }
  return { files, conflicts, nextFiles: {}, nextDisplaced: {} };
}

export function summarise(plan: Plan): Record<FileAction, number> {
  const counts = Object.fromEntries(
    (
      [
        'create',
        'update',
        'unchanged',
        'backup-update',
        'keep-mine',
        'remove',
        'keep-user-changed',
        'restore-displaced',
        'gone',
      ] as FileAction[]
    ).map((a) => [a, 0]),
  ) as Record<FileAction, number>;
  for (const f of plan.files) counts[f.action]++;
  return counts;
}
