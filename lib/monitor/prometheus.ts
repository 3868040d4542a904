/**
 * Prometheus text exposition (format 0.0.4) of the same figures as the
 * dashboard's `/api/summary`. Pure: a `Summary` in, a string out.
 * Durations are exported in seconds (the base unit), counters end in `_total`,
 * labels stay low-cardinality: tool names, event types, states, target keys,
 * never ids or paths. A tool name is the repository's to choose (MCP servers
 * name their own tools), so past MAX_TOOL_LABELS distinct tools the rest are
 * summed into `tool="other"`, and past MAX_METRIC_SERIES custom series the
 * rest are counted, not exposed (`label_overflow`).
 */
import type { DurationStats } from './percentiles.ts';
import type { Summary, ToolTotals } from './summary.ts';
import type { MetricSeries } from './metrics.ts';
import type { TargetStatus } from './alerts.ts';

/** Distinct `tool` label values; the first seen keep their own series (a series does not hop as counts change). */
export const MAX_TOOL_LABELS = 40;
/** Custom metric series (`2l metric`: name and labels) exposed; the rest are counted in `label_overflow`. */
export const MAX_METRIC_SERIES = 100;
export const OTHER = 'other';

/** A histogram's figures: bounds in ms, cumulative counts, total count and sum (ms). */
interface HistogramData {
  bounds: readonly number[];
  counts: readonly number[];
  count: number;
  sum: number;
}

const histogramOf = (s: DurationStats): HistogramData => ({
  bounds: s.exportBounds,
  counts: s.exportCounts,
  count: s.count,
  sum: s.sum,
});

export const PROM_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
export const PROM_PREFIX = 'twol_';

type Labels = Readonly<Record<string, string>>;

/** Label values escape backslash, double quote and newline. */
export function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Go-compatible sample values: integers plain, floats in shortest form, specials spelled out. */
export function formatValue(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

function labelText(labels: Labels): string {
  const keys = Object.keys(labels);
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}="${escapeLabelValue(labels[k]!)}"`).join(',')}}`;
}

export class Writer {
  private readonly lines: string[] = [];

  family(name: string, type: 'counter' | 'gauge' | 'histogram' | 'summary', help: string): void {
    this.lines.push(`# HELP ${PROM_PREFIX}${name} ${escapeHelp(help)}`, `# TYPE ${PROM_PREFIX}${name} ${type}`);
  }

  sample(name: string, value: number, labels: Labels = {}): void {
    this.lines.push(`${PROM_PREFIX}${name}${labelText(labels)} ${formatValue(value)}`);
  }

