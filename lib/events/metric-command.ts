/**
 * The `metric` command (`lib/bin/metric.ts` only runs it): one measurement an
 * orchestrator reports, written as a `metric` event through the hook's writer,
 * so it reaches the same targets, `/metrics` and OTLP as the built-in figures.
 */
import { DEFAULT_AGENT, DEFAULT_PHASE, type TwoLEvent } from './format.ts';
import { emittedEvent } from './emit-command.ts';
import { METRIC_EVENT_TYPE, buildMetricPayload } from './metric.ts';
import { cleanPayload } from './redact.ts';
import { SHARED_OPTIONS, UsageError, parseCliArgs, projectFromFlag, unexpectedArgument } from '../shared/cli.ts';

export const METRIC_HELP = `Usage: metric NAME VALUE [options]

Append one \`metric\` event (a measurement) to <project>/.2L/events.jsonl.
It shows in /2l-status, the dashboard, /metrics (twol_metric_NAME) and OTLP
exports (twol_metric_value{name="NAME"}), and a target can be declared on
NAME in .2L/config.yaml.

  NAME             letters, digits and _ (a letter or _ first), up to 64
  VALUE            a plain decimal number (12, 0.35, -4, 1e3), |VALUE| < 1e15

Options:
  --unit U         unit of VALUE (ms, s, bytes, %, tasks/h; up to 16 characters)
  --label k=v      a label (repeatable, up to 8; values up to 128 characters)
  --phase P        orchestration phase (default: ${DEFAULT_PHASE})
  --agent ID       agent id (default: ${DEFAULT_AGENT})
  --session ID     Claude Code session id
  --project DIR    project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help       show this help

Exit codes: 0 written, 1 could not write, 2 bad arguments.`;

const VALUE_OPTIONS = new Set(['--unit', '--label', '--phase', '--agent', '--session', '--project']);

/**
 * `2l metric delta -4`: parseArgs would read `-4` as an option. A negative
 * number that is not an option's value moves after `--`, keeping its order.
 */
function negativesAsPositionals(argv: string[]): string[] {
  const end = argv.indexOf('--');
  const head = end === -1 ? argv : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end + 1);
  const kept: string[] = [];
  const moved: string[] = [];
  head.forEach((a, i) => {
    const isValue = i > 0 && VALUE_OPTIONS.has(head[i - 1]!);
    (!isValue && /^-(\d|\.\d)/.test(a) ? moved : kept).push(a);
  });
  return moved.length === 0 && end === -1 ? argv : [...kept, '--', ...moved, ...tail];
}

export function buildMetricEvent(
  argv: string[],
  now: Date,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): { project: string; event: TwoLEvent } | 'help' {
  const { values, positionals } = parseCliArgs({
    args: negativesAsPositionals(argv),
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      label: { type: 'string', multiple: true },
      phase: { type: 'string' },
      agent: { type: 'string' },
      session: { type: 'string' },
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  const [name, value, ...extra] = positionals;
  if (name === undefined || value === undefined) throw new UsageError('`NAME` and `VALUE` are required (see --help)');
  if (extra.length > 0) throw unexpectedArgument(extra[0]!);
  const payload = buildMetricPayload(name, value, values.unit, values.label ?? []);
  if (typeof payload === 'string') throw new UsageError(payload);
  const data = `${payload.name}=${payload.value}${payload.unit ? ` ${payload.unit}` : ''}`;
  const event = emittedEvent(METRIC_EVENT_TYPE, data, values, now);
  // Label values may be anything a caller had at hand: redacted like every payload.
  event.payload = cleanPayload(payload);
  return { project: projectFromFlag(values.project, env, cwd), event };
}
