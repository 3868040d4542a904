import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UnsafePathError } from '../../lib/shared/safe-fs.ts';
import { releaseStateLock, takeStateLock, waitForStateLock } from '../../lib/shared/state-lock.ts';
import { tempDir } from '../util/claude.ts';
import { victim } from '../util/hostile.ts';

const STALE = 10_000;
const lockIn = () => path.join(tempDir('lock'), '.x.lock');
const age = (lock: string, ms: number) => {
  const then = new Date(Date.now() - ms);
  fs.lutimesSync(lock, then, then);
};

const take = suite('takeStateLock');
take('a free lock is taken: a private folder; release removes it', () => {
  const lock = lockIn();
  assert.is(takeStateLock(lock, { staleMs: STALE, takeOverStale: false }), true);
  assert.is(fs.lstatSync(lock).mode & 0o777, 0o700);
  releaseStateLock(lock);
  assert.not.ok(fs.existsSync(lock));
  releaseStateLock(lock); // twice: no throw
});
for (const takeOverStale of [false, true]) {
  take(`a lock another run holds is not taken (takeOverStale ${takeOverStale})`, () => {
    const lock = lockIn();
    fs.mkdirSync(lock);
    assert.is(takeStateLock(lock, { staleMs: STALE, takeOverStale }), false);
    assert.ok(fs.lstatSync(lock).isDirectory());
  });
}
take('a stale lock is cleared; taken only with takeOverStale', () => {
  for (const [takeOverStale, taken] of [
    [false, false],
    [true, true],
  ] as const) {
    const lock = lockIn();
    fs.mkdirSync(lock);
    age(lock, STALE + 5000);
    assert.is(takeStateLock(lock, { staleMs: STALE, takeOverStale }), taken);
    assert.is(fs.existsSync(lock), taken, `lock left ${taken ? 'held' : 'cleared'}`);
  }
});
take('a folder with files in it is not a lock of ours: refused, nothing removed', () => {
  const lock = lockIn();
  fs.mkdirSync(lock);
  fs.writeFileSync(path.join(lock, 'keep'), 'x');
  age(lock, STALE + 5000);
  assert.throws(
    () => takeStateLock(lock, { staleMs: STALE, takeOverStale: true, planted: 'remove' }),
    /holds files, so it is not a lock of 2L's/,
  );
  assert.is(fs.readFileSync(path.join(lock, 'keep'), 'utf8'), 'x');
});
take.run();

const planted = suite('takeStateLock: a link or file planted at the lock name');
for (const [name, plant, reason] of [
  [
    'a link to a folder elsewhere',
    (lock: string, v: ReturnType<typeof victim>) => fs.symlinkSync(v.dir, lock),
    'symlink',
  ],
  [
    'a dangling link',
    (lock: string, v: ReturnType<typeof victim>) => fs.symlinkSync(path.join(v.dir, 'nothing'), lock),
    'symlink',
  ],
  ['a file', (lock: string) => fs.writeFileSync(lock, ''), 'not-directory'],
] as const) {
  planted(`${name}: refused by default, never followed`, () => {
    const lock = lockIn();
    const v = victim();
    plant(lock, v);
    assert.throws(
      () => takeStateLock(lock, { staleMs: STALE, takeOverStale: true }),
      (e: unknown) => e instanceof UnsafePathError && e.reason === reason,
    );
    assert.ok(fs.lstatSync(lock), 'left in place');
    assert.ok(v.unchanged());
  });
  planted(`${name}: with planted 'remove', the plant itself is removed and the lock taken`, () => {
    const lock = lockIn();
    const v = victim();
    plant(lock, v);
    assert.is(takeStateLock(lock, { staleMs: STALE, takeOverStale: true, planted: 'remove' }), true);
    assert.ok(fs.lstatSync(lock).isDirectory());
    assert.ok(v.unchanged());
  });
}
planted.run();

const wait = suite('waitForStateLock');
wait('waits while held and takes the lock once the holder releases it', async () => {
  const lock = lockIn();
  fs.mkdirSync(lock);
  const got = waitForStateLock(lock, { staleMs: STALE, timeoutMs: 30_000, pollMs: 5 });
  setTimeout(() => releaseStateLock(lock), 50);
  assert.is(await got, true);
  assert.ok(fs.lstatSync(lock).isDirectory());
});
wait('gives up with false when the lock is still held at the timeout', async () => {
  const lock = lockIn();
  fs.mkdirSync(lock);
  assert.is(await waitForStateLock(lock, { staleMs: STALE, timeoutMs: 50, pollMs: 5 }), false);
  assert.ok(fs.lstatSync(lock).isDirectory(), 'the holder keeps it');
});
wait('a stale lock is taken over at once', async () => {
  const lock = lockIn();
  fs.mkdirSync(lock);
  age(lock, STALE + 5000);
  assert.is(await waitForStateLock(lock, { staleMs: STALE, timeoutMs: 0 }), true);
});
wait.run();
