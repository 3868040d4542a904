/**
 * One hook payload → its events (one, as a rule) in `<project>/.2L/events.jsonl`, the pipeline
 * both paths share: the per-event logger (bin/hook.ts, fed by a pipe) and the
 * resident collector (hook/collector.ts, fed by the spool). Parses, redacts
 * and maps (hook/event.ts), adds the failed turns no hook reported
 * (hook/failed-turn.ts), claims tool-call halves (hook/claims.ts), writes
 * (events/writer.ts), and at Stop, SessionEnd and SessionStart starts the
 * transcript reconciliation (hook/reconcile.ts), returned unawaited so the
 * collector can go on with other payloads while it waits for late loggers;
 * after it, at Stop, the alert evaluation the entry point injects.
 */
import { appendToLog, serialise } from '../events/writer.ts';
import type { TwoLEvent } from '../events/format.ts';
import { failedTurnEvent, hookPayloadToEvents, oversizedPayloadToEvent } from './event.ts';
import { FAILED_TURN_HOOKS, claimForStopFailure, unreportedFailedTurns } from './failed-turn.ts';
import { recordHookError } from './errors.ts';
import { resolveProjectDir, stateDir } from '../events/project-dir.ts';
import type { StdinRead } from '../shared/stdin.ts';
import { isUnsafePath } from '../shared/safe-fs.ts';
import { errorMessage, errorStack } from '../shared/errors.ts';
import { claim, claimKey, markWritten, sweepClaims } from './claims.ts';
import { reconcile } from './reconcile.ts';
import type { SeenSession } from './follow.ts';
import type { CliProcess } from './spool.ts';

/** Hook events after which the transcript is reconciled (the ones a session always ends or starts with). */
const RECONCILE_AT = new Set(['Stop', 'SessionEnd', 'SessionStart']);
/** Hook events that end a turn: its cost is tracked then (`CallEnv.turnCost`). */
const COST_AT = new Set(['Stop', 'SubagentStop', 'SessionEnd']);

/** What tracking a turn's cost needs (monitor/cost-live.ts, injected by the collector's entry point). */
export type TurnCost = (args: {
  project: string;
  transcriptPath: string;
  hook: string;
  /** The turn-ending hook's call time: the `cost_update` is stamped with it, so it sorts right after that hook's event. */
  at: Date;
  runtime: string | undefined;
  record: (message: string) => void;
}) => Promise<unknown>;

/**
 * Alert evaluation at Stop when no dashboard server owns it (monitor/stop-alerts.ts, injected by the
 * entry point: the hook layer does not import the monitor). Runs after the turn's other work.
 */
export type StopAlerts = (args: {
  project: string;
  runtime: string | undefined;
  record: (message: string) => void;
}) => Promise<unknown>;

/** What the hook's environment said when Claude Code called it. */
export interface CallEnv {
  /** CLAUDE_PROJECT_DIR. */
  projectDir: string | undefined;
  /** The hook's working folder, the last resort for the project. */
  cwd: string;
  /** The moment of the call. */
  now: Date;
  /** hook_ms: what this event cost its logger. */
  hookMs: () => number;
  /** The private runtime folder for claims (hook/claims.ts), if one could be had. */
  runtime: string | undefined;
  /** Why the payload is incomplete when it is (the stdin deadline, a torn spool file). */
  cutBy?: string;
  /**
   * Called once everything is prepared, just before the claims and the write: false means another
   * process owns this payload, so nothing is written. The collector marks its spool file here, so
   * a kill can lose an event only inside the claim-and-append window, not while it redacts and maps.
   */
  commit?: () => boolean;
  /** Tracks the turn's tokens and cost at Stop, SubagentStop and SessionEnd; absent, no `cost_update`. */
  turnCost?: TurnCost;
  /** The Claude Code process that ran the hook, when the front could tell (hook/spool.ts). */
  cli?: CliProcess;
  /** Told which project, transcript and process each hook call belongs to (hook/follow.ts follows live sessions). */
  onTranscript?: (seen: SeenSession) => void;
  /** Judges the log's targets at Stop; absent, only a dashboard server or a command does. */
  stopAlerts?: StopAlerts;
}

/**
 * When the front was called (bash's `$EPOCHREALTIME`, seconds with a fraction); else now.
 * `maxAgeMs`: how old a call may be (the collector works off a backlog a crash left).
 */
export function callTime(raw: string | undefined, now: Date, maxAgeMs = 60_000): Date {
  const m = raw ? /^(\d{9,11})[.,](\d{1,9})$/.exec(raw) : null;
  if (!m) return now;
  const ms = Number(m[1]) * 1000 + Math.floor(Number(`0.${m[2]}`) * 1000);
  // A clock reading far from ours is not a call time we can trust.
  const age = now.getTime() - ms;
  return age < maxAgeMs && age > -60_000 ? new Date(ms) : now;
}

