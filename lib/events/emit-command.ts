/**
 * `emit <event_type> <data> [--phase P] [--agent ID] [--session ID] [--project DIR] [--payload JSON]`
 * Orchestrators and agents write 2L events through the same writer as the hook.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_AGENT, DEFAULT_PHASE, SCHEMA_VERSION, isValidEventType, type TwoLEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { cleanPayload, cleanString } from '../events/redact.ts';

const HELP = `Usage: emit <event_type> <data> [options]

Append one 2L event to <project>/.2L/events.jsonl.

Options:
  --phase P        orchestration phase (default: ${DEFAULT_PHASE})
  --agent ID       agent id (default: ${DEFAULT_AGENT})
  --session ID     Claude Code session id
  --project DIR    project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --payload JSON   structured detail, redacted and trimmed before it is written
  -h, --help       show this help

Exit codes: 0 written, 1 could not write, 2 bad arguments.`;

export class UsageError extends Error {}

export function buildEvent(argv: string[], now: Date): { project: string; event: TwoLEvent } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      phase: { type: 'string' },
      agent: { type: 'string' },
      session: { type: 'string' },
      project: { type: 'string' },
      payload: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError(HELP);
  const [type, data, ...extra] = positionals;
  if (!type || data === undefined || data === '') throw new UsageError('emit: `event_type` and `data` are required (see --help)');
  if (extra.length > 0) throw new UsageError(`emit: unexpected argument \`${extra[0]}\`; quote the data`);
  if (!isValidEventType(type)) throw new UsageError(`emit: \`${type.slice(0, 80)}\` is not an event type (lower_snake_case, up to 64 characters)`);
  const event: TwoLEvent = {
    timestamp: now.toISOString(),
    event_type: type,
    phase: cleanString(values.phase || DEFAULT_PHASE, 120),
    agent_id: cleanString(values.agent || DEFAULT_AGENT, 120),
    data: cleanString(data, 2000),
    v: SCHEMA_VERSION,
    source: 'emit',
  };
  if (values.session) event.session_id = cleanString(values.session, 120);
  if (values.payload !== undefined) {
    try {
      event.payload = cleanPayload(JSON.parse(values.payload));
    } catch (err) {
      throw new UsageError(`emit: \`--payload\` is not valid JSON: ${(err as Error).message}`);
    }
  }
  const project = resolveProjectDir([values.project && !values.project.startsWith('/') ? `${process.cwd()}/${values.project}` : values.project, process.env.CLAUDE_PROJECT_DIR], process.cwd());
  return { project, event };
}

export function main(argv = process.argv.slice(2)): number {
  try {
    const { project, event } = buildEvent(argv, new Date());
    appendEvent(project, event, { onWarning: (m) => process.stderr.write(`emit: warning: ${m}\n`) });
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      const isHelp = err.message === HELP;
      (isHelp ? process.stdout : process.stderr).write(`${err.message}\n`);
      return isHelp ? 0 : 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      process.stderr.write(`emit: ${(err as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`emit: could not write the event: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main();
