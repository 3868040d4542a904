/**
 * Reading back what a test's project logged, the plain way: the live
 * `.2L/events.jsonl`, one JSON object a line. A torn line throws, which is
 * what a test wants to see. (2L's own reader, lib/events/stream.ts, is what
 * the tests are about; it is not used to check itself.)
 */
import fs from 'node:fs';
import path from 'node:path';

export const eventsFile = (project: string): string => path.join(project, '.2L', 'events.jsonl');

/** The non-empty lines of a JSONL file; [] when there is no file. */
export function jsonlLines(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** The raw lines of the project's event log, for tests about the bytes written. */
export const eventLines = (project: string): string[] => jsonlLines(eventsFile(project));

/**
 * Every event of the project's log, parsed; [] when there is no log. Typed as
 * JSON.parse gives it: tests reach into payloads of every shape.
 */
export function readEvents(project: string): any[] {
  return eventLines(project).map((l) => JSON.parse(l));
}

/**
 * Pids of background hook loggers (dist/hook.cjs) still running for `project`, and of
 * test-started collectors (dist/collector.cjs with a short TWOL_COLLECTOR_IDLE_MS, as
 * claudeEnv sets it): one serves every project of its spool, so any of them counts.
 */
export function runningLoggers(project: string): number[] {
  const out: number[] = [];
  let pids: string[] = [];
  try {
    pids = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const collector = cmd.includes('dist/collector.cjs');
      if (!collector && !cmd.includes('dist/hook.cjs')) continue;
      const env = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (
        collector
          ? env.some((v) => v.startsWith('TWOL_COLLECTOR_IDLE_MS='))
          : env.includes(`CLAUDE_PROJECT_DIR=${project}`)
      )
        out.push(Number(pid));
    } catch {
      /* gone already */
    }
  }
  return out;
}

/**
 * The project's events once every background logger of it has exited (the
 * hook front returns before its logger writes: docs/hook-latency.md), in the
 * order Claude Code fired the hooks: by timestamp, ties in file order.
 */
export async function settledEvents(project: string, timeoutMs = 30_000): Promise<any[]> {
  const until = Date.now() + timeoutMs;
  while (runningLoggers(project).length > 0) {
    if (Date.now() > until) throw new Error(`hook loggers still running for ${project} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return readEvents(project)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.timestamp < b.e.timestamp ? -1 : a.e.timestamp > b.e.timestamp ? 1 : a.i - b.i))
    .map((x) => x.e);
}
