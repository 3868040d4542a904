import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultPerfConfig, loadPerfConfig, parsePerfConfig, toolTarget } from '../../lib/monitor/config.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { project } from '../util/perf-fixtures.ts';

const L = '.2L/config.yaml';

const defaults = suite('perf-config: defaults');
defaults("2L's targets", () => {
  const t = defaultPerfConfig().targets;
  assert.equal(
    [t.hook_ms, t.event_processing_ms, t.state_query_ms, t.dashboard_refresh_ms, t.error_rate],
    [200, 250, 50, 500, 0.001],
  );
  assert.is(toolTarget(t, 'Read'), 1000);
  assert.is(toolTarget(t, 'SomeMcpTool'), 60_000);
  assert.is(toolTarget(t, 'Agent'), null);
});
defaults('absent file: defaults, no errors', () => {
  const r = loadPerfConfig(project());
  assert.equal([r.found, r.errors], [false, []]);
  assert.equal(r.config, defaultPerfConfig());
});
for (const text of [
  '',
  '# only a comment\n',
  'plans: []\ncurrent_plan: x\n',
  'performance:\n',
  'performance:\n  targets:\n',
]) {
  defaults(`${JSON.stringify(text)}: defaults, no errors`, () => {
    const r = parsePerfConfig(text, L);
    assert.equal(r.errors, []);
    assert.equal(r.config, defaultPerfConfig());
  });
}
defaults.run();

const good = suite('perf-config: valid settings');
good('overrides targets, tool targets and alerts; keeps other sections alone', () => {
  const text = `current_plan: plan-1
performance:
  targets:
    hook_ms: 150
    error_rate: 0.5%
    state_query_ms: null
    tool_p95_ms:
      Bash: 30000
      default: 5000
      mcp__db__query: 800
  alerts:
    enabled: false
    window: 30m
    min_samples: 5
    pending: 30s
    hysteresis: 0.2
`;
  const { config, errors } = parsePerfConfig(text, L);
  assert.equal(errors, []);
  assert.is(config.targets.hook_ms, 150);
  assert.is(config.targets.error_rate, 0.005);
  assert.is(config.targets.state_query_ms, null);
  assert.is(config.targets.event_processing_ms, 250);
  assert.is(toolTarget(config.targets, 'Bash'), 30_000);
  assert.is(toolTarget(config.targets, 'Other'), 5000);
  assert.is(toolTarget(config.targets, 'Read'), 1000);
  assert.equal(config.alerts, {
    enabled: false,
    window_ms: 1_800_000,
    min_samples: 5,
    pending_ms: 30_000,
    hysteresis: 0.2,
  });
});
good('tool failure rate, spawn and init targets, critical thresholds and custom metric targets', () => {
  const text = `performance:
  targets:
    tool_failure_rate: 20%
    agent_spawn_ms: 3000
    session_init_ms: null
    critical: { hook_ms: 900, tool_failure_rate: 0.5 }
    metrics:
      build_time: { max: 30000, critical: 60000, unit: ms }
      success_rate: { min: 0.9, stat: mean, unit: ratio, min_samples: 3 }
  alerts:
    pending: 0s
`;
  const { config, errors } = parsePerfConfig(text, L);
  assert.equal(errors, []);
  assert.equal(
    [config.targets.tool_failure_rate, config.targets.agent_spawn_ms, config.targets.session_init_ms],
    [0.2, 3000, null],
  );
  assert.equal(config.targets.critical, { hook_ms: 900, tool_failure_rate: 0.5 });
  assert.equal(config.targets.metrics, {
    build_time: { max: 30_000, critical: 60_000, unit: 'ms', stat: 'p95', min_samples: 1 },
    success_rate: { min: 0.9, stat: 'mean', unit: 'ratio', min_samples: 3 },
  });
  assert.is(config.alerts.pending_ms, 0);
});
good.run();

