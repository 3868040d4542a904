/**
 * The two inputs of a plan that come from disk: what the pack ships (one
 * manifest computed from the tree, nothing listed per file) and what the
 * target holds at those paths.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from '../shared/cli.ts';
import { LIB_REL, type DesiredFile, type TargetEntry } from './plan.ts';
export const PLUGIN_ROOT_VAR = '${CLAUDE_PLUGIN_ROOT}';

export interface PackFile extends DesiredFile {
  /** Source path in the pack. */
  src: string;
  bytes: Buffer;
}

export function sha256(buf: Buffer | string): string {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

/** Regular files under dir, relative, `/`-separated, sorted; dotfiles skipped. */
function walk(dir: string, filter: (rel: string) => boolean, prefix = ''): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return [];
    throw err;
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, filter, rel));
    else if (e.isFile() && filter(rel)) out.push(rel);
  }
  return out.sort();
}

/**
 * Where each part of the pack goes, relative to the target. The runtime keeps
 * the pack's own layout under `lib/2l/` (`dist/`, `templates/`), so
 * `${CLAUDE_PLUGIN_ROOT}/X` in a command becomes `<target>/lib/2l/X`. The one
 * exception is the bash logger: 2L agents source it as
 * `~/.claude/lib/2l/2l-event-logger.sh`, so `lib/*.sh` lands in `lib/2l/`
 * itself, and `${CLAUDE_PLUGIN_ROOT}/lib/` is rewritten to match.
 */
const SOURCES: Array<{ from: string; to: string; filter: (rel: string) => boolean; rewrite: boolean }> = [
  { from: 'commands', to: 'commands', filter: (r) => r.endsWith('.md'), rewrite: true },
  { from: 'agents', to: 'agents', filter: (r) => r.endsWith('.md'), rewrite: true },
  { from: 'dist', to: `${LIB_REL}/dist`, filter: () => true, rewrite: false },
  { from: 'templates', to: `${LIB_REL}/templates`, filter: () => true, rewrite: false },
  { from: 'lib', to: LIB_REL, filter: (r) => !r.includes('/') && r.endsWith('.sh'), rewrite: false },
];

export function rewritePluginRoot(text: string, libDir: string): string {
  return text.split(`${PLUGIN_ROOT_VAR}/lib/`).join(`${libDir}/`).split(PLUGIN_ROOT_VAR).join(libDir);
}

export function packFiles(root: string, libDir: string): PackFile[] {
  const out: PackFile[] = [];
  for (const s of SOURCES) {
    for (const rel of walk(path.join(root, s.from), s.filter)) {
      const src = path.join(root, s.from, rel);
      let bytes = fs.readFileSync(src);
      if (s.rewrite) bytes = Buffer.from(rewritePluginRoot(bytes.toString('utf8'), libDir), 'utf8');
      const mode = fs.statSync(src).mode & 0o777;
      out.push({ rel: `${s.to}/${rel}`, src, bytes, sha256: sha256(bytes), mode });
    }
  }
  return out;
}

export function packVersion(root: string): string {
  for (const f of [path.join(root, '.claude-plugin', 'plugin.json'), path.join(root, 'package.json')]) {
    try {
      const v = (JSON.parse(fs.readFileSync(f, 'utf8')) as { version?: unknown }).version;
      if (typeof v === 'string') return v;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

/** Characters that would break out of the `"…"` the command lines put around our path. */
export function unsafePathReason(p: string): string | undefined {
  const bad = /["$`\\\n\r!]/.exec(p);
  return bad
    ? `the target path \`${p}\` contains ${JSON.stringify(bad[0])}, which cannot be quoted safely in command lines`
    : undefined;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A symlinked folder on the way to our files that leads out of the target (or nowhere). */
export interface EscapingLink {
  /** The link's path, relative to the target. */
  rel: string;
  /** Its link text, as readlink gives it. */
  link: string;
  /** Where it leads, or undefined when dangling. */
  real?: string;
}

/** The topmost such link on the path of each rel, each once. */
export function escapingDirLinks(target: string, rels: Iterable<string>): EscapingLink[] {
  const found = new Map<string, EscapingLink>();
  const checked = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dirRel = parts.slice(0, i).join('/');
      if (found.has(dirRel)) break;
      if (checked.has(dirRel)) continue;
      checked.add(dirRel);
      const abs = path.join(target, dirRel);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(abs);
      } catch {
        break; // missing: nothing below it exists either
      }
      if (!st.isSymbolicLink()) continue;
      let real: string | undefined;
      try {
        real = fs.realpathSync(abs);
      } catch {
        real = undefined;
      }
      if (real !== undefined && inside(target, real)) continue; // followed
      found.set(dirRel, { rel: dirRel, link: fs.readlinkSync(abs), ...(real !== undefined ? { real } : {}) });
      break;
    }
  }
  return [...found.values()];
}

export interface SeedFile {
  rel: string;
  bytes: Buffer;
  mode: number;
}

/** Regular files under dir (dotfiles too), to copy into the folder replacing a link to it. */
export function seedFiles(dir: string | undefined, prefix = ''): SeedFile[] {
  if (dir === undefined) return [];
  const out: SeedFile[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...seedFiles(dir, rel));
    else if (e.isFile()) {
      const abs = path.join(dir, rel);
      out.push({ rel, bytes: fs.readFileSync(abs), mode: fs.statSync(abs).mode & 0o777 });
    }
  }
  return out;
}

/**
 * What is at each rel path under the (real) target. A symlinked folder on the
 * way is followed when its real path stays inside the target; when it leaves
 * the target the entry is marked `escapes` and the plan refuses it, unless the
 * link is in `replacing` (it will be replaced by a real folder first).
 */
export function scanTarget(
  target: string,
  rels: Iterable<string>,
  replacing: ReadonlySet<string> = new Set(),
): Map<string, TargetEntry> {
  const out = new Map<string, TargetEntry>();
  const dirCache = new Map<string, boolean>();
  const parentEscapes = (dirRel: string): boolean => {
    if (dirRel === '.' || dirRel === '' || replacing.has(dirRel)) return false;
    const cached = dirCache.get(dirRel);
    if (cached !== undefined) return cached;
    let result = parentEscapes(path.posix.dirname(dirRel));
    if (!result) {
      const abs = path.join(target, dirRel);
      try {
        if (fs.lstatSync(abs).isSymbolicLink()) result = !inside(target, fs.realpathSync(abs));
      } catch {
        /* missing or dangling: nothing to follow */
      }
    }
    dirCache.set(dirRel, result);
    return result;
  };
  for (const rel of rels) {
    const abs = path.join(target, rel);
    const escapes = parentEscapes(path.posix.dirname(rel));
    let st: fs.Stats;
    try {
      st = fs.lstatSync(abs);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        out.set(rel, { kind: 'missing', ...(escapes ? { escapes } : {}) });
        continue;
      }
      throw err;
    }
    if (st.isSymbolicLink()) out.set(rel, { kind: 'symlink', ...(escapes ? { escapes } : {}) });
    else if (st.isDirectory()) out.set(rel, { kind: 'dir' });
    else if (!st.isFile()) out.set(rel, { kind: 'other' });
    else
      out.set(rel, {
        kind: 'file',
        sha256: sha256(fs.readFileSync(abs)),
        mode: st.mode & 0o777,
        ...(escapes ? { escapes } : {}),
      });
  }
  return out;
}
