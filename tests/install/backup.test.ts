import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { listRuns, newRunId, pruneRuns, resolveRun, runsToPrune } from '../../lib/install/backup.ts';
import { tempDir } from '../util/claude.ts';

const r = suite('backup runs');
r('run ids sort by time', () => {
  const a = newRunId(new Date('2026-01-01T00:00:00.005Z'), 99);
  const b = newRunId(new Date('2026-01-01T00:00:01.000Z'), 7);
  assert.is(a, '20260101T000000005Z-99');
  assert.ok([b, a].sort()[0] === a);
});
const runs = Array.from({ length: 12 }, (_, i) => `20260101T0000${String(i).padStart(2, '0')}000Z-1`);
const prune: Array<[string, string[], number, string[], string[]]> = [
  ['nothing over the cap', runs.slice(0, 10), 10, [], []],
  ['oldest two over the cap', runs, 10, [], runs.slice(0, 2)],
  ['pinned ones are skipped', runs, 10, [runs[0]!], [runs[1]!, runs[2]!]],
  ['keep 1 keeps the newest', runs.slice(0, 3), 1, [], runs.slice(0, 2)],
  ['keep 0 still keeps the newest', runs.slice(0, 3), 0, [], runs.slice(0, 2)],
];
for (const [name, list, keep, pinned, want] of prune)
  r(name, () => assert.equal(runsToPrune(list, keep, new Set(pinned)), want));
r('pruneRuns never deletes a run that was interrupted: the next install completes it', () => {
  const dir = tempDir('backup');
  for (const [i, run] of runs.slice(0, 4).entries()) {
    fs.mkdirSync(path.join(dir, '.2l-backups', run), { recursive: true });
    const m = { run, command: 'install', created_at: '', pid: 1, pack_version: '0.1.0', complete: i !== 1, files: [] };
    fs.writeFileSync(path.join(dir, '.2l-backups', run, 'manifest.json'), JSON.stringify(m));
  }
  assert.equal(pruneRuns(dir, 1, new Set()), [runs[0], runs[2]]);
  assert.equal(listRuns(dir), [runs[1], runs[3]]);
  fs.rmSync(dir, { recursive: true });
});
r('resolveRun: newest, exact, prefix, unknown', () => {
  const dir = tempDir('backup');
  for (const run of runs.slice(0, 3)) fs.mkdirSync(path.join(dir, '.2l-backups', run), { recursive: true });
  fs.mkdirSync(path.join(dir, '.2l-backups', 'not-a-run'));
  assert.equal(listRuns(dir), runs.slice(0, 3));
  assert.is(resolveRun(dir, undefined), runs[2]);
  assert.is(resolveRun(dir, runs[1]), runs[1]);
  assert.is(resolveRun(dir, '20260101T000001'), runs[1]);
  assert.throws(() => resolveRun(dir, '2026'), /matches 3 runs/);
  assert.throws(() => resolveRun(dir, 'zzz'), /no backup run `zzz`/);
  fs.rmSync(dir, { recursive: true });
});
r.run();
