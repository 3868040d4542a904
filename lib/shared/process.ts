/**
 * Whether a process is still running. A signal-0 probe alone says yes for a
 * zombie (exited, not yet reaped by its parent, e.g. a slow init in a
 * container), so where /proc exists its state letter decides: `Z` (zombie)
 * and `X` (dead) are gone. No imports beyond node:fs: the installer's lock
 * and the dashboard's stop path use it.
 */
import fs from 'node:fs';
import { errorCode } from './errors.ts';

export interface ProcStat {
  /** One letter: R running, S sleeping, D disk wait, T stopped, Z zombie, X dead… */
  state: string;
  /** Process group id. */
  pgrp: number;
}

/**
 * The fields of `/proc/<pid>/stat` we use; undefined when it cannot be read
 * (no such process, no /proc, or hidden from us by `hidepid`).
 */
export function procStat(pid: number | string): ProcStat | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses, so cut at the last one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', pgrp: Number(fields[2]) };
}

export const isZombie = (s: ProcStat): boolean => s.state === 'Z' || s.state === 'X';

/** True while `pid` runs (ours or another user's); a zombie, a non-positive or a non-integer pid is not alive. */
export function isAlive(pid: number): boolean {
  // 0 and negatives would probe a whole process group, not one process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (errorCode(err) !== 'EPERM') return false;
  }
  const st = procStat(pid);
  // Unreadable: no /proc here, or another user's process hidden from us; trust the probe.
  return st === undefined || !isZombie(st);
}
