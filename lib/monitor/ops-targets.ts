/**
 * The pack's performance targets as Prometheus alerting rules, so a team's
 * Prometheus judges the same thresholds as `.2L/config.yaml` (and the pack's
 * own engine, alerts.ts) over the `/metrics` families. Pure: a PerfConfig in,
 * rule definitions and the rules file's text out; `scripts/gen-ops.mjs` writes
 * `docs/ops/2l-alerts.rules.yml` from the defaults, and a test fails when the
 * committed file is not that output.
 *
 * What the histograms and counters carry (tool p95 per tool, hook p95, tool
 * failure rate) is computed in PromQL over the alert window, so a fleet's
 * Prometheus sees it per scraped project. Everything else the engine judges
 * from events `/metrics` does not break down (hook error rate, agent spawn,
 * session init, custom metrics, budgets) is taken from the engine's own verdict,
 * `twol_alert_state`, which already applied the pending time.
 *
 * Not encoded: hysteresis (Prometheus resolves as soon as the expression stops
 * matching; `keep_firing_for` is a time, not a margin).
 */
import { stringify } from 'yaml';
import { criticalOf, type Severity } from './alerts.ts';
import type { PerfConfig } from './config.ts';
import { OTHER, PROM_PREFIX } from './prometheus.ts';

export interface OpsAlert {
  /** `alertname`; warning and critical of one target share it and differ in `severity`. */
  name: string;
  expr: string;
  /** Prometheus duration the expression must hold before the alert fires. */
  for: string;
  /** Absent: taken from the series (the engine-state rule). */
  severity?: Severity;
  /** The pack's target key (as in `twol_alert_state{target}`), may hold `{{ $labels.tool }}`. */
  target: string;
  summary: string;
}

export const RULE_GROUP = '2l-targets';

/** `3600000` → `1h`, `30000` → `30s`, `1500` → `1500ms`: the largest unit that divides exactly. */
export function promDuration(ms: number): string {
  if (ms <= 0) return '0s';
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const)
    if (ms % size === 0) return `${ms / size}${unit}`;
  return `${Math.round(ms)}ms`;
}

/** A PromQL string literal (double-quoted: backslash and quote escaped, newline spelled). */
const promString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
/** A name matched literally inside an RE2 regex. */
const reLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Figures in seconds or ratios without float noise (`0.2`, not `0.20000000000000001`). */
const num = (n: number): string => String(Number(n.toPrecision(12)));
/** The `tool` label /metrics gives a configured tool name (prometheus.ts renames a real `other`). */
const toolLabel = (tool: string): string => (tool === OTHER ? `${OTHER}_` : tool);
const m = (family: string): string => `${PROM_PREFIX}${family}`;

/** Target keys computed in PromQL here; the engine-state rule leaves them out. */
const COMPUTED_KEYS = ['hook_ms\\.p95', 'tool_failure_rate', 'tool\\..+\\.p95'];

/** p95 > threshold once the window holds at least `min` samples; labels kept (instance, project, tool). */
function p95Over(family: string, selector: string, window: string, seconds: number, min: number): string {
  return (
    `histogram_quantile(0.95, rate(${m(family)}_bucket${selector}[${window}])) > ${num(seconds)}` +
    ` and increase(${m(family)}_count${selector}[${window}]) >= ${min}`
  );
}

/** Both severities of one threshold: warning past the target, critical past its critical value. */
function pair(
  base: Omit<OpsAlert, 'severity' | 'expr' | 'summary'>,
  target: number,
  critical: number | undefined,
  expr: (threshold: number) => string,
  summary: (threshold: number) => string,
): OpsAlert[] {
  const out: OpsAlert[] = [{ ...base, severity: 'warning', expr: expr(target), summary: summary(target) }];
  if (critical !== undefined)
    out.push({ ...base, severity: 'critical', expr: expr(critical), summary: summary(critical) });
  return out;
}

