import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpWorld } from '../util/mcp-fixtures.ts';
import { runDist } from '../util/run-dist.ts';

const PW = { type: 'stdio', command: 'npx', args: ['-y', '@playwright/mcp@latest'], env: {} };
const CD = { type: 'stdio', command: 'npx', args: ['-y', 'chrome-devtools-mcp@latest'], env: {} };

const world = (mcpJson?: string) => mcpWorld('setup', mcpJson);
const setup = (w: { home: string; project: string }, args: string[], env: Record<string, string> = {}) =>
  runDist('setup-mcps', args, { cwd: w.project, home: w.home, env });

const cli = suite('setup-mcps: arguments');
cli('--help: usage and exit codes on stdout, rc 0', async () => {
  const r = await setup(world(), ['--help']);
  assert.is(r.code, 0);
  assert.ok(
    r.stdout.startsWith('Usage: setup-mcps [--only NAMES] [--scope project|user] [--force] [--dry-run] [--json]\n'),
  );
  assert.match(r.stdout, 'Exit codes: 0 done');
  assert.is(r.stderr, '');
});
const bad: Array<[string[], string]> = [
  [['--scope', 'global'], 'setup-mcps: `--scope` must be `project` or `user`, not `global`\n'],
  [['--only', 'playwright,nope'], 'setup-mcps: `--only`: unknown server `nope` (known: playwright, chrome-devtools)\n'],
  [['extra'], 'setup-mcps: unexpected argument `extra` (see --help)\n'],
  [['--bogus'], 'setup-mcps: unknown option `--bogus` (see --help)\n'],
  [['--only'], 'setup-mcps: option `--only` needs a value (see --help)\n'],
];
for (const [args, stderr] of bad) {
  cli(`${args.join(' ')}: rc 2, nothing written`, async () => {
    const w = world();
    const r = await setup(w, args);
    assert.equal([r.code, r.stdout, r.stderr], [2, '', stderr]);
    assert.equal(fs.readdirSync(w.project), []);
  });
}
cli.run();

