/**
 * assembleInstall without a disk: every input is built in memory, and the ops,
 * the install state to record and the notes are checked as the installer
 * decides them today (first install, no-op, displaced and edited files, the
 * status line, a dead run's backups, folder links, a downgrade).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  assembleInstall,
  type AssembledInstall,
  type DeadRun,
  type InstallInputs,
} from '../../lib/install/assemble.ts';
import type { BackupManifest } from '../../lib/install/backup.ts';
import type { TargetEntry } from '../../lib/install/plan.ts';
import type { JsonObject } from '../../lib/install/settings-merge.ts';
import type { PackFile, SeedFile } from '../../lib/install/source.ts';
import { parseState, type InstallState } from '../../lib/install/state.ts';

const TARGET = '/home/u/.claude';
const LIB = `${TARGET}/lib/2l`;
const RUN = '20260102T030405006Z-42';
const DEAD = '20260101T000000000Z-7';
const NOW = new Date('2026-01-02T03:04:05.006Z');
const EARLIER = '2025-12-01T00:00:00.000Z';

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const packFile = (rel: string, text: string, mode = 0o644): PackFile => ({
  rel,
  src: `/pack/${rel}`,
  bytes: Buffer.from(text),
  sha256: sha(text),
  mode,
});
const seed = (rel: string, text: string): SeedFile => ({ rel, bytes: Buffer.from(text), mode: 0o644 });
const file = (text: string, mode = 0o644): TargetEntry => ({ kind: 'file', sha256: sha(text), mode });

const EVENT = 'commands/2l-event.md';
const HOOK = 'lib/2l/dist/hook.cjs';
const STATUS = 'lib/2l/dist/statusline.cjs';
const PACK = [packFile(EVENT, 'event command\n'), packFile(HOOK, 'hook\n')];
const WITH_STATUS = [...PACK, packFile(STATUS, 'status\n')];
const HOOKS_JSON = {
  hooks: {
    Stop: [{ hooks: [{ type: 'command', command: 'node "${CLAUDE_PLUGIN_ROOT}/dist/hook.cjs"', timeout: 10 }] }],
  },
};
const OUR_HOOKS = { Stop: [{ hooks: [{ type: 'command', command: `node "${LIB}/dist/hook.cjs"`, timeout: 10 }] }] };
const OUR_STATUS = { type: 'command', command: `node "${LIB}/dist/statusline.cjs"`, padding: 0 };
const MY_STATUS = { type: 'command', command: 'my-status' };
const ALL_DIRS = new Set(['commands', 'lib', 'lib/2l', 'lib/2l/dist']);

/** A target as the installer read it: empty unless told otherwise. */
function inputs(over: Partial<InstallInputs> & { files?: Record<string, TargetEntry> } = {}): InstallInputs {
  const { files = {}, ...rest } = over;
  const pack = rest.pack ?? PACK;
  const scanned = new Map<string, TargetEntry>(
    [...pack.map((f) => f.rel), ...Object.keys(rest.state?.files ?? {})].map((rel) => [
      rel,
      files[rel] ?? { kind: 'missing' },
    ]),
  );
  return {
    libDir: LIB,
    packVersion: '0.1.0',
    pack,
    hooksJson: HOOKS_JSON,
    state: undefined,
    dead: [],
    links: [],
    scanned,
    existing: new Set(),
    settings: {},
    settingsExisted: false,
    options: { keepMine: false, force: false, statusline: false, dryRun: false },
    now: NOW,
    runId: RUN,
    ...rest,
  };
}

/** The state a finished install of PACK left, with everything on disk as it wrote it. */
function installed(extra: Partial<InstallState> = {}): InstallState {
  return {
    packVersion: '0.1.0',
    installedAt: EARLIER,
    updatedAt: EARLIER,
    files: { [EVENT]: sha('event command\n'), [HOOK]: sha('hook\n') },
    displaced: {},
    ...extra,
  };
}
const asInstalled = { [EVENT]: file('event command\n'), [HOOK]: file('hook\n') };

