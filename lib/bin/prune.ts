/**
 * `prune [--dry-run] [--project DIR]`: remove the log's archives past the
 * retention settings (lib/monitor/prune-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { PRUNE_HELP, parsePruneArgs, runPrune } from '../monitor/prune-command.ts';

export function main(argv: string[]): number {
  const args = parsePruneArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${PRUNE_HELP}\n`);
    return 0;
  }
  const { output, code } = runPrune(args);
  process.stdout.write(output);
  return code;
}

runMain('prune', import.meta.url, main);
