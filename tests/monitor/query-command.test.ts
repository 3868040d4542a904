import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseQueryArgs, runQuery, type QueryArgs } from '../../lib/monitor/query-command.ts';
import { UsageError, UserError } from '../../lib/shared/errors.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';

const parse = suite('query-command: arguments');
parse('the expression, the source and the flags', () => {
  assert.equal(
    parseQueryArgs(['$[*].tool_name', '--compact', '--time', '--project', 'p'], { CLAUDE_PROJECT_DIR: '/env' }, '/cwd'),
    { expr: '$[*].tool_name', compact: true, time: true, project: '/cwd/p', cwd: '/cwd' },
  );
  assert.equal(parseQueryArgs(['$.a', '--state', 'x.yaml'], { CLAUDE_PROJECT_DIR: '/env' }, '/cwd'), {
    expr: '$.a',
    state: 'x.yaml',
    compact: false,
    time: false,
    project: '/env',
    cwd: '/cwd',
  });
  const since = parseQueryArgs(['$', '--events', '--since', '1h'], {}, '/cwd');
  assert.ok(
    since !== 'help' &&
      since.since instanceof Date &&
      Math.abs(since.since.getTime() - (Date.now() - 3_600_000)) < 60_000,
  );
  assert.is(parseQueryArgs(['--help'], {}, '/cwd'), 'help');
});
const bad: Array<[string[], string]> = [
  [[], "a JSONPath expression is required, e.g. query '$[*].event_type' (see --help)"],
  [['$.a', '$.b'], 'unexpected argument `$.b`; quote the expression in single quotes'],
  [['$.a', '--events', '--state', 'x.yaml'], 'choose one of `--events` and `--state`'],
  [['$.a', '--state', 'x.yaml', '--since', '1h'], '`--since` applies to `--events` only'],
  [
    ['$.a', '--since', 'later'],
    '`--since`: `later` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `later`)',
  ],
  [['$['], 'invalid JSONPath `$[`: `[` is never closed at character 2 (`[`)'],
  [['$', '--state'], 'option `--state` needs a value (see --help)'],
];
for (const [argv, message] of bad) {
  parse(`${argv.join(' ') || '(none)'}: UsageError`, () => {
    assert.throws(
      () => parseQueryArgs(argv, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && e.message === message,
    );
  });
}
parse.run();

const args = (dir: string, more: Partial<QueryArgs> = {}): QueryArgs => ({
  expr: '$[*].tool_name',
  compact: true,
  time: false,
  project: dir,
  cwd: dir,
  ...more,
});

const run = suite('query-command: runQuery');
run('matches as JSON; unreadable lines become a note', async () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 1, 0), 'oops', toolCall('Bash', 2, 1)]) });
  assert.equal(await runQuery(args(dir)), { output: '["Read","Bash"]', notes: ['skipped 1 unreadable log line'] });
  assert.equal(await runQuery(args(dir, { compact: false, expr: '$.length' })), {
    output: '[\n  2\n]',
    notes: ['skipped 1 unreadable log line'],
  });
});
run('--time adds one note with the counts', async () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 1, 0)]) });
  const r = await runQuery(args(dir, { time: true }));
  assert.is(r.notes.length, 1);
  assert.match(
    r.notes[0]!,
    /^load \d+\.\d ms, query \d+\.\d ms \(cpu \d+\.\d ms\) over 1 events, 1 match, total \d+\.\d ms$/,
  );
});
run('--state reads a file relative to cwd', async () => {
  const dir = project({ 'config.yaml': 'performance:\n  alerts:\n    window: 2h\n' });
  assert.equal(await runQuery(args(dir, { expr: '$.performance.alerts.window', state: '.2L/config.yaml' })), {
    output: '["2h"]',
    notes: [],
  });
});
const unreadable: Array<[string, (dir: string) => QueryArgs, RegExp]> = [
  [
    'a missing state file',
    (dir) => args(dir, { state: 'nope.yaml' }),
    /^`--state`: cannot read `nope\.yaml` \(ENOENT\)$/,
  ],
  [
    'an event log that is a folder',
    (dir) => (fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl')), args(dir)),
    /^cannot read the event log `.+\/\.2L\/events\.jsonl`: is not a regular file/,
  ],
];
for (const [name, make, re] of unreadable) {
  run(`${name}: a UserError with exit 1`, async () => {
    await runQuery(make(project())).then(
      () => assert.unreachable('read'),
      (e: Error) => {
        assert.instance(e, UserError);
        assert.is((e as UserError).exitCode, 1);
        assert.match(e.message, re);
      },
    );
  });
}
run.run();
