/**
 * `/2l-setup-db`'s options: their help text and their parsing, side by side.
 * Pure: arguments in, options out, or a `UsageError` (exit 2). Reading the URL
 * from stdin (`--url -`) is left to the entry.
 */
import { EXIT_HELP } from './report.ts';
import { SHARED_OPTIONS, UsageError, parseCliArgs } from '../shared/cli.ts';

export const HELP = `Usage: setup-db [--url URL|-] [--check] [--fresh] [--allow-psql] [--json] [--timeout S] [--project DIR]

Test the project's PostgreSQL connection through psql and tell agents how to use it.

Connection: --url, else $DATABASE_URL, else the [db] port in supabase/config.toml,
else Supabase local (postgresql://postgres@127.0.0.1:54322/postgres). Passwords are
never printed, stored or logged; psql gets them through PGPASSWORD only.

Options:
  --url URL      postgresql:// connection URL. Keep passwords off the command line
                 (\`ps\` shows it to every process, and the Claude Code transcript keeps
                 it): export DATABASE_URL before starting Claude Code, or use
                 PGPASSWORD or ~/.pgpass with a URL without password
  --url -        read the URL from stdin, e.g. printf '%s\\n' "$URL" | setup-db --url -
  --check        quick health check: answers from .2L/db.yaml when the same connection
                 was good less than 5 minutes ago
  --fresh        with --check: always test the connection
  --allow-psql   add "Bash(psql:*)" to .claude/settings.local.json so agents can run psql
                 without asking (merged; an invalid file is refused and left untouched)
  --json         print one JSON object instead of text
  --timeout S    connect timeout in seconds, 2-300 (default 5)
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Writes .2L/db.yaml (no password; .2L/.gitignore keeps it out of git) and a db_check event
in .2L/events.jsonl.

${EXIT_HELP}`;

export interface SetupArgs {
  help: boolean;
  json: boolean;
  /** As given; the entry resolves it (`projectFromFlag`). */
  project?: string;
  /** The URL from `--url URL`; undefined for `--url -` (read from stdin) or no `--url`. */
  url?: string;
  urlFrom: 'flag' | 'stdin';
  check: boolean;
  fresh: boolean;
  allowPsql: boolean;
  timeoutS: number;
}

const OPTIONS = {
  url: { type: 'string' },
  check: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'allow-psql': { type: 'boolean' },
  timeout: { type: 'string' },
  json: SHARED_OPTIONS.json,
  project: SHARED_OPTIONS.project,
  help: SHARED_OPTIONS.help,
} as const;

export function parseSetupArgs(argv: string[]): SetupArgs {
  // parseCliArgs repeats only an unknown option's name, never a URL-shaped argument's password.
  const { values } = parseCliArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  const timeoutS = values.timeout === undefined ? 5 : Number(values.timeout);
  if (!values.help && (!Number.isInteger(timeoutS) || timeoutS < 2 || timeoutS > 300)) {
    throw new UsageError('`--timeout` must be a whole number of seconds from 2 to 300');
  }
  const fromStdin = values.url === '-';
  return {
    help: values.help === true,
    json: values.json === true,
    project: values.project,
    url: fromStdin ? undefined : values.url,
    urlFrom: fromStdin ? 'stdin' : 'flag',
    check: values.check === true,
    fresh: values.fresh === true,
    allowPsql: values['allow-psql'] === true,
    timeoutS,
  };
}
