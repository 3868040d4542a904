/**
 * Live OTLP export from the dashboard server. The log is the queue: a pump
 * reads the events after its acknowledged position (otlp-cursor.ts), maps
 * them (otel-model → otel-builder, otel-metrics), sends traces, logs and
 * metrics over OTLP/HTTP JSON, and only when the receiver accepted all of
 * them moves its position and saves it, with what is open, in the user's
 * private state. So a restart neither drops nor sends again what was
 * accepted, and a receiver that is down only makes the pump wait: retries
 * back off (Retry-After honoured), one batch is held in memory, nothing else.
 *
 * The server's event handling never waits on this: `poke()` is synchronous
 * and only schedules the pump; the pump runs on its own promise chain.
 * A receiver that refuses a batch for good (a 4xx other than 429) costs that
 * batch, counted as dropped, so one bad event cannot stop the export.
 */
import { CollectLogs, CollectSpans, OtelBuilder } from './otel-builder.ts';
import { OtelMetrics } from './otel-metrics.ts';
import { OtelModel, type ModelOp } from './otel-model.ts';
import { endOfLog, readFrom, type LogPosition } from './otlp-cursor.ts';
import type { OtlpTarget, Signal } from './otlp-config.ts';
import { backoffMs, postOtlp, type PostResult } from './otlp-transport.ts';
import { ensureStateDir, statePath, writeStatus, type LiveOtlpStatus } from './otlp-state.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { readRegularText } from '../shared/safe-fs.ts';

export { statePath, type LiveOtlpStatus };

export interface LiveOtlpOptions {
  project: string;
  target: OtlpTarget;
  env?: NodeJS.ProcessEnv;
  /** Events per batch. */
  batchEvents?: number;
  /** How far behind the end of the log the export may fall before the oldest lines are dropped. */
  maxBacklogBytes?: number;
  /** A session with no event for this long is closed (a killed CLI writes no session_end). */
  sessionIdleMs?: number;
  /** Metrics are sent at most this often. */
  metricsEveryMs?: number;
  tickMs?: number;
  timeoutMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  now?: () => number;
  /** Waits between retries (tests inject one that records and returns at once). */
  sleep?: (ms: number) => Promise<void>;
  post?: typeof postOtlp;
  log?: (line: string) => void;
}

interface Saved {
  v: 1;
  endpoint: string;
  position?: LogPosition;
  model?: unknown;
  open?: Array<Extract<ModelOp, { op: 'open' }>>;
  metrics?: unknown;
  status: LiveOtlpStatus;
}

const MAX_STATE_BYTES = 16 << 20;

/**
 * The official OTLP JSON encoders, loaded on the first send: evaluating them
 * took ~20 ms of every dashboard start, most of which have no OTLP target.
 */
let encoders: Promise<Record<Signal, (x: unknown) => Uint8Array | undefined>> | undefined;
function serializers(): NonNullable<typeof encoders> {
  encoders ??= import('@opentelemetry/otlp-transformer').then((m) => ({
    traces: (x: unknown) => m.JsonTraceSerializer.serializeRequest(x as never),
    logs: (x: unknown) => m.JsonLogsSerializer.serializeRequest(x as never),
    metrics: (x: unknown) => m.JsonMetricsSerializer.serializeRequest(x as never),
  }));
  return encoders;
}

export class LiveOtlp {
  private model: OtelModel;
  private builder: OtelBuilder;
  private readonly spans = new CollectSpans();
  private readonly logs = new CollectLogs();
  private metrics: OtelMetrics;
  private position: LogPosition | undefined;
  private readonly file: string;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private running: Promise<void> | undefined;
  private wanted = false;
  private closed = false;
  private abandoned = false;
  private timer: NodeJS.Timeout | undefined;
  private metricsDirty = false;
  /** Ends a backoff wait early (close). */
  private wake: (() => void) | undefined;
  private metricsAt = 0;
  readonly status: LiveOtlpStatus;

  constructor(private readonly opts: LiveOtlpOptions) {
    this.now = opts.now ?? Date.now;
    this.sleep =
      opts.sleep ??
      ((ms) =>
        new Promise((r) => {
          const t = setTimeout(r, ms);
          this.wake = () => {
            clearTimeout(t);
            r();
          };
        }));
    this.file = statePath(opts.project, opts.target.display, opts.env);
    const saved = this.load();
    this.model = OtelModel.restore(saved?.model);
    this.builder = this.newBuilder();
    if (saved?.open) this.builder.restoreOpen(saved.open);
    this.metrics = new OtelMetrics(opts.target.resource, saved?.metrics);
    this.position = saved ? saved.position : endOfLog(opts.project);
    this.status = saved?.status ?? {
      endpoint: opts.target.display,
      source: opts.target.source,
      sent: { spans: 0, logs: 0, metric_exports: 0 },
      dropped: 0,
      gaps: 0,
      behind_bytes: 0,
      retrying: false,
    };
    this.status.retrying = false;
  }

  private newBuilder(): OtelBuilder {
    return new OtelBuilder({
      resource: this.opts.target.resource,
      spanProcessor: this.spans,
      logProcessor: this.logs,
    });
  }

  private load(): Saved | undefined {
    try {
      const text = readRegularText(this.file, MAX_STATE_BYTES);
      const s = text === undefined ? undefined : (JSON.parse(text) as Saved);
      return s?.v === 1 && s.endpoint === this.opts.target.display && s.status ? s : undefined;
    } catch {
      return undefined;
    }
  }