const opsOf = (a: AssembledInstall) =>
  a.ops.map(
    (o) =>
      `${o.kind} ${o.rel}${o.kind === 'write' && o.displaces ? ' (displaces)' : ''}${o.kind === 'write' && o.edited ? ' (edited)' : ''}`,
  );
const settingsWritten = (a: AssembledInstall): JsonObject => {
  const op = a.ops.find((o) => o.rel === 'settings.json');
  return op?.kind === 'write' ? (JSON.parse(op.bytes.toString('utf8')) as JsonObject) : {};
};
/** The state op carries exactly nextState, as the file will hold it. */
function recorded(a: AssembledInstall): InstallState | undefined {
  const op = a.ops.find((o) => o.rel === '.2l-install.yaml');
  if (op?.kind !== 'write') return undefined;
  assert.is(a.ops.at(-1), op, 'the state is written last');
  const parsed = parseState(op.bytes.toString('utf8'), 'state');
  assert.equal(parsed, a.nextState);
  return parsed;
}

const first = suite('assembleInstall: a first install');
first(
  'writes every pack file, settings.json, then the state; records files, folders and the settings it created',
  () => {
    const a = assembleInstall(inputs());
    assert.equal(a.plan.conflicts, []);
    assert.equal(opsOf(a), [`write ${EVENT}`, `write ${HOOK}`, 'write settings.json', 'write .2l-install.yaml']);
    assert.equal(recorded(a), {
      packVersion: '0.1.0',
      installedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      files: { [EVENT]: sha('event command\n'), [HOOK]: sha('hook\n') },
      displaced: {},
      createdDirs: ['commands', 'lib', 'lib/2l', 'lib/2l/dist'],
      createdSettings: true,
    });
    assert.equal(settingsWritten(a), { hooks: OUR_HOOKS });
    assert.is(a.settingsChanged, true);
    assert.equal(a.notes, ['status line: skipped (the pack ships no dist/statusline.cjs)']);
  },
);
first('folders that were there are not recorded as created; a settings.json that was there is not either', () => {
  const a = assembleInstall(
    inputs({ existing: new Set(['commands', 'lib']), settingsExisted: true, settings: { model: 'opus' } }),
  );
  assert.equal(a.nextState.createdDirs, ['lib/2l', 'lib/2l/dist']);
  assert.is(a.nextState.createdSettings, undefined);
  assert.equal(settingsWritten(a), { model: 'opus', hooks: OUR_HOOKS });
});
first('pack files keep their mode exactly; the ops carry the pack bytes', () => {
  const a = assembleInstall(inputs({ pack: [packFile('lib/2l/dist/2l.mjs', '#!/usr/bin/env node\n', 0o755)] }));
  const op = a.ops[0]!;
  assert.ok(
    op.kind === 'write' &&
      op.mode === 0o755 &&
      op.exactMode === true &&
      op.bytes.toString() === '#!/usr/bin/env node\n',
  );
});
first.run();

