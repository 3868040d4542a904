/**
 * Bounded stdin read for hooks and the status line: keeps at most `keepBytes`,
 * drains (and counts) the rest, and stops at `deadlineMs` even when the writer
 * never closes its end, so a stuck caller cannot hold the hook.
 *
 * Claude Code hands hooks a blocking socket. A blocking readSync on it cannot
 * be interrupted, and a read left blocked in libuv's thread pool keeps Node
 * from exiting at all; the read must not block. Node has no fcntl, so:
 * - fast path: Node's own pipe handle adopts the descriptor, which switches
 *   it to O_NONBLOCK (what net.Socket does inside); reads then return EAGAIN
 *   and are polled until the deadline. ~0.1 ms.
 * - fallback, where that internal handle is unavailable: net.Socket through
 *   the event loop, stopped by a timer. Correct everywhere, ~6 ms more start-up.
 * Files and character devices never wait on a writer: read as they are.
 * Node restores fd 0's flags at exit, so the caller's end is left as it was.
 */
import fs from 'node:fs';
import { errorCode } from './errors.ts';

export interface StdinRead {
  text: string;
  totalBytes: number;
  /** True when more arrived than was kept. */
  overflow: boolean;
  /** True when the deadline passed before the writer closed stdin. */
  timedOut: boolean;
}

export interface StdinOptions {
  /** Tests: false skips the fast path, to exercise the fallback. */
  fastPath?: boolean;
}

class Collector {
  private chunks: Buffer[] = [];
  private kept = 0;
  total = 0;
  constructor(private readonly keepBytes: number) {}
  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.kept >= this.keepBytes) return;
    const take = Math.min(chunk.length, this.keepBytes - this.kept);
    this.chunks.push(Buffer.from(chunk.subarray(0, take)));
    this.kept += take;
  }
  result(timedOut: boolean): StdinRead {
    return {
      text: Buffer.concat(this.chunks).toString('utf8'),
      totalBytes: this.total,
      overflow: this.total > this.kept,
      timedOut,
    };
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Read to EOF, polling past EAGAIN until `until`; true when the deadline cut it short. */
function readSyncUntil(fd: number, into: Collector, until: number): boolean {
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EOF') return false;
      if (code !== 'EAGAIN') throw err;
      if (Date.now() >= until) return true;
      sleep(2);
      continue;
    }
    if (n === 0) return false;
    into.add(buf.subarray(0, n));
    if (Date.now() > until) return true;
  }
}

interface PipeBinding {
  Pipe: new (type: number) => { open(fd: number): number };
  constants: { SOCKET: number };
}
/** Held so a handle that owns a descriptor is never collected mid-read. */
const adopted: object[] = [];

/**
 * O_NONBLOCK on a pipe or socket through Node's pipe handle (process.binding is
 * DEP0111, documentation-only; its warning under --pending-deprecation is kept
 * off stderr). False when unavailable: the caller takes the net.Socket road.
 */
function setNonBlocking(fd: number): boolean {
  const binding = (process as { binding?: (name: string) => unknown }).binding;
  if (process.platform === 'win32' || typeof binding !== 'function') return false;
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const { Pipe, constants } = binding.call(process, 'pipe_wrap') as PipeBinding;
    const handle = new Pipe(constants.SOCKET);
    if (handle.open(fd) !== 0) return false;
    adopted.push(handle);
    return true;
  } catch {
    return false;
  } finally {
    process.noDeprecation = quiet;
  }
}

/** The fallback: the event loop reads, a timer stops it; true when the deadline cut it short. */
async function readStreamUntil(fd: number, into: Collector, deadlineMs: number): Promise<boolean> {
  // Not import(): in the CommonJS bundle that starts the ESM loader. getBuiltinModule is Node >= 20.16.
  const { Socket } =
    typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:net') : await import('node:net');
  return new Promise((resolve) => {
    const socket = new Socket({ fd, readable: true, writable: false });
    const finish = (timedOut: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(timedOut);
    };
    const timer = setTimeout(() => finish(true), deadlineMs);
    socket.on('data', (chunk: Buffer) => into.add(chunk));
    socket.on('end', () => finish(false));
    socket.on('error', () => finish(false));
  });
}

export async function readStdinBounded(
  keepBytes: number,
  deadlineMs: number,
  fd = 0,
  opts: StdinOptions = {},
): Promise<StdinRead> {
  const into = new Collector(keepBytes);
  // fstat, not process.stdin.isTTY or tty.isatty: those load the stream and net modules.
  const st = fs.fstatSync(fd);
  // A terminal (or /dev/null) is a character device: nothing to wait for.
  if (st.isCharacterDevice()) return into.result(false);
  const until = Date.now() + deadlineMs;
  if (!st.isFIFO() && !st.isSocket()) return into.result(readSyncUntil(fd, into, until));
  if (opts.fastPath !== false && setNonBlocking(fd)) return into.result(readSyncUntil(fd, into, until));
  return into.result(await readStreamUntil(fd, into, deadlineMs));
}
