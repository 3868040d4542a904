/**
 * Starting, reusing and stopping a project's dashboard server. The server is
 * a detached Node process; the launcher waits for its one-line report, so the
 * port is the one the server really bound, then leaves it running. The URL
 * it reports carries the server's secret (dashboard-auth.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withToken } from './auth.ts';
import {
  clearState,
  cmdlineIsOurs,
  dashboardDir,
  ensureDashboardDir,
  getJson,
  identityAt,
  readState,
  verify,
  type DashboardState,
} from './state.ts';
import { busyText, DEFAULT_PORTS } from './port-pick.ts';
import { APPEND_FLAGS, openRegular } from '../shared/safe-fs.ts';
import { isAlive } from '../shared/process.ts';
import { releaseStateLock, waitForStateLock } from '../shared/state-lock.ts';
import { errorMessage } from '../shared/cli.ts';
import { LineSplitter, type Line } from '../events/lines.ts';
import { newEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import { formatMs } from '../shared/duration.ts';

export class LaunchError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface LaunchResult {
  /** The address to open, with the server's secret in it. */
  url: string;
  port: number;
  pid: number;
  project: string;
  reused: boolean;
  /** Why an earlier state file was discarded, if one was. */
  cleaned?: string;
  /** A new server's start: the total from the command to the server's report, and its phases (ms). */
  timing?: StartTiming;
}

export interface StartTiming {
  total_ms: number;
  /** `check_ms`: lock and reuse check; `boot_ms`, `port_ms`, `ready_ms`: the server's, from its process start. */
  phases: Record<string, number>;
}

export interface LaunchOptions {
  project: string;
  ports: number[];
  serverScript: string;
  idleMs?: number;
  timeoutMs?: number;
}

export function defaultPorts(): number[] {
  const out: number[] = [];
  for (let p = DEFAULT_PORTS.first; p <= DEFAULT_PORTS.last; p++) out.push(p);
  return out;
}

/** Who holds each port: a 2L dashboard names its project; anything else is "another program". */
export async function portHolders(ports: readonly number[]): Promise<string[]> {
  const ids = await Promise.all(ports.map((p) => identityAt(p, 400)));
  return ports.map((p, i) => `  ${p}: ${ids[i] ? `2L dashboard for ${ids[i]!.project}` : 'another program'}`);
}

/** The server that state records, if it is verifiably ours; otherwise the state is removed. */
async function existing(project: string): Promise<{ state?: DashboardState; cleaned?: string }> {
  const state = readState(project);
  if (state === undefined) return {};
  if (state === 'invalid') {
    clearState(project);
    return { cleaned: 'unreadable state file removed' };
  }
  const verdict = await verify(state);
  if (verdict === 'ours') return { state };
  if (verdict === 'hung') {
    await stop(project); // ours by its command line: end it rather than leave it holding a port
    return { cleaned: `stopped an unresponsive server (pid ${state.pid})` };
  }
  clearState(project);
  return { cleaned: `stale state removed (pid ${state.pid} is not this project's dashboard)` };
}

/** The server's first line on stdout ('' when it gives none in time). */
function readReport(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const splitter = new LineSplitter();
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const done = (line: Line | undefined) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      resolve(typeof line === 'string' ? line : '');
    };
    child.stdout?.on('data', (c: Buffer) => {
      const lines = splitter.push(c);
      if (lines.length > 0) done(lines[0]);
    });
    child.stdout?.on('end', () => done(splitter.end()));
    child.on('error', () => done(undefined));
  });
}

const LOCK_STALE_MS = 15_000;

function cannotWrite(project: string, err: unknown): LaunchError {
  return new LaunchError(
    `2l-dashboard: cannot write the server state in \`${dashboardDir(project)}\`: ${errorMessage(err)}`,
    1,
  );
}

/** One launcher at a time per project, so two quick runs share one server instead of starting two. */
async function withStartLock<T>(project: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dashboardDir(project), 'start.lock');
  try {
    ensureDashboardDir(project);
  } catch (err) {
    throw cannotWrite(project, err);
  }
  let held: boolean;
  try {
    // A link or file planted by that name is removed (never followed); a lock left by a run that died is taken over.
    held = await waitForStateLock(lock, { staleMs: LOCK_STALE_MS, timeoutMs: LOCK_STALE_MS, planted: 'remove' });
  } catch (err) {
    throw new LaunchError(`2l-dashboard: cannot take the start lock: ${errorMessage(err)}`, 1);
  }
  if (!held) throw new LaunchError(`2l-dashboard: another start is in progress (\`${lock}\`)`, 1);
  try {
    return await fn();
  } finally {
    releaseStateLock(lock);
  }
}

export function launch(opts: LaunchOptions): Promise<LaunchResult> {
  const t0 = performance.now();
  return withStartLock(opts.project, () => launchLocked(opts, t0));
}

/** The server's own phases from its READY line, numbers only (a few keys at most). */
function serverPhases(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v && typeof v === 'object')
    for (const k of ['boot_ms', 'port_ms', 'ready_ms']) {
      const n = (v as Record<string, unknown>)[k];
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[k] = n;
    }
  return out;
}