const again = suite('assembleInstall: again over what it wrote');
again('nothing changed: no ops at all (not even the state), the state as it was', () => {
  const state = installed({ createdDirs: ['commands', 'lib', 'lib/2l', 'lib/2l/dist'], createdSettings: true });
  const a = assembleInstall(
    inputs({ state, files: asInstalled, existing: ALL_DIRS, settings: { hooks: OUR_HOOKS }, settingsExisted: true }),
  );
  assert.equal(a.ops, []);
  assert.equal(a.nextState, { ...state, updatedAt: NOW.toISOString() });
  assert.equal(a.notes, ['status line: skipped (the pack ships no dist/statusline.cjs)']);
  assert.is(a.settingsChanged, false);
});
again('only the executable bit differs: a chmod, no rewrite', () => {
  const a = assembleInstall(
    inputs({
      state: installed(),
      files: { ...asInstalled, [HOOK]: file('hook\n', 0o755) },
      existing: ALL_DIRS,
      settings: { hooks: OUR_HOOKS },
      settingsExisted: true,
    }),
  );
  assert.equal(opsOf(a), [`chmod ${HOOK}`, 'write .2l-install.yaml']);
});
again('a file the pack no longer ships: removed if as we wrote it, kept (and forgotten) if edited', () => {
  const state = installed({
    files: { ...installed().files, 'commands/old.md': sha('old\n'), 'commands/older.md': sha('older\n') },
  });
  const files = { ...asInstalled, 'commands/old.md': file('old\n'), 'commands/older.md': file('edited\n') };
  const a = assembleInstall(
    inputs({ state, files, existing: ALL_DIRS, settings: { hooks: OUR_HOOKS }, settingsExisted: true }),
  );
  assert.equal(opsOf(a), ['remove commands/old.md', 'write .2l-install.yaml']);
  assert.equal(Object.keys(a.nextState.files).sort(), [EVENT, HOOK]);
  assert.equal(a.plan.files.find((f) => f.rel === 'commands/older.md')?.action, 'keep-user-changed');
});
again('a newer pack over an older install: update, version recorded, installed-at kept', () => {
  const a = assembleInstall(
    inputs({
      state: installed({ packVersion: '0.0.9', files: { [EVENT]: sha('old command\n'), [HOOK]: sha('hook\n') } }),
      files: { ...asInstalled, [EVENT]: file('old command\n') },
      existing: ALL_DIRS,
      settings: { hooks: OUR_HOOKS },
      settingsExisted: true,
    }),
  );
  assert.equal(opsOf(a), [`write ${EVENT}`, 'write .2l-install.yaml']);
  assert.is(a.nextState.packVersion, '0.1.0');
  assert.is(a.nextState.installedAt, EARLIER);
});
again.run();

const mine = suite('assembleInstall: files of the user');
// [name, what is there, recorded sha, --keep-mine, expected ops for EVENT, displaced, savedEdits]
const userCases: Array<
  [
    string,
    TargetEntry,
    string | undefined,
    boolean,
    string[],
    Record<string, string>,
    Record<string, string> | undefined,
  ]
> = [
  [
    'never ours: displaced, recorded under this run',
    file('mine\n'),
    undefined,
    false,
    [`write ${EVENT} (displaces)`],
    { [EVENT]: RUN },
    undefined,
  ],
  [
    'a symlink we did not make: displaced',
    { kind: 'symlink' },
    undefined,
    false,
    [`write ${EVENT} (displaces)`],
    { [EVENT]: RUN },
    undefined,
  ],
  [
    'ours, edited: its backup pinned in saved_edits',
    file('my edit\n'),
    'recorded',
    false,
    [`write ${EVENT} (edited)`],
    {},
    { [EVENT]: RUN },
  ],
  ['never ours, --keep-mine: left alone, not recorded', file('mine\n'), undefined, true, [], {}, undefined],
  ['ours, edited, --keep-mine: left alone', file('my edit\n'), 'recorded', true, [], {}, undefined],
];
for (const [name, entry, rec, keepMine, want, displaced, savedEdits] of userCases) {
  mine(name, () => {
    const state = rec ? installed() : undefined;
    const a = assembleInstall(
      inputs({
        state,
        files: { ...asInstalled, [EVENT]: entry },
        existing: ALL_DIRS,
        settings: { hooks: OUR_HOOKS },
        settingsExisted: true,
        options: { keepMine, force: false, statusline: false, dryRun: false },
      }),
    );
    assert.equal(
      opsOf(a).filter((o) => o.includes(EVENT)),
      want,
    );
    assert.equal(a.nextState.displaced, displaced);
    assert.equal(a.nextState.savedEdits, savedEdits);
    assert.is(EVENT in a.nextState.files, !keepMine);
  });
}
mine(
  'a file displaced earlier stays recorded under its first run; a later edit of our copy is pinned as an edit',
  () => {
    const state = installed({ displaced: { [EVENT]: DEAD } });
    const a = assembleInstall(
      inputs({
        state,
        files: { ...asInstalled, [EVENT]: file('mine again\n') },
        existing: ALL_DIRS,
        settings: { hooks: OUR_HOOKS },
        settingsExisted: true,
      }),
    );
    assert.equal(a.nextState.displaced, { [EVENT]: DEAD });
    assert.equal(a.nextState.savedEdits, { [EVENT]: RUN });
  },
);
mine('an older edit stays pinned until a newer edit of the same file is saved', () => {
  const state = installed({ savedEdits: { [EVENT]: DEAD, [HOOK]: DEAD } });
  const a = assembleInstall(
    inputs({
      state,
      files: { ...asInstalled, [EVENT]: file('newer edit\n') },
      existing: ALL_DIRS,
      settings: { hooks: OUR_HOOKS },
      settingsExisted: true,
    }),
  );
  assert.equal(a.nextState.savedEdits, { [EVENT]: RUN, [HOOK]: DEAD });
});
mine.run();

