/**
 * Bounded error log for the hook: `.2L/hook-errors.log`, moved to `.1` past
 * 256 KiB, so a hook that fails on every event cannot fill the disk.
 */
import fs from 'node:fs';
import path from 'node:path';

export const HOOK_ERRORS_FILE = 'hook-errors.log';
const MAX_BYTES = 256 * 1024;

export function recordHookError(dir: string, message: string, at = new Date()): void {
  try {
    const file = path.join(dir, HOOK_ERRORS_FILE);
    try {
      if (fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
    } catch {
      /* absent is fine */
    }
    const line = `${at.toISOString()} ${message.replace(/\s+/g, ' ').slice(0, 2000)}\n`;
    fs.appendFileSync(file, line, { mode: 0o600 });
  } catch {
    // Nowhere left to say it: a hook must not fail the session.
  }
}
