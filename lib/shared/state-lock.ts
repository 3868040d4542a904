/**
 * A lock under `.2L/`: a folder, because mkdir is atomic on every file system.
 * Used to rotate the event log, to record alerts and to start the dashboard.
 * A lock older than `staleMs` belongs to a run that died. Whatever a
 * repository planted at the lock's name is never followed: a folder with files
 * in it is not a lock of ours and is refused; a link or file is refused, or,
 * where the caller says so, removed (the link itself, not what it names).
 * No imports beyond node:fs and safe-fs: the hook uses this.
 */
import fs from 'node:fs';
import { UnsafePathError } from './safe-fs.ts';
import { errorCode } from './errors.ts';

export interface StateLockOptions {
  /** A lock folder last touched longer ago than this belongs to a run that died. */
  staleMs: number;
  /**
   * After clearing a stale lock (or a planted link), take the lock now. Off,
   * the caller skips this turn: a writer that only rotates when it can.
   */
  takeOverStale: boolean;
  /** A link or file at the lock's name: refused with UnsafePathError (the default), or removed. */
  planted?: 'refuse' | 'remove';
}

/**
 * True when we now hold `lock`; false when another run does (or, without
 * `takeOverStale`, when we just cleared a stale one). Throws UnsafePathError
 * for a planted link or file (unless removed), an Error for a folder with
 * files in it.
 */
export function takeStateLock(lock: string, opts: StateLockOptions): boolean {
  try {
    fs.mkdirSync(lock, { mode: 0o700 });
    return true;
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  }
  const st = fs.lstatSync(lock, { throwIfNoEntry: false });
  if (st === undefined) return false; // released in between: the other run is done, try next time
  if (!st.isDirectory()) {
    if (opts.planted !== 'remove') throw new UnsafePathError(lock, st.isSymbolicLink() ? 'symlink' : 'not-directory');
    try {
      fs.unlinkSync(lock);
    } catch {
      return false; // someone else removed or replaced it first
    }
  } else {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return false;
    try {
      fs.rmdirSync(lock);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'ENOTEMPTY' || code === 'EEXIST')
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return false; // someone else cleared it first
    }
  }
  if (!opts.takeOverStale) return false;
  try {
    fs.mkdirSync(lock, { mode: 0o700 });
    return true;
  } catch {
    return false; // lost the race to another run
  }
}

/**
 * Take `lock`, retrying every `pollMs` while another run holds it; false when
 * it is still held after `timeoutMs`. Throws as takeStateLock does.
 */
export async function waitForStateLock(
  lock: string,
  opts: Omit<StateLockOptions, 'takeOverStale'> & { timeoutMs: number; pollMs?: number },
): Promise<boolean> {
  const until = Date.now() + opts.timeoutMs;
  for (;;) {
    if (takeStateLock(lock, { ...opts, takeOverStale: true })) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 30));
  }
}

export function releaseStateLock(lock: string): void {
  try {
    fs.rmdirSync(lock);
  } catch {
    /* already gone */
  }
}
