import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  claudeJsonPath,
  collectServers,
  expandVars,
  resolveServer,
  type ConfiguredServer,
} from '../../lib/mcp/sources.ts';
import { tempDir } from '../util/claude.ts';

function layout(files: Record<string, unknown>): { home: string; project: string } {
  const root = tempDir('mcpsrc');
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel.replace('<project>', 'proj'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      typeof content === 'string' ? content : JSON.stringify(content).replaceAll('<project>', project),
    );
  }
  return { home, project };
}

const collect = suite('mcp-sources: collectServers');
collect('nothing configured', () => {
  const { home, project } = layout({});
  assert.equal(collectServers({ project, home, env: {} }), {
    servers: [],
    shadowed: [],
    errors: [],
    claudeJson: path.join(home, '.claude.json'),
    workspace: { key: project, trust: 'none' },
  });
});
collect('all three scopes; local beats project beats user; approval from settings', () => {
  const { home, project } = layout({
    'home/.claude.json': {
      mcpServers: { shared: { command: 'user-shared' }, u: { command: 'u' } },
      projects: {
        '<project>': {
          hasTrustDialogAccepted: true,
          mcpServers: { shared: { command: 'local-shared' }, l: { command: 'l' } },
        },
        '/elsewhere': { mcpServers: { nope: { command: 'x' } } },
      },
    },
    'proj/.mcp.json': {
      mcpServers: {
        shared: { command: 'project-shared' },
        p1: { command: 'p1' },
        p2: { command: 'p2' },
        p3: { command: 'p3' },
      },
    },
    'proj/.claude/settings.local.json': { enabledMcpjsonServers: ['p1'] },
    'proj/.claude/settings.json': { disabledMcpjsonServers: ['p2'] },
  });
  const c = collectServers({ project, home, env: {} });
  assert.equal(
    c.servers.map((s) => [s.name, s.scope, (s.entry as { command: string }).command, s.approval, s.notStarted]),
    [
      ['shared', 'local', 'local-shared', undefined, undefined],
      ['l', 'local', 'l', undefined, undefined],
      ['p1', 'project', 'p1', 'approved', undefined],
      ['p2', 'project', 'p2', 'disabled', 'rejected'],
      ['p3', 'project', 'p3', 'pending', 'not_approved'],
      ['u', 'user', 'u', undefined, undefined],
    ],
  );
  assert.equal(
    c.shadowed.map((s) => [s.name, s.scope]),
    [
      ['shared', 'project'],
      ['shared', 'user'],
    ],
  );
  assert.equal(c.errors, []);
});
collect('enableAllProjectMcpServers in user settings approves every project server of a trusted folder', () => {
  const files = {
    'proj/.mcp.json': { mcpServers: { a: { command: 'a' } } },
    'home/.claude/settings.json': { enableAllProjectMcpServers: true },
  };
  const { home, project } = layout({
    ...files,
    'home/.claude.json': { projects: { '<project>': { hasTrustDialogAccepted: true } } },
  });
  assert.is(collectServers({ project, home, env: {} }).servers[0]!.approval, 'approved');
  const untrusted = layout(files);
  assert.equal(
    collectServers({ ...untrusted, env: {} }).servers.map((s) => [s.approval, s.notStarted]),
    [['pending', 'untrusted']],
  );
});
collect('the local scope and trust are keyed by the git root above the project, as Claude Code keys them', () => {
  const { home, project } = layout({
    'proj/.git/HEAD': 'ref: refs/heads/main\n',
    'proj/sub/.mcp.json': { mcpServers: { p: { command: 'p' } } },
    'proj/sub/.claude/settings.json': { enableAllProjectMcpServers: true },
  });
  const sub = path.join(project, 'sub');
  fs.writeFileSync(
    path.join(home, '.claude.json'),
    JSON.stringify({
      projects: {
        [project]: { hasTrustDialogAccepted: true, mcpServers: { l: { command: 'l' } } },
        [sub]: { mcpServers: { not: { command: 'x' } } },
      },
    }),
  );
  const c = collectServers({ project: sub, home, env: {} });
  assert.equal(c.workspace, { key: project, trust: 'trusted' });
  assert.equal(
    c.servers.map((s) => [s.name, s.approval]),
    [
      ['l', undefined],
      ['p', 'approved'],
    ],
  );
});
collect('a server switched off in /mcp is not started, whatever its scope', () => {
  const { home, project } = layout({
    'home/.claude.json': {
      mcpServers: { u: { command: 'u' }, v: { command: 'v' } },
      projects: { '<project>': { disabledMcpServers: ['u'] } },
    },
  });
  assert.equal(
    collectServers({ project, home, env: {} }).servers.map((s) => [s.name, s.notStarted]),
    [
      ['u', 'disabled_in_mcp'],
      ['v', undefined],
    ],
  );
});
collect('CLAUDE_CONFIG_DIR moves ~/.claude.json and settings', () => {
  const { home, project } = layout({
    'cfg/.claude.json': { mcpServers: { moved: { command: 'm' } } },
    'home/.claude.json': { mcpServers: { old: { command: 'o' } } },
  });
  const env = { CLAUDE_CONFIG_DIR: path.join(path.dirname(home), 'cfg') };
  assert.is(claudeJsonPath(home, env), path.join(env.CLAUDE_CONFIG_DIR, '.claude.json'));
  assert.equal(
    collectServers({ project, home, env }).servers.map((s) => s.name),
    ['moved'],
  );
});
collect('unreadable sources are reported with the line; the others still count', () => {
  const { home, project } = layout({
    'home/.claude.json': '{\n  "mcpServers": {,\n}',
    'proj/.mcp.json': { mcpServers: { ok: { command: 'x' } } },
    'proj/.claude/settings.json': '[1]',
  });
  const c = collectServers({ project, home, env: {} });
  assert.equal(
    c.servers.map((s) => [s.name, s.notStarted]),
    [['ok', 'settings_unreadable']],
  );
  assert.is(c.errors.length, 2);
  assert.match(c.errors[0]!.message, /^~\/\.claude\.json:2:18: invalid JSON \(.+\)$/);
  assert.is(c.errors[1]!.message, '.claude/settings.json: expected a JSON object at the top level');
});
collect('mcpServers of the wrong type is an error, not a crash', () => {
  const { home, project } = layout({ 'proj/.mcp.json': { mcpServers: ['a'] } });
  assert.equal(collectServers({ project, home, env: {} }).errors, [
    { source: '.mcp.json', message: '.mcp.json: `mcpServers` must be an object' },
  ]);
});
collect.run();

