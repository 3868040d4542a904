import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isAlive, procStat } from '../../lib/shared/process.ts';
import { tempDir } from '../util/claude.ts';
import { hasProc, makeZombie } from '../util/zombie.ts';

const reapedPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

const alive = suite('isAlive');
for (const [name, pid, expected] of [
  ['this process', process.pid, true],
  ['init (another user may own it: EPERM still means running)', 1, true],
  ['an exited, reaped child', reapedPid(), false],
  ['0 (would probe our own process group)', 0, false],
  ['a negative pid (would probe a group)', -1, false],
  ['not an integer', 1.5, false],
  ['NaN (a garbage pid file)', Number.NaN, false],
] as const) {
  alive(name, () => assert.is(isAlive(pid), expected));
}
alive('a zombie (exited, parent alive, not reaped) is not alive, though signal 0 reaches it', async () => {
  if (!hasProc) return console.log('  (skipped: no /proc)');
  const z = await makeZombie();
  try {
    process.kill(z.pid, 0); // the old probe's whole test: this succeeds for a zombie
    assert.is(isAlive(z.pid), false);
    assert.is(isAlive(z.parent.pid!), true, 'its parent runs');
  } finally {
    z.parent.kill('SIGKILL');
  }
});
alive.run();

const stat = suite('procStat');
stat('a command named like the stat line itself does not shift the fields (nor pass for a zombie)', async () => {
  if (!hasProc) return console.log('  (skipped: no /proc)');
  // comm is the name exec was given: a link named `x) Z 1 (y` to sleep.
  const link = path.join(tempDir('proc'), 'x) Z 1 (y');
  fs.symlinkSync(spawnSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).stdout.trim(), link);
  const child = spawn(link, ['30'], { detached: true, stdio: 'ignore' });
  try {
    await new Promise((r) => child.once('spawn', r));
    for (let i = 0; !fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').includes('(x) Z 1 (y)') && i < 500; i++)
      await new Promise((r) => setTimeout(r, 10));
    const st = procStat(child.pid!)!;
    assert.ok('RSD'.includes(st.state), `running or sleeping, not ${st.state}`);
    assert.is(st.pgrp, child.pid!);
    assert.is(isAlive(child.pid!), true);
  } finally {
    child.kill('SIGKILL');
  }
});
stat('a process that is gone has no stat', () => {
  assert.is(procStat(reapedPid()), undefined);
});
stat.run();
