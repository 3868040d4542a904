/**
 * The figures alerts are judged on, over a sliding window of recent events:
 * per-tool p95, the tool failure rate and the hook error rate (two separate
 * rates), hook time, agent spawn, session init, custom metrics and the
 * server's own per-event pipeline time. Pure and incremental: feed events in
 * log order with `add`, read measurements against the targets with `measure`.
 * The dashboard server and `/2l-status` both use it, so the two agree on what
 * a breach is. Memory is bounded: at most `MAX_SAMPLES` recent samples per
 * series and `MAX_SERIES` series, whatever the log holds.
 */
import { readMetricPayload } from '../events/metric.ts';
import { isErrorEvent, type TwoLEvent } from '../events/format.ts';
import { percentile } from './percentiles.ts';
import { toolTarget, type PerfConfig } from './config.ts';
import type { MetricStat } from './target-config.ts';
import type { CostSnapshot } from './cost.ts';
import { criticalOf, type Measurement } from './alerts.ts';
import { CRITICAL_STREAK, OpsChecks } from './ops-checks.ts';

/** Newest samples kept per series: a p95 over more adds nothing an alert needs. */
export const MAX_SAMPLES = 1000;
/** Tools, metric names: a log naming more is cut here (the oldest names stay). */
const MAX_SERIES = 500;
/** Agents and sessions awaiting their first tool call or prompt. */
const MAX_OPEN = 2000;
/**
 * The pipeline's time per event is judged over the last minute only, not the alert window: it is a
 * live figure of the machine's scheduling, and a burst an hour ago says nothing about now
 * (docs/alerts.md, "Event processing").
 */
export const PROCESSING_WINDOW_MS = 60_000;
/** Rate counts are kept in this many buckets across the window. */
const RATE_BUCKETS = 60;

/** Index of the first element of ascending `a` not less than `v`. */
function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Timestamped samples, oldest first, dropped once older than the window or
 * past the newest MAX_SAMPLES. The values are also kept sorted, insert by
 * insert (a binary search and one move), so a percentile costs nothing to read:
 * the engine reads every series after every batch.
 */
class Series {
  private t: number[] = [];
  private v: number[] = [];
  /** Index of the oldest live sample in `t`/`v` (dropped ones are compacted away now and then). */
  private head = 0;
  private sorted: number[] = [];
  private sum = 0;

  add(time: number, value: number): void {
    this.t.push(time);
    this.v.push(value);
    this.sorted.splice(lowerBound(this.sorted, value), 0, value);
    this.sum += value;
    if (this.size > MAX_SAMPLES) this.dropOldest(this.size - MAX_SAMPLES);
  }

  private dropOldest(n: number): void {
    for (let k = 0; k < n; k++) {
      const value = this.v[this.head]!;
      this.sorted.splice(lowerBound(this.sorted, value), 1);
      this.sum -= value;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.t.length) {
      this.t = this.t.slice(this.head);
      this.v = this.v.slice(this.head);
      this.head = 0;
    }
  }

  evict(before: number): void {
    let n = 0;
    while (this.head + n < this.t.length && this.t[this.head + n]! < before) n++;
    if (n > 0) this.dropOldest(n);
  }

  get size(): number {
    return this.t.length - this.head;
  }

  stat(stat: MetricStat): number | undefined {
    const n = this.size;
    if (n === 0) return undefined;
    if (stat === 'last') return this.v[this.v.length - 1];
    if (stat === 'mean') return this.sum / n;
    if (stat === 'max') return this.sorted[n - 1];
    if (stat === 'min') return this.sorted[0];
    return percentile(this.sorted, 95);
  }
}

/** Counts of all and bad items per time bucket, for a rate over the window. */
class Rate {
  private readonly buckets = new Map<number, { n: number; bad: number }>();
  constructor(private readonly bucketMs: number) {}

