/**
 * `setup-mcps [--only NAMES] [--scope project|user] [--force] [--dry-run] [--project DIR] [--json]`:
 * add the catalog MCP servers without clobbering anything (lib/mcp/setup-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { SETUP_HELP, parseSetupArgs, renderSetupText, setupExitCode, setupServers } from '../mcp/setup-command.ts';

export function main(argv: string[]): number {
  const args = parseSetupArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${SETUP_HELP}\n`);
    return 0;
  }
  const report = setupServers(args);
  process.stdout.write(`${args.json ? JSON.stringify(report, null, 2) : renderSetupText(report)}\n`);
  return setupExitCode(report);
}

runMain('setup-mcps', import.meta.url, main);
