import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { recordHookError } from '../../lib/hook/errors.ts';
import { tempDir } from '../util/claude.ts';
import { victim } from '../util/hostile.ts';

const log = suite('recordHookError');
log('one line per error, whitespace folded, long messages cut', () => {
  const dir = tempDir('he');
  recordHookError(dir, 'first\nline two', new Date(0));
  recordHookError(dir, 'x'.repeat(10_000), new Date(0));
  const lines = fs.readFileSync(path.join(dir, 'hook-errors.log'), 'utf8').split('\n').filter(Boolean);
  assert.is(lines[0], '1970-01-01T00:00:00.000Z first line two');
  assert.is(lines.length, 2);
  assert.ok(lines[1]!.length < 2100);
});
log('a missing folder or unwritable place never throws', () => {
  recordHookError('/nonexistent/dir', 'x');
  recordHookError('/proc/self', 'x');
});
log.run();

const planted = suite('recordHookError: planted links');
planted('a hook-errors.log that is a link is not written through', () => {
  const dir = tempDir('he');
  const outside = victim();
  fs.symlinkSync(outside.file, path.join(dir, 'hook-errors.log'));
  recordHookError(dir, 'x');
  assert.ok(outside.unchanged());
});
planted('a folder that is a link is not written into', () => {
  const parent = tempDir('he');
  const outside = victim();
  fs.symlinkSync(outside.dir, path.join(parent, '.2L'));
  recordHookError(path.join(parent, '.2L'), 'x');
  assert.ok(outside.unchanged());
});
planted('an oversized log is moved aside over a planted .1 link without following it', () => {
  const dir = tempDir('he');
  const outside = victim();
  fs.writeFileSync(path.join(dir, 'hook-errors.log'), 'e'.repeat(300 * 1024));
  fs.symlinkSync(outside.file, path.join(dir, 'hook-errors.log.1'));
  recordHookError(dir, 'x', new Date(0));
  assert.ok(outside.unchanged());
  assert.is(fs.readFileSync(path.join(dir, 'hook-errors.log'), 'utf8'), '1970-01-01T00:00:00.000Z x\n');
});
planted.run();
