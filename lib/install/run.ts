/**
 * The install and `--check` commands, in three steps: read everything first
 * (the pack, the target, the state, settings.json, the runs a killed install
 * left), decide in one pure call (assemble.ts), then apply; a conflict stops
 * the run before the first write. Returns a report, prints nothing.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { UserError, errorMessage } from '../shared/cli.ts';
import { assembleInstall, type AssembledInstall, type DeadRun, type InstallInputs } from './assemble.ts';
import { applyOps, sweepTempFiles, writeManifest, type MutFs } from './apply.ts';
import { DEFAULT_KEEP, DEFAULT_MAX_AGE_DAYS, newRunId, pruneRuns, runDir, type BackupManifest } from './backup.ts';
import {
  absorb,
  emptyReport,
  EXIT_NOT_INSTALLED,
  EXIT_PARTIAL,
  interruptedRuns,
  libDirOf,
  loadState,
  noteBackupSize,
  phaseTimer,
  resolveTarget,
  withLock,
  type Report,
  type RunOptions,
} from './context.ts';
import { pidAlive } from './lock.ts';
import { LIB_REL } from './plan.ts';
import { readSettings, settingsLinkTarget } from './settings-file.ts';
import { SETTINGS_FILE } from './settings-merge.ts';
import { escapingDirLinks, packFiles, packVersion, scanTarget, seedFiles } from './source.ts';
import { pinnedRuns, STATE_FILE } from './state.ts';

/** The run a dead install left, with the symlinked folders it had replaced by real ones and what they showed. */
function deadRun(target: string, m: BackupManifest): DeadRun {
  const relinked: DeadRun['relinked'] = [];
  for (const e of m.files) {
    if (e.symlink === undefined) continue;
    const abs = path.join(target, e.rel);
    const now = nodeFs.lstatSync(abs, { throwIfNoEntry: false });
    const shows = path.resolve(path.dirname(abs), e.symlink);
    // Replaced by a folder already, or unlinked just before the folder was made.
    const wasDirLink = now ? now.isDirectory() : !!nodeFs.statSync(shows, { throwIfNoEntry: false })?.isDirectory();
    if (wasDirLink) relinked.push({ rel: e.rel, real: shows, seeds: seedFiles(shows) });
  }
  return { manifest: m, dir: runDir(target, m.run), relinked };
}

/** Those of rels (relative to the target), and of the folders above them, that exist. */
function existingPaths(target: string, rels: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const rel of rels) {
    for (let p = rel; p !== '.' && !seen.has(p); p = path.posix.dirname(p)) {
      seen.add(p);
      if (nodeFs.existsSync(path.join(target, p))) out.add(p);
    }
  }
  return out;
}

/** All the reading an install does, before anything is decided. */
function readInstall(opts: RunOptions, target: string, now: Date, pid: number): InstallInputs {
  const version = packVersion(opts.packRoot);
  const libDir = libDirOf(target);
  const state = loadState(target);
  const dead = interruptedRuns(target, pid).map((m) => deadRun(target, m));

  const pack = packFiles(opts.packRoot, libDir);
  if (!pack.some((f) => f.rel.startsWith(`${LIB_REL}/dist/`)))
    throw new UserError(
      `no \`dist/\` in the pack at \`${opts.packRoot}\`; it is committed, so restore it (\`git checkout -- dist\`) or rebuild it (\`npm ci && npm run build\`)`,
    );
  const rels = pack.map((f) => f.rel);
  const links = escapingDirLinks(target, rels);
  const scanned = scanTarget(target, [...rels, ...Object.keys(state?.files ?? {})], new Set(links.map((l) => l.rel)));

  if (
    !nodeFs.existsSync(path.join(opts.packRoot, 'hooks', 'hooks.json')) &&
    nodeFs.existsSync(path.join(opts.packRoot, '..', '..', STATE_FILE))
  ) {
    throw new UserError(
      `\`${opts.packRoot}\` is an installed copy, not the pack: run ./install.mjs from a checkout of the 2L pack (uninstall, restore, backups and prune work from here)`,
    );
  }
  let hooksJson: unknown;
  try {
    hooksJson = JSON.parse(nodeFs.readFileSync(path.join(opts.packRoot, 'hooks', 'hooks.json'), 'utf8'));
  } catch (err) {
    throw new UserError(`cannot read the pack's \`hooks/hooks.json\`: ${errorMessage(err)}`);
  }
  const settingsExisted = nodeFs.existsSync(path.join(target, SETTINGS_FILE));
  const settings = readSettings(target);
  const settingsTo = settingsLinkTarget(target);
  const copies = dead.flatMap((d) => d.relinked.flatMap((l) => l.seeds.map((s) => `${l.rel}/${s.rel}`)));
  return {
    libDir,
    packVersion: version,
    pack,
    hooksJson,
    state,
    dead,
    links: links.map((l) => ({ ...l, seeds: seedFiles(l.real) })),
    scanned,
    existing: existingPaths(target, [...rels.map((rel) => path.posix.dirname(rel)), ...copies]),
    settings,
    settingsExisted,
    ...(settingsTo ? { settingsTo } : {}),
    options: { keepMine: !!opts.keepMine, force: !!opts.force, statusline: !!opts.statusline, dryRun: !!opts.dryRun },
    now,
    runId: newRunId(now, pid),
  };
}

