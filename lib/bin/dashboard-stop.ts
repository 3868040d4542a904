/**
 * `dashboard-stop`: stop this project's dashboard server, after checking that
 * the recorded pid really is it. Nothing to stop is not an error.
 */
import { parseArgs } from 'node:util';
import { LaunchError, stop } from '../dashboard/launch.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { errorMessage } from '../shared/cli.ts';

const HELP = `Usage: dashboard-stop [--json]

Stop this project's 2L dashboard server and remove its state
(.2L/dashboard/server.json). A recorded pid is signalled only when it is
verifiably this project's dashboard; stale state is just removed.

Options:
  --json        print {stopped, message} as JSON
  -h, --help    show this help

The project is $CLAUDE_PROJECT_DIR when set, else the current folder.
Exit codes: 0 stopped or nothing to stop, 1 could not stop, 2 bad arguments.`;

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    process.stderr.write(`2l-dashboard-stop: ${errorMessage(err)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
  try {
    const r = await stop(project);
    process.stdout.write(values.json ? `${JSON.stringify(r)}\n` : `${r.message}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${errorMessage(err)}\n`);
    return err instanceof LaunchError ? err.exitCode : 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
