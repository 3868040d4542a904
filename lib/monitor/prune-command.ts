/**
 * `2l prune [--dry-run] [--project DIR]`: remove the log's archives past the
 * retention settings (retention.ts plans; this file lists, applies, prints).
 * Each file is lstat'ed again just before it is removed and removed only if it
 * is still the regular file that was planned (same device and inode): a file
 * swapped for a link in between is left alone.
 */
import { ARCHIVE_SIDECAR_KINDS, removeChainStates, removeSidecars } from '../events/archive-sidecar.ts';
import fs from 'node:fs';
import path from 'node:path';
import { statLogFiles, type LogFile } from '../events/log-files.ts';
import { stateDir } from '../events/project-dir.ts';
import {
  SHARED_OPTIONS,
  UserError,
  errorCode,
  parseCliArgs,
  projectFromFlag,
  unexpectedArgument,
} from '../shared/cli.ts';
import { checkPrivateDir, isUnsafePath, refusalText } from '../shared/safe-fs.ts';
import { clip, stripControls } from '../shared/text.ts';
import { readConfigText } from './config.ts';
import { DEFAULT_RETENTION, parseRetention, planPrune, type PrunePlan } from './retention.ts';

export const PRUNE_HELP = `Usage: 2l prune [--dry-run] [--project DIR]

Remove archives of the event log (.2L/events-<time>.jsonl, made when the log
is rotated) older than retention.max_age_days or past retention.max_total_mb
(newest kept), from .2L/config.yaml (defaults: 30 days, 300 MB). The live log
.2L/events.jsonl is never removed; links, FIFOs and other odd files are never
followed or removed.

Options:
  --dry-run      say what would be removed, remove nothing
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     this help

Exit codes: 0 done (or nothing to do), 1 a file could not be removed, 2 bad
arguments or no .2L folder in the project.`;

export interface PruneArgs {
  dryRun: boolean;
  project: string;
}

export function parsePruneArgs(argv: string[], env = process.env, cwd = process.cwd()): PruneArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, project: SHARED_OPTIONS.project, help: SHARED_OPTIONS.help },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw unexpectedArgument(positionals[0]!);
  return { dryRun: values['dry-run'] === true, project: projectFromFlag(values.project, env, cwd) };
}

const shown = (name: string) => clip(stripControls(name), 120);
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

/** Remove what the plan names; the files actually removed, and the failures. */
export function applyPrune(plan: PrunePlan): { removed: LogFile[]; failed: Array<{ name: string; why: string }> } {
  const removed: LogFile[] = [];
  const failed: Array<{ name: string; why: string }> = [];
  for (const f of plan.remove) {
    const now = fs.lstatSync(f.path, { throwIfNoEntry: false });
    if (!now) continue; // gone already (another prune)
    // unlink never follows a link either; this keeps a file swapped in since the listing (or one still growing).
    if (!now.isFile() || now.dev !== f.dev || now.ino !== f.ino || now.size !== f.bytes) {
      failed.push({ name: f.name, why: 'changed since it was listed; left alone' });
      continue;
    }
    try {
      fs.unlinkSync(f.path);
      removed.push(f);
      removeSidecars(f.path, ARCHIVE_SIDECAR_KINDS); // what was kept beside it stands for nothing now
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') failed.push({ name: f.name, why: errorCode(err) ?? String(err) });
    }
  }
  // The oldest archives went first: the state folding them together stands for a chain that is gone.
  if (removed.length > 0) removeChainStates(path.dirname(removed[0]!.path), ARCHIVE_SIDECAR_KINDS);
  return { removed, failed };
}

export function runPrune(args: PruneArgs, now = Date.now()): { output: string; code: number } {
  const dir = stateDir(args.project);
  try {
    checkPrivateDir(dir);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(`no .2L folder in \`${shown(args.project)}\`: nothing to prune`, 2);
    throw new UserError(`\`${shown(dir)}\`: ${isUnsafePath(err) ? refusalText(err) : String(err)}`, 2);
  }
  const read = readConfigText(args.project);
  const { config, errors } =
    read.text === undefined
      ? { config: undefined, errors: read.errors }
      : parseRetention(read.text, path.join('.2L', 'config.yaml'));
  const plan = planPrune(statLogFiles(args.project), config ?? DEFAULT_RETENTION, now);
  const lines = errors.map((e) => `warning: ${e}`);
  for (const r of plan.refused) lines.push(`skipped ${shown(r.name)}: ${r.why}`);
  const verb = args.dryRun ? 'would remove' : 'removed';
  let code = 0;
  let gone = plan.remove;
  if (!args.dryRun) {
    const r = applyPrune(plan);
    gone = plan.remove.filter((f) => r.removed.includes(f));
    for (const f of r.failed) lines.push(`not removed ${shown(f.name)}: ${f.why}`);
    if (r.failed.length > 0) code = 1;
  }
  for (const f of gone) lines.push(`${verb} ${shown(f.name)} (${mb(f.bytes)}, ${f.why})`);
  const freed = gone.reduce((s, f) => s + f.bytes, 0);
  lines.push(
    gone.length === 0
      ? `nothing to prune: ${plan.kept} archives, ${mb(plan.kept_bytes)}`
      : `${verb} ${gone.length} archives (${mb(freed)}); ${plan.kept} kept (${mb(plan.kept_bytes)})`,
  );
  return { output: `${lines.join('\n')}\n`, code };
}
