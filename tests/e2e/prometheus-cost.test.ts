/**
 * Tokens and cost through a real Prometheus (Debian's `prometheus`): the built
 * dashboard server, fed a log whose sessions are the ccusage fixture
 * transcripts plus one session tracked live (`cost_update` events), is scraped
 * with the user's scrape token (`2l scrape-token`), as docs/ops/README.md tells
 * a team to. What Prometheus stores agrees with `/2l-status --json` to the
 * cent, its token kinds with `ccusage session --json`, follows the log live and
 * survives a server restart with the same credential. Every PromQL expression
 * of the generated Grafana dashboard and alert rules names series the server
 * really exposes, and the three token and cost panels return data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { ROOT, tempDir } from '../util/claude.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { ccusageSessions } from '../util/ccusage.ts';
import { costUpdate } from '../util/cost-events.ts';
import { freePort } from '../util/pg-cluster.ts';
import { startPrometheus, type Prometheus } from '../util/prometheus.ts';
import { run } from '../util/run.ts';
import { runNode } from '../util/run-node.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude');
const FIXTURE_IDS = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
  '55555555-5555-4555-8555-555555555555',
];
const LIVE = 'live-0000-session';
/** The live session's model: none of the fixture transcripts uses it, so ccusage's figures exclude it by label. */
const LIVE_MODEL = 'claude-opus-5';
const DOCS = path.join(ROOT, 'docs', 'ops');

const hook = (type: string, t: number, fields: Partial<TwoLEvent> = {}): TwoLEvent => ({
  ...newEvent(type, type, { agent_id: 'main', ...fields }, new Date(t)),
  source: 'hook',
});

