/**
 * `.2L/db.yaml`: the last working connection, without its password, and when
 * it was last checked. `--check` answers from it for CACHE_TTL_MS. A file we
 * cannot read or trust is treated as no cache (and rewritten on the next good
 * check), never as an error: it is a cache. `.2L` may hold whatever the
 * repository planted: it is read only as a regular file of ours, and written
 * by rename or by an append that never follows a link.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import type { UrlSource } from './url.ts';
import { stateDir } from '../events/project-dir.ts';
import { APPEND_FLAGS, checkPrivateDir, ensureStateRoot, openRegular, readRegularText } from '../shared/safe-fs.ts';

export const CACHE_FILE = 'db.yaml';
export const CACHE_TTL_MS = 5 * 60 * 1000;
/** A checked_at this far in the future means a clock jump: do not trust it. */
const FUTURE_SLACK_MS = 60 * 1000;
const MAX_CACHE_BYTES = 64 * 1024;
const MAX_GITIGNORE_BYTES = 64 * 1024;

export interface DbCache {
  /** Password-free URL. */
  url: string;
  source: UrlSource;
  origin: string;
  checked_at: string;
  server_version: string;
  user: string;
  database: string;
  schema?: string;
  can_create_in_schema: boolean;
  can_create_schema: boolean;
  latency_ms?: number;
  psql: { path: string; version?: string };
  /** A later failed check of the same URL: the cache no longer answers for it. */
  last_failure?: { at: string; outcome: string };
}

export function cachePath(project: string): string {
  return path.join(stateDir(project), CACHE_FILE);
}

const HEADER = '# Written by /2l-setup-db: the last working database connection. No password is stored here.\n';

export function renderCache(c: DbCache): string {
  return HEADER + YAML.stringify(c);
}

/** Parse cache text; undefined for anything that is not a complete record. */
export function parseCache(text: string): DbCache | undefined {
  let v: unknown;
  try {
    v = YAML.parse(text, { maxAliasCount: 10 });
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const c = v as Record<string, unknown>;
  const str = (k: string) => typeof c[k] === 'string';
  if (
    !str('url') ||
    !str('checked_at') ||
    !str('server_version') ||
    !str('user') ||
    !str('database') ||
    !str('source') ||
    !str('origin')
  )
    return undefined;
  if (typeof c.can_create_in_schema !== 'boolean' || typeof c.can_create_schema !== 'boolean') return undefined;
  const psql = c.psql as Record<string, unknown> | undefined;
  if (!psql || typeof psql !== 'object' || typeof psql.path !== 'string') return undefined;
  if (Number.isNaN(Date.parse(c.checked_at as string))) return undefined;
  return c as unknown as DbCache;
}

export function readCache(project: string): DbCache | undefined {
  try {
    checkPrivateDir(stateDir(project)); // a linked or foreign .2L is not our cache
    const text = readRegularText(cachePath(project), MAX_CACHE_BYTES);
    return text === undefined ? undefined : parseCache(text);
  } catch {
    return undefined;
  }
}

/** Age in ms when the cache is for `url` and still fresh at `now`; undefined otherwise. */
export function freshAge(cache: DbCache | undefined, url: string, now: Date, ttlMs = CACHE_TTL_MS): number | undefined {
  if (!cache || cache.url !== url) return undefined;
  if (cache.last_failure && !(Date.parse(cache.last_failure.at) < Date.parse(cache.checked_at))) return undefined;
  const age = now.getTime() - Date.parse(cache.checked_at);
  if (age < -FUTURE_SLACK_MS || age >= ttlMs) return undefined;
  return Math.max(0, age);
}

/** Write `.2L/db.yaml` (0600, by rename: a link planted at its name is replaced, not followed). */
export function writeCache(project: string, cache: DbCache): string {
  const dir = stateDir(project);
  ensureStateRoot(dir);
  // Ignored first: a cache that git could pick up is not written at all.
  ensureIgnored(dir, CACHE_FILE);
  const file = cachePath(project);
  atomicWriteFileSync(file, renderCache(cache), { mode: 0o600, keepMode: false });
  return file;
}

/**
 * Keep `name` out of git: add it to `.2L/.gitignore` unless an existing rule
 * already covers it. Appends; never rewrites what is there. A `.gitignore`
 * planted as a link, FIFO or device is refused (UnsafePathError), not followed.
 */
export function ensureIgnored(dir: string, name: string): void {
  const file = path.join(dir, '.gitignore');
  const text = readRegularText(file, MAX_GITIGNORE_BYTES) ?? '';
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => l === '*' || l === name || l === `/${name}`)) return;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  const fd = openRegular(file, APPEND_FLAGS, 0o600);
  try {
    fs.writeSync(fd, `${sep}${text === '' ? '# 2L state that should not be committed\n' : ''}${name}\n`);
  } finally {
    fs.closeSync(fd);
  }
}
