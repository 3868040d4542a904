/**
 * The projects 2L has logged to, so one dashboard can list them all:
 * `<Claude config>/2l/projects.json`, `{ "v": 1, "projects": [{ "path", "added" }] }`.
 * The writer adds a project once, when it creates that project's `.2L/`
 * (so the cost is one small read and write per project, never per event);
 * it holds project paths and dates, nothing else.
 *
 * The file is the user's, but the paths in it may name folders a repository
 * controls, and anything could have been written there: an entry is used
 * only when it is an absolute, normalised path to a real folder (not a link)
 * whose `.2L` is a real folder of ours. Reading and writing never follow a
 * link at the registry's own path, and never throw: a registry that cannot
 * be kept only means a shorter list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { claudeConfigDir } from '../shared/claude-config.ts';
import { checkPrivateDir, ensurePrivateDir, readRegularText } from '../shared/safe-fs.ts';
import { STATE_DIR } from './project-dir.ts';

const MAX_BYTES = 512 << 10;
export const MAX_PROJECTS = 1000;
const MAX_PATH = 4096;

export interface RegistryEntry {
  path: string;
  added: string;
}

export function registryPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(claudeConfigDir(env), '2l', 'projects.json');
}

/** An entry's path as we accept it: absolute, already normalised, no NUL, not too long. */
function cleanPath(p: unknown): string | undefined {
  if (typeof p !== 'string' || p.length === 0 || p.length > MAX_PATH || p.includes('\0')) return undefined;
  return path.isAbsolute(p) && path.resolve(p) === p ? p : undefined;
}

/** The entries as written (paths checked for shape only); [] when absent, refused or not ours. */
export function readRegistry(env: NodeJS.ProcessEnv = process.env): RegistryEntry[] {
  let raw: string | undefined;
  try {
    raw = readRegularText(registryPath(env), MAX_BYTES);
  } catch {
    return []; // a link, a FIFO, too big: not read
  }
  if (!raw) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = doc && typeof doc === 'object' ? (doc as { projects?: unknown }).projects : undefined;
  if (!Array.isArray(list)) return [];
  const out: RegistryEntry[] = [];
  const seen = new Set<string>();
  for (const e of list.slice(0, MAX_PROJECTS)) {
    const p = cleanPath(e && typeof e === 'object' ? (e as { path?: unknown }).path : undefined);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    const added = (e as { added?: unknown }).added;
    out.push({ path: p, added: typeof added === 'string' ? added.slice(0, 40) : '' });
  }
  return out;
}

/** True when `project` is a real folder (not a link) with a `.2L` that is a real folder of ours. */
export function usableProject(project: string): boolean {
  if (!cleanPath(project)) return false;
  const st = fs.lstatSync(project, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return false;
  try {
    checkPrivateDir(path.join(project, STATE_DIR));
    return true;
  } catch {
    return false;
  }
}

/**
 * Add `project` when it is not listed yet. Never throws. `TWOL_REGISTRY=off`
 * turns it off (the test runner sets it: thousands of temporary projects
 * must not land in the user's list).
 */
export function registerProject(project: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): void {
  if (env.TWOL_REGISTRY === 'off') return;
  try {
    const p = cleanPath(path.resolve(project));
    if (!p) return;
    const config = claudeConfigDir(env);
    // Claude Code's folder must be there already: we never create it (nor anything above it).
    if (!fs.lstatSync(config, { throwIfNoEntry: false })?.isDirectory()) return;
    const dir = path.dirname(registryPath(env));
    ensurePrivateDir(dir);
    const entries = readRegistry(env);
    if (entries.some((e) => e.path === p) || entries.length >= MAX_PROJECTS) return;
    entries.push({ path: p, added: now.toISOString() });
    atomicWriteFileSync(registryPath(env), `${JSON.stringify({ v: 1, projects: entries }, null, 1)}\n`, {
      mode: 0o600,
    });
  } catch {
    /* a registry we cannot keep only shortens the dashboard's list of projects */
  }
}
