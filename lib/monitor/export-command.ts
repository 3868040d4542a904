/**
 * The `export` command (`lib/bin/export.ts` only runs it): send a project's
 * sessions, subagents and tool calls as spans and its events as logs to an OpenTelemetry
 * receiver over OTLP/HTTP.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
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
import { OtelMetrics } from './otel-metrics.ts';
import { OtelModel } from './otel-model.ts';
import { OtlpSink, otlpUrls } from './otlp-export.ts';
import { eventsPath } from '../events/project-dir.ts';
import { newStreamStats, streamEvents } from '../events/stream.ts';
import { redactString } from '../events/redact.ts';

export const EXPORT_HELP = `Usage: 2l export --otlp URL [options]

Send this project's 2L log (.2L/events.jsonl and its rotated archives) to an
OpenTelemetry receiver over OTLP/HTTP: one \`session\` span per session, one
\`invoke_agent <type>\` span per subagent (under the Agent call that started
it), one \`execute_tool <name>\` child span per tool call, one log record per
event, and the live export's metrics (tool durations, hook wait, tokens, cost,
alerts, custom metrics). Ids are derived from the log, so exporting the same
events again sends the same spans and log records (\`log.record.uid\`), not new
ones; metrics are cumulative from the first exported event's time, so the
same events give the same points again, not a doubled counter.

Options:
  --otlp URL          OTLP/HTTP endpoint, e.g. http://localhost:4318
                      (/v1/traces, /v1/logs and /v1/metrics are appended)
  --since DURATION    only events from the last DURATION (90s, 15m, 2h, 7d, 1h30m)
  --session ID        only this session's events
  --dry-run           read and map the log, send nothing
  --json              print the result as JSON
  --header K=V        extra HTTP header (repeatable), e.g. an auth token;
                      OTEL_EXPORTER_OTLP_HEADERS is honoured as well
  --timeout MS        per-request deadline, retries included (default 10000)
  --project DIR       project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help          show this help

Exit codes: 0 sent (or dry run, or nothing to send), 1 could not read the log
or the receiver refused / was unreachable, 2 bad arguments.`;

export interface ExportArgs {
  endpoint?: string;
  sinceMs?: number;
  session?: string;
  dryRun: boolean;
  json: boolean;
  headers: Record<string, string>;
  timeoutMs: number;
  project: string;
}

export function parseExportArgs(
  argv: string[],
  now: number,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ExportArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      otlp: { type: 'string' },
      since: SHARED_OPTIONS.since,
      session: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { ...SHARED_OPTIONS.json, default: false },
      header: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw unexpectedArgument(positionals[0]!);
  if (!values.otlp && !values['dry-run']) throw new UsageError('`--otlp URL` is required (or `--dry-run`)');
  const args: ExportArgs = {
    dryRun: values['dry-run'],
    json: values.json,
    headers: {},
    timeoutMs: 10_000,
    project: '',
  };
  if (values.otlp !== undefined) {
    otlpUrls(values.otlp); // throws a UsageError naming `--otlp`
    args.endpoint = values.otlp;
  }
  const since = sinceFromFlag(values.since, new Date(now));
  if (since) args.sinceMs = since.getTime();
  if (values.session !== undefined) args.session = values.session;
  for (const h of values.header ?? []) {
    const eq = h.indexOf('=');
    if (eq <= 0) throw new UsageError('`--header` takes KEY=VALUE');
    args.headers[h.slice(0, eq).trim()] = h.slice(eq + 1);
  }
  if (values.timeout !== undefined) {
    const ms = Number(values.timeout);
    if (!Number.isInteger(ms) || ms < 100 || ms > 600_000)
      throw new UsageError('`--timeout` is milliseconds between 100 and 600000');
    args.timeoutMs = ms;
  }
  args.project = projectFromFlag(values.project, env, cwd);
  return args;
}

/**
 * Stream the log through the OTel model into the sink (none for a dry run) and
 * count what went where. Any failure is a UserError (exit 1): a log that cannot
 * be read names the file; a refusing receiver says what it accepted before.
 */
