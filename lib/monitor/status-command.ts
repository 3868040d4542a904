/**
 * `status [--since DURATION] [--session ID] [--json | --csv | --prom] [--no-alerts] [--project DIR]`
 * The `/2l-status` report over `.2L/events.jsonl` and its archives.
 */
import { parseArgs } from 'node:util';
import { parseSince } from '../shared/duration.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { renderPrometheus } from '../monitor/prometheus.ts';
import { collectStatus } from '../monitor/status-collect.ts';
import { renderCsv, renderJson, renderTable } from '../monitor/status-render.ts';

const HELP = `Usage: status [options]

Performance and state report for this project's 2L event log
(.2L/events.jsonl and its rotated archives, read as a stream).

Options:
  --since DURATION  only events from the last DURATION (15m, 2h, 1d, 1h30m)
                    or since an ISO 8601 time (2026-11-20T10:00:00Z)
  --session ID      only events of this Claude Code session
  --json            the whole report as JSON (for agents and scripts)
  --csv             one metric per row, RFC 4180 CSV
  --prom            Prometheus text exposition format
  --no-alerts       do not record alert begin/end events (read only)
  --project DIR     project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help        show this help

Targets and alerts are read from .2L/config.yaml (section \`performance:\`).
Exit codes: 0 report printed, 1 the log could not be read, 2 bad arguments.`;

class UsageError extends Error {}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        session: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        prom: { type: 'boolean' },
        'no-alerts': { type: 'boolean' },
        project: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`status: ${(err as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const formats = [values.json && '--json', values.csv && '--csv', values.prom && '--prom'].filter(Boolean);
    if (formats.length > 1) throw new UsageError(`choose one of ${formats.map((f) => `\`${f}\``).join(', ')}`);
    let since: Date | undefined;
    if (values.since !== undefined) {
      try {
        since = parseSince(values.since);
      } catch (err) {
        throw new UsageError(`\`--since\`: ${(err as Error).message}`);
      }
    }
    if (values.session !== undefined && values.session.trim() === '') throw new UsageError('`--session` needs a session id');
    const project = resolveProjectDir([values.project ? (values.project.startsWith('/') ? values.project : `${process.cwd()}/${values.project}`) : undefined, process.env.CLAUDE_PROJECT_DIR], process.cwd());
    const { report, summary } = await collectStatus(project, { since, session: values.session, recordAlerts: !values['no-alerts'] });
    if (values.json) process.stdout.write(renderJson(report));
    else if (values.csv) process.stdout.write(renderCsv(report));
    else if (values.prom) {
      process.stdout.write(renderPrometheus(summary, new Date(report.generated)));
    } else process.stdout.write(renderTable(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
    if (values.json || values.csv || values.prom) for (const e of report.config.errors) process.stderr.write(`status: ${e}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`status: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`status: ${(err as Error).message}\n`);
    return 1;
  }
}

main().then((code) => (process.exitCode = code));
