/** The installer fault and kill tests' scene: a target with history (tests/install/faults, kill). */
import fs from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { install } from '../../lib/install/run.ts';
import { tempDir } from './claude.ts';
import { makePack } from './install-fixture.ts';

/** A target with history: an older install, a user edit, a user file in our way, user settings. */
export function scene(): { home: string; target: string; oldPack: string } {
  const home = tempDir('faults');
  const oldPack = makePack(path.join(home, 'old-pack'), {
    version: '0.0.9',
    files: {
      'commands/2l-event.md': 'old event command\n',
      'commands/2l-retired.md': 'retired\n',
      'agents/2l-old-agent.md': 'agent v0\n',
    },
  });
  const target = path.join(home, '.claude');
  fs.mkdirSync(path.join(target, 'commands'), { recursive: true });

  fs.writeFileSync(
    path.join(target, 'settings.json'),
    JSON.stringify(
      { model: 'opus', hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo user-stop' }] }] } },
      null,
      2,
    ),
  );
  const first = install({ packRoot: oldPack, target });
  assert.is(first.exitCode, 0);
  fs.writeFileSync(path.join(target, 'agents', '2l-old-agent.md'), 'agent v0, edited by the user\n');

  fs.writeFileSync(path.join(target, 'lib', '2l', 'dist', 'emit.mjs'), '// user hack\n');
  // Our bin lost its executable bit (as from a build that did not set it): the update sets it again.
  fs.chmodSync(path.join(target, 'lib', '2l', 'dist', '2l.mjs'), 0o644);
  // commands/ becomes a symlink out of the target (as 2L once suggested): the
  // update replaces it by a real folder holding copies, and uninstall puts it back.
  const legacy = path.join(home, 'legacy-commands');
  fs.renameSync(path.join(target, 'commands'), legacy);
  fs.writeFileSync(path.join(legacy, 'mine.md'), 'my own command\n');
  fs.symlinkSync(legacy, path.join(target, 'commands'));
  return { home, target, oldPack };
}

export const skipLock = (rel: string) => rel === '.2l-install.lock';

/**
 * The fs steps an in-process fault sweep visits: every one, except in the inner loop
 * (`npm run test:unit` sets TWOL_QUICK_SWEEPS=1), where it takes the first and last
 * three (where start-up and state-writing bugs sit) and every fifth step between.
 * `npm test`, and so CI, always sweeps every step.
 */
export function sweepSteps(total: number): number[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (process.env.TWOL_QUICK_SWEEPS !== '1') return all;
  return all.filter((n) => n <= 3 || n > total - 3 || n % 5 === 0);
}
