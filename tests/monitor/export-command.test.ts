import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exportLog, parseExportArgs, renderExport, type ExportArgs } from '../../lib/monitor/export-command.ts';
import { UsageError, UserError } from '../../lib/shared/errors.ts';
import { startReceiver } from '../util/otlp-receiver.ts';
import { hookEvent, lines, project, toolCall } from '../util/perf-fixtures.ts';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const base: ExportArgs = { dryRun: false, json: false, headers: {}, timeoutMs: 10_000, project: '/cwd' };

const parse = suite('export-command: arguments');
const good: Array<[string[], NodeJS.ProcessEnv, ExportArgs | 'help']> = [
  [['--dry-run'], {}, { ...base, dryRun: true }],
  [
    ['--otlp', 'http://localhost:4318', '--json', '--project', 'p'],
    { CLAUDE_PROJECT_DIR: '/env' },
    { ...base, endpoint: 'http://localhost:4318', json: true, project: '/cwd/p' },
  ],
  [
    ['--dry-run', '--since', '2h', '--session', 'S1', '--timeout', '500'],
    { CLAUDE_PROJECT_DIR: '/env' },
    { ...base, dryRun: true, sinceMs: NOW - 7_200_000, session: 'S1', timeoutMs: 500, project: '/env' },
  ],
  [
    ['--dry-run', '--header', 'Authorization=Bearer a=b', '--header', ' X-Team =blue'],
    {},
    { ...base, dryRun: true, headers: { Authorization: 'Bearer a=b', 'X-Team': 'blue' } },
  ],
  [['--help', '--since', 'soon'], {}, 'help'],
];
for (const [argv, env, expected] of good)
  parse(argv.join(' '), () => assert.equal(parseExportArgs(argv, NOW, env, '/cwd'), expected));
const bad: Array<[string[], string]> = [
  [[], '`--otlp URL` is required (or `--dry-run`)'],
  [['--otlp', 'ftp://example.com'], '`--otlp` must be an http(s) URL, got `ftp:` (OTLP/HTTP, usually port 4318)'],
  [
    ['--dry-run', '--since', 'soon'],
    '`--since`: `soon` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `soon`)',
  ],
  [['--dry-run', '--timeout', '99'], '`--timeout` is milliseconds between 100 and 600000'],
  [['--dry-run', '--header', '=v'], '`--header` takes KEY=VALUE'],
  [['--dry-run', 'extra'], 'unexpected argument `extra` (see --help)'],
  [['--dry-run', '--since'], 'option `--since` needs a value (see --help)'],
];
for (const [argv, message] of bad) {
  parse(`${argv.join(' ') || '(none)'}: UsageError`, () => {
    assert.throws(
      () => parseExportArgs(argv, NOW, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && e.message === message,
    );
  });
}
parse.run();

const log = () =>
  project({
    'events.jsonl': lines([
      hookEvent('session_start', 0),
      toolCall('Read', 40, 1, { tool_use_id: 'T1' }),
      'not json',
      hookEvent('session_end', 2),
    ]),
  });

const run = suite('export-command: exportLog');
run('dry run: counts what would be sent, sends nothing; the text a user sees', async () => {
  const dir = log();
  const args: ExportArgs = { ...base, dryRun: true, project: dir };
  const r = await exportLog(args);
  assert.equal(
    [r.dry_run, r.files, r.events, r.sessions, r.tool_spans, r.spans, r.logs, r.metric_points, r.malformed, r.sent],
    [true, 1, 3, 1, 1, 2, 3, 2, 1, undefined],
  );
  assert.is(
    renderExport(r, args),
    'export (dry run): would send 2 spans (1 session, 1 tool call) and 3 logs from 3 events in 1 file.\nwould send 2 metric points (cumulative from 2026-11-20T12:00:00.000Z to 2026-11-20T12:00:02.000Z).\nskipped 1 malformed line.',
  );
  assert.equal(JSON.parse(renderExport(r, { ...args, json: true })), r);
});
run('--session keeps one session; nothing left says so', async () => {
  const dir = log();
  const args: ExportArgs = { ...base, dryRun: true, session: 'other', project: dir };
  const r = await exportLog(args);
  assert.is(r.events, 0);
  assert.is(
    renderExport(r, args),
    `export: no events to export in \`${path.join(dir, '.2L', 'events.jsonl')}\` (session other); skipped 1 malformed line; nothing sent.`,
  );
});
run('a log that cannot be read: a UserError (exit 1) naming the file', async () => {
  const dir = project();
  fs.mkdirSync(path.join(dir, '.2L', 'events.jsonl'));
  await exportLog({ ...base, dryRun: true, project: dir }).then(
    () => assert.unreachable('exported'),
    (e: Error) => {
      assert.instance(e, UserError);
      assert.is((e as UserError).exitCode, 1);
      assert.match(
        e.message,
        `cannot read the event log \`${path.join(dir, '.2L', 'events.jsonl')}\`: is not a regular file`,
      );
    },
  );
});
run('a refusing receiver: a UserError naming the URL and what was accepted before', async () => {
  const rx = await startReceiver();
  rx.status = 400;
  try {
    await exportLog({ ...base, endpoint: rx.url, timeoutMs: 2000, project: log() }).then(
      () => assert.unreachable('exported'),
      (e: Error) => {
        assert.instance(e, UserError);
        assert.match(
          e.message,
          new RegExp(
            `^could not send to \`${rx.url}/v1/(traces|logs)\`: the receiver answered HTTP 400 .* \\(0 spans and 0 logs were accepted before that\\)$`,
          ),
        );
      },
    );
  } finally {
    await rx.close();
  }
});
run.run();
