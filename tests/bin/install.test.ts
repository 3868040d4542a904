/**
 * The installer as a user runs it (`./install.mjs`, a fake HOME per test):
 * each promise of issue 3 checked on disk.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatReport } from '../../lib/install/report.ts';
import { install } from '../../lib/install/run.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { INSTALL_LOG, makePack, runInstaller, snapshot, treeDiff, type Tree } from '../util/install-fixture.ts';
import { run } from '../util/run.ts';

const read = (p: string) => fs.readFileSync(p, 'utf8');
const hookEvents = Object.keys(
  (JSON.parse(read(path.join(ROOT, 'hooks', 'hooks.json'))) as { hooks: object }).hooks,
).sort();

interface Home {
  home: string;
  target: string;
  run: (args?: string[], env?: Record<string, string>) => ReturnType<typeof runInstaller>;
}
function home(pack = ROOT): Home {
  const h = tempDir('install');
  const target = path.join(h, '.claude');
  return { home: h, target, run: (args = [], env = {}) => runInstaller(pack, args, { HOME: h, ...env }) };
}
const settingsOf = (target: string) => JSON.parse(read(path.join(target, 'settings.json'))) as Record<string, any>;

/** Every entry but the install log, which records every run (tests/bin/install-log.test.ts). */
const notLog = (rel: string) => rel === INSTALL_LOG;

/** Inode and mtime of every entry: a no-op run must leave all of them as they were (the log aside). */
function stamps(dir: string): Tree {
  const out: Tree = {};
  for (const rel of Object.keys(snapshot(dir, notLog))) {
    const st = fs.lstatSync(path.join(dir, rel));
    out[rel] = `${st.ino}:${st.mtimeMs}`;
  }
  return out;
}

