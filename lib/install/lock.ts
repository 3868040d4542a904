/**
 * One installer at a time per target: `<target>/.2l-install.lock` holds the
 * owner's pid. A second run stops naming that pid; a lock whose pid is dead is
 * stale and taken over (moved aside atomically, so two runs cannot both win).
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from '../shared/cli.ts';
import { isAlive } from '../shared/process.ts';

export const LOCK_FILE = '.2l-install.lock';

export class LockError extends Error {
  constructor(
    message: string,
    readonly pid?: number,
  ) {
    super(message);
    this.name = 'LockError';
  }
}

/** The shared check (a zombie holder counts as gone), under the name run.ts imports. */
export const pidAlive = isAlive;

function readPid(file: string): { pid: number; text: string } | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { pid: Number.parseInt(text.split('\n')[0] ?? '', 10), text };
  } catch {
    return undefined;
  }
}

export interface Lock {
  file: string;
  /** The pid of a stale lock we took over, if any. */
  tookOverFrom?: number;
  release(): void;
}

export function acquireLock(target: string, pid = process.pid): Lock {
  const file = path.join(target, LOCK_FILE);
  const body = `${pid}\n${new Date().toISOString()}\n`;
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        fs.writeSync(fd, body);
      } finally {
        fs.closeSync(fd);
      }
      return {
        file,
        tookOverFrom,
        release() {
          const now = readPid(file);
          if (now?.pid === pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
    const holder = readPid(file);
    if (!holder) continue; // released between our open and read
    if (isAlive(holder.pid)) {
      throw new LockError(
        `another install is running (pid ${holder.pid}, lock \`${file}\`); wait for it to finish`,
        holder.pid,
      );
    }
    // Stale. Move it aside under a name only we use, then check we moved the
    // lock we judged stale and not a fresh one another run just created.
    const aside = `${file}.stale.${pid}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readPid(aside);
    if (moved && moved.text !== holder.text && isAlive(moved.pid)) {
      try {
        fs.linkSync(aside, file); // put the live lock back unless someone else holds one now
      } catch {
        /* another lock is in place already */
      }
      fs.rmSync(aside, { force: true });
      throw new LockError(
        `another install is running (pid ${moved.pid}, lock \`${file}\`); wait for it to finish`,
        moved.pid,
      );
    }
    fs.rmSync(aside, { force: true });
    tookOverFrom = Number.isFinite(holder.pid) ? holder.pid : undefined;
  }
  throw new LockError(`could not take the install lock \`${file}\``);
}