  add(time: number, bad: boolean): void {
    const k = Math.floor(time / this.bucketMs);
    let b = this.buckets.get(k);
    if (!b) {
      b = { n: 0, bad: 0 };
      this.buckets.set(k, b);
    }
    b.n++;
    if (bad) b.bad++;
  }

  read(since: number): { n: number; bad: number } {
    const from = Math.floor(since / this.bucketMs);
    let n = 0;
    let bad = 0;
    for (const [k, b] of this.buckets) {
      if (k < from) this.buckets.delete(k);
      else {
        n += b.n;
        bad += b.bad;
      }
    }
    return { n, bad };
  }
}

function capSet<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as K);
}

export class LiveMetrics {
  private readonly tools = new Map<string, Series>();
  private readonly metrics = new Map<string, Series>();
  private readonly hookMs = new Series();
  private readonly processing = new Series();
  private readonly refresh = new Series();
  private readonly agentSpawn = new Series();
  private readonly sessionInit = new Series();
  private readonly toolRate: Rate;
  private readonly hookRate: Rate;
  private readonly openAgents = new Map<string, number>();
  private readonly openSessions = new Map<string, number>();
  /** `/2l-setup-db` checks and `/2l-dashboard` starts, judged by count rather than the window. */
  readonly ops = new OpsChecks();
  /** Newest event time seen: malformed lines have no time of their own. */
  private latest = 0;

  constructor(private readonly windowMs: number) {
    const bucket = Math.max(1000, Math.ceil(windowMs / RATE_BUCKETS));
    this.toolRate = new Rate(bucket);
    this.hookRate = new Rate(bucket);
  }

  /** One event, in log order. Times come from the event (a future one counts as `now`). */
  add(e: TwoLEvent, now = Date.now()): void {
    let time = Date.parse(e.timestamp);
    if (Number.isNaN(time) || time > now) time = now;
    if (time > this.latest) this.latest = time;
    this.hookRate.add(time, e.source === 'hook' && !!e.error && !isErrorEvent(e.event_type));
    if (typeof e.hook_ms === 'number' && Number.isFinite(e.hook_ms) && e.hook_ms >= 0) this.hookMs.add(time, e.hook_ms);
    const type = e.event_type;
    if ((type === 'tool_complete' || type === 'tool_error') && e.tool_name) {
      this.toolRate.add(time, type === 'tool_error');
      if (typeof e.duration_ms === 'number' && Number.isFinite(e.duration_ms) && e.duration_ms >= 0)
        this.series(this.tools, e.tool_name)?.add(time, e.duration_ms);
    }
    if (type === 'metric') {
      const m = readMetricPayload(e.payload);
      if (m) this.series(this.metrics, m.name)?.add(time, m.value);
    }
    this.trackSpawn(e, time);
    this.trackInit(e, time);
    if (type === 'db_check' || type === 'dashboard_start') this.ops.add(e);
  }

  /** A line that is not an event: counts toward the hook error rate. */
  addMalformed(now = Date.now()): void {
    this.hookRate.add(this.latest || now, true);
  }

  /** The pipeline's time for one event, measured by whoever runs the pipeline (the server). */
  addProcessing(ms: number, now = Date.now()): void {
    if (Number.isFinite(ms) && ms >= 0) this.processing.add(now, ms);
  }

  /** The dashboard page's time from an event arriving to it being painted, as the browser measured it. */
  addRefresh(ms: number, now = Date.now()): void {
    if (Number.isFinite(ms) && ms >= 0) this.refresh.add(now, ms);
  }

  private series(map: Map<string, Series>, name: string): Series | undefined {
    let s = map.get(name);
    if (!s) {
      if (map.size >= MAX_SERIES) return undefined;
      s = new Series();
      map.set(name, s);
    }
    return s;
  }

