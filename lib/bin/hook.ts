/**
 * Claude Code hook logger: the timed 2L events of each hook call (one, as a rule), appended to
 * `<project>/.2L/events.jsonl`. Claude Code does not wait for it: the hook
 * front (lib/2l-hook-front.sh) starts it in the background with the payload's
 * pipe as stdin and the moment of the call in TWOL_HOOK_T. At Stop, SessionEnd
 * and SessionStart it then fills, from the transcript, any tool call another
 * logger lost (hook/reconcile.ts). It never prints, never exits non-zero and
 * never throws: run by hand as a hook it would still be safe.
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
import { claim, claimPhase, runtimeDir, sweepClaims } from '../hook/claims.ts';
import { reconcile } from '../hook/reconcile.ts';
import type { TwoLEvent } from '../events/format.ts';

const KEEP_BYTES = 4 * 1024 * 1024;
const STDIN_DEADLINE_MS = 3000;
/** Hook events after which the transcript is reconciled (the ones a session always ends or starts with). */
const RECONCILE_AT = new Set(['Stop', 'SessionEnd', 'SessionStart']);

/** When the front was called (bash's `$EPOCHREALTIME`, seconds with a fraction); else now. */
export function callTime(raw: string | undefined, now: Date): Date {
  const m = raw ? /^(\d{9,11})[.,](\d{1,9})$/.exec(raw) : null;
  if (!m) return now;
  const ms = Number(m[1]) * 1000 + Math.floor(Number(`0.${m[2]}`) * 1000);
  // A clock reading far from ours is not a call time we can trust.
  return Math.abs(ms - now.getTime()) < 60_000 ? new Date(ms) : now;
}

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
    const ctx = { now: callTime(process.env.TWOL_HOOK_T, new Date()), hookMs: process.uptime() * 1000 };
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
    const rt = runtimeDir();
    // The reconciler may have logged this half of a call already (this logger was slow or retried).
    const first = lines.filter((e) => {
      const phase = claimPhase(e.event_type);
      return !phase || !e.session_id || !e.tool_use_id || claim(rt, e.session_id, phase, e.tool_use_id);
    });
    // One write for all of them: a reader never sees half of a hook call's lines.
    if (first.length > 0) appendToLog(stateDir(project), Buffer.concat(first.map(serialise)), { onWarning: record });
    const p = (payload && typeof payload === 'object' ? payload : {}) as {
      transcript_path?: unknown;
      hook_event_name?: unknown;
    };
    const hook = p.hook_event_name;
    if (typeof hook === 'string' && RECONCILE_AT.has(hook) && typeof p.transcript_path === 'string') {
      const others = hook === 'SessionStart';
      if (others && rt) sweepClaims(rt, Date.now());
      await reconcile({ project, transcriptPath: p.transcript_path, others, runtime: rt, onWarning: record });
    }
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
