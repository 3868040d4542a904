import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEventLine } from '../../lib/events/format.ts';
import { tempDir } from '../util/claude.ts';
import { fixture, startHttpFixture, startRecorder, startedMarkers } from '../util/mcp-fixtures.ts';
import { runDist } from '../util/run-dist.ts';

function world() {
  const root = tempDir('check');
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  return { root, home, project, marker: `--2l-marker-${path.basename(root)}`, started: path.join(root, 'started') };
}
/** The project as Claude Code's trust dialog leaves it: `hasTrustDialogAccepted` under its key. */
const trusted = (w: { project: string }, more: Record<string, unknown> = {}) => ({
  projects: { [w.project]: { hasTrustDialogAccepted: true, ...more } },
});
const check = (w: { home: string; project: string }, args: string[], env: Record<string, string> = {}) =>
  runDist('check-mcps', args, { cwd: w.project, home: w.home, env });
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
  assert.match(r.stdout, 'Exit codes: 0 every server started answered');
  assert.match(r.stdout, 'A project server starts\nonly as Claude Code starts it');
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
  assert.is(
    r.stdout,
    '2L MCP check: no MCP servers configured for this project.\n  Add servers with /2l-setup-mcps, or claude mcp add.\nResults written to .2L/mcp-status.json and an mcp_check event.\n',
  );
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
        good: {
          type: 'stdio',
          command: node,
          args: [fixture('healthy-stdio'), w.marker],
          env: { FIXTURE_TOOLS: '3', KEY: secret },
        },
        dies: { command: node, args: [fixture('exits'), w.marker], env: { FIXTURE_SECRET: '${MY_SECRET}' } },
        unset: { command: node, args: ['${NOT_SET_2L}'] },
        later: { command: node, args: [fixture('marker-stdio'), w.started, 'later', '${MY_SECRET}'] },
      },
    });
    writeJson(path.join(w.project, '.claude', 'settings.local.json'), {
      enabledMcpjsonServers: ['good', 'dies', 'unset'],
    });
    writeJson(path.join(w.home, '.claude.json'), {
      mcpServers: {
        web: { type: 'http', url: http.url, headers: { Authorization: `Bearer \${WEB_TOKEN}` } },
        nowhere: { command: 'no-such-mcp-binary-2l' },
      },
      projects: {
        [w.project]: {
          hasTrustDialogAccepted: true,
          mcpServers: { stuck: { command: node, args: [fixture('ignores-sigterm'), w.marker] } },
        },
      },
    });
    const r = await check(w, ['--timeout', '6'], { MY_SECRET: secret, WEB_TOKEN: token });
    assert.is(r.code, 1, r.stderr);
    assert.is(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^2L MCP check: 7 servers, 2 ok, 4 failed, 1 not started \(\d+ ms, in parallel\)$/);
    const row = (name: string) => lines.find((l) => l.slice(7).startsWith(`${name} `)) ?? `(no row for ${name})`;
    assert.match(row('stuck'), /^ {2}FAIL stuck +local +stdio +timeout: timed out after 6 s waiting for `initialize`$/);
    assert.match(row('good'), /^ {2}OK {3}good +project +stdio +ok: protocol 2025-11-25, 3 tools, \d+ ms$/);
    assert.match(
      row('dies'),
      /^ {2}FAIL dies +project +stdio +exited: exited with code 3 before answering `initialize`$/,
    );
    assert.match(row('unset'), /^ {2}FAIL unset +project +- +config_error: missing environment variable `NOT_SET_2L`$/);
    assert.match(row('web'), /^ {2}OK {3}web +user +http +ok: protocol 2025-11-25, 3 tools, \d+ ms$/);
    assert.match(
      row('nowhere'),
      /^ {2}FAIL nowhere +user +stdio +command_not_found: command `no-such-mcp-binary-2l` not found/,
    );
    assert.match(
      r.stdout,
      '       stderr (last lines):\n         fixture: starting\n         fixture: login refused for key ***\n         fixture: giving up\n',
    );
    assert.match(
      row('later'),
      /^ {2}OFF {2}later +project +- +not approved yet: run `claude` here and choose "Use this MCP server", or add its name to "enabledMcpjsonServers" in \.claude\/settings\.local\.json$/,
    );
    assert.equal(startedMarkers(w.started), [], 'a server Claude Code would not start is never started');
    const status = fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8');
    const events = fs.readFileSync(path.join(w.project, '.2L', 'events.jsonl'), 'utf8');
    for (const text of [r.stdout, status, events]) {
      assert.not.match(text, secret);
      assert.not.match(text, token);
    }
    const st = JSON.parse(status);
    assert.equal(
      st.servers.map((s: { name: string; scope: string; ok: boolean; kind?: string; approval?: string }) => [
        s.name,
        s.scope,
        s.ok,
        s.kind ?? null,
        s.approval ?? null,
      ]),
      [
        ['stuck', 'local', false, 'timeout', null],
        ['good', 'project', true, null, 'approved'],
        ['dies', 'project', false, 'exited', 'approved'],
        ['unset', 'project', false, 'config_error', 'approved'],
        ['later', 'project', false, null, 'pending'],
        ['web', 'user', true, null, null],
        ['nowhere', 'user', false, 'command_not_found', null],
      ],
    );
    assert.is(st.servers[2].exit_code, 3);
    assert.equal([st.ok, st.failed, st.not_started, st.timeout_ms], [2, 4, 1, 6000]);
    assert.is(st.servers[4].not_started, 'not_approved');
    const ev = parseEventLine(events.trim())!;
    assert.equal(
      [ev.event_type, ev.data],
      [
        'mcp_check',
        'MCP check: 7 servers, 2 ok, 4 failed, 1 not started (stuck: timeout, dies: exited, unset: config_error, nowhere: command_not_found)',
      ],
    );
    assert.equal((ev.payload as { servers: unknown[] }).servers.length, 7);
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
  writeJson(path.join(w.home, '.claude.json'), trusted(w));
  writeJson(path.join(w.project, '.claude', 'settings.local.json'), { enableAllProjectMcpServers: true });
  const r = await check(w, ['--json']);
  assert.is(r.code, 1);
  const st = JSON.parse(r.stdout);
  assert.equal(
    st.servers.map((s: { name: string }) => s.name),
    Object.keys(mcpServers),
  );
  assert.ok(st.servers.every((s: { kind: string }) => s.kind === 'command_not_found'));
  const text = await check(w, []);
  assert.match(
    text.stdout,
    '  FAIL evil?FAKE OK line  project  stdio  command_not_found: command `no-such-2l-a` not found',
  );
  assert.not.match(text.stdout, '\u001b');
});
mixed('--json prints the status that was recorded', async () => {
  const w = world();
  writeJson(path.join(w.project, '.mcp.json'), {
    mcpServers: { good: { command: process.execPath, args: [fixture('healthy-stdio'), w.marker] } },
  });
  writeJson(path.join(w.home, '.claude.json'), trusted(w, { enabledMcpjsonServers: ['good'] }));
  const r = await check(w, ['--json']);
  assert.is(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout);
  assert.equal(printed, JSON.parse(fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8')));
  assert.equal(
    [printed.ok, printed.servers[0].tools, printed.servers[0].server_info],
    [1, 2, { name: 'fixture-stdio', version: '1.2.3' }],
  );
});
mixed('an invalid config file: reported with its line, rc 1, the rest still checked', async () => {
  const w = world();
  fs.writeFileSync(path.join(w.home, '.claude.json'), '{"mcpServers": }');
  writeJson(path.join(w.project, '.mcp.json'), {
    mcpServers: { good: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'good'] } },
  });
  const r = await check(w, []);
  assert.is(r.code, 1);
  assert.match(r.stdout, /\n {2}config error: ~\/\.claude\.json:1:16: invalid JSON \(.+\)\n/);
  // Without ~/.claude.json, trust is unknown: the project server is listed, not started.
  assert.match(r.stdout, /^2L MCP check: 1 server, 0 ok, 0 failed, 1 not started/);
  assert.match(r.stdout, /\n {2}OFF {2}good +project +- +a settings file could not be read/);
  assert.equal(startedMarkers(w.started), []);
});
mixed("an unreadable settings file may disable a project server: not started; the user's own servers are", async () => {
  const w = world();
  writeJson(path.join(w.project, '.mcp.json'), {
    mcpServers: { good: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'good'] } },
  });
  writeJson(path.join(w.project, '.claude', 'settings.local.json'), { enabledMcpjsonServers: ['good'] });
  writeJson(path.join(w.home, '.claude.json'), {
    ...trusted(w),
    mcpServers: { mine: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'mine'] } },
  });
  fs.mkdirSync(path.join(w.home, '.claude'));
  fs.writeFileSync(path.join(w.home, '.claude', 'settings.json'), '{"disabledMcpjsonServers": ["good"],}');
  const r = await check(w, []);
  assert.is(r.code, 1);
  assert.match(r.stdout, /\n {2}config error: ~\/\.claude\/settings\.json:1:37: invalid JSON/);
  assert.match(r.stdout, /^2L MCP check: 2 servers, 1 ok, 0 failed, 1 not started/);
  assert.equal(startedMarkers(w.started), ['mine']);
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
mixed('servers are checked side by side: two that never answer cost one timeout, not two', async () => {
  const w = world();
  const node = process.execPath;
  writeJson(path.join(w.home, '.claude.json'), {
    mcpServers: {
      mute1: { command: node, args: [fixture('ignores-sigterm'), w.marker] },
      mute2: { command: node, args: [fixture('ignores-sigterm'), w.marker] },
    },
  });
  const r = await check(w, ['--timeout', '4', '--json', '--no-record']);
  assert.is(r.code, 1, r.stderr);
  const st = JSON.parse(r.stdout);
  assert.equal(
    st.servers.map((s: { name: string; kind?: string }) => [s.name, s.kind]),
    [
      ['mute1', 'timeout'],
      ['mute2', 'timeout'],
    ],
  );
  // One after the other could not finish before both timeouts had run out.
  assert.ok(st.total_ms < 8000, `took ${st.total_ms} ms: the servers were checked one after the other`);
  assert.equal(running(w.marker), []);
});
mixed.run();

