/**
 * `.2L/db.yaml`: the last working connection, without its password, and when
 * it was last checked. `--check` answers from it for CACHE_TTL_MS. A file we
 * cannot read or trust is treated as no cache (and rewritten on the next good
 * check), never as an error: it is a cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { atomicWriteFileSync } from './atomic-write.ts';
import type { UrlSource } from './db-url.ts';
import { stateDir } from './project-dir.ts';

export const CACHE_FILE = 'db.yaml';
export const CACHE_TTL_MS = 5 * 60 * 1000;
/** A checked_at this far in the future means a clock jump: do not trust it. */
const FUTURE_SLACK_MS = 60 * 1000;
const MAX_CACHE_BYTES = 64 * 1024;

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
  if (!str('url') || !str('checked_at') || !str('server_version') || !str('user') || !str('database') || !str('source') || !str('origin')) return undefined;
  if (typeof c.can_create_in_schema !== 'boolean' || typeof c.can_create_schema !== 'boolean') return undefined;
  const psql = c.psql as Record<string, unknown> | undefined;
  if (!psql || typeof psql !== 'object' || typeof psql.path !== 'string') return undefined;
  if (Number.isNaN(Date.parse(c.checked_at as string))) return undefined;
  return c as unknown as DbCache;
}

export function readCache(project: string): DbCache | undefined {
  try {
    const file = cachePath(project);
    if (fs.statSync(file).size > MAX_CACHE_BYTES) return undefined;
    return parseCache(fs.readFileSync(file, 'utf8'));
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

export function writeCache(project: string, cache: DbCache): string {
  const dir = stateDir(project);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = cachePath(project);
  atomicWriteFileSync(file, renderCache(cache), { mode: 0o600 });
  ensureIgnored(dir, CACHE_FILE);
  return file;
}

/**
 * Keep `name` out of git: add it to `.2L/.gitignore` unless an existing rule
 * already covers it. Appends; never rewrites what is there.
 */
export function ensureIgnored(dir: string, name: string): void {
  const file = path.join(dir, '.gitignore');
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return;
  }
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => l === '*' || l === name || l === `/${name}`)) return;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  fs.appendFileSync(file, `${sep}${text === '' ? '# 2L state that should not be committed\n' : ''}${name}\n`);
}
