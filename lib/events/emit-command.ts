/**
 * The `emit` command (`lib/bin/emit.ts` only runs it): orchestrators and
 * agents write 2L events through the same writer as the hook.
 */
import { DEFAULT_AGENT, DEFAULT_PHASE, SCHEMA_VERSION, isValidEventType, type TwoLEvent } from './format.ts';
import { appendEvent } from './writer.ts';
import { cleanPayload, cleanString } from './redact.ts';
import {
  SHARED_OPTIONS,
  UsageError,
  UserError,
  errorMessage,
  parseCliArgs,
  projectFromFlag,
  unexpectedArgument,
} from '../shared/cli.ts';

export const EMIT_HELP = `Usage: emit <event_type> <data> [options]

Append one 2L event to <project>/.2L/events.jsonl.

Options:
  --phase P        orchestration phase (default: ${DEFAULT_PHASE})
  --agent ID       agent id (default: ${DEFAULT_AGENT})
  --session ID     Claude Code session id
  --project DIR    project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --payload JSON   structured detail, redacted and trimmed before it is written
  -h, --help       show this help

Exit codes: 0 written, 1 could not write, 2 bad arguments.`;

/** The event the arguments describe (redacted and trimmed), and the project whose log gets it. */
export function buildEvent(
  argv: string[],
  now: Date,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): { project: string; event: TwoLEvent } | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      phase: { type: 'string' },
      agent: { type: 'string' },
      session: { type: 'string' },
      project: SHARED_OPTIONS.project,
      payload: { type: 'string' },
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  const [type, data, ...extra] = positionals;
  if (!type || data === undefined || data === '')
    throw new UsageError('`event_type` and `data` are required (see --help)');
  if (extra.length > 0) throw unexpectedArgument(extra[0]!, '; quote the data');
  if (!isValidEventType(type))
    throw new UsageError(`\`${type.slice(0, 80)}\` is not an event type (lower_snake_case, up to 64 characters)`);
  const event = emittedEvent(type, cleanString(data, 2000), values, now);
  if (values.payload !== undefined) {
    try {
      event.payload = cleanPayload(JSON.parse(values.payload));
    } catch (err) {
      throw new UsageError(`\`--payload\` is not valid JSON: ${errorMessage(err)}`);
    }
  }
  return { project: projectFromFlag(values.project, env, cwd), event };
}

/** An event as `emit` and `metric` write it: their shared flags, cleaned, on the given type and data. */
export function emittedEvent(
  type: string,
  data: string,
  flags: { phase?: string; agent?: string; session?: string },
  now: Date,
): TwoLEvent {
  const event: TwoLEvent = {
    timestamp: now.toISOString(),
    event_type: type,
    phase: cleanString(flags.phase || DEFAULT_PHASE, 120),
    agent_id: cleanString(flags.agent || DEFAULT_AGENT, 120),
    data,
    v: SCHEMA_VERSION,
    source: 'emit',
  };
  if (flags.session) event.session_id = cleanString(flags.session, 120);
  return event;
}

/** Append through the hook's writer; any failure to write is a UserError (exit 1) with the reason. */
export function writeEvent(project: string, event: TwoLEvent, onWarning: (message: string) => void): void {
  try {
    appendEvent(project, event, { onWarning });
  } catch (err) {
    throw new UserError(`could not write the event: ${errorMessage(err)}`);
  }
}
