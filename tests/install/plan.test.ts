import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  planInstall,
  planUninstall,
  summarise,
  type FileAction,
  type InstalledState,
  type TargetEntry,
} from '../../lib/install/plan.ts';
import { rewritePluginRoot } from '../../lib/install/source.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const opts = { keepMine: false, force: false, packVersion: '1.0.0' };
const state = (files: Record<string, string>, v = '1.0.0'): InstalledState => ({
  packVersion: v,
  files,
  displaced: {},
});

const p = suite('planInstall: one file, three sides');
// [name, what is there, what we recorded, keepMine, expected action]
const table: Array<[string, TargetEntry, string | undefined, boolean, FileAction]> = [
  ['nothing there', { kind: 'missing' }, undefined, false, 'create'],
  ['same bytes, not recorded', { kind: 'file', sha256: A }, undefined, false, 'unchanged'],
  ['same bytes, recorded', { kind: 'file', sha256: A }, A, false, 'unchanged'],
  ['ours, pack changed', { kind: 'file', sha256: B }, B, false, 'update'],
  ['user changed ours', { kind: 'file', sha256: C }, B, false, 'backup-update'],
  ['never ours', { kind: 'file', sha256: C }, undefined, false, 'backup-update'],
  ['never ours, --keep-mine', { kind: 'file', sha256: C }, undefined, true, 'keep-mine'],
  ['user changed ours, --keep-mine', { kind: 'file', sha256: C }, B, true, 'keep-mine'],
  ['a symlink', { kind: 'symlink' }, undefined, false, 'backup-update'],
  ['recorded but deleted by the user', { kind: 'missing' }, B, false, 'create'],
  ['same bytes, other read/write bits', { kind: 'file', sha256: A, mode: 0o600 }, A, false, 'unchanged'],
  ['same bytes, executable where the pack file is not', { kind: 'file', sha256: A, mode: 0o755 }, A, false, 'update'],
];
for (const [name, entry, recorded, keepMine, want] of table) {
  p(`${name} → ${want}`, () => {
    const plan = planInstall(
      [{ rel: 'commands/x.md', sha256: A, mode: 0o644 }],
      new Map([['commands/x.md', entry]]),
      recorded ? state({ 'commands/x.md': recorded }) : undefined,
      { ...opts, keepMine },
    );
    assert.equal(plan.conflicts, []);
    assert.is(plan.files[0]!.action, want);
    assert.is(plan.nextFiles['commands/x.md'], want === 'keep-mine' ? undefined : A);
  });
}
p('only a file that was never ours is marked as displaced', () => {
  const never = planInstall(
    [{ rel: 'x', sha256: A, mode: 0o644 }],
    new Map([['x', { kind: 'file', sha256: C }]]),
    undefined,
    opts,
  );
  assert.is(never.files[0]!.displaces, true);
  const changed = planInstall(
    [{ rel: 'x', sha256: A, mode: 0o644 }],
    new Map([['x', { kind: 'file', sha256: C }]]),
    state({ x: B }),
    opts,
  );
  assert.is(changed.files[0]!.displaces, undefined);
});
p('same bytes but a different executable bit: only the mode is set', () => {
  const plan = planInstall(
    [{ rel: 'lib/2l/dist/2l.mjs', sha256: A, mode: 0o755 }],
    new Map([['lib/2l/dist/2l.mjs', { kind: 'file', sha256: A, mode: 0o644 }]]),
    state({ 'lib/2l/dist/2l.mjs': A }),
    opts,
  );
  assert.equal(plan.files, [
    { rel: 'lib/2l/dist/2l.mjs', sha256: A, mode: 0o755, action: 'update', modeOnly: true, reason: 'mode 644 -> 755' },
  ]);
  assert.equal(plan.nextFiles, { 'lib/2l/dist/2l.mjs': A });
});
p.run();

const gone = suite('planInstall: files the pack no longer ships');
const goneTable: Array<[TargetEntry, FileAction]> = [
  [{ kind: 'file', sha256: B }, 'remove'],
  [{ kind: 'file', sha256: C }, 'keep-user-changed'],
  [{ kind: 'missing' }, 'gone'],
  [{ kind: 'symlink' }, 'keep-user-changed'],
];
for (const [entry, want] of goneTable) {
  gone(`${entry.kind}${entry.sha256 ? ` ${entry.sha256[0]}` : ''} → ${want}`, () => {
    const plan = planInstall([], new Map([['agents/old.md', entry]]), state({ 'agents/old.md': B }), opts);
    assert.is(plan.files[0]!.action, want);
    assert.equal(plan.nextFiles, {});
  });
}
gone.run();

const c = suite('planInstall: conflicts');
c('a downgrade needs --force', () => {
  const plan = planInstall([], new Map(), state({}, '2.0.0'), opts);
  assert.match(plan.conflicts[0]!.message, /2\.0\.0, newer than this one \(1\.0\.0\); pass `--force`/);
  assert.equal(planInstall([], new Map(), state({}, '2.0.0'), { ...opts, force: true }).conflicts, []);
  assert.equal(planInstall([], new Map(), state({}, '0.9.0'), opts).conflicts, []);
});
c('a path through a symlink out of the target, a folder in the way', () => {
  const plan = planInstall(
    [
      { rel: 'commands/x.md', sha256: A, mode: 0o644 },
      { rel: 'agents/y.md', sha256: A, mode: 0o644 },
    ],
    new Map<string, TargetEntry>([
      ['commands/x.md', { kind: 'missing', escapes: true }],
      ['agents/y.md', { kind: 'dir' }],
    ]),
    undefined,
    opts,
  );
  assert.equal(
    plan.conflicts.map((x) => x.rel),
    ['agents/y.md', 'commands/x.md'],
  );
  assert.match(plan.conflicts[1]!.message, /outside the target/);
});
c.run();

const u = suite('planUninstall');
u('removes ours, keeps changed, gives back displaced', () => {
  const st: InstalledState = {
    packVersion: '1.0.0',
    files: { a: A, b: A, c: A, d: A },
    displaced: { c: 'run1', d: 'run-gone' },
  };
  const target = new Map<string, TargetEntry>([
    ['a', { kind: 'file', sha256: A }],
    ['b', { kind: 'file', sha256: C }],
    ['c', { kind: 'file', sha256: A }],
    ['d', { kind: 'file', sha256: A }],
  ]);
  const plan = planUninstall(target, st, new Set(['run1']));
  assert.equal(
    plan.files.map((f) => f.action),
    ['remove', 'keep-user-changed', 'restore-displaced', 'remove'],
  );
  assert.equal(summarise(plan).remove, 2);
});
u.run();

const rw = suite('rewritePluginRoot');
const rwCases: Array<[string, string]> = [
  ['node "${CLAUDE_PLUGIN_ROOT}/dist/x.mjs"', 'node "/h/.claude/lib/2l/dist/x.mjs"'],
  ['source "${CLAUDE_PLUGIN_ROOT}/lib/2l-event-logger.sh"', 'source "/h/.claude/lib/2l/2l-event-logger.sh"'],
  [
    '${CLAUDE_PLUGIN_ROOT} twice ${CLAUDE_PLUGIN_ROOT}/templates/a',
    '/h/.claude/lib/2l twice /h/.claude/lib/2l/templates/a',
  ],
  ['$CLAUDE_PLUGIN_ROOT without braces is left alone', '$CLAUDE_PLUGIN_ROOT without braces is left alone'],
];
for (const [input, want] of rwCases) rw(input, () => assert.is(rewritePluginRoot(input, '/h/.claude/lib/2l'), want));
rw.run();
