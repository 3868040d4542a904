/**
 * The installer's commands, wiring disk to the pure planners: read the pack,
 * the target, the state and settings.json; plan; stop on a conflict before
 * the first write; apply; rotate backups. Returns a report, prints nothing.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { applyOps, sweepTempFiles, writeManifest, type ApplyResult, type MutFs, type Op } from './apply.ts';
import { DEFAULT_KEEP, listRuns, newRunId, pruneRuns, readManifest, runDir, type BackupManifest } from './backup.ts';
import { acquireLock, pidAlive, type Lock } from './lock.ts';
import { planInstall, type Conflict, type Plan, type PlannedFile } from './plan.ts';
import { LIB_REL, escapingDirLinks, packFiles, packVersion, scanTarget, seedFiles, unsafePathReason } from './source.ts';
import { pinnedRuns, readState, sameState, serializeState, STATE_FILE, type InstallState } from './state.ts';
import { UserError } from './errors.ts';
import { readSettings, SETTINGS_FILE, settingsLinkTarget, settingsOp, writeThroughNote } from './settings-file.ts';
import { hooksForInstall, mergeSettings, type JsonObject } from './settings-merge.ts';

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
  /** 0 done, 1 error, 2 partial (something kept back on purpose). */
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
export const isOursIn = (libDir: string) => (command: string) => command.includes(`${libDir}/`);

