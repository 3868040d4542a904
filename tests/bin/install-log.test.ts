/**
 * The installer as a user runs it, for issue 19: `--update`, the install log
 * (success, an injected failure, Ctrl-C, a planted log), `stats` and the
 * backups' size and expiry. A fake HOME per test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newRunId } from '../../lib/install/backup.ts';
import { parseLog, type LogRecord } from '../../lib/install/log.ts';
import { install } from '../../lib/install/run.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { INSTALL_LOG, runInstaller } from '../util/install-fixture.ts';

function home() {
  const h = tempDir('install-log');
  const target = path.join(h, '.claude');
  return {
    home: h,
    target,
    run: (args: string[] = [], env: Record<string, string> = {}) => runInstaller(ROOT, args, { HOME: h, ...env }),
    log: (): LogRecord[] => parseLog(fs.readFileSync(path.join(target, INSTALL_LOG), 'utf8')),
  };
}
const ends = (recs: LogRecord[]) => recs.filter((r) => r.event === 'end');

const up = suite('--update');
up('nothing installed: exit 4, says how to install, writes nothing', () => {
  const h = home();
  const r = h.run(['--update']);
  assert.is(r.code, 4);
  assert.is(r.stdout, '');
  assert.match(
    r.stderr,
    /^install: nothing to update: the 2L pack is not installed in `.*\/\.claude` \(no `\.2l-install\.yaml`\); install it first: `\.\/install\.mjs`/,
  );
  assert.not.ok(fs.existsSync(h.target));
});
up('a target folder with no install in it: exit 4, and the refusal is logged', () => {
  const h = home();
  fs.mkdirSync(h.target);
  assert.is(h.run(['--update']).code, 4);
  assert.equal(
    ends(h.log()).map((e) => [e.outcome, e.exit]),
    [['failure', 4]],
  );
});
up('installed: updates what changed only, like a plain install; in sync after', () => {
  const h = home();
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'lib', '2l', 'dist', 'hook.cjs'), '// drifted\n');
  const r = h.run(['--update']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^2L pack [^\n]*: update in /);
  assert.match(r.stdout, /backed up, replaced\s+lib\/2l\/dist\/hook\.cjs/);
  assert.match(r.stdout, /done: 0 created, 0 updated, 1 backed up and replaced, \d+ unchanged.* in \d/);
  assert.is(h.run(['--check']).code, 0);
  const again = h.run(['--update', '--json']);
  assert.is(again.code, 0);
  const report = JSON.parse(again.stdout);
  assert.equal([report.command, report.written], ['update', []]);
  assert.is(typeof report.durationMs, 'number');
  assert.equal(Object.keys(report.phases), ['read', 'plan', 'apply', 'prune']);
});
up('--update with another command, or a bad --max-age: exit 2', () => {
  const h = home();
  const r = h.run(['uninstall', '--update']);
  assert.equal([r.code, r.stderr], [2, 'install: `--update` goes with install, not `uninstall`\n']);
  assert.is(h.run(['--max-age', 'soon']).code, 2);
  assert.is(h.run(['--warn-size=-5']).code, 2);
});
up.run();

const log = suite('install log');
log('success: start, every file written, end with phases and total; --check and --dry-run are not logged', () => {
  const h = home();
  assert.is(h.run().code, 0);
  h.run(['--check']);
  h.run(['--dry-run']);
  const recs = h.log();
  assert.is(new Set(recs.map((r) => r.run)).size, 1);
  assert.is(recs[0]!.event, 'start');
  const files = recs.filter((r) => r.event === 'file');
  assert.ok(files.some((f) => f.rel === 'lib/2l/dist/hook.cjs' && f.action === 'create'));
  const [end] = ends(recs);
  assert.is(end!.outcome, 'success');
  assert.equal(Object.keys(end!.phases as object), ['read', 'plan', 'apply', 'prune']);
  assert.is(typeof end!.duration_ms, 'number');
  assert.is(end!.written, files.length + 2, 'the files, settings.json and the install state');
  // The backups run of the same run carries the same id: the log names it.
  fs.writeFileSync(path.join(h.target, 'commands', '2l-status.md'), 'edited\n');
  assert.is(h.run().code, 0);
  const second = ends(h.log())[1]!;
  assert.ok(fs.existsSync(path.join(h.target, '.2l-backups', String(second.backup_run))));
  assert.is(second.run, second.backup_run);
});
log('an injected failure: logged with its message, exit 1, the tree rolled back', () => {
  const h = home();
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'commands', '2l-status.md'), 'edited\n');
  const r = h.run([], { TWOL_INSTALL_FAULT: 'error:4' });
  assert.is(r.code, 1);
  const end = ends(h.log())[1]!;
  assert.equal([end.outcome, end.exit], ['failure', 1]);
  assert.match(String(end.error), /injected fault at fs call 4/);
  assert.is(fs.readFileSync(path.join(h.target, 'commands', '2l-status.md'), 'utf8'), 'edited\n');
});
log('Ctrl-C during a run: the run is finished, logged, and the signal logged after it; exit 130', () => {
  const h = home();
  const r = h.run([], { TWOL_INSTALL_FAULT: 'sigint:5' });
  assert.is(r.code, 130, r.stderr);
  const recs = h.log();
  assert.equal(
    recs.filter((x) => x.event !== 'file').map((x) => x.event),
    ['start', 'end', 'signal'],
  );
  assert.equal([ends(recs)[0]!.outcome, recs.at(-1)!.signal], ['success', 'SIGINT']);
  const s = h.run(['stats', '--json']);
  assert.equal(JSON.parse(s.stdout).signalled, 1);
});
log('a killed run leaves a start with no end; stats counts it, and the success rate', () => {
  const h = home();
  assert.is(h.run([], { TWOL_INSTALL_FAULT: 'crash:20' }).code, null);
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'settings.json'), '{ broken');
  assert.is(h.run().code, 1);
  const s = h.run(['stats']);
  assert.is(s.code, 0, s.stderr);
  assert.match(
    s.stdout,
    /: 3 run\(s\)\n  success rate 33\.3%: 1 done, 0 partial, 0 stopped on a conflict, 1 failed, 1 killed/,
  );
  const b = h.run(['backups']);
  assert.match(b.stdout, /total \d[^;]*; 33\.3% of 3 logged run\(s\) succeeded/);
});
log('a planted log (a symlink to a file of the user): not followed, the run goes on with a warning', () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.home, '.bashrc'), 'mine\n');
  fs.symlinkSync(path.join(h.home, '.bashrc'), path.join(h.target, INSTALL_LOG));
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, /install: warning: could not write the install log .*symbolic link/);
  assert.is(fs.readFileSync(path.join(h.home, '.bashrc'), 'utf8'), 'mine\n');
  assert.match(h.run(['stats']).stderr, /cannot read the install log: .*symbolic link/);
});
log('slow runs warn past 10 s, in the report and --json (a fake clock)', () => {
  const target = path.join(tempDir('install-log'), '.claude');
  let t = 0;
  const r = install({ packRoot: ROOT, target, clock: () => (t += 3000) });
  assert.equal(r.phases, { read: 3000, plan: 3000, apply: 3000, prune: 3000 });
  assert.is(r.durationMs, 15_000);
  assert.ok(
    r.notes.includes(
      'warning: the install took 15.0 s (over 10 s; read 3000 ms, plan 3000 ms, apply 3000 ms, prune 3000 ms)',
    ),
  );
  let u = 0;
  assert.not.ok(install({ packRoot: ROOT, target, clock: () => (u += 1000) }).notes.some((n) => /took/.test(n)));
});
log.run();

const bk = suite('backups: expiry and size');
bk('an install expires runs older than --max-age (fake clock), never the newest or one holding a file of yours', () => {
  const h = home();
  const day = 86_400_000;
  const at = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * day);
  install({ packRoot: ROOT, target: h.target, now: at(0) });
  // Day 1: a file of the user's in our way is displaced (pinned); days 2-4: edits of ours replaced.
  fs.writeFileSync(path.join(h.target, 'commands', '2l-mine.md'), 'x');
  const mk = (d: number, rel: string) => {
    fs.writeFileSync(path.join(h.target, rel), `edit ${d}\n`);
    return install({ packRoot: ROOT, target: h.target, now: at(d) }).run!;
  };
  const edits = [2, 3, 4].map((d) => mk(d, 'agents/2l-perf-analyst.md'));
  const statusEdit = mk(5, 'commands/2l-status.md');
  const r = install({ packRoot: ROOT, target: h.target, now: at(60), maxAgeDays: 30 });
  // Edits 2 and 3 are older copies of the same file (edit 4 is the newest, pinned); edit 5 holds another file's edit.
  assert.equal(r.pruned, edits.slice(0, 2));
  const left = fs.readdirSync(path.join(h.target, '.2l-backups')).sort();
  assert.equal(left, [edits[2]!, statusEdit]);
  assert.equal(newRunId(at(5), process.pid), statusEdit);
});
bk('the report gives the backups size and warns past --warn-size', () => {
  const h = home();
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'commands', '2l-status.md'), 'e'.repeat(2 << 20));
  const r = h.run(['--warn-size', '1']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /backups take 2\.0 MiB in .*\.2l-backups\//);
  assert.match(r.stdout, /warning: backups take 2\.0 MiB \(over 1 MiB\)/);
  const json = JSON.parse(h.run(['prune', '--json', '--warn-size', '1']).stdout);
  assert.ok(json.backupBytes > 2 << 20);
  assert.ok(json.notes.some((n: string) => n.startsWith('warning: backups take')));
  assert.not.match(h.run(['prune']).stdout, /warning/);
});
bk.run();
