/**
 * Fixtures for installer tests: a copy of the pack (optionally changed), a
 * snapshot of a folder tree to compare byte for byte, and a runner for the
 * built installer as a user runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './claude.ts';
import { runSync } from './run.ts';

/** The installer's log in the target (lib/install/log.ts): every run that may write adds to it. */
export const INSTALL_LOG = '.2l-install.log';

/** Copy what the installer reads from the pack into dir. */
export function makePack(dir: string, opts: { version?: string; files?: Record<string, string | null> } = {}): string {
  for (const part of ['commands', 'agents', 'dist', 'hooks', 'templates', '.claude-plugin', 'package.json']) {
    const src = path.join(ROOT, part);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dir, part), { recursive: true });
  }
  for (const f of fs.existsSync(path.join(ROOT, 'lib')) ? fs.readdirSync(path.join(ROOT, 'lib')) : []) {
    if (f.endsWith('.sh')) fs.cpSync(path.join(ROOT, 'lib', f), path.join(dir, 'lib', f));
  }
  if (opts.version) {
    for (const f of ['.claude-plugin/plugin.json', 'package.json']) {
      const p = path.join(dir, f);
      const j = JSON.parse(fs.readFileSync(p, 'utf8')) as { version: string };
      j.version = opts.version;
      fs.writeFileSync(p, JSON.stringify(j, null, 2));
    }
  }
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    const p = path.join(dir, rel);
    if (text === null) fs.rmSync(p, { force: true });
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
  }
  return dir;
}

export type Tree = Record<string, string>;

/** Every entry under dir: files as content + mode, symlinks as their link, folders. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false, prefix = ''): Tree {
  const out: Tree = {};
  let names: string[];
  try {
    names = fs.readdirSync(path.join(dir, prefix));
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (skip(rel)) continue;
    const abs = path.join(dir, rel);
    const st = fs.lstatSync(abs);
    if (st.isSymbolicLink()) out[rel] = `link -> ${fs.readlinkSync(abs)}`;
    else if (st.isDirectory()) {
      out[`${rel}/`] = 'dir';
      Object.assign(out, snapshot(dir, skip, rel));
    } else out[rel] = `${(st.mode & 0o777).toString(8)} ${fs.readFileSync(abs, 'utf8')}`;
  }
  return out;
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `<pack>/install.mjs` (the shim, as users do) when the pack has it, else the pack copy's dist/install.mjs. */
export function runInstaller(
  pack: string,
  args: string[],
  env: Record<string, string | undefined>,
  extra: { uid?: number; gid?: number } = {},
): Ran {
  const shim = path.join(pack, 'install.mjs');
  const entry = pack === ROOT || fs.existsSync(shim) ? shim : path.join(pack, 'dist', 'install.mjs');
  const { code, stdout, stderr } = runSync(process.execPath, [entry, ...args], {
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...env },
    ...extra,
  });
  return { code, stdout, stderr };
}

/** Replace a folder's path in every value, so trees of twin targets compare. */
export function relativise(tree: Tree, dir: string): Tree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, v.split(dir).join('<target>')]));
}

/** Keys whose values differ (short messages instead of whole-file diffs). */
export function treeDiff(a: Tree, b: Tree): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((k) => a[k] !== b[k])
    .map((k) =>
      a[k] === undefined ? `only in second: ${k}` : b[k] === undefined ? `only in first: ${k}` : `differs: ${k}`,
    );
}
