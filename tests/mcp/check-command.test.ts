import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseCheckArgs, renderCheckText, runCheck, type CheckArgs } from '../../lib/mcp/check-command.ts';
import { UsageError } from '../../lib/shared/errors.ts';
import { tempDir } from '../util/claude.ts';
import { mcpWorld } from '../util/mcp-fixtures.ts';

const parse = suite('check-command: arguments');
const good: Array<[string[], NodeJS.ProcessEnv, CheckArgs | 'help']> = [
  [[], {}, { timeoutMs: 30_000, json: false, record: true, project: '/cwd' }],
  [
    ['--timeout', '1.5', '--json', '--no-record', '--project', 'sub'],
    { CLAUDE_PROJECT_DIR: '/env' },
    { timeoutMs: 1500, json: true, record: false, project: '/cwd/sub' },
  ],
  [
    ['--timeout', '600'],
    { CLAUDE_PROJECT_DIR: '/env' },
    { timeoutMs: 600_000, json: false, record: true, project: '/env' },
  ],
  [['-h', '--timeout', 'x'], {}, 'help'],
];
for (const [argv, env, expected] of good)
  parse(argv.join(' ') || '(none)', () => assert.equal(parseCheckArgs(argv, env, '/cwd'), expected));
const bad: Array<[string[], string]> = [
  [['--timeout', '0.05'], '`--timeout` must be a number of seconds from 0.1 to 600, not `0.05`'],
  [['--timeout', '1e3'], '`--timeout` must be a number of seconds from 0.1 to 600, not `1e3`'],
  [['now'], 'unexpected argument `now` (see --help)'],
  [['--project', ''], '`--project` needs a folder'],
  [['--record'], 'unknown option `--record` (see --help)'],
];
for (const [argv, message] of bad) {
  parse(`${argv.join(' ')}: UsageError`, () => {
    assert.throws(
      () => parseCheckArgs(argv, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && e.message === message,
    );
  });
}
parse.run();

function world(files: Record<string, string> = {}) {
  const { home, project } = mcpWorld('check-command');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(project, name), text);
  const args: CheckArgs = { timeoutMs: 2000, json: false, record: true, project };
  return { home, project, args, ctx: { home, env: {} } };
}

const run = suite('check-command: runCheck');
run('nothing configured: exit 0, recorded, the text a user sees', async () => {
  const w = world();
  const r = await runCheck(w.args, w.ctx);
  assert.equal(
    [r.exitCode, r.statusFile, r.recordError, r.status.servers],
    [0, path.join('.2L', 'mcp-status.json'), undefined, []],
  );
  assert.is(
    renderCheckText(r.status, r.statusFile),
    '2L MCP check: no MCP servers configured for this project.\n  Add servers with /2l-setup-mcps, or claude mcp add.\nResults written to .2L/mcp-status.json and an mcp_check event.',
  );
  assert.ok(fs.existsSync(path.join(w.project, '.2L', 'mcp-status.json')));
});
run('--no-record: nothing written, no status file named', async () => {
  const w = world();
  const r = await runCheck({ ...w.args, record: false }, w.ctx);
  assert.equal([r.exitCode, r.statusFile], [0, undefined]);
  assert.not.ok(fs.existsSync(path.join(w.project, '.2L')));
});
run('a project server in an untrusted folder is not started: OFF, not a failure', async () => {
  const marker = path.join(tempDir('check-command-marker'), 'started');
  const w = world({
    '.mcp.json': JSON.stringify({
      mcpServers: {
        later: {
          command: process.execPath,
          args: ['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`],
        },
      },
    }),
  });
  const r = await runCheck({ ...w.args, record: false }, w.ctx);
  assert.is(r.exitCode, 0);
  assert.equal([r.status.not_started, r.status.failed], [1, 0]);
  assert.match(renderCheckText(r.status, undefined), /\n {2}OFF {2}later +project +- +/);
  assert.not.ok(fs.existsSync(marker), 'never started');
});
run('an unreadable .mcp.json: exit 1, named as a config error', async () => {
  const w = world({ '.mcp.json': '{ nope' });
  const r = await runCheck({ ...w.args, record: false }, w.ctx);
  assert.is(r.exitCode, 1);
  assert.match(renderCheckText(r.status, undefined), /\n {2}config error: \.mcp\.json:1:3: invalid JSON/);
});
run('.2L is a file: the result is still returned, the reason named, exit 1', async () => {
  const w = world({ '.2L': 'not a folder' });
  const r = await runCheck(w.args, w.ctx);
  assert.is(r.exitCode, 1);
  assert.is(r.statusFile, undefined);
  assert.match(r.recordError ?? '', new RegExp(`^could not record the result in \`${w.project}/\\.2L\`: `));
});
run.run();
