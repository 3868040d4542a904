/**
 * A loopback OTLP/HTTP receiver for tests: accepts POST /v1/traces,
 * /v1/logs and /v1/metrics with JSON bodies (what @opentelemetry/exporter-*-otlp-http send by
 * default), decodes them and flattens spans and log records for assertions.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
}
export type Attr = { key: string; value: OtlpValue };

export interface RSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Attr[];
  status: { code: number; message?: string };
  resource: Record<string, unknown>;
}
export interface RLog {
  timeUnixNano: string;
  severityText: string;
  severityNumber: number;
  body: OtlpValue;
  eventName?: string;
  traceId?: string;
  spanId?: string;
  attributes: Attr[];
  resource: Record<string, unknown>;
}

export interface Receiver {
  url: string;
  spans: RSpan[];
  logs: RLog[];
  requests: Array<{ path: string; contentType: string; headers: http.IncomingHttpHeaders }>;
  /** Metric data points by metric name, as decoded (metrics are cumulative: the last one counts). */
  metrics: Array<{ name: string; data: Record<string, unknown> }>;
  /** Answer every request with this status (default 200). */
  status: number;
  /** Never answer (the request stays open until the client gives up). */
  hang: boolean;
  close(): Promise<void>;
}

export function value(v: OtlpValue | undefined): unknown {
  if (!v) return undefined;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.boolValue !== undefined) return v.boolValue;
  return undefined;
}

export function attrs(list: Attr[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map((a) => [a.key, value(a.value)]));
}

/** Milliseconds since the epoch from an OTLP `*UnixNano` string. */
export const nanoToMs = (n: string) => Number(BigInt(n) / 1_000_000n);

/** On `port` (a receiver coming back where it was), else on a free one. */
export function startReceiver(port = 0): Promise<Receiver> {
  const r: Receiver = {
    url: '',
    spans: [],
    logs: [],
    metrics: [],
    requests: [],
    status: 200,
    hang: false,
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      r.requests.push({ path: req.url ?? '', contentType: String(req.headers['content-type']), headers: req.headers });
      if (r.hang) return;
      if (r.status !== 200) {
        res.writeHead(r.status, { 'content-type': 'text/plain' }).end('nope');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (req.url === '/v1/traces') {
        for (const rs of body.resourceSpans ?? [])
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? []) r.spans.push({ ...s, resource: attrs(rs.resource?.attributes) });
      } else if (req.url === '/v1/metrics') {
        for (const rm of body.resourceMetrics ?? [])
          for (const sm of rm.scopeMetrics ?? [])
            for (const m of sm.metrics ?? []) r.metrics.push({ name: m.name, data: m });
      } else if (req.url === '/v1/logs') {
        for (const rl of body.resourceLogs ?? [])
          for (const sl of rl.scopeLogs ?? [])
            for (const l of sl.logRecords ?? []) r.logs.push({ ...l, resource: attrs(rl.resource?.attributes) });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      r.close = () =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolve(r);
    });
  });
}
