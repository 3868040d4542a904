import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { readStdinBounded } from '../lib/read-stdin.ts';
import { tempDir } from './util/claude.ts';

const read = suite('readStdinBounded');
function withFile(content: Buffer | string, fn: (fd: number) => void) {
  const file = path.join(tempDir('stdin'), 'in');
  fs.writeFileSync(file, content);
  const fd = fs.openSync(file, 'r');
  try {
    fn(fd);
  } finally {
    fs.closeSync(fd);
  }
}
read('reads everything under the limit', () => {
  withFile('{"a":1}', (fd) => assert.equal(readStdinBounded(1024, 1000, fd), { text: '{"a":1}', totalBytes: 7, overflow: false }));
});
read('empty input', () => {
  withFile('', (fd) => assert.equal(readStdinBounded(1024, 1000, fd), { text: '', totalBytes: 0, overflow: false }));
});
read('keeps the limit, drains and counts the rest', () => {
  withFile(Buffer.alloc(300_000, 'a'), (fd) => {
    const r = readStdinBounded(100_000, 5000, fd);
    assert.is(r.text.length, 100_000);
    assert.is(r.totalBytes, 300_000);
    assert.ok(r.overflow);
  });
});
read('a character device (a terminal, /dev/null) is not waited on', () => {
  const fd = fs.openSync('/dev/zero', 'r');
  try {
    assert.equal(readStdinBounded(1024, 5000, fd), { text: '', totalBytes: 0, overflow: false });
  } finally {
    fs.closeSync(fd);
  }
});
read('a closed descriptor throws (the hook catches it)', () => {
  assert.throws(() => readStdinBounded(10, 100, 987654));
});
read.run();
