/**
 * Applies `otel-model` operations through the official OpenTelemetry SDK and
 * sends them over OTLP/HTTP (JSON). Spans are created with the events' own
 * start and end times and the model's derived ids (an IdGenerator that hands
 * the SDK the id it is about to need), when they close, so a parent learnt
 * late still counts; logs carry the span they belong to. Items are flushed
 * in bounded batches (the SDK drops what overflows its queue), and the first
 * export failure stops the run with the receiver's own reason.
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, trace, type Context } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { ExportResultCode, millisToHrTime, type ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchLogRecordProcessor,
  LoggerProvider,
  type LogRecordExporter,
  type ReadableLogRecord,
} from '@opentelemetry/sdk-logs';
import {
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  type IdGenerator,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { Attrs, ModelOp, Severity, SpanIds } from './otel-model.ts';
import { redactString } from '../events/redact.ts';
import { UsageError, UserError } from '../shared/errors.ts';

export const SCOPE = '2l-pack';
/** Items handed to the SDK between two flushes; below the SDK's queue size, so nothing is dropped. */
const FLUSH_EVERY = 1000;
const QUEUE = 2 * FLUSH_EVERY + 512;

export interface OtlpOptions {
  /** Base endpoint, e.g. `http://localhost:4318`; `/v1/traces` and `/v1/logs` are appended. */
  endpoint: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  resource: Attrs;
}

/** `http(s)://host[:port][/base]` → the signal URLs; a UsageError naming `--otlp` for anything else. */
export function otlpUrls(endpoint: string): { traces: string; logs: string } {
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
  const base = url.pathname.replace(/\/v1\/(?:traces|logs)\/?$/, '').replace(/\/+$/, '');
  const at = (signal: string) => `${url.protocol}//${url.host}${base}/v1/${signal}${url.search}`;
  return { traces: at('traces'), logs: at('logs') };
}

/** `http://user:pass@host` → an explicit Basic Authorization header (the URLs themselves carry no credentials). */
export function basicAuth(endpoint: string): Record<string, string> {
  const url = new URL(endpoint);
  if (!url.username && !url.password) return {};
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
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

/** Hands the SDK the ids the model derived; set just before each `startSpan`. */
class GivenIds implements IdGenerator {
  next: SpanIds = { traceId: '', spanId: '' };
  generateTraceId(): string {
    return this.next.traceId;
  }
  generateSpanId(): string {
    return this.next.spanId;
  }
}

/** A context whose active span is `ids` (its parent's or its own), with no SDK span object behind it. */
function contextOf(traceId: string, spanId: string): Context {
  return trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
}

const SEVERITY: Record<Severity, SeverityNumber> = {
  INFO: SeverityNumber.INFO,
  WARN: SeverityNumber.WARN,
  ERROR: SeverityNumber.ERROR,
};

export class OtlpSink {
  private readonly tracerProvider: BasicTracerProvider;
  private readonly loggerProvider: LoggerProvider;
  private readonly spanTally: Tally<ReadableSpan>;
  private readonly logTally: Tally<ReadableLogRecord>;
  private readonly tracer;
  private readonly logger;
  /** Spans opened and not closed yet; they reach the SDK at their close. */
  private readonly spans = new Map<string, Extract<ModelOp, { op: 'open' }>>();
  private readonly ids = new GivenIds();
  private pending = 0;
  readonly urls: { traces: string; logs: string };

  constructor(private readonly opts: OtlpOptions) {
    this.urls = otlpUrls(opts.endpoint);
    const resource = resourceFromAttributes(opts.resource);
    const common = { headers: { ...basicAuth(opts.endpoint), ...(opts.headers ?? {}) }, timeoutMillis: opts.timeoutMs };
    this.spanTally = new Tally<ReadableSpan>(new OTLPTraceExporter({ ...common, url: this.urls.traces }));
    this.logTally = new Tally<ReadableLogRecord>(new OTLPLogExporter({ ...common, url: this.urls.logs }));
    const batch = {
      maxQueueSize: QUEUE,
      maxExportBatchSize: 512,
      scheduledDelayMillis: 500,
      exportTimeoutMillis: opts.timeoutMs + 1000,
    };
    this.tracerProvider = new BasicTracerProvider({
      resource,
      sampler: new AlwaysOnSampler(),
      idGenerator: this.ids,
      spanProcessors: [new BatchSpanProcessor(this.spanTally as unknown as SpanExporter, batch)],
    });
    this.loggerProvider = new LoggerProvider({
      resource,
      processors: [new BatchLogRecordProcessor({ exporter: this.logTally as unknown as LogRecordExporter, ...batch })],
    });
    this.tracer = this.tracerProvider.getTracer(SCOPE);
    this.logger = this.loggerProvider.getLogger(SCOPE);
  }

  get sent(): { spans: number; logs: number } {
    return { spans: this.spanTally.sent, logs: this.logTally.sent };
  }

  /** Apply one operation; every FLUSH_EVERY items, wait for the receiver (and fail on its refusal). */
  async apply(op: ModelOp): Promise<void> {
    if (op.op === 'open') {
      this.spans.set(op.key, op);
      return;
    }
    if (op.op === 'close') {
      const open = this.spans.get(op.key);
      if (!open) return;
      this.spans.delete(op.key);
      const parentSpanId = op.parentSpanId ?? open.parentSpanId;
      this.ids.next = { traceId: open.traceId, spanId: open.spanId };
      const span = this.tracer.startSpan(
        open.name,
        {
          kind: SpanKind.INTERNAL,
          startTime: millisToHrTime(open.startMs),
          attributes: open.attributes,
          root: !parentSpanId,
        },
        parentSpanId ? contextOf(open.traceId, parentSpanId) : ROOT_CONTEXT,
      );
      if (op.attributes) span.setAttributes(op.attributes);
      if (op.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: op.error });
      span.end(millisToHrTime(op.endMs));
    } else {
      this.logger.emit({
        timestamp: millisToHrTime(op.timeMs),
        severityNumber: SEVERITY[op.severity],
        severityText: op.severity,
        eventName: op.eventName,
        body: op.body,
        attributes: op.attributes,
        ...(op.traceId && op.spanId ? { context: contextOf(op.traceId, op.spanId) } : {}),
      });
    }
    if (++this.pending >= FLUSH_EVERY) await this.flush();
  }

  /** Send everything queued; throws a UserError naming the URL when the receiver refused or is unreachable. */
  async flush(): Promise<void> {
    this.pending = 0;
    const results = await Promise.allSettled([this.tracerProvider.forceFlush(), this.loggerProvider.forceFlush()]);
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
    await Promise.allSettled([this.tracerProvider.shutdown(), this.loggerProvider.shutdown()]);
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
