/**
 * Bounded error log for the hook: `.2L/hook-errors.log`, moved to `.1` past
 * 256 KiB, so a hook that fails on every event cannot fill the disk. Written
 * only inside a `.2L` that is a real folder of ours and never through a link:
 * when `.2L` itself is planted there is nowhere safe to say it, so it says nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APPEND_FLAGS, checkPrivateDir, openRegular } from '../shared/safe-fs.ts';

export const HOOK_ERRORS_FILE = 'hook-errors.log';
const MAX_BYTES = 256 * 1024;

export function recordHookError(dir: string, message: string, at = new Date()): void {
  try {
    checkPrivateDir(dir);
    const file = path.join(dir, HOOK_ERRORS_FILE);
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    // rename replaces whatever sits at `.1` (a planted link included) without following it.
    if (st?.isFile() && st.size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
    const fd = openRegular(file, APPEND_FLAGS);
    try {
      fs.writeSync(fd, `${at.toISOString()} ${message.replace(/\s+/g, ' ').slice(0, 2000)}\n`);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Nowhere left to say it: a hook must not fail the session.
  }
}
