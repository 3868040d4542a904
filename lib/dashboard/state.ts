/**
 * Where a project's dashboard server is recorded (`.2L/dashboard/server.json`)
 * and how we make sure a recorded pid really is that server before reusing
 * or stopping it: the server must answer `/api/identity` with the instance id
 * it wrote and prove it knows the secret, or (when it no longer answers) its
 * command line must name our server script and this project. A pid that
 * passes neither is never signalled. The state lives in `.2L/dashboard/`,
 * which must be a real folder of ours: nothing is read, written or removed
 * there through a link the repository planted.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { isAlive } from '../shared/process.ts';
import { identityProof, sameSecret } from './auth.ts';
import { stateDir } from '../events/project-dir.ts';
import { LOOPBACK } from './port-pick.ts';
import { checkPrivateDir, ensureStateSubdir, isUnsafePath, readRegularText } from '../shared/safe-fs.ts';
import { errorCode } from '../shared/cli.ts';

export const APP_ID = '2l-dashboard';
export const SERVER_SCRIPT = 'dashboard-server.mjs';

export interface DashboardState {
  app: typeof APP_ID;
  pid: number;
  port: number;
  url: string;
  project: string;
  /** Public id the server answers on /api/identity. */
  instance: string;
  /** The server's secret (its URL carries it; POST /api/shutdown needs it); only in this 0600 file. */
  token: string;
  started: string;
}

export interface Identity {
  app: string;
  instance: string;
  pid: number;
  project: string;
  port: number;
  started: string;
  /** Answer to the `?challenge=` sent, when one was. */
  proof?: string;
}

/** Largest state file read; ours is a few hundred bytes. */
const MAX_STATE_BYTES = 64 << 10;

export function dashboardDir(project: string): string {
  return path.join(stateDir(project), 'dashboard');
}

export function statePath(project: string): string {
  return path.join(dashboardDir(project), 'server.json');
}

export function serverUrl(port: number): string {
  return `http://${LOOPBACK}:${port}/`;
}

function isState(v: unknown): v is DashboardState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    s.app === APP_ID &&
    Number.isInteger(s.pid) &&
    (s.pid as number) > 1 &&
    Number.isInteger(s.port) &&
    (s.port as number) > 0 &&
    (s.port as number) < 65536 &&
    typeof s.project === 'string' &&
    typeof s.instance === 'string' &&
    typeof s.token === 'string' &&
    typeof s.url === 'string' &&
    typeof s.started === 'string'
  );
}

/**
 * True when `.2L/` and `.2L/dashboard/` are real folders of ours. False when
 * either is missing or is anything else (a link, a file): no state of ours can
 * be there then, and nothing there is read or removed.
 */
function stateDirsAreOurs(project: string): boolean {
  try {
    checkPrivateDir(stateDir(project));
    checkPrivateDir(dashboardDir(project));
    return true;
  } catch (err) {
    if (isUnsafePath(err) || ['ENOENT', 'ENOTDIR'].includes(errorCode(err) ?? '')) return false;
    throw err;
  }
}

/** The recorded server; `invalid` when a file is there but is not ours to trust (a link, a FIFO, junk). */
export function readState(project: string): DashboardState | 'invalid' | undefined {
  if (!stateDirsAreOurs(project)) return undefined;
  let text: string | undefined;
  try {
    text = readRegularText(statePath(project), MAX_STATE_BYTES);
  } catch {
    return 'invalid';
  }
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isState(v) ? v : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Make `.2L/dashboard/` ready for our files; UnsafePathError when the repository planted something there. */
export function ensureDashboardDir(project: string): void {
  ensureStateSubdir(stateDir(project), dashboardDir(project));
}

export function writeState(project: string, state: DashboardState): void {
  ensureDashboardDir(project);
  // keepMode off: a planted server.json -> elsewhere must not lend us its mode (the rename replaces the link itself).
  atomicWriteFileSync(statePath(project), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600, keepMode: false });
}

/** Remove the state file (a planted link is removed, never followed); with `instance`, only when it still records that server. */
export function clearState(project: string, instance?: string): void {
  if (!stateDirsAreOurs(project)) return;
  if (instance !== undefined) {
    const cur = readState(project);
    if (cur && cur !== 'invalid' && cur.instance !== instance) return;
  }
  fs.rmSync(statePath(project), { force: true });
}

/** GET a loopback URL as JSON; undefined on any failure or timeout. */
export function getJson(
  port: number,
  route: string,
  timeoutMs = 500,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<unknown> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: LOOPBACK,
        port,
        path: route,
        method,
        headers: { host: `${LOOPBACK}:${port}`, ...headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > 65_536) req.destroy();
          else chunks.push(c);
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return resolve(undefined);
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            resolve(undefined);
          }
        });
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

export async function identityAt(port: number, timeoutMs = 500, challenge?: string): Promise<Identity | undefined> {
  const route = challenge === undefined ? '/api/identity' : `/api/identity?challenge=${encodeURIComponent(challenge)}`;
  const v = (await getJson(port, route, timeoutMs)) as Partial<Identity> | undefined;
  return v && v.app === APP_ID && typeof v.instance === 'string' && typeof v.project === 'string'
    ? (v as Identity)
    : undefined;
}

/** The process's argv from /proc (Linux); undefined where it cannot be read. */
export function cmdline(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** Our server script for this project, judged by its command line only. */
export function cmdlineIsOurs(pid: number, project: string): boolean {
  const argv = cmdline(pid);
  if (!argv) return false;
  const i = argv.indexOf('--project');
  return argv.some((a) => path.basename(a) === SERVER_SCRIPT) && i !== -1 && argv[i + 1] === project;
}

export type Verdict = 'ours' | 'hung' | 'not-ours';

/**
 * `ours`: it answers with the recorded instance and pid, and proves it holds
 * the recorded secret (the instance id is public: anyone can read it from
 * /api/identity and answer with it). `hung`: it does not answer so, but the
 * pid's command line is our server for this project. `not-ours`: dead, reused
 * pid, or another program on the port.
 */
export async function verify(state: DashboardState, timeoutMs = 800): Promise<Verdict> {
  if (!isAlive(state.pid)) return 'not-ours';
  const challenge = randomBytes(18).toString('base64url');
  const id = await identityAt(state.port, timeoutMs, challenge);
  const proven = typeof id?.proof === 'string' && sameSecret(id.proof, identityProof(state.token, challenge));
  if (id && proven && id.instance === state.instance && id.pid === state.pid && id.project === state.project)
    return 'ours';
  return cmdlineIsOurs(state.pid, state.project) ? 'hung' : 'not-ours';
}