/** One `dashboard_start` event per new server, so the monitor tracks starts against their target. */
function recordStart(project: string, port: number, timing: StartTiming): void {
  try {
    appendEvent(
      project,
      newEvent('dashboard_start', `dashboard started on port ${port} in ${formatMs(timing.total_ms)}`, {
        duration_ms: timing.total_ms,
        payload: { port, phases: timing.phases },
      }),
    );
  } catch {
    /* the start itself succeeded; a log we cannot write is reported by the server */
  }
}

async function launchLocked(opts: LaunchOptions, t0: number): Promise<LaunchResult> {
  const project = opts.project;
  const prior = await existing(project);
  const checkMs = Math.round(performance.now() - t0);
  if (prior.state)
    return {
      url: withToken(prior.state.url, prior.state.token),
      port: prior.state.port,
      pid: prior.state.pid,
      project,
      reused: true,
    };
  let log: number;
  try {
    log = openRegular(path.join(dashboardDir(project), 'server.log'), APPEND_FLAGS, 0o600);
  } catch (err) {
    throw cannotWrite(project, err);
  }
  const args = [opts.serverScript, '--project', project, '--ports', opts.ports.join(',')];
  if (opts.idleMs !== undefined) args.push('--idle-ms', String(opts.idleMs));
  const child = spawn(process.execPath, args, {
    cwd: project,
    detached: true,
    stdio: ['ignore', 'pipe', log],
    env: process.env,
  });
  fs.closeSync(log);
  const line = await readReport(child, opts.timeoutMs ?? 10_000);
  child.stdout?.destroy();
  child.unref();
  const space = line.indexOf(' ');
  const word = space === -1 ? line : line.slice(0, space);
  const rest = space === -1 ? '' : line.slice(space + 1);
  if (word === 'READY') {
    const r = JSON.parse(rest) as { url: string; token: string; port: number; pid: number; phases?: unknown };
    const timing: StartTiming = {
      total_ms: Math.round(performance.now() - t0),
      phases: { check_ms: checkMs, ...serverPhases(r.phases) },
    };
    recordStart(project, r.port, timing);
    return {
      url: withToken(r.url, r.token),
      port: r.port,
      pid: r.pid,
      project,
      reused: false,
      cleaned: prior.cleaned,
      timing,
    };
  }
  if (child.exitCode === null && child.pid) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  if (word === 'BUSY') {
    const holders = await portHolders(opts.ports);
    throw new LaunchError(
      `2l-dashboard: no free port: ${busyText(opts.ports)}.\n${holders.join('\n')}\nStop one of them (/2l-dashboard-stop in its project) or pick a port with \`--port N\`.`,
      3,
    );
  }
  const detail = word === 'ERROR' ? rest : 'the server did not report in time';
  throw new LaunchError(
    `2l-dashboard: could not start the server: ${detail} (log: ${path.join(dashboardDir(project), 'server.log')})`,
    1,
  );
}

export interface StopResult {
  stopped: boolean;
  message: string;
}

export function waitGone(pid: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const until = Date.now() + ms;
    const poll = () => {
      if (!isAlive(pid)) return resolve(true);
      if (Date.now() > until) return resolve(false);
      setTimeout(poll, 25);
    };
    poll();
  });
}

/** Stop this project's server if verifiably ours; never signal a pid that is not. */
export async function stop(project: string): Promise<StopResult> {
  const state = readState(project);
  if (state === undefined) return { stopped: false, message: `No 2L dashboard is running for ${project}.` };
  if (state === 'invalid') {
    clearState(project);
    return { stopped: false, message: `No 2L dashboard is running for ${project} (removed an unreadable state file).` };
  }
  const verdict = await verify(state);
  if (verdict === 'not-ours') {
    clearState(project);
    return {
      stopped: false,
      message: `No 2L dashboard is running for ${project} (removed stale state: pid ${state.pid} is not its server; nothing was signalled).`,
    };
  }
  if (verdict === 'ours') await getJson(state.port, '/api/shutdown', 1000, { 'x-2l-token': state.token }, 'POST');
  if (!(await waitGone(state.pid, verdict === 'ours' ? 3000 : 0))) {
    // Not answering (or not stopping): signal it, but only while its command line is still our server.
    for (const sig of ['SIGTERM', 'SIGKILL'] as const) {
      if (!cmdlineIsOurs(state.pid, project)) break;
      try {
        process.kill(state.pid, sig);
      } catch {
        /* exited meanwhile */
      }
      if (await waitGone(state.pid, 2000)) break;
    }
    if (isAlive(state.pid) && cmdlineIsOurs(state.pid, project))
      throw new LaunchError(
        `2l-dashboard-stop: the server (pid ${state.pid}) did not stop; state kept in ${path.join(dashboardDir(project), 'server.json')}`,
        1,
      );
  }
  clearState(project);
  return { stopped: true, message: `Stopped the 2L dashboard for ${project} (${state.url}, pid ${state.pid}).` };
}
