/**
 * The commands that take things back: `uninstall` (only what is still ours,
 * the user's displaced files and status line restored), `restore [RUN]`
 * (a backup run put back, itself backed up first), `prune` and `backups`.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { applyOps, type Op } from './apply.ts';
import {
  DEFAULT_KEEP,
  DEFAULT_MAX_AGE_DAYS,
  listRuns,
  pruneRuns,
  readManifest,
  resolveRun,
  runDir,
  type BackupManifest,
} from './backup.ts';
import { LIB_REL, planUninstall, type Plan, type PlannedFile } from './plan.ts';
import { packVersion, scanTarget, sha256 } from './source.ts';
import { STATE_FILE, pinnedRuns, type InstallState } from './state.ts';
import {
  isOursIn,
  jsonEqual,
  removeFromSettings,
  SETTINGS_FILE,
  settingsOp,
  writeThroughNote,
} from './settings-merge.ts';
import { errorMessage, UserError } from '../shared/cli.ts';
import {
  absorb,
  emptyReport,
  EXIT_PARTIAL,
  libDirOf,
  loadState,
  noteBackupSize,
  resolveTarget,
  withLock,
  type Report,
  type RunOptions,
} from './context.ts';
import { readSettings, settingsLinkTarget } from './settings-file.ts';

/** The op that puts back rel as saved in a run, or undefined if it is already so. */
function restoreOp(target: string, m: BackupManifest, rel: string, reason: string): Op | undefined {
  const e = m.files.find((f) => f.rel === rel);
  if (!e) return undefined;
  const abs = path.join(target, rel);
  let st: nodeFs.Stats | undefined;
  try {
    st = nodeFs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (e.symlink !== undefined) {
    if (st?.isSymbolicLink() && nodeFs.readlinkSync(abs) === e.symlink) return undefined;
    if (st?.isDirectory() && nodeFs.readdirSync(abs).length > 0) {
      throw new UserError(
        `\`${rel}\` was a symlink to ${e.symlink} and is a folder with files now; \`./install.mjs uninstall\` puts such a link back`,
      );
    }
    return { kind: 'symlink', rel, link: e.symlink, reason };
  }
  const bytes = nodeFs.readFileSync(path.join(runDir(target, m.run), rel));
  // settings.json saved as a file goes back through the user's symlink, as install wrote it.
  const throughLink = rel === SETTINGS_FILE && !!st?.isSymbolicLink() && !!settingsLinkTarget(target);
  if ((st?.isFile() || throughLink) && sha256(nodeFs.readFileSync(abs)) === sha256(bytes)) return undefined;
  return { kind: 'write', rel, bytes, mode: e.mode ?? 0o644, reason, ...(throughLink ? { throughLink } : {}) };
}

/** Remove empty folders under lib/2l that uninstall left behind. */
function removeEmptyDirs(dir: string): void {
  let entries: string[];
  try {
    if (!nodeFs.lstatSync(dir).isDirectory()) return;
    entries = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) removeEmptyDirs(path.join(dir, e));
  try {
    nodeFs.rmdirSync(dir);
  } catch {
    /* not empty: something of the user's is in it */
  }
}

/** Every entry under dir, relative; undefined if something other than files and folders is in it. */
function filesUnder(dir: string, prefix = ''): string[] | undefined {
  const out: string[] = [];
  for (const e of nodeFs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      const sub = filesUnder(dir, rel);
      if (!sub) return undefined;
      out.push(...sub);
    } else if (e.isFile()) out.push(rel);
    else return undefined;
  }
  return out;
}

/**
 * Folders that were symlinks before install: when everything in one is a
 * byte-identical copy of what the link shows (or ours, to be removed anyway),
 * its files are removed and the link comes back; else it stays, with a note.
 */