const cli = suite('command line');
cli('--help, exit 0', () => {
  const r = home().run(['--help']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: \.\/install\.mjs \[command\] \[options\]/);
  assert.match(r.stdout, /Exit codes: 0 done/);
  assert.match(r.stdout, /2 bad arguments, 3 partial: done, but\nfiles were kept back/);
  assert.is(r.stderr, '');
});
// Bad arguments exit 2, as in every command; a target or state the run cannot use exits 1.
const badArgs: Array<[string[], number, RegExp]> = [
  [['--nope'], 2, /^install: unknown option `--nope` \(see --help\)\n$/],
  [['--keep'], 2, /^install: option `--keep` needs a value \(see --help\)\n$/],
  [['frobnicate'], 2, /unknown command `frobnicate`/],
  [['restore', 'a', 'b'], 2, /unknown command `restore a b`/],
  [['--keep', '0'], 2, /`--keep` must be a whole number of at least 1, got `0`/],
  [['--keep', 'x'], 2, /`--keep` must be a whole number/],
  [['--target', ''], 2, /`--target` is empty/],
  [['--target', '/tmp/a"b'], 1, /contains "\\"", which cannot be quoted safely/],
  [['--target', '/tmp/$HOME'], 1, /contains "\$"/],
  [['uninstall'], 1, /nothing to uninstall: no `.2l-install.yaml`/],
  [['restore'], 1, /no backups in `/],
];
for (const [args, code, re] of badArgs) {
  cli(`${JSON.stringify(args)} → exit ${code}`, () => {
    const h = home();
    const r = h.run(args);
    assert.is(r.code, code, r.stderr);
    assert.match(r.stderr, re);
    assert.is(r.stdout, '');
    assert.ok(!fs.existsSync(h.target) || fs.readdirSync(h.target).length === 0);
  });
}
cli('a settings.json whose hooks is not an object: a short error (no stack), exit 1, the file untouched', () => {
  const h = home();
  fs.mkdirSync(h.target, { recursive: true });
  const text = '{ "hooks": [] }\n';
  fs.writeFileSync(path.join(h.target, 'settings.json'), text);
  const r = h.run();
  assert.is(r.code, 1);
  assert.is(
    r.stderr,
    'install: `hooks` in settings.json is not an object; fix it by hand first (Claude Code would skip the whole file)\n',
  );
  assert.is(fs.readFileSync(path.join(h.target, 'settings.json'), 'utf8'), text);
});
cli('the shim names the incomplete checkout when dist/ is missing (dist/ is committed)', () => {
  const pack = tempDir('shim');
  fs.copyFileSync(path.join(ROOT, 'install.mjs'), path.join(pack, 'install.mjs'));
  const r = spawnSync(process.execPath, [path.join(pack, 'install.mjs')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  assert.is(r.status, 1);
  assert.is(
    r.stderr,
    'install.mjs: dist/install.mjs is missing; this is not a complete checkout of the 2L pack (git checkout -- dist, or `npm ci && npm run build`)\n',
  );
});
cli.run();

const fresh = suite('promise 1 and 2: plan, install, no-op');
fresh('--dry-run prints the plan and writes nothing', () => {
  const h = home();
  const r = h.run(['--dry-run']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /\(dry run: nothing written\)/);
  assert.match(r.stdout, /would create\s+commands\/2l-event\.md/);
  assert.match(r.stdout, /would update\s+settings\.json/);
  assert.not.ok(fs.existsSync(h.target));
});
fresh('a fresh install: files, rewritten commands, hooks, state', () => {
  const h = home();
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stderr, '');
  const lib = path.join(h.target, 'lib', '2l');
  for (const f of fs.readdirSync(path.join(ROOT, 'dist')))
    assert.is(read(path.join(lib, 'dist', f)), read(path.join(ROOT, 'dist', f)), f);
  for (const f of fs.readdirSync(path.join(ROOT, 'commands'))) {
    const text = read(path.join(h.target, 'commands', f));
    assert.not.match(text, /CLAUDE_PLUGIN_ROOT/);
    assert.is(
      text,
      read(path.join(ROOT, 'commands', f))
        .split('${CLAUDE_PLUGIN_ROOT}')
        .join(lib),
    );
  }
  const s = settingsOf(h.target);
  assert.equal(Object.keys(s.hooks).sort(), hookEvents);
  for (const ev of hookEvents)
    assert.equal(s.hooks[ev], [
      {
        hooks: [
          {
            type: 'command',
            command: 'bash',
            args: [`${lib}/2l-hook-front.sh`, `${lib}/dist/hook.cjs`],
            timeout: 10,
          },
        ],
      },
    ]);
  const state = read(path.join(h.target, '.2l-install.yaml'));
  assert.match(state, /^version: 0\.1\.0$/m);
  assert.match(state, /commands\/2l-event\.md: [0-9a-f]{64}/);
  assert.match(r.stdout, /created\s+commands\/2l-event\.md/);
  assert.not.ok(fs.existsSync(path.join(h.target, '.2l-backups')), 'nothing to back up on a fresh install');
});
fresh('the real pack: every installed command and agent points at files that exist in the installed lib', () => {
  const h = home();
  assert.is(h.run().code, 0);
  const lib = path.join(h.target, 'lib', '2l');
  const refRe = new RegExp(`${lib.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s"'\`)\\\\]+`, 'g');
  const refs = new Map<string, string[]>();
  for (const dir of ['commands', 'agents']) {
    const names = fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md'));
    assert.ok(names.length > 0, `the pack ships ${dir}`);
    for (const f of names) {
      const rel = `${dir}/${f}`;
      const text = read(path.join(h.target, rel));
      assert.not.match(text, /CLAUDE_PLUGIN_ROOT/, `${rel} still names CLAUDE_PLUGIN_ROOT`);
      assert.is(text, read(path.join(ROOT, rel)).split('${CLAUDE_PLUGIN_ROOT}').join(lib), rel);
      refs.set(rel, text.match(refRe) ?? []);
    }
  }
  for (const [rel, paths] of refs) {
    if (/CLAUDE_PLUGIN_ROOT/.test(read(path.join(ROOT, rel))))
      assert.ok(paths.length > 0, `${rel}: no installed path found`);
    for (const p of paths)
      assert.ok(fs.statSync(p, { throwIfNoEntry: false })?.isFile(), `${rel} runs ${p}, which is not installed`);
  }
  // The agent's body runs the status and query bundles.
  assert.equal([...new Set(refs.get('agents/2l-perf-analyst.md'))].sort(), [
    `${lib}/dist/query.mjs`,
    `${lib}/dist/status.mjs`,
  ]);
  for (const p of JSON.stringify(settingsOf(h.target)).match(refRe) ?? [])
    assert.ok(fs.existsSync(p), `settings.json runs ${p}, which is not installed`);
});
fresh('a second run touches nothing (same inode and mtime everywhere)', () => {
  const h = home();
  h.run();
  const before = stamps(h.target);
  const logged = read(path.join(h.target, INSTALL_LOG));
  const r = h.run();
  assert.is(r.code, 0);
  assert.match(r.stdout, /; 0 file\(s\) written or removed/);
  assert.equal(treeDiff(stamps(h.target), before), []);
  assert.ok(read(path.join(h.target, INSTALL_LOG)).startsWith(logged), 'only the log grew, by this run');
});
fresh('100 installs in a row write nothing after the first and make no backups', () => {
  const h = home();
  const first = install({ packRoot: ROOT, target: h.target });
  assert.ok(first.written.length > 3);
  const before = stamps(h.target);
  for (let i = 0; i < 100; i++) {
    const r = install({ packRoot: ROOT, target: h.target });
    assert.equal([r.written, r.removed, r.backedUp], [[], [], []], `run ${i}`);
  }
  assert.equal(treeDiff(stamps(h.target), before), []);
});
fresh('whatever the pack ships is installed, from one manifest of the tree; modes kept', () => {
  const h = home();
  const pack = makePack(path.join(h.home, 'pack'), {
    files: {
      'commands/2l-new.md': '---\ndescription: new\n---\n!`bash "${CLAUDE_PLUGIN_ROOT}/lib/2l-event-logger.sh"`\n',
      'commands/sub/2l-deep.md': 'deep\n',
      'agents/2l-helper.md': 'agent at ${CLAUDE_PLUGIN_ROOT}/dist\n',
      'dist/extra.mjs': 'export {}\n',
      'templates/dash/index.html': '<h1>2L</h1>\n',
      'lib/2l-event-logger.sh': '#!/usr/bin/env bash\necho logged\n',
    },
  });
  fs.chmodSync(path.join(pack, 'lib', '2l-event-logger.sh'), 0o755);
  const r = runInstaller(pack, [], { HOME: h.home });
  assert.is(r.code, 0, r.stderr);
  const lib = path.join(h.target, 'lib', '2l');
  assert.is(
    read(path.join(h.target, 'commands', '2l-new.md')),
    `---\ndescription: new\n---\n!\`bash "${lib}/2l-event-logger.sh"\`\n`,
  );
  assert.is(read(path.join(h.target, 'commands', 'sub', '2l-deep.md')), 'deep\n');
  assert.is(read(path.join(h.target, 'agents', '2l-helper.md')), `agent at ${lib}/dist\n`);
  assert.is(read(path.join(lib, 'dist', 'extra.mjs')), 'export {}\n');
  assert.is(read(path.join(lib, 'templates', 'dash', 'index.html')), '<h1>2L</h1>\n');
  assert.is(fs.statSync(path.join(lib, '2l-event-logger.sh')).mode & 0o777, 0o755);
  assert.is(spawnSync('bash', [path.join(lib, '2l-event-logger.sh')], { encoding: 'utf8' }).stdout, 'logged\n');
});
fresh(
  'the 2l bin is installed executable and runs by its shebang; a lost executable bit is set again without a rewrite',
  async () => {
    const h = home();
    assert.is(h.run().code, 0);
    const bin = path.join(h.target, 'lib', '2l', 'dist', '2l.mjs');
    assert.is(fs.statSync(bin).mode & 0o777, 0o755);
    const r = spawnSync(bin, ['export', '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    assert.is(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: 2l export --otlp URL/);
    fs.chmodSync(bin, 0o644);
    const ino = fs.statSync(bin).ino;
    assert.is(h.run(['--check']).code, 1, 'a lost executable bit is drift');
    const again = h.run();
    assert.is(again.code, 0, again.stderr);
    assert.match(again.stdout, /updated\s+lib\/2l\/dist\/2l\.mjs\s+\(mode 644 -> 755\)/);
    assert.match(again.stdout, /; 2 file\(s\) written or removed/, 'the mode, then the install state');
    assert.is(fs.statSync(bin).mode & 0o777, 0o755);
    assert.is(fs.statSync(bin).ino, ino, 'only the mode was set');
    const runs = fs.readdirSync(path.join(h.target, '.2l-backups'));
    const manifest = JSON.parse(read(path.join(h.target, '.2l-backups', runs[0]!, 'manifest.json')));
    assert.equal(
      manifest.files.map((f: { rel: string }) => f.rel),
      ['.2l-install.yaml'],
      'same bytes: the bin is not backed up',
    );
    assert.is(h.run(['--check']).code, 0);
  },
);
fresh("an update takes the pack file's mode; a user's settings.json keeps its own", () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.target, 'settings.json'), '{"model":"opus"}', { mode: 0o600 });
  fs.chmodSync(path.join(h.target, 'settings.json'), 0o600);
  const old = makePack(path.join(h.home, 'old'), { files: { 'dist/2l.mjs': '// an older build, not executable\n' } });
  fs.chmodSync(path.join(old, 'dist', '2l.mjs'), 0o644);
  assert.is(runInstaller(old, [], { HOME: h.home }).code, 0);
  const bin = path.join(h.target, 'lib', '2l', 'dist', '2l.mjs');
  assert.is(fs.statSync(bin).mode & 0o777, 0o644);
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /updated\s+lib\/2l\/dist\/2l\.mjs/);
  assert.is(read(bin), read(path.join(ROOT, 'dist', '2l.mjs')));
  assert.is(fs.statSync(bin).mode & 0o777, 0o755);
  assert.is(fs.statSync(path.join(h.target, 'settings.json')).mode & 0o777, 0o600);
});
// Ctrl-C, `kill`, and the terminal closing (SIGHUP): each would otherwise end the run between two files.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  fresh(`${sig} during a run: the run finishes first, then exit 130`, () => {
    const h = home();
    const r = h.run([], { TWOL_INSTALL_FAULT: `${sig.toLowerCase()}:5` });
    assert.is(r.code, 130, r.stderr);
    assert.match(r.stderr, new RegExp(`^install: ${sig}: the run was finished first, so no file is half-written\n$`));
    assert.is(h.run(['--check']).code, 0, 'the interrupted run was finished, not left half-done');
  });
}
fresh('CLAUDE_CONFIG_DIR and --target choose the folder; a symlinked target is resolved', () => {
  const h = home();
  const cfg = path.join(h.home, 'cfg');
  assert.is(h.run([], { CLAUDE_CONFIG_DIR: cfg }).code, 0);
  assert.ok(fs.existsSync(path.join(cfg, 'commands', '2l-event.md')));
  assert.not.ok(fs.existsSync(h.target));
  const real = path.join(h.home, 'dotfiles', 'claude');
  fs.mkdirSync(real, { recursive: true });
  fs.symlinkSync(real, path.join(h.home, 'linked'));
  assert.is(h.run(['--target', path.join(h.home, 'linked')]).code, 0);
  assert.match(read(path.join(real, 'commands', '2l-event.md')), new RegExp(`${real}/lib/2l/dist/emit\\.mjs`));
});
fresh.run();

