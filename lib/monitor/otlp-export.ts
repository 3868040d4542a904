/**
 * The one-shot export's sink: `otel-model` operations become SDK spans and
 * log records (otel-builder.ts) and go out through the official OTLP/HTTP
 * (JSON) exporters. Items are flushed in bounded batches (the SDK drops what
 * overflows its queue), and the first export failure stops the run with the
 * receiver's own reason.
 */
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchLogRecordProcessor, type LogRecordExporter, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { OtelBuilder } from './otel-builder.ts';
import { basicAuth } from './otlp-transport.ts';

export { basicAuth };
import type { Attrs, ModelOp } from './otel-model.ts';
import { redactString } from '../events/redact.ts';
import { UsageError, UserError } from '../shared/errors.ts';

/** Items handed to the SDK between two flushes; below the SDK's queue size, so nothing is dropped. */
const FLUSH_EVERY = 1000;
const QUEUE = 2 * FLUSH_EVERY + 512;

export interface OtlpOptions {
  /** Base endpoint, e.g. `http://localhost:4318`; `/v1/traces`, `/v1/logs` and `/v1/metrics` are appended. */
  endpoint: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  resource: Attrs;
}

/** `http(s)://host[:port][/base]` → the signal URLs; a UsageError naming `--otlp` for anything else. */
export function otlpUrls(endpoint: string): { traces: string; logs: string; metrics: string } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`\`--otlp\` must be an http(s) URL, got \`${endpoint.slice(0, 200)}\``);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`\`--otlp\` must be an http(s) URL, got \`${url.protocol}\` (OTLP/HTTP, usually port 4318)`);
  }
  // Accept a signal URL too, as copied from a collector's docs.
  const base = url.pathname.replace(/\/v1\/(?:traces|logs|metrics)\/?$/, '').replace(/\/+$/, '');
  const at = (signal: string) => `${url.protocol}//${url.host}${base}/v1/${signal}${url.search}`;
  return { traces: at('traces'), logs: at('logs'), metrics: at('metrics') };
}

/** Delegates to an OTLP exporter and remembers what went through and the first failure. */
class Tally<T> {
  sent = 0;
  failure: Error | undefined;
  constructor(
    private readonly inner: {
      export(items: T[], done: (r: ExportResult) => void): void;
      shutdown(): Promise<void>;
      forceFlush?(): Promise<void>;
    },
  ) {}
  export(items: T[], done: (r: ExportResult) => void): void {
    this.inner.export(items, (r) => {
      if (r.code === ExportResultCode.SUCCESS) this.sent += items.length;
      else this.failure ??= r.error ?? new Error('export failed');
      done(r);
    });
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

export class OtlpSink {
  private readonly builder: OtelBuilder;
  private readonly spanTally: Tally<ReadableSpan>;
  private readonly logTally: Tally<ReadableLogRecord>;
  private readonly metricExporter: OTLPMetricExporter;
  private metricPoints = 0;
  private pending = 0;
  readonly urls: { traces: string; logs: string; metrics: string };

  constructor(private readonly opts: OtlpOptions) {
    this.urls = otlpUrls(opts.endpoint);
    const common = { headers: { ...basicAuth(opts.endpoint), ...(opts.headers ?? {}) }, timeoutMillis: opts.timeoutMs };
    this.spanTally = new Tally<ReadableSpan>(new OTLPTraceExporter({ ...common, url: this.urls.traces }));
    this.logTally = new Tally<ReadableLogRecord>(new OTLPLogExporter({ ...common, url: this.urls.logs }));
    this.metricExporter = new OTLPMetricExporter({ ...common, url: this.urls.metrics });
    const batch = {
      maxQueueSize: QUEUE,
      maxExportBatchSize: 512,
      scheduledDelayMillis: 500,
      exportTimeoutMillis: opts.timeoutMs + 1000,
    };
    this.builder = new OtelBuilder({
      resource: opts.resource,
      spanProcessor: new BatchSpanProcessor(this.spanTally as unknown as SpanExporter, batch),
      logProcessor: new BatchLogRecordProcessor({
        exporter: this.logTally as unknown as LogRecordExporter,
        ...batch,
      }),
    });
  }

  get sent(): { spans: number; logs: number; metric_points: number } {
    return { spans: this.spanTally.sent, logs: this.logTally.sent, metric_points: this.metricPoints };
  }

  /** Send one collection of metrics (`points` data points in it); a UserError naming the URL when refused. */
  async sendMetrics(rm: ResourceMetrics, points: number): Promise<void> {
    const r = await new Promise<ExportResult>((done) => this.metricExporter.export(rm, done));
    if (r.code !== ExportResultCode.SUCCESS)
      throw new UserError(
        describeFailure(r.error ?? new Error('export failed'), this.urls.metrics, this.opts.timeoutMs),
      );
    this.metricPoints += points;
  }

  /** Apply one operation; every FLUSH_EVERY items, wait for the receiver (and fail on its refusal). */
  async apply(op: ModelOp): Promise<void> {
    this.builder.apply(op);
    if (op.op !== 'open' && ++this.pending >= FLUSH_EVERY) await this.flush();
  }

  /** Send everything queued; throws a UserError naming the URL when the receiver refused or is unreachable. */
  async flush(): Promise<void> {
    this.pending = 0;
    const results = await Promise.allSettled([
      this.builder.tracerProvider.forceFlush(),
      this.builder.loggerProvider.forceFlush(),
    ]);
    const failure =
      this.spanTally.failure ??
      this.logTally.failure ??
      results.map((r) => (r.status === 'rejected' ? (r.reason as Error) : undefined)).find(Boolean);
    if (failure)
      throw new UserError(
        describeFailure(failure, this.spanTally.failure ? this.urls.traces : this.urls.logs, this.opts.timeoutMs),
      );
  }

  /** Flush, then release sockets and timers. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all([this.builder.shutdown(), this.metricExporter.shutdown()]);
  }
}

export function describeFailure(err: Error & { code?: unknown }, url: string, timeoutMs: number): string {
  const where = `could not send to \`${redactString(url)}\``;
  if (typeof err.code === 'number')
    return `${where}: the receiver answered HTTP ${err.code}${err.message ? ` (${err.message.slice(0, 200)})` : ''}`;
  if (/timed out|timeout/i.test(err.message))
    return `${where}: no answer within ${timeoutMs} ms (raise \`--timeout\`?)`;
  return `${where}: ${err.message.slice(0, 300) || 'export failed'}`;
}
