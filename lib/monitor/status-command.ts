/**
 * The `/2l-status` command (`lib/bin/status.ts` only runs it): the report over
 * `.2L/events.jsonl` and its archives, as a table, JSON, CSV or Prometheus text.
 */
import { renderPrometheus } from './prometheus.ts';
import { renderCostPrometheus } from './cost-render.ts';
import { collectStatus } from './status-collect.ts';
import { renderCsv, renderJson, renderTable } from './status-render.ts';
import {
  SHARED_OPTIONS,
  UsageError,
  UserError,
  errorMessage,
  parseCliArgs,
  projectFromFlag,
  sinceFromFlag,
  unexpectedArgument,
} from '../shared/cli.ts';

export const STATUS_HELP = `Usage: status [options]

Performance and state report for this project's 2L event log
(.2L/events.jsonl and its rotated archives, read as a stream).

Options:
  --since DURATION  only events from the last DURATION (15m, 2h, 1d, 1h30m)
                    or since an ISO 8601 time (2026-11-20T10:00:00Z)
  --session ID      only events of this Claude Code session
  --json            the whole report as JSON (for agents and scripts)
  --csv             one metric per row, RFC 4180 CSV
  --prom            Prometheus text exposition format
  --watch           a live view on the terminal (performance, resources, KPIs,
                    alerts), redrawn when the log changes; Ctrl-C quits
  --no-alerts       do not record alert begin/end events (read only)
  --project DIR     project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help        show this help

Tokens and cost come from the transcripts of the sessions in the log, under
$CLAUDE_CONFIG_DIR or ~/.claude (projects/…/<session>.jsonl and subagents/).
Targets and alerts are read from .2L/config.yaml (section \`performance:\`),
prices and budgets from its sections \`pricing:\` and \`budgets:\`.
Exit codes: 0 report printed, 1 the log could not be read, 2 bad arguments.`;

export interface StatusArgs {
  format: 'table' | 'json' | 'csv' | 'prom' | 'watch';
  since?: Date;
  session?: string;
  recordAlerts: boolean;
  project: string;
}

export function parseStatusArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): StatusArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      since: SHARED_OPTIONS.since,
      session: { type: 'string' },
      json: SHARED_OPTIONS.json,
      csv: { type: 'boolean' },
      prom: { type: 'boolean' },
      watch: { type: 'boolean' },
      'no-alerts': { type: 'boolean' },
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw unexpectedArgument(positionals[0]!);
  const formats = [
    values.json && '--json',
    values.csv && '--csv',
    values.prom && '--prom',
    values.watch && '--watch',
  ].filter(Boolean);
  if (formats.length > 1) throw new UsageError(`choose one of ${formats.map((f) => `\`${f}\``).join(', ')}`);
  const since = sinceFromFlag(values.since);
  if (values.session !== undefined && values.session.trim() === '')
    throw new UsageError('`--session` needs a session id');
  const args: StatusArgs = {
    format: values.json ? 'json' : values.csv ? 'csv' : values.prom ? 'prom' : values.watch ? 'watch' : 'table',
    recordAlerts: !values['no-alerts'],
    project: projectFromFlag(values.project, env, cwd),
  };
  if (since) args.since = since;
  if (values.session !== undefined) args.session = values.session;
  return args;
}

export interface StatusRun {
  output: string;
  /** Lines for stderr: config problems, which the table shows itself but the machine formats cannot. */
  notes: string[];
}

/** Collect (recording alerts unless `--no-alerts`) and render; a log that cannot be read is a UserError (exit 1). */
export async function runStatus(
  args: StatusArgs,
  opts: { color?: boolean; onRead?: (bytes: number) => void } = {},
): Promise<StatusRun> {
  let collected: Awaited<ReturnType<typeof collectStatus>>;
  try {
    collected = await collectStatus(args.project, {
      since: args.since,
      session: args.session,
      recordAlerts: args.recordAlerts,
      onRead: opts.onRead,
    });
  } catch (err) {
    throw new UserError(errorMessage(err));
  }
  const { report, summary } = collected;
  if (args.format === 'table') return { output: renderTable(report, { color: opts.color ?? false }), notes: [] };
  const output =
    args.format === 'json'
      ? renderJson(report)
      : args.format === 'csv'
        ? renderCsv(report)
        : renderPrometheus(summary, new Date(report.generated)) +
          (report.cost ? renderCostPrometheus(report.cost) : '');
  return { output, notes: [...report.config.errors, ...(report.cost?.config_errors ?? [])] };
}
