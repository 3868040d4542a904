/**
 * `status [--since DURATION] [--session ID] [--json | --csv | --prom | --watch] [--no-alerts] [--project DIR]`:
 * the `/2l-status` report (lib/monitor/status-command.ts).
 */
import { requireLoggedProject, runMain } from '../shared/cli.ts';
import { historyBytes } from '../events/log-files.ts';
import { startProgress } from '../shared/progress.ts';
import { STATUS_HELP, parseStatusArgs, runStatus } from '../monitor/status-command.ts';
import { runWatch } from '../monitor/watch.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseStatusArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${STATUS_HELP}\n`);
    return 0;
  }
  requireLoggedProject(argv, args.project);
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (args.format === 'watch') return runWatch({ ...args, color });
  const progress = startProgress('status');
  const total = historyBytes(args.project);
  const { output, notes } = await runStatus(args, { color, onRead: (b) => progress.update(b, total) }).finally(
    progress.end,
  );
  process.stdout.write(output);
  for (const note of notes) process.stderr.write(`status: ${note}\n`);
  return 0;
}

runMain('status', import.meta.url, main);