/**
 * The attack: a repository's .mcp.json names servers that Claude Code has not
 * been allowed to start, with the user's secrets in `${VAR}`s. Only what Claude
 * Code would start may start, and only then are the variables expanded.
 * Each case: which of the stdio server `a` and the HTTP server `web` start.
 */
const approval = suite('check-mcps: starts only what Claude Code would start');
const SECRETS = { ANTHROPIC_API_KEY: 'sk-ant-secret-9a8b7c6d5e', GITHUB_TOKEN: 'ghp_secretTokenValue1234567890' };
interface Case {
  trust: 'self' | 'parent' | 'none';
  files?: Record<string, unknown>;
  /** Extra keys under projects[<project>] in ~/.claude.json. */
  entry?: Record<string, unknown>;
  started: string[];
  off?: RegExp;
}
const cases: Array<[string, Case]> = [
  [
    'untrusted folder whose own .claude/settings.json enables every server',
    {
      trust: 'none',
      files: { 'proj/.claude/settings.json': { enableAllProjectMcpServers: true } },
      started: [],
      off: /this folder is not trusted in Claude Code/,
    },
  ],
  [
    'untrusted folder, servers enabled in .claude/settings.local.json',
    {
      trust: 'none',
      files: { 'proj/.claude/settings.local.json': { enabledMcpjsonServers: ['a', 'web'] } },
      started: [],
      off: /not trusted/,
    },
  ],
  ['trusted, nothing approved', { trust: 'self', started: [], off: /not approved yet: run `claude` here/ }],
  [
    'trusted, `a` approved by name',
    { trust: 'self', files: { 'proj/.claude/settings.local.json': { enabledMcpjsonServers: ['a'] } }, started: ['a'] },
  ],
  [
    'trusted, the folder’s own settings enable all (Claude Code honours them once trusted)',
    {
      trust: 'self',
      files: { 'proj/.claude/settings.json': { enableAllProjectMcpServers: true } },
      started: ['a', 'web'],
    },
  ],
  [
    'trusted, all enabled, `web` in disabledMcpjsonServers',
    {
      trust: 'self',
      files: {
        'proj/.claude/settings.local.json': { enableAllProjectMcpServers: true },
        'proj/.claude/settings.json': { disabledMcpjsonServers: ['web'] },
      },
      started: ['a'],
      off: /rejected in settings \("disabledMcpjsonServers" in \.claude\/settings\.json\): run `claude mcp reset-project-choices`/,
    },
  ],
  [
    'trusted, user enables all but the project setting says false (the last one given wins)',
    {
      trust: 'self',
      files: {
        'home/.claude/settings.json': { enableAllProjectMcpServers: true },
        'proj/.claude/settings.json': { enableAllProjectMcpServers: false },
      },
      started: [],
    },
  ],
  [
    'trusted, an approval key of the wrong type (Claude Code skips the file)',
    {
      trust: 'self',
      files: {
        'proj/.claude/settings.local.json': { enabledMcpjsonServers: ['a'], enableAllProjectMcpServers: 'yes' },
      },
      started: [],
    },
  ],
  [
    'trusted, legacy approval in ~/.claude.json',
    { trust: 'self', entry: { enabledMcpjsonServers: ['web'] }, started: ['web'] },
  ],
  [
    'trusted, all enabled, `a` switched off in /mcp',
    {
      trust: 'self',
      entry: { enableAllProjectMcpServers: true, disabledMcpServers: ['a'] },
      started: ['web'],
      off: /disabled in Claude Code \(\/mcp\)/,
    },
  ],
  [
    'trusted only through a parent folder, the folder’s settings enable all',
    {
      trust: 'parent',
      files: {
        'proj/.claude/settings.json': { enableAllProjectMcpServers: true },
        'proj/.claude/settings.local.json': { enableAllProjectMcpServers: true },
      },
      started: [],
      off: /trusted only through a parent folder/,
    },
  ],
  [
    'trusted only through a parent folder, the user’s settings enable `a`',
    { trust: 'parent', files: { 'home/.claude/settings.json': { enabledMcpjsonServers: ['a'] } }, started: ['a'] },
  ],
];
for (const [name, c] of cases) {
  approval(name, async () => {
    const w = world();
    const rec = await startRecorder();
    try {
      writeJson(path.join(w.project, '.mcp.json'), {
        mcpServers: {
          a: {
            command: process.execPath,
            args: [fixture('marker-stdio'), w.started, 'a', '${GITHUB_TOKEN}'],
            env: { KEY: '${ANTHROPIC_API_KEY}' },
          },
          web: {
            type: 'http',
            url: `${rec.url}/mcp/\${GITHUB_TOKEN}`,
            headers: { Authorization: 'Bearer ${ANTHROPIC_API_KEY}' },
          },
        },
      });
      for (const [rel, v] of Object.entries(c.files ?? {})) writeJson(path.join(w.root, rel), v);
      const key = c.trust === 'parent' ? w.root : w.project;
      writeJson(path.join(w.home, '.claude.json'), {
        projects: {
          ...(c.trust === 'none' ? {} : { [key]: { hasTrustDialogAccepted: true } }),
          ...(c.entry
            ? { [w.project]: { ...(c.trust === 'self' ? { hasTrustDialogAccepted: true } : {}), ...c.entry } }
            : {}),
        },
      });
      const r = await check(w, ['--timeout', '10'], SECRETS);
      assert.equal(startedMarkers(w.started), c.started.includes('a') ? [`a ${SECRETS.GITHUB_TOKEN}`] : [], r.stdout);
      if (c.started.includes('web')) {
        // Claude Code would connect, with the variables expanded: so does the check (the control).
        assert.ok(rec.requests.length > 0, 'web was connected to');
        assert.is(rec.requests[0]!.url, `/mcp/${SECRETS.GITHUB_TOKEN}`);
        assert.is(rec.requests[0]!.headers.authorization, `Bearer ${SECRETS.ANTHROPIC_API_KEY}`);
      } else assert.equal(rec.requests, [], 'nothing may reach a server Claude Code would not connect to');
      for (const s of ['a', 'web'].filter((n) => !c.started.includes(n)))
        assert.match(r.stdout, new RegExp(`\\n  OFF  ${s} +project +- +`), s);
      if (c.off) assert.match(r.stdout, c.off);
      assert.is(r.code, c.started.includes('web') ? 1 : 0, r.stdout + r.stderr); // the recorder is no MCP server: a started `web` fails; `a` is healthy; OFF is no failure
      const recorded = [
        r.stdout,
        fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8'),
        fs.readFileSync(path.join(w.project, '.2L', 'events.jsonl'), 'utf8'),
      ].join('\n');
      for (const v of Object.values(SECRETS)) assert.not.ok(recorded.includes(v), 'a secret was printed or recorded');
    } finally {
      await rec.close();
    }
  });
}
approval('an unapproved project server hides nothing: the user’s server of that name starts', async () => {
  const w = world();
  writeJson(path.join(w.project, '.mcp.json'), {
    mcpServers: { db: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'project-db'] } },
  });
  writeJson(path.join(w.home, '.claude.json'), {
    ...trusted(w),
    mcpServers: { db: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'user-db'] } },
  });
  const r = await check(w, []);
  assert.is(r.code, 0, r.stdout);
  assert.equal(startedMarkers(w.started), ['user-db']);
  assert.match(r.stdout, /\n {2}OK {3}db +user +stdio +ok: /);
  assert.match(r.stdout, '  note: db in .mcp.json is hidden by the user entry of the same name');
});
approval.run();