const hostileTargets = suite('perf-config: hostile target declarations are bounded');
hostileTargets('bad metric targets, critical keys and lifecycle values are named and ignored', () => {
  const text = `performance:
  targets:
    critical: { nope: 1, hook_ms: -3 }
    metrics:
      "../../etc": { max: 1 }
      both: { max: 1, min: 2 }
      neither: { unit: ms }
      odd: { max: 1, stat: p42 }
      unit: { max: 1, unit: "<script>" }
      huge: { max: 1e300 }
  alerts:
    pending: forever
    hysteresis: 5
`;
  const { config, errors } = parsePerfConfig(text, L);
  assert.equal(config.targets.metrics, {});
  assert.equal(config.targets.critical, {});
  assert.equal([config.alerts.pending_ms, config.alerts.hysteresis], [0, 0.1]);
  assert.is(errors.length, 10, errors.join('\n'));
  for (const e of errors) assert.match(e, /^\.2L\/config\.yaml:\d+: /);
});
hostileTargets('at most 100 metric targets and 200 tool targets are kept', () => {
  const metrics = Array.from({ length: 150 }, (_, i) => `      m${i}: { max: ${i} }`).join('\n');
  const tools = Array.from({ length: 300 }, (_, i) => `      T${i}: ${i}`).join('\n');
  const { config, errors } = parsePerfConfig(
    `performance:\n  targets:\n    metrics:\n${metrics}\n    tool_p95_ms:\n${tools}\n`,
    L,
  );
  assert.is(Object.keys(config.targets.metrics).length, 100);
  assert.is(Object.keys(config.targets.tool_p95_ms).length, 200);
  assert.is(errors.length, 50 + (300 + Object.keys(defaultPerfConfig().targets.tool_p95_ms).length - 200));
});
hostileTargets.run();

const badValues = suite('perf-config: bad values name key and line, defaults used');
const cases: Array<[string, string, RegExp]> = [
  [
    'hook_ms as text',
    'performance:\n  targets:\n    hook_ms: fast\n',
    /^\.2L\/config\.yaml:3: `performance\.targets\.hook_ms` must be a number of milliseconds or null \(got "fast"\); using the default 200$/,
  ],
  [
    'negative',
    'performance:\n  targets:\n\n    state_query_ms: -5\n',
    /:4: `performance\.targets\.state_query_ms` .*got -5/,
  ],
  [
    'error_rate above 1',
    'performance:\n  targets:\n    error_rate: 2\n',
    /:3: `performance\.targets\.error_rate` must be a fraction/,
  ],
  ['error_rate 150%', 'performance:\n  targets:\n    error_rate: 150%\n', /:3: `performance\.targets\.error_rate`/],
  [
    'typo key',
    'performance:\n  targets:\n    hook_msec: 100\n',
    /:3: unknown key `performance\.targets\.hook_msec`; ignored/,
  ],
  ['unknown section', 'performance:\n  target:\n    hook_ms: 100\n', /:2: unknown key `performance\.target`/],
  [
    'tool target text',
    'performance:\n  targets:\n    tool_p95_ms:\n      Bash: slow\n',
    /:4: `performance\.targets\.tool_p95_ms\.Bash` must be a number/,
  ],
  [
    'tool targets a list',
    'performance:\n  targets:\n    tool_p95_ms: [1, 2]\n',
    /:3: `performance\.targets\.tool_p95_ms` must be a mapping .*got a list/,
  ],
  [
    'alerts window',
    'performance:\n  alerts:\n    window: forever\n',
    /:3: `performance\.alerts\.window` must be a duration/,
  ],
  [
    'alerts enabled yes-string',
    'performance:\n  alerts:\n    enabled: "yes"\n',
    /:3: `performance\.alerts\.enabled` must be true or false/,
  ],
  ['min_samples 0', 'performance:\n  alerts:\n    min_samples: 0\n', /:3: `performance\.alerts\.min_samples`/],
  ['performance a list', 'performance:\n  - 1\n', /:2: `performance` must be a mapping \(got a list\)/],
  ['top level a list', '- a\n- b\n', /^\.2L\/config\.yaml:1: expected a mapping at the top level/],
  ['not YAML', 'performance:\n  targets: [\n', /^\.2L\/config\.yaml:\d+: not valid YAML .*; using all defaults$/],
  ['duplicate key', 'performance:\n  targets:\n    hook_ms: 1\n    hook_ms: 2\n', /not valid YAML/],
  ['tab indentation', 'performance:\n\ttargets:\n', /not valid YAML/],
  ['alias', 'x: &a 300\nperformance:\n  targets:\n    hook_ms: *a\n', /:4: `performance\.targets\.hook_ms` .*alias/],
];
for (const [name, text, re] of cases) {
  badValues(name, () => {
    const { config, errors } = parsePerfConfig(text, L);
    assert.ok(errors.length >= 1, 'an error is reported');
    assert.match(errors[0]!, re);
    assert.is(config.targets.hook_ms, 200, 'default kept');
  });
}
badValues('one bad key does not discard the good ones', () => {
  const { config, errors } = parsePerfConfig(
    'performance:\n  targets:\n    hook_ms: 100\n    state_query_ms: soon\n    error_rate: 0.01\n',
    L,
  );
  assert.is(errors.length, 1);
  assert.equal([config.targets.hook_ms, config.targets.state_query_ms, config.targets.error_rate], [100, 50, 0.01]);
});
badValues.run();

