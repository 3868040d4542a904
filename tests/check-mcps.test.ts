import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEventLine } from '../lib/event-format.ts';
import { tempDir } from './util/claude.ts';
import { fixture, startHttpFixture } from './util/mcp-fixtures.ts';
import { runDist } from './util/run-dist.ts';

function world() {
  const root = tempDir('check');
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  return { root, home, project, marker: `--2l-marker-${path.basename(root)}` };
}
const check = (w: { home: string; project: string }, args: string[], env: Record<string, string> = {}) => runDist('check-mcps', args, { cwd: w.project, home: w.home, env });
const writeJson = (file: string, v: unknown) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(v, null, 2));
};
/** Processes whose command line carries the test's marker: none may outlive the check. */
const running = (marker: string) =>
  spawnSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((l) => l.includes(marker) && !l.trim().startsWith('Z'));

const cli = suite('check-mcps: arguments');
cli('--help', async () => {
  const r = await check(world(), ['--help']);
  assert.is(r.code, 0);
  assert.ok(r.stdout.startsWith('Usage: check-mcps [--timeout SECONDS] [--json]\n'));
  assert.match(r.stdout, 'Exit codes: 0 every server answered');
});
const bad: Array<[string[], string]> = [
  [['--timeout', 'soon'], 'check-mcps: `--timeout` must be a number of seconds from 0.1 to 600, not `soon`\n'],
  [['--timeout', '0'], 'check-mcps: `--timeout` must be a number of seconds from 0.1 to 600, not `0`\n'],
  [['--timeout', '601'], 'check-mcps: `--timeout` must be a number of seconds from 0.1 to 600, not `601`\n'],
  [['--timeout', '-1'], 'check-mcps: option `--timeout` needs a value (see --help)\n'],
  [['--timeout'], 'check-mcps: option `--timeout` needs a value (see --help)\n'],
  [['now'], 'check-mcps: unexpected argument `now` (see --help)\n'],
];
for (const [args, stderr] of bad) {
  cli(`${args.join(' ')}: rc 2`, async () => {
    const w = world();
    const r = await check(w, args);
    assert.equal([r.code, r.stdout, r.stderr], [2, '', stderr]);
    assert.not.ok(fs.existsSync(path.join(w.project, '.2L')));
  });
}
cli.run();

const none = suite('check-mcps: nothing configured');
none('rc 0, says so, records an empty status and the event', async () => {
  const w = world();
  const r = await check(w, []);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '2L MCP check: no MCP servers configured for this project.\n  Add servers with /2l-setup-mcps, or claude mcp add.\nResults written to .2L/mcp-status.json and an mcp_check event.\n');
  const st = JSON.parse(fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8'));
  assert.equal([st.v, st.ok, st.failed, st.servers, st.project], [1, 0, 0, [], w.project]);
  const ev = parseEventLine(fs.readFileSync(path.join(w.project, '.2L', 'events.jsonl'), 'utf8').trim())!;
  assert.equal([ev.event_type, ev.data], ['mcp_check', 'MCP check: no servers configured']);
});
none('--no-record writes nothing', async () => {
  const w = world();
  assert.is((await check(w, ['--no-record'])).code, 0);
  assert.not.ok(fs.existsSync(path.join(w.project, '.2L')));
});
none.run();