/** Files a repository can plant where a config file should be: none may hang, fill memory or be followed. */
const planted = suite('check-mcps: special files in the project');
type Plant = [string, (file: string, root: string) => void, RegExp];
const plants: Plant[] = [
  [
    'a symlink to /dev/zero',
    (f) => fs.symlinkSync('/dev/zero', f),
    /is a symbolic link; 2L never follows links inside a project/,
  ],
  ['a FIFO', (f) => spawnSync('mkfifo', [f]), /is not a regular file \(a device, FIFO or socket\)/],
  [
    'a 3 MB file',
    (f) => fs.writeFileSync(f, `{"x":"${'y'.repeat(3 * 1024 * 1024)}"}`),
    /is larger than 2L reads \(\d+ bytes, limit 2097152\)/,
  ],
  [
    'a symlink to a file enabling every server',
    (f, root) => {
      fs.writeFileSync(
        path.join(root, 'elsewhere.json'),
        JSON.stringify({ enableAllProjectMcpServers: true, mcpServers: {} }),
      );
      fs.symlinkSync(path.join(root, 'elsewhere.json'), f);
    },
    /is a symbolic link; 2L never follows links inside a project/,
  ],
];
for (const rel of ['.mcp.json', '.claude/settings.json', '.claude/settings.local.json']) {
  for (const [what, plant, message] of plants) {
    planted(`${rel} is ${what}: a config error, rc 1, no project server started`, async () => {
      const w = world();
      writeJson(path.join(w.home, '.claude.json'), trusted(w, { enabledMcpjsonServers: ['a'] }));
      if (rel !== '.mcp.json')
        writeJson(path.join(w.project, '.mcp.json'), {
          mcpServers: { a: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'a'] } },
        });
      fs.mkdirSync(path.join(w.project, '.claude'), { recursive: true });
      plant(path.join(w.project, rel), w.root);
      const r = await runDist('check-mcps', [], { cwd: w.project, home: w.home, timeoutMs: 30_000 });
      assert.is(r.code, 1, `${r.stdout}${r.stderr}`);
      const err = r.stdout.split('\n').find((l) => l.startsWith('  config error: '));
      assert.ok(err?.startsWith(`  config error: ${rel}: `), r.stdout);
      assert.match(err!, message);
      assert.equal(startedMarkers(w.started), []);
    });
  }
}
planted('a symlinked .claude folder: its settings are not read, no project server started', async () => {
  const w = world();
  const elsewhere = path.join(w.root, 'elsewhere');
  writeJson(path.join(elsewhere, 'settings.local.json'), { enableAllProjectMcpServers: true });
  fs.symlinkSync(elsewhere, path.join(w.project, '.claude'));
  writeJson(path.join(w.home, '.claude.json'), trusted(w));
  writeJson(path.join(w.project, '.mcp.json'), {
    mcpServers: { a: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'a'] } },
  });
  const r = await check(w, []);
  assert.is(r.code, 1);
  assert.match(
    r.stdout,
    '  config error: `.claude` is a symbolic link; 2L never follows links inside a project (remove it)',
  );
  assert.equal(startedMarkers(w.started), []);
});
planted(
  '~/.claude.json is the user’s own: a symlink to a regular file is followed, a FIFO refused without hanging',
  async () => {
    const w = world();
    const real = path.join(w.root, 'dotfiles-claude.json');
    writeJson(real, {
      mcpServers: { mine: { command: process.execPath, args: [fixture('marker-stdio'), w.started, 'mine'] } },
    });
    fs.symlinkSync(real, path.join(w.home, '.claude.json'));
    assert.is((await check(w, [])).code, 0);
    assert.equal(startedMarkers(w.started), ['mine']);
    fs.unlinkSync(path.join(w.home, '.claude.json'));
    spawnSync('mkfifo', [path.join(w.home, '.claude.json')]);
    const r = await runDist('check-mcps', [], { cwd: w.project, home: w.home, timeoutMs: 30_000 });
    assert.is(r.code, 1);
    assert.match(r.stdout, '  config error: ~/.claude.json: is not a regular file');
  },
);
planted(
  '.2L/mcp-status.json planted as a link: replaced by the status, the target untouched; a linked .2L is refused',
  async () => {
    const w = world();
    const victim = path.join(w.root, 'victim');
    fs.writeFileSync(victim, 'keep me\n');
    fs.mkdirSync(path.join(w.project, '.2L'));
    fs.symlinkSync(victim, path.join(w.project, '.2L', 'mcp-status.json'));
    assert.is((await check(w, [])).code, 0);
    assert.is(fs.readFileSync(victim, 'utf8'), 'keep me\n');
    assert.not.ok(fs.lstatSync(path.join(w.project, '.2L', 'mcp-status.json')).isSymbolicLink());
    assert.is(JSON.parse(fs.readFileSync(path.join(w.project, '.2L', 'mcp-status.json'), 'utf8')).v, 1);

    const w2 = world();
    const away = path.join(w2.root, 'away');
    fs.mkdirSync(away);
    fs.symlinkSync(away, path.join(w2.project, '.2L'));
    const r = await check(w2, []);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^check-mcps: could not record the result in `.+\/\.2L`: .+\.2L: is a symbolic link/);
    assert.equal(fs.readdirSync(away), []);
  },
);
planted.run();