export function loadState(target: string): InstallState | undefined {
  try {
    return readState(target);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
}

export function withLock<T>(target: string, dryRun: boolean, notes: string[], fn: () => T): T {
  if (dryRun || !nodeFs.existsSync(target)) return fn();
  let lock: Lock;
  try {
    lock = acquireLock(target);
  } catch (err) {
    throw new UserError((err as Error).message);
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
  return { command, target, packVersion: version, dryRun, files: [], settingsChanged: false, notes: [], conflicts: [], backedUp: [], written: [], removed: [], pruned: [], exitCode: 0 };
}

export function stateOp(state: InstallState): Op {
  return { kind: 'write', rel: STATE_FILE, bytes: Buffer.from(serializeState(state), 'utf8'), mode: 0o644, reason: 'install state' };
}

export function absorb(report: Report, r: ApplyResult): void {
  report.run = r.run;
  report.backedUp = r.backedUp;
  report.written = r.written;
  report.removed = r.removed;
}

interface Prepared {
  report: Report;
  plan: Plan;
  ops: Op[];
  nextState: InstallState;
  recovered: BackupManifest[];
  writeState: boolean;
  /** The file a symlinked settings.json points at. */
  settingsTo?: string;
}

function prepareInstall(opts: RunOptions, target: string, now: Date, pid: number): Prepared {
  const version = packVersion(opts.packRoot);
  const report = emptyReport('install', target, version, !!opts.dryRun);
  const libDir = libDirOf(target);
  const state = loadState(target);
  report.installedVersion = state?.packVersion;

  // A run that died mid-apply left its backups and manifest: keep what it displaced.
  const recovered = interruptedRuns(target, pid);
  const displacedBefore: Record<string, string> = { ...(state?.displaced ?? {}) };
  const savedEdits: Record<string, string> = { ...(state?.savedEdits ?? {}) };
  let statusLineDisplaced = state?.statusLineDisplaced;
  // A symlinked folder it had already replaced by a real one: finish the copies.
  const relinked: Array<{ rel: string; run: string; real: string; handled: Set<string> }> = [];
  for (const m of recovered) {
    report.notes.push(`completing interrupted run ${m.run} (its backups stay in \`${runDir(target, m.run)}\`)`);
    for (const e of m.files) if (e.displaces && !displacedBefore[e.rel]) displacedBefore[e.rel] = m.run;
    // Oldest run first, so the newest copy of an edit wins.
    for (const e of m.files) if (e.edited) savedEdits[e.rel] = m.run;
    statusLineDisplaced ??= m.status_line_displaced as JsonObject | undefined;
    for (const e of m.files) {
      if (e.symlink === undefined) continue;
      const abs = path.join(target, e.rel);
      const now = nodeFs.lstatSync(abs, { throwIfNoEntry: false });
      const shows = path.resolve(path.dirname(abs), e.symlink);
      // Replaced by a folder already, or unlinked just before the folder was made.
      const wasDirLink = now ? now.isDirectory() : !!nodeFs.statSync(shows, { throwIfNoEntry: false })?.isDirectory();
      if (wasDirLink) relinked.push({ rel: e.rel, run: m.run, real: shows, handled: new Set(m.files.map((f) => f.rel)) });
    }
  }

  const pack = packFiles(opts.packRoot, libDir);
  if (!pack.some((f) => f.rel.startsWith(`${LIB_REL}/dist/`))) throw new UserError(`no \`dist/\` in the pack at \`${opts.packRoot}\`; run \`npm ci\` there first`);
  const byRel = new Map(pack.map((f) => [f.rel, f]));
  // Rule for a symlinked folder on our way that leads out of the target (say
  // ~/.claude/commands -> ~/2L/commands): never write through it; back the link
  // up and replace it by a real folder holding copies of what it showed, so
  // those commands keep working. Uninstall puts the link back.
  const links = escapingDirLinks(target, byRel.keys());
  const scanned = scanTarget(target, [...byRel.keys(), ...Object.keys(state?.files ?? {})], new Set(links.map((l) => l.rel)));
  // With no state yet (a first install that was killed), what the dead run displaced still counts.
  const plan = planInstall(pack, scanned, { packVersion: state?.packVersion, files: state?.files ?? {}, displaced: displacedBefore }, { keepMine: !!opts.keepMine, force: !!opts.force, packVersion: version });
  report.files = plan.files;
  report.conflicts = plan.conflicts;

  let hooksJson: unknown;
  if (!nodeFs.existsSync(path.join(opts.packRoot, 'hooks', 'hooks.json')) && nodeFs.existsSync(path.join(opts.packRoot, '..', '..', STATE_FILE))) {
    throw new UserError(`\`${opts.packRoot}\` is an installed copy, not the pack: run ./install.mjs from a checkout of the 2L pack (uninstall, restore, backups and prune work from here)`);
  }
  try {
    hooksJson = JSON.parse(nodeFs.readFileSync(path.join(opts.packRoot, 'hooks', 'hooks.json'), 'utf8'));
  } catch (err) {
    throw new UserError(`cannot read the pack's \`hooks/hooks.json\`: ${(err as Error).message}`);
  }
  const hasStatus = byRel.has(`${LIB_REL}/dist/statusline.cjs`);
  const settingsExisted = nodeFs.existsSync(path.join(target, SETTINGS_FILE));
  const merged = mergeSettings(readSettings(target), {
    hooks: hooksForInstall(hooksJson, libDir),
    isOurCommand: isOursIn(libDir),
    ...(hasStatus ? { statusLine: { type: 'command', command: `node "${libDir}/dist/statusline.cjs"`, padding: 0 } } : {}),
    forceStatusLine: !!opts.statusline,
  });
  report.notes.push(...merged.notes);
  report.settingsChanged = merged.changed;
  const settingsTo = settingsLinkTarget(target);
  if (settingsTo && merged.changed) report.notes.push(writeThroughNote(settingsTo, !!opts.dryRun));
  statusLineDisplaced ??= merged.displacedStatusLine;

  const runId = newRunId(now, pid);
  const ops: Op[] = [];
  const replacedLinks = { ...(state?.replacedLinks ?? {}) };
  for (const l of relinked) {
    replacedLinks[l.rel] ??= l.run;
    for (const seed of seedFiles(l.real)) {
      const rel = `${l.rel}/${seed.rel}`;
      // Not ours, and not one the dead run had already replaced or removed.
      if (byRel.has(rel) || state?.files[rel] !== undefined || l.handled.has(rel) || nodeFs.existsSync(path.join(target, rel))) continue;
      ops.push({ kind: 'write', rel, bytes: seed.bytes, mode: seed.mode, reason: `completing the copy of ${l.real}` });
    }
  }
  for (const l of links) {
    const seeds = seedFiles(l.real);
    ops.push({ kind: 'link-to-dir', rel: l.rel, seeds, reason: `symlink to ${l.link}` });
    replacedLinks[l.rel] ??= runId;
    report.notes.push(`${opts.dryRun ? 'would replace' : 'replaced'} the symlink \`${l.rel}\` -> ${l.link} by a real folder with copies of its ${seeds.length} file(s), so nothing is written outside the target; uninstall puts the link back`);
  }
  const nextDisplaced = { ...plan.nextDisplaced };
  for (const f of plan.files) {
    if (f.action === 'update' && f.modeOnly) {
      ops.push({ kind: 'chmod', rel: f.rel, mode: byRel.get(f.rel)!.mode, reason: f.reason ?? 'mode' });
    } else if (f.action === 'create' || f.action === 'update' || f.action === 'backup-update') {
      const src = byRel.get(f.rel)!;
      const mine = f.action !== 'backup-update' ? {} : f.displaces ? { displaces: true } : { edited: true };
      ops.push({ kind: 'write', rel: f.rel, bytes: src.bytes, mode: src.mode, exactMode: true, reason: f.reason ?? f.action, ...mine });
      if (f.displaces && !nextDisplaced[f.rel]) nextDisplaced[f.rel] = runId;
      // The user's edit of our file lives on only in this run's backup: pin it (until a newer edit of it is saved).
      if ('edited' in mine) savedEdits[f.rel] = runId;
    } else if (f.action === 'remove') ops.push({ kind: 'remove', rel: f.rel, reason: f.reason ?? 'no longer shipped' });
  }
  for (const rel of Object.keys(nextDisplaced)) if (!plan.nextFiles[rel]) delete nextDisplaced[rel];
  if (merged.changed) ops.push(settingsOp(merged.settings));
  // Folders this run will create (recorded so uninstall can remove them again when empty).
  const createdDirs = new Set(state?.createdDirs ?? []);
  for (const op of ops) {
    if (op.kind !== 'write') continue;
    for (let rel = path.dirname(op.rel); rel !== '.' && !createdDirs.has(rel); rel = path.dirname(rel)) {
      if (nodeFs.existsSync(path.join(target, rel))) break;
      createdDirs.add(rel);
    }
  }
  const nextState: InstallState = {
    packVersion: version,
    installedAt: state?.installedAt || now.toISOString(),
    updatedAt: now.toISOString(),
    files: plan.nextFiles,
    displaced: nextDisplaced,
    ...(Object.keys(savedEdits).length > 0 ? { savedEdits } : {}),
    ...(statusLineDisplaced ? { statusLineDisplaced } : {}),
    ...(Object.keys(replacedLinks).length > 0 ? { replacedLinks } : {}),
    ...(createdDirs.size > 0 ? { createdDirs: [...createdDirs].sort() } : {}),
    // Created by this run, or by an earlier one (the flag is kept until uninstall).
    ...(state?.createdSettings || (merged.changed && !settingsExisted) ? { createdSettings: true } : {}),
  };
  const writeState = ops.length > 0 || !sameState(state, nextState) || recovered.length > 0;
  return { report, plan, ops, nextState, recovered, writeState, ...(settingsTo ? { settingsTo } : {}) };
}

export function install(opts: RunOptions): Report {
  const now = opts.now ?? new Date();
  const pid = opts.pid ?? process.pid;
  const target = resolveTarget(opts.target, !opts.dryRun);
  const lockNotes: string[] = [];
  const report = withLock(target, !!opts.dryRun, lockNotes, () => {
    const p = prepareInstall(opts, target, now, pid);
    p.report.notes.unshift(...lockNotes);
    if (p.report.conflicts.length > 0) {
      p.report.exitCode = 1;
      return p.report;
    }
    if (opts.dryRun) return p.report;
    const dirs = [target, ...(p.settingsTo ? [path.dirname(p.settingsTo)] : []), ...p.plan.files.map((f) => path.dirname(path.join(target, f.rel))), ...p.recovered.flatMap((m) => m.files.map((f) => path.dirname(path.join(runDir(target, m.run), f.rel))))];
    const swept = sweepTempFiles(dirs, pidAlive);
    if (swept.length > 0) p.report.notes.push(`removed ${swept.length} temp file(s) left by an interrupted run`);
    if (p.writeState) {
      const ops = [...p.ops, stateOp(p.nextState)];
      absorb(p.report, applyOps({ target, command: 'install', packVersion: p.report.packVersion, ops, statusLineDisplaced: p.nextState.statusLineDisplaced }, { fs: opts.fs, now, pid }));
      // Written last: the state now holds what the interrupted runs displaced.
      for (const m of p.recovered) writeManifest(opts.fs ?? (nodeFs as MutFs), runDir(target, m.run), { ...m, complete: true });
    }
    const pinned = pinnedRuns(p.nextState);
    p.report.pruned = pruneRuns(target, opts.keep ?? DEFAULT_KEEP, pinned);
    return p.report;
  });
  if (report.exitCode === 0 && report.files.some((f) => f.action === 'keep-mine' || f.action === 'keep-user-changed')) report.exitCode = 2;
  return report;
}

/** `--check`: exit 1 when the installed copy differs from the pack (or is absent). */
export function check(opts: RunOptions): Report {
  const now = opts.now ?? new Date();
  const target = resolveTarget(opts.target, false);
  if (!nodeFs.existsSync(target)) {
    const r = emptyReport('check', target, packVersion(opts.packRoot), true);
    r.notes.push(`nothing installed: \`${target}\` does not exist`);
    r.exitCode = 1;
    return r;
  }
  const p = prepareInstall({ ...opts, dryRun: true }, target, now, opts.pid ?? process.pid);
  p.report.command = 'check';
  const drift = p.plan.files.filter((f) => f.action !== 'unchanged' && f.action !== 'gone');
  if (!p.report.installedVersion) p.report.notes.unshift('not installed (no install state)');
  p.report.exitCode = drift.length > 0 || p.ops.some((o) => o.kind === 'link-to-dir') || p.report.settingsChanged || !p.report.installedVersion || p.report.conflicts.length > 0 ? 1 : 0;
  return p.report;
}

