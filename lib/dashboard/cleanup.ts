/**
 * `2l dashboard --cleanup` (`/2l-dashboard-cleanup`): this user's stale or
 * orphaned dashboard servers across projects, stopped, and their state
 * removed. Every pid is checked exactly as `/2l-dashboard-stop` checks it
 * (state.ts `verify`, then the command line before any signal), so a state
 * file pointing at another program, or at a dead pid, only loses the file.
 * - stale state: the recorded pid is not the project's server → file removed;
 * - unresponsive: recorded, not answering, its command line is our server → stopped;
 * - orphaned: a server of ours that no state records (state removed, project
 *   folder deleted) → stopped by signal, while its command line is still ours;
 * - running and answering: left alone, unless `--all`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../shared/errors.ts';
import { isAlive } from '../shared/process.ts';
import { dashboardProjects, ownedByMe, serverProcesses, type ServerProcess } from './discover.ts';
import { stop, waitGone } from './launch.ts';
import { clearState, cmdlineIsOurs, dashboardDir, readState, verify } from './state.ts';

/** A launcher holds `start.lock` until its server has recorded itself; younger than this, it is still starting. */
const STARTING_MS = 15_000;

/** A start is in progress in this project: its server is not recorded yet, and is no orphan. */
function starting(project: string, now = Date.now()): boolean {
  try {
    const st = fs.lstatSync(path.join(dashboardDir(project), 'start.lock'));
    return st.isFile() && now - st.mtimeMs < STARTING_MS;
  } catch {
    return false;
  }
}

export interface CleanupEntry {
  project: string;
  pid?: number;
  action: 'stopped' | 'removed' | 'running' | 'failed';
  why: string;
  /** A running server's address, without its secret. */
  url?: string;
}

export interface CleanupOptions {
  /** Projects to look at besides those a running server names (the current one). */
  projects: string[];
  /** Also stop servers that run and answer. */
  all: boolean;
  /** The server processes found (tests pass them; default: /proc). */
  processes?: ServerProcess[];
}

/** Signal an orphaned server, but only while its command line is still our server for that project and it is ours. */
async function stopOrphan(pid: number, project: string): Promise<boolean> {
  for (const sig of ['SIGTERM', 'SIGKILL'] as const) {
    if (!ownedByMe(pid) || !cmdlineIsOurs(pid, project)) break;
    try {
      process.kill(pid, sig);
    } catch {
      /* exited meanwhile */
    }
    if (await waitGone(pid, 3000)) return true;
  }
  return !isAlive(pid) || !cmdlineIsOurs(pid, project);
}

async function recorded(project: string, all: boolean): Promise<{ entry?: CleanupEntry; pid?: number }> {
  let state: ReturnType<typeof readState>;
  try {
    state = readState(project);
  } catch (err) {
    return { entry: { project, action: 'failed', why: `cannot read its state: ${errorMessage(err)}` } };
  }
  if (state === undefined) return {};
  if (state === 'invalid') {
    clearState(project);
    return { entry: { project, action: 'removed', why: 'unreadable state file (nothing signalled)' } };
  }
  const verdict = await verify(state);
  if (verdict === 'not-ours') {
    clearState(project);
    return {
      pid: state.pid,
      entry: {
        project,
        pid: state.pid,
        action: 'removed',
        why: `stale state: pid ${state.pid} is not its server (nothing signalled)`,
      },
    };
  }
  if (verdict === 'ours' && !all)
    return {
      pid: state.pid,
      entry: { project, pid: state.pid, action: 'running', why: 'running and answering', url: state.url },
    };
  try {
    await stop(project);
    const why = verdict === 'ours' ? 'running (--all)' : 'not answering';
    return { pid: state.pid, entry: { project, pid: state.pid, action: 'stopped', why } };
  } catch (err) {
    return { pid: state.pid, entry: { project, pid: state.pid, action: 'failed', why: errorMessage(err) } };
  }
}

export async function cleanup(opts: CleanupOptions): Promise<CleanupEntry[]> {
  const processes = opts.processes ?? serverProcesses();
  const out: CleanupEntry[] = [];
  for (const project of dashboardProjects(opts.projects, processes)) {
    const r = await recorded(project, opts.all);
    if (r.entry) out.push(r.entry);
    for (const p of processes) {
      if (p.project !== project || p.pid === r.pid) continue;
      if (starting(project)) {
        out.push({ project, pid: p.pid, action: 'running', why: 'starting (its launcher holds the start lock)' });
        continue;
      }
      const stopped = await stopOrphan(p.pid, project);
      out.push({
        project,
        pid: p.pid,
        action: stopped ? 'stopped' : 'failed',
        why: stopped ? 'orphaned: no state records it' : 'orphaned, and did not stop',
      });
    }
  }
  return out;
}

export function formatCleanup(entries: readonly CleanupEntry[]): string {
  if (entries.length === 0) return 'No 2L dashboard servers or state to clean up.\n';
  const rows = entries.map(
    (e) =>
      `  ${e.action.padEnd(8)} ${e.pid !== undefined ? `pid ${e.pid} ` : ''}${e.project}: ${e.why}${e.url ? ` (${e.url}; \`--all\` stops it too)` : ''}`,
  );
  const n = (a: CleanupEntry['action']) => entries.filter((e) => e.action === a).length;
  return `2L dashboard cleanup:\n${rows.join('\n')}\n${n('stopped')} stopped, ${n('removed')} stale state removed, ${n('running')} left running, ${n('failed')} failed.\n`;
}
