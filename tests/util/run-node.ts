/** Runs `node <args>` without blocking this process (a loopback server in the test must keep answering). */
import { run } from './run.ts';

export interface NodeResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runNode(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<NodeResult> {
  const { code, stdout, stderr } = await run(process.execPath, args, {
    cwd: opts.cwd,
    env: opts.env ?? { ...process.env, CLAUDE_PROJECT_DIR: '' },
    timeoutMs: opts.timeoutMs ?? 30_000,
  });
  return { code, stdout, stderr };
}