  /** SubagentStart (hook) or 2L `agent_spawn` → the first tool event of the same agent id. */
  private trackSpawn(e: TwoLEvent, time: number): void {
    const type = e.event_type;
    if ((type === 'agent_start' && e.source === 'hook' && e.agent_type !== '') || type === 'agent_spawn') {
      if (!this.openAgents.has(e.agent_id)) {
        this.openAgents.set(e.agent_id, time);
        capSet(this.openAgents, MAX_OPEN);
      }
    } else if (type.startsWith('tool_') || type === 'agent_complete') {
      const began = this.openAgents.get(e.agent_id);
      if (began === undefined) return;
      this.openAgents.delete(e.agent_id);
      // An agent that finished without a tool call has no spawn time to report.
      if (type !== 'agent_complete') this.agentSpawn.add(time, Math.max(0, time - began));
    }
  }

  /** SessionStart (`startup`) → the session's first prompt. */
  private trackInit(e: TwoLEvent, time: number): void {
    if (!e.session_id) return;
    if (e.event_type === 'session_start') {
      const source = (e.payload as { source?: unknown } | undefined)?.source;
      if (source === undefined || source === 'startup') {
        this.openSessions.set(e.session_id, time);
        capSet(this.openSessions, MAX_OPEN);
      }
    } else if (e.event_type === 'user_prompt') {
      const began = this.openSessions.get(e.session_id);
      if (began === undefined) return;
      this.openSessions.delete(e.session_id);
      this.sessionInit.add(time, Math.max(0, time - began));
    }
  }

  /**
   * Each target with enough recent samples, measured against its threshold.
   * `now` sets the window; targets that are off (null) or short of samples are left out.
   */
  measure(config: PerfConfig, now: number): Measurement[] {
    const { targets, alerts } = config;
    const since = now - this.windowMs;
    const min = alerts.min_samples;
    const out: Measurement[] = [];
    const crit = (key: string, target: number, cap?: number) => criticalOf(config, key, target, cap);
    const p95 = (
      key: string,
      label: string,
      s: Series,
      target: number | null,
      configKey: string,
      need = min,
      from = since,
    ) => {
      s.evict(from);
      const v = target === null || s.size < need ? undefined : s.stat('p95');
      if (v === undefined) return;
      const critical = crit(configKey, target!);
      out.push({
        key,
        label,
        value: v,
        target: target!,
        ...(critical !== undefined ? { critical } : {}),
        unit: 'ms',
        samples: s.size,
      });
    };
    p95('hook_ms.p95', 'hook p95', this.hookMs, targets.hook_ms, 'hook_ms');
    p95(
      'event_processing_ms',
      'event processing p95',
      this.processing,
      targets.event_processing_ms,
      'event_processing_ms',
      min,
      Math.max(since, now - PROCESSING_WINDOW_MS),
    );
    // Spawns and session starts are rarer than tool calls: a handful already says something.
    const fewer = Math.min(min, 5);
    p95(
      'dashboard_refresh_ms',
      'dashboard refresh p95',
      this.refresh,
      targets.dashboard_refresh_ms,
      'dashboard_refresh_ms',
      fewer,
    );
    p95('agent_spawn_ms.p95', 'agent spawn p95', this.agentSpawn, targets.agent_spawn_ms, 'agent_spawn_ms', fewer);
    p95('session_init_ms.p95', 'session init p95', this.sessionInit, targets.session_init_ms, 'session_init_ms', fewer);
    for (const [tool, s] of this.tools)
      p95(`tool.${tool}.p95`, `${tool} p95`, s, toolTarget(targets, tool), 'tool_p95_ms');
    const rate = (key: string, label: string, r: { n: number; bad: number }, target: number | null) => {
      if (target === null || r.n < min) return;
      const critical = crit(key, target, 1);
      out.push({
        key,
        label,
        value: r.bad / r.n,
        target,
        ...(critical !== undefined ? { critical } : {}),
        unit: 'ratio',
        samples: r.n,
      });
    };
    rate('error_rate', 'hook error rate', this.hookRate.read(since), targets.error_rate);
    rate('tool_failure_rate', 'tool failure rate', this.toolRate.read(since), targets.tool_failure_rate);
    out.push(...this.measureOps(config));
    for (const [name, t] of Object.entries(targets.metrics)) {
      const s = this.metrics.get(name);
      if (!s) continue;
      s.evict(since);
      const v = s.size >= t.min_samples ? s.stat(t.stat) : undefined;
      if (v === undefined) continue;
      const below = t.min !== undefined;
      out.push({
        key: `metric.${name}`,
        label: `${name} ${t.stat}`,
        value: v,
        target: below ? t.min! : t.max!,
        ...(t.critical !== undefined ? { critical: t.critical } : {}),
        ...(below ? { below: true } : {}),
        unit: t.unit,
        samples: s.size,
      });
    }
    return out;
  }