const three = suite('promise 2 and 3: three-way updates and backups');
three('a command the user edited is backed up, then replaced, and the report says so', () => {
  const h = home();
  h.run();
  const cmd = path.join(h.target, 'commands', '2l-event.md');
  fs.writeFileSync(cmd, 'my edit\n');
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /backed up, replaced\s+commands\/2l-event\.md\s+\(changed since we installed it\)/);
  const runs = fs.readdirSync(path.join(h.target, '.2l-backups'));
  assert.is(runs.length, 1);
  const dir = path.join(h.target, '.2l-backups', runs[0]!);
  assert.is(read(path.join(dir, 'commands', '2l-event.md')), 'my edit\n');
  const manifest = JSON.parse(read(path.join(dir, 'manifest.json')));
  assert.equal(
    manifest.files.map((f: { rel: string }) => f.rel),
    ['commands/2l-event.md', '.2l-install.yaml'],
  );
  assert.is(manifest.complete, true);
  assert.match(r.stdout, new RegExp(`undo with \`./install.mjs restore ${runs[0]}\``));
  const kept = `kept your edited copy of commands/2l-event.md in backup ${runs[0]}; \`./install.mjs restore ${runs[0]}\` brings it back (\`--keep-mine\` keeps your edits in place on later installs)`;
  assert.ok(r.stdout.includes(`  ${kept}\n`), r.stdout);
});
three('--keep-mine keeps it; exit 3 (partial)', () => {
  const h = home();
  h.run();
  const cmd = path.join(h.target, 'commands', '2l-event.md');
  fs.writeFileSync(cmd, 'my edit\n');
  const r = h.run(['--keep-mine']);
  assert.is(r.code, 3, r.stderr);
  assert.match(r.stdout, /kept yours\s+commands\/2l-event\.md/);
  assert.is(read(cmd), 'my edit\n');
  assert.is(h.run(['--keep-mine', '--quiet']).stdout, 'kept yours: commands/2l-event.md (not ours)\n');
});
three('a file that was never ours is displaced, and uninstall gives it back', () => {
  const h = home();
  fs.mkdirSync(path.join(h.target, 'commands'), { recursive: true });
  fs.writeFileSync(path.join(h.target, 'commands', '2l-event.md'), 'the user had this first\n');
  fs.writeFileSync(path.join(h.target, 'commands', 'other.md'), 'unrelated\n');
  assert.match(h.run().stdout, /backed up, replaced\s+commands\/2l-event\.md\s+\(not ours\)/);
  assert.match(read(path.join(h.target, '.2l-install.yaml')), /displaced:\n  commands\/2l-event\.md: \d{8}T/);
  const r = h.run(['uninstall']);
  assert.is(r.code, 0, r.stderr);
  assert.is(read(path.join(h.target, 'commands', '2l-event.md')), 'the user had this first\n');
  assert.is(read(path.join(h.target, 'commands', 'other.md')), 'unrelated\n');
});
three('backups rotate: 15 updates keep the last 10 runs', () => {
  const h = home();
  install({ packRoot: ROOT, target: h.target });
  for (let i = 0; i < 15; i++) {
    fs.writeFileSync(path.join(h.target, 'commands', '2l-event.md'), `edit ${i}\n`);
    install({ packRoot: ROOT, target: h.target, now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
  }
  const runs = fs.readdirSync(path.join(h.target, '.2l-backups')).sort();
  assert.is(runs.length, 10);
  assert.is(read(path.join(h.target, '.2l-backups', runs[9]!, 'commands', '2l-event.md')), 'edit 14\n');
  // By count only: these runs are dated 2026-01-01, so the default --max-age would expire them too.
  const p = h.run(['prune', '--keep', '3', '--max-age', '0']);
  assert.is(p.code, 0, p.stderr);
  assert.is(fs.readdirSync(path.join(h.target, '.2l-backups')).length, 3);
  const list = h.run(['backups']);
  assert.is(list.stdout.split('\n').filter((l) => /^\s+\d{8}T/.test(l)).length, 3);
});
three('the backup of an edited command is kept through rotation and prune until a newer edit of it is saved', () => {
  const h = home();
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i));
  install({ packRoot: ROOT, target: h.target, now: at(0) });
  const status = path.join(h.target, 'commands', '2l-status.md');
  fs.writeFileSync(status, 'my edit of /2l-status\n');
  const r = install({ packRoot: ROOT, target: h.target, now: at(1) });
  const saved = r.run!;
  assert.match(
    formatReport(r, { quiet: true }),
    new RegExp(`^kept your edited copy of commands/2l-status\\.md in backup ${saved}; `, 'm'),
  );
  // Twelve more runs, each saving an edit of another command: the cap (10) is passed.
  for (let i = 0; i < 12; i++) {
    fs.writeFileSync(path.join(h.target, 'commands', '2l-event.md'), `edit ${i}\n`);
    install({ packRoot: ROOT, target: h.target, now: at(2 + i) });
  }
  const runsNow = () => fs.readdirSync(path.join(h.target, '.2l-backups')).sort();
  assert.ok(runsNow().includes(saved), 'rotation kept it');
  assert.is(runsNow().length, 10, 'the pinned one counts toward the 10');
  assert.is(h.run(['prune', '--keep', '1']).code, 0);
  assert.equal(runsNow(), [saved, runsNow().at(-1)!], 'prune kept it, and the newest (the newest edit of 2l-event.md)');
  assert.match(
    h.run(['backups']).stdout,
    new RegExp(`${saved}\\s+install\\s+2 file\\(s\\)\\s+\\(kept: holds a file of yours\\)`),
  );
  assert.is(h.run(['restore', saved]).code, 0);
  assert.is(read(status), 'my edit of /2l-status\n');
  // A newer edit of the same command is saved by a later run: only that one is pinned now.
  fs.writeFileSync(status, 'my second edit\n');
  const later = install({ packRoot: ROOT, target: h.target, now: at(30) });
  assert.match(
    read(path.join(h.target, '.2l-install.yaml')),
    new RegExp(`saved_edits:\\n(  .*\\n)*  commands/2l-status\\.md: ${later.run}\\n`),
  );
  assert.ok(
    h.run(['prune', '--keep', '1']).code === 0 && !runsNow().includes(saved),
    'the older copy is no longer pinned',
  );
  const un = h.run(['uninstall']);
  assert.ok(
    un.stdout.includes(
      `note: your edited copy of commands/2l-status.md that an install replaced is in \`${path.join(h.target, '.2l-backups', later.run!, 'commands', '2l-status.md')}\``,
    ),
    un.stdout,
  );
});
three('restore puts a run back, and is itself undoable', () => {
  const h = home();
  h.run();
  const cmd = path.join(h.target, 'commands', '2l-event.md');
  const ours = read(cmd);
  fs.writeFileSync(cmd, 'my edit\n');
  h.run();
  assert.is(read(cmd), ours);
  const r = h.run(['restore']);
  assert.is(r.code, 0, r.stderr);
  assert.is(read(cmd), 'my edit\n');
  assert.is(h.run(['restore']).code, 0);
  assert.is(read(cmd), ours, 'restoring the restore run undoes it');
});
three('a file the pack no longer ships is removed if untouched, kept if edited', () => {
  const h = home();
  const pack = makePack(path.join(h.home, 'pack'), {
    files: { 'commands/2l-old.md': 'old\n', 'commands/2l-older.md': 'older\n' },
  });
  assert.is(runInstaller(pack, [], { HOME: h.home }).code, 0);
  fs.writeFileSync(path.join(h.target, 'commands', '2l-older.md'), 'edited\n');
  const r = h.run();
  assert.is(r.code, 3, r.stderr);
  assert.match(r.stdout, /removed\s+commands\/2l-old\.md/);
  assert.match(r.stdout, /kept \(changed by you\)\s+commands\/2l-older\.md/);
  assert.not.ok(fs.existsSync(path.join(h.target, 'commands', '2l-old.md')));
  assert.is(read(path.join(h.target, 'commands', '2l-older.md')), 'edited\n');
});
three.run();

