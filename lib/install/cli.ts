/**
 * The installer's command line: arguments to one command and its RunOptions,
 * the command run, its report printed (text, or `--json`). Bad arguments throw
 * a UsageError (exit 2); the runner in shared/cli.ts prints every error.
 */
import os from 'node:os';
import path from 'node:path';
import { errorCode, errorMessage, parseCliArgs, SHARED_OPTIONS, UsageError, UserError } from '../shared/cli.ts';
import { ApplyError } from './apply.ts';
import { backupsSize, DEFAULT_KEEP, DEFAULT_MAX_AGE_DAYS, DEFAULT_WARN_MIB, newRunId } from './backup.ts';
import { noteDuration, resolveTarget, type Report, type RunOptions } from './context.ts';
import { faultFromEnv } from './fault-fs.ts';
import { HELP } from './help.ts';
import { logPath, parseLog, RunLog } from './log.ts';
import { formatStats, logStats } from './log-stats.ts';
import { formatBackups, formatBytes, formatReport } from './report.ts';
import { check, install } from './run.ts';
import { packVersion } from './source.ts';
import { backups, prune, restore, uninstall } from './undo.ts';
import { readRegularText } from '../shared/safe-fs.ts';

export const COMMANDS = ['install', 'uninstall', 'restore', 'prune', 'backups', 'stats'] as const;
export type Command = (typeof COMMANDS)[number];

export interface Invocation {
  command: Command;
  opts: RunOptions & { run?: string };
  check: boolean;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function defaultTarget(env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), '.claude');
}

/** The command and options argv asks for; undefined for `--help`. */
export function parseInstallArgs(argv: string[], env: NodeJS.ProcessEnv, packRoot: string): Invocation | undefined {
  const { values: v, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      'dry-run': { type: 'boolean' },
      check: { type: 'boolean' },
      'keep-mine': { type: 'boolean' },
      force: { type: 'boolean' },
      statusline: { type: 'boolean' },
      keep: { type: 'string' },
      update: { type: 'boolean' },
      'max-age': { type: 'string' },
      'warn-size': { type: 'string' },
      json: SHARED_OPTIONS.json,
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: SHARED_OPTIONS.help,
    },
  });
  if (v.help) return undefined;
  const [command = 'install', ...rest] = positionals;
  if (!COMMANDS.includes(command as Command) || rest.length > (command === 'restore' ? 1 : 0)) {
    throw new UsageError(`unknown command \`${positionals.join(' ')}\` (expected one of ${COMMANDS.join(', ')})`);
  }
  let keep = DEFAULT_KEEP;
  if (v.keep !== undefined) {
    keep = Number(v.keep);
    if (!/^\d+$/.test(v.keep) || keep < 1)
      throw new UsageError(`\`--keep\` must be a whole number of at least 1, got \`${v.keep}\``);
  }
  if (v.target === '') throw new UsageError('`--target` is empty');
  if (v.update && command !== 'install') throw new UsageError(`\`--update\` goes with install, not \`${command}\``);
  return {
    command: command as Command,
    opts: {
      packRoot,
      target: v.target ?? defaultTarget(env),
      dryRun: !!v['dry-run'],
      keepMine: !!v['keep-mine'],
      force: !!v.force,
      statusline: !!v.statusline,
      keep,
      maxAgeDays: wholeNumber(v['max-age'], '--max-age', DEFAULT_MAX_AGE_DAYS),
      warnMib: wholeNumber(v['warn-size'], '--warn-size', DEFAULT_WARN_MIB),
      update: !!v.update,
      fs: faultFromEnv(env.TWOL_INSTALL_FAULT),
      run: rest[0],
    },
    check: !!v.check,
    json: !!v.json,
    quiet: !!v.quiet,
    verbose: !!v.verbose,
  };
}

/** A whole number of at least 0 (days, MiB) from a flag, or the default. */
function wholeNumber(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,6}$/.test(text)) throw new UsageError(`\`${flag}\` must be a whole number, got \`${text.slice(0, 40)}\``);
  return Number(text);
}

/** Run what argv asks for; returns the exit code. `packRoot` is the pack being installed (the bundle's parent folder). */
export function main(argv: string[], env: NodeJS.ProcessEnv, packRoot: string): number {
  const inv = parseInstallArgs(argv, env, packRoot);
  if (!inv) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    return run(inv);
  } catch (err) {
    throw asUserError(err);
  }
}