/** The fixture sessions (read from transcripts), a live session with cost, tool calls and an agent. */
function fixture(project: string): void {
  fs.mkdirSync(path.join(project, '.2L'));
  const t0 = Date.now() - 120_000;
  const events: TwoLEvent[] = FIXTURE_IDS.map((id, i) => hook('session_start', t0 + i, { session_id: id }));
  events.push(hook('session_start', t0 + 10, { session_id: LIVE }));
  for (let i = 0; i < 30; i++)
    events.push(
      hook('tool_complete', t0 + 100 + i, {
        session_id: LIVE,
        tool_name: i % 3 ? 'Bash' : 'Read',
        tool_use_id: `t${i}`,
        duration_ms: 20 + i * 11,
        hook_ms: 0.2,
        ...(i === 7 ? { event_type: 'tool_error' } : {}),
      }),
    );
  events.push(hook('agent_start', t0 + 200, { session_id: LIVE, agent_id: 'a1', agent_type: '2l-builder' }));
  events.push(
    costUpdate(LIVE, { model: LIVE_MODEL, input: 1200, output: 300, usd: 0.75, outputUsd: 0.5 }, new Date(t0 + 300)),
  );
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

interface Scene {
  project: string;
  env: NodeJS.ProcessEnv;
  tokenFile: string;
  token: string;
  port: number;
  dash: BuiltDashboard;
}

async function scene(): Promise<Scene> {
  const project = tempDir('prom-cost');
  fixture(project);
  const env = {
    ...process.env,
    CLAUDE_CONFIG_DIR: FIXTURES,
    XDG_STATE_HOME: tempDir('state'),
    TZ: 'UTC',
  };
  // The user's own command makes the credential; the server only reads it.
  const made = await run(process.execPath, [path.join(ROOT, 'dist', '2l.mjs'), 'scrape-token', '--json'], {
    cwd: project,
    env,
  });
  assert.is(made.code, 0, made.stderr);
  const { token, file } = JSON.parse(made.stdout) as { token: string; file: string };
  const port = await freePort();
  const dash = await startBuiltDashboard(project, { ports: [port], env, pollMs: 100 });
  return { project, env, tokenFile: file, token, port, dash };
}

async function status(s: Scene): Promise<{ cost: any }> {
  const r = await runNode([path.join(ROOT, 'dist', 'status.mjs'), '--json', '--no-alerts', '--project', s.project], {
    env: s.env,
  });
  assert.is(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** Poll `until` (no stopwatch: a bounded number of tries). */
async function eventually<T>(what: string, get: () => Promise<T>, until: (v: T) => boolean, prom?: Prometheus) {
  let v = await get();
  for (let i = 0; i < 240 && !until(v); i++) {
    await sleep(500);
    if (prom) assert.is(prom.child.exitCode, null, prom.log());
    v = await get();
  }
  assert.ok(until(v), `${what}: last ${JSON.stringify(v)}${prom ? `\n${prom.log()}` : ''}`);
  return v;
}

/** Sample names (`name` before `{` or space) of an exposition text. */
function exposed(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) if (line && !line.startsWith('#')) out.add(/^[A-Za-z_:][\w:]*/.exec(line)![0]);
  return out;
}

/**
 * The metric names in a PromQL expression: identifiers of the pack's prefix, once string
 * literals (label values, which may hold anything) are taken out. Function names, label names
 * and keywords never start with `twol_`.
 */
function metricNames(expr: string): string[] {
  const code = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
  return [...new Set(code.match(/\btwol_[A-Za-z0-9_:]*/g) ?? [])];
}

/** Every expression of the committed Grafana dashboard and rules file, with where it is. */
function generatedExpressions(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const dash = JSON.parse(fs.readFileSync(path.join(DOCS, '2l-grafana-dashboard.json'), 'utf8'));
  for (const p of dash.panels) for (const t of p.targets ?? []) out.push([`panel "${p.title}"`, t.expr]);
  for (const v of dash.templating.list)
    if (typeof v.definition === 'string' && v.definition) out.push([`variable ${v.name}`, v.definition]);
  const rules = YAML.parse(fs.readFileSync(path.join(DOCS, '2l-alerts.rules.yml'), 'utf8'));
  for (const g of rules.groups) for (const r of g.rules) out.push([`rule ${r.alert} (${r.labels?.severity})`, r.expr]);
  return out;
}

/** Grafana's variables as a team's dashboard fills them in. */
const grafana = (expr: string) =>
  expr.replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1m').replaceAll('$project', '.+');

const names = suite('the generated dashboard and rules name series the server exposes');
names('every PromQL expression names only series a real /metrics scrape (with cost events) carries', async () => {
  const s = await scene();
  try {
    // The alert engine's rows appear once it has judged the loaded log: wait for them, not for a time.
    const text = await eventually(
      'a scrape with every family',
      async () =>
        (await fetch(`http://127.0.0.1:${s.port}/metrics`, { headers: { authorization: `Bearer ${s.token}` } })).text(),
      (t) => /^twol_alert_state\{/m.test(t) && /^twol_cost_usd_total\{/m.test(t),
    );
    const have = exposed(text);
    const exprs = generatedExpressions();
    assert.ok(exprs.length >= 40, `${exprs.length} expressions`);
    const checked = new Set<string>();
    for (const [where, expr] of exprs) {
      const used = metricNames(expr);
      // Prometheus' own ALERTS series is the only one not ours.
      if (used.length === 0) {
        assert.match(expr, /^ALERTS\{/, `${where} names no series of ours: ${expr}`);
        continue;
      }
      for (const n of used) {
        assert.ok(have.has(n), `${where}: \`${n}\` is not in the server's /metrics (${expr})`);
        checked.add(n);
      }
    }
    for (const n of ['twol_tokens_total', 'twol_cost_usd_total', 'twol_events_total', 'twol_alert_state'])
      assert.ok(checked.has(n), `${n} checked`);
    // The check can fail: a misspelt name, or one inside a label value, is told apart.
    assert.equal(metricNames('sum(rate(twol_tokens_totl{model="twol_cost_usd_total"}[1m]))'), ['twol_tokens_totl']);
    assert.not.ok(have.has('twol_tokens_totl'));
  } finally {
    await s.dash.close();
  }
});

const prom = suite('a real Prometheus stores the token and cost counters');
prom('cost to the cent of /2l-status, token kinds equal ccusage, live, and across a restart', async () => {
  const s = await scene();
  let dash = s.dash;
  // The scrape config of docs/ops/README.md: the token file itself as the credentials file.
  const p = await startPrometheus({
    target: `127.0.0.1:${s.port}`,
    credentialsFile: s.tokenFile,
    labels: { project: 'demo' },
  });
  try {
    const costQ = 'sum(twol_cost_usd_total{job="2l"})';
    const stored = await eventually(
      'stored cost',
      () => p.value(costQ),
      (v) => v !== undefined,
      p,
    );
    const report = await status(s);
    assert.ok(report.cost.totals.usd > 1, `a real amount: $${report.cost.totals.usd}`);
    assert.is(stored!.toFixed(2), report.cost.totals.usd.toFixed(2), 'to the cent');
    assert.ok(Math.abs(stored! - report.cost.totals.usd) < 1e-6, `${stored} vs ${report.cost.totals.usd}`);
    assert.is(await p.value('sum(twol_tokens_total{job="2l"})'), report.cost.totals.total_tokens);

    // ccusage over the same transcripts: its four kinds, summed over the fixture sessions.
    const cc = [...(await ccusageSessions(tempDir('home'), FIXTURES)).values()];
    const ccSum = (f: (x: (typeof cc)[number]) => number) => cc.reduce((n, x) => n + f(x), 0);
    const kinds = new Map(
      ((await p.query(`sum by (kind) (twol_tokens_total{job="2l",model!="${LIVE_MODEL}"})`)) ?? []).map((x) => [
        x.metric.kind!,
        x.value,
      ]),
    );
    assert.equal(
      [
        kinds.get('input'),
        kinds.get('output'),
        kinds.get('cache_write_5m')! + kinds.get('cache_write_1h')!,
        kinds.get('cache_read'),
      ],
      [
        ccSum((x) => x.inputTokens),
        ccSum((x) => x.outputTokens),
        ccSum((x) => x.cacheCreationTokens),
        ccSum((x) => x.cacheReadTokens),
      ],
    );
    const ccCost = ccSum((x) => x.totalCost);
    const ours = await p.value(`sum(twol_cost_usd_total{job="2l",model!="${LIVE_MODEL}"})`);
    assert.ok(Math.abs(ours! - ccCost) <= ccCost * 0.005, `ours $${ours}, ccusage $${ccCost}`);

    // The three token and cost panels of the Grafana dashboard return series per project and model.
    const dashboard = JSON.parse(fs.readFileSync(path.join(DOCS, '2l-grafana-dashboard.json'), 'utf8'));
    const costPanels = dashboard.panels.filter((x: any) =>
      (x.targets ?? []).some((t: any) => /twol_(tokens|cost_usd)_total/.test(t.expr)),
    );
    assert.is(costPanels.length, 3);
    for (const panel of costPanels) {
      const q = grafana(panel.targets[0].expr);
      const rows = await eventually(
        `panel "${panel.title}"`,
        () => p.query(q),
        (r) => (r?.length ?? 0) > 0,
        p,
      );
      assert.ok(
        rows!.every((r) => r.metric.project === 'demo' && r.metric.model),
        `${panel.title}: ${JSON.stringify(rows)}`,
      );
    }

    // Live: a new turn of the live session reaches Prometheus, still equal to /2l-status.
    fs.appendFileSync(
      path.join(s.project, '.2L', 'events.jsonl'),
      `${JSON.stringify(costUpdate(LIVE, { model: LIVE_MODEL, input: 5200, output: 900, usd: 2.25, outputUsd: 1.5 }, new Date()))}\n`,
    );
    const after = (await status(s)).cost.totals.usd as number;
    assert.ok(Math.abs(after - report.cost.totals.usd - 1.5) < 1e-6, `the turn added $1.50: ${after}`);
    await eventually(
      'the new cost stored',
      () => p.value(costQ),
      (v) => v !== undefined && Math.abs(v - after) < 1e-6,
      p,
    );
    const grew = await p.value(`sum(increase(twol_cost_usd_total{job="2l",model="${LIVE_MODEL}"}[5m]))`);
    assert.ok(grew !== undefined && grew > 0, `increase() sees the turn: ${grew}`);

    // A restart draws a new server secret; the scrape token in the credentials file still works.
    await dash.close();
    const restarted = Date.now() / 1000;
    dash = await startBuiltDashboard(s.project, { ports: [s.port], env: s.env, pollMs: 100 });
    assert.ok(dash.token !== s.dash.token);
    await eventually(
      'a successful scrape after the restart',
      async () => (await p.query('up{job="2l"} == 1 and timestamp(up{job="2l"}) > ' + restarted))?.length ?? 0,
      (n) => n > 0,
      p,
    );
    assert.ok(Math.abs((await p.value(costQ))! - after) < 1e-6);
  } finally {
    await p.stop();
    await dash.close();
  }
});
names.run();
prom.run();
