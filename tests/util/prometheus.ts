/**
 * A real Prometheus server (Debian's `prometheus`) for the tests: one scrape
 * job `2l` of a dashboard's `/metrics` every second, with a bearer
 * `credentials_file` as docs/ops/README.md tells a team to set it up, and an
 * instant-query helper over its HTTP API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './claude.ts';
import { freePort } from './pg-cluster.ts';

export interface Sample {
  metric: Record<string, string>;
  value: number;
}

export interface Prometheus {
  child: ChildProcess;
  base: string;
  /** The instant vector for `q`, or undefined while Prometheus is not answering. */
  query(q: string): Promise<Sample[] | undefined>;
  /** The first sample's value, undefined when there is none (or NaN). */
  value(q: string): Promise<number | undefined>;
  /** The tail of its log, for assertion messages. */
  log(): string;
  stop(): Promise<void>;
}

export async function startPrometheus(opts: {
  target: string;
  credentialsFile: string;
  labels?: Record<string, string>;
}): Promise<Prometheus> {
  const dir = tempDir('prom-server');
  const port = await freePort();
  const labels = opts.labels
    ? `        labels: { ${Object.entries(opts.labels)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ')} }`
    : '';
  fs.writeFileSync(
    path.join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      'scrape_configs:',
      '  - job_name: 2l',
      '    metrics_path: /metrics',
      '    authorization:',
      '      type: Bearer',
      `      credentials_file: ${opts.credentialsFile}`,
      '    static_configs:',
      `      - targets: ['${opts.target}']`,
      labels,
      '',
    ].join('\n'),
  );
  const logFile = path.join(dir, 'prometheus.log');
  const child = spawn(
    'prometheus',
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', fs.openSync(logFile, 'a')] },
  );
  const base = `http://127.0.0.1:${port}`;
  const query = async (q: string): Promise<Sample[] | undefined> => {
    try {
      const res = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(q)}`);
      const body = (await res.json()) as {
        status?: string;
        error?: string;
        data?: { result?: Array<{ metric: Record<string, string>; value: [number, string] }> };
      };
      if (body.status !== 'success') throw new Error(`Prometheus refused \`${q}\`: ${body.error}`);
      return (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('Prometheus refused')) throw err;
      return undefined; // not listening yet
    }
  };
  return {
    child,
    base,
    query,
    async value(q) {
      const v = (await query(q))?.[0]?.value;
      return v === undefined || Number.isNaN(v) ? undefined : v;
    },
    log: () => fs.readFileSync(logFile, 'utf8').slice(-2000),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await new Promise((r) =>
        child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(null),
      );
    },
  };
}