const sets = suite('settings.json');
sets('JSONC (a comment) is refused with line:col, nothing written', () => {
  const h = home();
  fs.mkdirSync(h.target);
  const text = '{\n  "model": "opus", // mine\n}\n';
  fs.writeFileSync(path.join(h.target, 'settings.json'), text);
  const r = h.run();
  assert.is(r.code, 1);
  assert.match(r.stderr, new RegExp(`${h.target}/settings\\.json:2:20: invalid JSON`));
  assert.match(r.stderr, /must be strict JSON .* The file was not touched/);
  assert.equal(fs.readdirSync(h.target).sort(), [INSTALL_LOG, 'settings.json']);
  assert.match(read(path.join(h.target, INSTALL_LOG)), /"outcome":"failure","exit":1/);
  assert.is(read(path.join(h.target, 'settings.json')), text);
});
sets('unusual but valid content survives in meaning; install + uninstall leaves it equal', () => {
  const h = home();
  fs.mkdirSync(h.target);
  const user = {
    '\u00e9t\u00e9 \ud83d\udc4d': 'unicode key',
    big: 12345678901234567890,
    nested: [[[]], {}, null, false, -0.5e-7],
    hooks: {
      SessionStart: [{ matcher: '', hooks: [{ type: 'command', command: 'echo "user start"', timeout: 1 }] }],
      Custom: [],
    },
    statusLine: { type: 'command', command: 'my-status' },
    permissions: { allow: ['Bash(ls:*)'] },
    enabledPlugins: { '2l@local': true },
  };
  fs.writeFileSync(path.join(h.target, 'settings.json'), `\ufeff${JSON.stringify(user)}`);
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /note: plugin 2l@local is also enabled in settings\.json; its hooks stay silent while this install is present \(each event is logged once\)/,
  );
  assert.match(
    r.stdout,
    fs.existsSync(path.join(ROOT, 'dist', 'statusline.cjs'))
      ? /status line: kept yours; pass --statusline/
      : /status line: skipped/,
  );
  const s = settingsOf(h.target);
  // The user's own handler first, then ours on the same event.
  assert.equal(s.hooks.SessionStart[0], user.hooks.SessionStart[0]);
  assert.is(s.hooks.SessionStart.length, 2);
  assert.equal(s.statusLine, user.statusLine);
  assert.is(h.run(['uninstall']).code, 0);
  assert.equal(settingsOf(h.target), JSON.parse(JSON.stringify(user)));
});
sets('an empty settings.json is an empty object', () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.target, 'settings.json'), '');
  assert.is(h.run().code, 0);
  // The pack ships a status line and the user has none, so ours goes in too.
  assert.equal(Object.keys(settingsOf(h.target)), ['hooks', 'statusLine']);
});
sets('a top-level array is refused', () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.target, 'settings.json'), '[]');
  const r = h.run();
  assert.is(r.code, 1);
  assert.match(r.stderr, /expected a JSON object at the top level/);
});
sets("status line: installed when there is none, --statusline over the user's, uninstall restores", () => {
  const h = home();
  const pack = makePack(path.join(h.home, 'pack'), {
    files: { 'dist/statusline.cjs': 'process.stdout.write("2L")\n' },
  });
  const lib = path.join(h.target, 'lib', '2l');
  const ours = { type: 'command', command: `node "${lib}/dist/statusline.cjs"`, padding: 0 };
  assert.is(runInstaller(pack, [], { HOME: h.home }).code, 0);
  assert.equal(settingsOf(h.target).statusLine, ours);
  assert.is(runInstaller(pack, ['uninstall'], { HOME: h.home }).code, 0);
  assert.not.ok(fs.existsSync(path.join(h.target, 'settings.json')), 'the install created it; nothing else was in it');
  const mine = { type: 'command', command: 'my-status', padding: 2 };
  fs.writeFileSync(path.join(h.target, 'settings.json'), JSON.stringify({ statusLine: mine }));
  assert.is(runInstaller(pack, [], { HOME: h.home }).code, 0);
  assert.equal(settingsOf(h.target).statusLine, mine);
  const forced = runInstaller(pack, ['--statusline'], { HOME: h.home });
  assert.match(forced.stdout, /status line: replaced yours \(--statusline\)/);
  assert.equal(settingsOf(h.target).statusLine, ours);
  assert.match(
    read(path.join(h.target, '.2l-install.yaml')),
    /status_line_displaced:\n  type: command\n  command: my-status/,
  );
  assert.is(runInstaller(pack, ['uninstall'], { HOME: h.home }).code, 0);
  assert.equal(settingsOf(h.target), { statusLine: mine });
});
sets.run();

