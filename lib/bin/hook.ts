/**
 * Claude Code hook: the timed 2L events of each hook call (one, as a rule), appended to
 * `<project>/.2L/events.jsonl`. It never prints, never exits non-zero and never
 * throws: stdout of some hooks reaches the model, and exit 2 would block.
 * Keep imports here minimal: this runs on every event.
 */
import { appendToLog, serialise } from '../events/writer.ts';
import { failedTurnEvent, hookPayloadToEvents, oversizedPayloadToEvent } from '../hook/event.ts';
import { recordHookError } from '../hook/errors.ts';
import { FAILED_TURN_HOOKS, claimForStopFailure, unreportedFailedTurns } from '../hook/failed-turn.ts';
import { shadowedByInstall } from '../hook/install-copy.ts';
import { resolveProjectDir, stateDir } from '../events/project-dir.ts';
import { readStdinBounded } from '../shared/stdin.ts';
import { isUnsafePath } from '../shared/safe-fs.ts';
import { errorMessage, errorStack } from '../shared/errors.ts';
import type { TwoLEvent } from '../events/format.ts';

const KEEP_BYTES = 4 * 1024 * 1024;
const STDIN_DEADLINE_MS = 3000;

/**
 * Turns that failed without a hook saying so, found in the transcript at the next
 * hook that runs after a turn; for StopFailure, whether its own event is the
 * first report of its turn (lib/hook/failed-turn.ts). Returns the events to write.
 */
function withFailedTurns(
  events: TwoLEvent[],
  project: string,
  payload: unknown,
  ctx: { now: Date; hookMs: number },
  record: (message: string) => void,
): TwoLEvent[] {
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const hook = p.hook_event_name;
  if (typeof hook !== 'string' || !FAILED_TURN_HOOKS.has(hook)) return events;
  try {
    if (hook === 'StopFailure') return claimForStopFailure(stateDir(project), p.prompt_id) ? events : [];
    const turns = unreportedFailedTurns(stateDir(project), p.transcript_path);
    return [...turns.map((t) => failedTurnEvent(t, p, ctx)), ...events];
  } catch (err) {
    record(`failed-turn check: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`);
    return events;
  }
}

async function run(): Promise<void> {
  if (process.env.TWOL_DISABLE === '1') return;
  if (shadowedByInstall(process.argv[1])) return;
  let project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
  const record = (message: string) => recordHookError(stateDir(project), `hook: ${message}`);
  try {
    const input = await readStdinBounded(KEEP_BYTES, STDIN_DEADLINE_MS);
    let payload: unknown = {};
    let parseError: string | undefined;
    if (!input.overflow && input.text.trim() !== '') {
      try {
        payload = JSON.parse(input.text);
      } catch (err) {
        parseError = errorMessage(err);
      }
    }
    const cwd = payload && typeof payload === 'object' ? (payload as { cwd?: unknown }).cwd : undefined;
    project = resolveProjectDir(
      [process.env.CLAUDE_PROJECT_DIR, typeof cwd === 'string' ? cwd : undefined],
      process.cwd(),
    );
    // process.uptime(), not performance.now(): the global `performance` loads 11 internal modules.
    const ctx = { now: new Date(), hookMs: process.uptime() * 1000 };
    const empty = input.text.trim() === '';
    // Half a payload when the deadline struck: salvage what it says, as for an oversized one.
    const cut = input.timedOut && (parseError !== undefined || input.overflow);
    const events =
      input.overflow || cut
        ? [
            oversizedPayloadToEvent(
              input.text.slice(0, 65536),
              input.totalBytes,
              ctx,
              input.overflow ? undefined : 'cut off by the stdin deadline',
            ),
          ]
        : hookPayloadToEvents(payload, ctx);
    // One event per payload, but none for a PostToolBatch without a denied call: the notes go on the first.
    const event = events[0];
    const deadline = `the ${STDIN_DEADLINE_MS / 1000} s stdin deadline`;
    if (event && input.timedOut) {
      event.error = empty
        ? `no hook payload before ${deadline} (stdin left open)`
        : cut
          ? `hook payload cut off by ${deadline} after ${input.totalBytes} bytes (stdin left open)`
          : `stdin left open past ${deadline} (the payload was complete)`;
    } else if (event && (parseError !== undefined || empty)) {
      event.error = parseError ? `hook payload is not JSON: ${parseError.slice(0, 200)}` : 'empty hook payload';
    }
    const lines = withFailedTurns(events, project, payload, ctx, record);
    // One write for all of them: a reader never sees half of a hook call's lines.
    if (lines.length > 0) appendToLog(stateDir(project), Buffer.concat(lines.map(serialise)), { onWarning: record });
  } catch (err) {
    // A refusal is expected in a hostile checkout: its message says all; a stack would not help.
    record(isUnsafePath(err) ? `refused ${err.message}` : errorStack(err));
  }
}

run()
  .catch(() => {
    /* never reached in practice: run() catches; belt and braces for the exit code */
  })
  .finally(() => {
    process.exitCode = 0;
  });
