/**
 * The pack's figures as OpenTelemetry metrics, fed from the log's events:
 * tool durations and hook wait as explicit-bucket histograms (the same bounds
 * as `/metrics`), tokens and dollars as counters by model and token kind,
 * alert states as a gauge, custom `metric` events as one histogram each.
 * Cumulative, the SDK's default: a restart starts the series again from zero
 * with a new start time, which every OTLP backend reads as a reset, so events
 * exported before the restart are neither lost nor counted twice.
 *
 * Cardinality is bounded here, before the SDK: tool, hook, model and alert
 * names keep their own label up to a cap and are `other` past it; custom
 * metrics past MAX_CUSTOM names are ignored (counted), and each instrument is
 * capped by the SDK's cardinality limit as well.
 *
 * A `cost_update` carries the session's cumulative figures per model; the
 * counters get the difference from that session's previous update, so an
 * update lost or repeated does not double-count (the state is kept in the
 * exporter's snapshot).
 */
import type { Attributes, Counter, Gauge, Histogram } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { millisToHrTime } from '@opentelemetry/core';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import type { TwoLEvent } from '../events/format.ts';
import { METRIC_EVENT_TYPE, readMetricPayload } from '../events/metric.ts';
import { TOKEN_KINDS } from '../transcript/usage.ts';
import { cumulativeOf } from './cost-events.ts';
import { SCOPE } from './otel-builder.ts';
import type { Attrs } from './otel-model.ts';
import { EXPORT_BUCKETS_MS, HOOK_BUCKETS_MS } from './percentiles.ts';
import { MAX_TOOL_LABELS, OTHER } from './prometheus.ts';

const MAX_MODELS = 20;
const MAX_ALERT_KEYS = 100;
const MAX_CUSTOM = 50;
/** Sessions whose last cost figures are remembered; past this the oldest is forgotten (its next update counts whole). */
const MAX_COST_SESSIONS = 1000;
/** Series per instrument the SDK keeps; past it, its overflow series. */
const CARDINALITY = 200;

/** The first `max` distinct values keep their name; the rest are `other`. */
class Bounded {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}
  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(value);
    return value;
  }
}

/** A reader that exports nothing itself: the live exporter collects when it is ready to send. */
class PullReader extends MetricReader {
  constructor() {
    super({ cardinalitySelector: () => CARDINALITY });
  }
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

type ModelFigures = Record<string, { tokens: Record<string, number>; usd: number }>;

export interface MetricsSnapshot {
  v: 1;
  /** Per session, the cumulative figures per model of its last `cost_update`. */
  cost: Array<[string, ModelFigures]>;
}

export class OtelMetrics {
  /** Custom metric names past MAX_CUSTOM, not exported. */
  ignoredCustom = 0;
  private readonly provider: MeterProvider;
  private readonly reader = new PullReader();
  private readonly toolDuration: Histogram;
  private readonly hookWait: Histogram;
  private readonly tokens: Counter;
  private readonly cost: Counter;
  private readonly alertState: Gauge;
  private readonly custom = new Map<string, Histogram>();
  private readonly tools = new Bounded(MAX_TOOL_LABELS);
  private readonly hooks = new Bounded(MAX_TOOL_LABELS);
  private readonly models = new Bounded(MAX_MODELS);
  private readonly alerts = new Bounded(MAX_ALERT_KEYS);
  private readonly lastCost = new Map<string, ModelFigures>();

  constructor(resource: Attrs, snapshot?: unknown) {
    this.provider = new MeterProvider({ resource: resourceFromAttributes(resource), readers: [this.reader] });
    const meter = this.provider.getMeter(SCOPE);
    this.toolDuration = meter.createHistogram('2l.tool.duration', {
      unit: 'ms',
      description: 'Tool call duration (PostToolUse duration_ms)',
      advice: { explicitBucketBoundaries: [...EXPORT_BUCKETS_MS] },
    });
    this.hookWait = meter.createHistogram('2l.hook.wait', {
      unit: 'ms',
      description: "Time Claude Code waited for the pack's hook (hook_ms)",
      advice: { explicitBucketBoundaries: [...HOOK_BUCKETS_MS] },
    });
    this.tokens = meter.createCounter('2l.tokens', { unit: '{token}', description: 'Tokens by model and kind' });
    this.cost = meter.createCounter('2l.cost', { unit: 'USD', description: 'Priced cost by model' });
    this.alertState = meter.createGauge('2l.alert.state', {
      description: 'Performance alert: 1 breached, 0 resolved',
    });
    const snap = snapshot as Partial<MetricsSnapshot> | undefined;
    if (snap?.v === 1 && Array.isArray(snap.cost)) for (const [k, v] of snap.cost) this.lastCost.set(k, v);
  }

