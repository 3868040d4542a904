/**
 * `emit <event_type> <data> [--phase P] [--agent ID] [--session ID] [--project DIR] [--payload JSON]`:
 * append one 2L event to the log (lib/events/emit-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { EMIT_HELP, buildEvent, writeEvent } from '../events/emit-command.ts';

export function main(argv: string[]): number {
  const built = buildEvent(argv, new Date());
  if (built === 'help') {
    process.stdout.write(`${EMIT_HELP}\n`);
    return 0;
  }
  writeEvent(built.project, built.event, (m) => process.stderr.write(`emit: warning: ${m}\n`));
  return 0;
}

runMain('emit', import.meta.url, main);
