/**
 * `install.mjs [install|uninstall|restore [RUN]|prune|backups] [options]`:
 * syncs the 2L pack into ~/.claude (or CLAUDE_CONFIG_DIR, or --target).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { faultFromEnv } from '../install/fault-fs.ts';
import { DEFAULT_KEEP } from '../install/backup.ts';
import { formatBackups, formatReport } from '../install/report.ts';
import { UserError } from '../install/errors.ts';
import { check, install, type Report, type RunOptions } from '../install/run.ts';
import { backups, prune, restore, uninstall } from '../install/undo.ts';

const HELP = `Usage: ./install.mjs [command] [options]

Sync the 2L pack into ~/.claude: commands/ and agents/ (\${CLAUDE_PLUGIN_ROOT}
rewritten to <target>/lib/2l), the runtime into <target>/lib/2l/, and the hooks
(plus the status line, when you have none) into <target>/settings.json.
A file you changed, or one that was never ours, is backed up before it is
replaced; nothing is written when everything already matches.

Commands:
  install (default)   plan, then apply
  uninstall           remove what is still as we wrote it, give back what we
                      replaced, remove our settings entries; list what it kept
  restore [RUN]       put back the files of a backup run (default: the newest)
  backups             list backup runs
  prune               delete old backup runs (see --keep)

Options:
  --target DIR        install here (default: $CLAUDE_CONFIG_DIR, else ~/.claude)
  --dry-run           print the plan, write nothing
  --check             exit 1 when the installed copy differs from this pack
  --keep-mine         keep files you changed instead of backing up and replacing
  --force             allow installing an older version over a newer one
  --statusline        use the 2L status line even if you have one (yours is
                      saved in the install state; uninstall restores it)
  --keep N            backup runs to keep (default ${DEFAULT_KEEP}; never the newest)
  --json              print the report as JSON
  -q, --quiet         print only warnings, errors and files kept or backed up
  -v, --verbose       also list unchanged files
  -h, --help          show this help

settings.json must be strict JSON, as Claude Code reads it: a file with
comments or trailing commas is refused (with its line:column) and left untouched.
A symlinked settings.json (dotfiles) is written through: the link stays.

Exit codes: 0 done (or in sync, with --check), 1 error or conflict (nothing
written) or drift (with --check), 2 partial: done, but files were kept back
(--keep-mine, or changed by you on uninstall). 130 after Ctrl-C, SIGTERM or
SIGHUP (the run is finished first, so no file is ever half-written).`;

export const PACK_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function defaultTarget(env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), '.claude');
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  let parsed;
  try {
    parsed = parseArgs({
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
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`install: ${(err as Error).message}\nTry \`./install.mjs --help\`.\n`);
    return 1;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const [command = 'install', ...rest] = positionals;
  const commands = ['install', 'uninstall', 'restore', 'prune', 'backups'];
  if (!commands.includes(command) || rest.length > (command === 'restore' ? 1 : 0)) {
    process.stderr.write(`install: unknown command \`${positionals.join(' ')}\` (expected one of ${commands.join(', ')})\n`);
    return 1;
  }
  let keep = DEFAULT_KEEP;
  if (v.keep !== undefined) {
    keep = Number(v.keep);
    if (!/^\d+$/.test(v.keep) || keep < 1) {
      process.stderr.write(`install: \`--keep\` must be a whole number of at least 1, got \`${v.keep}\`\n`);
      return 1;
    }
  }
  if (v.target === '') {
    process.stderr.write('install: `--target` is empty\n');
    return 1;
  }
  const opts: RunOptions & { run?: string } = {
    packRoot: PACK_ROOT,
    target: v.target ?? defaultTarget(env),
    dryRun: !!v['dry-run'],
    keepMine: !!v['keep-mine'],
    force: !!v.force,
    statusline: !!v.statusline,
    keep,
    fs: faultFromEnv(env.TWOL_INSTALL_FAULT),
    run: rest[0],
  };
  try {
    if (command === 'backups') {
      const runs = backups(opts);
      process.stdout.write(v.json ? `${JSON.stringify(runs, null, 2)}\n` : formatBackups(runs, opts.target));
      return 0;
    }
    const run: Record<string, (o: typeof opts) => Report> = { install: v.check ? check : install, uninstall, restore, prune };
    const report = run[command]!(opts);
    process.stdout.write(v.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { quiet: !!v.quiet, verbose: !!v.verbose }));
    if (report.conflicts.length > 0 && !v.json) process.stderr.write(`install: stopped on ${report.conflicts.length} conflict(s); nothing was written\n`);
    return report.exitCode;
  } catch (err) {
    const e = err as Error;
    process.stderr.write(`install: ${e instanceof UserError || e.name === 'ApplyError' || e.name === 'JsonFileError' || (e as NodeJS.ErrnoException).code ? e.message : e.stack}\n`);
    return 1;
  }
}

// The run is synchronous, so Ctrl-C, `kill` or a closed terminal (SIGHUP, whose
// default would end the process between two files) cannot cut it short: with
// these handlers the signal is only delivered once main() is done, and turns
// into exit 130. Two loop turns are kept alive for it: on Node 20 a signal
// raised during the synchronous run reached the handler on the second turn.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const onSignal = (sig: NodeJS.Signals) => {
  process.exitCode = 130;
  process.stderr.write(`install: ${sig}: the run was finished first, so no file is half-written\n`);
};
for (const sig of SIGNALS) process.on(sig, onSignal);
process.exitCode = main(process.argv.slice(2));
setImmediate(() => setImmediate(() => SIGNALS.forEach((sig) => process.off(sig, onSignal))));