const hostile = suite('perf-config: hostile files');
hostile('__proto__ as a tool name does not pollute', () => {
  const { config, errors } = parsePerfConfig(
    'performance:\n  targets:\n    tool_p95_ms:\n      __proto__: 5\n      constructor: 7\n',
    L,
  );
  assert.is(errors.length, 1);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(toolTarget(config.targets, 'constructor'), 7);
  assert.is(toolTarget(config.targets, 'toString'), 60_000);
});
hostile('alias bomb is not expanded', () => {
  const bomb =
    'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
    Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n') +
    '\nperformance:\n  targets:\n    hook_ms: 100\n';
  const started = Date.now();
  const { config } = parsePerfConfig(bomb, L);
  assert.is(config.targets.hook_ms, 100);
  assert.ok(Date.now() - started < 2000);
});
hostile('a huge file is not read', () => {
  const dir = project({ 'config.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
  const r = loadPerfConfig(dir);
  assert.match(r.errors[0]!, /too large for a config file/);
  assert.equal(r.config, defaultPerfConfig());
});
hostile('a folder named config.yaml', () => {
  const dir = project();
  fs.mkdirSync(path.join(dir, '.2L', 'config.yaml'));
  assert.match(loadPerfConfig(dir).errors[0]!, /not a regular file/);
});
for (const p of PLANTS) {
  hostile(`config.yaml is ${p.name}: never read, named, all defaults`, () => {
    const outside = victim();
    fs.writeFileSync(outside.file, 'performance:\n  targets:\n    hook_ms: 1\n');
    const dir = project();
    p.plant(path.join(dir, '.2L', 'config.yaml'), outside);
    const r = loadPerfConfig(dir);
    assert.equal(r.config, defaultPerfConfig());
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0]!, new RegExp(`^\\.2L/config\\.yaml: ${p.refused.source}.*; using all defaults$`));
  });
}
hostile('binary garbage', () => {
  const r = parsePerfConfig('\u0000\u0001\u0002\uFFFD{{{[[[', L);
  assert.ok(r.errors.length >= 1);
  assert.equal(r.config, defaultPerfConfig());
});
hostile('deep nesting', () => {
  const deep = `performance:\n  targets: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  const r = parsePerfConfig(deep, L);
  assert.ok(r.errors.length >= 1);
  assert.is(r.config.targets.hook_ms, 200);
});
hostile.run();
