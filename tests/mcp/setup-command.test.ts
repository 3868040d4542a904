import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  parseSetupArgs,
  renderSetupText,
  setupExitCode,
  setupServers,
  type SetupArgs,
} from '../../lib/mcp/setup-command.ts';
import { CATALOG } from '../../lib/mcp/catalog.ts';
import { UsageError, UserError } from '../../lib/shared/errors.ts';
import { mcpWorld } from '../util/mcp-fixtures.ts';

const parse = suite('setup-command: arguments');
parse('defaults: both servers, project scope, the current folder', () => {
  const a = parseSetupArgs([], {}, '/cwd');
  assert.ok(a !== 'help');
  assert.equal(
    [a.servers.map((s) => s.name), a.scope, a.force, a.dryRun, a.json, a.project],
    [['playwright', 'chrome-devtools'], 'project', false, false, false, '/cwd'],
  );
});
parse('every flag', () => {
  const a = parseSetupArgs(
    ['--only', 'chrome-devtools', '--scope', 'user', '--force', '--dry-run', '--json', '--project', 'p'],
    { CLAUDE_PROJECT_DIR: '/env' },
    '/cwd',
  );
  assert.ok(a !== 'help');
  assert.equal(
    [a.servers.map((s) => s.name), a.scope, a.force, a.dryRun, a.json, a.project],
    [['chrome-devtools'], 'user', true, true, true, '/cwd/p'],
  );
});
parse('--help wins', () => assert.is(parseSetupArgs(['--scope', 'nope', '--help'], {}, '/cwd'), 'help'));
const bad: Array<[string[], string]> = [
  [['--scope', 'global'], '`--scope` must be `project` or `user`, not `global`'],
  [['--only', 'playwright,nope'], '`--only`: unknown server `nope` (known: playwright, chrome-devtools)'],
  [['--only', ','], '`--only` needs at least one server name'],
  [['extra'], 'unexpected argument `extra` (see --help)'],
  [['--only'], 'option `--only` needs a value (see --help)'],
];
for (const [argv, message] of bad) {
  parse(`${argv.join(' ')}: UsageError`, () => {
    assert.throws(
      () => parseSetupArgs(argv, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && e.message === message,
    );
  });
}
parse.run();

function world(mcpJson?: string) {
  const w = mcpWorld('setup-command', mcpJson);
  const args: SetupArgs = {
    servers: [...CATALOG],
    scope: 'project',
    force: false,
    dryRun: false,
    json: false,
    project: w.project,
  };
  return { ...w, args };
}
/** No `node` on PATH: the engine check is decided without depending on this machine's Node. */
const NO_NODE = { PATH: '' };

const run = suite('setup-command: setupServers');
run('no node on PATH: both servers skipped with the reason, nothing written, exit 3', () => {
  const w = world();
  const r = setupServers(w.args, NO_NODE, w.home);
  assert.equal(
    r.servers.map((s) => [s.name, s.action]),
    [
      ['playwright', 'skipped'],
      ['chrome-devtools', 'skipped'],
    ],
  );
  assert.match(
    r.servers[0]!.note ?? '',
    /^`node` was not found on PATH; @playwright\/mcp needs Node >=18 \(or pass --force to add it anyway\)$/,
  );
  assert.equal([r.wrote, setupExitCode(r)], [false, 3]);
  assert.not.ok(fs.existsSync(w.file));
});
run('--force --dry-run: the exact change, nothing written, exit 0', () => {
  const w = world('{"other": 1}');
  const r = setupServers({ ...w.args, force: true, dryRun: true }, NO_NODE, w.home);
  assert.equal(
    r.servers.map((s) => [s.name, s.action]),
    [
      ['playwright', 'add'],
      ['chrome-devtools', 'add'],
    ],
  );
  assert.equal([r.wrote, r.dry_run, setupExitCode(r)], [false, true, 0]);
  assert.is(r.change.length, 2);
  assert.is(fs.readFileSync(w.file, 'utf8'), '{"other": 1}');
  const text = renderSetupText(r);
  assert.match(text, `2L MCP setup: project scope, ${w.file} (dry run: nothing written)\n`);
  assert.match(text, '\n  would add     playwright       npx -y @playwright/mcp@latest\n');
  assert.match(text, `\nWould change "mcpServers" in ${w.file}:\n`);
});
run('user scope writes ~/.claude.json under the home given, mode 0600', () => {
  const w = world();
  const r = setupServers(
    { ...w.args, scope: 'user', force: true, servers: CATALOG.filter((s) => s.name === 'playwright') },
    NO_NODE,
    w.home,
  );
  const file = path.join(w.home, '.claude.json');
  assert.equal([r.file, r.wrote, r.created], [file, true, true]);
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.equal(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).mcpServers), ['playwright']);
});
const refused: Array<[string, string, (w: ReturnType<typeof world>) => void, string]> = [
  ['invalid JSON', '{\n  "mcpServers": [1,]\n}', () => {}, '.mcp.json:2:20: invalid JSON'],
  [
    '`mcpServers` of the wrong shape',
    '{"mcpServers": []}',
    () => {},
    '.mcp.json: `mcpServers` must be an object, found an array; nothing was changed',
  ],
  [
    'a read-only file',
    '{}',
    (w) => fs.chmodSync(w.file, 0o444),
    '`.mcp.json` is read-only; nothing was changed (make it writable, or add the servers by hand)',
  ],
];
for (const [name, text, prepare, message] of refused) {
  run(`${name}: a UserError (exit 1) that says nothing changed; the file untouched`, () => {
    const w = world(text);
    prepare(w);
    assert.throws(
      () => setupServers({ ...w.args, force: true }, NO_NODE, w.home),
      (e: Error) =>
        e instanceof UserError &&
        e.exitCode === 1 &&
        e.message.startsWith(message) &&
        e.message.includes('nothing was changed'),
    );
    assert.is(fs.readFileSync(w.file, 'utf8'), text);
    assert.equal(fs.readdirSync(w.project), ['.mcp.json']);
  });
}
run.run();
