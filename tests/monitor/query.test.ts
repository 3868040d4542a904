import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkJsonPath, evaluate, loadStateFile, streamQuery, streamable } from '../../lib/monitor/query.ts';
import { UsageError } from '../../lib/shared/errors.ts';
import { PLANTS, SECRET, SYMLINK, victim } from '../util/hostile.ts';
import { hookEvent, lines, project, runDist, toolCall } from '../util/perf-fixtures.ts';
import { eventLines } from '../util/events.ts';

const check = suite('query: expression check');
const valid = [
  '$',
  '$.a',
  '$..a',
  '$[*]',
  '$[0]',
  '$[-1:]',
  "$['a b']",
  '$["x]"]',
  '$[?(@.a > 1)]',
  '$[?(@.a == "x" && @.b)]',
  '$..[?(@.d=="(")]',
  '$[(@.length-1)]',
  '$.a~',
  '$.*',
];
for (const expr of valid) check(`accepts ${expr}`, () => checkJsonPath(expr));
const invalid: Array<[string, RegExp]> = [
  ['', /^empty JSONPath expression/],
  ['a.b', /must start with `\$` \(the root\) at character 1/],
  ['$[', /`\[` is never closed at character 2/],
  ['$]', /unexpected `\]` at character 2/],
  ['$[?(@.a > 1]', /unexpected `\]` at character 12/],
  ["$['a]", /unterminated quote ' at character 3/],
  ['$.a.', /ends with `\.`/],
  ['$..', /ends with `\.`/],
  ['$...a', /`\.\.\.` \(use `\.\.` for descendants\)/],
  ['$[]', /empty brackets/],
  ['$.a b', /whitespace outside brackets at character 4/],
  ['$[?(@.a >)]', /in script `\?\(@\.a >\)`: Expected expression/],
  ['$[?(@.a ==== 1)]', /in script/],
  ['$' + '.a'.repeat(3000), /too long/],
];
for (const [expr, re] of invalid) {
  check(`refuses ${JSON.stringify(expr.slice(0, 30))}`, () => {
    try {
      checkJsonPath(expr);
      assert.unreachable('accepted');
    } catch (err) {
      assert.instance(err, UsageError);
      assert.match((err as Error).message, re);
    }
  });
}
check.run();

const ev = suite('query: evaluate');
const events = [
  toolCall('Read', 5, 1),
  toolCall('Bash', 1500, 2),
  hookEvent('tool_error', 3, { tool_name: 'Bash', duration_ms: 20, error: 'exit 1' }),
  hookEvent('stop', 4),
];
ev('filters over the event array', () => {
  assert.equal(evaluate('$[?(@.duration_ms > 10)].tool_name', events), ['Bash', 'Bash']);
  assert.equal(evaluate('$[?(@.event_type=="tool_error")].error', events), ['exit 1']);
  assert.equal(evaluate('$[-1:].event_type', events), ['stop']);
  assert.equal(evaluate('$.length', events), [4]);
});
ev('a filter reading a missing field does not match (and does not throw)', () => {
  assert.equal(evaluate('$[?(@.payload.key == "x")]', events), []);
});
ev('scripts cannot reach Node', () => {
  assert.equal(evaluate('$[?(process.exit(7))]', events), []);
  assert.equal(evaluate('$[?(@.constructor.constructor("return process")().exit(7))]', events), []);
  assert.equal(evaluate('$[?(this.process)]', events), []);
});
ev.run();

const state = suite('query: state files');
state('YAML and JSON, by extension', () => {
  const dir = project({
    'config.yaml': 'performance:\n  targets:\n    hook_ms: 150\n',
    'plan.json': '{"phase":"building","agents":[{"id":"a"}]}',
  });
  assert.equal(evaluate('$.performance.targets.hook_ms', loadStateFile('.2L/config.yaml', dir)), [150]);
  assert.equal(evaluate('$.agents[*].id', loadStateFile(path.join(dir, '.2L', 'plan.json'), '/')), ['a']);
});
const badState: Array<[string, string, RegExp]> = [
  ['missing', '', /`--state`: cannot read `.2L\/missing.yaml` \(ENOENT\)/],
  ['broken.json', '{"a": 1,\n}', /`--state`: .2L\/broken\.json:2:1: invalid JSON/],
  ['broken.yaml', 'a: [\n', /`--state`: .2L\/broken\.yaml:\d+: not valid YAML/],
];
for (const [name, text, re] of badState) {
  state(`bad file ${name}`, () => {
    const dir = project(name === 'missing' ? {} : { [name]: text });
    assert.throws(() => loadStateFile(`.2L/${name === 'missing' ? 'missing.yaml' : name}`, dir), re);
  });
}
state('a folder is not a state file', () => {
  const dir = project();
  assert.throws(() => loadStateFile('.2L', dir), /is not a file/);
});
state('alias bombs are refused', () => {
  const bomb =
    'a: &a [x,x,x,x,x,x,x,x,x,x]\n' +
    Array.from(
      { length: 8 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n') +
    '\n';
  const dir = project({ 'bomb.yaml': bomb });
  assert.throws(() => loadStateFile('.2L/bomb.yaml', dir), /alias/i);
});
state.run();

const cli = suite('query: command');
const q = (dir: string, ...args: string[]) => runDist('query.mjs', args, { cwd: dir });
cli('prints matches as JSON; --compact; --since', () => {
  const old = { ...toolCall('Read', 1, 0), timestamp: new Date(Date.now() - 7_200_000).toISOString() };
  const fresh = { ...toolCall('Bash', 2, 0), timestamp: new Date().toISOString() };
  const dir = project({ 'events.jsonl': lines([old, fresh]) });
  assert.equal(q(dir, '$[*].tool_name'), { code: 0, stdout: '[\n  "Read",\n  "Bash"\n]\n', stderr: '' });
  assert.equal(q(dir, '$[*].tool_name', '--compact', '--since', '1h'), { code: 0, stdout: '["Bash"]\n', stderr: '' });
});
cli('no log: an empty array', () => {
  assert.equal(q(project(), '$[*]'), { code: 0, stdout: '[]\n', stderr: '' });
});
cli('unreadable lines are skipped and counted on stderr', () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 1, 0), 'oops']) });
  const r = q(dir, '$.length', '--compact');
  assert.equal(r, { code: 0, stdout: '[1]\n', stderr: 'query: skipped 1 unreadable log line\n' });
});
cli('--state over config.yaml', () => {
  const dir = project({ 'config.yaml': 'performance:\n  alerts:\n    window: 2h\n' });
  assert.equal(q(dir, '$.performance.alerts.window', '--state', '.2L/config.yaml', '--compact'), {
    code: 0,
    stdout: '["2h"]\n',
    stderr: '',
  });
});
const usage: Array<[string[], string]> = [
  [[], "query: a JSONPath expression is required, e.g. query '$[*].event_type' (see --help)\n"],
  [['$[', '--compact'], 'query: invalid JSONPath `$[`: `[` is never closed at character 2 (`[`)\n'],
  [
    ['event_type'],
    'query: invalid JSONPath `event_type`: an expression must start with `$` (the root) at character 1 (`event_type`)\n',
  ],
  [['$.a', '$.b'], 'query: unexpected argument `$.b`; quote the expression in single quotes\n'],
  [['$.a', '--events', '--state', 'x.yaml'], 'query: choose one of `--events` and `--state`\n'],
  [['$.a', '--state', 'x.yaml', '--since', '1h'], 'query: `--since` applies to `--events` only\n'],
  [
    ['$.a', '--since', '5 minutes'],
    'query: `--since`: `5 minutes` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `5 minutes`)\n',
  ],
];
for (const [argv, stderr] of usage) {
  cli(`exit 2: ${argv.join(' ') || '(nothing)'}`, () =>
    assert.equal(q(project(), ...argv), { code: 2, stdout: '', stderr }),
  );
}
cli('exit 1: a state file that cannot be read', () => {
  assert.equal(q(project(), '$.a', '--state', 'nope.yaml'), {
    code: 1,
    stdout: '',
    stderr: 'query: `--state`: cannot read `nope.yaml` (ENOENT)\n',
  });
});
cli('exit 1: an event log that cannot be read', () => {
  const dir = project();
  fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl'));
  assert.equal(q(dir, '$'), {
    code: 1,
    stdout: '',
    stderr: `query: cannot read the event log \`${path.join(dir, '.2L', 'events.jsonl')}\`: is not a regular file (a device, FIFO or socket); 2L reads only regular files (remove it)\n`,
  });
});
cli('--help', () => {
  const r = q(project(), '--help');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: query '<JSONPath>' \[options\]/);
});
cli('slow queries raise one state_query_ms alert (p95 of recent queries)', () => {
  const alertsIn = (dir: string) => eventLines(dir).filter((l) => l.includes('performance_alert'));
  const dir = project({
    'events.jsonl': lines([toolCall('Read', 1, 0)]),
    'config.yaml': 'performance:\n  targets:\n    state_query_ms: 0\n  alerts:\n    min_samples: 2\n',
  });
  q(dir, '$[*]');
  assert.is(alertsIn(dir).length, 0, 'one sample is not enough');
  q(dir, '$[*]');
  q(dir, '$[*]');
  const alerts = alertsIn(dir);
  assert.is(alerts.length, 1);
  assert.match(JSON.parse(alerts[0]!).data, /^Alert: query p95 [\d.]+ ms > target 0 ms$/);
  assert.is(
    JSON.parse(fs.readFileSync(path.join(dir, '.2L', 'alerts-state.json'), 'utf8')).timings.state_query_ms.length,
    3,
  );
});
cli.run();

