/**
 * Promise 4 for a settings.json symlinked into a dotfiles folder: a fault at any
 * fs step of install or uninstall leaves the link and the file it points at as
 * they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { MutFs } from '../../lib/install/apply.ts';
import { faultFs } from '../../lib/install/fault-fs.ts';
import { install } from '../../lib/install/run.ts';
import { uninstall } from '../../lib/install/undo.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { snapshot, treeDiff } from '../util/install-fixture.ts';
import { sweepSteps } from '../util/install-scene.ts';

const f = suite('fault at every fs step: symlinked settings.json');
f(
  'a settings.json symlinked into a dotfiles folder: a fault at any step of install or uninstall leaves the link and its file as they were',
  () => {
    const linked = (installed: boolean) => {
      const home = tempDir('dotfiles');
      const target = path.join(home, '.claude');
      fs.mkdirSync(path.join(home, 'dotfiles'));
      fs.mkdirSync(target);
      fs.writeFileSync(path.join(home, 'dotfiles', 'settings.json'), JSON.stringify({ model: 'opus' }));
      fs.symlinkSync('../dotfiles/settings.json', path.join(target, 'settings.json'));
      if (installed) install({ packRoot: ROOT, target });
      return { home, target };
    };
    const commands: Array<[string, boolean, (target: string, fault: MutFs) => unknown]> = [
      ['install', false, (target, fault) => install({ packRoot: ROOT, target, fs: fault })],
      ['uninstall', true, (target, fault) => uninstall({ packRoot: ROOT, target, fs: fault })],
    ];
    for (const [name, installed, run] of commands) {
      const twin = linked(installed);
      const counter = faultFs(Number.MAX_SAFE_INTEGER);
      run(twin.target, counter);
      assert.ok(fs.lstatSync(path.join(twin.target, 'settings.json')).isSymbolicLink(), `${name} keeps the link`);
      fs.rmSync(twin.home, { recursive: true });
      const { home, target } = linked(installed);
      // The home folder: the target and the dotfiles folder the link points into.
      const skip = (rel: string) => rel === '.claude/.2l-install.lock';
      const before = snapshot(home, skip);
      for (const n of sweepSteps(counter.calls)) {
        assert.throws(() => run(target, faultFs(n)), /rolled back/, `${name}, step ${n}`);
        assert.equal(treeDiff(snapshot(home, skip), before), [], `${name}: tree changed after a fault at step ${n}`);
      }
      fs.rmSync(home, { recursive: true });
    }
  },
);
f.run();
