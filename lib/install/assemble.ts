/**
 * The install decided, in one pure call: from everything run.ts has read (the
 * pack, the target, the install state, settings.json, the runs a killed
 * install left), the ops to apply, the install state to record after them,
 * and the notes for the report. No I/O (no fs import here or in anything this
 * file imports a value from), so each decision is a unit test without a disk;
 * applying is apply.ts, `--dry-run` and `--check` stop after this.
 */
import path from 'node:path';
import type { Op } from './apply.ts';
import type { BackupManifest } from './backup.ts';
import { LIB_REL, planInstall, type Plan, type TargetEntry } from './plan.ts';
import {
  hooksForInstall,
  isOursIn,
  mergeSettings,
  settingsOp,
  writeThroughNote,
  type JsonObject,
} from './settings-merge.ts';
import type { EscapingLink, PackFile, SeedFile } from './source.ts';
import { sameState, serializeState, STATE_FILE, type InstallState } from './state.ts';

/** A run that died mid-apply, as its manifest and the disk showed it. */
export interface DeadRun {
  manifest: BackupManifest;
  /** Its backup folder, named in the report. */
  dir: string;
  /** Symlinked folders it had replaced (or was replacing: the link gone, no folder yet) by real ones. */
  relinked: Array<{ rel: string; real: string; seeds: SeedFile[] }>;
}

export interface InstallInputs {
  /** `<target>/lib/2l`, the path written into commands, hooks and the status line. */
  libDir: string;
  packVersion: string;
  pack: PackFile[];
  /** The pack's `hooks/hooks.json`, parsed. */
  hooksJson: unknown;
  state: InstallState | undefined;
  dead: DeadRun[];
  /** Symlinked folders on our way that lead out of the target, with the files they show. */
  links: Array<EscapingLink & { seeds: SeedFile[] }>;
  /** What is at each path of the pack and of the state (see scanTarget). */
  scanned: Map<string, TargetEntry>;
  /** Target paths (relative) that exist: the folders above every path we may write, and the copies a dead run may have made. */
  existing: ReadonlySet<string>;
  settings: JsonObject;
  settingsExisted: boolean;
  /** The file a symlinked settings.json points at. */
  settingsTo?: string;
  options: { keepMine: boolean; force: boolean; statusline: boolean; dryRun: boolean };
  now: Date;
  /** The id applyOps will give this run's backups (newRunId(now, pid)): what it displaces is recorded under it. */
  runId: string;
}

export interface AssembledInstall {
  plan: Plan;
  /** Everything to apply, the install state last; empty when the target already matches (a re-install writes nothing). */
  ops: Op[];
  nextState: InstallState;
  notes: string[];
  settingsChanged: boolean;
}

export function stateOp(state: InstallState): Op {
  return {
    kind: 'write',
    rel: STATE_FILE,
    bytes: Buffer.from(serializeState(state), 'utf8'),
    mode: 0o644,
    reason: 'install state',
  };
}

export function assembleInstall(input: InstallInputs): AssembledInstall {
  const { state, options: o, libDir } = input;
  const notes: string[] = [];
  const kept = inherited(state, input.dead, notes);
  const byRel = new Map(input.pack.map((f) => [f.rel, f]));
  // With no state yet (a first install that was killed), what the dead run displaced still counts.
  const plan = planInstall(
    input.pack,
    input.scanned,
    { packVersion: state?.packVersion, files: state?.files ?? {}, displaced: kept.displaced },
    { keepMine: o.keepMine, force: o.force, packVersion: input.packVersion },
  );

  const hasStatus = byRel.has(`${LIB_REL}/dist/statusline.cjs`);
  const merged = mergeSettings(input.settings, {
    hooks: hooksForInstall(input.hooksJson, libDir),
    isOurCommand: isOursIn(libDir),
    ...(hasStatus
      ? { statusLine: { type: 'command', command: `node "${libDir}/dist/statusline.cjs"`, padding: 0 } }
      : {}),
    forceStatusLine: o.statusline,
  });
  notes.push(...merged.notes);
  if (input.settingsTo && merged.changed) notes.push(writeThroughNote(input.settingsTo, o.dryRun));
  const statusLineDisplaced = kept.statusLineDisplaced ?? merged.displacedStatusLine;

  const replacedLinks = { ...(state?.replacedLinks ?? {}) };
  const nextDisplaced = { ...plan.nextDisplaced };
  const { savedEdits } = kept;
  const ops = [
    ...folderOps(input, byRel, replacedLinks, notes),
    ...fileOps(plan, byRel, input.runId, nextDisplaced, savedEdits),
  ];
  for (const rel of Object.keys(nextDisplaced)) if (!plan.nextFiles[rel]) delete nextDisplaced[rel];
  if (merged.changed) ops.push(settingsOp(merged.settings));

  const nextState: InstallState = {
    packVersion: input.packVersion,
    installedAt: state?.installedAt || input.now.toISOString(),
    updatedAt: input.now.toISOString(),
    files: plan.nextFiles,
    displaced: nextDisplaced,
    ...(Object.keys(savedEdits).length > 0 ? { savedEdits } : {}),
    ...(statusLineDisplaced ? { statusLineDisplaced } : {}),
    ...(Object.keys(replacedLinks).length > 0 ? { replacedLinks } : {}),
    ...createdDirs(ops, state?.createdDirs ?? [], input.existing),
    // Created by this run, or by an earlier one (the flag is kept until uninstall).
    ...(state?.createdSettings || (merged.changed && !input.settingsExisted) ? { createdSettings: true } : {}),
  };
  // After a dead run always: its manifest is marked complete only once a state holding what it displaced is written.
  if (ops.length > 0 || !sameState(state, nextState) || input.dead.length > 0) ops.push(stateOp(nextState));
  return { plan, ops, nextState, notes, settingsChanged: merged.changed };
}