const un = suite('promise 6: uninstall');
un('removes what is ours, keeps and lists what the user changed', () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.target, 'settings.json'), JSON.stringify({ model: 'opus' }));
  h.run();
  fs.writeFileSync(path.join(h.target, 'lib', '2l', 'dist', 'emit.mjs'), '// patched\n');
  const r = h.run(['uninstall']);
  assert.is(r.code, 3, r.stderr);
  assert.match(r.stdout, /kept \(changed by you\)\s+lib\/2l\/dist\/emit\.mjs/);
  assert.equal(settingsOf(h.target), { model: 'opus' });
  const left = Object.keys(snapshot(h.target, (rel) => rel.startsWith('.2l-backups') || notLog(rel))).sort();
  // Folders the install created go again when empty; those holding the user's file stay.
  assert.equal(left, ['lib/', 'lib/2l/', 'lib/2l/dist/', 'lib/2l/dist/emit.mjs', 'settings.json']);
});
un('a settings.json the install created goes with uninstall, also after later no-op installs', () => {
  const h = home();
  const settings = path.join(h.target, 'settings.json');
  assert.is(h.run().code, 0);
  assert.match(read(path.join(h.target, '.2l-install.yaml')), /^created_settings: true$/m);
  assert.is(h.run().code, 0);
  assert.match(
    read(path.join(h.target, '.2l-install.yaml')),
    /^created_settings: true$/m,
    'kept by a later run, which found the file there',
  );
  const dry = h.run(['uninstall', '--dry-run']);
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /would remove\s+settings\.json \(created by the install; nothing else in it\)/);
  assert.ok(fs.existsSync(settings));
  const r = h.run(['uninstall']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /removed\s+settings\.json \(created by the install; nothing else in it\)/);
  assert.not.ok(fs.existsSync(settings));
  const left = Object.keys(snapshot(h.target, (rel) => rel.startsWith('.2l-backups') || notLog(rel)));
  assert.equal(left, []);
});
un('a settings.json the install created stays when the user put something of theirs in it', () => {
  const h = home();
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'settings.json'), JSON.stringify({ ...settingsOf(h.target), model: 'opus' }));
  const r = h.run(['uninstall']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /updated\s+settings\.json \(2L hooks\)/);
  assert.equal(settingsOf(h.target), { model: 'opus' });
});
un('a settings.json that was there before install stays, even when it ends up empty', () => {
  const h = home();
  fs.mkdirSync(h.target);
  fs.writeFileSync(path.join(h.target, 'settings.json'), '{}\n');
  assert.is(h.run().code, 0);
  assert.not.match(read(path.join(h.target, '.2l-install.yaml')), /created_settings/);
  assert.is(h.run(['uninstall']).code, 0);
  assert.equal(settingsOf(h.target), {});
});
un('a folder the user had before install stays, even when uninstall empties it', () => {
  const h = home();
  fs.mkdirSync(path.join(h.target, 'commands'), { recursive: true });
  assert.is(h.run().code, 0);
  assert.match(read(path.join(h.target, '.2l-install.yaml')), /created_dirs:\n  - agents\n/);
  assert.not.match(read(path.join(h.target, '.2l-install.yaml')), /  - commands\n/);
  assert.is(h.run(['uninstall']).code, 0);
  assert.ok(fs.existsSync(path.join(h.target, 'commands')));
  assert.not.ok(fs.existsSync(path.join(h.target, 'agents')));
  assert.not.ok(fs.existsSync(path.join(h.target, 'lib')));
});
un('the installed copy of the installer refuses to install but can uninstall', () => {
  const h = home();
  h.run();
  const copy = path.join(h.target, 'lib', '2l', 'dist', 'install.mjs');
  const env = { PATH: process.env.PATH, HOME: h.home };
  const again = spawnSync(process.execPath, [copy], { encoding: 'utf8', env });
  assert.is(again.status, 1);
  assert.match(again.stderr, /is an installed copy, not the pack: run \.\/install\.mjs from a checkout/);
  const gone = spawnSync(process.execPath, [copy, 'uninstall'], { encoding: 'utf8', env });
  assert.is(gone.status, 0, gone.stderr);
  assert.not.ok(fs.existsSync(path.join(h.target, 'lib', '2l')));
  assert.not.ok(fs.existsSync(path.join(h.target, '.2l-install.yaml')));
});
un('restore refuses a backup manifest naming a path outside the target', () => {
  const h = home();
  h.run();
  fs.writeFileSync(path.join(h.target, 'commands', '2l-event.md'), 'edit\n');
  h.run();
  const run = fs.readdirSync(path.join(h.target, '.2l-backups'))[0]!;
  const mf = path.join(h.target, '.2l-backups', run, 'manifest.json');
  const m = JSON.parse(read(mf));
  m.files[0].rel = '../../escaped.md';
  fs.writeFileSync(mf, JSON.stringify(m));
  const r = h.run(['restore', run]);
  assert.is(r.code, 1);
  assert.match(r.stderr, /names a path outside the target: `\.\.\/\.\.\/escaped\.md`/);
  assert.not.ok(fs.existsSync(path.join(h.home, 'escaped.md')));
});
un.run();

