/**
 * `query '<JSONPath>' [--events | --state FILE] [--since DURATION] [--project DIR] [--compact] [--time]`:
 * JSONPath over the event log or a state file (lib/monitor/query-command.ts).
 */
import { requireLoggedProject, runMain } from '../shared/cli.ts';
import { historyBytes } from '../events/log-files.ts';
import { startProgress } from '../shared/progress.ts';
import { QUERY_HELP, parseQueryArgs, runQuery } from '../monitor/query-command.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseQueryArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${QUERY_HELP}\n`);
    return 0;
  }
  requireLoggedProject(argv, args.project);
  const progress = startProgress('query');
  const total = args.state === undefined ? historyBytes(args.project) : 0;
  const { output, notes } = await runQuery(args, { onRead: (b) => progress.update(b, total) }).finally(progress.end);
  process.stdout.write(`${output}\n`);
  for (const note of notes) process.stderr.write(`query: ${note}\n`);
  return 0;
}

runMain('query', import.meta.url, main);
