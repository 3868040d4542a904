import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { installedHookPath, shadowedByInstall } from '../../lib/hook/install-copy.ts';
import { tempDir } from '../util/claude.ts';

const copy = suite('shadowedByInstall: the installed hook wins');
function scene() {
  const home = tempDir('home');
  const plugin = path.join(tempDir('plugin'), 'hook.cjs');
  fs.writeFileSync(plugin, '// plugin copy');
  return { home, plugin, env: { HOME: home } as NodeJS.ProcessEnv };
}
const install = (home: string) => {
  const file = path.join(home, '.claude', 'lib', '2l', 'dist', 'hook.cjs');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '// installed');
  return file;
};
copy('not installed: the plugin copy logs', () => {
  const { plugin, env, home } = scene();
  assert.is(installedHookPath(env).startsWith(home), true);
  assert.is(shadowedByInstall(plugin, env), false);
});
copy('installed: the plugin copy is silent, the installed one logs (also through a linked ~/.claude)', () => {
  const { home, plugin, env } = scene();
  const installed = install(home);
  assert.is(shadowedByInstall(plugin, env), true);
  assert.is(shadowedByInstall(installed, env), false);
  const linked = path.join(tempDir('other'), 'claude-link');
  fs.symlinkSync(path.join(home, '.claude'), linked);
  assert.is(shadowedByInstall(path.join(linked, 'lib', '2l', 'dist', 'hook.cjs'), env), false);
  assert.is(shadowedByInstall(undefined, env), true);
});
copy('CLAUDE_CONFIG_DIR moves the install; a relative one is ignored', () => {
  const { home, plugin } = scene();
  const config = tempDir('config');
  const file = path.join(config, 'lib', '2l', 'dist', 'hook.cjs');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  assert.is(shadowedByInstall(plugin, { HOME: home, CLAUDE_CONFIG_DIR: config }), true);
  assert.is(shadowedByInstall(plugin, { HOME: home, CLAUDE_CONFIG_DIR: 'rel' }), false);
});
copy('a config folder that cannot be looked into: the copy logs rather than lose the event', () => {
  const { home, plugin } = scene();
  fs.writeFileSync(path.join(home, 'not-a-dir'), '');
  assert.is(shadowedByInstall(plugin, { HOME: home, CLAUDE_CONFIG_DIR: path.join(home, 'not-a-dir') }), false);
});
copy.run();