const status = suite('assembleInstall: the status line');
// [name, settings before, state's displaced status line, --statusline, pack ships one, settings.statusLine after, statusLineDisplaced, note]
const statusCases: Array<
  [string, JsonObject, JsonObject | undefined, boolean, boolean, unknown, JsonObject | undefined, string]
> = [
  [
    'none: ours added',
    {},
    undefined,
    false,
    true,
    OUR_STATUS,
    undefined,
    'status line: added the 2L status line (you had none); uninstall removes it',
  ],
  [
    'yours: kept',
    { statusLine: MY_STATUS },
    undefined,
    false,
    true,
    MY_STATUS,
    undefined,
    'status line: kept yours; pass --statusline to use the 2L status line instead',
  ],
  [
    'yours, --statusline: ours, yours recorded',
    { statusLine: MY_STATUS },
    undefined,
    true,
    true,
    OUR_STATUS,
    MY_STATUS,
    'status line: replaced yours (--statusline); it is kept in the install state and restored by uninstall',
  ],
  [
    'ours, replaced earlier: yours stays recorded',
    { statusLine: OUR_STATUS },
    MY_STATUS,
    false,
    true,
    OUR_STATUS,
    MY_STATUS,
    '',
  ],
  [
    'ours, the pack ships none now: removed',
    { statusLine: OUR_STATUS },
    undefined,
    false,
    false,
    undefined,
    undefined,
    'status line: removed ours (this pack version ships none)',
  ],
];
for (const [name, settings, before, statusline, ships, after, displaced, note] of statusCases) {
  status(name, () => {
    const state = before ? installed({ statusLineDisplaced: before }) : undefined;
    const a = assembleInstall(
      inputs({
        pack: ships ? WITH_STATUS : PACK,
        state,
        settings: { hooks: OUR_HOOKS, ...settings },
        settingsExisted: true,
        options: { keepMine: false, force: false, statusline, dryRun: false },
      }),
    );
    const written: JsonObject = a.ops.some((o) => o.rel === 'settings.json')
      ? settingsWritten(a)
      : { hooks: OUR_HOOKS, ...settings };
    assert.equal(written.statusLine, after);
    assert.equal(a.nextState.statusLineDisplaced, displaced);
    assert.equal(
      a.notes.filter((n) => n.startsWith('status line')),
      note ? [note] : [],
    );
  });
}
status('a symlinked settings.json is written through, with a note (dry run: would)', () => {
  for (const [dryRun, verb] of [
    [false, 'changed'],
    [true, 'would change'],
  ] as const) {
    const a = assembleInstall(
      inputs({
        settingsTo: '/home/u/dotfiles/settings.json',
        options: { keepMine: false, force: false, statusline: false, dryRun },
      }),
    );
    const op = a.ops.find((o) => o.rel === 'settings.json');
    assert.ok(op?.kind === 'write' && op.throughLink === true);
    assert.ok(
      a.notes.includes(
        `settings.json is a symlink: ${verb} the file it points at, \`/home/u/dotfiles/settings.json\`; the link stays`,
      ),
      a.notes.join('\n'),
    );
  }
});
status.run();

