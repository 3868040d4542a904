/** A zombie on demand: a child whose parent is alive but never reaps it. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { procStat } from '../../lib/shared/process.ts';

export interface Zombie {
  /** The zombie's pid. */
  pid: number;
  /** The parent that keeps it unreaped; killing it lets init reap the zombie. */
  parent: ChildProcess;
}

const until = async (what: string, cond: () => boolean): Promise<void> => {
  for (let i = 0; !cond(); i++) {
    if (i > 1000) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/**
 * `sh` starts a child that waits for a line on fd 3, then becomes `sleep`
 * through exec; sleep never waits for children. Only then is the child let
 * go, so no shell is left to reap it: it stays a zombie until the parent ends.
 */
export async function makeZombie(): Promise<Zombie> {
  const parent = spawn('sh', ['-c', 'read x <&3 & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore', 'pipe'],
  });
  const pid = await new Promise<number>((resolve, reject) => {
    let out = '';
    parent.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    parent.once('error', reject);
  });
  await until(
    'the shell became sleep',
    () => procStat(parent.pid!) !== undefined && fs.readFileSync(`/proc/${parent.pid}/comm`, 'utf8').trim() === 'sleep',
  );
  (parent.stdio[3] as Writable).write('go\n');
  await until(`pid ${pid} became a zombie`, () => procStat(pid)?.state === 'Z');
  return { pid, parent };
}

export const hasProc = fs.existsSync('/proc/self/stat');
