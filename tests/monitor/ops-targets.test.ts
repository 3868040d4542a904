import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { defaultPerfConfig, parsePerfConfig } from '../../lib/monitor/config.ts';
import { opsAlerts, promDuration, renderRulesFile } from '../../lib/monitor/ops-targets.ts';
import { ROOT } from '../util/claude.ts';
import { runSync } from '../util/run.ts';

const RULES = path.join(ROOT, 'docs', 'ops', '2l-alerts.rules.yml');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'ops', 'alerts.test.yml');

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), '2l-ops-'));
const configOf = (yaml: string) => {
  const { config, errors } = parsePerfConfig(yaml, 'config.yaml');
  assert.equal(errors, []);
  return config;
};
const promtool = (...args: string[]) => runSync('promtool', args, { timeoutMs: 60_000 });

const duration = suite('promDuration');
for (const [ms, text] of [
  [0, '0s'],
  [30_000, '30s'],
  [90_000, '90s'],
  [3_600_000, '1h'],
  [5_400_000, '90m'],
  [86_400_000, '1d'],
  [1500, '1500ms'],
] as const)
  duration(`${ms} ms → ${text}`, () => assert.is(promDuration(ms), text));
duration.run();

const derive = suite('alert definitions follow the targets');
derive('defaults: hook 200 ms / critical 400 ms, failure rate 10 % / 20 %, window 1h, min 20 samples, for 0s', () => {
  const rules = opsAlerts(defaultPerfConfig());
  const hook = rules.filter((r) => r.name === 'TwoLHookSlow');
  assert.equal(
    hook.map((r) => [r.severity, r.for]),
    [
      ['warning', '0s'],
      ['critical', '0s'],
    ],
  );
  assert.match(hook[0]!.expr, /\[1h\]\)\) > 0\.2 and .*>= 20$/);
  assert.match(hook[1]!.expr, /> 0\.4 and/);
  const fail = rules.filter((r) => r.name === 'TwoLToolFailureRate');
  assert.match(fail[0]!.expr, / > 0\.1 and /);
  assert.match(fail[1]!.expr, / > 0\.2 and /);
});
derive('one rule pair per tool with a target; null targets (Agent, Task) get none and stay out of the default', () => {
  const rules = opsAlerts(defaultPerfConfig()).filter((r) => r.name === 'TwoLToolSlow');
  const targets = rules.map((r) => r.target);
  assert.ok(targets.includes('tool.Read.p95'));
  assert.ok(targets.includes('tool.Bash.p95'));
  assert.not.ok(targets.includes('tool.Agent.p95'));
  const bash = rules.find((r) => r.target === 'tool.Bash.p95' && r.severity === 'warning')!;
  assert.match(bash.expr, /\{tool="Bash"\}\[1h\]\)\) > 120 /);
  const fallback = rules.find((r) => r.target === 'tool.{{ $labels.tool }}.p95' && r.severity === 'warning')!;
  assert.match(fallback.expr, /tool!~"Agent\|Bash\|.*\|Task\|.*\|other"/);
  assert.match(fallback.expr, / > 60 and /);
});
derive('a config changes the rules: pending → for, window, min_samples, critical, null turns off', () => {
  const config = configOf(`
performance:
  targets:
    hook_ms: 50
    tool_failure_rate: null
    critical: { hook_ms: 75, tool_p95_ms: 9000 }
    tool_p95_ms: { Read: 3000, default: null }
  alerts:
    pending: 2m
    window: 15m
    min_samples: 7
`);
  const rules = opsAlerts(config);
  assert.ok(rules.every((r) => r.name === 'TwoLTargetFiring' || r.for === '2m'));
  const hook = rules.filter((r) => r.name === 'TwoLHookSlow').map((r) => r.expr);
  assert.match(hook[0]!, /\[15m\]\)\) > 0\.05 and increase\(twol_hook_duration_seconds_count\[15m\]\) >= 7$/);
  assert.match(hook[1]!, /> 0\.075 and/);
  assert.equal(
    rules.filter((r) => r.name === 'TwoLToolFailureRate'),
    [],
  );
  const read = rules.filter((r) => r.target === 'tool.Read.p95').map((r) => r.expr);
  assert.match(read[0]!, / > 3 and /);
  assert.match(read[1]!, / > 9 and /);
  assert.not.ok(
    rules.some((r) => r.target.includes('$labels.tool')),
    'default: null gives no catch-all rule',
  );
});
derive("a tool name is a quoted literal: quotes, backslashes and regex characters can't break out", () => {
  const config = configOf(`
performance:
  targets:
    tool_p95_ms: { 'mcp__x__a"b\\c': 100, 'a.b|c': 200, other: 300 }
`);
  const rules = opsAlerts(config);
  const odd = rules.find((r) => r.target === 'tool.mcp__x__a"b\\c.p95')!;
  assert.ok(odd.expr.includes('{tool="mcp__x__a\\"b\\\\c"}'), odd.expr);
  const fallback = rules.find((r) => r.target.includes('$labels.tool') && r.severity === 'warning')!;
  assert.ok(fallback.expr.includes('a\\\\.b\\\\|c'), fallback.expr);
  // /metrics shows a tool really named `other` as `other_` (prometheus.ts).
  assert.ok(rules.some((r) => r.expr.includes('{tool="other_"}')));
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'r.yml'), renderRulesFile(config));
  const r = promtool('check', 'rules', path.join(dir, 'r.yml'));
  assert.is(r.code, 0, r.stdout + r.stderr);
});
derive.run();

