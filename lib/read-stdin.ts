/**
 * Bounded, synchronous stdin read for hooks: keeps at most `keepBytes`,
 * drains (and counts) the rest, and gives up at `deadlineMs` so a writer that
 * never closes the pipe cannot hold the session.
 */
import fs from 'node:fs';

export interface StdinRead {
  text: string;
  totalBytes: number;
  /** True when more arrived than was kept. */
  overflow: boolean;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function readStdinBounded(keepBytes: number, deadlineMs: number, fd = 0): StdinRead {
  // A terminal (or /dev/null) is a character device: nothing to wait for. fstat, not
  // process.stdin.isTTY or tty.isatty: those load the stream and net modules (~1-3 ms).
  if (fs.fstatSync(fd).isCharacterDevice()) return { text: '', totalBytes: 0, overflow: false };
  const chunks: Buffer[] = [];
  const buf = Buffer.allocUnsafe(1 << 16);
  let kept = 0;
  let total = 0;
  const until = Date.now() + deadlineMs;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' && Date.now() < until) {
        sleep(2);
        continue;
      }
      if (code === 'EOF' || code === 'EAGAIN') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (kept < keepBytes) {
      const take = Math.min(n, keepBytes - kept);
      chunks.push(Buffer.from(buf.subarray(0, take)));
      kept += take;
    }
    if (Date.now() > until) break;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), totalBytes: total, overflow: total > kept };
}
