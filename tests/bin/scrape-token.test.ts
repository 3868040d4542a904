// Black-box tests of the built scrape-token command (dist/scrape-token.mjs, and `2l scrape-token`).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';

const TWOL = path.join(ROOT, 'dist', '2l.mjs');
const cmd = (home: string, ...args: string[]) =>
  run(process.execPath, [TWOL, 'scrape-token', ...args], { cwd: home, env: { PATH: process.env.PATH, HOME: home } });

const cli = suite('scrape-token: print, keep, rotate');
cli('prints the token (creating it once), --path, --json, --rotate', async () => {
  const home = tempDir('home');
  const file = path.join(home, '.local', 'state', '2l', 'scrape-token');
  const first = await cmd(home);
  assert.is(first.code, 0, first.stderr);
  assert.match(first.stdout, /^[A-Za-z0-9_-]{32}\n$/);
  assert.is(first.stderr, `scrape-token: created ${file}\n`);
  assert.is(fs.readFileSync(file, 'utf8'), first.stdout);
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  const again = await cmd(home);
  assert.equal([again.code, again.stdout, again.stderr], [0, first.stdout, '']);
  const where = await cmd(home, '--path');
  assert.equal([where.code, where.stdout], [0, `${file}\n`]);
  const json = JSON.parse((await cmd(home, '--json')).stdout);
  assert.equal(json, { token: first.stdout.trim(), file, created: false });
  const rotated = await cmd(home, '--rotate');
  assert.is(rotated.code, 0);
  assert.ok(rotated.stdout !== first.stdout && /^[A-Za-z0-9_-]{32}\n$/.test(rotated.stdout));
  assert.is(rotated.stderr, `scrape-token: rotated ${file}\n`);
  assert.is(fs.readFileSync(file, 'utf8'), rotated.stdout);
});
cli('a file readable by others: refused with what to do, exit 1; --rotate replaces it', async () => {
  const home = tempDir('home');
  const file = path.join(home, '.local', 'state', '2l', 'scrape-token');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${'A'.repeat(32)}\n`, { mode: 0o644 });
  const r = await cmd(home);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(
    r.stderr,
    /^scrape-token: cannot use `.*scrape-token`: .*readable by others.*`2l scrape-token --rotate` replaces it\n$/,
  );
  const fixed = await cmd(home, '--rotate');
  assert.is(fixed.code, 0);
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
});
cli('help and bad arguments', async () => {
  const home = tempDir('home');
  const h = await cmd(home, '--help');
  assert.is(h.code, 0);
  assert.match(h.stdout, /^Usage: scrape-token \[--rotate\] \[--path\] \[--json\]/);
  const bad = await cmd(home, '--now');
  assert.equal([bad.code, bad.stderr], [2, 'scrape-token: unknown option `--now` (see --help)\n']);
  assert.not.ok(fs.existsSync(path.join(home, '.local')), 'nothing created on a usage error');
});
cli.run();
