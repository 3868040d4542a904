// The pack as Claude Code loads it: manifests, hooks.json, command and agent frontmatter.
// An invalid manifest or frontmatter makes the CLI drop things silently, so check them all.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, claudeBin, claudeEnv, tempDir } from '../util/claude.ts';

const validate = (target: string) =>
  spawnSync(claudeBin(), ['plugin', 'validate', target], { encoding: 'utf8', env: claudeEnv(tempDir('home')) });
const frontmatter = (file: string) => {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(file, 'utf8'));
  assert.ok(m, `${file} has frontmatter`);
  return parseYaml(m![1]!) as Record<string, unknown>;
};

const manifest = suite('plugin manifests');
manifest('claude plugin validate passes on the plugin', () => {
  const r = validate(path.join(ROOT, '.claude-plugin', 'plugin.json'));
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Validation passed/);
});
manifest('claude plugin validate passes on the marketplace', () => {
  const r = validate(path.join(ROOT, '.claude-plugin', 'marketplace.json'));
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Validation passed/);
});
manifest('validate really checks: a broken manifest fails', () => {
  const dir = tempDir('badplugin');
  fs.mkdirSync(path.join(dir, '.claude-plugin'));
  fs.writeFileSync(path.join(dir, '.claude-plugin', 'plugin.json'), '{"name": "has spaces", "agents": "./agents/"}');
  assert.is.not(validate(path.join(dir, '.claude-plugin', 'plugin.json')).status, 0);
});
manifest('plugin and marketplace versions agree with package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const plugin = JSON.parse(fs.readFileSync(path.join(ROOT, '.claude-plugin', 'plugin.json'), 'utf8'));
  const market = JSON.parse(fs.readFileSync(path.join(ROOT, '.claude-plugin', 'marketplace.json'), 'utf8'));
  assert.is(plugin.name, '2l');
  // Installed as `2l@2l-pack` (README): the marketplace is named after the repository, whether added by path or URL.
  assert.equal(
    [market.name, market.plugins.length, market.plugins[0].name, market.plugins[0].source],
    ['2l-pack', 1, '2l', './plugin'],
  );
  assert.equal([plugin.version, market.plugins[0].version], [pkg.version, pkg.version]);
});
manifest(
  'plugin/ (what the marketplace installs) links to the runtime only: no package.json or lockfile for Claude Code to npm ci',
  () => {
    const dir = path.join(ROOT, 'plugin');
    const links: Record<string, string> = {};
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isSymbolicLink()) links[r] = fs.readlinkSync(path.join(dir, r));
        else if (e.isDirectory()) walk(r);
        else assert.unreachable(`plugin/${r} is a file; it must link into the pack`);
      }
    };
    walk('');
    assert.equal(links, {
      '.claude-plugin/plugin.json': '../../.claude-plugin/plugin.json',
      agents: '../agents',
      commands: '../commands',
      dist: '../dist',
      hooks: '../hooks',
      'lib/2l-event-logger.sh': '../../lib/2l-event-logger.sh',
      'lib/2l-hook-front.sh': '../../lib/2l-hook-front.sh',
    });
    // What the commands and hooks call through ${CLAUDE_PLUGIN_ROOT} resolves inside plugin/.
    const used = new Set<string>();
    for (const f of ['hooks/hooks.json', ...fs.readdirSync(path.join(ROOT, 'commands')).map((c) => `commands/${c}`)])
      for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(/\$\{CLAUDE_PLUGIN_ROOT\}\/([\w./-]+)/g))
        used.add(m[1]!);
    assert.ok(used.size > 0);
    for (const u of used) assert.ok(fs.existsSync(path.join(dir, u)), `plugin/${u}`);
  },
);
manifest.run();

