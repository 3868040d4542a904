/**
 * A real Prometheus server (Debian's `prometheus`) scrapes the built dashboard
 * server's `/metrics` with the server's secret as a bearer credentials file,
 * the way docs/ops/README.md tells a team to (no loopback exemption); `histogram_quantile(0.95, …)`
 * over what it stored agrees with `/2l-status`'s p95 within one bucket.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { startBuiltDashboard } from '../util/built-dashboard.ts';
import { startPrometheus } from '../util/prometheus.ts';
import { runNode } from '../util/run-node.ts';
import { EXPORT_BUCKETS_MS, HOOK_BUCKETS_MS } from '../../lib/monitor/percentiles.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Tool durations spread over several buckets, with a long tail (deterministic, no clock). */
function fixture(project: string): void {
  fs.mkdirSync(path.join(project, '.2L'));
  const t0 = Date.now() - 120_000;
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    const ms = i % 20 === 0 ? 1500 + i * 7 : 20 + ((i * 37) % 400);
    lines.push(
      JSON.stringify({
        timestamp: new Date(t0 + i * 10).toISOString(),
        event_type: 'tool_complete',
        phase: 'unknown',
        agent_id: 'main',
        data: 'Bash',
        v: 1,
        source: 'hook',
        session_id: 'S',
        tool_name: 'Bash',
        tool_use_id: `t${i}`,
        duration_ms: ms,
        hook_ms: 0.05 + (i % 10) * 0.1,
      }),
    );
  }
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), `${lines.join('\n')}\n`);
}

/** Bounds (ms) of the bucket holding `v`: the estimate must fall inside it. */
function bucketAround(bounds: readonly number[], v: number): [number, number] {
  const i = bounds.findIndex((b) => v <= b);
  return [i <= 0 ? 0 : bounds[i - 1]!, i < 0 ? Infinity : bounds[i]!];
}

const scrape = suite('a real Prometheus scrapes the dashboard');
scrape('histogram_quantile(0.95) over the scraped series agrees with /2l-status within one bucket', async () => {
  const project = tempDir('prom-scrape');
  fixture(project);
  const dash = await startBuiltDashboard(project);
  const credentials = path.join(tempDir('prom-credentials'), 'dashboard-token');
  fs.writeFileSync(credentials, dash.token, { mode: 0o600 });
  const prom = await startPrometheus({ target: `127.0.0.1:${dash.port}`, credentialsFile: credentials });
  const query = (q: string) => prom.value(q);
  try {
    const toolQ = 'histogram_quantile(0.95, sum by (le) (twol_tool_duration_seconds_bucket{job="2l",tool="Bash"}))';
    const hookQ = 'histogram_quantile(0.95, sum by (le) (twol_hook_duration_seconds_bucket{job="2l"}))';
    let tool: number | undefined;
    let hook: number | undefined;
    // Prometheus needs a moment to start and a scrape or two; no stopwatch on how long.
    for (let i = 0; i < 240 && (tool === undefined || hook === undefined); i++) {
      await sleep(500);
      tool = await query(toolQ);
      hook = await query(hookQ);
      assert.is(prom.child.exitCode, null, prom.log());
    }
    assert.ok(tool !== undefined && hook !== undefined, 'Prometheus stored the scraped histograms');
    const up = await query('up{job="2l"}');
    assert.is(up, 1, 'the scrape succeeded (with the bearer secret)');

    const status = await runNode([path.join(ROOT, 'dist', 'status.mjs'), '--json', '--project', project]);
    assert.is(status.code, 0, status.stderr);
    const report = JSON.parse(status.stdout);
    const bash = report.summary.tools.find((t: { tool: string }) => t.tool === 'Bash');
    const [lo, hi] = bucketAround(EXPORT_BUCKETS_MS, bash.p95);
    assert.ok(
      tool! * 1000 >= lo && tool! * 1000 <= hi,
      `tool p95: Prometheus ${tool! * 1000} ms, status ${bash.p95} ms, bucket (${lo}, ${hi}]`,
    );
    const hookP95 = report.summary.hook_ms.p95 as number;
    const [hlo, hhi] = bucketAround(HOOK_BUCKETS_MS, hookP95);
    assert.ok(
      hook! * 1000 >= hlo && hook! * 1000 <= hhi,
      `hook p95: Prometheus ${hook! * 1000} ms, status ${hookP95} ms, bucket (${hlo}, ${hhi}]`,
    );
  } finally {
    await prom.stop();
    await dash.close();
  }
});
scrape('without the secret, Prometheus is refused (the scrape target is down, nothing stored)', async () => {
  const project = tempDir('prom-noauth');
  fixture(project);
  const dash = await startBuiltDashboard(project);
  try {
    const res = await fetch(`http://127.0.0.1:${dash.port}/metrics`);
    assert.is(res.status, 401);
    const ok = await fetch(`http://127.0.0.1:${dash.port}/metrics`, {
      headers: { authorization: `Bearer ${dash.token}` },
    });
    assert.is(ok.status, 200);
    assert.match(await ok.text(), /^twol_tool_duration_seconds_bucket\{tool="Bash",le="0\.5"\} \d+$/m);
  } finally {
    await dash.close();
  }
});
scrape.run();
