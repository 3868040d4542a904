/**
 * Black box: `2l doctor` as a user runs it, in a fake HOME, against installs
 * made by the real installer: healthy, drifted, double-registered, and
 * hostile project folders. PATH holds stand-ins for psql, npx and Chromium
 * that leave a mark if run: the doctor must find them, never start them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { makePack, runInstaller } from '../util/install-fixture.ts';
import { runSync } from '../util/run.ts';

interface Doc {
  worst: string;
  exit: number;
  checks: Array<{ id: string; status: string; found: string; fix?: string }>;
}

function world(opts: { install?: boolean } = {}) {
  const home = tempDir('doctor');
  const project = path.join(home, 'proj');
  fs.mkdirSync(project);
  const bin = path.join(home, 'bin');
  fs.mkdirSync(bin);
  const mark = path.join(home, 'ran');
  for (const name of ['psql', 'npx', 'chromium'])
    fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho ${name} >> "${mark}"\n`, { mode: 0o755 });
  const PATH = `${bin}:${path.dirname(process.execPath)}:/usr/bin:/bin`;
  const target = path.join(home, '.claude');
  if (opts.install !== false) assert.is(runInstaller(ROOT, ['-q'], { HOME: home }).code, 0);
  const doctor = (args: string[] = [], env: Record<string, string> = {}) => {
    const r = runSync(process.execPath, [path.join(ROOT, 'dist', '2l.mjs'), 'doctor', ...args], {
      cwd: project,
      env: { PATH, HOME: home, LANG: 'C.UTF-8', ...env },
      timeoutMs: 30_000,
    });
    assert.not.ok(
      fs.existsSync(mark),
      `the doctor started a program: ${fs.existsSync(mark) ? fs.readFileSync(mark, 'utf8') : ''}`,
    );
    return r;
  };
  const json = (args: string[] = []) => {
    const r = doctor(['--json', ...args]);
    const d = JSON.parse(r.stdout) as Doc;
    assert.is(r.code, d.exit);
    return d;
  };
  const status = (d: Doc) => Object.fromEntries(d.checks.map((c) => [c.id, c.status]));
  return { home, project, target, doctor, json, status };
}

const h = suite('doctor: installs');
h('a healthy install: every line OK, exit 0', () => {
  const w = world();
  const r = w.doctor();
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(r.stderr, '');
  assert.match(r.stdout, /^OK {4}node {8}Node \d+/m);
  assert.match(r.stdout, /^OK {4}install {5}installed \d+\.\d+\.\d+ in .*\/\.claude; all \d+ files as installed$/m);
  // One per event hooks/hooks.json registers (8 since issue 13 took the per-call, subagent, prompt, Stop and
  // SessionEnd events out: they come from the transcripts and the CLI's process).
  const events = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'hooks', 'hooks.json'), 'utf8')).hooks).length;
  assert.ok(events >= 8, `${events} events`);
  assert.match(
    r.stdout,
    new RegExp(`^OK {4}hooks {7}the installed hook is registered once for each of ${events} event\\(s\\)$`, 'm'),
  );
  assert.match(r.stdout, /^OK {4}mode {8}installed copy in /m);
  assert.match(r.stdout, /^OK {4}psql {8}psql at .*\/bin\/psql$/m);
  assert.match(r.stdout, /^all good \(exit 0\)$/m);
  assert.equal(
    Object.values(w.status(w.json())).filter((s) => s !== 'OK'),
    [],
  );
});
h('a drifted install: WARN with the files and the fix, exit 3', () => {
  const w = world();
  fs.writeFileSync(path.join(w.target, 'lib', '2l', 'dist', 'hook.cjs'), '// changed\n');
  fs.rmSync(path.join(w.target, 'commands', '2l-status.md'));
  const d = w.json();
  const install = d.checks.find((c) => c.id === 'install')!;
  assert.is(install.status, 'WARN');
  assert.match(
    install.found,
    /2 file\(s\) changed or missing since: commands\/2l-status\.md, lib\/2l\/dist\/hook\.cjs/,
  );
  assert.match(install.fix!, /`\.\/install\.mjs --update`/);
  assert.is(d.exit, 3);
});
h(
  'installed from another copy of the pack (same version, other content): WARN, as ./install.mjs --check would say',
  () => {
    const w = world({ install: false });
    const other = makePack(path.join(w.home, 'other-pack'), { files: { 'commands/2l-status.md': 'older text\n' } });
    assert.is(runInstaller(other, ['-q'], { HOME: w.home }).code, 0);
    const c = w.json().checks.find((x) => x.id === 'install')!;
    assert.is(c.status, 'WARN');
    assert.match(c.found, new RegExp(`differs from this pack \\(${ROOT}\\): 1 file\\(s\\): commands/2l-status\\.md$`));
    assert.match(c.fix!, /`\.\/install\.mjs --update`/);
  },
);
h('the installed hook registered twice in settings.json: FAIL (each event logged twice), exit 1', () => {
  const w = world();
  const file = path.join(w.target, 'settings.json');
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  s.hooks.SessionStart.push(structuredClone(s.hooks.SessionStart[0]));
  fs.writeFileSync(file, JSON.stringify(s, null, 2));
  const d = w.json();
  const hooks = d.checks.find((c) => c.id === 'hooks')!;
  assert.equal([hooks.status, d.exit], ['FAIL', 1]);
  assert.match(
    hooks.found,
    /1 event\(s\) have the installed hook registered more than once .*\(SessionStart\): each is logged twice/,
  );
});
h('enabled as a plugin and installed (settings files as Claude Code writes them): mode WARN, both', () => {
  const w = world();
  const file = path.join(w.target, 'settings.json');
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, JSON.stringify({ ...s, enabledPlugins: { '2l@2l-pack': true } }));
  fs.mkdirSync(path.join(w.target, 'plugins'));
  fs.writeFileSync(
    path.join(w.target, 'plugins', 'installed_plugins.json'),
    JSON.stringify({ version: 2, plugins: { '2l@2l-pack': [{ scope: 'user', installPath: '/x', version: '0.1.0' }] } }),
  );
  const d = w.json();
  const mode = d.checks.find((c) => c.id === 'mode')!;
  assert.is(mode.status, 'WARN');
  assert.match(mode.found, /^both: the installed copy \(.*\) and the plugin 2l@2l-pack$/);
  assert.match(mode.fix!, /logged once .* `claude plugin uninstall 2l@2l-pack` or `\.\/install\.mjs uninstall`/);
});
h('nothing installed, no plugin: hooks and mode FAIL with how to install', () => {
  const w = world({ install: false });
  const d = w.json();
  assert.equal([w.status(d).install, w.status(d).hooks, w.status(d).mode, d.exit], ['OK', 'FAIL', 'FAIL', 1]);
  assert.match(d.checks.find((c) => c.id === 'hooks')!.fix!, /`\.\/install\.mjs`, or `claude plugin marketplace add/);
});
h('an unreadable install state: FAIL naming the file', () => {
  const w = world();
  fs.writeFileSync(path.join(w.target, '.2l-install.yaml'), ': : not yaml [');
  const d = w.json();
  assert.is(w.status(d).install, 'FAIL');
  assert.match(d.checks.find((c) => c.id === 'install')!.fix!, /move `.*\.2l-install\.yaml` away/);
});
h.run();

const p = suite('doctor: a hostile project');
p('.2L as a symlink to a big folder elsewhere: FAIL, nothing behind it read or counted', () => {
  const w = world();
  const elsewhere = path.join(w.home, 'elsewhere');
  fs.mkdirSync(elsewhere);
  fs.symlinkSync(elsewhere, path.join(w.project, '.2L'));
  const c = w.json().checks.find((x) => x.id === 'state-dir')!;
  assert.equal([c.status, c.found], ['FAIL', `${w.project}/.2L is a symbolic link: 2L logs nothing there`]);
});
p('links, a FIFO and /dev/zero inside .2L: counted by lstat, never followed or read; no hang', () => {
  const w = world();
  const dir = path.join(w.project, '.2L');
  fs.mkdirSync(dir, { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'events.jsonl'), 'x'.repeat(1000));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero'));
  fs.symlinkSync('/', path.join(dir, 'root'));
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  const c = w.json().checks.find((x) => x.id === 'state-dir')!;
  assert.is(c.status, 'OK', c.found);
  const bytes = 1000 + '/dev/zero'.length + '/'.length;
  assert.is(c.found, `${dir}: ${(bytes / 1024 / 1024).toFixed(1)} MiB in 4 file(s), private (0700)`);
});
p('a .2L others can read: WARN with chmod 700', () => {
  const w = world();
  fs.mkdirSync(path.join(w.project, '.2L'));
  fs.chmodSync(path.join(w.project, '.2L'), 0o755);
  const c = w.json().checks.find((x) => x.id === 'state-dir')!;
  assert.equal([c.status, c.fix], ['WARN', `\`chmod 700 ${w.project}/.2L\``]);
});
p('a project .claude/settings.json that is a link to a settings file enabling the plugin: not followed', () => {
  const w = world();
  const theirs = path.join(w.home, 'theirs.json');
  fs.writeFileSync(theirs, JSON.stringify({ enabledPlugins: { '2l@2l-pack': true } }));
  fs.mkdirSync(path.join(w.target, 'plugins'), { recursive: true });
  fs.writeFileSync(
    path.join(w.target, 'plugins', 'installed_plugins.json'),
    JSON.stringify({ plugins: { '2l@2l-pack': [] } }),
  );
  fs.mkdirSync(path.join(w.project, '.claude'));
  fs.symlinkSync(theirs, path.join(w.project, '.claude', 'settings.json'));
  assert.is(w.status(w.json()).mode, 'OK');
  // The same file for real in the project is read: the check can tell.
  fs.rmSync(path.join(w.project, '.claude', 'settings.json'));
  fs.copyFileSync(theirs, path.join(w.project, '.claude', 'settings.json'));
  assert.is(w.status(w.json()).mode, 'WARN');
});
p.run();

const a = suite('doctor: arguments');
a('--help, bad flags and values: exit 0 / 2 in our words', () => {
  const w = world({ install: false });
  const help = w.doctor(['--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /^Usage: doctor \[--json\]/);
  assert.match(help.stdout, /Exit codes: 0 all OK, 1 at least one FAIL, 2 bad arguments, 3 warnings only\./);
  const cases: Array<[string[], string]> = [
    [['--bogus'], 'doctor: unknown option `--bogus` (see --help)\n'],
    [['--target', ''], 'doctor: `--target` needs a folder\n'],
    [['extra'], 'doctor: unexpected argument `extra` (see --help)\n'],
  ];
  for (const [args, stderr] of cases) {
    const r = w.doctor(args);
    assert.equal([r.code, r.stdout, r.stderr], [2, '', stderr]);
  }
});
a.run();
