/**
 * scripts/check-dist.mjs as `npm test` runs it after the build: a copy of the script in a
 * throwaway git repository whose dist/ is committed, then each way a bundle goes stale.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { runNode } from '../util/run-node.ts';

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
};

/** A repository with scripts/check-dist.mjs and a committed dist/ of two bundles. */
function repo(): string {
  const dir = tempDir('check-dist');
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts', 'check-dist.mjs'), path.join(dir, 'scripts', 'check-dist.mjs'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'hook.cjs'), 'module.exports = 1;\n');
  fs.writeFileSync(path.join(dir, 'dist', 'status.mjs'), 'export {};\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'init');
  return dir;
}
const check = (dir: string) => runNode([path.join(dir, 'scripts', 'check-dist.mjs')], { cwd: tempDir('elsewhere') });
const HINT = 'Commit the rebuilt dist/ with the source change (`npm run build && git add dist`).\n';
const HEAD =
  'check-dist: the build changed the committed bundles (dist/ is committed: Claude Code runs it without building):\n';

const stale = suite('check-dist');
stale('passes when dist/ is as committed (and when the rebuilt dist/ is staged)', async () => {
  const dir = repo();
  assert.equal(await check(dir), { code: 0, stdout: '', stderr: '' });
  fs.appendFileSync(path.join(dir, 'dist', 'hook.cjs'), '// rebuilt\n');
  git(dir, 'add', 'dist');
  assert.equal(await check(dir), { code: 0, stdout: '', stderr: '' });
});

const cases: Array<[string, (dir: string) => void, string]> = [
  ['a changed bundle', (d) => fs.appendFileSync(path.join(d, 'dist', 'hook.cjs'), '// newer\n'), '  M dist/hook.cjs'],
  ['a deleted bundle', (d) => fs.rmSync(path.join(d, 'dist', 'status.mjs')), '  D dist/status.mjs'],
  ['a new bundle', (d) => fs.writeFileSync(path.join(d, 'dist', 'emit.mjs'), ''), '  new dist/emit.mjs'],
  ['a changed mode', (d) => fs.chmodSync(path.join(d, 'dist', 'status.mjs'), 0o755), '  M dist/status.mjs'],
];
for (const [name, change, line] of cases) {
  stale(`exit 1 on ${name}, naming it`, async () => {
    const dir = repo();
    change(dir);
    assert.equal(await check(dir), { code: 1, stdout: '', stderr: `${HEAD}${line}\n${HINT}` });
  });
}
stale('exit 1 outside a git checkout: a check that cannot look must not pass', async () => {
  const dir = tempDir('not-git');
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts', 'check-dist.mjs'), path.join(dir, 'scripts', 'check-dist.mjs'));
  const r = await check(dir);
  assert.is(r.code, 1);
  assert.match(r.stderr, /^check-dist: `git status` failed in .*; this check needs a git checkout\n/);
});
stale('npm test runs it right after the build', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.test, /npm run build && node scripts\/check-dist\.mjs && /);
});
stale.run();
