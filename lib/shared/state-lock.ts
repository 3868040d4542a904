/**
 * A lock under `.2L/`: a folder, because mkdir is atomic on every file system.
 * Used to rotate the event log and to record alerts. A lock older than
 * `staleMs` belongs to a run that died. Whatever a repository planted at the
 * lock's name (a link, a file, a folder with files in it) is not a lock of
 * ours: it is refused, never followed and never removed.
 * No imports beyond node:fs and safe-fs: the hook uses this.
 */
import fs from 'node:fs';
import { UnsafePathError } from './safe-fs.ts';

/**
 * True when we now hold `lock`; false when another run does (or, without
 * `takeOverStale`, when we just cleared a stale one: the caller skips this
 * turn). Throws UnsafePathError for a planted link or file, an Error for a
 * folder with files in it.
 */
export function takeStateLock(lock: string, staleMs: number, takeOverStale: boolean): boolean {
  try {
    fs.mkdirSync(lock, { mode: 0o700 });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const st = fs.lstatSync(lock, { throwIfNoEntry: false });
  if (st === undefined) return false; // released in between: the other run is done, try next time
  if (st.isSymbolicLink()) throw new UnsafePathError(lock, 'symlink');
  if (!st.isDirectory()) throw new UnsafePathError(lock, 'not-directory');
  if (Date.now() - st.mtimeMs <= staleMs) return false;
  try {
    fs.rmdirSync(lock);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
    return false; // someone else cleared it first
  }
  if (!takeOverStale) return false;
  try {
    fs.mkdirSync(lock, { mode: 0o700 });
    return true;
  } catch {
    return false; // lost the race to another run
  }
}

export function releaseStateLock(lock: string): void {
  try {
    fs.rmdirSync(lock);
  } catch {
    /* already gone */
  }
}
