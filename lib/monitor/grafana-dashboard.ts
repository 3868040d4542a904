/**
 * The Grafana dashboard a team imports for 2L's `/metrics`, built from the same
 * PerfConfig as the alerting rules (ops-targets.ts): the hook and failure-rate
 * panels draw their target as a threshold line. Pure: a config in, the
 * dashboard's JSON text out; `scripts/gen-ops.mjs` writes
 * `docs/ops/2l-grafana-dashboard.json`, and a test fails when the committed
 * file is not this output.
 *
 * The data source is a dashboard variable (not an import-time `__inputs`
 * placeholder), so the file works both through "Import dashboard" and through
 * file provisioning. `project` is a label the team's scrape config adds per
 * target (docs/ops/README.md); without it the selector matches every series.
 */
import type { PerfConfig } from './config.ts';
import { PROM_PREFIX } from './prometheus.ts';

export const DASHBOARD_UID = 'twol-pack';
/** Grafana 10/11 dashboards; older Grafanas migrate up, never down. */
export const SCHEMA_VERSION = 39;

const DS = { type: 'prometheus', uid: '${datasource}' } as const;
const SEL = '{project=~"$project"}';
const m = (family: string, selector = SEL): string => `${PROM_PREFIX}${family}${selector}`;
const RATE = '[$__rate_interval]';

interface Target {
  expr: string;
  legendFormat: string;
  instant?: boolean;
  format?: 'table';
}

interface PanelSpec {
  type: 'timeseries' | 'table' | 'bargauge' | 'stat';
  title: string;
  description: string;
  unit: string;
  w: number;
  h: number;
  targets: Target[];
  /** A target drawn as a red line, in the panel's unit. */
  threshold?: number;
}

const quantiles = (family: string, by: string, legend: string): Target[] =>
  [0.5, 0.95, 0.99].map((q) => ({
    expr: `histogram_quantile(${q}, sum by (${by}le) (rate(${m(`${family}_bucket`)}${RATE})))`,
    legendFormat: `p${q * 100}${legend}`,
  }));

function specs(config: PerfConfig): PanelSpec[] {
  const { hook_ms, tool_failure_rate } = config.targets;
  const toolQuantile = (q: number): PanelSpec => ({
    type: 'timeseries',
    title: `Tool duration p${q * 100} by tool`,
    description: `p${q * 100} of tool-call duration per tool (twol_tool_duration_seconds).`,
    unit: 's',
    w: 8,
    h: 8,
    targets: [
      {
        expr: `histogram_quantile(${q}, sum by (tool, le) (rate(${m('tool_duration_seconds_bucket')}${RATE})))`,
        legendFormat: '{{tool}}',
      },
    ],
  });
  return [
    toolQuantile(0.5),
    toolQuantile(0.95),
    toolQuantile(0.99),
    {
      type: 'timeseries',
      title: 'Tool failure rate by tool',
      description: 'Failed tool calls of all tool calls, per tool. The line is the `tool_failure_rate` target.',
      unit: 'percentunit',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `sum by (tool) (rate(${m('tool_failures_total')}${RATE})) / sum by (tool) (rate(${m('tool_calls_total')}${RATE}))`,
          legendFormat: '{{tool}}',
        },
      ],
      ...(tool_failure_rate !== null ? { threshold: tool_failure_rate } : {}),
    },
    {
      type: 'timeseries',
      title: 'Hook wait p50 / p95 / p99',
      description:
        "The 2L logger's processing time per hook event (`hook_ms`). Claude Code waits only for the hook's shell front (`npm run bench -- hook-latency`), and tool calls, read from the transcript, have none. The line is the `hook_ms` target.",
      unit: 's',
      w: 12,
      h: 8,
      targets: quantiles('hook_duration_seconds', '', ''),
      ...(hook_ms !== null ? { threshold: hook_ms / 1000 } : {}),
    },
    {
      type: 'timeseries',
      title: 'Tokens per second by model and project',
      description: 'Tokens of API responses (all kinds), per model and project (twol_tokens_total).',
      unit: 'short',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `sum by (project, model) (rate(${m('tokens_total')}${RATE}))`,
          legendFormat: '{{project}} {{model}}',
        },
      ],
    },
    {
      type: 'timeseries',
      title: 'Cost per hour by model and project',
      description: "US dollars per hour at the pack's prices, per model and project (twol_cost_usd_total).",
      unit: 'currencyUSD',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `sum by (project, model) (rate(${m('cost_usd_total')}${RATE})) * 3600`,
          legendFormat: '{{project}} {{model}}',
        },
      ],
    },
    {
      type: 'bargauge',
      title: 'Cost over the time range by model and project',
      description: 'US dollars spent in the selected time range.',
      unit: 'currencyUSD',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `sum by (project, model) (increase(${m('cost_usd_total')}[$__range]))`,
          legendFormat: '{{project}} {{model}}',
          instant: true,
        },
      ],
    },
    {
      type: 'timeseries',
      title: 'Active agents by project',
      description: 'Agents started and not completed (twol_agents{state="active"}).',
      unit: 'short',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `sum by (project) (${m('agents', '{project=~"$project",state="active"}')})`,
          legendFormat: '{{project}}',
        },
      ],
    },
    {
      type: 'table',
      title: 'Targets pending or firing (2L engine)',
      description: "The pack's own verdict per target (twol_alert_state), with its value and threshold.",
      unit: 'short',
      w: 12,
      h: 8,
      targets: [
        {
          expr: `${m('alert_state', '{project=~"$project",state!="ok"}')} == 1`,
          legendFormat: '{{target}} {{state}}',
          instant: true,
          format: 'table',
        },
      ],
    },
    {
      type: 'table',
      title: 'Prometheus alerts from the 2L rules',
      description: 'Alerts of docs/ops/2l-alerts.rules.yml that are pending or firing (ALERTS).',
      unit: 'short',
      w: 12,
      h: 8,
      targets: [
        {
          expr: 'ALERTS{alertname=~"TwoL.*"}',
          legendFormat: '{{alertname}} {{alertstate}}',
          instant: true,
          format: 'table',
        },
      ],
    },
  ];
}