const hooks = suite('hooks/hooks.json');
const REQUIRED = [
  'SessionStart',
  'UserPromptExpansion',
  'PermissionRequest',
  'PermissionDenied',
  'Notification',
  'PreCompact',
  'PostCompact',
];
hooks(
  'has the wrapper, every required event, a numeric timeout and the front with the built hook on every entry',
  () => {
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'hooks', 'hooks.json'), 'utf8'));
    assert.type(file.hooks, 'object');
    for (const event of REQUIRED) assert.ok(file.hooks[event], event);
    // Claude Code spends ~20 ms of CPU dispatching any hook: tool calls come from the transcript instead
    // (docs/hook-latency.md), so no event that fires per tool call is registered.
    for (const perCall of ['PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PostToolBatch'])
      assert.not.ok(file.hooks[perCall], `${perCall} is not registered`);
    // Nor a subagent's start and end: its own transcript and meta file say both (transcript/agents.ts).
    for (const fromTranscript of ['SubagentStart', 'SubagentStop'])
      assert.not.ok(file.hooks[fromTranscript], `${fromTranscript} is not registered`);
    // Nor a prompt, a turn's end or the session's end: each registered event costs the session its dispatch
    // (docs/hook-latency.md, round 7); the main transcript and Claude Code's process say them (hook/follow.ts).
    for (const fromSession of ['UserPromptSubmit', 'Stop', 'SessionEnd'])
      assert.not.ok(file.hooks[fromSession], `${fromSession} is not registered`);
    // The exact set: an event added or dropped is a decision docs/hook-latency.md records.
    assert.equal(Object.keys(file.hooks).sort(), [...REQUIRED, 'StopFailure'].sort());
    for (const [event, groups] of Object.entries(file.hooks as Record<string, any[]>)) {
      for (const g of groups) {
        for (const h of g.hooks) {
          assert.is(h.type, 'command', event);
          assert.type(h.timeout, 'number', `${event} timeout`);
          assert.ok(h.timeout >= 2 && h.timeout <= 60, `${event} timeout ${h.timeout}`);
          // Exec form through the hook front (docs/hook-latency.md): bash, the front, the built logger.
          assert.is(h.command, 'bash', `${event}: ${h.command}`);
          assert.equal(
            h.args,
            ['${CLAUDE_PLUGIN_ROOT}/lib/2l-hook-front.sh', '${CLAUDE_PLUGIN_ROOT}/dist/hook.cjs'],
            `${event} args`,
          );
          for (const f of ['lib/2l-hook-front.sh', 'dist/hook.cjs', 'dist/collector.cjs'])
            assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is there`);
        }
      }
    }
  },
);
hooks.run();

const md = suite('commands and agents');
const commandFiles = fs.readdirSync(path.join(ROOT, 'commands')).filter((f) => f.endsWith('.md'));
for (const f of commandFiles) {
  md(`commands/${f}: frontmatter parses, script exists`, () => {
    const file = path.join(ROOT, 'commands', f);
    const fm = frontmatter(file);
    assert.type(fm.description, 'string');
    if (fm['argument-hint'] !== undefined) assert.type(fm['argument-hint'], 'string');
    const body = fs.readFileSync(file, 'utf8');
    for (const m of body.matchAll(/\$\{CLAUDE_PLUGIN_ROOT\}\/(dist\/[\w.-]+)/g))
      assert.ok(fs.existsSync(path.join(ROOT, m[1]!)), `${m[1]} is built`);
    assert.not.match(body, /\$\(/, 'a $( in a ! line aborts the whole command');
    if (/^!`node /m.test(body)) assert.match(String(fm['allowed-tools'] ?? ''), /Bash\(node:\*\)/);
    // A ! line that exits non-zero silently drops the whole command (seen with the real CLI):
    // each one must show stderr and end in a fallback, so a failure reaches the user.
    for (const line of body.split('\n').filter((l) => l.startsWith('!`'))) {
      assert.match(line, / 2>&1 /, `${f}: stderr shown`);
      assert.match(line, /\|\| (true|echo "[^"$`]*")`$/, `${f}: ends in a fallback`);
    }
    // Commands that write configuration or permissions, or start configured servers, are for the user, never the model.
    if (/setup-db|setup-mcps|check-mcps|dashboard|event|export/.test(f))
      assert.is(fm['disable-model-invocation'], true, `${f} is user-only`);
  });
}
for (const f of fs.existsSync(path.join(ROOT, 'agents'))
  ? fs.readdirSync(path.join(ROOT, 'agents')).filter((x) => x.endsWith('.md'))
  : []) {
  md(`agents/${f}: name and description`, () => {
    const fm = frontmatter(path.join(ROOT, 'agents', f));
    assert.is(fm.name, f.replace(/\.md$/, ''));
    assert.type(fm.description, 'string');
  });
}
md.run();