const project = suite('setup-mcps: project scope');
project('fresh project: both servers added, prerequisites and next steps reported', async () => {
  const w = world();
  const r = await setup(w, []);
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(fs.readFileSync(w.file, 'utf8')), { mcpServers: { playwright: PW, 'chrome-devtools': CD } });
  const lines = r.stdout.split('\n');
  assert.is(lines[0], `2L MCP setup: project scope, ${w.file}`);
  assert.match(r.stdout, /\n {2}node v\d+\.\d+\.\d+, npx \d+\.\d+\.\d+\n/);
  assert.match(r.stdout, /\n {2}browser: (Google Chrome|Chromium) at \//);
  assert.ok(lines.includes('  added         playwright       npx -y @playwright/mcp@latest'), r.stdout);
  assert.ok(lines.includes('  added         chrome-devtools  npx -y chrome-devtools-mcp@latest'));
  assert.ok(lines.includes(`Changed "mcpServers" in ${w.file} (a new file):`));
  assert.ok(lines.includes(`  + "playwright": ${JSON.stringify(PW)}`));
  assert.match(r.stdout, '1. Restart Claude Code');
  assert.match(r.stdout, '"enabledMcpjsonServers": ["playwright","chrome-devtools"]');
  assert.match(r.stdout, 'Run /2l-check-mcps');
  assert.equal(fs.readdirSync(w.project), ['.mcp.json']);
});
project('second run changes nothing: same bytes, no backup', async () => {
  const w = world('{"mcpServers":{"mine":{"command":"x"}}}');
  assert.is((await setup(w, [])).code, 0);
  const bytes = fs.readFileSync(w.file, 'utf8');
  const names = fs.readdirSync(w.project).sort();
  const r = await setup(w, []);
  assert.is(r.code, 0);
  assert.match(r.stdout, `Nothing to change in ${w.file}.`);
  assert.match(r.stdout, '  unchanged     playwright');
  assert.is(fs.readFileSync(w.file, 'utf8'), bytes);
  assert.equal(fs.readdirSync(w.project).sort(), names);
  assert.is(names.length, 2, 'one backup, from the first run');
});
project('--only and --dry-run: the exact change, nothing written', async () => {
  const w = world('{"other": 1}');
  const r = await setup(w, ['--only', 'playwright', '--dry-run']);
  assert.is(r.code, 0);
  assert.match(r.stdout, `(dry run: nothing written)`);
  assert.match(
    r.stdout,
    `\nWould change "mcpServers" in ${w.file}:\n  + "playwright": ${JSON.stringify(PW)}\nNext steps:`,
  );
  assert.not.match(r.stdout, 'chrome-devtools');
  assert.is(fs.readFileSync(w.file, 'utf8'), '{"other": 1}');
  assert.equal(fs.readdirSync(w.project), ['.mcp.json']);
});
project(
  'a differing same-name entry: kept, reported with secrets masked, rc 3; --force replaces it with a backup',
  async () => {
    const mine =
      '{"mcpServers":{"playwright":{"command":"npx","args":["@playwright/mcp@0.0.1"],"env":{"API_TOKEN":"tok-abcdef-123"}}}}';
    const w = world(mine);
    const r = await setup(w, ['--only', 'playwright']);
    assert.is(r.code, 3);
    assert.match(
      r.stdout,
      '  kept          playwright       npx -y @playwright/mcp@latest\n                an entry of this name differs and was kept (pass --force to replace it)\n                existing: {"command":"npx","args":["@playwright/mcp@0.0.1"],"env":{"API_TOKEN":"***"}}',
    );
    assert.not.match(r.stdout, 'tok-abcdef-123');
    assert.is(fs.readFileSync(w.file, 'utf8'), mine);
    const f = await setup(w, ['--only', 'playwright', '--force']);
    assert.is(f.code, 0);
    assert.match(
      f.stdout,
      '  - "playwright": {"command":"npx","args":["@playwright/mcp@0.0.1"],"env":{"API_TOKEN":"***"}}\n  + "playwright": ',
    );
    assert.not.match(f.stdout, 'tok-abcdef-123');
    assert.equal(JSON.parse(fs.readFileSync(w.file, 'utf8')), { mcpServers: { playwright: PW } });
    const backups = fs.readdirSync(w.project).filter((n) => n.startsWith('.mcp.json.bak-'));
    assert.is(backups.length, 1);
    assert.is(fs.readFileSync(path.join(w.project, backups[0]!), 'utf8'), mine);
  },
);
project('invalid JSON: rc 1, the line named, file untouched', async () => {
  const text = '{\n  "mcpServers": {\n    "a": {"command": "x"},\n  }\n}\n';
  const w = world(text);
  const r = await setup(w, []);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^setup-mcps: \.mcp\.json:4:3: invalid JSON \(.+\); nothing was changed\n$/);
  assert.is(fs.readFileSync(w.file, 'utf8'), text);
  assert.equal(fs.readdirSync(w.project), ['.mcp.json']);
});
project('read-only .mcp.json: rc 1, untouched', async () => {
  const w = world('{}');
  fs.chmodSync(w.file, 0o444);
  const r = await setup(w, []);
  assert.equal(
    [r.code, r.stderr],
    [1, 'setup-mcps: `.mcp.json` is read-only; nothing was changed (make it writable, or add the servers by hand)\n'],
  );
  assert.is(fs.readFileSync(w.file, 'utf8'), '{}');
});
project('CLAUDE_PROJECT_DIR is honoured', async () => {
  const w = world();
  const r = await runDist('setup-mcps', ['--only', 'playwright'], {
    cwd: w.root,
    home: w.home,
    env: { CLAUDE_PROJECT_DIR: w.project },
  });
  assert.is(r.code, 0);
  assert.ok(fs.existsSync(w.file));
  assert.not.ok(fs.existsSync(path.join(w.root, '.mcp.json')));
});
project.run();

