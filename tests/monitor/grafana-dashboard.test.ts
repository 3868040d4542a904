import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { defaultPerfConfig, parsePerfConfig } from '../../lib/monitor/config.ts';
import { DASHBOARD_UID, grafanaDashboard, renderDashboardFile } from '../../lib/monitor/grafana-dashboard.ts';
import { ROOT } from '../util/claude.ts';
import { runSync } from '../util/run.ts';

const FILE = path.join(ROOT, 'docs', 'ops', '2l-grafana-dashboard.json');

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { h: number; w: number; x: number; y: number };
  datasource: { type: string; uid: string };
  targets: Array<{ refId: string; expr: string; datasource: { type: string; uid: string } }>;
  fieldConfig: { defaults: { thresholds: { steps: Array<{ value: number | null }> } } };
}
const committed = () => JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, any> & { panels: Panel[] };
/** Grafana's variables in the forms a Prometheus query can hold, as PromQL Prometheus itself parses. */
const asPromQL = (expr: string) =>
  expr
    .replace(/\$__rate_interval/g, '5m')
    .replace(/\$__range/g, '6h')
    .replace(/\$project/g, '.*');

const file = suite('docs/ops/2l-grafana-dashboard.json');
file('is the generator output for the default targets (regenerate with `npm run gen:ops`)', () => {
  assert.fixture(fs.readFileSync(FILE, 'utf8'), renderDashboardFile(defaultPerfConfig()));
});
file("has the dashboard schema's required fields", () => {
  const d = committed();
  assert.is(d.title, '2L pack');
  assert.is(d.uid, DASHBOARD_UID);
  assert.ok(Number.isInteger(d.schemaVersion) && d.schemaVersion >= 36, String(d.schemaVersion));
  assert.ok(Array.isArray(d.panels) && d.panels.length > 0);
  const ids = new Set<number>();
  for (const p of d.panels) {
    assert.ok(Number.isInteger(p.id) && !ids.has(p.id), `panel id ${p.id}`);
    ids.add(p.id);
    assert.ok(['timeseries', 'table', 'bargauge', 'stat'].includes(p.type), p.type);
    assert.type(p.title, 'string');
    const g = p.gridPos;
    for (const k of ['h', 'w', 'x', 'y'] as const) assert.ok(Number.isInteger(g[k]) && g[k] >= 0, `${p.title} ${k}`);
    assert.ok(g.w >= 1 && g.x + g.w <= 24, `${p.title} fits the 24-column grid`);
    assert.equal(p.datasource, { type: 'prometheus', uid: '${datasource}' });
    assert.ok(p.targets.length > 0, p.title);
    for (const t of p.targets) {
      assert.type(t.expr, 'string');
      assert.match(t.refId, /^[A-Z]$/);
      assert.equal(t.datasource, p.datasource);
    }
  }
  const vars = d.templating.list.map((v: { name: string; type: string }) => `${v.name}:${v.type}`);
  assert.equal(vars, ['datasource:datasource', 'project:query']);
});
file('no two panels overlap on the grid', () => {
  const cells = new Set<string>();
  for (const p of committed().panels)
    for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++)
      for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
        assert.not.ok(cells.has(`${x},${y}`), `${p.title} overlaps at ${x},${y}`);
        cells.add(`${x},${y}`);
      }
});
file('covers what the issue asks: tool p50/p95/p99, failure rate, hook wait, tokens, cost, agents, alerts', () => {
  const exprs = committed()
    .panels.flatMap((p) => p.targets.map((t) => t.expr))
    .join('\n');
  for (const q of ['0.5', '0.95', '0.99'])
    assert.ok(exprs.includes(`histogram_quantile(${q}, sum by (tool, le) (rate(twol_tool_duration_seconds_bucket`), q);
  for (const needle of [
    'twol_tool_failures_total',
    'twol_hook_duration_seconds_bucket',
    'sum by (project, model) (rate(twol_tokens_total',
    'sum by (project, model) (rate(twol_cost_usd_total',
    'twol_agents{project=~"$project",state="active"}',
    'twol_alert_state',
    'ALERTS{alertname=~"TwoL.*"}',
  ])
    assert.ok(exprs.includes(needle), needle);
});
file('every PromQL expression parses (promtool check rules on a throwaway rule per expression)', () => {
  const exprs = committed().panels.flatMap((p) => p.targets.map((t) => asPromQL(t.expr)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), '2l-grafana-'));
  const rules = path.join(dir, 'panels.rules.yml');
  const check = (list: string[]) => {
    fs.writeFileSync(
      rules,
      stringify({ groups: [{ name: 'panels', rules: list.map((expr, i) => ({ alert: `Panel${i}`, expr })) }] }),
    );
    return runSync('promtool', ['check', 'rules', rules], { timeoutMs: 60_000 });
  };
  const r = check(exprs);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`SUCCESS: ${exprs.length} rules found`));
  // The check can fail: a broken expression is refused.
  const bad = check([...exprs, 'histogram_quantile(0.95, sum by (le) (rate(x[5m]))']);
  assert.is(bad.code, 1, bad.stdout);
});
file('the threshold lines follow the config', () => {
  const steps = (d: ReturnType<typeof grafanaDashboard>, title: string) =>
    (d.panels as Panel[])
      .find((p) => p.title.startsWith(title))!
      .fieldConfig.defaults.thresholds.steps.map((s) => s.value);
  const d = grafanaDashboard(defaultPerfConfig());
  assert.equal(steps(d, 'Hook wait'), [null, 0.2]);
  assert.equal(steps(d, 'Tool failure rate'), [null, 0.1]);
  const custom = grafanaDashboard(
    parsePerfConfig('performance: { targets: { hook_ms: 50, tool_failure_rate: null } }', 'c').config,
  );
  assert.equal(steps(custom, 'Hook wait'), [null, 0.05]);
  assert.equal(steps(custom, 'Tool failure rate'), [null]);
});
file.run();
