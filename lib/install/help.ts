/** `./install.mjs --help`. */
import { DEFAULT_KEEP, DEFAULT_MAX_AGE_DAYS, DEFAULT_WARN_MIB } from './backup.ts';
import { EXIT_NOT_INSTALLED, EXIT_PARTIAL, SLOW_RUN_MS } from './context.ts';
import { LOG_FILE, LOG_RUNS } from './log.ts';

export const HELP = `Usage: ./install.mjs [command] [options]

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
  backups             list backup runs, their total size and the success rate
  stats               the install log summed up: runs, success rate, durations
  prune               delete old backup runs (see --keep and --max-age)

Options:
  --target DIR        install here (default: $CLAUDE_CONFIG_DIR, else ~/.claude)
  --update            update an existing install (only what changed is copied,
                      as by a plain install); refused when nothing is installed
  --dry-run           print the plan, write nothing
  --check             exit 1 when the installed copy differs from this pack
  --keep-mine         keep files you changed instead of backing up and replacing
  --force             allow installing an older version over a newer one
  --statusline        use the 2L status line even if you have one (yours is
                      saved in the install state; uninstall restores it)
  --keep N            backup runs to keep (default ${DEFAULT_KEEP}; never the newest)
  --max-age DAYS      also delete backup runs older than this (default
                      ${DEFAULT_MAX_AGE_DAYS}; 0: never by age). Never the newest run, one
                      holding a file of yours, or one a killed run left
  --warn-size MIB     warn when the backups take more (default ${DEFAULT_WARN_MIB}; 0: never)
  --json              print the report as JSON
  -q, --quiet         print only warnings, errors and files kept or backed up
  -v, --verbose       also list unchanged files
  -h, --help          show this help

settings.json must be strict JSON, as Claude Code reads it: a file with
comments or trailing commas is refused (with its line:column) and left untouched.
A symlinked settings.json (dotfiles) is written through: the link stays.

Every run that may write (not --dry-run, --check, backups or stats) is logged
to <target>/${LOG_FILE}, one JSON line per record: its start, each file
action, how it ended, the duration of each phase and in all; the last
${LOG_RUNS} runs are kept. The report says the duration and warns past ${SLOW_RUN_MS / 1000} s.

Exit codes: 0 done (or in sync, with --check), 1 error or conflict (nothing
written) or drift (with --check), 2 bad arguments, ${EXIT_PARTIAL} partial: done, but
files were kept back (--keep-mine, or changed by you on uninstall), ${EXIT_NOT_INSTALLED} nothing
to update (--update with nothing installed: run ./install.mjs). 130 after
Ctrl-C, SIGTERM or SIGHUP (the run is finished first, so no file is ever
half-written).`;