const expand = suite('mcp-sources: ${VAR} expansion');
const cases: Array<[string, Record<string, string>, string, string[]]> = [
  ['${A}', { A: 'x' }, 'x', []],
  ['${A:-dflt}', {}, 'dflt', []],
  ['${A:-dflt}', { A: '' }, '', []],
  ['${A:-}', {}, '', []],
  ['pre-${A}-${B:-b}-post', { A: 'a' }, 'pre-a-b-post', []],
  ['${MISSING}', {}, '${MISSING}', ['MISSING']],
  ['$A and {A}', { A: 'x' }, '$A and {A}', []],
  // Only names Claude Code expands: a letter or _ first, then letters, digits, _.
  ['${A-B} ${1A} ${A B} ${}', { 'A-B': 'x', '1A': 'x', 'A B': 'x', A: 'a' }, '${A-B} ${1A} ${A B} ${}', []],
  ['${_A1:-x}', { _A1: 'v' }, 'v', []],
];
for (const [input, env, value, missing] of cases) {
  expand(`${input} with ${JSON.stringify(env)}`, () => assert.equal(expandVars(input, env), { value, missing }));
}
expand.run();

const resolve = suite('mcp-sources: resolveServer');
const srv = (entry: unknown): ConfiguredServer => ({ name: 's', scope: 'project', source: '.mcp.json', entry });
resolve('stdio with variables everywhere', () => {
  const r = resolveServer(srv({ command: '${BIN:-node}', args: ['${DIR}/x.js'], env: { TOKEN: '${TOK}' } }), '/p', {
    DIR: '/d',
    TOK: 't',
  });
  assert.equal(r, {
    target: { name: 's', transport: 'stdio', cwd: '/p', command: 'node', args: ['/d/x.js'], env: { TOKEN: 't' } },
  });
});
resolve('http: url without type is http; headers expanded', () => {
  const r = resolveServer(
    srv({ url: 'http://127.0.0.1:${PORT}/mcp', headers: { Authorization: 'Bearer ${K}' } }),
    '/p',
    { PORT: '9', K: 'k' },
  );
  assert.equal(r.target, {
    name: 's',
    transport: 'http',
    cwd: '/p',
    url: 'http://127.0.0.1:9/mcp',
    headers: { Authorization: 'Bearer k' },
  });
});
const errors: Array<[unknown, string]> = [
  ['just a string', 'the entry must be a JSON object'],
  [{ type: 'ws', url: 'ws://x' }, 'unsupported transport `ws`'],
  [{}, 'no `command` configured'],
  [{ type: 'http' }, 'no `url` configured'],
  [{ command: 'x', args: 'a b' }, '`args` must be an array of strings'],
  [{ command: 'x', env: { A: 1 } }, '`env`/`headers`: `A` must be a string'],
  [{ command: 'x', args: ['${ONE}', '${TWO}', '${ONE}'] }, 'missing environment variables `ONE`, `TWO`'],
];
for (const [entry, error] of errors) {
  resolve(`config error: ${error}`, () => assert.equal(resolveServer(srv(entry), '/p', {}), { error }));
}
resolve('a server that is not started is never expanded', () => {
  assert.equal(
    resolveServer({ ...srv({ command: '${SECRET}' }), notStarted: 'untrusted' }, '/p', { SECRET: 'value' }),
    { error: 'not started (untrusted)' },
  );
});
resolve.run();
