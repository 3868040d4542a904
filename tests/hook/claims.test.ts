import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { STALE_MS, claim, claimPhase, isWritten, markWritten, runtimeDir, takeOver } from '../../lib/hook/claims.ts';
import { tempDir } from '../util/claude.ts';

const claims = suite('claims: one logger per half of a tool call');
claims('the first claim wins, the second loses; start and end are separate', () => {
  const rt = runtimeDir({ XDG_RUNTIME_DIR: tempDir('rt') })!;
  assert.ok(claim(rt, 's1', 'start', 'toolu_1'));
  assert.not.ok(claim(rt, 's1', 'start', 'toolu_1'));
  assert.ok(claim(rt, 's1', 'end', 'toolu_1'));
  assert.ok(claim(rt, 's2', 'start', 'toolu_1'), 'another session');
});
claims('a claim never marked written is taken over once stale, by one process only; a written one never', () => {
  const rt = runtimeDir({ XDG_RUNTIME_DIR: tempDir('rt') })!;
  const t0 = Date.now();
  assert.ok(claim(rt, 's1', 'start', 'dead'), 'a writer claims, then dies before its append');
  assert.not.ok(isWritten(rt, 's1', 'start', 'dead'));
  assert.not.ok(takeOver(rt, 's1', 'start', 'dead', t0), 'fresh: its writer may still be at it');
  const later = t0 + STALE_MS + 1000;
  assert.ok(takeOver(rt, 's1', 'start', 'dead', later), 'stale and unwritten: taken over');
  assert.not.ok(takeOver(rt, 's1', 'start', 'dead', later), 'by one reconciler only');
  assert.ok(claim(rt, 's1', 'end', 'alive'));
  markWritten(rt, 's1', 'end', 'alive');
  assert.ok(isWritten(rt, 's1', 'end', 'alive'));
  assert.not.ok(takeOver(rt, 's1', 'end', 'alive', later), 'written: never logged again');
});
claims('a taker killed before its append is itself taken over once stale; a fresh taker never', () => {
  const rt = runtimeDir({ XDG_RUNTIME_DIR: tempDir('rt') })!;
  const t0 = Date.now();
  assert.ok(claim(rt, 's1', 'end', 'x'), 'a writer claims, then dies');
  const t1 = t0 + STALE_MS + 1000;
  assert.ok(takeOver(rt, 's1', 'end', 'x', t1), 'a reconciler takes over, then dies too');
  assert.not.ok(takeOver(rt, 's1', 'end', 'x', t1), 'while that taker may still be at it: nobody else');
  const t2 = t1 + STALE_MS + 1000;
  assert.ok(takeOver(rt, 's1', 'end', 'x', t2), 'the next generation');
  assert.not.ok(takeOver(rt, 's1', 'end', 'x', t2), 'by one process only');
  markWritten(rt, 's1', 'end', 'x');
  assert.not.ok(takeOver(rt, 's1', 'end', 'x', t2 + 10 * STALE_MS), 'written: never again');
});
claims('ids that do not fit a file name are never used as one (the event is written)', () => {
  const rt = runtimeDir({ XDG_RUNTIME_DIR: tempDir('rt') })!;
  for (const id of ['../../etc/x', 'a/b', '', 'x'.repeat(200)]) {
    assert.ok(claim(rt, 's1', 'start', id));
    assert.ok(claim(rt, 's1', 'start', id));
  }
  assert.equal(fs.readdirSync(path.join(rt)), []);
});
claims('the runtime folder is 0700 and a planted link in its place is refused', () => {
  const base = tempDir('rt');
  const rt = runtimeDir({ XDG_RUNTIME_DIR: base })!;
  assert.is(fs.statSync(rt).mode & 0o777, 0o700);
  const other = tempDir('rt2');
  fs.symlinkSync(tempDir('victim'), path.join(other, '2l'));
  assert.is(runtimeDir({ XDG_RUNTIME_DIR: other }), undefined);
});
claims('which events claim which half', () => {
  assert.equal(['tool_start', 'tool_complete', 'tool_error', 'tool_denied', 'stop'].map(claimPhase), [
    'start',
    'end',
    'end',
    'end',
    undefined,
  ]);
});
claims.run();
