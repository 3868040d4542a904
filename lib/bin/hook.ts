/**
 * Claude Code hook: one timed 2L event per hook call, appended to
 * `<project>/.2L/events.jsonl`. It never prints, never exits non-zero and never
 * throws: stdout of some hooks reaches the model, and exit 2 would block.
 * Keep imports here minimal: this runs on every event.
 */
import { appendEvent } from '../event-writer.ts';
import { hookPayloadToEvent, oversizedPayloadToEvent } from '../hook-event.ts';
import { recordHookError } from '../hook-errors.ts';
import { resolveProjectDir, stateDir } from '../project-dir.ts';
import { readStdinBounded } from '../read-stdin.ts';

const KEEP_BYTES = 4 * 1024 * 1024;
const STDIN_DEADLINE_MS = 3000;

function run(): void {
  if (process.env.TWOL_DISABLE === '1') return;
  let project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
  try {
    const input = readStdinBounded(KEEP_BYTES, STDIN_DEADLINE_MS);
    let payload: unknown = {};
    let parseError: string | undefined;
    if (!input.overflow && input.text.trim() !== '') {
      try {
        payload = JSON.parse(input.text);
      } catch (err) {
        parseError = (err as Error).message;
      }
    }
    const cwd = payload && typeof payload === 'object' ? (payload as { cwd?: unknown }).cwd : undefined;
    project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR, typeof cwd === 'string' ? cwd : undefined], process.cwd());
    const ctx = { now: new Date(), hookMs: performance.now() };
    const event = input.overflow
      ? oversizedPayloadToEvent(input.text.slice(0, 65536), input.totalBytes, ctx)
      : hookPayloadToEvent(payload, ctx);
    if (parseError !== undefined || input.text.trim() === '') {
      event.error = parseError ? `hook payload is not JSON: ${parseError.slice(0, 200)}` : 'empty hook payload';
    }
    appendEvent(project, event);
  } catch (err) {
    recordHookError(stateDir(project), `hook: ${(err as Error)?.stack ?? String(err)}`);
  }
}

try {
  run();
} catch {
  /* never reached in practice: run() catches; belt and braces for the exit code */
}
process.exitCode = 0;
