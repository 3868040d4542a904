/** A folder's size by lstat only, bounded (lib/shared/tree-size.ts). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { treeSize } from '../../lib/shared/tree-size.ts';
import { tempDir } from '../util/claude.ts';

const t = suite('treeSize');
t('files, links as themselves, a FIFO without opening it; nothing behind a link is counted', () => {
  const dir = tempDir('tree');
  fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'a', 'b', 'f'), Buffer.alloc(300));
  fs.writeFileSync(path.join(dir, 'g'), Buffer.alloc(5));
  const big = tempDir('tree-big');
  fs.writeFileSync(path.join(big, 'huge'), Buffer.alloc(1 << 20));
  fs.symlinkSync(big, path.join(dir, 'dirlink'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero'));
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  assert.equal(treeSize(dir), {
    bytes: 305 + Buffer.byteLength(big) + '/dev/zero'.length,
    files: 5,
    links: 2,
    partial: false,
  });
});
t('a root that is a link, a file or missing holds nothing', () => {
  const dir = tempDir('tree');
  fs.writeFileSync(path.join(dir, 'f'), 'x');
  fs.symlinkSync(dir, path.join(dir, 'self'));
  for (const root of [path.join(dir, 'self'), path.join(dir, 'f'), path.join(dir, 'none')])
    assert.equal(treeSize(root), { bytes: 0, files: 0, links: 0, partial: false }, root);
});
t('bounded: deeper than maxDepth or more than maxEntries is partial', () => {
  const dir = tempDir('tree');
  fs.mkdirSync(path.join(dir, '1', '2', '3'), { recursive: true });
  fs.writeFileSync(path.join(dir, '1', '2', '3', 'f'), 'x');
  assert.is(treeSize(dir, { maxDepth: 2, maxEntries: 100 }).partial, true);
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `e${i}`), 'y');
  const r = treeSize(dir, { maxDepth: 10, maxEntries: 3 });
  assert.equal([r.partial, r.files <= 3], [true, true]);
});
t.run();
