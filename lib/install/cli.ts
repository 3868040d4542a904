/**
 * The installer's command line: arguments to one command and its RunOptions,
 * the command run, its report printed (text, or `--json`). Bad arguments throw
 * a UsageError (exit 2); the runner in shared/cli.ts prints every error.
 */
import os from 'node:os';
import path from 'node:path';
import { errorCode, parseCliArgs, SHARED_OPTIONS, UsageError, UserError } from '../shared/cli.ts';
import { ApplyError } from './apply.ts';
import { DEFAULT_KEEP } from './backup.ts';
import type { Report, RunOptions } from './context.ts';
import { faultFromEnv } from './fault-fs.ts';
import { HELP } from './help.ts';
import { formatBackups, formatReport } from './report.ts';
import { check, install } from './run.ts';
import { backups, prune, restore, uninstall } from './undo.ts';

export const COMMANDS = ['install', 'uninstall', 'restore', 'prune', 'backups'] as const;
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
      fs: faultFromEnv(env.TWOL_INSTALL_FAULT),
      run: rest[0],
    },
    check: !!v.check,
    json: !!v.json,
    quiet: !!v.quiet,
    verbose: !!v.verbose,
  };
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

function run(inv: Invocation): number {
  if (inv.command === 'backups') {
    const runs = backups(inv.opts);
    process.stdout.write(inv.json ? `${JSON.stringify(runs, null, 2)}\n` : formatBackups(runs, inv.opts.target));
    return 0;
  }
  const commands: Record<Exclude<Command, 'backups'>, (o: Invocation['opts']) => Report> = {
    install: inv.check ? check : install,
    uninstall,
    restore,
    prune,
  };
  const report = commands[inv.command](inv.opts);
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
