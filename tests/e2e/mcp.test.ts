/**
 * End to end with the real Claude Code CLI (offline, temporary HOME):
 * /2l:2l-setup-mcps writes .mcp.json; once the project is trusted and the
 * servers approved, `claude mcp list` connects to them; /2l:2l-check-mcps
 * reports them to the model. To stay offline and fast, the npx -y …@latest
 * commands written by setup are pointed at local equivalents before `mcp
 * list` runs: the installed @playwright/mcp bin, and a fixture server standing
 * in for chrome-devtools-mcp (not installed here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi } from '../util/fake-anthropic.ts';
import { PLAYWRIGHT_MCP, fixture, startedMarkers } from '../util/mcp-fixtures.ts';
import { runDist } from '../util/run-dist.ts';
import { execFileSync } from 'node:child_process';

/** Text of every user message block the CLI sent, where command output lands. */
function sentText(requests: Array<Record<string, unknown>>): string {
  return requests.map((r) => JSON.stringify(r.messages ?? [])).join('\n');
}

const e2e = suite('mcp e2e: real Claude Code CLI');
e2e('setup, approve, `claude mcp list` connects, check reports every server', async () => {
  const root = tempDir('mcp-e2e');
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  const other = { type: 'stdio', command: process.execPath, args: [fixture('healthy-stdio')], env: {} };
  fs.writeFileSync(path.join(project, '.mcp.json'), JSON.stringify({ mcpServers: { other } }, null, 2));

  const api = await startFakeApi([{ text: 'setup reported' }]);
  const checkApi = await startFakeApi([{ text: 'check reported' }]);
  try {
    const setup = await runClaude(['-p', '/2l:2l-setup-mcps', '--plugin-dir', ROOT], {
      cwd: project,
      home,
      apiUrl: api.url,
      timeoutMs: 60_000,
    });
    assert.is(setup.code, 0, setup.stderr);
    const setupText = sentText(api.requests);
    assert.match(setupText, '2L MCP setup: project scope');
    assert.match(setupText, /added +playwright +npx -y @playwright\/mcp@latest/);
    assert.match(setupText, /added +chrome-devtools +npx -y chrome-devtools-mcp@latest/);
    const written = JSON.parse(fs.readFileSync(path.join(project, '.mcp.json'), 'utf8'));
    assert.equal(Object.keys(written.mcpServers), ['other', 'playwright', 'chrome-devtools']);
    assert.equal(written.mcpServers.playwright, {
      type: 'stdio',
      command: 'npx',
      args: ['-y', '@playwright/mcp@latest'],
      env: {},
    });
    assert.equal(written.mcpServers.other, other);

    // Offline stand-ins for the npx downloads (see the file comment).
    written.mcpServers.playwright = {
      ...written.mcpServers.playwright,
      command: process.execPath,
      args: [PLAYWRIGHT_MCP],
    };
    written.mcpServers['chrome-devtools'] = {
      ...written.mcpServers['chrome-devtools'],
      command: process.execPath,
      args: [fixture('healthy-stdio')],
    };
    fs.writeFileSync(path.join(project, '.mcp.json'), JSON.stringify(written, null, 2));

    // Before approval: pending. Then trust + approve as the setup report says.
    const pending = await runClaude(['mcp', 'list'], { cwd: project, home, apiUrl: api.url, timeoutMs: 60_000 });
    assert.match(pending.stdout, /playwright: .*Pending approval/);
    const claudeJsonFile = path.join(home, '.claude.json');
    const claudeJson = fs.existsSync(claudeJsonFile) ? JSON.parse(fs.readFileSync(claudeJsonFile, 'utf8')) : {};
    claudeJson.projects = {
      ...claudeJson.projects,
      [project]: { ...claudeJson.projects?.[project], hasTrustDialogAccepted: true },
    };
    fs.writeFileSync(claudeJsonFile, JSON.stringify(claudeJson));
    fs.mkdirSync(path.join(project, '.claude'));
    fs.writeFileSync(
      path.join(project, '.claude', 'settings.local.json'),
      JSON.stringify({ enabledMcpjsonServers: ['other', 'playwright', 'chrome-devtools'] }),
    );

    const list = await runClaude(['mcp', 'list'], { cwd: project, home, apiUrl: api.url, timeoutMs: 60_000 });
    assert.is(list.code, 0, list.stderr);
    for (const name of ['other', 'playwright', 'chrome-devtools'])
      assert.match(list.stdout, new RegExp(`^${name}: .*Connected`, 'm'), list.stdout);

    const check = await runClaude(['-p', '/2l:2l-check-mcps --timeout 30', '--plugin-dir', ROOT], {
      cwd: project,
      home,
      apiUrl: checkApi.url,
      timeoutMs: 90_000,
    });
    assert.is(check.code, 0, check.stderr);
    assert.is(check.stdout.trim(), 'check reported');
    const checkText = sentText(checkApi.requests);
    assert.match(checkText, /2L MCP check: 3 servers, 3 ok, 0 failed/);
    assert.match(checkText, /OK +playwright +project +stdio +ok: protocol 2025-11-25, \d+ tools/);
    assert.match(checkText, /OK +chrome-devtools +project +stdio +ok: protocol 2025-11-25, 2 tools/);
    assert.not.match(checkText, 'Not approved yet');
    const status = JSON.parse(fs.readFileSync(path.join(project, '.2L', 'mcp-status.json'), 'utf8'));
    assert.equal(
      status.servers.map((s: { name: string; ok: boolean; approval: string }) => [s.name, s.ok, s.approval]),
      [
        ['other', true, 'approved'],
        ['playwright', true, 'approved'],
        ['chrome-devtools', true, 'approved'],
      ],
    );
  } finally {
    await api.close();
    await checkApi.close();
  }
});
e2e.run();

