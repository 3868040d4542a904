// Spawn a command the way a user (or Claude Code) does, with stdin, and collect everything.
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** SIGKILL after this long (default 30 s); the result then has code null. */
  timeoutMs?: number;
  /**
   * What the child's stdin is. Default: closed (`ignore`) without input, a
   * pipe ended after it with input. `held`: a pipe given the input and never
   * ended, as a caller that forgets to close it. A descriptor (a FIFO's read
   * end) is handed over as it is.
   */
  stdin?: 'held' | number;
}

export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const stdin =
      typeof opts.stdin === 'number'
        ? opts.stdin
        : opts.input === undefined && opts.stdin !== 'held'
          ? 'ignore'
          : 'pipe';
    const stdio: StdioOptions = [stdin, 'pipe', 'pipe'];
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio });
    // Decoded once at the end: a chunk may stop inside a character.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => stdout.push(c));
    child.stderr!.on('data', (c: Buffer) => stderr.push(c));
    child.stdin?.on('error', () => {}); // a process that exits before reading all input
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Date.now() - started,
      });
    });
    if (opts.stdin === 'held') {
      if (opts.input !== undefined && opts.input.length > 0) child.stdin!.write(opts.input);
    } else if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}

/**
 * The same, blocking this process until the command is done: only for
 * commands that need nothing from the test meanwhile (no server of the test's
 * own to answer). stdin is a pipe holding `input` (empty by default).
 */
export function runSync(
  cmd: string,
  args: string[],
  opts: Omit<RunOptions, 'stdin'> & { uid?: number; gid?: number } = {},
): Ran {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
    uid: opts.uid,
    gid: opts.gid,
  });
  // A timeout is a result (code null), as for run(); a command that could not start is an error.
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}