/** The run being logged, so that a signal delivered after it (lib/bin/install.ts) lands in its log. */
let current: RunLog | undefined;

const warn = (why: string | undefined) => {
  if (why) process.stderr.write(`install: warning: ${why}\n`);
};

/** Ctrl-C, SIGTERM or SIGHUP reached the installer: the run was finished first; say so in its log. */
export function logSignal(sig: string): void {
  warn(current?.signal(sig));
}

/** The log for a run that may write, or undefined (dry run, --check, a target we will not touch). */
function openLog(inv: Invocation, now: Date): RunLog | undefined {
  if (inv.opts.dryRun || inv.check) return undefined;
  let target: string;
  let version: string;
  try {
    // An install makes its target anyway: made first, a first install that is killed still leaves its start logged.
    target = resolveTarget(inv.opts.target, inv.command === 'install' && !inv.opts.update);
    version = packVersion(inv.opts.packRoot);
  } catch {
    return undefined; // the command itself reports why
  }
  const pid = inv.opts.pid ?? process.pid;
  const command = inv.opts.update
    ? 'update'
    : inv.command === 'restore' && inv.opts.run
      ? `restore ${inv.opts.run}`
      : inv.command;
  return new RunLog(target, { command, version, run: newRunId(now, pid), pid });
}

function listing(inv: Invocation): number {
  const target = resolveTarget(inv.opts.target, false);
  let text: string | undefined;
  try {
    text = readRegularText(logPath(target), 16 << 20);
  } catch (err) {
    warn(`cannot read the install log: ${errorMessage(err)}`);
  }
  const stats = logStats(parseLog(text ?? ''));
  const bytes = backupsSize(target);
  if (inv.command === 'stats') {
    const out = { log: logPath(target), ...stats, backup_bytes: bytes };
    process.stdout.write(
      inv.json
        ? `${JSON.stringify(out, null, 2)}\n`
        : `${formatStats(stats, logPath(target))}  backups: ${formatBytes(bytes)}\n`,
    );
    return 0;
  }
  const runs = backups(inv.opts);
  if (inv.json) process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
  else {
    const rate =
      stats.success_rate === null
        ? 'no runs logged'
        : `${Math.round(stats.success_rate * 1000) / 10}% of ${stats.runs} logged run(s) succeeded`;
    process.stdout.write(
      `${formatBackups(runs, inv.opts.target)}total ${formatBytes(bytes)}; ${rate} (\`./install.mjs stats\`)\n`,
    );
  }
  return 0;
}

function run(inv: Invocation): number {
  if (inv.command === 'backups' || inv.command === 'stats') return listing(inv);
  const commands: Record<Exclude<Command, 'backups' | 'stats'>, (o: Invocation['opts']) => Report> = {
    install: inv.check ? check : install,
    uninstall,
    restore,
    prune,
  };
  const now = inv.opts.now ?? new Date();
  const log = openLog(inv, now);
  current = log;
  warn(log?.start());
  const began = performance.now();
  let report: Report;
  try {
    report = commands[inv.command]({ ...inv.opts, now });
  } catch (err) {
    const code = err instanceof UserError ? err.exitCode : 1;
    warn(log?.end(undefined, code, performance.now() - began, err));
    throw err;
  }
  if (report.durationMs === undefined) noteDuration(report, performance.now() - began);
  warn(log?.end(report, report.exitCode, report.durationMs!));
  process.stdout.write(
    inv.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, { quiet: inv.quiet, verbose: inv.verbose }),
  );
  if (report.conflicts.length > 0 && !inv.json)
    process.stderr.write(`install: stopped on ${report.conflicts.length} conflict(s); nothing was written\n`);
  return report.exitCode;
}

/**
 * A failed write (rolled back or not), an unreadable JSON file, or a system
 * error (EACCES, ENOSPC, …) is the user's to act on: its message, exit 1.
 * Anything else is a bug and keeps its stack.
 */
function asUserError(err: unknown): unknown {
  if (err instanceof UserError || !(err instanceof Error)) return err;
  if (err instanceof ApplyError || err.name === 'JsonFileError' || errorCode(err) !== undefined)
    return new UserError(err.message);
  return err;
}