const mixed = suite('check-mcps: every scope, healthy and broken, in parallel');
mixed('each server reported precisely; secrets never printed or recorded; nothing left running', async () => {
  const w = world();
  const secret = 'zq-private-4471-value';
  const token = 'tk-http-9931-abcdef';
  const http = await startHttpFixture({ FIXTURE_TOKEN: token });
  try {
    const node = process.execPath;
    writeJson(path.join(w.project, '.mcp.json'), {
      mcpServers: {
        good: { type: 'stdio', command: node, args: [fixture('healthy-stdio'), w.marker], env: { FIXTURE_TOOLS: '3', KEY: secret } },
        dies: { command: node, args: [fixture('exits'), w.marker], env: { FIXTURE_SECRET: '${MY_SECRET}' } },
        unset: { command: node, args: ['${NOT_SET_2L}'] },
      },
    });
    writeJson(path.join(w.project, '.claude', 'settings.local.json'), { enabledMcpjsonServers: ['good'] });
    writeJson(path.join(w.home, '.claude.json'), {
      mcpServers: { web: { type: 'http', url: http.url, headers: { Authorization: `Bearer \${WEB_TOKEN}` } }, nowhere: { command: 'no-such-mcp-binary-2l' } },
      projects: { [w.project]: { mcpServers: { stuck: { command: node, args: [fixture('ignores-sigterm'), w.marker] } } } },
    });
    const r = await check(w, ['--timeout', '1.5'], { MY_SECRET: secret, WEB_TOKEN: token });
    assert.is(r.code, 1, r.stderr);
    assert.is(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^2L MCP check: 6 servers, 2 ok, 4 failed \(\d+ ms, in parallel\)$/);
    const row = (name: string) => lines.find((l) => l.slice(7).startsWith(`${name} `)) ?? `(no row for ${name})`;
    assert.match(row('stuck'), /^ {2}FAIL stuck +local +stdio +timeout: timed out after 1\.5 s waiting for `initialize`$/);
    assert.match(row('good'), /^ {2}OK {3}good +project +stdio +ok: protocol 2025-11-25, 3 tools, \d+ ms$/);
    assert.match(row('dies'), /^ {2}FAIL dies +project +stdio +exited: exited with code 3 before answering `initialize`$/);
    assert.match(row('unset'), /^ {2}FAIL unset +project +- +config_error: missing environment variable `NOT_SET_2L`$/);
    assert.match(row('web'), /^ {2}OK {3}web +user +http +ok: protocol 2025-11-25, 3 tools, \d+ ms$/);
    assert.match(row('nowhere'), /^ {2}FAIL nowhere +user +stdio +command_not_found: command `no-such-mcp-binary-2l` not found/);
    assert.match(r.stdout, '       stderr (last lines):\n         fixture: starting\n         fixture: login refused for key ***\n         fixture: giving up\n');
    assert.match(r.stdout, '  Not approved yet (Claude Code starts project servers only once approved: the trust dialog, or "enabledMcpjsonServers" / "enableAllProjectMcpServers" in settings): dies, unset\n');
    const status = fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8');
    const events = fs.readFileSync(path.join(w.project, '.2L', 'events.jsonl'), 'utf8');
    for (const text of [r.stdout, status, events]) {
      assert.not.match(text, secret);
      assert.not.match(text, token);
    }
    const st = JSON.parse(status);
    assert.equal(
      st.servers.map((s: { name: string; scope: string; ok: boolean; kind?: string; approval?: string }) => [s.name, s.scope, s.ok, s.kind ?? null, s.approval ?? null]),
      [
        ['stuck', 'local', false, 'timeout', null],
        ['good', 'project', true, null, 'approved'],
        ['dies', 'project', false, 'exited', 'pending'],
        ['unset', 'project', false, 'config_error', 'pending'],
        ['web', 'user', true, null, null],
        ['nowhere', 'user', false, 'command_not_found', null],
      ],
    );
    assert.is(st.servers[2].exit_code, 3);
    assert.equal([st.ok, st.failed, st.timeout_ms], [2, 4, 1500]);
    assert.ok(st.total_ms < 6000, `parallel: ${st.total_ms} ms`);
    const ev = parseEventLine(events.trim())!;
    assert.equal([ev.event_type, ev.data], ['mcp_check', 'MCP check: 6 servers, 2 ok, 4 failed (stuck: timeout, dies: exited, unset: config_error, nowhere: command_not_found)']);
    assert.equal((ev.payload as { servers: unknown[] }).servers.length, 6);
    assert.equal(running(w.marker), [], 'no fixture process may outlive the check');
  } finally {
    await http.stop();
  }
});
mixed('hostile names are printed inert; many servers are all checked, in config order', async () => {
  const w = world();
  const mcpServers: Record<string, unknown> = { 'evil\u001b[31m\nFAKE OK line': { command: 'no-such-2l-a' } };
  for (let i = 0; i < 40; i++) mcpServers[`s${String(i).padStart(2, '0')}`] = { command: `no-such-2l-${i}` };
  writeJson(path.join(w.project, '.mcp.json'), { mcpServers });
  const r = await check(w, ['--json']);
  assert.is(r.code, 1);
  const st = JSON.parse(r.stdout);
  assert.equal(st.servers.map((s: { name: string }) => s.name), Object.keys(mcpServers));
  assert.ok(st.servers.every((s: { kind: string }) => s.kind === 'command_not_found'));
  const text = await check(w, []);
  assert.match(text.stdout, '  FAIL evil?FAKE OK line  project  stdio  command_not_found: command `no-such-2l-a` not found');
  assert.not.match(text.stdout, '\u001b');
});
mixed('--json prints the status that was recorded', async () => {
  const w = world();
  writeJson(path.join(w.project, '.mcp.json'), { mcpServers: { good: { command: process.execPath, args: [fixture('healthy-stdio'), w.marker] } } });
  const r = await check(w, ['--json']);
  assert.is(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout);
  assert.equal(printed, JSON.parse(fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8')));
  assert.equal([printed.ok, printed.servers[0].tools, printed.servers[0].server_info], [1, 2, { name: 'fixture-stdio', version: '1.2.3' }]);
});
mixed('an invalid config file: reported with its line, rc 1, the rest still checked', async () => {
  const w = world();
  fs.writeFileSync(path.join(w.home, '.claude.json'), '{"mcpServers": }');
  writeJson(path.join(w.project, '.mcp.json'), { mcpServers: { good: { command: process.execPath, args: [fixture('healthy-stdio'), w.marker] } } });
  const r = await check(w, []);
  assert.is(r.code, 1);
  assert.match(r.stdout, /\n {2}config error: ~\/\.claude\.json:1:16: invalid JSON \(.+\)\n/);
  assert.match(r.stdout, /^2L MCP check: 1 server, 1 ok, 0 failed/);
});
mixed('cannot record (.2L is a file): the report still prints, rc 1 and the reason on stderr', async () => {
  const w = world();
  fs.writeFileSync(path.join(w.project, '.2L'), 'not a folder');
  const r = await check(w, []);
  assert.is(r.code, 1);
  assert.match(r.stdout, 'no MCP servers configured');
  assert.match(r.stderr, /^check-mcps: could not record the result in `.+\/\.2L`: /);
  assert.is(fs.readFileSync(path.join(w.project, '.2L'), 'utf8'), 'not a folder');
});
mixed.run();
