/**
 * How Claude Code names a project folder in `~/.claude.json` and whether it
 * trusts it, as Claude Code 2.1.197 does (read from its binary, checked with
 * `claude mcp list`; see docs/mcp-approval.md):
 * - the key under `projects` is the git root above the folder (for a linked
 *   worktree, the main checkout's root), else the folder itself;
 * - the folder is trusted when `projects[key].hasTrustDialogAccepted` is true.
 *   A trusted ancestor only spares the dialog: Claude Code then still treats
 *   the project's own settings as untrusted.
 * Everything read here may be planted by the repository (`.git` files), so it
 * is read as regular files only, small, never through a final symlink.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_MAX, readRegularText } from '../shared/safe-fs.ts';

export { PROJECT_FILE_MAX };

export type Trust = 'trusted' | 'parent' | 'none';

/** `~/.claude.json` keeps every project's history and can grow large; it is the user's own file. */
export const CLAUDE_JSON_MAX = 50 * 1024 * 1024;
export const USER_SETTINGS_MAX = 10 * 1024 * 1024;

/** A `.git` file or a worktree's `commondir`/`gitdir` is one short line. */
const GIT_POINTER_MAX = 4096;

/** The nearest folder at or above `dir` holding a `.git` folder or file (what Claude Code stats). */
export function gitRoot(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    try {
      const st = fs.statSync(path.join(cur, '.git'));
      if (st.isDirectory() || st.isFile()) return cur;
    } catch {
      /* none here */
    }
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

function pointer(file: string): string {
  const text = readRegularText(file, GIT_POINTER_MAX);
  if (text === undefined) throw new Error('absent');
  return text.trim();
}

/**
 * A linked worktree's main checkout root, when `.git` is a `gitdir:` file that
 * the main repository confirms (its `worktrees/<name>/gitdir` points back
 * here); otherwise `root` itself. Claude Code applies the same checks.
 */
export function mainCheckout(root: string): string {
  try {
    const dotGit = pointer(path.join(root, '.git'));
    if (!dotGit.startsWith('gitdir:')) return root;
    const gitdir = path.resolve(root, dotGit.slice(7).trim());
    const common = path.resolve(gitdir, pointer(path.join(gitdir, 'commondir')));
    if (path.dirname(gitdir) !== path.join(common, 'worktrees')) return root;
    if (fs.realpathSync(pointer(path.join(gitdir, 'gitdir'))) !== path.join(fs.realpathSync(root), '.git')) return root;
    return path.basename(common) === '.git' ? path.dirname(common) : common;
  } catch {
    return root;
  }
}

/** The key of `dir` under `projects` in `~/.claude.json`. */
export function workspaceKey(dir: string): string {
  const root = gitRoot(dir);
  return path.normalize(root === undefined ? path.resolve(dir) : mainCheckout(root));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `projects[key]` of a parsed `~/.claude.json`, when it is an object. */
export function projectEntry(
  claudeJson: Record<string, unknown> | undefined,
  key: string,
): Record<string, unknown> | undefined {
  const projects = claudeJson?.projects;
  const entry = isObject(projects) ? projects[key] : undefined;
  return isObject(entry) ? entry : undefined;
}

/**
 * 'trusted': the folder's own key accepted the trust dialog; 'parent': only
 * the folder or an ancestor of it, under its plain path, did; 'none' otherwise.
 */
export function trustOf(claudeJson: Record<string, unknown> | undefined, dir: string, key = workspaceKey(dir)): Trust {
  const accepted = (k: string) => projectEntry(claudeJson, k)?.hasTrustDialogAccepted === true;
  if (accepted(key)) return 'trusted';
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (accepted(cur)) return 'parent';
    if (path.dirname(cur) === cur) return 'none';
  }
}