const file = suite('docs/ops/2l-alerts.rules.yml');
file('is the generator output for the default targets (regenerate with `npm run gen:ops`)', () => {
  assert.fixture(fs.readFileSync(RULES, 'utf8'), renderRulesFile(defaultPerfConfig()));
});
file('every rule is a well-formed alert with severity or target labels and a summary', () => {
  const doc = parse(fs.readFileSync(RULES, 'utf8')) as { groups: Array<{ name: string; rules: any[] }> };
  assert.is(doc.groups.length, 1);
  for (const r of doc.groups[0]!.rules) {
    assert.type(r.alert, 'string');
    assert.type(r.expr, 'string');
    assert.match(r.for, /^\d+(ms|s|m|h|d)$/);
    assert.type(r.labels.target, 'string');
    assert.type(r.annotations.summary, 'string');
  }
});
file('promtool check rules passes', () => {
  const r = promtool('check', 'rules', RULES);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /SUCCESS: \d+ rules found/);
});
file('promtool test rules: a breaching project fires exactly the expected alerts, a healthy one none', () => {
  const r = promtool('test', 'rules', FIXTURE);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /SUCCESS/);
});
file('promtool test rules can fail: the same series against a rules file with the hook target raised', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'docs', 'ops'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'tests', 'fixtures', 'ops'), { recursive: true });
  fs.copyFileSync(FIXTURE, path.join(dir, 'tests', 'fixtures', 'ops', 'alerts.test.yml'));
  fs.writeFileSync(
    path.join(dir, 'docs', 'ops', '2l-alerts.rules.yml'),
    renderRulesFile(configOf('performance: { targets: { hook_ms: 300 } }')),
  );
  const r = promtool('test', 'rules', path.join(dir, 'tests', 'fixtures', 'ops', 'alerts.test.yml'));
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout + r.stderr, /alertname: TwoLHookSlow/);
});
file.run();

const gen = suite('npm run gen:ops');
gen('writes both files for a team config into --out, and they pass promtool', () => {
  const dir = tmp();
  const cfg = path.join(dir, 'config.yaml');
  fs.writeFileSync(cfg, 'performance:\n  targets:\n    hook_ms: 100\n  alerts:\n    pending: 30s\n');
  const out = path.join(dir, 'out');
  const r = runSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'gen-ops.mjs'), '--config', cfg, '--out', out],
    { cwd: ROOT, timeoutMs: 60_000 },
  );
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stderr, '');
  const rules = fs.readFileSync(path.join(out, '2l-alerts.rules.yml'), 'utf8');
  assert.match(rules, /for: 30s/);
  assert.match(rules, /\[1h\]\)\) > 0\.1 and/);
  assert.ok(fs.statSync(path.join(out, '2l-grafana-dashboard.json')).isFile());
  const c = promtool('check', 'rules', path.join(out, '2l-alerts.rules.yml'));
  assert.is(c.code, 0, c.stdout + c.stderr);
});
gen('a config with a bad value is reported on stderr and the default kept', () => {
  const dir = tmp();
  const cfg = path.join(dir, 'config.yaml');
  fs.writeFileSync(cfg, 'performance:\n  targets:\n    hook_ms: fast\n');
  const r = runSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'gen-ops.mjs'), '--config', cfg, '--out', path.join(dir, 'o')],
    { cwd: ROOT, timeoutMs: 60_000 },
  );
  assert.is(r.code, 0);
  assert.match(r.stderr, /gen-ops: .*hook_ms.*using the default 200/);
});
gen.run();
