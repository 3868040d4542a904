/**
 * Promise 4, as a process: a SIGKILL at sampled steps is completed by the next
 * run, which also keeps what the dead run displaced. TWOL_EXHAUSTIVE=1 kills
 * at every step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { faultFs } from '../../lib/install/fault-fs.ts';
import { install } from '../../lib/install/run.ts';
import { ROOT } from '../util/claude.ts';
import { INSTALL_LOG, relativise, runInstaller, snapshot, treeDiff } from '../util/install-fixture.ts';
import { scene, skipLock } from '../util/install-scene.ts';

const k = suite('SIGKILL mid-run, then a normal run');
k('the next run completes the install and still knows what it displaced', () => {
  const ref = scene();
  const counter = faultFs(Number.MAX_SAFE_INTEGER);
  install({ packRoot: ROOT, target: ref.target, fs: counter });
  // The reference ran in-process, so it has no install log; the runs below, as commands, log.
  const skip = (rel: string) =>
    rel.startsWith('.2l-backups') || rel === '.2l-install.yaml' || rel === INSTALL_LOG || skipLock(rel);
  const want = relativise(snapshot(ref.target, skip), ref.home);
  fs.rmSync(ref.home, { recursive: true });
  // Sampled: start, the backups, the link replaced by a folder, the copies, the state, the end.
  // TWOL_EXHAUSTIVE=1 kills the run at every step instead (about a minute).
  const all = Array.from({ length: counter.calls }, (_, i) => i + 1);
  const points = process.env.TWOL_EXHAUSTIVE
    ? all
    : [
        1,
        3,
        Math.floor(counter.calls / 3),
        Math.floor(counter.calls / 2),
        Math.floor((counter.calls * 2) / 3),
        counter.calls - 6,
        counter.calls - 1,
      ];
  for (const n of points) {
    const { home, target: work } = scene();
    const crashed = runInstaller(ROOT, ['--target', work], { HOME: home, TWOL_INSTALL_FAULT: `crash:${n}` });
    assert.is(crashed.code, null, `step ${n}: killed`);
    const again = runInstaller(ROOT, ['--target', work], { HOME: home });
    // 3 while the retired agent the user edited is still to be kept; 0 when the killed run had already committed its state.
    assert.ok(again.code === 3 || again.code === 0, `step ${n}: exit ${again.code} ${again.stderr}`);
    assert.is(again.stderr, '');
    assert.equal(
      treeDiff(relativise(snapshot(work, skip), home), want),
      [],
      `step ${n}: the second run did not complete the install`,
    );
    // The link the dead run replaced comes back, and with it commands/mine.md.
    const un = runInstaller(ROOT, ['uninstall', '--target', work], { HOME: home });
    assert.ok(un.code === 0 || un.code === 3, un.stderr);
    assert.is(
      fs.readlinkSync(path.join(work, 'commands')),
      path.join(home, 'legacy-commands'),
      `step ${n}: ${un.stdout}`,
    );
    assert.is(fs.readFileSync(path.join(work, 'commands', 'mine.md'), 'utf8'), 'my own command\n', `step ${n}`);
    fs.rmSync(home, { recursive: true });
  }
});
k.run();