  add(e: TwoLEvent): void {
    if (typeof e.hook_ms === 'number' && Number.isFinite(e.hook_ms) && e.hook_ms >= 0)
      this.hookWait.record(e.hook_ms, { '2l.hook': this.hooks.of(e.hook || 'unknown') });
    if (
      (e.event_type === 'tool_complete' || e.event_type === 'tool_error') &&
      typeof e.duration_ms === 'number' &&
      Number.isFinite(e.duration_ms) &&
      e.duration_ms >= 0
    )
      this.toolDuration.record(e.duration_ms, {
        'gen_ai.tool.name': this.tools.of(e.tool_name || 'unknown'),
        '2l.outcome': e.event_type === 'tool_error' ? 'error' : 'ok',
      });
    if (e.event_type === 'cost_update' && e.session_id) this.addCost(e.session_id, e.payload);
    if (e.event_type === 'performance_alert') this.addAlert(e.payload);
    if (e.event_type === METRIC_EVENT_TYPE) this.addCustom(e.payload);
  }

  private addCost(sessionId: string, payload: unknown): void {
    const now = cumulativeOf(payload);
    if (!now) return;
    const before = this.lastCost.get(sessionId) ?? {};
    const next: ModelFigures = {};
    for (const [model, f] of Object.entries(now.models)) {
      next[model] = { tokens: { ...f.tokens }, usd: f.usd };
      const prev = before[model];
      const label = this.models.of(model);
      for (const kind of TOKEN_KINDS) {
        const d = f.tokens[kind] - (prev?.tokens[kind] ?? 0);
        if (d > 0) this.tokens.add(d, { 'gen_ai.request.model': label, '2l.token.kind': kind });
      }
      const usd = f.usd - (prev?.usd ?? 0);
      if (usd > 0) this.cost.add(usd, { 'gen_ai.request.model': label });
    }
    this.lastCost.delete(sessionId);
    if (this.lastCost.size >= MAX_COST_SESSIONS) this.lastCost.delete(this.lastCost.keys().next().value!);
    this.lastCost.set(sessionId, next);
  }

  private addAlert(payload: unknown): void {
    const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
    if (typeof p.key !== 'string' || (p.state !== 'breach' && p.state !== 'resolved')) return;
    const attrs: Attributes = { '2l.alert.key': this.alerts.of(p.key.slice(0, 120)) };
    this.alertState.record(p.state === 'breach' ? 1 : 0, attrs);
  }

  private addCustom(payload: unknown): void {
    const m = readMetricPayload(payload);
    if (!m) return;
    let h = this.custom.get(m.name);
    if (!h) {
      if (this.custom.size >= MAX_CUSTOM) {
        this.ignoredCustom++;
        return;
      }
      h = this.provider
        .getMeter(SCOPE)
        .createHistogram(`2l.custom.${m.name}`, { ...(m.unit ? { unit: m.unit } : {}), description: 'metric event' });
      this.custom.set(m.name, h);
    }
    h.record(m.value, m.labels ?? {});
  }

  snapshot(): MetricsSnapshot {
    return { v: 1, cost: [...this.lastCost] };
  }

  /**
   * Everything recorded so far (cumulative), as the OTLP serializer takes it.
   * `window` replaces the SDK's clock times on every point: the one-shot export
   * stamps its points with the first and last exported event's time, so running
   * it again over the same log sends the very same points (same start time,
   * same value), which a backend keeps once, instead of a new series start.
   */
  async collect(window?: { startMs: number; endMs: number }): Promise<ResourceMetrics> {
    const rm = (await this.reader.collect()).resourceMetrics;
    if (!window) return rm;
    const startTime = millisToHrTime(window.startMs);
    const endTime = millisToHrTime(window.endMs);
    return {
      ...rm,
      scopeMetrics: rm.scopeMetrics.map((sm) => ({
        ...sm,
        metrics: sm.metrics.map(
          (m) => ({ ...m, dataPoints: m.dataPoints.map((p) => ({ ...p, startTime, endTime })) }) as typeof m,
        ),
      })),
    };
  }

  /** Data points in a collection (one per series), for the export's report. */
  static points(rm: ResourceMetrics): number {
    return rm.scopeMetrics.reduce((n, sm) => n + sm.metrics.reduce((k, m) => k + m.dataPoints.length, 0), 0);
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}