/** Lays the panels out left to right, wrapping at Grafana's 24 columns. */
function panels(config: PerfConfig): object[] {
  let x = 0;
  let y = 0;
  let rowH = 0;
  return specs(config).map((p, i) => {
    if (x + p.w > 24) {
      x = 0;
      y += rowH;
      rowH = 0;
    }
    const gridPos = { h: p.h, w: p.w, x, y };
    x += p.w;
    rowH = Math.max(rowH, p.h);
    const steps: object[] = [{ color: 'green', value: null }];
    if (p.threshold !== undefined) steps.push({ color: 'red', value: p.threshold });
    return {
      id: i + 1,
      type: p.type,
      title: p.title,
      description: p.description,
      datasource: DS,
      gridPos,
      fieldConfig: {
        defaults: {
          unit: p.unit,
          thresholds: { mode: 'absolute', steps },
          ...(p.type === 'timeseries' && p.threshold !== undefined
            ? { custom: { thresholdsStyle: { mode: 'line' } } }
            : {}),
        },
        overrides: [],
      },
      options: {},
      targets: p.targets.map((t, j) => ({
        refId: String.fromCharCode(65 + j),
        datasource: DS,
        expr: t.expr,
        legendFormat: t.legendFormat,
        ...(t.instant ? { instant: true, range: false } : {}),
        ...(t.format ? { format: t.format } : {}),
      })),
    };
  });
}

export function grafanaDashboard(config: PerfConfig): Record<string, unknown> {
  return {
    title: '2L pack',
    uid: DASHBOARD_UID,
    description:
      'Tool latency, failures, hook wait, tokens, cost, agents and alerts from 2L dashboards scraped by Prometheus. Generated by `npm run gen:ops`.',
    tags: ['2l', 'claude-code'],
    editable: true,
    schemaVersion: SCHEMA_VERSION,
    version: 1,
    time: { from: 'now-6h', to: 'now' },
    refresh: '1m',
    timezone: 'browser',
    templating: {
      list: [
        { name: 'datasource', label: 'Prometheus', type: 'datasource', query: 'prometheus', current: {}, hide: 0 },
        {
          name: 'project',
          label: 'Project',
          type: 'query',
          datasource: DS,
          query: { query: `label_values(${PROM_PREFIX}events_total, project)`, refId: 'project' },
          definition: `label_values(${PROM_PREFIX}events_total, project)`,
          includeAll: true,
          multi: true,
          allValue: '.*',
          current: { text: 'All', value: '$__all' },
          refresh: 2,
          hide: 0,
        },
      ],
    },
    annotations: { list: [] },
    panels: panels(config),
  };
}

/** The dashboard file's text: two-space JSON and a final newline, stable from run to run. */
export function renderDashboardFile(config: PerfConfig): string {
  return `${JSON.stringify(grafanaDashboard(config), null, 2)}\n`;
}
