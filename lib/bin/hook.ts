/**
 * Claude Code hook logger, one process per event: the fallback of the hook
 * front (lib/2l-hook-front.sh) when the spool of the resident collector cannot
 * be used, and round 1's design when TWOL_FRONT=logger. The front starts it in
 * the background with the payload's pipe as stdin and the moment of the call
 * in TWOL_HOOK_T; the pipeline is hook/log-payload.ts. It never prints, never
 * exits non-zero and never throws: run by hand as a hook it would still be safe.
 * At SessionStart it stays and follows the session until Claude Code's process
 * exits, as the collector would (hook/follow.ts).
 * Keep imports here minimal: this runs on every event.
 */
import { recordHookError } from '../hook/errors.ts';
import { resolveProjectDir, stateDir } from '../events/project-dir.ts';
import { readStdinBounded } from '../shared/stdin.ts';
import { errorStack } from '../shared/errors.ts';
import { runtimeDir } from '../hook/claims.ts';
import { callTime, logPayload } from '../hook/log-payload.ts';
import { shadowedByInstall } from '../hook/install-copy.ts';
import { parseCli } from '../hook/spool.ts';
import type { StopAlerts, TurnCost } from '../hook/log-payload.ts';
import type { Followed } from '../hook/follow.ts';

const KEEP_BYTES = 4 * 1024 * 1024;
const STDIN_DEADLINE_MS = 3000;
/** How often the SessionStart logger looks at the session it follows (when no collector runs). */
const TAIL_MS = 200;
/** Only a session with a known process is followed; this bounds one whose process cannot be checked. */
const FOLLOW_QUIET_MS = 30 * 60 * 1000;

/**
 * A turn's cost (monitor/cost-live.ts) needs the YAML parser and the pricing table: they live in
 * the sibling bundle dist/turn-cost.cjs, loaded only by the hooks that end a turn, so every other
 * event starts as fast as before. A dynamic path: the bundler leaves it out of this file.
 */
const turnCost: TurnCost = async (args) => {
  const file = `${__dirname}/turn-cost.cjs`;
  return (require(file) as typeof import('./turn-cost.ts')).turnCost(args);
};

/**
 * The session follower (hook/follow.ts), from its own sibling bundle: only SessionStart needs it, so the
 * other events do not load it.
 */
const follower = (opts: ConstructorParameters<typeof Followed>[0]): Followed => {
  const file = `${__dirname}/follow-session.cjs`;
  return new (require(file) as typeof import('./follow-session.ts')).Followed(opts);
};

/** The Stop-time alert evaluation (monitor/stop-alerts.ts), from the same sibling bundle. */
const stopAlerts: StopAlerts = async (args) => {
  const file = `${__dirname}/turn-cost.cjs`;
  return (require(file) as typeof import('./turn-cost.ts')).stopAlerts(args);
};

async function run(): Promise<void> {
  if (process.env.TWOL_DISABLE === '1') return;
  // The front checks this too; a settings entry that runs this file directly does not pass the front.
  if (shadowedByInstall(process.argv[1])) return;
  try {
    const input = await readStdinBounded(KEEP_BYTES, STDIN_DEADLINE_MS);
    const runtime = runtimeDir();
    const pending = new Set<Promise<unknown>>();
    // No hook fires for the session's prompts, turn ends or end: with no collector to follow the session,
    // the SessionStart logger does it itself, until Claude Code's process is gone (hook/follow.ts).
    let followed: Followed | undefined;
    await logPayload(input, {
      projectDir: process.env.CLAUDE_PROJECT_DIR,
      cwd: process.cwd(),
      now: callTime(process.env.TWOL_HOOK_T, new Date()),
      // process.uptime(), not performance.now(): the global `performance` loads 11 internal modules.
      hookMs: () => process.uptime() * 1000,
      runtime,
      turnCost,
      stopAlerts,
      cutBy: `the ${STDIN_DEADLINE_MS / 1000} s stdin deadline`,
      cli: parseCli(process.env.TWOL_CLI),
      onTranscript: (seen) => {
        if (seen.hook !== 'SessionStart' || !seen.cli) return;
        followed = follower({
          runtime,
          liveMs: FOLLOW_QUIET_MS,
          turnCost,
          stopAlerts,
          track: (work) => {
            pending.add(work);
            void work.finally(() => pending.delete(work));
          },
        });
        followed.seen(seen);
      },
    });
    while (followed && (followed.size > 0 || pending.size > 0)) {
      await followed.pass();
      await new Promise((r) => setTimeout(r, TAIL_MS));
    }
  } catch (err) {
    const project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
    recordHookError(stateDir(project), `hook: ${errorStack(err)}`);
  }
}

run()
  .catch(() => {
    /* never reached in practice: run() catches; belt and braces for the exit code */
  })
  .finally(() => {
    process.exitCode = 0;
  });
