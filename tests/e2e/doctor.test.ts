/**
 * `2l doctor` against settings files the real Claude Code CLI wrote: the pack
 * added as a marketplace and installed as a plugin with `claude plugin`
 * (offline, from a fresh clone), then also installed with ./install.mjs into
 * the same HOME. Doctor reports plugin mode, then both (registered twice).
 * That both still log each event once is tests/e2e/hooks (the shadow rule).
 */
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { freshClone } from '../util/fresh-clone.ts';
import { runInstaller } from '../util/install-fixture.ts';
import { runCli, type CliVersion } from '../util/pack-session.ts';
import { runSync } from '../util/run.ts';

const NPM_OFFLINE = { npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };

function doctor(home: string, project: string) {
  const r = runSync(process.execPath, [path.join(ROOT, 'dist', 'doctor.mjs'), '--json', '--project', project], {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: home },
    timeoutMs: 30_000,
  });
  const d = JSON.parse(r.stdout) as { exit: number; checks: Array<{ id: string; status: string; found: string }> };
  assert.is(r.code, d.exit);
  return Object.fromEntries(d.checks.map((c) => [c.id, c]));
}

const e2e = suite('e2e: doctor on a real plugin registration');
for (const version of ['2.1.332', '2.1.197'] as CliVersion[]) {
  e2e(`${version}: plugin only is OK; plugin plus ./install.mjs is "both", a warning`, async () => {
    const home = tempDir('home');
    const project = tempDir('proj');
    const o = { cwd: project, home, env: NPM_OFFLINE };
    const added = await runCli(version, ['plugin', 'marketplace', 'add', freshClone()], o);
    assert.is(added.code, 0, added.stdout + added.stderr);
    const installed = await runCli(version, ['plugin', 'install', '2l@2l-pack'], o);
    assert.is(installed.code, 0, installed.stdout + installed.stderr);

    const plugin = doctor(home, project);
    assert.equal([plugin.mode!.status, plugin.mode!.found], ['OK', 'plugin 2l@2l-pack']);
    assert.equal([plugin.hooks!.status, plugin.hooks!.found], ['OK', 'registered by the plugin 2l@2l-pack']);

    assert.is(runInstaller(ROOT, ['-q'], { HOME: home }).code, 0);
    const both = doctor(home, project);
    assert.is(both.mode!.status, 'WARN');
    assert.match(both.mode!.found, /^both: the installed copy \(.*\/\.claude\/lib\/2l\) and the plugin 2l@2l-pack$/);
    assert.is(both.hooks!.status, 'OK', 'settings.json itself registers the hook once');
  });
}
e2e.run();
