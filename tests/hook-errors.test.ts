import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { recordHookError } from '../lib/hook-errors.ts';
import { tempDir } from './util/claude.ts';

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