const ver = suite('promise 7: versions and --check');
ver('an older pack over a newer install asks for --force', () => {
  const h = home();
  const newer = makePack(path.join(h.home, 'newer'), { version: '9.0.0' });
  assert.is(runInstaller(newer, [], { HOME: h.home }).code, 0);
  const before = snapshot(h.target, notLog);
  const r = h.run();
  assert.is(r.code, 1);
  assert.match(
    r.stdout,
    /error: the installed 2L pack is 9\.0\.0, newer than this one \(0\.1\.0\); pass `--force` to downgrade/,
  );
  assert.match(r.stderr, /stopped on 1 conflict\(s\); nothing was written/);
  assert.equal(treeDiff(snapshot(h.target, notLog), before), []);
  assert.is(h.run(['--force']).code, 0);
  assert.match(read(path.join(h.target, '.2l-install.yaml')), /^version: 0\.1\.0$/m);
});
ver('--check: 1 before install, 0 in sync, 1 after drift; --json', () => {
  const h = home();
  assert.is(h.run(['--check']).code, 1);
  h.run();
  const ok = h.run(['--check']);
  assert.is(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /in sync with the pack/);
  fs.writeFileSync(path.join(h.target, 'lib', '2l', 'dist', 'hook.cjs'), '');
  const drift = h.run(['--check', '--json']);
  assert.is(drift.code, 1);
  const report = JSON.parse(drift.stdout);
  assert.is(report.exitCode, 1);
  assert.equal(
    report.files.filter((f: { action: string }) => f.action !== 'unchanged').map((f: { rel: string }) => f.rel),
    ['lib/2l/dist/hook.cjs'],
  );
});
ver.run();