/**
 * The same folder, checked by `claude mcp list` (which connects to exactly the
 * servers Claude Code approves) and by check-mcps: the same servers start.
 * Each row is a rule of docs/mcp-approval.md. `-p` sessions are not the
 * reference: they start unapproved servers too (reference §7).
 */
const agree = suite('mcp e2e: check-mcps starts what `claude mcp list` connects to');
interface Row {
  git?: boolean;
  /** Where the session starts, below the project root. */
  sub?: string;
  /** Which folder `hasTrustDialogAccepted` is recorded under: the root, the start folder, its parent, or none. */
  trust: 'root' | 'start' | 'parent' | 'none';
  files: Record<string, unknown>;
  started: string[];
}
const rows: Array<[string, Row]> = [
  [
    'untrusted: the repository’s own settings enable all',
    { trust: 'none', files: { '.claude/settings.json': { enableAllProjectMcpServers: true } }, started: [] },
  ],
  [
    'trusted: the folder’s settings enable all',
    { trust: 'start', files: { '.claude/settings.json': { enableAllProjectMcpServers: true } }, started: ['a', 'b'] },
  ],
  [
    'trusted: enabled locally, disabled in the project settings',
    {
      trust: 'start',
      files: {
        '.claude/settings.local.json': { enabledMcpjsonServers: ['a', 'b'] },
        '.claude/settings.json': { disabledMcpjsonServers: ['a'] },
      },
      started: ['b'],
    },
  ],
  [
    'trusted: user enables all, project says false',
    {
      trust: 'start',
      files: {
        '~/.claude/settings.json': { enableAllProjectMcpServers: true },
        '.claude/settings.json': { enableAllProjectMcpServers: false },
      },
      started: [],
    },
  ],
  [
    'trusted: a wrong-typed approval key voids the file',
    {
      trust: 'start',
      files: { '.claude/settings.local.json': { enabledMcpjsonServers: ['a'], enableAllProjectMcpServers: 'yes' } },
      started: [],
    },
  ],
  [
    'git subfolder, trusted at the repository root',
    {
      git: true,
      sub: 'sub',
      trust: 'root',
      files: { '.claude/settings.json': { enabledMcpjsonServers: ['b'] } },
      started: ['b'],
    },
  ],
  [
    'git subfolder, trusted only at the subfolder',
    {
      git: true,
      sub: 'sub',
      trust: 'start',
      files: { '.claude/settings.json': { enabledMcpjsonServers: ['b'] } },
      started: [],
    },
  ],
  [
    'trusted only through a parent folder: the project’s settings do not count',
    { trust: 'parent', files: { '.claude/settings.json': { enableAllProjectMcpServers: true } }, started: [] },
  ],
];
for (const [name, row] of rows) {
  agree(name, async () => {
    const root = tempDir('mcp-agree');
    const home = path.join(root, 'home');
    const top = path.join(root, 'proj');
    const start = row.sub ? path.join(top, row.sub) : top;
    const marker = path.join(root, 'started');
    fs.mkdirSync(home);
    fs.mkdirSync(start, { recursive: true });
    if (row.git) execFileSync('git', ['init', '-q', top]);
    const server = (n: string) => ({
      type: 'stdio',
      command: process.execPath,
      args: [fixture('marker-stdio'), marker, n],
      env: {},
    });
    fs.writeFileSync(path.join(start, '.mcp.json'), JSON.stringify({ mcpServers: { a: server('a'), b: server('b') } }));
    for (const [rel, v] of Object.entries(row.files)) {
      const file = rel.startsWith('~/') ? path.join(home, rel.slice(2)) : path.join(start, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(v));
    }
    const trustKey = { root: top, start, parent: path.dirname(start), none: undefined }[row.trust];
    fs.writeFileSync(
      path.join(home, '.claude.json'),
      JSON.stringify({
        hasCompletedOnboarding: true,
        projects: trustKey ? { [trustKey]: { hasTrustDialogAccepted: true } } : {},
      }),
    );

    const list = await runClaude(['mcp', 'list'], { cwd: start, home, timeoutMs: 60_000 });
    assert.is(list.code, 0, list.stderr);
    const byClaude = startedMarkers(marker).sort();
    fs.rmSync(marker, { force: true });
    const check = await runDist('check-mcps', ['--no-record'], { cwd: start, home });
    assert.is(check.code, 0, check.stdout + check.stderr);
    assert.equal(byClaude, row.started, `claude mcp list:\n${list.stdout}`);
    assert.equal(startedMarkers(marker).sort(), row.started, check.stdout);
  });
}
agree.run();
