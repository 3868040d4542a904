/** Runs a script with stdin that its writer never closes. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './claude.ts';

/**
 * Spawn the hook (or the status line) with stdin kept open after `input`, the
 * way a caller that never closes it does; SIGKILL after `killAfterMs`, which
 * a working deadline beats by far (code 0, not null).
 */
export function runHeld(script: string, input: string, e: NodeJS.ProcessEnv, stdin: 'socket' | 'fifo', killAfterMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let fifoFds: number[] = [];
  let stdio: ['pipe' | number, 'pipe', 'pipe'] = ['pipe', 'pipe', 'pipe'];
  if (stdin === 'fifo') {
    const fifo = path.join(tempDir('fifo'), 'in');
    spawnSync('mkfifo', [fifo]);
    // Writer first (O_RDWR never blocks), then a blocking reader for the child, as `cmd | hook` gives.
    const w = fs.openSync(fifo, fs.constants.O_RDWR);
    const r = fs.openSync(fifo, fs.constants.O_RDONLY);
    if (input) fs.writeSync(w, input);
    fifoFds = [w, r];
    stdio = [r, 'pipe', 'pipe'];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: e, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    if (stdin === 'socket') {
      child.stdin!.on('error', () => {});
      if (input) child.stdin!.write(input);
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      for (const fd of fifoFds) fs.closeSync(fd);
      resolve({ code, stdout, stderr });
    });
  });
}

