/**
 * `2l scrape-token [--rotate] [--path] [--json]` as importable logic: print the
 * user's scrape token for `/metrics` (creating it when absent), rotate it, or
 * say where it is (scrape-token.ts). The entry in lib/bin/ only wires it to runMain.
 */
import { ensureScrapeToken, scrapeTokenPath } from './scrape-token.ts';
import { SHARED_OPTIONS, UserError, parseCliArgs, unexpectedArgument } from '../shared/cli.ts';

export const SCRAPE_TOKEN_HELP = `Usage: scrape-token [--rotate] [--path] [--json]

Print your scrape token: the credential a Prometheus sends to every 2L
dashboard you run (\`Authorization: Bearer\`, on /metrics only). Unlike a
dashboard's link it survives server restarts. It is created on first use,
0600, in $XDG_STATE_HOME/2l/scrape-token (else ~/.local/state/2l/), never in
a project. Point Prometheus' \`credentials_file\` at a copy of it
(docs/ops/README.md).

Options:
  --rotate    replace it with a new one (the old one stops working at once,
              also for running dashboards)
  --path      print the file's path instead of the token (creating it first)
  --json      print {token, file, created}
  -h, --help  show this help

Exit codes: 0 printed, 1 could not create or read it, 2 bad arguments.`;

export interface ScrapeTokenRun {
  stdout: string;
  stderr: string;
}

export function runScrapeToken(argv: string[], env: NodeJS.ProcessEnv = process.env): ScrapeTokenRun | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rotate: { type: 'boolean' },
      path: { type: 'boolean' },
      json: SHARED_OPTIONS.json,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw unexpectedArgument(positionals[0]!);
  let r: ReturnType<typeof ensureScrapeToken>;
  try {
    r = ensureScrapeToken(env, values.rotate === true);
  } catch (err) {
    throw new UserError(`cannot use \`${scrapeTokenPath(env)}\`: ${(err as Error).message}`);
  }
  if (values.json) return { stdout: `${JSON.stringify(r)}\n`, stderr: '' };
  const note = r.created ? `scrape-token: ${values.rotate ? 'rotated' : 'created'} ${r.file}\n` : '';
  return { stdout: `${values.path ? r.file : r.token}\n`, stderr: note };
}
