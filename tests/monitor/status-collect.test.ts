/** `dist/status.mjs`, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import { PLANTS, SECRET, SYMLINK, victim } from '../util/hostile.ts';
import { hookEvent, lines, project, runDist, toolCall } from '../util/perf-fixtures.ts';
import { eventLines } from '../util/events.ts';

const recent = (sec: number) => new Date(Date.now() - 60_000 + sec * 10);
const now = (type: string, sec: number, f = {}) => ({ ...hookEvent(type, 0, f), timestamp: recent(sec).toISOString() });
const call = (tool: string, ms: number, sec: number, f = {}) => ({
  ...toolCall(tool, ms, 0, f),
  timestamp: recent(sec).toISOString(),
});
const status = (dir: string, ...args: string[]) => runDist('status.mjs', args, { cwd: dir });

const args = suite('status: arguments');
args('--help prints usage with exit codes', () => {
  const r = status(project(), '--help');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: status \[options\]/);
  assert.match(r.stdout, /Exit codes: 0 report printed, 1 the log could not be read, 2 bad arguments\./);
  assert.is(r.stderr, '');
});
const bad: Array<[string[], string]> = [
  [
    ['--since', 'yesterday'],
    'status: `--since`: `yesterday` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `yesterday`)\n',
  ],
  [['--json', '--csv'], 'status: choose one of `--json`, `--csv`\n'],
  [['--session', ' '], 'status: `--session` needs a session id\n'],
];
for (const [argv, stderr] of bad) {
  args(`${argv.join(' ')} -> exit 2`, () => {
    const r = status(project(), ...argv);
    assert.equal([r.code, r.stdout, r.stderr], [2, '', stderr]);
  });
}
args('an unknown flag -> exit 2, names the flag', () => {
  const r = status(project(), '--bogus');
  assert.is(r.code, 2);
  assert.is(r.stderr, 'status: unknown option `--bogus` (see --help)\n');
});
args.run();

const report = suite('status: report');
report('no .2L at all: exit 0, says the log is empty, creates nothing', () => {
  const dir = path.dirname(project());
  const bare = fs.mkdtempSync(path.join(dir, 'bare-'));
  const r = status(bare);
  assert.is(r.code, 0);
  assert.match(r.stdout, /No events yet/);
  assert.is(r.stderr, '');
  assert.not.ok(fs.existsSync(path.join(bare, '.2L')));
});
report('archives + live log, malformed and truncated lines, as JSON', () => {
  const dir = project({
    'events-20261120T100000000Z.jsonl': lines([call('Read', 4, 1), call('Read', 8, 2), 'garbage']),
    'events.jsonl':
      lines([
        call('Bash', 100, 3),
        now('tool_error', 4, { tool_name: 'Bash', duration_ms: 300, error: 'exit 1' }),
        now('session_end', 5),
      ]) + '{"timestamp":"20',
  });
  const r = status(dir, '--json');
  assert.equal([r.code, r.stderr], [0, '']);
  const j = JSON.parse(r.stdout);
  assert.equal([j.log.files, j.log.malformed, j.log.truncated, j.summary.events], [2, 1, 1, 5]);
  assert.equal(
    j.summary.tools.map((t: { tool: string; calls: number; failures: number; p95: number }) => [
      t.tool,
      t.calls,
      t.failures,
      t.p95,
    ]),
    [
      ['Read', 2, 0, 8],
      ['Bash', 2, 1, 300],
    ],
  );
  assert.equal(
    j.summary.sessions.map((s: { id: string; ended?: string }) => [s.id, !!s.ended]),
    [['s1', true]],
  );
});
report('--session and --since narrow what is shown', () => {
  const old = {
    ...toolCall('Read', 1, 0, { session_id: 'a' }),
    timestamp: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  };
  const dir = project({
    'events.jsonl': lines([old, call('Read', 2, 1, { session_id: 'a' }), call('Read', 3, 2, { session_id: 'b' })]),
  });
  const bySession = JSON.parse(status(dir, '--json', '--session', 'a').stdout);
  assert.equal([bySession.summary.events, bySession.filter.session], [2, 'a']);
  const bySince = JSON.parse(status(dir, '--json', '--since', '1h').stdout);
  assert.is(bySince.summary.events, 2);
  assert.equal(bySince.summary.sessions.map((s: { id: string }) => s.id).sort(), ['a', 'b']);
});
report('--csv is RFC 4180 with CRLF', () => {
  const dir = project({ 'events.jsonl': lines([call('Read', 2, 1)]) });
  const r = status(dir, '--csv');
  assert.is(r.code, 0);
  assert.ok(r.stdout.startsWith('section,name,metric,value\r\n'));
  assert.ok(r.stdout.endsWith('\r\n'));
});
report('--prom passes the real promtool', () => {
  const events = [
    newEvent('plan_start', 'p', { phase: 'building' }),
    call('Bash', 1200, 1),
    call('Read', 3, 2),
    now('tool_error', 3, { tool_name: 'mcp__db__"q"', duration_ms: 40, error: 'x' }),
    'bad line',
  ];
  const dir = project({ 'events.jsonl': lines(events) });
  const r = status(dir, '--prom');
  assert.equal([r.code, r.stderr], [0, '']);
  assert.match(r.stdout, /^twol_tool_duration_seconds_bucket\{tool="Bash",le="\+Inf"\} 1$/m);
  assert.match(r.stdout, /^twol_malformed_lines_total 1$/m);
  const check = spawnSync('promtool', ['check', 'metrics'], { input: r.stdout, encoding: 'utf8' });
  assert.equal([check.status, `${check.stdout}${check.stderr}`.trim()], [0, '']);
});
report('a log that cannot be read -> exit 1 with the reason', () => {
  const dir = project();
  fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl'));
  assert.equal(status(dir), {
    code: 1,
    stdout: '',
    stderr: `status: cannot read the event log \`${path.join(dir, '.2L', 'events.jsonl')}\`: is not a regular file (a device, FIFO or socket); 2L reads only regular files (remove it)\n`,
  });
});
report('HTML and escape sequences in events are printed inert', () => {
  const dir = project({
    'events.jsonl': lines([
      now('tool_error', 1, {
        tool_name: '<img src=x onerror=alert(1)>',
        error: '\u001b[31mred',
        data: '\u001b]8;;http://x\u0007',
      }),
    ]),
  });
  const r = status(dir);
  assert.is(r.code, 0);
  assert.not.match(r.stdout, /\u001b|\u0007/);
});
report.run();

const alerts = suite('status: alerts');
function alertLines(dir: string): string[] {
  return eventLines(dir).filter((l) => l.includes('"performance_alert"'));
}
alerts('a breach is recorded once however often status runs; --no-alerts records nothing', () => {
  const slow = Array.from({ length: 25 }, (_, i) => call('Grep', 4000, i));
  const dir = project({ 'events.jsonl': lines(slow) });
  const quiet = status(dir, '--no-alerts');
  assert.is(quiet.code, 0);
  assert.is(fs.readFileSync(path.join(dir, '.2L', 'events.jsonl'), 'utf8').includes('performance_alert'), false);
  const first = status(dir);
  // One line per alert, durations for people, a severity and when it began firing.
  assert.match(first.stdout, /\n {2}● Grep p95 4 s > target 2 s \(warning, new, since 0 ms ago\)\n/);
  assert.is(first.stdout.split('\n').filter((l) => l.includes('Grep p95 4 s')).length, 1);
  const second = status(dir);
  assert.not.match(second.stdout, /new/);
  assert.match(second.stdout, /● Grep p95 4 s > target 2 s \(warning, since \d/);
  assert.is(alertLines(dir).length, 1);
  // The status line and the dashboard read the same state.
  assert.ok(JSON.parse(fs.readFileSync(path.join(dir, '.2L', 'alerts-state.json'), 'utf8')).active['tool.Grep.p95']);
});
alerts('a raised target in config.yaml resolves the alert once', () => {
  const slow = Array.from({ length: 25 }, (_, i) => call('Grep', 4000, i));
  const dir = project({ 'events.jsonl': lines(slow) });
  status(dir);
  fs.writeFileSync(
    path.join(dir, '.2L', 'config.yaml'),
    'performance:\n  targets:\n    tool_p95_ms:\n      Grep: 5000\n',
  );
  const r = status(dir);
  assert.match(r.stdout, /resolved: Grep p95 back within 5 s/);
  status(dir);
  const states = alertLines(dir).map((l) => JSON.parse(l).payload.state);
  assert.equal(states, ['breach', 'resolved']);
});
alerts('a bad config.yaml is reported with key and line; defaults apply', () => {
  const dir = project({
    'events.jsonl': lines([call('Read', 2, 1)]),
    'config.yaml': 'performance:\n  targets:\n    hook_ms: quick\n',
  });
  const table = status(dir);
  assert.match(
    table.stdout,
    /Config: \.2L\/config\.yaml:3: `performance\.targets\.hook_ms` must be a number of milliseconds or null \(got "quick"\); using the default 200/,
  );
  const json = status(dir, '--json');
  assert.is(json.code, 0);
  assert.is(JSON.parse(json.stdout).config.targets.hook_ms, 200);
  assert.is(
    json.stderr,
    'status: .2L/config.yaml:3: `performance.targets.hook_ms` must be a number of milliseconds or null (got "quick"); using the default 200\n',
  );
});
alerts.run();

const planted = suite('status: what a repository plants under .2L is never read');
const ARCHIVE = 'events-20261120T100000000Z.jsonl';
const guarded = (dir: string, ...args: string[]) => runDist('status.mjs', args, { cwd: dir, timeoutMs: 15_000 });
for (const where of ['events.jsonl', ARCHIVE]) {
  for (const p of PLANTS) {
    planted(`${where} is ${p.name}: exit 1, one line naming the file, nothing printed`, () => {
      const outside = victim();
      const dir = project(where === ARCHIVE ? { 'events.jsonl': lines([call('Read', 2, 1)]) } : {});
      const file = path.join(dir, '.2L', where);
      p.plant(file, outside);
      for (const args of [[], ['--json']]) {
        const r = guarded(dir, ...args);
        assert.equal([r.code, r.stdout], [1, '']);
        assert.match(
          r.stderr,
          new RegExp(
            `^status: cannot read the event log \`${file.replace(/[.]/g, '\\.')}\`: ${p.refused.source}[^\\n]*\\n$`,
          ),
        );
      }
      assert.ok(outside.unchanged());
    });
  }
}
planted('.2L is a link to another folder: refused, nothing read or written there', () => {
  const outside = victim();
  // Slow calls behind the link: a status that followed it would report them and record an alert there.
  fs.writeFileSync(
    path.join(outside.dir, 'events.jsonl'),
    lines(Array.from({ length: 25 }, (_, i) => call('Grep', 4000, i, { data: SECRET }))),
  );
  const before = fs.readdirSync(outside.dir).sort();
  const dir = path.dirname(project());
  const bare = fs.mkdtempSync(path.join(dir, 'linked-'));
  fs.symlinkSync(outside.dir, path.join(bare, '.2L'));
  const r = guarded(bare);
  assert.equal([r.code, r.stdout], [1, '']);
  assert.match(
    r.stderr,
    new RegExp(`^status: cannot read the event log folder \`${bare}/\\.2L\`: ${SYMLINK.source}[^\\n]*\\n$`),
  );
  assert.equal(fs.readdirSync(outside.dir).sort(), before);
});
for (const p of PLANTS) {
  planted(`config.yaml is ${p.name}: refused with defaults, named, never read`, () => {
    const outside = victim();
    const dir = project({ 'events.jsonl': lines([call('Read', 2, 1)]) });
    p.plant(path.join(dir, '.2L', 'config.yaml'), outside);
    const r = guarded(dir, '--json');
    assert.is(r.code, 0);
    assert.match(
      r.stderr,
      new RegExp(`^status: \\.2L/config\\.yaml: ${p.refused.source}[^\\n]*; using all defaults\\n$`),
    );
    assert.is(JSON.parse(r.stdout).config.targets.hook_ms, 200);
    assert.ok(outside.unchanged());
  });
}
planted('alerts-state.json as a link: not read, not replaced, alerts not recorded, the reason shown', () => {
  const outside = victim();
  fs.writeFileSync(
    outside.file,
    JSON.stringify({
      v: 1,
      active: { k: { label: SECRET, since: '2026-11-20T00:00:00.000Z', value: 9, target: 1, unit: 'ms' } },
    }),
  );
  const content = fs.readFileSync(outside.file, 'utf8');
  const dir = project({ 'events.jsonl': lines(Array.from({ length: 25 }, (_, i) => call('Grep', 4000, i))) });
  fs.symlinkSync(outside.file, path.join(dir, '.2L', 'alerts-state.json'));
  const r = guarded(dir, '--json');
  assert.is(r.code, 0);
  assert.not.match(r.stdout, SECRET);
  const j = JSON.parse(r.stdout);
  assert.match(j.alerts.note, new RegExp(`alerts-state\\.json: ${SYMLINK.source}`));
  assert.equal(j.alerts.begun, []);
  assert.ok(fs.lstatSync(path.join(dir, '.2L', 'alerts-state.json')).isSymbolicLink());
  assert.is(fs.readFileSync(outside.file, 'utf8'), content);
});
planted('.alerts.lock as a link: refused with a reason, never followed', () => {
  const outside = victim();
  const dir = project({ 'events.jsonl': lines(Array.from({ length: 25 }, (_, i) => call('Grep', 4000, i))) });
  fs.symlinkSync(outside.dir, path.join(dir, '.2L', '.alerts.lock'));
  const r = guarded(dir, '--json');
  assert.is(r.code, 0);
  assert.match(JSON.parse(r.stdout).alerts.note, new RegExp(`\\.alerts\\.lock: ${SYMLINK.source}`));
  assert.ok(outside.unchanged());
});
planted.run();

const prefixes = suite('status: --session takes an id as the report shows it');
prefixes(
  'a prefix, or the clipped id with its ellipsis, names the session; ambiguous and unknown ones are errors',
  () => {
    const A = '11111111-1111-4111-8111-111111111111';
    const B = '11111111-2222-4222-8222-222222222222';
    const C = '33333333-3333-4333-8333-333333333333';
    const dir = project({
      'events.jsonl': lines([
        call('Read', 4, 1, { session_id: A }),
        call('Read', 4, 2, { session_id: B }),
        call('Grep', 4, 3, { session_id: C }),
      ]),
    });
    for (const given of ['33333333', '33333333-33…', C]) {
      const r = status(dir, '--json', '--session', given);
      assert.is(r.code, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal([j.filter.session, j.summary.events], [C, 1]);
    }
    const amb = status(dir, '--session', '11111111');
    assert.is(amb.code, 1);
    assert.is(amb.stdout, '');
    assert.is(amb.stderr, `status: \`--session\`: \`11111111\` matches 2 sessions; give more of the id: ${A}, ${B}\n`);
    const none = status(dir, '--session', 'ffff');
    assert.equal([none.code, none.stderr], [1, 'status: `--session`: no session in the log starts with `ffff`\n']);
  },
);
prefixes('`--project` pointing at a folder with no .2L is an error, not an empty report', () => {
  const bare = fs.mkdtempSync(path.join(path.dirname(project()), 'bare-'));
  const r = status(bare, '--project', bare);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(
    r.stderr,
    /^status: `--project` .*bare-.*: no \.2L folder there \(2L has logged nothing in it\); check the path\n$/,
  );
  assert.not.ok(fs.existsSync(path.join(bare, '.2L')));
});
prefixes.run();