  /** Cumulative buckets in seconds from DurationStats' millisecond export counts. */
  histogram(name: string, stats: DurationStats | HistogramData, labels: Labels = {}): void {
    const h = 'exportBounds' in stats ? histogramOf(stats) : stats;
    h.bounds.forEach((ms, i) => this.sample(`${name}_bucket`, h.counts[i]!, { ...labels, le: formatValue(ms / 1000) }));
    this.sample(`${name}_bucket`, h.count, { ...labels, le: '+Inf' });
    this.sample(`${name}_sum`, h.sum / 1000, labels);
    this.sample(`${name}_count`, h.count, labels);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const PLAN_STATES = ['none', 'running', 'complete'] as const;

interface ToolRow {
  calls: number;
  failures: number;
  stats: HistogramData;
}

/**
 * Per-tool figures with at most `max` label values: the first `max - 1` tools
 * seen keep their name, the rest are summed into `other` (counts, sums and
 * buckets add up, so rates and quantiles over all tools stay right).
 */
export function boundedTools(tools: ReadonlyMap<string, ToolTotals>, max = MAX_TOOL_LABELS): Array<[string, ToolRow]> {
  const rows: Array<[string, ToolRow]> = [];
  let other: ToolRow | undefined;
  for (const [tool, t] of tools) {
    if (tools.size <= max || rows.length < max - 1) {
      rows.push([
        tool === OTHER ? `${OTHER}_` : tool,
        { calls: t.calls, failures: t.failures, stats: histogramOf(t.stats) },
      ]);
      continue;
    }
    const h = histogramOf(t.stats);
    if (!other)
      other = { calls: 0, failures: 0, stats: { bounds: h.bounds, counts: h.bounds.map(() => 0), count: 0, sum: 0 } };
    other.calls += t.calls;
    other.failures += t.failures;
    other.stats = {
      bounds: h.bounds,
      counts: other.stats.counts.map((c, i) => c + h.counts[i]!),
      count: other.stats.count + h.count,
      sum: other.stats.sum + h.sum,
    };
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (other) rows.push([OTHER, other]);
  return rows;
}

const ALERT_STATES = ['ok', 'pending', 'firing'] as const;

/** The alert engine's targets: state (1 for the current one), value and threshold, by target key. */
export function renderAlerts(w: Writer, rows: readonly TargetStatus[]): void {
  if (rows.length === 0) return;
  w.family('alert_state', 'gauge', 'State of each performance target: 1 for its current state (ok, pending, firing).');
  for (const r of rows)
    for (const state of ALERT_STATES)
      w.sample('alert_state', r.status === state ? 1 : 0, {
        target: r.key,
        severity: r.status === 'ok' ? 'none' : (r.severity ?? 'warning'),
        state,
      });
  w.family('target_threshold', 'gauge', 'Threshold of each performance target, in its own unit.');
  for (const r of rows) w.sample('target_threshold', r.target, { target: r.key, unit: r.unit });
  w.family('target_value', 'gauge', 'Current value of each measured performance target, in its own unit.');
  for (const r of rows) if (r.current !== null) w.sample('target_value', r.current, { target: r.key, unit: r.unit });
}

export function renderPrometheus(
  summary: Summary,
  now: Date = new Date(),
  alerts: readonly TargetStatus[] = [],
): string {
  const s = summary.snapshot(now);
  const w = new Writer();

  w.family('events_total', 'counter', 'Events read from the 2L log, by event type.');
  const types = Object.keys(s.by_type).sort();
  for (const type of types) w.sample('events_total', s.by_type[type]!, { type });

  w.family('malformed_lines_total', 'counter', 'Log lines skipped because they were not 2L events.');
  w.sample('malformed_lines_total', s.malformed);

  w.family('errors_total', 'counter', 'Error events (tool failures, stop errors, events carrying an error).');
  w.sample('errors_total', s.errors.count);

  w.family('sessions', 'gauge', 'Claude Code sessions seen in the log, by state.');
  const ended = s.sessions.filter((x) => x.ended !== undefined).length;
  w.sample('sessions', s.sessions.length - ended, { state: 'open' });
  w.sample('sessions', ended, { state: 'ended' });

  w.family(
    'agents',
    'gauge',
    'Agents started and not completed, by state (orphaned: no completion after the timeout or after their session ended).',
  );
  w.sample('agents', s.agents.active.length, { state: 'active' });
  w.sample('agents', s.agents.orphaned.length, { state: 'orphaned' });

  w.family('agents_completed_total', 'counter', 'Agent completions seen in the log.');
  w.sample('agents_completed_total', s.agents.completed);

  w.family('plan_status', 'gauge', 'State of the 2L plan: 1 for the current state, 0 for the others.');
  for (const state of PLAN_STATES) w.sample('plan_status', s.plan.status === state ? 1 : 0, { status: state });

  w.family('phases', 'gauge', 'Phases entered in the current plan.');
  w.sample('phases', s.phases.length);

  const tools = boundedTools(summary.toolStats());
  w.family('tool_calls_total', 'counter', 'Completed tool calls (success or failure), by tool.');
  for (const [tool, t] of tools) w.sample('tool_calls_total', t.calls, { tool });
  w.family('tool_failures_total', 'counter', 'Failed tool calls, by tool.');
  for (const [tool, t] of tools) w.sample('tool_failures_total', t.failures, { tool });
  w.family('tool_duration_seconds', 'histogram', 'Tool call duration as reported by Claude Code, by tool.');
  for (const [tool, t] of tools) w.histogram('tool_duration_seconds', t.stats, { tool });

  w.family('hook_duration_seconds', 'histogram', 'Time the 2L hook took per event before its write (hook overhead).');
  w.histogram('hook_duration_seconds', summary.hookStats());

  renderMetricSeries(w, s.metrics.series);
  renderAlerts(w, alerts);

  if (s.last) {
    const t = Date.parse(s.last);
    if (Number.isFinite(t)) {
      w.family('last_event_timestamp_seconds', 'gauge', 'Unix time of the newest event in the log.');
      w.sample('last_event_timestamp_seconds', t / 1000);
    }
  }
  return w.text();
}

/**
 * What orchestrators report (`2l metric`): one gauge and one summary family for
 * all of them, the metric's name a label. A name an orchestrator chose
 * (`build_ms`, `buildTime`) would break promtool's lint as a metric name, and
 * two of them could collide after rewriting; as a label value it needs neither.
 */
export function renderMetricSeries(w: Writer, all: readonly MetricSeries[]): void {
  if (all.length === 0) return;
  const series = all.slice(0, MAX_METRIC_SERIES);
  w.family('label_overflow', 'gauge', 'Series not exposed because a family reached its cap of distinct label values.');
  w.sample('label_overflow', all.length - series.length, { family: 'metric_value' });
  const labelsOf = (m: MetricSeries) => ({ name: m.name, ...m.labels });
  w.family('metric_value', 'gauge', 'Newest value of each metric orchestrators reported (2l metric), in its own unit.');
  for (const m of series) w.sample('metric_value', m.last, m.unit ? { ...labelsOf(m), unit: m.unit } : labelsOf(m));
  w.family(
    'metric_observations',
    'summary',
    'Values reported per metric: quantiles of the newest 256, sum and count of all.',
  );
  for (const m of series) {
    w.sample('metric_observations', m.p50, { ...labelsOf(m), quantile: '0.5' });
    w.sample('metric_observations', m.p95, { ...labelsOf(m), quantile: '0.95' });
    w.sample('metric_observations_sum', m.sum, labelsOf(m));
    w.sample('metric_observations_count', m.count, labelsOf(m));
  }
}