/**
 * What the state holds of the user's, plus what runs that died mid-apply
 * (oldest first) displaced or saved: their backups are the only copies left.
 */
function inherited(state: InstallState | undefined, dead: DeadRun[], notes: string[]) {
  const displaced: Record<string, string> = { ...(state?.displaced ?? {}) };
  const savedEdits: Record<string, string> = { ...(state?.savedEdits ?? {}) };
  let statusLineDisplaced = state?.statusLineDisplaced;
  for (const { manifest: m, dir } of dead) {
    notes.push(`completing interrupted run ${m.run} (its backups stay in \`${dir}\`)`);
    for (const e of m.files) if (e.displaces && !displaced[e.rel]) displaced[e.rel] = m.run;
    // Oldest run first, so the newest copy of an edit wins.
    for (const e of m.files) if (e.edited) savedEdits[e.rel] = m.run;
    statusLineDisplaced ??= m.status_line_displaced as JsonObject | undefined;
  }
  return { displaced, savedEdits, statusLineDisplaced };
}

/** Real folders in place of symlinked ones: the copies a dead run left unfinished, then this run's; records each in `replacedLinks`. */
function folderOps(
  input: InstallInputs,
  byRel: Map<string, PackFile>,
  replacedLinks: Record<string, string>,
  notes: string[],
): Op[] {
  const ops: Op[] = [];
  for (const { manifest: m, relinked } of input.dead) {
    const handled = new Set(m.files.map((f) => f.rel));
    for (const l of relinked) {
      replacedLinks[l.rel] ??= m.run;
      for (const seed of l.seeds) {
        const rel = `${l.rel}/${seed.rel}`;
        // Not ours, and not one the dead run had already replaced or removed.
        if (byRel.has(rel) || input.state?.files[rel] !== undefined || handled.has(rel) || input.existing.has(rel))
          continue;
        ops.push({
          kind: 'write',
          rel,
          bytes: seed.bytes,
          mode: seed.mode,
          reason: `completing the copy of ${l.real}`,
        });
      }
    }
  }
  // Rule for a symlinked folder on our way that leads out of the target (say
  // ~/.claude/commands -> ~/2L/commands): never write through it; back the link
  // up and replace it by a real folder holding copies of what it showed, so
  // those commands keep working. Uninstall puts the link back.
  for (const l of input.links) {
    ops.push({ kind: 'link-to-dir', rel: l.rel, seeds: l.seeds, reason: `symlink to ${l.link}` });
    replacedLinks[l.rel] ??= input.runId;
    notes.push(
      `${input.options.dryRun ? 'would replace' : 'replaced'} the symlink \`${l.rel}\` -> ${l.link} by a real folder with copies of its ${l.seeds.length} file(s), so nothing is written outside the target; uninstall puts the link back`,
    );
  }
  return ops;
}

/** The pack's files as planned; what this run displaces or saves of the user's is recorded under its run id. */
function fileOps(
  plan: Plan,
  byRel: Map<string, PackFile>,
  runId: string,
  displaced: Record<string, string>,
  savedEdits: Record<string, string>,
): Op[] {
  const ops: Op[] = [];
  for (const f of plan.files) {
    if (f.action === 'update' && f.modeOnly) {
      ops.push({ kind: 'chmod', rel: f.rel, mode: byRel.get(f.rel)!.mode, reason: f.reason ?? 'mode' });
    } else if (f.action === 'create' || f.action === 'update' || f.action === 'backup-update') {
      const src = byRel.get(f.rel)!;
      const mine = f.action !== 'backup-update' ? {} : f.displaces ? { displaces: true } : { edited: true };
      ops.push({
        kind: 'write',
        rel: f.rel,
        bytes: src.bytes,
        mode: src.mode,
        exactMode: true,
        reason: f.reason ?? f.action,
        ...mine,
      });
      if (f.displaces && !displaced[f.rel]) displaced[f.rel] = runId;
      // The user's edit of our file lives on only in this run's backup: pin it (until a newer edit of it is saved).
      if ('edited' in mine) savedEdits[f.rel] = runId;
    } else if (f.action === 'remove') ops.push({ kind: 'remove', rel: f.rel, reason: f.reason ?? 'no longer shipped' });
  }
  return ops;
}

/** Folders the writes will create, added to those recorded (so uninstall can remove them again when empty). */
function createdDirs(ops: Op[], before: string[], existing: ReadonlySet<string>): { createdDirs?: string[] } {
  const dirs = new Set(before);
  for (const op of ops) {
    if (op.kind !== 'write') continue;
    for (let rel = path.posix.dirname(op.rel); rel !== '.' && !dirs.has(rel); rel = path.posix.dirname(rel)) {
      if (existing.has(rel)) break;
      dirs.add(rel);
    }
  }
  return dirs.size > 0 ? { createdDirs: [...dirs].sort() } : {};
}