const user = suite('setup-mcps: user scope and Node checks');
user('--scope user merges into ~/.claude.json, keeping everything else', async () => {
  const w = world();
  const claude = {
    numStartups: 4,
    projects: { [w.project]: { hasTrustDialogAccepted: true, mcpServers: { loc: { command: 'l' } } } },
    mcpServers: { mine: { type: 'http', url: 'http://127.0.0.1:1/mcp' } },
  };
  const file = path.join(w.home, '.claude.json');
  fs.writeFileSync(file, JSON.stringify(claude), { mode: 0o600 });
  const r = await setup(w, ['--scope', 'user', '--json']);
  assert.is(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(
    [report.scope, report.file, report.wrote, report.servers.map((s: { action: string }) => s.action)],
    ['user', file, true, ['add', 'add']],
  );
  assert.equal(report.next_steps.length, 2, 'no approval step for user scope');
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')), {
    ...claude,
    mcpServers: { ...claude.mcpServers, playwright: PW, 'chrome-devtools': CD },
  });
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.not.ok(fs.existsSync(w.file), 'no .mcp.json for user scope');
});
user(
  'Node too old for chrome-devtools-mcp: skipped with the reason (rc 3); --force adds it with a warning',
  async () => {
    const w = world();
    const bin = path.join(w.root, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'node'), '#!/bin/sh\necho v20.18.0\n', { mode: 0o755 });
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const r = await setup(w, [], env);
    assert.is(r.code, 3);
    assert.match(r.stdout, '  node v20.18.0, npx ');
    assert.match(
      r.stdout,
      '  skipped       chrome-devtools  npx -y chrome-devtools-mcp@latest\n                chrome-devtools-mcp needs Node ^20.19.0 || ^22.12.0 || >=23, found v20.18.0: upgrade Node (or pass --force to add it anyway)',
    );
    assert.equal(JSON.parse(fs.readFileSync(w.file, 'utf8')), { mcpServers: { playwright: PW } });
    const f = await setup(w, ['--force'], env);
    assert.is(f.code, 0);
    assert.match(
      f.stdout,
      '  added         chrome-devtools  npx -y chrome-devtools-mcp@latest\n                chrome-devtools-mcp needs Node',
    );
    assert.equal(Object.keys(JSON.parse(fs.readFileSync(w.file, 'utf8')).mcpServers), [
      'playwright',
      'chrome-devtools',
    ]);
  },
);
user('no node on PATH: reported, servers skipped', async () => {
  const w = world();
  const r = await setup(w, ['--only', 'playwright'], { PATH: '/nonexistent' });
  assert.is(r.code, 3);
  assert.match(r.stdout, '  node NOT FOUND on PATH, npx NOT FOUND on PATH');
  assert.match(r.stdout, '`node` was not found on PATH; @playwright/mcp needs Node >=18');
  assert.not.ok(fs.existsSync(w.file));
});
user.run();

/** What a repository can plant at `.mcp.json`: setup must refuse at once, change nothing, follow nothing. */
const planted = suite('setup-mcps: a planted .mcp.json');
const plants: Array<[string, (file: string, root: string) => void, string]> = [
  [
    'a symlink to /dev/zero',
    (f) => fs.symlinkSync('/dev/zero', f),
    'is a symbolic link; 2L never follows links inside a project (remove it)',
  ],
  [
    'a symlink to a file of the user',
    (f, root) => fs.symlinkSync(path.join(root, 'victim.json'), f),
    'is a symbolic link; 2L never follows links inside a project (remove it)',
  ],
  [
    'a FIFO',
    (f) => spawnSync('mkfifo', [f]),
    'is not a regular file (a device, FIFO or socket); 2L reads only regular files',
  ],
  [
    'a 3 MB file',
    (f) => fs.writeFileSync(f, `{"x":"${'y'.repeat(3 * 1024 * 1024 - 8)}"}`),
    'is larger than 2L reads (3145728 bytes, limit 2097152)',
  ],
];
for (const [what, plant, reason] of plants) {
  planted(`${what}: rc 1, refused with the reason, nothing changed`, async () => {
    const w = world();
    fs.writeFileSync(path.join(w.root, 'victim.json'), '{"mine":true}');
    plant(w.file, w.root);
    const before = fs.lstatSync(w.file);
    const r = await runDist('setup-mcps', [], { cwd: w.project, home: w.home, timeoutMs: 30_000 });
    assert.equal([r.code, r.stdout, r.stderr], [1, '', `setup-mcps: .mcp.json: ${reason}; nothing was changed\n`]);
    assert.equal(fs.readdirSync(w.project), ['.mcp.json']);
    const after = fs.lstatSync(w.file);
    assert.equal([after.ino, after.mtimeMs, after.size], [before.ino, before.mtimeMs, before.size]);
    assert.is(fs.readFileSync(path.join(w.root, 'victim.json'), 'utf8'), '{"mine":true}');
  });
}
planted.run();
