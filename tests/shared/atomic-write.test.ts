import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync, type AtomicFs } from '../../lib/shared/atomic-write.ts';
import { tempDir } from '../util/claude.ts';

const write = suite('atomicWriteFileSync');
write('creates a file with the default mode', () => {
  const file = path.join(tempDir('aw'), 'a.json');
  atomicWriteFileSync(file, '{"a":1}');
  assert.is(fs.readFileSync(file, 'utf8'), '{"a":1}');
  assert.is(fs.statSync(file).mode & 0o777, 0o644);
});
write('replaces a file and keeps its mode', () => {
  const file = path.join(tempDir('aw'), 'settings.json');
  fs.writeFileSync(file, 'old', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  atomicWriteFileSync(file, 'new');
  assert.is(fs.readFileSync(file, 'utf8'), 'new');
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.equal(fs.readdirSync(path.dirname(file)), ['settings.json']);
});

// A fault at each step: the target keeps its old bytes and no temp file is left.
const steps: Array<keyof AtomicFs> = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'chmodSync', 'renameSync'];
for (const step of steps) {
  write(`a fault in ${step} leaves the old file and no temp file`, () => {
    const dir = tempDir('aw');
    const file = path.join(dir, 'target');
    fs.writeFileSync(file, 'old bytes');
    const faulty = {
      ...fs,
      [step]: () => {
        throw Object.assign(new Error(`injected ${step}`), { code: 'EIO' });
      },
    } as unknown as AtomicFs;
    assert.throws(() => atomicWriteFileSync(file, 'new bytes', { fs: faulty }), new RegExp(`injected ${step}`));
    assert.is(fs.readFileSync(file, 'utf8'), 'old bytes');
    assert.equal(fs.readdirSync(dir), ['target']);
  });
}
write('a full disk (ENOSPC) leaves nothing behind', () => {
  const dir = tempDir('aw');
  const file = path.join(dir, 'target');
  fs.writeFileSync(file, 'old');
  const full = {
    ...fs,
    writeSync: () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  } as unknown as AtomicFs;
  assert.throws(() => atomicWriteFileSync(file, 'x'.repeat(1e6), { fs: full }), /ENOSPC/);
  assert.equal(fs.readdirSync(dir), ['target']);
});
write('syncs before the rename, unless the file is a cache (durable: false)', () => {
  const dir = tempDir('aw');
  for (const [durable, syncs] of [
    [undefined, 1],
    [true, 1],
    [false, 0],
  ] as const) {
    let n = 0;
    const counting = {
      ...fs,
      fsyncSync: (fd: number) => {
        n++;
        fs.fsyncSync(fd);
      },
    } as unknown as AtomicFs;
    atomicWriteFileSync(path.join(dir, 'c'), `v${durable}`, { fs: counting, durable });
    assert.is(n, syncs, `durable: ${durable}`);
    assert.is(fs.readFileSync(path.join(dir, 'c'), 'utf8'), `v${durable}`);
  }
  assert.equal(fs.readdirSync(dir), ['c']);
});
write('a missing folder fails cleanly', () => {
  assert.throws(() => atomicWriteFileSync('/nonexistent/dir/file', 'x'), /ENOENT/);
});
write.run();
