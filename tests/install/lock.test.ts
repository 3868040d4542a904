import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LOCK_FILE, acquireLock, pidAlive } from '../../lib/install/lock.ts';
import { tempDir } from '../util/claude.ts';
import { hasProc, makeZombie } from '../util/zombie.ts';

const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

const l = suite('install lock');
l('acquire, refuse a second holder by pid, release', () => {
  const dir = tempDir('lock');
  const child = spawn(process.execPath, ['-e', 'setTimeout(()=>{},30000)']);
  try {
    const held = acquireLock(dir, child.pid!);
    assert.throws(
      () => acquireLock(dir),
      (e: Error) => e.message.includes(`pid ${child.pid}`) && e.message.includes(LOCK_FILE),
    );
    held.release();
    assert.not.ok(fs.existsSync(path.join(dir, LOCK_FILE)));
    acquireLock(dir).release();
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true });
  }
});
l('a stale lock (dead pid) is taken over', () => {
  const dir = tempDir('lock');
  const dead = deadPid();
  assert.not.ok(pidAlive(dead));
  fs.writeFileSync(path.join(dir, LOCK_FILE), `${dead}\n2026-01-01T00:00:00Z\n`);
  const lock = acquireLock(dir);
  assert.is(lock.tookOverFrom, dead);
  assert.is(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').split('\n')[0], String(process.pid));
  lock.release();
  fs.rmSync(dir, { recursive: true });
});
l('a lock whose pid is a zombie (exited, never reaped) is taken over', async () => {
  if (!hasProc) return console.log('  (skipped: no /proc)');
  const dir = tempDir('lock');
  const z = await makeZombie();
  try {
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${z.pid}\n2026-01-01T00:00:00Z\n`);
    const lock = acquireLock(dir);
    assert.is(lock.tookOverFrom, z.pid);
    lock.release();
  } finally {
    z.parent.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true });
  }
});
l('garbage in the lock file counts as stale', () => {
  const dir = tempDir('lock');
  fs.writeFileSync(path.join(dir, LOCK_FILE), 'not a pid');
  const lock = acquireLock(dir);
  assert.is(lock.tookOverFrom, undefined);
  lock.release();
  fs.rmSync(dir, { recursive: true });
});
l('release never removes a lock someone else now holds', () => {
  const dir = tempDir('lock');
  const lock = acquireLock(dir);
  fs.writeFileSync(path.join(dir, LOCK_FILE), '1\n');
  lock.release();
  assert.ok(fs.existsSync(path.join(dir, LOCK_FILE)));
  fs.rmSync(dir, { recursive: true });
});
l.run();
