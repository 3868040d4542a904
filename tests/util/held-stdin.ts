/** Runs a script with stdin that its writer never closes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './claude.ts';
import { run } from './run.ts';

/**
 * Spawn the hook (or the status line) with stdin kept open after `input`, the
 * way a caller that never closes it does; SIGKILL after `killAfterMs`, which
 * a working deadline beats by far (code 0, not null).
 */
export async function runHeld(
  script: string,
  input: string,
  e: NodeJS.ProcessEnv,
  stdin: 'socket' | 'fifo',
  killAfterMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (stdin === 'socket') {
    const { code, stdout, stderr } = await run(process.execPath, [script], {
      env: e,
      input,
      stdin: 'held',
      timeoutMs: killAfterMs,
    });
    return { code, stdout, stderr };
  }
  const fifo = path.join(tempDir('fifo'), 'in');
  spawnSync('mkfifo', [fifo]);
  // Writer first (O_RDWR never blocks), then a blocking reader for the child, as `cmd | hook` gives.
  const w = fs.openSync(fifo, fs.constants.O_RDWR);
  const r = fs.openSync(fifo, fs.constants.O_RDONLY);
  try {
    if (input) fs.writeSync(w, input);
    const { code, stdout, stderr } = await run(process.execPath, [script], {
      env: e,
      stdin: r,
      timeoutMs: killAfterMs,
    });
    return { code, stdout, stderr };
  } finally {
    fs.closeSync(w);
    fs.closeSync(r);
  }
}
