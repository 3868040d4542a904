// End to end with the real Claude Code CLI: the pack as a marketplace plugin, from a fresh
// `git clone` with no npm step (Claude Code runs no build for a plugin; dist/ is committed).
// Added by path and by a git URL served over smart HTTP on 127.0.0.1 (Claude Code clones it
// itself), installed with `claude plugin install 2l@2l-pack`, then a session with tool calls.
// Claude Code runs `npm ci` (devDependencies included) in a plugin whose folder holds a
// package.json and a lockfile, which would fetch the whole dev toolchain: the marketplace's
// plugin is `plugin/`, links to the runtime only. npm is offline here, so a regression fails
// (a node_modules or a dependency warning) instead of downloading.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { bareClone, freshClone } from '../util/fresh-clone.ts';
import { serveGit, type GitHttp } from '../util/git-http.ts';
import { provePackWorks, runCli, type CliVersion } from '../util/pack-session.ts';

const market = JSON.parse(fs.readFileSync(path.join(ROOT, '.claude-plugin', 'marketplace.json'), 'utf8'));
const ID = `${market.plugins[0].name}@${market.name}`;

const NPM_OFFLINE = { npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };

let git: GitHttp | undefined;
let served = '';
const e2e = suite('e2e: the pack as a marketplace plugin, no build step');
e2e.before(async () => {
  served = tempDir('git-srv');
  bareClone(served, '2l-pack');
  git = await serveGit(served);
});
e2e.after(async () => {
  await git?.close();
});

const cases: Array<[CliVersion, 'path' | 'git URL']> = [
  ['2.1.332', 'path'],
  ['2.1.332', 'git URL'],
  ['2.1.197', 'path'],
  ['2.1.197', 'git URL'],
];
for (const [version, how] of cases) {
  e2e(
    `${version}: marketplace add by ${how}, plugin install ${ID}, a session logs and /2l:2l-status reports`,
    async () => {
      const home = tempDir('home');
      const project = tempDir('proj');
      const o = { cwd: project, home, env: NPM_OFFLINE };
      let source: string;
      if (how === 'path') {
        source = freshClone();
        assert.not.ok(fs.existsSync(path.join(source, 'node_modules')));
      } else source = `${git!.url}2l-pack.git`;
      const before = git!.requests.length;
      const added = await runCli(version, ['plugin', 'marketplace', 'add', source], o);
      assert.is(added.code, 0, added.stdout + added.stderr);
      assert.match(added.stdout, new RegExp(`Successfully added marketplace: ${market.name}`));
      if (how === 'git URL') assert.ok(git!.requests.length > before, 'Claude Code cloned over HTTP');
      const installed = await runCli(version, ['plugin', 'install', ID], o);
      assert.is(installed.code, 0, installed.stdout + installed.stderr);
      assert.match(installed.stdout, new RegExp(`Successfully installed plugin: ${ID}`));
      await provePackWorks({ version, home, project, status: '/2l:2l-status' });
    },
  );
}
e2e.run();
