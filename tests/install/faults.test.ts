/**
 * Promise 4: a fault at any fs step leaves every file old or new. In-process,
 * each mutating fs call of a full update (and of an uninstall) fails in turn and
 * the tree must be byte-identical afterwards. The symlinked settings.json case is
 * in faults-settings-link.test.ts, the SIGKILL sweeps in kill.test.ts and
 * kill-first.test.ts (split so the parallel runner can run them side by side).
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { faultFs } from '../../lib/install/fault-fs.ts';
import { install } from '../../lib/install/run.ts';
import { uninstall } from '../../lib/install/undo.ts';
import { ROOT } from '../util/claude.ts';
import { snapshot, treeDiff } from '../util/install-fixture.ts';
import { scene, skipLock, sweepSteps } from '../util/install-scene.ts';

const f = suite('fault at every fs step');
f('the tree is byte-identical after a failed update, at every step', () => {
  // Count the steps of a clean run in an identical scene of its own.
  const twin = scene();
  const counter = faultFs(Number.MAX_SAFE_INTEGER);
  install({ packRoot: ROOT, target: twin.target, fs: counter });
  const steps = counter.calls;
  fs.rmSync(twin.home, { recursive: true });
  const { home, target } = scene();
  const before = snapshot(target, skipLock);
  assert.ok(steps > 20, `a full update takes many fs steps (${steps})`);
  for (const n of sweepSteps(steps)) {
    assert.throws(
      () => install({ packRoot: ROOT, target, fs: faultFs(n) }),
      (e: Error) => /injected fault/.test(e.message) && /rolled back/.test(e.message),
      `step ${n} should fail and roll back`,
    );
    assert.equal(treeDiff(snapshot(target, skipLock), before), [], `tree changed after a fault at step ${n}`);
  }
  assert.not.ok(fs.existsSync(path.join(target, '.2l-install.lock')), 'lock released after failures');
  const ok = install({ packRoot: ROOT, target });
  assert.is(ok.exitCode, 3, 'done, keeping the retired agent the user edited');
  assert.equal(
    ok.files.filter((x) => x.action === 'keep-user-changed').map((x) => x.rel),
    ['agents/2l-old-agent.md'],
  );
  fs.rmSync(home, { recursive: true });
});
f('uninstall too: a fault at any step changes nothing', () => {
  const twin = scene();
  install({ packRoot: ROOT, target: twin.target });
  const counter = faultFs(Number.MAX_SAFE_INTEGER);
  uninstall({ packRoot: ROOT, target: twin.target, fs: counter });
  fs.rmSync(twin.home, { recursive: true });
  const { home, target } = scene();
  install({ packRoot: ROOT, target });
  const before = snapshot(target, skipLock);
  for (const n of sweepSteps(counter.calls)) {
    assert.throws(() => uninstall({ packRoot: ROOT, target, fs: faultFs(n) }), /rolled back/);
    assert.equal(treeDiff(snapshot(target, skipLock), before), [], `tree changed after a fault at step ${n}`);
  }
  fs.rmSync(home, { recursive: true });
});
f.run();
