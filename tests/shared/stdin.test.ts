import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readStdinBounded } from '../../lib/shared/stdin.ts';
import { tempDir } from '../util/claude.ts';

// Pipes and sockets left open on the fast path are tested with the built hook and status line
// (hook.test.ts, statusline.test.ts): in-process, a read that blocks on a regression would hang the run.
const read = suite('readStdinBounded');
async function withFile(content: Buffer | string, fn: (fd: number) => Promise<void>) {
  const file = path.join(tempDir('stdin'), 'in');
  fs.writeFileSync(file, content);
  const fd = fs.openSync(file, 'r');
  try {
    await fn(fd);
  } finally {
    fs.closeSync(fd);
  }
}
read('reads everything under the limit', async () => {
  await withFile('{"a":1}', async (fd) =>
    assert.equal(await readStdinBounded(1024, 1000, fd), {
      text: '{"a":1}',
      totalBytes: 7,
      overflow: false,
      timedOut: false,
    }),
  );
});
read('empty input', async () => {
  await withFile('', async (fd) =>
    assert.equal(await readStdinBounded(1024, 1000, fd), { text: '', totalBytes: 0, overflow: false, timedOut: false }),
  );
});
read('keeps the limit, drains and counts the rest', async () => {
  await withFile(Buffer.alloc(300_000, 'a'), async (fd) => {
    const r = await readStdinBounded(100_000, 5000, fd);
    assert.is(r.text.length, 100_000);
    assert.is(r.totalBytes, 300_000);
    assert.ok(r.overflow);
    assert.not.ok(r.timedOut);
  });
});
read('a character device (a terminal, /dev/null) is not waited on', async () => {
  const fd = fs.openSync('/dev/zero', 'r');
  try {
    assert.equal(await readStdinBounded(1024, 5000, fd), { text: '', totalBytes: 0, overflow: false, timedOut: false });
  } finally {
    fs.closeSync(fd);
  }
});
function fifo(): { w: number; r: number } {
  const file = path.join(tempDir('stdin'), 'fifo');
  execFileSync('mkfifo', [file]);
  const w = fs.openSync(file, fs.constants.O_RDWR);
  return { w, r: fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK) };
}
for (const fastPath of [true, false]) {
  const how = fastPath ? 'non-blocking reads' : 'the net.Socket fallback';
  read(`a FIFO whose writer has closed: read to its end (${how})`, async () => {
    const { w, r } = fifo();
    fs.writeSync(w, 'x'.repeat(5000));
    fs.closeSync(w); // the only writer gone: the reader sees the bytes, then EOF
    assert.equal(await readStdinBounded(1000, 5000, r, { fastPath }), {
      text: 'x'.repeat(1000),
      totalBytes: 5000,
      overflow: true,
      timedOut: false,
    });
    if (fastPath) fs.closeSync(r); // the fallback's stream closed it
  });
}
read('a FIFO left open: the fallback stops at the deadline with what came', async () => {
  const { w, r } = fifo();
  fs.writeSync(w, '{"half":');
  try {
    assert.equal(await readStdinBounded(1000, 200, r, { fastPath: false }), {
      text: '{"half":',
      totalBytes: 8,
      overflow: false,
      timedOut: true,
    });
  } finally {
    fs.closeSync(w);
  }
});
read('a closed descriptor rejects (the hook catches it)', async () => {
  try {
    await readStdinBounded(10, 100, 987654);
    assert.unreachable('must reject');
  } catch (err) {
    assert.match((err as Error).message, /EBADF/);
  }
});
read.run();
