/**
 * Claude Code hook logger: one timed 2L event per hook call, appended to
 * `<project>/.2L/events.jsonl`. Claude Code does not wait for it: the hook
 * front (lib/2l-hook-front.sh) starts it in the background with the payload's
 * pipe as stdin and the moment of the call in TWOL_HOOK_T. At Stop, SessionEnd
 * and SessionStart it then fills, from the transcript, any tool call another
 * logger lost (hook/reconcile.ts). It never prints, never exits non-zero and
 * never throws: run by hand as a hook it would still be safe.
 * Keep imports here minimal: this runs on every event.
 */
import { appendEvent } from '../events/writer.ts';
import { hookPayloadToEvent, oversizedPayloadToEvent } from '../hook/event.ts';
import { recordHookError } from '../hook/errors.ts';
import { resolveProjectDir, stateDir } from '../events/project-dir.ts';
import { readStdinBounded } from '../shared/stdin.ts';
import { isUnsafePath } from '../shared/safe-fs.ts';
import { errorMessage, errorStack } from '../shared/errors.ts';
import { claim, claimPhase, runtimeDir, sweepClaims } from '../hook/claims.ts';
import { reconcile } from '../hook/reconcile.ts';

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

async function run(): Promise<void> {
  if (process.env.TWOL_DISABLE === '1') return;
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
    const event =
      input.overflow || cut
        ? oversizedPayloadToEvent(
            input.text.slice(0, 65536),
            input.totalBytes,
            ctx,
            input.overflow ? undefined : 'cut off by the stdin deadline',
          )
        : hookPayloadToEvent(payload, ctx);
    const deadline = `the ${STDIN_DEADLINE_MS / 1000} s stdin deadline`;
    if (input.timedOut) {
      event.error = empty
        ? `no hook payload before ${deadline} (stdin left open)`
        : cut
          ? `hook payload cut off by ${deadline} after ${input.totalBytes} bytes (stdin left open)`
          : `stdin left open past ${deadline} (the payload was complete)`;
    } else if (parseError !== undefined || empty) {
      event.error = parseError ? `hook payload is not JSON: ${parseError.slice(0, 200)}` : 'empty hook payload';
    }
    const rt = runtimeDir();
    const phase = claimPhase(event.event_type);
    // The reconciler may have logged this half of the call already (this logger was slow or retried).
    const first =
      !phase || !event.session_id || !event.tool_use_id || claim(rt, event.session_id, phase, event.tool_use_id);
    if (first) appendEvent(project, event, { onWarning: record });
    const p = (payload && typeof payload === 'object' ? payload : {}) as { transcript_path?: unknown };
    if (event.hook && RECONCILE_AT.has(event.hook) && typeof p.transcript_path === 'string') {
      const others = event.hook === 'SessionStart';
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
