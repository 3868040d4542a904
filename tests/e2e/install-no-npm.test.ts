// End to end with the real Claude Code CLI: installing into ~/.claude with no npm step and
// no network, as a new user does. From a fresh `git clone` (no node_modules), `./install.mjs`;
// from `npm pack` of that clone, `npx ./2l-pack-<version>.tgz install` with npm offline and a
// fresh cache. Each is followed by a session in another folder and `/2l-status`.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../util/claude.ts';
import { freshClone } from '../util/fresh-clone.ts';
import { provePackWorks } from '../util/pack-session.ts';
import { run } from '../util/run.ts';

/** Node and the system tools, nothing from this checkout (no node_modules/.bin). */
const PATH = `${path.dirname(process.execPath)}:/usr/bin:/bin`;
/** npm with an empty cache, offline, and a registry that refuses: any download fails the test. */
const npmEnv = (home: string): NodeJS.ProcessEnv => ({
  PATH,
  HOME: home,
  npm_config_cache: path.join(home, '.npm'),
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
});

const e2e = suite('e2e: install without npm');
e2e('fresh clone, no node_modules: ./install.mjs, then a session elsewhere logs and /2l-status reports', async () => {
  const pack = freshClone();
  const home = tempDir('home');
  const r = await run(path.join(pack, 'install.mjs'), ['--quiet'], { cwd: pack, env: { PATH, HOME: home } });
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.not.ok(fs.existsSync(path.join(pack, 'node_modules')), 'the install ran no npm step');
  await provePackWorks({ version: '2.1.332', home, project: tempDir('proj'), status: '/2l-status' });
});

e2e(
  'npm ci --omit=dev in a fresh clone needs nothing from the registry (every runtime library is bundled)',
  async () => {
    const pack = freshClone();
    const r = await run('npm', ['ci', '--omit=dev'], { cwd: pack, env: npmEnv(tempDir('home')), timeoutMs: 120_000 });
    assert.is(r.code, 0, r.stdout + r.stderr);
    const installed = fs.existsSync(path.join(pack, 'node_modules'))
      ? fs.readdirSync(path.join(pack, 'node_modules')).filter((f) => !f.startsWith('.'))
      : [];
    assert.equal(installed, []);
  },
);

e2e('npm pack: only runtime files, under 2 MB; npx <tarball> install works offline in a fresh HOME', async () => {
  const pack = freshClone();
  const out = tempDir('packed');
  const home = tempDir('home');
  const packed = await run('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: pack,
    env: npmEnv(home),
    timeoutMs: 120_000,
  });
  assert.is(packed.code, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
  const tops = new Set(info!.files.map((f) => f.path.split('/')[0]));
  assert.equal([...tops].sort(), [
    '.claude-plugin',
    'README.md',
    'agents',
    'commands',
    'dist',
    'hooks',
    'install.mjs',
    'lib',
    'package.json',
  ]);
  assert.equal(
    info!.files.filter((f) => f.path.startsWith('lib/')).map((f) => f.path),
    ['lib/2l-event-logger.sh', 'lib/2l-hook-front.sh'],
  );
  assert.ok(info!.size < 2_000_000, `tarball is ${info!.size} bytes`);

  // npx runs the package's one bin (2l) with `install`; the tarball is named as a path (./…).
  const r = await run('npx', ['--yes', `./${info!.filename}`, 'install', '--quiet'], {
    cwd: out,
    env: npmEnv(home),
    timeoutMs: 120_000,
  });
  assert.is(r.code, 0, r.stdout + r.stderr);
  // The install copied the runtime: nothing in ~/.claude points into npx's cache.
  const settings = fs.readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8');
  assert.match(settings, new RegExp(`${path.join(home, '.claude', 'lib', '2l', 'dist', 'hook.cjs')}`));
  assert.not.match(settings, /_npx|\.npm/);
  await provePackWorks({ version: '2.1.332', home, project: tempDir('proj'), status: '/2l-status' });
});
e2e.run();
