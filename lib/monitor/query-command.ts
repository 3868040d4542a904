/**
 * The `/2l-query` command (`lib/bin/query.ts` only runs it): JSONPath over the
 * event log or a state file; prints the matches as JSON. A query slower than
 * the `state_query_ms` target feeds the alert store.
 */
import { performance } from 'node:perf_hooks';
import { recordTiming } from './alert-store.ts';
import { newStreamStats } from '../events/stream.ts';
import { loadPerfConfig } from './config.ts';
import { checkJsonPath, evaluate, loadEvents, loadStateFile, streamQuery, streamable } from './query.ts';
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

export const QUERY_HELP = `Usage: query '<JSONPath>' [options]

Evaluate a JSONPath expression (jsonpath-plus syntax) and print the matches
as a JSON array.

Source (one of):
  --events          the event log as one array, oldest first: archives, then
                    .2L/events.jsonl (default)
  --state FILE      a YAML or JSON file (e.g. .2L/config.yaml)

Options:
  --since DURATION  with --events: only events from the last DURATION
                    (15m, 2h, 1d) or since an ISO 8601 time
  --compact         one-line JSON
  --time            report the time taken on stderr (load, query, total)
  --project DIR     project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help        show this help

Examples:
  query '$[?(@.event_type=="tool_error")].data' --since 1h
  query '$[?(@.duration_ms > 1000)].tool_name'
  query '$.performance.targets' --state .2L/config.yaml

Quote the expression in single quotes: it starts with \`$\`.
A query slower than the state_query_ms target in .2L/config.yaml raises a
performance_alert. Exit codes: 0 printed (also when nothing matched),
1 the source could not be read, 2 bad arguments or an invalid expression.`;

export interface QueryArgs {
  expr: string;
  /** A state file, relative to `cwd`; absent: the event log. */
  state?: string;
  since?: Date;
  compact: boolean;
  time: boolean;
  project: string;
  cwd: string;
}

export function parseQueryArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): QueryArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      events: { type: 'boolean' },
      state: { type: 'string' },
      since: SHARED_OPTIONS.since,
      compact: { type: 'boolean' },
      time: { type: 'boolean' },
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0)
    throw new UsageError("a JSONPath expression is required, e.g. query '$[*].event_type' (see --help)");
  if (positionals.length > 1) throw unexpectedArgument(positionals[1]!, '; quote the expression in single quotes');
  if (values.events && values.state !== undefined) throw new UsageError('choose one of `--events` and `--state`');
  if (values.state !== undefined && values.since !== undefined)
    throw new UsageError('`--since` applies to `--events` only');
  const since = sinceFromFlag(values.since);
  const expr = positionals[0]!;
  checkJsonPath(expr);
  const args: QueryArgs = {
    expr,
    compact: values.compact ?? false,
    time: values.time ?? false,
    project: projectFromFlag(values.project, env, cwd),
    cwd,
  };
  if (values.state !== undefined) args.state = values.state;
  if (since) args.since = since;
  return args;
}

export interface QueryRun {
  /** The matches as JSON, one line with `--compact`. */
  output: string;
  /** Lines for stderr: skipped log lines, and the timings with `--time`. */
  notes: string[];
}

/** Load the source, evaluate, and record the query's time for the alert store. */
export async function runQuery(args: QueryArgs, opts: { onRead?: (bytes: number) => void } = {}): Promise<QueryRun> {
  const t0 = performance.now();
  const stats = newStreamStats();
  const streamed = args.state === undefined && streamable(args.expr);
  let result: unknown[];
  let over: string;
  let loadMs: number;
  let queryMs: number;
  let cpuMs: number;
  try {
    if (streamed) {
      const r = await streamQuery(args.project, args.expr, { since: args.since, stats, onRead: opts.onRead });
      result = r.matches;
      queryMs = r.evalMs;
      cpuMs = r.cpuMs;
      loadMs = performance.now() - t0 - queryMs;
      over = `${r.events} events`;
    } else {
      const json =
        args.state !== undefined
          ? loadStateFile(args.state, args.cwd)
          : await loadEvents(args.project, args.since, stats, opts.onRead);
      const t1 = performance.now();
      const cpu1 = process.cpuUsage();
      result = evaluate(args.expr, json);
      const cpu = process.cpuUsage(cpu1);
      loadMs = t1 - t0;
      queryMs = performance.now() - t1;
      cpuMs = (cpu.user + cpu.system) / 1000;
      over = Array.isArray(json) && args.state === undefined ? `${json.length} events` : 'state file';
    }
  } catch (err) {
    throw err instanceof UserError ? err : new UserError(errorMessage(err));
  }
  const notes: string[] = [];
  const bad = stats.malformed + stats.truncated + stats.oversized;
  if (bad > 0) notes.push(`skipped ${bad} unreadable log line${bad === 1 ? '' : 's'}`);
  const loaded = loadPerfConfig(args.project);
  if (loaded.config.alerts.enabled) recordTiming(args.project, 'state_query_ms', 'query p95', queryMs, loaded.config);
  if (args.time) {
    notes.push(
      `load ${loadMs.toFixed(1)} ms, query ${queryMs.toFixed(1)} ms (cpu ${cpuMs.toFixed(1)} ms) over ${over}, ${result.length} match${result.length === 1 ? '' : 'es'}, total ${(performance.now() - t0).toFixed(1)} ms`,
    );
  }
  return { output: args.compact ? JSON.stringify(result) : JSON.stringify(result, null, 2), notes };
}