/** The alert definitions of a config's targets, in a stable order. */
export function opsAlerts(config: PerfConfig): OpsAlert[] {
  const { targets, alerts } = config;
  const window = promDuration(alerts.window_ms);
  const base = { for: promDuration(alerts.pending_ms) };
  const min = alerts.min_samples;
  const out: OpsAlert[] = [];

  if (targets.hook_ms !== null)
    out.push(
      ...pair(
        { ...base, name: 'TwoLHookSlow', target: 'hook_ms.p95' },
        targets.hook_ms,
        criticalOf(config, 'hook_ms', targets.hook_ms),
        (ms) => p95Over('hook_duration_seconds', '', window, ms / 1000, min),
        (ms) => `2L hook p95 over ${window} is {{ $value | humanizeDuration }} (threshold ${num(ms)} ms)`,
      ),
    );

  // One rule per tool, so its `target` label is the engine's key and promtool finds no two rules alike.
  const listed = Object.keys(targets.tool_p95_ms).filter((t) => t !== 'default');
  const toolRules = (selector: string, target: string, ms: number, what: string) =>
    pair(
      { ...base, name: 'TwoLToolSlow', target },
      ms,
      criticalOf(config, 'tool_p95_ms', ms),
      (t) => p95Over('tool_duration_seconds', selector, window, t / 1000, min),
      (t) => `{{ $labels.tool }} p95 over ${window} is {{ $value | humanizeDuration }} (threshold ${num(t)} ms${what})`,
    );
  for (const tool of [...listed].sort()) {
    const ms = targets.tool_p95_ms[tool];
    if (ms !== null && ms !== undefined)
      out.push(...toolRules(`{tool=${promString(toolLabel(tool))}}`, `tool.${tool}.p95`, ms, ''));
  }
  const fallback = targets.tool_p95_ms.default;
  if (fallback !== null && fallback !== undefined) {
    // `other` sums the tools past the label cap: its p95 mixes tools, so no single target fits it.
    const skip = [...listed.map(toolLabel), OTHER].sort();
    out.push(
      ...toolRules(
        `{tool!~${promString(skip.map(reLiteral).join('|'))}}`,
        'tool.{{ $labels.tool }}.p95',
        fallback,
        ', the default',
      ),
    );
  }

  if (targets.tool_failure_rate !== null) {
    const calls = `sum without (tool) (increase(${m('tool_calls_total')}[${window}]))`;
    out.push(
      ...pair(
        { ...base, name: 'TwoLToolFailureRate', target: 'tool_failure_rate' },
        targets.tool_failure_rate,
        criticalOf(config, 'tool_failure_rate', targets.tool_failure_rate, 1),
        (r) =>
          `sum without (tool) (increase(${m('tool_failures_total')}[${window}])) / ${calls} > ${num(r)} and ${calls} >= ${min}`,
        (r) => `2L tool failure rate over ${window} is {{ $value | humanizePercentage }} (threshold ${num(r * 100)} %)`,
      ),
    );
  }

  out.push({
    name: 'TwoLTargetFiring',
    expr: `${m('alert_state')}{state="firing",target!~${promString(COMPUTED_KEYS.join('|'))}} == 1`,
    // The engine fired it after its own pending time.
    for: '0s',
    target: '{{ $labels.target }}',
    summary: '2L target {{ $labels.target }} is firing ({{ $labels.severity }}) on {{ $labels.instance }}',
  });
  return out;
}

const HEADER = [
  '# Prometheus alerting rules for 2L performance targets.',
  '# Generated by `npm run gen:ops` from the pack defaults (lib/monitor/config.ts); do not edit by hand.',
  '# Check: promtool check rules docs/ops/2l-alerts.rules.yml',
  '',
].join('\n');

/** The rules file (Prometheus `rule_files:` format) for `config`. */
export function renderRulesFile(config: PerfConfig): string {
  const rules = opsAlerts(config).map((a) => ({
    alert: a.name,
    expr: a.expr,
    for: a.for,
    labels: { ...(a.severity ? { severity: a.severity } : {}), target: a.target },
    annotations: { summary: a.summary },
  }));
  return HEADER + stringify({ groups: [{ name: RULE_GROUP, rules }] }, { lineWidth: 0 });
}
