/**
 * Who evaluates a project's alerts: the dashboard server while it runs (it
 * sees every event as it arrives), else the Stop hook's background path
 * (monitor/stop-alerts.ts). The server holds a lease, a file it renews every
 * few seconds; the hook path skips while the lease is fresh and its holder
 * alive, so the two never judge the same figures from different windows (one
 * resolving what the other keeps firing would flap). A transition is written
 * once either way: both record through the alert store's lock and state.
 *
 * The lease lives in the user's private runtime folder (hook/claims.ts's
 * `runtimeDir`), keyed by the project's path, not in `.2L/`: a repository
 * could otherwise plant a fresh-looking lease and silence the hook path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathKey } from '../transcript/reader.ts';
import { ensurePrivateDir, readRegularText } from '../shared/safe-fs.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { isAlive } from '../shared/process.ts';

/** A lease not renewed for this long is stale (its holder hung or died without releasing it). */
export const LEASE_MS = 20_000;
/** How often a holder renews: well inside LEASE_MS, so a busy tick or two does not lose it. */
export const RENEW_MS = 5000;

export function leaseFile(runtime: string, project: string): string {
  return path.join(runtime, 'alerts', `lease-${pathKey(path.resolve(project))}`);
}

/** Take (or take over) the lease for `project`; false when the runtime folder is unusable. */
export function holdLease(runtime: string, project: string, pid = process.pid): boolean {
  try {
    if (!ensurePrivateDir(path.join(runtime, 'alerts'))) return false;
    atomicWriteFileSync(leaseFile(runtime, project), `${pid}\n`, { mode: 0o600, keepMode: false });
    return true;
  } catch {
    return false;
  }
}

/** Renew a lease we hold (its mtime is the renewal); retaken when it went missing. */
export function renewLease(runtime: string, project: string, now = new Date(), pid = process.pid): void {
  try {
    if (leaseHolder(runtime, project) !== pid) {
      holdLease(runtime, project, pid);
      return;
    }
    fs.utimesSync(leaseFile(runtime, project), now, now);
  } catch {
    /* the next renewal tries again */
  }
}

/** Give the lease up, if it is still ours. */
export function releaseLease(runtime: string, project: string, pid = process.pid): void {
  try {
    if (leaseHolder(runtime, project) === pid) fs.unlinkSync(leaseFile(runtime, project));
  } catch {
    /* gone already */
  }
}

function leaseHolder(runtime: string, project: string): number | undefined {
  const text = readRegularText(leaseFile(runtime, project), 64);
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The pid of a live holder of a fresh lease on `project`; undefined when nobody holds one. */
export function liveLeaseHolder(runtime: string, project: string, now = Date.now()): number | undefined {
  try {
    const st = fs.lstatSync(leaseFile(runtime, project));
    if (!st.isFile() || now - st.mtimeMs > LEASE_MS) return undefined;
    const pid = leaseHolder(runtime, project);
    return pid !== undefined && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}