const planted = suite('query: what a repository plants is never read');
const guarded = (dir: string, ...args: string[]) => runDist('query.mjs', args, { cwd: dir, timeoutMs: 15_000 });
for (const where of ['events.jsonl', 'events-20261120T100000000Z.jsonl']) {
  for (const p of PLANTS) {
    planted(`${where} is ${p.name}: exit 1, one line naming the file`, () => {
      const outside = victim();
      const dir = project({ 'events.jsonl': lines([toolCall('Read', 1, 0)]) });
      const file = path.join(dir, '.2L', where);
      fs.rmSync(file, { force: true });
      p.plant(file, outside);
      const r = guarded(dir, '$[*].data');
      assert.equal([r.code, r.stdout], [1, '']);
      assert.match(
        r.stderr,
        new RegExp(
          `^query: cannot read the event log \`${file.replace(/[.]/g, '\\.')}\`: ${p.refused.source}[^\\n]*\\n$`,
        ),
      );
      assert.ok(outside.unchanged());
    });
  }
}
for (const p of PLANTS) {
  planted(`--state naming ${p.name}: exit 1, says what it is, never read`, () => {
    const outside = victim();
    const dir = project();
    p.plant(path.join(dir, '.2L', 'state.yaml'), outside);
    const r = guarded(dir, '$..*', '--state', '.2L/state.yaml');
    assert.equal([r.code, r.stdout], [1, '']);
    const what = p.refused === SYMLINK ? SYMLINK.source : 'is not a file \\(a folder, device, FIFO or socket\\)';
    assert.match(r.stderr, new RegExp(`^query: \`--state\`: \`\\.2L/state\\.yaml\` ${what}[^\\n]*\\n$`));
    assert.not.match(r.stderr, SECRET);
  });
}
planted.run();

