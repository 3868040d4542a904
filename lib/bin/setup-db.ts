/**
 * `setup-db [--url URL|-] [--check] [--fresh] [--allow-psql] [--json] [--timeout S]`
 * Database access for agents: find psql, test the connection, cache it, say how to use it.
 */
// First: a password in our argv is hidden from `ps` before anything else loads.
import '../db/hide-argv-secrets.ts';
import { parseArgs } from 'node:util';
import { EXIT, EXIT_HELP } from '../db/report.ts';
import { MAX_URL_LENGTH, redactUrlText } from '../db/url.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { readStdinBounded } from '../shared/stdin.ts';
import { SetupUsageError, runSetupDb } from '../db/setup.ts';

const HELP = `Usage: setup-db [--url URL|-] [--check] [--fresh] [--allow-psql] [--json] [--timeout S]

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
  -h, --help     show this help

Writes .2L/db.yaml (no password; .2L/.gitignore keeps it out of git) and a db_check event
in .2L/events.jsonl.

${EXIT_HELP}`;

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        check: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
        'allow-psql': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    // parseArgs quotes the offending argument, which may be a URL with a password.
    process.stderr.write(`setup-db: ${redactUrlText((err as Error).message).slice(0, 300)} (see --help)\n`);
    return EXIT.usage;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const timeoutS = values.timeout === undefined ? 5 : Number(values.timeout);
  if (!Number.isInteger(timeoutS) || timeoutS < 2 || timeoutS > 300) {
    process.stderr.write('setup-db: `--timeout` must be a whole number of seconds from 2 to 300\n');
    return EXIT.usage;
  }
  let url = values.url;
  if (url === '-') {
    url = await urlFromStdin();
    if (url === undefined) {
      process.stderr.write('setup-db: `--url -` reads the URL from stdin, but stdin held none (pipe it in: printf \'%s\\n\' "$URL" | setup-db --url -)\n');
      return EXIT.usage;
    }
  }
  try {
    const result = await runSetupDb({
      project: resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd()),
      url,
      urlFrom: values.url === '-' ? 'stdin' : 'flag',
      check: values.check,
      fresh: values.fresh,
      allowPsql: values['allow-psql'],
      timeoutS,
      env: process.env,
    });
    process.stdout.write(values.json ? `${JSON.stringify(result.json)}\n` : result.text);
    return result.exitCode;
  } catch (err) {
    if (err instanceof SetupUsageError) {
      const message = `setup-db: ${err.message}`;
      process.stdout.write(values.json ? `${JSON.stringify({ ok: false, outcome: 'usage', exit_code: EXIT.usage, message })}\n` : '');
      process.stderr.write(`${message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`setup-db: ${redactUrlText((err as Error).stack ?? String(err))}\n`);
    return EXIT.error;
  }
}

/** The first line of stdin, trimmed; undefined when there is none (a terminal, or nothing piped). */
async function urlFromStdin(): Promise<string | undefined> {
  // A little past the URL limit, so an over-long URL is still reported as such by the parser.
  const { text } = await readStdinBounded(MAX_URL_LENGTH + 2, 30_000);
  const line = text.split(/\r?\n/)[0]?.trim();
  return line ? line : undefined;
}

process.exitCode = await main();
