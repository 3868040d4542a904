/**
 * Turns `otel-model` operations into OpenTelemetry SDK spans and log records:
 * spans are created with the events' own start and end times and the model's
 * derived ids (an IdGenerator that hands the SDK the id it is about to need),
 * when they close, so a parent learnt late still counts; logs carry the span
 * they belong to. Where the finished items go is the caller's: the one-shot
 * export gives batch processors with OTLP exporters, the live exporter
 * processors that collect them for its own batches (otlp-live.ts).
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, trace, type Context } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { millisToHrTime } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  LoggerProvider,
  type LogRecordProcessor,
  type ReadableLogRecord,
  type SdkLogRecord,
} from '@opentelemetry/sdk-logs';
import {
  AlwaysOnSampler,
  BasicTracerProvider,
  type IdGenerator,
  type ReadableSpan,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import type { Attrs, ModelOp, Severity, SpanIds } from './otel-model.ts';

export const SCOPE = '2l-pack';

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

export interface BuilderOptions {
  resource: Attrs;
  spanProcessor: SpanProcessor;
  logProcessor: LogRecordProcessor;
}

export class OtelBuilder {
  readonly tracerProvider: BasicTracerProvider;
  readonly loggerProvider: LoggerProvider;
  private readonly tracer;
  private readonly logger;
  /** Spans opened and not closed yet; they reach the SDK at their close. */
  private readonly spans = new Map<string, Extract<ModelOp, { op: 'open' }>>();
  private readonly ids = new GivenIds();

  constructor(opts: BuilderOptions) {
    const resource = resourceFromAttributes(opts.resource);
    this.tracerProvider = new BasicTracerProvider({
      resource,
      sampler: new AlwaysOnSampler(),
      idGenerator: this.ids,
      spanProcessors: [opts.spanProcessor],
    });
    this.loggerProvider = new LoggerProvider({ resource, processors: [opts.logProcessor] });
    this.tracer = this.tracerProvider.getTracer(SCOPE);
    this.logger = this.loggerProvider.getLogger(SCOPE);
  }

  /** Spans the builder holds open, to be carried over a restart with the model's snapshot. */
  openSpans(): Array<Extract<ModelOp, { op: 'open' }>> {
    return [...this.spans.values()];
  }

  /** Spans a previous run had opened (from `openSpans`), so their closes after a restart find them. */
  restoreOpen(ops: ReadonlyArray<Extract<ModelOp, { op: 'open' }>>): void {
    for (const op of ops) this.spans.set(op.key, op);
  }

  /** Hand over one operation; the SDK gets a span at its close and a log record at once. */
  apply(op: ModelOp): void {
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
      return;
    }
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

  async shutdown(): Promise<void> {
    await Promise.allSettled([this.tracerProvider.shutdown(), this.loggerProvider.shutdown()]);
  }
}

/** Keeps finished spans until taken: the live exporter decides when and how they are sent. */
export class CollectSpans implements SpanProcessor {
  items: ReadableSpan[] = [];
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    this.items.push(span);
  }
  take(): ReadableSpan[] {
    const out = this.items;
    this.items = [];
    return out;
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Keeps emitted log records until taken. */
export class CollectLogs implements LogRecordProcessor {
  items: ReadableLogRecord[] = [];
  onEmit(record: SdkLogRecord): void {
    this.items.push(record as unknown as ReadableLogRecord);
  }
  take(): ReadableLogRecord[] {
    const out = this.items;
    this.items = [];
    return out;
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
