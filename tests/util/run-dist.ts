/** Runs a built entry point (`dist/<name>.mjs`) the way a user does, in a throwaway HOME. */
import path from 'node:path';
import { ROOT } from './claude.ts';
import { run, type Ran } from './run.ts';

export type DistResult = Ran;

export function runDist(
  name: string,
  args: string[],
  opts: { cwd: string; home: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<DistResult> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: opts.home, LANG: 'C.UTF-8', ...opts.env };
  return run(process.execPath, [path.join(ROOT, 'dist', `${name}.mjs`), ...args], {
    cwd: opts.cwd,
    env,
    timeoutMs: opts.timeoutMs ?? 60_000,
  });
}