interface Prepared {
  report: Report;
  inputs: InstallInputs;
  decided: AssembledInstall;
}

function prepareInstall(
  opts: RunOptions,
  target: string,
  now: Date,
  pid: number,
  timer?: ReturnType<typeof phaseTimer>,
): Prepared {
  const inputs = readInstall(opts, target, now, pid);
  timer?.mark('read');
  const decided = assembleInstall(inputs);
  timer?.mark('plan');
  const report = emptyReport('install', target, inputs.packVersion, !!opts.dryRun);
  report.installedVersion = inputs.state?.packVersion;
  report.files = decided.plan.files;
  report.conflicts = decided.plan.conflicts;
  report.notes.push(...decided.notes);
  report.settingsChanged = decided.settingsChanged;
  return { report, inputs, decided };
}

/** `--update` with no install state in the target: nothing to update, and how to install. */
function refuseUpdate(opts: RunOptions): void {
  const target = resolveTarget(opts.target, false);
  if (nodeFs.existsSync(target) && loadState(target)) return;
  throw new UserError(
    `nothing to update: the 2L pack is not installed in \`${target}\` (no \`${STATE_FILE}\`); install it first: \`./install.mjs\` (the same options, without \`--update\`)`,
    EXIT_NOT_INSTALLED,
  );
}

export function install(opts: RunOptions): Report {
  if (opts.update) refuseUpdate(opts);
  const timer = phaseTimer(opts.clock);
  const now = opts.now ?? new Date();
  const pid = opts.pid ?? process.pid;
  const target = resolveTarget(opts.target, !opts.dryRun);
  const lockNotes: string[] = [];
  const report = withLock(target, !!opts.dryRun, lockNotes, () => {
    const { report, inputs, decided } = prepareInstall(opts, target, now, pid, timer);
    if (opts.update) report.command = 'update';
    report.notes.unshift(...lockNotes);
    if (report.conflicts.length > 0) {
      report.exitCode = 1;
      return report;
    }
    if (opts.dryRun) return report;
    const dirs = [
      target,
      ...(inputs.settingsTo ? [path.dirname(inputs.settingsTo)] : []),
      ...report.files.map((f) => path.dirname(path.join(target, f.rel))),
      ...inputs.dead.flatMap((d) => d.manifest.files.map((f) => path.dirname(path.join(d.dir, f.rel)))),
    ];
    const swept = sweepTempFiles(dirs, pidAlive);
    if (swept.length > 0) report.notes.push(`removed ${swept.length} temp file(s) left by an interrupted run`);
    if (decided.ops.length > 0) {
      absorb(
        report,
        applyOps(
          {
            target,
            command: 'install',
            packVersion: report.packVersion,
            ops: decided.ops,
            statusLineDisplaced: decided.nextState.statusLineDisplaced,
          },
          { fs: opts.fs, now, pid },
        ),
      );
      // Written last: the state now holds what the interrupted runs displaced.
      for (const d of inputs.dead)
        writeManifest(opts.fs ?? (nodeFs as MutFs), d.dir, { ...d.manifest, complete: true });
    }
    timer.mark('apply');
    report.pruned = pruneRuns(target, opts.keep ?? DEFAULT_KEEP, pinnedRuns(decided.nextState), {
      now,
      maxAgeDays: opts.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS,
    });
    noteBackupSize(report, target, opts);
    timer.mark('prune');
    return report;
  });
  timer.finish(report);
  if (report.exitCode === 0 && report.files.some((f) => f.action === 'keep-mine' || f.action === 'keep-user-changed'))
    report.exitCode = EXIT_PARTIAL;
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
  const { report, decided } = prepareInstall({ ...opts, dryRun: true }, target, now, opts.pid ?? process.pid);
  report.command = 'check';
  const drift = report.files.filter((f) => f.action !== 'unchanged' && f.action !== 'gone');
  if (!report.installedVersion) report.notes.unshift('not installed (no install state)');
  report.exitCode =
    drift.length > 0 ||
    decided.ops.some((o) => o.kind === 'link-to-dir') ||
    report.settingsChanged ||
    !report.installedVersion ||
    report.conflicts.length > 0
      ? 1
      : 0;
  return report;
}
