/**
 * `query '<JSONPath>' [--events | --state FILE] [--since DURATION] [--project DIR] [--compact] [--time]`
 * The `/2l-query` command: JSONPath over the event log or a state file; prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { recordTiming } from '../monitor/alert-store.ts';
import { parseSince } from '../shared/duration.ts';
import { newStreamStats } from '../events/stream.ts';
import { loadPerfConfig } from '../monitor/config.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { checkJsonPath, evaluate, loadEvents, loadStateFile } from '../monitor/query.ts';

const HELP = `Usage: query '<JSONPath>' [options]

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

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const t0 = performance.now();
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        events: { type: 'boolean' },
        state: { type: 'string' },
        since: { type: 'string' },
        compact: { type: 'boolean' },
        time: { type: 'boolean' },
        project: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`query: ${(err as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const usage = (msg: string) => {
    process.stderr.write(`query: ${msg}\n`);
    return 2;
  };
  if (positionals.length === 0) return usage("a JSONPath expression is required, e.g. query '$[*].event_type' (see --help)");
  if (positionals.length > 1) return usage(`unexpected argument \`${positionals[1]!.slice(0, 80)}\`; quote the expression in single quotes`);
  if (values.events && values.state !== undefined) return usage('choose one of `--events` and `--state`');
  if (values.state !== undefined && values.since !== undefined) return usage('`--since` applies to `--events` only');
  const expr = positionals[0]!;
  let since: Date | undefined;
  try {
    if (values.since !== undefined) since = parseSince(values.since);
  } catch (err) {
    return usage(`\`--since\`: ${(err as Error).message}`);
  }
  try {
    checkJsonPath(expr);
  } catch (err) {
    return usage((err as Error).message);
  }
  const project = resolveProjectDir([values.project ? (values.project.startsWith('/') ? values.project : `${process.cwd()}/${values.project}`) : undefined, process.env.CLAUDE_PROJECT_DIR], process.cwd());
  let json: unknown;
  const stats = newStreamStats();
  try {
    json = values.state !== undefined ? loadStateFile(values.state, process.cwd()) : await loadEvents(project, since, stats);
  } catch (err) {
    process.stderr.write(`query: ${(err as Error).message}\n`);
    return 1;
  }
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  let result: unknown[];
  try {
    result = evaluate(expr, json);
  } catch (err) {
    return usage((err as Error).message);
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu1);
  process.stdout.write(`${values.compact ? JSON.stringify(result) : JSON.stringify(result, null, 2)}\n`);
  const bad = stats.malformed + stats.truncated + stats.oversized;
  if (bad > 0) process.stderr.write(`query: skipped ${bad} unreadable log line${bad === 1 ? '' : 's'}\n`);
  const loaded = loadPerfConfig(project);
  if (loaded.config.alerts.enabled) recordTiming(project, 'state_query_ms', 'query p95', t2 - t1, loaded.config);
  if (values.time) {
    const n = Array.isArray(json) && values.state === undefined ? `${json.length} events` : 'state file';
    process.stderr.write(`query: load ${(t1 - t0).toFixed(1)} ms, query ${(t2 - t1).toFixed(1)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms) over ${n}, ${result.length} match${result.length === 1 ? '' : 'es'}, total ${(performance.now() - t0).toFixed(1)} ms\n`);
  }
  return 0;
}

main().then((code) => (process.exitCode = code));