const streams = suite('query: a per-event expression streams');
const shapes: Array<[string, boolean]> = [
  ['$[*]', true],
  ['$[*].tool_name', true],
  ['$[?(@.duration_ms > 10)].tool_name', true],
  ['$[?(@.event_type=="tool_error")]', true],
  ['$.length', false],
  ['$[-1:].event_type', false],
  ['$[0]', false],
  ['$..tool_name', false],
  ['$[*]..tool_name', false],
  ['$[?(@property > 2)]', false],
  ['$[?(@path == "$[1]")]', false],
  ['$[?(@.tool_name == @root[0].tool_name)]', false],
  ['$[?(@.tool_name == $[0].tool_name)]', false],
  ['$[*]^', false],
  ['$[*]~', false],
];
for (const [expr, expected] of shapes)
  streams(`${expr}: ${expected ? 'streams' : 'needs the whole array'}`, () => {
    assert.is(streamable(expr), expected);
  });
streams('streamed matches equal the whole-array matches, across archives and the live log', async () => {
  const archive = Array.from({ length: 3000 }, (_, i) => toolCall(i % 3 ? 'Read' : 'Bash', i % 50, i));
  const live = Array.from({ length: 200 }, (_, i) => toolCall('Edit', i, 4000 + i));
  const dir = project({ 'events-20260101T000000000Z.jsonl': lines(archive), 'events.jsonl': lines(live) });
  const all = [...archive, ...live];
  for (const [expr, ok] of shapes) {
    if (!ok) continue;
    const r = await streamQuery(dir, expr);
    assert.equal(r.matches, evaluate(expr, all), expr);
    assert.is(r.events, all.length);
  }
});
streams('a whole-array expression is refused by the streaming path', async () => {
  let failed = false;
  await streamQuery(project(), '$.length').catch(() => (failed = true));
  assert.ok(failed);
});
streams.run();