const dead = suite('assembleInstall: the backups of a run that was killed');
const deadManifest = (files: BackupManifest['files'], extra: Partial<BackupManifest> = {}): BackupManifest => ({
  run: DEAD,
  command: 'install',
  created_at: EARLIER,
  pid: 7,
  pack_version: '0.1.0',
  complete: false,
  files,
  ...extra,
});
const deadRun = (m: BackupManifest, relinked: DeadRun['relinked'] = []): DeadRun => ({
  manifest: m,
  dir: `${TARGET}/.2l-backups/${m.run}`,
  relinked,
});
dead('a first install killed after replacing a file of the user: its run is recorded as holding it', () => {
  const m = deadManifest(
    [
      { rel: EVENT, sha256: sha('mine\n'), reason: 'not ours', displaces: true },
      { rel: 'agents/x.md', reason: 'changed', edited: true },
    ],
    { status_line_displaced: MY_STATUS },
  );
  // The dead run had already written our copy: the plan sees identical bytes.
  const a = assembleInstall(inputs({ dead: [deadRun(m)], files: { [EVENT]: file('event command\n') } }));
  assert.equal(a.nextState.displaced, { [EVENT]: DEAD });
  assert.equal(a.nextState.savedEdits, { 'agents/x.md': DEAD });
  assert.equal(a.nextState.statusLineDisplaced, MY_STATUS);
  assert.is(a.notes[0], `completing interrupted run ${DEAD} (its backups stay in \`${TARGET}/.2l-backups/${DEAD}\`)`);
});
dead('with nothing left to write, the state is still written (the dead run is marked complete after it)', () => {
  const state = installed();
  const a = assembleInstall(
    inputs({
      state,
      dead: [deadRun(deadManifest([]))],
      files: asInstalled,
      existing: ALL_DIRS,
      settings: { hooks: OUR_HOOKS },
      settingsExisted: true,
    }),
  );
  assert.equal(opsOf(a), ['write .2l-install.yaml']);
});
dead('the newest dead run wins for an edit; the oldest for a displaced file', () => {
  const older = deadManifest([
    { rel: EVENT, reason: 'r', displaces: true },
    { rel: HOOK, reason: 'r', edited: true },
  ]);
  const newer = {
    ...deadManifest([
      { rel: EVENT, reason: 'r', displaces: true },
      { rel: HOOK, reason: 'r', edited: true },
    ]),
    run: '20260101T000001000Z-8',
  };
  const a = assembleInstall(
    inputs({
      dead: [deadRun(older), deadRun(newer)],
      files: { [EVENT]: file('event command\n'), [HOOK]: file('hook\n') },
    }),
  );
  assert.equal(a.nextState.displaced, { [EVENT]: DEAD });
  assert.equal(a.nextState.savedEdits, { [HOOK]: newer.run });
});
dead('a folder link it had replaced: the missing copies are made, the link recorded under the dead run', () => {
  const m = deadManifest([
    { rel: 'commands', symlink: '/home/u/2L/commands', reason: 'symlink' },
    { rel: 'commands/done.md', reason: 'r' },
  ]);
  const seeds = [
    seed('2l-event.md', 'legacy\n'),
    seed('done.md', 'handled\n'),
    seed('mine.md', 'mine\n'),
    seed('there.md', 'copied\n'),
  ];
  const a = assembleInstall(
    inputs({
      dead: [deadRun(m, [{ rel: 'commands', real: '/home/u/2L/commands', seeds }])],
      existing: new Set(['commands', 'commands/there.md']),
    }),
  );
  // Not ours (2l-event.md), not one the dead run handled (done.md), not one already copied (there.md).
  assert.equal(
    opsOf(a).filter((o) => o.startsWith('write commands/') && o !== `write ${EVENT}`),
    ['write commands/mine.md'],
  );
  assert.equal(a.nextState.replacedLinks, { commands: DEAD });
  assert.ok(!a.nextState.createdDirs?.includes('commands'));
});
dead.run();