export async function exportLog(
  args: ExportArgs,
  opts: { onRead?: (bytes: number) => void } = {},
): Promise<Record<string, unknown>> {
  const stats = newStreamStats();
  const model = new OtelModel();
  const resource = {
    'service.name': '2l-pack',
    // The one-shot's own metric series: never the live exporter's (whose counters start at the server's
    // start), and one per host and project folder, as OpenTelemetry asks of an instance id.
    'service.instance.id': `2l-export-${createHash('sha256').update(`${os.hostname()}\0${args.project}`).digest('hex').slice(0, 16)}`,
    '2l.project.name': path.basename(args.project),
    'host.name': os.hostname(),
  };
  const metrics = new OtelMetrics(resource);
  /** The first and last exported event's time: the metric points' start and time, the same on every re-export. */
  let window: { startMs: number; endMs: number } | undefined;
  let metricPoints = 0;
  const sink =
    args.dryRun || !args.endpoint
      ? undefined
      : new OtlpSink({ endpoint: args.endpoint, headers: args.headers, timeoutMs: args.timeoutMs, resource });
  const streamOpts = { stats, ...(args.sinceMs !== undefined ? { since: new Date(args.sinceMs) } : {}) };
  const result = () => ({
    project: args.project,
    // Printed, so a password in the URL is masked.
    ...(args.endpoint ? { endpoint: redactString(args.endpoint) } : {}),
    ...(sink
      ? {
          traces_url: redactString(sink.urls.traces),
          logs_url: redactString(sink.urls.logs),
          metrics_url: redactString(sink.urls.metrics),
        }
      : {}),
    dry_run: !sink,
    files: stats.files,
    lines: stats.lines,
    malformed: stats.malformed + stats.truncated + stats.oversized,
    bad_timestamps: model.counts.badTimestamps,
    events: model.counts.events,
    sessions: model.counts.sessions,
    agent_spans: model.counts.agentSpans,
    tool_spans: model.counts.toolSpans,
    unfinished_tool_calls: model.counts.unfinished,
    spans: model.counts.sessions + model.counts.agentSpans + model.counts.toolSpans,
    logs: model.counts.logs,
    metric_points: metricPoints,
    ...(window
      ? { metrics_start: new Date(window.startMs).toISOString(), metrics_time: new Date(window.endMs).toISOString() }
      : {}),
    ...(sink ? { sent: sink.sent } : {}),
  });
  try {
    for await (const event of streamEvents(args.project, streamOpts)) {
      opts.onRead?.(stats.bytes);
      if (args.session !== undefined && event.session_id !== args.session) continue;
      for (const op of model.add(event)) if (sink) await sink.apply(op);
      const ms = Date.parse(event.timestamp);
      if (!Number.isFinite(ms)) continue; // the model skips it too
      metrics.add(event);
      window = window
        ? { startMs: Math.min(window.startMs, ms), endMs: Math.max(window.endMs, ms) }
        : { startMs: ms, endMs: ms };
    }
    for (const op of model.finish()) if (sink) await sink.apply(op);
    if (window) {
      const rm = await metrics.collect(window);
      metricPoints = OtelMetrics.points(rm);
      if (sink && metricPoints > 0) {
        await sink.flush(); // spans and logs first: a refusal names their URL, as before metrics existed
        await sink.sendMetrics(rm, metricPoints);
      }
    }
    if (sink && model.counts.events > 0) await sink.close();
  } catch (err) {
    const sent =
      err instanceof UserError && sink
        ? ` (${sink.sent.spans} spans and ${sink.sent.logs} logs were accepted before that)`
        : '';
    throw new UserError(`${errorMessage(err)}${sent}`);
  } finally {
    await metrics.shutdown();
  }
  return result();
}

export function renderExport(r: Record<string, unknown>, args: ExportArgs): string {
  if (args.json) return JSON.stringify(r, null, 2);
  const skipped = [
    r.malformed ? `${r.malformed} malformed line${r.malformed === 1 ? '' : 's'}` : '',
    r.bad_timestamps ? `${r.bad_timestamps} event${r.bad_timestamps === 1 ? '' : 's'} without a valid timestamp` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const scope = [
    args.sinceMs !== undefined ? `since ${new Date(args.sinceMs).toISOString()}` : '',
    args.session ? `session ${args.session}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (r.events === 0)
    return `export: no events to export in \`${eventsPath(args.project)}\`${scope ? ` (${scope})` : ''}${skipped ? `; skipped ${skipped}` : ''}; nothing sent.`;
  const n = (v: unknown, one: string) => `${v} ${one}${v === 1 ? '' : 's'}`;
  const agents = r.agent_spans ? `${n(r.agent_spans, 'subagent')}, ` : '';
  const what = `${n(r.spans, 'span')} (${n(r.sessions, 'session')}, ${agents}${n(r.tool_spans, 'tool call')}${r.unfinished_tool_calls ? `, ${r.unfinished_tool_calls} unfinished` : ''}) and ${n(r.logs, 'log')} from ${n(r.events, 'event')} in ${n(r.files, 'file')}${scope ? ` (${scope})` : ''}`;
  const lines = [
    r.dry_run ? `export (dry run): would send ${what}.` : `export: sent ${what} to ${r.traces_url} and ${r.logs_url}.`,
  ];
  if (r.metric_points)
    lines.push(
      `${r.dry_run ? 'would send' : 'sent'} ${n(r.metric_points, 'metric point')} (cumulative from ${r.metrics_start} to ${r.metrics_time})${r.dry_run ? '' : ` to ${r.metrics_url}`}.`,
    );
  if (skipped) lines.push(`skipped ${skipped}.`);
  return lines.join('\n');
}