function linkBack(
  target: string,
  state: InstallState,
  plan: Plan,
  notes: string[],
): { ops: Op[]; covered: Set<string> } {
  const ops: Op[] = [];
  const covered = new Set<string>();
  const action = new Map(plan.files.map((f) => [f.rel, f.action]));
  for (const [rel, run] of Object.entries(state.replacedLinks ?? {})) {
    const entry = readManifest(target, run)?.files.find((f) => f.rel === rel && f.symlink !== undefined);
    const dir = path.join(target, rel);
    if (!entry?.symlink) {
      notes.push(`cannot put back the symlink \`${rel}\`: backup run ${run} is gone`);
      continue;
    }
    const shows = path.resolve(path.dirname(dir), entry.symlink);
    let files: string[] | undefined;
    try {
      files = nodeFs.lstatSync(dir).isDirectory() ? filesUnder(dir) : undefined;
    } catch {
      files = undefined;
    }
    const same = (f: string): boolean => {
      const a = action.get(`${rel}/${f}`);
      if (a === 'remove' || a === 'restore-displaced' || a === 'gone') return true;
      try {
        return sha256(nodeFs.readFileSync(path.join(dir, f))) === sha256(nodeFs.readFileSync(path.join(shows, f)));
      } catch {
        return false;
      }
    };
    if (!files || !files.every(same)) {
      notes.push(
        `kept \`${rel}\` as a real folder: it holds files that are not in ${entry.symlink}, where the symlink it replaced pointed`,
      );
      continue;
    }
    for (const f of files) {
      ops.push({ kind: 'remove', rel: `${rel}/${f}`, reason: `a copy of ${entry.symlink}/${f}` });
      covered.add(`${rel}/${f}`);
    }
    ops.push({ kind: 'symlink', rel, link: entry.symlink, reason: 'uninstall: the symlink we replaced' });
    notes.push(`put back the symlink \`${rel}\` -> ${entry.symlink}`);
  }
  return { ops, covered };
}

export function uninstall(opts: RunOptions): Report {
  const now = opts.now ?? new Date();
  const target = resolveTarget(opts.target, false);
  const report = emptyReport('uninstall', target, packVersion(opts.packRoot), !!opts.dryRun);
  return withLock(target, !!opts.dryRun, report.notes, () => {
    const state = loadState(target);
    if (!state) throw new UserError(`nothing to uninstall: no \`${STATE_FILE}\` in \`${target}\``);
    report.installedVersion = state.packVersion;
    report.packVersion = state.packVersion;
    const manifests = new Map<string, BackupManifest>();
    for (const run of new Set(Object.values(state.displaced))) {
      const m = readManifest(target, run);
      if (m) manifests.set(run, m);
    }
    const plan = planUninstall(scanTarget(target, Object.keys(state.files)), state, new Set(manifests.keys()));
    report.files = plan.files;
    const links = linkBack(target, state, plan, report.notes);
    const ops: Op[] = [];
    for (const f of plan.files) {
      if (links.covered.has(f.rel)) continue;
      if (f.action === 'remove') ops.push({ kind: 'remove', rel: f.rel, reason: 'uninstall' });
      if (f.action === 'restore-displaced') {
        const op = restoreOp(
          target,
          manifests.get(f.run!)!,
          f.rel,
          'uninstall: ours, replaced by the file it displaced',
        );
        if (op) ops.push(op);
      }
    }
    for (const [rel, run] of Object.entries(state.displaced)) {
      if (!manifests.has(run)) report.notes.push(`cannot restore \`${rel}\`: backup run ${run} is gone`);
    }
    // With the state gone nothing pins these runs any more: say where the user's edits are before they rotate out.
    for (const [rel, run] of Object.entries(state.savedEdits ?? {})) {
      const copy = path.join(runDir(target, run), rel);
      if (nodeFs.existsSync(copy))
        report.notes.push(`your edited copy of ${rel} that an install replaced is in \`${copy}\``);
    }
    ops.push(...links.ops);
    const removed = removeFromSettings(readSettings(target), isOursIn(libDirOf(target)), state.statusLineDisplaced);
    report.notes.push(...removed.notes);
    report.settingsChanged = removed.changed;
    const settingsTo = settingsLinkTarget(target);
    if (settingsTo && removed.changed) report.notes.push(writeThroughNote(settingsTo, !!opts.dryRun));
    // A settings.json the user has made a symlink since is theirs now: written through, never removed.
    if (
      state.createdSettings &&
      jsonEqual(removed.settings, {}) &&
      nodeFs.existsSync(path.join(target, SETTINGS_FILE)) &&
      !settingsTo
    ) {
      ops.push({ kind: 'remove', rel: SETTINGS_FILE, reason: 'uninstall: created by the install, nothing else in it' });
      report.settingsChanged = true;
      report.settingsRemoved = true;
    } else if (removed.changed) ops.push(settingsOp(removed.settings));
    ops.push({ kind: 'remove', rel: STATE_FILE, reason: 'uninstall' });
    if (!opts.dryRun) {
      absorb(
        report,
        applyOps(
          { target, command: 'uninstall', packVersion: state.packVersion, ops },
          { fs: opts.fs, now, pid: opts.pid },
        ),
      );
      removeEmptyDirs(path.join(target, LIB_REL));
      // Deepest first; a folder that now holds anything of the user's stays.
      for (const rel of [...(state.createdDirs ?? [])].sort((a, b) => b.split('/').length - a.split('/').length)) {
        try {
          nodeFs.rmdirSync(path.join(target, rel));
        } catch {
          /* not empty, or already gone */
        }
      }
      const kept = plan.files.filter((f) => f.action === 'keep-user-changed');
      if (kept.length > 0) report.exitCode = EXIT_PARTIAL;
    }
    return report;
  });
}

