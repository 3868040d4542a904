import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  backupsSize,
  listRuns,
  newRunId,
  pruneRuns,
  resolveRun,
  runsToPrune,
  runTime,
  sizeWarning,
} from '../../lib/install/backup.ts';
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

const DAY = 86_400_000;
/** A run id started `daysAgo` days before NOW (fake clock). */
const NOW = new Date('2026-06-30T12:00:00Z');
const ago = (daysAgo: number, pid = 1) => newRunId(new Date(NOW.getTime() - daysAgo * DAY), pid);

const age = suite('backup runs: expiry by age (fake clock)');
// [name, runs (days ago), keep, pinned (days ago), maxAgeDays, pruned (days ago)]
const expiry: Array<[string, number[], number, number[], number, number[]]> = [
  ['nothing older than 30 days', [29, 10, 1], 10, [], 30, []],
  ['runs older than 30 days go', [90, 45, 31, 29, 1], 10, [], 30, [90, 45, 31]],
  ['the newest stays, however old', [90, 60], 10, [], 30, [90]],
  ['a pinned run stays, however old', [90, 60, 1], 10, [90], 30, [60]],
  ['age and count together', [40, 20, 10, 5, 1], 3, [], 30, [40, 20]],
  ['max age 0: by count only', [400, 300, 1], 10, [], 0, []],
  ['exactly at the limit stays', [30, 1], 10, [], 30, []],
];
for (const [name, list, keep, pinned, maxAgeDays, want] of expiry)
  age(name, () =>
    assert.equal(
      runsToPrune(
        list.map((d) => ago(d)),
        keep,
        new Set(pinned.map((d) => ago(d))),
        { now: NOW, maxAgeDays },
      ),
      want.map((d) => ago(d)),
    ),
  );
age('runTime reads the start back from a run id; a name that is not one is never expired', () => {
  assert.is(runTime(ago(3)), NOW.getTime() - 3 * DAY);
  assert.is(runTime('not-a-run'), undefined);
  assert.equal(runsToPrune(['zzz', ago(1)], 10, new Set(), { now: NOW, maxAgeDays: 1 }), []);
});
age('pruneRuns by age keeps an interrupted run, however old; --dry-run deletes nothing', () => {
  const dir = tempDir('backup');
  const runs = [ago(90), ago(80), ago(70), ago(1)];
  for (const [i, run] of runs.entries()) {
    fs.mkdirSync(path.join(dir, '.2l-backups', run), { recursive: true });
    const m = { run, command: 'install', created_at: '', pid: 1, pack_version: '0.1.0', complete: i !== 1, files: [] };
    fs.writeFileSync(path.join(dir, '.2l-backups', run, 'manifest.json'), JSON.stringify(m));
  }
  const expiry = { now: NOW, maxAgeDays: 30 };
  assert.equal(pruneRuns(dir, 10, new Set(), expiry, true), [runs[0], runs[2]]);
  assert.equal(listRuns(dir), runs, 'dry run');
  assert.equal(pruneRuns(dir, 10, new Set(), expiry), [runs[0], runs[2]]);
  assert.equal(listRuns(dir), [runs[1], runs[3]]);
  fs.rmSync(dir, { recursive: true });
});
age.run();

const size = suite('backup runs: total size');
size('bytes of every file under .2l-backups by lstat; a link counts as itself, never followed', () => {
  const dir = tempDir('backup');
  const run = path.join(dir, '.2l-backups', ago(1));
  fs.mkdirSync(path.join(run, 'commands'), { recursive: true });
  fs.writeFileSync(path.join(run, 'manifest.json'), 'x'.repeat(100));
  fs.writeFileSync(path.join(run, 'commands', 'a.md'), 'y'.repeat(1000));
  const big = path.join(dir, 'big');
  fs.writeFileSync(big, Buffer.alloc(1 << 20));
  fs.symlinkSync(big, path.join(run, 'link'));
  assert.is(backupsSize(dir), 1100 + Buffer.byteLength(big));
  assert.is(backupsSize(path.join(dir, 'nowhere')), 0);
  fs.rmSync(dir, { recursive: true });
});
size('a .2l-backups that is a symlink is not walked', () => {
  const dir = tempDir('backup');
  fs.mkdirSync(path.join(dir, 'elsewhere'));
  fs.writeFileSync(path.join(dir, 'elsewhere', 'f'), Buffer.alloc(5000));
  fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, '.2l-backups'));
  assert.is(backupsSize(dir), 0);
  fs.rmSync(dir, { recursive: true });
});
size('the warning: past the threshold only, 0 never warns', () => {
  const mib = 1024 * 1024;
  assert.is(sizeWarning(50 * mib, 50), undefined);
  assert.match(
    sizeWarning(50 * mib + 1, 50) ?? '',
    /^warning: backups take 50\.0 MiB \(over 50 MiB\); `\.\/install\.mjs prune/,
  );
  assert.is(sizeWarning(10_000 * mib, 0), undefined);
});
size.run();
