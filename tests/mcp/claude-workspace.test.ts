import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gitRoot, mainCheckout, trustOf, workspaceKey } from '../../lib/mcp/claude-workspace.ts';
import { tempDir } from '../util/claude.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'ignore' });

const key = suite('claude-workspace: the project key');
key('no git: the folder itself', () => {
  const dir = tempDir('ws');
  assert.is(gitRoot(dir), undefined);
  assert.is(workspaceKey(dir), dir);
});
key('inside a repository: its root, from any subfolder', () => {
  const dir = tempDir('ws');
  git(dir, 'init', '-q');
  fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  assert.is(workspaceKey(path.join(dir, 'a', 'b')), dir);
});
key('a linked worktree: the main checkout, as Claude Code keys it', () => {
  const root = tempDir('ws');
  const main = path.join(root, 'main');
  fs.mkdirSync(main);
  git(main, 'init', '-q');
  git(main, 'commit', '-q', '--allow-empty', '-m', 'x');
  git(main, 'worktree', 'add', '-q', path.join(root, 'wt'));
  assert.is(workspaceKey(path.join(root, 'wt')), main);
});
key('a forged `.git` file the main repository does not confirm: the folder itself', () => {
  const root = tempDir('ws');
  const fake = path.join(root, 'proj', 'fake', '.git', 'worktrees', 'x');
  fs.mkdirSync(fake, { recursive: true });
  fs.writeFileSync(path.join(root, 'proj', '.git'), `gitdir: ${fake}\n`);
  fs.writeFileSync(path.join(fake, 'commondir'), '../..\n');
  fs.writeFileSync(path.join(fake, 'gitdir'), '/somewhere/else/.git\n');
  assert.is(mainCheckout(path.join(root, 'proj')), path.join(root, 'proj'));
});
key('`.git` planted as a FIFO or a link to /dev/zero: no hang, the folder itself', () => {
  for (const plant of [(f: string) => spawnSync('mkfifo', [f]), (f: string) => fs.symlinkSync('/dev/zero', f)]) {
    const dir = tempDir('ws');
    plant(path.join(dir, '.git'));
    assert.is(workspaceKey(dir), dir);
  }
});
key.run();

const trust = suite('claude-workspace: trust');
const projects = (entries: Record<string, unknown>) => ({ projects: entries });
trust('trusted under its own key; an ancestor or an other key only as a parent; else none', () => {
  const dir = tempDir('ws');
  const sub = path.join(dir, 'sub');
  fs.mkdirSync(sub);
  git(dir, 'init', '-q');
  assert.is(trustOf(projects({ [dir]: { hasTrustDialogAccepted: true } }), sub), 'trusted');
  assert.is(trustOf(projects({ [sub]: { hasTrustDialogAccepted: true } }), sub), 'parent');
  assert.is(trustOf(projects({ [path.dirname(dir)]: { hasTrustDialogAccepted: true } }), sub), 'parent');
  assert.is(trustOf(projects({ [dir]: { hasTrustDialogAccepted: 'yes' } }), sub), 'none');
  assert.is(trustOf(undefined, sub), 'none');
});
trust.run();
