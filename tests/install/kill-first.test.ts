/**
 * Promise 4 on the first install: a SIGKILL at any step of an install over
 * files of the user's with the names of pack files (no state yet) is completed
 * by the next run, and uninstall then gives the user's files back.
 * TWOL_EXHAUSTIVE=1 kills at every step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { faultFs } from '../../lib/install/fault-fs.ts';
import { install } from '../../lib/install/run.ts';
import { uninstall } from '../../lib/install/undo.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { runInstaller } from '../util/install-fixture.ts';

/** Files of the user's with the names of pack files, there before 2L was ever installed. */
const MINE: Record<string, string> = {
  'commands/2l-status.md': 'my own /2l-status, written before 2L\n',
  'agents/2l-perf-analyst.md': 'my agent that happens to share the name\n',
  'commands/other.md': 'unrelated\n',
};
const MY_SETTINGS = { model: 'opus', hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo user-stop' }] }] } };

function firstScene(): { home: string; target: string } {
  const home = tempDir('first');
  const target = path.join(home, '.claude');
  for (const [rel, text] of Object.entries(MINE)) {
    fs.mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
    fs.writeFileSync(path.join(target, rel), text);
  }
  fs.writeFileSync(path.join(target, 'settings.json'), JSON.stringify(MY_SETTINGS, null, 2));
  return { home, target };
}

/** Kill the first install at step n, run it again, uninstall: what of the user's did not come back. */
function killFirstInstall(n: number): string[] {
  const { home, target } = firstScene();
  const lost: string[] = [];
  try {
    const crashed = runInstaller(ROOT, ['--target', target], { HOME: home, TWOL_INSTALL_FAULT: `crash:${n}` });
    if (crashed.code !== null) lost.push(`not killed (exit ${crashed.code})`);
    // In-process from here (the same code as the command; only the kill needs a process of its own).
    const again = install({ packRoot: ROOT, target });
    if (again.exitCode !== 0) lost.push(`re-run: exit ${again.exitCode}`);
    const un = uninstall({ packRoot: ROOT, target });
    if (un.exitCode !== 0) lost.push(`uninstall: exit ${un.exitCode}`);
    for (const [rel, text] of Object.entries(MINE)) {
      const now = fs.existsSync(path.join(target, rel)) ? fs.readFileSync(path.join(target, rel), 'utf8') : undefined;
      if (now !== text) lost.push(`${rel}: ${JSON.stringify(now)}`);
    }
    const settings = JSON.parse(fs.readFileSync(path.join(target, 'settings.json'), 'utf8'));
    if (JSON.stringify(settings) !== JSON.stringify(MY_SETTINGS))
      lost.push(`settings.json: ${JSON.stringify(settings)}`);
  } finally {
    fs.rmSync(home, { recursive: true });
  }
  return lost;
}

/** Mutating fs calls of a clean first install over the user's files. */
function firstInstallSteps(): number {
  const twin = firstScene();
  const counter = faultFs(Number.MAX_SAFE_INTEGER);
  install({ packRoot: ROOT, target: twin.target, fs: counter });
  fs.rmSync(twin.home, { recursive: true });
  return counter.calls;
}

const first = suite('SIGKILL during the first install over files of the user');
first('after a kill at step k, a re-run and an uninstall, every file of the user is back', () => {
  const steps = firstInstallSteps();
  // About a dozen evenly spread steps by default: the window between our copy
  // replacing the user's file and the state being written is most of the run
  // (the old installer lost a file at 40 of 51 steps there), so each sample
  // lands in it many times over. TWOL_EXHAUSTIVE=1 kills the run at every step.
  const stride = process.env.TWOL_EXHAUSTIVE ? 1 : Math.ceil(steps / 12);
  const points = Array.from({ length: steps }, (_, i) => i + 1).filter((n) => (n - 1) % stride === 0 || n === steps);
  const losses = points.map((n) => [n, killFirstInstall(n)] as const).filter(([, lost]) => lost.length > 0);
  console.log(
    `  first install killed at ${points.length} of ${steps} steps: ${losses.length} lost a file of the user's`,
  );
  assert.equal(losses, []);
});
first(
  'the run a killed first install left is pinned: later runs and prune keep it, uninstall gives the files back',
  () => {
    const { home, target } = firstScene();
    const crashed = runInstaller(ROOT, ['--target', target], {
      HOME: home,
      TWOL_INSTALL_FAULT: `crash:${Math.floor(firstInstallSteps() / 2)}`,
    });
    assert.is(crashed.code, null);
    const [dead] = fs.readdirSync(path.join(target, '.2l-backups'));
    assert.match(
      runInstaller(ROOT, ['backups', '--target', target], { HOME: home }).stdout,
      new RegExp(`${dead}.*\\(interrupted\\)`),
    );
    assert.is(install({ packRoot: ROOT, target }).exitCode, 0);
    for (let i = 0; i < 3; i++) {
      fs.writeFileSync(path.join(target, 'commands', '2l-event.md'), `edit ${i}\n`);
      assert.is(install({ packRoot: ROOT, target }).exitCode, 0);
    }
    assert.match(
      runInstaller(ROOT, ['backups', '--target', target], { HOME: home }).stdout,
      new RegExp(`${dead}.*\\(kept: holds a file of yours\\)`),
    );
    assert.is(runInstaller(ROOT, ['prune', '--keep', '1', '--target', target], { HOME: home }).code, 0);
    assert.ok(fs.existsSync(path.join(target, '.2l-backups', dead!)), 'prune kept it');
    const un = runInstaller(ROOT, ['uninstall', '--target', target], { HOME: home });
    assert.is(un.code, 0, un.stderr);
    for (const [rel, text] of Object.entries(MINE))
      assert.is(fs.readFileSync(path.join(target, rel), 'utf8'), text, rel);
    fs.rmSync(home, { recursive: true });
  },
);
first.run();
