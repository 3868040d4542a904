/** Runs a built entry point (`dist/<name>.mjs`) the way a user does, in a throwaway HOME. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './claude.ts';

export interface DistResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runDist(name: string, args: string[], opts: { cwd: string; home: string; env?: Record<string, string>; timeoutMs?: number }): Promise<DistResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: opts.home, LANG: 'C.UTF-8', ...opts.env };
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', `${name}.mjs`), ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