export function restore(opts: RunOptions & { run?: string }): Report {
  const now = opts.now ?? new Date();
  const target = resolveTarget(opts.target, false);
  const report = emptyReport('restore', target, packVersion(opts.packRoot), !!opts.dryRun);
  return withLock(target, !!opts.dryRun, report.notes, () => {
    let run: string;
    try {
      run = resolveRun(target, opts.run);
    } catch (err) {
      throw new UserError(errorMessage(err));
    }
    const m = readManifest(target, run);
    if (!m) throw new UserError(`backup run ${run} has no readable \`manifest.json\``);
    const ops: Op[] = [];
    const files: PlannedFile[] = [];
    for (const e of m.files) {
      if (e.rel.startsWith('/') || e.rel.split('/').includes('..'))
        throw new UserError(`backup run ${run} names a path outside the target: \`${e.rel}\``);
      const op = restoreOp(target, m, e.rel, `restore of ${run}`);
      files.push({
        rel: e.rel,
        action: op ? 'update' : 'unchanged',
        reason: op ? `from ${run}` : 'already as in the backup',
      });
      if (op) ops.push(op);
    }
    report.files = files;
    report.notes.push(
      `restoring backup run ${run} (${m.command}, ${m.created_at}); what it replaces is backed up first`,
    );
    if (!opts.dryRun && ops.length > 0)
      absorb(
        report,
        applyOps(
          { target, command: `restore ${run}`, packVersion: m.pack_version, ops },
          { fs: opts.fs, now, pid: opts.pid },
        ),
      );
    return report;
  });
}

export function prune(opts: RunOptions): Report {
  const target = resolveTarget(opts.target, false);
  const report = emptyReport('prune', target, packVersion(opts.packRoot), !!opts.dryRun);
  return withLock(target, !!opts.dryRun, report.notes, () => {
    const state = loadState(target);
    const pinned = pinnedRuns(state);
    report.pruned = pruneRuns(
      target,
      opts.keep ?? DEFAULT_KEEP,
      pinned,
      { now: opts.now ?? new Date(), maxAgeDays: opts.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS },
      !!opts.dryRun,
    );
    noteBackupSize(report, target, opts);
    return report;
  });
}

export interface RunInfo {
  run: string;
  command: string;
  created_at: string;
  files: number;
  complete: boolean;
  pinned: boolean;
}

export function backups(opts: RunOptions): RunInfo[] {
  const target = resolveTarget(opts.target, false);
  const pinned = pinnedRuns(loadState(target));
  return listRuns(target).map((run) => {
    const m = readManifest(target, run);
    return {
      run,
      command: m?.command ?? '?',
      created_at: m?.created_at ?? '?',
      files: m?.files.length ?? 0,
      complete: m?.complete ?? false,
      pinned: pinned.has(run),
    };
  });
}
