import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseStatusArgs, runStatus, type StatusArgs } from '../../lib/monitor/status-command.ts';
import { UsageError, UserError } from '../../lib/shared/errors.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';

const parse = suite('status-command: arguments');
parse('defaults and every flag', () => {
  assert.equal(parseStatusArgs([], {}, '/cwd'), { format: 'table', recordAlerts: true, project: '/cwd' });
  assert.equal(
    parseStatusArgs(
      ['--prom', '--no-alerts', '--session', 'S1', '--project', 'p'],
      { CLAUDE_PROJECT_DIR: '/env' },
      '/cwd',
    ),
    { format: 'prom', recordAlerts: false, session: 'S1', project: '/cwd/p' },
  );
  assert.equal(parseStatusArgs(['--csv'], { CLAUDE_PROJECT_DIR: '/env' }, '/cwd'), {
    format: 'csv',
    recordAlerts: true,
    project: '/env',
  });
  const since = parseStatusArgs(['--json', '--since', '2026-11-20T10:00:00Z'], {}, '/cwd');
  assert.ok(since !== 'help');
  assert.equal([since.format, since.since?.toISOString()], ['json', '2026-11-20T10:00:00.000Z']);
  assert.is(parseStatusArgs(['-h', '--json', '--csv'], {}, '/cwd'), 'help');
});
const bad: Array<[string[], string]> = [
  [['--json', '--csv', '--prom'], 'choose one of `--json`, `--csv`, `--prom`'],
  [
    ['--since', 'yesterday'],
    '`--since`: `yesterday` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `yesterday`)',
  ],
  [['--session', ' '], '`--session` needs a session id'],
  [['--bogus'], 'unknown option `--bogus` (see --help)'],
  [['today'], 'unexpected argument `today` (see --help)'],
  [['--project', ''], '`--project` needs a folder'],
];
for (const [argv, message] of bad) {
  parse(`${argv.join(' ')}: UsageError`, () => {
    assert.throws(
      () => parseStatusArgs(argv, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && e.message === message,
    );
  });
}
parse.run();

const args = (dir: string, format: StatusArgs['format']): StatusArgs => ({ format, recordAlerts: false, project: dir });
const withBadConfig = () =>
  project({
    'events.jsonl': lines([toolCall('Read', 4, 0)]),
    'config.yaml': 'performance:\n  targets:\n    hook_ms: quick\n',
  });

const run = suite('status-command: runStatus');
run('machine formats carry config problems as notes for stderr', async () => {
  const dir = withBadConfig();
  const json = await runStatus(args(dir, 'json'));
  assert.is(JSON.parse(json.output).summary.events, 1);
  assert.equal(json.notes, [
    '.2L/config.yaml:3: `performance.targets.hook_ms` must be a number of milliseconds or null (got "quick"); using the default 200',
  ]);
  assert.match((await runStatus(args(dir, 'csv'))).output, /^section,name,metric,value\r?\n/);
  assert.match((await runStatus(args(dir, 'prom'))).output, /^# HELP /m);
});
run('the table shows config problems itself: no notes; colour only when asked', async () => {
  const dir = withBadConfig();
  const plain = await runStatus(args(dir, 'table'));
  assert.equal(plain.notes, []);
  assert.match(
    plain.output,
    'Config: .2L/config.yaml:3: `performance.targets.hook_ms` must be a number of milliseconds',
  );
  assert.not.match(plain.output, '\u001b[');
  assert.match((await runStatus(args(dir, 'table'), { color: true })).output, '\u001b[');
});
run('--no-alerts writes nothing', async () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 4, 0)]) });
  const before = fs.readdirSync(path.join(dir, '.2L'));
  await runStatus(args(dir, 'json'));
  assert.equal(fs.readdirSync(path.join(dir, '.2L')), before);
});
run('a log that cannot be read: a UserError with exit 1 naming it', async () => {
  const dir = project();
  fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl'));
  await runStatus(args(dir, 'table')).then(
    () => assert.unreachable('read'),
    (e: Error) => {
      assert.instance(e, UserError);
      assert.is((e as UserError).exitCode, 1);
      assert.match(e.message, `cannot read the event log \`${path.join(dir, '.2L', 'events.jsonl')}\``);
    },
  );
});
run.run();
