/**
 * `scrape-token [--rotate] [--path] [--json]`: print or rotate the user's
 * credential for the dashboards' `/metrics` (lib/dashboard/scrape-token-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { SCRAPE_TOKEN_HELP, runScrapeToken } from '../dashboard/scrape-token-command.ts';

export function main(argv: string[]): number {
  const r = runScrapeToken(argv);
  if (r === 'help') {
    process.stdout.write(`${SCRAPE_TOKEN_HELP}\n`);
    return 0;
  }
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return 0;
}

runMain('scrape-token', import.meta.url, main);
