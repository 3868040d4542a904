/**
 * `export --otlp URL [--since DURATION] [--session ID] [--dry-run] [--json]`
 * Sends a project's sessions and tool calls as spans and its events as logs to
 * an OpenTelemetry receiver over OTLP/HTTP.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSince } from '../shared/duration.ts';
import { OtelModel } from '../monitor/otel-model.ts';
import { ExportError, OtlpSink, otlpUrls } from '../monitor/otlp-export.ts';
import { eventsPath, resolveProjectDir } from '../events/project-dir.ts';
import { newStreamStats, streamEvents } from '../events/stream.ts';
import { redactString } from '../events/redact.ts';

const HELP = `Usage: 2l export --otlp URL [options]

Send this project's 2L log (.2L/events.jsonl and its rotated archives) to an
OpenTelemetry receiver over OTLP/HTTP: one \`session\` span per session, one
\`execute_tool <name>\` child span per tool call, one log record per event.

Options:
  --otlp URL          OTLP/HTTP endpoint, e.g. http://localhost:4318
                      (/v1/traces and /v1/logs are appended)
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

class UsageError extends Error {}

interface Args {
  endpoint?: string;
  sinceMs?: number;
  session?: string;
  dryRun: boolean;
  json: boolean;
  headers: Record<string, string>;
  timeoutMs: number;
  project: string;
}

export function parse(argv: string[], now: number): Args {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      otlp: { type: 'string' },
      since: { type: 'string' },
      session: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      header: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      project: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError(HELP);
  if (positionals.length > 0) throw new UsageError(`export: unexpected argument \`${positionals[0]!.slice(0, 80)}\` (see --help)`);
  if (!values.otlp && !values['dry-run']) throw new UsageError('export: `--otlp URL` is required (or `--dry-run`)');
  const args: Args = { dryRun: values['dry-run'], json: values.json, headers: {}, timeoutMs: 10_000, project: '' };
  if (values.otlp !== undefined) {
    try {
      otlpUrls(values.otlp);
    } catch (err) {
      throw new UsageError(`export: ${(err as Error).message}`);
    }
    args.endpoint = values.otlp;
  }
  if (values.since !== undefined) {
    try {
      args.sinceMs = parseSince(values.since, new Date(now)).getTime();
    } catch (err) {
      throw new UsageError(`export: \`--since\`: ${(err as Error).message}`);
    }
  }
  if (values.session !== undefined) args.session = values.session;
  for (const h of values.header ?? []) {
    const eq = h.indexOf('=');
    if (eq <= 0) throw new UsageError('export: `--header` takes KEY=VALUE');
    args.headers[h.slice(0, eq).trim()] = h.slice(eq + 1);
  }
  if (values.timeout !== undefined) {
    const ms = Number(values.timeout);
    if (!Number.isInteger(ms) || ms < 100 || ms > 600_000) throw new UsageError('export: `--timeout` is milliseconds between 100 and 600000');
    args.timeoutMs = ms;
  }
  const dir = values.project;
  args.project = resolveProjectDir([dir && !path.isAbsolute(dir) ? path.resolve(dir) : dir, process.env.CLAUDE_PROJECT_DIR], process.cwd());
  return args;
}

export async function run(args: Args): Promise<Record<string, unknown>> {
  const stats = newStreamStats();
  const model = new OtelModel();
  const sink =
    args.dryRun || !args.endpoint
      ? undefined
      : new OtlpSink({
          endpoint: args.endpoint,
          headers: args.headers,
          timeoutMs: args.timeoutMs,
          resource: { 'service.name': '2l-pack', '2l.project.name': path.basename(args.project), 'host.name': os.hostname() },
        });
  const opts = { stats, ...(args.sinceMs !== undefined ? { since: new Date(args.sinceMs) } : {}) };
  const result = () => ({
    project: args.project,
    // Printed, so a password in the URL is masked.
    ...(args.endpoint ? { endpoint: redactString(args.endpoint) } : {}),
    ...(sink ? { traces_url: redactString(sink.urls.traces), logs_url: redactString(sink.urls.logs) } : {}),
    dry_run: !sink,
    files: stats.files,
    lines: stats.lines,
    malformed: stats.malformed + stats.truncated + stats.oversized,
    bad_timestamps: model.counts.badTimestamps,
    events: model.counts.events,
    sessions: model.counts.sessions,
    tool_spans: model.counts.toolSpans,
    unfinished_tool_calls: model.counts.unfinished,
    spans: model.counts.sessions + model.counts.toolSpans,
    logs: model.counts.logs,
    ...(sink ? { sent: sink.sent } : {}),
  });
  try {
    for await (const event of streamEvents(args.project, opts)) {
      if (args.session !== undefined && event.session_id !== args.session) continue;
      for (const op of model.add(event)) if (sink) await sink.apply(op);
    }
    for (const op of model.finish()) if (sink) await sink.apply(op);
    if (sink && model.counts.events > 0) await sink.close();
  } catch (err) {
    if (err instanceof ExportError) Object.assign(err, { partial: result() });
    throw err;
  }
  return result();
}

function report(r: Record<string, unknown>, args: Args): string {
  if (args.json) return JSON.stringify(r, null, 2);
  const skipped = [r.malformed ? `${r.malformed} malformed line${r.malformed === 1 ? '' : 's'}` : '', r.bad_timestamps ? `${r.bad_timestamps} event${r.bad_timestamps === 1 ? '' : 's'} without a valid timestamp` : ''].filter(Boolean).join(', ');
  const scope = [args.sinceMs !== undefined ? `since ${new Date(args.sinceMs).toISOString()}` : '', args.session ? `session ${args.session}` : ''].filter(Boolean).join(', ');
  if (r.events === 0) return `export: no events to export in \`${eventsPath(args.project)}\`${scope ? ` (${scope})` : ''}${skipped ? `; skipped ${skipped}` : ''}; nothing sent.`;
  const n = (v: unknown, one: string) => `${v} ${one}${v === 1 ? '' : 's'}`;
  const what = `${n(r.spans, 'span')} (${n(r.sessions, 'session')}, ${n(r.tool_spans, 'tool call')}${r.unfinished_tool_calls ? `, ${r.unfinished_tool_calls} unfinished` : ''}) and ${n(r.logs, 'log')} from ${n(r.events, 'event')} in ${n(r.files, 'file')}${scope ? ` (${scope})` : ''}`;
  const lines = [r.dry_run ? `export (dry run): would send ${what}.` : `export: sent ${what} to ${r.traces_url} and ${r.logs_url}.`];
  if (skipped) lines.push(`skipped ${skipped}.`);
  return lines.join('\n');
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let args: Args;
  try {
    args = parse(argv, Date.now());
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof UsageError && err.message === HELP) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node's own wording changes between versions; name the option ourselves.
      const option = /'(-[^']*)'/.exec((err as Error).message)?.[1];
      const what = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'unknown option' : 'missing or invalid value for';
      process.stderr.write(`export: ${what} \`${option ?? '?'}\` (see --help)\n`);
      return 2;
    }
    throw err;
  }
  try {
    const r = await run(args);
    process.stdout.write(`${report(r, args)}\n`);
    return 0;
  } catch (err) {
    const partial = (err as { partial?: { sent?: { spans: number; logs: number } } }).partial;
    const sent = partial?.sent ? ` (${partial.sent.spans} spans and ${partial.sent.logs} logs were accepted before that)` : '';
    process.stderr.write(`export: ${(err as Error).message}${sent}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
    // A refused export leaves the SDK's retry timers and sockets behind; do not wait for them.
    if (code !== 0) process.exit(code);
  },
  (err) => {
    process.stderr.write(`export: internal error: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
