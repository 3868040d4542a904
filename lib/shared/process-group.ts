/**
 * Ending a process together with everything it started. A server run through
 * `npx -y` is npx -> sh -> node; killing npx alone leaves the real server
 * running, so children are spawned as process-group leaders and the group is
 * signalled. Zombies (exited, not yet reaped by init) do not count as running.
 */
import fs from 'node:fs';
import { isZombie, procStat } from './process.ts';
import { errorCode } from './errors.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Live (non-zombie) members of a process group; on systems without /proc, a signal-0 probe. */
export function groupMembers(pgid: number): number[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch (err) {
      return errorCode(err) === 'EPERM' ? [pgid] : [];
    }
  }
  const out: number[] = [];
  for (const n of names) {
    if (n.charCodeAt(0) < 48 || n.charCodeAt(0) > 57) continue;
    const st = procStat(n); // undefined: gone meanwhile
    if (st && st.pgrp === pgid && !isZombie(st)) out.push(Number(n));
  }
  return out;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

async function waitGone(pgid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (groupMembers(pgid).length === 0) return true;
    if (Date.now() >= until) return false;
    await sleep(Math.min(25, Math.max(1, until - Date.now())));
  }
}

export interface EndOptions {
  /** Time to exit on its own (after stdin was closed) before SIGTERM. */
  politeMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  termMs?: number;
}

/** How the group ended: on its own, on SIGTERM, on SIGKILL, or not at all (still listed). */
export type EndHow = 'exited' | 'sigterm' | 'sigkill' | 'stuck';

/**
 * `leaderExited`, when given, lets a well-behaved server be seen leaving without
 * scanning /proc in a loop: one scan after the leader went catches stragglers.
 */
export async function endGroup(pgid: number, opts: EndOptions = {}, leaderExited?: Promise<unknown>): Promise<EndHow> {
  const polite = opts.politeMs ?? 200;
  if (leaderExited) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([leaderExited, new Promise<void>((r) => (timer = setTimeout(r, polite)))]);
    clearTimeout(timer);
  }
  if (await waitGone(pgid, leaderExited ? 0 : polite)) return 'exited';
  signalGroup(pgid, 'SIGTERM');
  if (await waitGone(pgid, opts.termMs ?? 500)) return 'sigterm';
  signalGroup(pgid, 'SIGKILL');
  return (await waitGone(pgid, 2000)) ? 'sigkill' : 'stuck';
}
