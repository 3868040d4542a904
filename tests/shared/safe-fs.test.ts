import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  APPEND_FLAGS,
  UnsafePathError,
  ensureStateRoot,
  ensureStateSubdir,
  openRegular,
  readRegularFile,
  readRegularText,
  readUserRegularText,
} from '../../lib/shared/safe-fs.ts';
import { tempDir } from '../util/claude.ts';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof UnsafePathError) return err.reason;
    throw err;
  }
  return undefined;
}

const open = suite('openRegular');
open('refuses a final symlink, dangling or not, and writes nothing through it', () => {
  const dir = tempDir('sfs');
  const victim = path.join(dir, 'bashrc');
  fs.writeFileSync(victim, 'mine\n');
  fs.symlinkSync(victim, path.join(dir, 'events.jsonl'));
  fs.symlinkSync(path.join(dir, 'nothing-here'), path.join(dir, 'dangling'));
  assert.is(
    reasonOf(() => openRegular(path.join(dir, 'events.jsonl'), APPEND_FLAGS)),
    'symlink',
  );
  assert.is(
    reasonOf(() => openRegular(path.join(dir, 'dangling'), APPEND_FLAGS)),
    'symlink',
  );
  assert.is(fs.readFileSync(victim, 'utf8'), 'mine\n');
  assert.not.ok(fs.existsSync(path.join(dir, 'nothing-here')), 'a dangling link must not create its target');
});
open('refuses devices and FIFOs without hanging, for reading and appending', () => {
  const dir = tempDir('sfs');
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  assert.is(
    reasonOf(() => openRegular(fifo, APPEND_FLAGS)),
    'not-regular',
  );
  assert.is(
    reasonOf(() => readRegularFile(fifo, 1024)),
    'not-regular',
  );
  assert.is(
    reasonOf(() => readRegularFile('/dev/zero', 1024)),
    'not-regular',
  );
  assert.is(
    reasonOf(() => openRegular('/dev/null', APPEND_FLAGS)),
    'not-regular',
  );
});

const read = suite('readRegularFile');
read('absent is undefined; empty is empty; the cap refuses a larger file before reading it', () => {
  const dir = tempDir('sfs');
  assert.is(readRegularFile(path.join(dir, 'none'), 10), undefined);
  fs.writeFileSync(path.join(dir, 'empty'), '');
  assert.is(readRegularText(path.join(dir, 'empty'), 10), '');
  fs.writeFileSync(path.join(dir, 'big'), 'x'.repeat(11));
  assert.is(
    reasonOf(() => readRegularFile(path.join(dir, 'big'), 10)),
    'too-big',
  );
  fs.writeFileSync(path.join(dir, 'ok'), 'x'.repeat(10));
  assert.is(readRegularText(path.join(dir, 'ok'), 10), 'x'.repeat(10));
});

read('readUserRegularText: the user’s own file may be a link, but only to a regular file within the cap', () => {
  const dir = tempDir('sfs');
  fs.writeFileSync(path.join(dir, 'real.json'), '{}');
  fs.symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
  assert.is(readUserRegularText(path.join(dir, 'link.json'), 10), '{}');
  fs.symlinkSync(path.join(dir, 'none'), path.join(dir, 'dangling.json'));
  assert.is(readUserRegularText(path.join(dir, 'dangling.json'), 10), undefined);
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
  assert.is(
    reasonOf(() => readUserRegularText(path.join(dir, 'zero.json'), 10)),
    'not-regular',
  );
  execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
  assert.is(
    reasonOf(() => readUserRegularText(path.join(dir, 'fifo.json'), 10)),
    'not-regular',
  );
  assert.is(
    reasonOf(() => readUserRegularText(path.join(dir, 'real.json'), 1)),
    'too-big',
  );
});

const dirs = suite('ensureStateRoot / ensureStateSubdir');
dirs('creates .2L 0700 with a .gitignore of *', () => {
  const proj = tempDir('sfs');
  const root = path.join(proj, '.2L');
  assert.ok(ensureStateRoot(root));
  assert.is(fs.statSync(root).mode & 0o777, 0o700);
  assert.match(fs.readFileSync(path.join(root, '.gitignore'), 'utf8'), /^\*$/m);
  assert.not.ok(ensureStateRoot(root), 'second call creates nothing');
});
dirs('a symlinked .2L or one that is a file is refused; nothing is created behind it', () => {
  const proj = tempDir('sfs');
  const elsewhere = tempDir('sfs-target');
  fs.symlinkSync(elsewhere, path.join(proj, '.2L'));
  assert.is(
    reasonOf(() => ensureStateRoot(path.join(proj, '.2L'))),
    'symlink',
  );
  assert.is(
    reasonOf(() => ensureStateSubdir(path.join(proj, '.2L'), path.join(proj, '.2L', 'dashboard'))),
    'symlink',
  );
  assert.equal(fs.readdirSync(elsewhere), []);
  const proj2 = tempDir('sfs');
  fs.writeFileSync(path.join(proj2, '.2L'), '');
  assert.is(
    reasonOf(() => ensureStateRoot(path.join(proj2, '.2L'))),
    'not-directory',
  );
});
dirs('a symlinked folder below .2L is refused', () => {
  const proj = tempDir('sfs');
  const elsewhere = tempDir('sfs-target');
  fs.mkdirSync(path.join(proj, '.2L'));
  fs.symlinkSync(elsewhere, path.join(proj, '.2L', 'dashboard'));
  assert.is(
    reasonOf(() => ensureStateSubdir(path.join(proj, '.2L'), path.join(proj, '.2L', 'dashboard'))),
    'symlink',
  );
  assert.throws(() => ensureStateSubdir(path.join(proj, '.2L'), path.join(proj, 'x')), /outside/);
});
dirs('a .2L owned by another user is refused', () => {
  if (process.getuid?.() !== 0) return; // needs root to make a folder of another owner
  const proj = tempDir('sfs');
  fs.mkdirSync(path.join(proj, '.2L'));
  fs.chownSync(path.join(proj, '.2L'), 65534, 65534);
  assert.is(
    reasonOf(() => ensureStateRoot(path.join(proj, '.2L'))),
    'not-owner',
  );
});

open.run();
read.run();
dirs.run();