const links = suite('assembleInstall: a symlinked folder leading out of the target');
links('is replaced by a real folder first, recorded under this run, with a note', () => {
  for (const [dryRun, verb] of [
    [false, 'replaced'],
    [true, 'would replace'],
  ] as const) {
    const seeds = [seed('2l-mvp.md', 'legacy\n')];
    const a = assembleInstall(
      inputs({
        links: [{ rel: 'commands', link: '/home/u/2L/commands', real: '/home/u/2L/commands', seeds }],
        existing: new Set(['commands']),
        options: { keepMine: false, force: false, statusline: false, dryRun },
      }),
    );
    const op = a.ops[0]!;
    assert.equal(op.kind === 'link-to-dir' ? [op.rel, op.seeds] : op, ['commands', seeds]);
    assert.equal(a.nextState.replacedLinks, { commands: RUN });
    assert.ok(
      a.notes.includes(
        `${verb} the symlink \`commands\` -> /home/u/2L/commands by a real folder with copies of its 1 file(s), so nothing is written outside the target; uninstall puts the link back`,
      ),
    );
  }
});
links('one replaced earlier keeps its first run', () => {
  const a = assembleInstall(
    inputs({
      state: installed({ replacedLinks: { commands: DEAD } }),
      links: [{ rel: 'commands', link: '/x', seeds: [] }],
    }),
  );
  assert.equal(a.nextState.replacedLinks, { commands: DEAD });
});
links.run();

const ver = suite('assembleInstall: versions');
ver('an older pack over a newer install is a conflict, unless --force', () => {
  const state = installed({ packVersion: '9.0.0' });
  const refused = assembleInstall(inputs({ state, files: asInstalled }));
  assert.equal(refused.plan.conflicts, [
    { message: 'the installed 2L pack is 9.0.0, newer than this one (0.1.0); pass `--force` to downgrade' },
  ]);
  const forced = assembleInstall(
    inputs({ state, files: asInstalled, options: { keepMine: false, force: true, statusline: false, dryRun: false } }),
  );
  assert.equal(forced.plan.conflicts, []);
  assert.is(forced.nextState.packVersion, '0.1.0');
});
ver('a folder in the way of a pack file is a conflict', () => {
  const a = assembleInstall(inputs({ files: { [EVENT]: { kind: 'dir' } } }));
  assert.equal(
    a.plan.conflicts.map((c) => c.rel),
    [EVENT],
  );
});
ver.run();

const pure = suite('assemble.ts does no I/O');
/** Modules assemble.ts imports values from (type-only imports are erased), and theirs, transitively. */
function valueImports(file: string, seen = new Set<string>()): Set<string> {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^import\s+(type\s+)?[^'";]*?from\s+'([^']+)';/gm)) {
    if (m[1]) continue;
    const spec = m[2]!;
    const key = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
    if (seen.has(key)) continue;
    seen.add(key);
    if (spec.startsWith('.')) valueImports(key, seen);
  }
  return seen;
}
const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'install');
const fsOf = (mods: Set<string>) => [...mods].filter((m) => /^(node:)?fs(\/|$)/.test(m));
pure('neither assemble.ts nor anything it imports a value from imports fs', () => {
  const mods = valueImports(path.join(lib, 'assemble.ts'));
  assert.ok(mods.has(path.join(lib, 'plan.ts')) && mods.has(path.join(lib, 'state.ts')), [...mods].join(', '));
  assert.equal(fsOf(mods), []);
});
pure('the check sees fs where it is: run.ts reads the disk', () => {
  assert.equal(fsOf(valueImports(path.join(lib, 'run.ts'))), ['node:fs']);
});
pure.run();