const links = suite('promise 8: symlinks');
links(
  'a commands folder symlinked out of the target (as 2L once suggested) is replaced, never written through; uninstall puts it back',
  () => {
    const h = home();
    const outside = path.join(h.home, '2L', 'commands');
    fs.mkdirSync(path.join(outside, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(outside, '2l-mvp.md'), 'legacy 2L command\n');
    fs.writeFileSync(path.join(outside, 'sub', 'deep.md'), 'legacy deep\n');
    fs.writeFileSync(path.join(outside, '2l-event.md'), 'legacy 2l-event\n');
    const outsideBefore = snapshot(path.join(h.home, '2L'));
    fs.mkdirSync(h.target);
    fs.symlinkSync(outside, path.join(h.target, 'commands'));
    const dry = h.run(['--dry-run']);
    assert.match(
      dry.stdout,
      /would replace the symlink `commands` -> .*2L\/commands by a real folder with copies of its 3 file\(s\)/,
    );
    assert.ok(fs.lstatSync(path.join(h.target, 'commands')).isSymbolicLink());
    const r = h.run();
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /backed up, replaced\s+commands\/2l-event\.md\s+\(not ours\)/);
    assert.not.ok(fs.lstatSync(path.join(h.target, 'commands')).isSymbolicLink());
    assert.is(
      read(path.join(h.target, 'commands', '2l-mvp.md')),
      'legacy 2L command\n',
      'the other commands keep working',
    );
    assert.is(read(path.join(h.target, 'commands', 'sub', 'deep.md')), 'legacy deep\n');
    assert.match(read(path.join(h.target, 'commands', '2l-event.md')), /emit\.mjs/);
    assert.equal(treeDiff(snapshot(path.join(h.home, '2L')), outsideBefore), [], 'nothing written outside the target');
    assert.match(read(path.join(h.target, '.2l-install.yaml')), /replaced_links:\n  commands: \d{8}T/);
    assert.is(h.run().stdout.includes('0 file(s) written'), true, 'a second run is a no-op');
    const un = h.run(['uninstall']);
    assert.is(un.code, 0, un.stderr);
    assert.match(un.stdout, /put back the symlink `commands` ->/);
    assert.is(fs.readlinkSync(path.join(h.target, 'commands')), outside);
    assert.equal(treeDiff(snapshot(path.join(h.home, '2L')), outsideBefore), []);
  },
);
links('a replaced folder the user added to since stays a folder on uninstall', () => {
  const h = home();
  const outside = path.join(h.home, 'elsewhere');
  fs.mkdirSync(outside);
  fs.mkdirSync(h.target);
  fs.symlinkSync(outside, path.join(h.target, 'agents'));
  fs.symlinkSync(outside, path.join(h.target, 'commands'));
  assert.is(h.run().code, 0);
  fs.writeFileSync(path.join(h.target, 'commands', 'new-mine.md'), 'mine\n');
  const un = h.run(['uninstall']);
  assert.is(un.code, 0, un.stderr);
  assert.match(un.stdout, /kept `commands` as a real folder: it holds files that are not in/);
  assert.is(read(path.join(h.target, 'commands', 'new-mine.md')), 'mine\n');
  assert.not.ok(fs.existsSync(path.join(h.target, 'commands', '2l-event.md')));
  assert.is(fs.readlinkSync(path.join(h.target, 'agents')), outside, 'the untouched one is a link again');
});
links('a commands folder symlinked inside the target is followed', () => {
  const h = home();
  fs.mkdirSync(path.join(h.target, 'my-commands'), { recursive: true });
  fs.symlinkSync('my-commands', path.join(h.target, 'commands'));
  assert.is(h.run().code, 0);
  assert.ok(fs.lstatSync(path.join(h.target, 'commands')).isSymbolicLink());
  assert.ok(fs.existsSync(path.join(h.target, 'my-commands', '2l-event.md')));
});
links('a symlinked command file is backed up as a link and replaced by a copy; uninstall puts the link back', () => {
  const h = home();
  const elsewhere = path.join(h.home, 'elsewhere.md');
  fs.writeFileSync(elsewhere, 'outside\n');
  fs.mkdirSync(path.join(h.target, 'commands'), { recursive: true });
  fs.symlinkSync(elsewhere, path.join(h.target, 'commands', '2l-event.md'));
  const r = h.run();
  assert.match(r.stdout, /backed up, replaced\s+commands\/2l-event\.md\s+\(a symlink we did not make\)/);
  assert.not.ok(fs.lstatSync(path.join(h.target, 'commands', '2l-event.md')).isSymbolicLink());
  assert.is(read(elsewhere), 'outside\n', 'never written through');
  assert.is(h.run(['uninstall']).code, 0);
  assert.is(fs.readlinkSync(path.join(h.target, 'commands', '2l-event.md')), elsewhere);
});
links('a symlinked settings.json (dotfiles) stays a link: install, restore and uninstall write through it', () => {
  const h = home();
  const dot = path.join(h.home, 'dotfiles');
  const real = path.join(dot, 'claude-settings.json');
  const mine = { model: 'opus', hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo user-stop' }] }] } };
  fs.mkdirSync(dot);
  fs.writeFileSync(real, JSON.stringify(mine, null, 2), { mode: 0o600 });
  fs.mkdirSync(h.target);
  const settings = path.join(h.target, 'settings.json');
  fs.symlinkSync('../dotfiles/claude-settings.json', settings);
  const isLink = () =>
    fs.lstatSync(settings).isSymbolicLink() && fs.readlinkSync(settings) === '../dotfiles/claude-settings.json';
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.ok(
    r.stdout.includes(`note: settings.json is a symlink: changed the file it points at, \`${real}\`; the link stays`),
    r.stdout,
  );
  assert.ok(isLink(), "still the user's link");
  const installed = JSON.parse(read(real));
  assert.is(installed.model, 'opus');
  assert.equal(Object.keys(installed.hooks).sort(), [...new Set([...hookEvents, 'Stop'])].sort());
  assert.is(fs.statSync(real).mode & 0o777, 0o600, 'its mode kept');
  assert.equal(fs.readdirSync(dot), ['claude-settings.json'], 'no temp file left beside it');
  const restored = h.run(['restore']);
  assert.is(restored.code, 0, restored.stderr);
  assert.ok(isLink(), 'restore writes through it too');
  assert.equal(JSON.parse(read(real)), mine);
  assert.is(h.run().code, 0);
  const un = h.run(['uninstall']);
  assert.is(un.code, 0, un.stderr);
  assert.ok(isLink(), 'uninstall leaves the link');
  assert.equal(JSON.parse(read(real)), mine, "with the user's content, minus our entries");
  assert.equal(fs.readdirSync(dot), ['claude-settings.json']);
});
links('a settings.json symlink to nothing is refused, and left as it is', () => {
  const h = home();
  fs.mkdirSync(h.target);
  const settings = path.join(h.target, 'settings.json');
  fs.symlinkSync('../dotfiles/not-checked-out.json', settings);
  const r = h.run();
  assert.is(r.code, 1);
  assert.match(
    r.stderr,
    /settings\.json` is a symlink to `\.\.\/dotfiles\/not-checked-out\.json`, which does not exist/,
  );
  assert.is(fs.readlinkSync(settings), '../dotfiles/not-checked-out.json');
  assert.not.ok(fs.existsSync(path.join(h.target, '.2l-install.yaml')));
});
links.run();

const lock = suite('promise 5: concurrent installs');
lock('four at once: each finishes or stops naming the holder, and the result is in sync', async () => {
  const h = home();
  const runs = await Promise.all(
    Array.from({ length: 4 }, () =>
      run(process.execPath, [path.join(ROOT, 'install.mjs')], { env: { PATH: process.env.PATH, HOME: h.home } }),
    ),
  );
  for (const r of runs) {
    if (r.code !== 0) {
      assert.is(r.code, 1);
      assert.match(r.stderr, /another install is running \(pid \d+, lock `.*\.2l-install\.lock`\)/);
    }
  }
  assert.ok(runs.some((r) => r.code === 0));
  assert.is(h.run(['--check']).code, 0);
  assert.not.ok(fs.existsSync(path.join(h.target, '.2l-install.lock')));
});
lock('a stale lock from a dead pid is taken over', () => {
  const h = home();
  fs.mkdirSync(h.target);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  fs.writeFileSync(path.join(h.target, '.2l-install.lock'), `${dead}\n`);
  const r = h.run();
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`took over a stale lock left by pid ${dead}`));
});
lock.run();

const ro = suite('read-only target');
const canDropPrivileges = process.getuid?.() === 0;
ro('a read-only commands folder: exit 1, rolled back, tree unchanged', () => {
  if (!canDropPrivileges) return; // needs root to run the installer as another user
  const h = home();
  fs.mkdirSync(path.join(h.target, 'commands'), { recursive: true });
  fs.writeFileSync(path.join(h.target, 'settings.json'), '{"model":"opus"}');
  fs.chmodSync(h.home, 0o755);
  spawnSync('chown', ['-R', '65534:65534', h.home]);
  fs.chmodSync(path.join(h.target, 'commands'), 0o555);
  const before = snapshot(h.target, notLog);
  const r = runInstaller(ROOT, [], { HOME: h.home }, { uid: 65534, gid: 65534 });
  assert.is(r.code, 1, r.stdout);
  assert.match(r.stderr, /EACCES: permission denied.*commands.*; nothing was changed \(rolled back\)/);
  assert.equal(treeDiff(snapshot(h.target, notLog), before), []);
});
ro('a read-only target folder: exit 1 naming the lock file', () => {
  if (!canDropPrivileges) return;
  const h = home();
  fs.mkdirSync(h.target);
  fs.chmodSync(h.home, 0o755);
  spawnSync('chown', ['-R', '65534:65534', h.home]);
  fs.chmodSync(h.target, 0o555);
  const r = runInstaller(ROOT, [], { HOME: h.home }, { uid: 65534, gid: 65534 });
  assert.is(r.code, 1);
  assert.match(r.stderr, /EACCES: permission denied, open '.*\.2l-install\.lock'/);
  assert.equal(fs.readdirSync(h.target), []);
});
ro.run();
