/**
 * `query '<JSONPath>' [--events | --state FILE] [--since DURATION] [--project DIR] [--compact] [--time]`:
 * JSONPath over the event log or a state file (lib/monitor/query-command.ts).
 */
import { requireLoggedProject, runMain } from '../shared/cli.ts';
import { QUERY_HELP, parseQueryArgs, runQuery } from '../monitor/query-command.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseQueryArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${QUERY_HELP}\n`);
    return 0;
  }
  requireLoggedProject(argv, args.project);
  const { output, notes } = await runQuery(args);
  process.stdout.write(`${output}\n`);
  for (const note of notes) process.stderr.write(`query: ${note}\n`);
  return 0;
}

runMain('query', import.meta.url, main);
