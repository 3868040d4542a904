/**
 * The user's scrape token: a credential for `/metrics` that outlives a
 * dashboard server (each server draws a new secret at start, auth.ts), so a
 * team's Prometheus can keep one `credentials_file`. One per user, not per
 * project: every dashboard this user runs accepts it, and only on `/metrics`,
 * only as `Authorization: Bearer` (never a `?token=` that lands in logs, never
 * the page's cookie). It lives in the user's state folder
 * (`$XDG_STATE_HOME/2l/scrape-token`, else `~/.local/state/2l/scrape-token`),
 * never in a repository's `.2L/`. Only the user's own command creates or rotates
 * it; a server only reads it, on each scrape, so a rotation takes effect at once.
 * A file that is a link, not regular, not ours, readable by others, or not a
 * token is refused, never trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newToken, sameSecret } from './auth.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { errorCode } from '../shared/errors.ts';
import { checkPrivateDir, ensurePrivateDir, openRegularForRead, UnsafePathError } from '../shared/safe-fs.ts';

const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
const MAX_BYTES = 1024;
const myUid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** `$XDG_STATE_HOME/2l` (when absolute, as the spec asks), else `~/.local/state/2l`. */
export function scrapeTokenDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, '2l');
  const home = env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir();
  return path.join(home, '.local', 'state', '2l');
}

export function scrapeTokenPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(scrapeTokenDir(env), 'scrape-token');
}

export type TokenRead = { token: string } | { absent: true } | { refused: string };

/** The token in the file, checked: its folder and the file ours and private, the text a token. */
export function readScrapeToken(env: NodeJS.ProcessEnv = process.env): TokenRead {
  const file = scrapeTokenPath(env);
  let fd: number | undefined;
  try {
    checkPrivateDir(path.dirname(file));
    fd = openRegularForRead(file);
    if (fd === undefined) return { absent: true };
    const st = fs.fstatSync(fd);
    if (myUid !== undefined && st.uid !== myUid) return { refused: `${file} is not yours` };
    if ((st.mode & 0o077) !== 0)
      return { refused: `${file} is readable by others (mode ${(st.mode & 0o777).toString(8)}); rotate it` };
    if (st.size > MAX_BYTES) return { refused: `${file} is not a scrape token (${st.size} bytes)` };
    const buf = Buffer.alloc(MAX_BYTES + 1);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8').trim();
    return TOKEN.test(text) ? { token: text } : { refused: `${file} is not a scrape token` };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { absent: true };
    if (err instanceof UnsafePathError) return { refused: err.message };
    return { refused: `${file}: ${(err as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** True when `authorization` is `Bearer <the user's scrape token>` (read now, so a rotation counts at once). */
export function isScrapeToken(authorization: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) return false;
  const r = readScrapeToken(env);
  return 'token' in r && sameSecret(m[1]!, r.token);
}

/**
 * The token, created (0600, in a 0700 folder) when absent or when `rotate`;
 * a refused file is replaced only on `rotate` (the message says so).
 */
export function ensureScrapeToken(
  env: NodeJS.ProcessEnv = process.env,
  rotate = false,
): { token: string; file: string; created: boolean } {
  const file = scrapeTokenPath(env);
  const dir = path.dirname(file);
  // The parents are the user's own (~/.local/state); only our folder must be private.
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
  ensurePrivateDir(dir);
  if (!rotate) {
    const r = readScrapeToken(env);
    if ('token' in r) return { token: r.token, file, created: false };
    if ('refused' in r) throw new Error(`${r.refused}; \`2l scrape-token --rotate\` replaces it`);
  }
  const token = newToken();
  // A file of its own, renamed over the old one: a link planted at the name is replaced, never followed.
  atomicWriteFileSync(file, `${token}\n`, { mode: 0o600, keepMode: false });
  return { token, file, created: true };
}
