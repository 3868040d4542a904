/**
 * `dashboard-stop [--json] [--project DIR]`: stop this project's dashboard server,
 * after checking that the recorded pid really is it (lib/dashboard/command.ts).
 */
import { STOP_HELP, parseStopArgs, runStop } from '../dashboard/command.ts';
import { runMain } from '../shared/cli.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseStopArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${STOP_HELP}\n`);
    return 0;
  }
  const r = await runStop(args);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.code;
}

runMain('2l-dashboard-stop', import.meta.url, main);
