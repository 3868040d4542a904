/**
 * `setup-db [--url URL|-] [--check] [--fresh] [--allow-psql] [--json] [--timeout S] [--project DIR]`
 * Database access for agents: find psql, test the connection, cache it, say how to use it.
 */
// First: a password in our argv is hidden from `ps` before anything else loads.
import '../db/hide-argv-secrets.ts';
import { HELP, parseSetupArgs } from '../db/args.ts';
import { exitCode, renderJson, renderText } from '../db/render.ts';
import { setupDb } from '../db/setup.ts';
import { MAX_URL_LENGTH, redactUrlText } from '../db/url.ts';
import { UsageError, projectFromFlag, runMain } from '../shared/cli.ts';
import { readStdinBounded } from '../shared/stdin.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseSetupArgs(argv);
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const url = args.urlFrom === 'stdin' ? await urlFromStdin() : args.url;
  const project = projectFromFlag(args.project);
  const { urlFrom, check, fresh, allowPsql, timeoutS } = args;
  const outcome = await setupDb({ project, url, urlFrom, check, fresh, allowPsql, timeoutS, env: process.env });
  process.stdout.write(args.json ? renderJson(outcome) : renderText(outcome));
  if (outcome.kind === 'usage') throw new UsageError(outcome.message);
  return exitCode(outcome);
}

/** The first line of stdin, trimmed. */
async function urlFromStdin(): Promise<string> {
  // A little past the URL limit, so an over-long URL is still reported as such by the parser.
  const { text } = await readStdinBounded(MAX_URL_LENGTH + 2, 30_000);
  const line = text.split(/\r?\n/)[0]?.trim();
  if (line) return line;
  throw new UsageError(
    '`--url -` reads the URL from stdin, but stdin held none (pipe it in: printf \'%s\\n\' "$URL" | setup-db --url -)',
  );
}

runMain('setup-db', import.meta.url, async (argv) => {
  try {
    return await main(argv);
  } catch (err) {
    // Whatever is printed, a stack included, shows no password.
    if (!(err instanceof Error)) throw redactUrlText(String(err));
    err.message = redactUrlText(err.message);
    if (err.stack) err.stack = redactUrlText(err.stack);
    throw err;
  }
});
