/**
 * `dashboard [--port N] [--no-open] [--json] [--project DIR]`: start (or reuse)
 * this project's live dashboard server and print its link; `--cleanup [--all]`
 * stops stale and orphaned servers instead (lib/dashboard/command.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_HELP, parseDashboardArgs, runCleanup, runDashboard } from '../dashboard/command.ts';
import { SERVER_SCRIPT } from '../dashboard/state.ts';
import { runMain } from '../shared/cli.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseDashboardArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${DASHBOARD_HELP}\n`);
    return 0;
  }
  const r = args.cleanup
    ? await runCleanup(args)
    : await runDashboard(args, path.join(path.dirname(fileURLToPath(import.meta.url)), SERVER_SCRIPT));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.code;
}

runMain('2l-dashboard', import.meta.url, main);
