import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { approvalOf, claudeJsonPath, collectServers, expandVars, resolveServer, type ConfiguredServer } from '../lib/mcp-sources.ts';
import { tempDir } from './util/claude.ts';

function layout(files: Record<string, unknown>): { home: string; project: string } {
  const root = tempDir('mcpsrc');
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel.replace('<project>', 'proj'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content).replaceAll('<project>', project));
  }
  return { home, project };
}

const collect = suite('mcp-sources: collectServers');
collect('nothing configured', () => {
  const { home, project } = layout({});
  assert.equal(collectServers({ project, home, env: {} }), { servers: [], shadowed: [], errors: [], claudeJson: path.join(home, '.claude.json') });
});
collect('all three scopes; local beats project beats user; approval from settings', () => {
  const { home, project } = layout({
    'home/.claude.json': {
      mcpServers: { shared: { command: 'user-shared' }, u: { command: 'u' } },
      projects: { '<project>': { mcpServers: { shared: { command: 'local-shared' }, l: { command: 'l' } } }, '/elsewhere': { mcpServers: { nope: { command: 'x' } } } },
    },
    'proj/.mcp.json': { mcpServers: { shared: { command: 'project-shared' }, p1: { command: 'p1' }, p2: { command: 'p2' }, p3: { command: 'p3' } } },
    'proj/.claude/settings.local.json': { enabledMcpjsonServers: ['p1'] },
    'proj/.claude/settings.json': { disabledMcpjsonServers: ['p2'] },
  });
  const c = collectServers({ project, home, env: {} });
  assert.equal(
    c.servers.map((s) => [s.name, s.scope, (s.entry as { command: string }).command, s.approval]),
    [
      ['shared', 'local', 'local-shared', undefined],
      ['l', 'local', 'l', undefined],
      ['p1', 'project', 'p1', 'approved'],
      ['p2', 'project', 'p2', 'disabled'],
      ['p3', 'project', 'p3', 'pending'],
      ['u', 'user', 'u', undefined],
    ],
  );
  assert.equal(c.shadowed.map((s) => [s.name, s.scope]), [['shared', 'project'], ['shared', 'user']]);
  assert.equal(c.errors, []);
});
collect('enableAllProjectMcpServers in user settings approves every project server', () => {
  const { home, project } = layout({ 'proj/.mcp.json': { mcpServers: { a: { command: 'a' } } }, 'home/.claude/settings.json': { enableAllProjectMcpServers: true } });
  assert.is(collectServers({ project, home, env: {} }).servers[0]!.approval, 'approved');
});
collect('CLAUDE_CONFIG_DIR moves ~/.claude.json and settings', () => {
  const { home, project } = layout({ 'cfg/.claude.json': { mcpServers: { moved: { command: 'm' } } }, 'home/.claude.json': { mcpServers: { old: { command: 'o' } } } });
  const env = { CLAUDE_CONFIG_DIR: path.join(path.dirname(home), 'cfg') };
  assert.is(claudeJsonPath(home, env), path.join(env.CLAUDE_CONFIG_DIR, '.claude.json'));
  assert.equal(collectServers({ project, home, env }).servers.map((s) => s.name), ['moved']);
});
collect('unreadable sources are reported with the line; the others still count', () => {
  const { home, project } = layout({ 'home/.claude.json': '{\n  "mcpServers": {,\n}', 'proj/.mcp.json': { mcpServers: { ok: { command: 'x' } } }, 'proj/.claude/settings.json': '[1]' });
  const c = collectServers({ project, home, env: {} });
  assert.equal(c.servers.map((s) => s.name), ['ok']);
  assert.is(c.errors.length, 2);
  assert.match(c.errors[0]!.message, /^~\/\.claude\.json:2:18: invalid JSON \(.+\)$/);
  assert.is(c.errors[1]!.message, '.claude/settings.json: expected a JSON object at the top level');
});
collect('mcpServers of the wrong type is an error, not a crash', () => {
  const { home, project } = layout({ 'proj/.mcp.json': { mcpServers: ['a'] } });
  assert.equal(collectServers({ project, home, env: {} }).errors, [{ source: '.mcp.json', message: '.mcp.json: `mcpServers` must be an object' }]);
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
];
for (const [input, env, value, missing] of cases) {
  expand(`${input} with ${JSON.stringify(env)}`, () => assert.equal(expandVars(input, env), { value, missing }));
}
expand.run();

const resolve = suite('mcp-sources: resolveServer');
const srv = (entry: unknown): ConfiguredServer => ({ name: 's', scope: 'project', source: '.mcp.json', entry });
resolve('stdio with variables everywhere', () => {
  const r = resolveServer(srv({ command: '${BIN:-node}', args: ['${DIR}/x.js'], env: { TOKEN: '${TOK}' } }), '/p', { DIR: '/d', TOK: 't' });
  assert.equal(r, { target: { name: 's', transport: 'stdio', cwd: '/p', command: 'node', args: ['/d/x.js'], env: { TOKEN: 't' } } });
});
resolve('http: url without type is http; headers expanded', () => {
  const r = resolveServer(srv({ url: 'http://127.0.0.1:${PORT}/mcp', headers: { Authorization: 'Bearer ${K}' } }), '/p', { PORT: '9', K: 'k' });
  assert.equal(r.target, { name: 's', transport: 'http', cwd: '/p', url: 'http://127.0.0.1:9/mcp', headers: { Authorization: 'Bearer k' } });
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
resolve('approvalOf: disabled wins over enabled', () => {
  assert.is(approvalOf('a', [{ enabledMcpjsonServers: ['a'] }, { disabledMcpjsonServers: ['a'] }]), 'disabled');
  assert.is(approvalOf('a', [undefined, { enabledMcpjsonServers: 'a' }]), 'pending');
});
resolve.run();