  /**
   * The last DB check's time against `db_check_ms` (a warning, never critical); failed checks in a
   * row (a warning, critical from the third, labelled with the setup report's fix); the p95 of the
   * recent dashboard starts against `dashboard_start_ms`.
   */
  private measureOps(config: PerfConfig): Measurement[] {
    const out: Measurement[] = [];
    const db = this.ops.dbSnapshot();
    const last = db.recent.at(-1);
    const slow = config.targets.db_check_ms;
    if (last?.ms !== undefined && slow !== null)
      out.push({ key: 'db_check_ms', label: 'DB check time', value: last.ms, target: slow, unit: 'ms', samples: 1 });
    if (last) {
      const fix = db.failing_streak > 0 ? last.fix : undefined;
      out.push({
        key: 'db_check.failing',
        label: `DB checks failed in a row${fix ? ` (fix: ${fix.slice(0, 160)})` : ''}`,
        value: db.failing_streak,
        target: 0,
        critical: CRITICAL_STREAK - 1,
        unit: 'checks',
        samples: db.recent.length,
      });
    }
    const starts = this.ops.startsSnapshot();
    const target = config.targets.dashboard_start_ms;
    if (starts.p95 !== undefined && target !== null) {
      const critical = criticalOf(config, 'dashboard_start_ms', target);
      out.push({
        key: 'dashboard_start_ms.p95',
        label: 'dashboard start p95',
        value: starts.p95,
        target,
        ...(critical !== undefined ? { critical } : {}),
        unit: 'ms',
        samples: starts.count,
      });
    }
    return out;
  }
}

/**
 * The cost budgets as targets, from the crossings cost.ts computes: the most
 * expensive session against `session_usd`, today against `daily_usd`. Past
 * a budget is critical at once: money spent does not come back.
 */
export function measureBudgets(cost: CostSnapshot): Measurement[] {
  const out: Measurement[] = [];
  const b = cost.budgets;
  const crossed = (budget: string) => b.alerts.find((a) => a.budget === budget);
  if (b.session_usd !== null) {
    const worst = cost.sessions.reduce<{ usd: number; session?: string }>(
      (w, s) => (s.usd > w.usd ? { usd: s.usd, session: s.session } : w),
      { usd: 0 },
    );
    const over = crossed('session_usd');
    const usd = over ? Math.max(over.usd, worst.usd) : worst.usd;
    const label = worst.session ? `session cost (${worst.session.slice(0, 8)})` : 'session cost';
    out.push({
      key: 'budget.session_usd',
      label,
      value: usd,
      target: b.session_usd,
      critical: b.session_usd,
      unit: 'usd',
      samples: cost.sessions.length,
    });
  }
  if (b.daily_usd !== null) {
    const over = crossed('daily_usd');
    out.push({
      key: 'budget.daily_usd',
      label: 'cost today',
      value: over ? Math.max(over.usd, cost.today.usd) : cost.today.usd,
      target: b.daily_usd,
      critical: b.daily_usd,
      unit: 'usd',
      samples: 1,
    });
  }
  return out;
}