  private save(): void {
    const saved: Saved = {
      v: 1,
      endpoint: this.opts.target.display,
      ...(this.position ? { position: this.position } : {}),
      model: this.model.snapshot(),
      open: this.builder.openSpans(),
      metrics: this.metrics.snapshot(),
      status: this.status,
    };
    try {
      ensureStateDir(this.opts.env ?? process.env);
      atomicWriteFileSync(this.file, JSON.stringify(saved), { mode: 0o600, keepMode: false });
    } catch (err) {
      this.opts.log?.(`otlp: cannot save the export position to ${this.file}: ${(err as Error).message}`);
    }
    this.saveStatus();
  }

  /** The small file `/2l-status` reads; written at each commit, when retrying starts or ends, and at close. */
  private saveStatus(): void {
    try {
      ensureStateDir(this.opts.env ?? process.env);
      writeStatus(this.file, this.status, this.closed, this.now());
    } catch (err) {
      this.opts.log?.(`otlp: cannot save the export status beside ${this.file}: ${(err as Error).message}`);
    }
  }

  private setRetrying(on: boolean): void {
    if (this.status.retrying === on) return;
    this.status.retrying = on;
    if (!this.abandoned) this.saveStatus();
  }

  start(): void {
    this.saveStatus();
    this.timer = setInterval(() => this.poke(), this.opts.tickMs ?? 1000);
    this.timer.unref();
    this.poke();
  }

  /** New events may be there: run the pump soon. Synchronous, never waits on the network. */
  poke(): void {
    if (this.closed) return;
    this.wanted = true;
    this.running ??= new Promise<void>((r) => setImmediate(r))
      .then(() => this.pump())
      .catch((err: unknown) => this.opts.log?.(`otlp: ${(err as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.wanted && !this.closed) this.poke();
      });
  }

  /** Resolves when the pump has nothing left to do (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Stop. A batch still in flight is given a second to be acknowledged; after
   * that it is abandoned unsaved, and the next start sends it again.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running?.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 1000)))]);
    clearTimeout(timer);
    this.abandoned = true;
    this.status.retrying = false;
    this.saveStatus();
    await Promise.allSettled([this.builder.shutdown(), this.metrics.shutdown()]);
  }

  private async pump(): Promise<void> {
    while (this.wanted && !this.closed) {
      this.wanted = false;
      const read = readFrom(this.opts.project, this.position, {
        maxEvents: this.opts.batchEvents ?? 500,
        maxBacklogBytes: this.opts.maxBacklogBytes ?? 64 << 20,
      });
      this.status.dropped += read.dropped;
      if (read.lost) this.status.gaps++;
      this.status.behind_bytes = read.behind;
      for (const e of read.events) {
        for (const op of this.model.add(e)) this.builder.apply(op);
        this.metrics.add(e);
      }
      if (read.events.length > 0) this.metricsDirty = true;
      for (const op of this.model.expire(this.now() - (this.opts.sessionIdleMs ?? 60 * 60_000))) this.builder.apply(op);
      const spans = this.spans.take();
      const logs = this.logs.take();
      const sendMetrics = this.metricsDirty && this.now() - this.metricsAt >= (this.opts.metricsEveryMs ?? 10_000);
      const moved = read.next !== this.position || read.dropped > 0;
      if (spans.length === 0 && logs.length === 0 && !sendMetrics) {
        if (moved) this.commit(read.next);
        continue;
      }
      const ok = await this.send(
        { traces: spans, logs, ...(sendMetrics ? { metrics: true } : {}) },
        read.events.length,
      );
      if (this.closed && !ok) return; // not acknowledged: the saved position still points before this batch
      if (ok) {
        this.status.sent.spans += spans.length;
        this.status.sent.logs += logs.length;
      }
      if (sendMetrics && ok) {
        this.metricsAt = this.now();
        this.metricsDirty = false;
        this.status.sent.metric_exports++;
      }
      this.commit(read.next);
      if (read.behind > 0) this.wanted = true;
    }
  }

  private commit(next: LogPosition | undefined): void {
    if (this.abandoned) return;
    this.position = next;
    this.save();
  }

  /**
   * Send each signal until the receiver takes it; a signal it refused for good
   * is dropped (its events counted). False only when closed before it was taken.
   */
  private async send(batch: { traces: unknown[]; logs: unknown[]; metrics?: true }, events: number): Promise<boolean> {
    const pending: Signal[] = [];
    if (batch.traces.length > 0) pending.push('traces');
    if (batch.logs.length > 0) pending.push('logs');
    if (batch.metrics) pending.push('metrics');
    const post = this.opts.post ?? postOtlp;
    const { baseMs, maxMs } = this.opts.backoff ?? { baseMs: 1000, maxMs: 60_000 };
    let refused = false;
    for (const signal of pending) {
      for (let attempt = 0; ; attempt++) {
        if (this.closed) return false;
        const data = signal === 'metrics' ? await this.metrics.collect() : batch[signal];
        const body = (await serializers())[signal](data);
        const r: PostResult = body
          ? await post(
              this.opts.target.urls[signal],
              body,
              this.opts.target.headers[signal],
              this.opts.timeoutMs ?? 10_000,
            )
          : { ok: true };
        if (r.ok) {
          this.setRetrying(false);
          break;
        }
        this.status.last_error = `${signal}: ${r.reason}`;
        if (!r.retryable) {
          if (signal !== 'metrics' && !refused) this.status.dropped += events;
          refused ||= signal !== 'metrics';
          this.opts.log?.(`otlp: ${this.status.last_error}; this batch's ${signal} are dropped`);
          break;
        }
        this.setRetrying(true);
        await this.sleep(backoffMs(attempt, baseMs, maxMs, r.retryAfterMs));
      }
    }
    return true;
  }
}
