/**
 * `check-mcps [--timeout SECONDS] [--project DIR] [--no-record] [--json]`:
 * probe every MCP server Claude Code would start here (lib/mcp/check-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { CHECK_HELP, parseCheckArgs, renderCheckText, runCheck } from '../mcp/check-command.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseCheckArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  const run = await runCheck(args);
  process.stdout.write(
    `${args.json ? JSON.stringify(run.status, null, 2) : renderCheckText(run.status, run.statusFile)}\n`,
  );
  if (run.recordError) process.stderr.write(`check-mcps: ${run.recordError}\n`);
  return run.exitCode;
}

runMain('check-mcps', import.meta.url, main);