/**
 * Turns that failed without a hook saying so, found in the transcript at the next
 * hook that runs after a turn; for StopFailure, whether its own event is the
 * first report of its turn (hook/failed-turn.ts). Returns the events to write.
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

/**
 * Log one payload. Never throws: a failure is recorded in the project's
 * hook-errors.log. Resolves with the reconciliation when one was started.
 */
export function logPayload(input: StdinRead, env: CallEnv): Promise<unknown> | undefined {
  let project = resolveProjectDir([env.projectDir], env.cwd);
  const record = (message: string) => recordHookError(stateDir(project), `hook: ${message}`);
  try {
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
    project = resolveProjectDir([env.projectDir, typeof cwd === 'string' ? cwd : undefined], env.cwd);
    const ctx = { now: env.now, hookMs: env.hookMs() };
    const empty = input.text.trim() === '';
    const cutBy = env.cutBy ?? 'the stdin deadline';
    // Half a payload when the deadline struck: salvage what it says, as for an oversized one.
    const cut = input.timedOut && (parseError !== undefined || input.overflow);
    const events =
      input.overflow || cut
        ? [
            oversizedPayloadToEvent(
              input.text.slice(0, 65536),
              input.totalBytes,
              ctx,
              input.overflow ? undefined : `cut off by ${cutBy}`,
            ),
          ]
        : hookPayloadToEvents(payload, ctx);
    // One event per payload, but none for a PostToolBatch without a denied call: the notes go on the first.
    const event = events[0];
    if (event && input.timedOut) {
      event.error = empty
        ? `no hook payload before ${cutBy} (stdin left open)`
        : cut
          ? `hook payload cut off by ${cutBy} after ${input.totalBytes} bytes (stdin left open)`
          : `stdin left open past ${cutBy} (the payload was complete)`;
    } else if (event && (parseError !== undefined || empty)) {
      event.error = parseError ? `hook payload is not JSON: ${parseError.slice(0, 200)}` : 'empty hook payload';
    }
    const rt = env.runtime;
    const lines = withFailedTurns(events, project, payload, ctx, record);
    const p = (payload && typeof payload === 'object' ? payload : {}) as {
      transcript_path?: unknown;
      hook_event_name?: unknown;
      session_id?: unknown;
      source?: unknown;
    };
    const hook = p.hook_event_name;
    const transcriptPath = typeof p.transcript_path === 'string' ? p.transcript_path : undefined;
    // Told before the event is committed: a collector killed between its write and this would leave the session
    // to nobody (its successor finds the event written and skips the file), and its end would never be logged.
    if (typeof hook === 'string' && transcriptPath !== undefined)
      env.onTranscript?.({
        project,
        transcriptPath,
        hook,
        record,
        sessionId: typeof p.session_id === 'string' ? p.session_id : undefined,
        source: typeof p.source === 'string' ? p.source : undefined,
        cli: env.cli,
        at: env.now,
      });
    const owned = !env.commit || env.commit();
    // The reconciler may have logged this half of a call already (this logger was slow or retried).
    const first = (owned ? lines : []).filter((e) => {
      const key = claimKey(e);
      return !key || !e.session_id || claim(rt, e.session_id, key.phase, key.id);
    });
    // One write for all of them: a reader never sees half of a hook call's lines.
    if (first.length > 0) {
      appendToLog(stateDir(project), Buffer.concat(first.map(serialise)), { onWarning: record });
      for (const e of first) {
        const key = claimKey(e);
        if (key && e.session_id) markWritten(rt, e.session_id, key.phase, key.id);
      }
    }
    if (typeof hook !== 'string' || transcriptPath === undefined) return undefined;
    const work: Array<Promise<unknown>> = [];
    const onError = (err: unknown) => record(isUnsafePath(err) ? `refused ${err.message}` : errorStack(err));
    if (RECONCILE_AT.has(hook)) {
      const others = hook === 'SessionStart';
      if (others && rt) sweepClaims(rt, Date.now());
      work.push(reconcile({ project, transcriptPath, others, runtime: rt, onWarning: record }).catch(onError));
    }
    if (env.turnCost && COST_AT.has(hook))
      work.push(env.turnCost({ project, transcriptPath, hook, at: ctx.now, runtime: rt, record }).catch(onError));
    // After the reconciliation and the cost: the events they add are judged too. At SessionEnd as well: tool
    // calls come from the transcript, and 2.1.197 may not have written a turn's last results there by its Stop.
    if (env.stopAlerts && (hook === 'Stop' || hook === 'SessionEnd')) {
      const stopAlerts = env.stopAlerts;
      return Promise.all(work).then(() => stopAlerts({ project, runtime: rt, record }).catch(onError));
    }
    if (work.length > 0) return Promise.all(work);
  } catch (err) {
    // A refusal is expected in a hostile checkout: its message says all; a stack would not help.
    record(isUnsafePath(err) ? `refused ${err.message}` : errorStack(err));
  }
  return undefined;
}
