/**
 * What the catalog servers need on this machine: `node` and `npx` on PATH (the
 * ones Claude Code will run), and a Chrome or Chromium for the DevTools server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Prereqs {
  node?: string;
  npx?: string;
  chrome?: { path: string; kind: 'chrome' | 'chromium' };
}

function versionOf(cmd: string, env: NodeJS.ProcessEnv): string | undefined {
  const r = spawnSync(cmd, ['--version'], {
    env,
    encoding: 'utf8',
    timeout: 15_000,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (r.status !== 0 || typeof r.stdout !== 'string') return undefined;
  return r.stdout.trim().split('\n')[0]?.slice(0, 40) || undefined;
}

/** The executable `name` on PATH, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

const CHROME_FILES = ['/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
const CHROME_NAMES = ['google-chrome-stable', 'google-chrome'];
const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
const CHROMIUM_FILES = ['/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** Google Chrome first (what chrome-devtools-mcp launches by default), then Chromium. */
export function findChrome(
  env: NodeJS.ProcessEnv = process.env,
  exists: (f: string) => boolean = fs.existsSync,
): Prereqs['chrome'] {
  for (const f of CHROME_FILES) if (exists(f)) return { path: f, kind: 'chrome' };
  for (const n of CHROME_NAMES) {
    const f = onPath(n, env);
    if (f) return { path: f, kind: 'chrome' };
  }
  for (const n of CHROMIUM_NAMES) {
    const f = onPath(n, env);
    if (f) return { path: f, kind: 'chromium' };
  }
  for (const f of CHROMIUM_FILES) if (exists(f)) return { path: f, kind: 'chromium' };
  return undefined;
}

export function checkPrereqs(env: NodeJS.ProcessEnv = process.env): Prereqs {
  return { node: versionOf('node', env), npx: versionOf('npx', env), chrome: findChrome(env) };
}
