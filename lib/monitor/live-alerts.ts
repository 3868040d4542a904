/**
 * Continuous alert evaluation for a process that follows the log (the
 * dashboard server): every batch of events is measured against the targets
 * as it arrives, transitions are recorded through the alert store (one
 * `performance_alert` event each, under its lock, so `/2l-status` or a second
 * evaluator never writes the same one), and alert events seen in the log are
 * passed to the notifier once each. A slow timer moves pending alerts on and
 * lets figures age out of the window when no event comes.
 *
 * The cost budgets need the transcripts, which are read at most once every
 * `costEveryMs` (the first change after a quiet spell is read at once).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TwoLEvent } from '../events/format.ts';
import {
  firingAlerts,
  isLogKey,
  measureStoredTiming,
  targetStatuses,
  reconcile,
  type AlertState,
  type Measurement,
  type TargetStatus,
} from './alerts.ts';
import { readAlertState, recordWith } from './alert-store.ts';
import { loadPerfConfig, type PerfConfig } from './config.ts';
import { CostContext, collectCost } from './cost-collect.ts';
import { loadCostConfig, type CostConfig } from './cost-config.ts';
import { LiveMetrics, measureBudgets } from './live-metrics.ts';
import { RENEW_MS, holdLease, releaseLease, renewLease } from './alert-lease.ts';
import { Notifier, alertNotice } from './notify.ts';
import { loadNotifyConfig } from './notify-config.ts';
import { stateDir } from '../events/project-dir.ts';

export interface LiveAlertsOptions {
  project: string;
  env?: NodeJS.ProcessEnv;
  /** null: no notifications (tests of the engine alone). Default: from notify-config.ts. */
  notifier?: Notifier | null;
  /** How often the timer looks (pending alerts, window expiry, config changes). */
  tickMs?: number;
  costEveryMs?: number;
  /** Told about problems worth a line in the server's log. */
  log?: (line: string) => void;
  /**
   * The user's private runtime folder: while started, the engine holds the project's alert lease
   * there (alert-lease.ts), so the Stop hook's evaluation stands aside. Absent: no lease.
   */
  runtime?: string;
}

/** One sample of what evaluation costs, for the benchmark and the server's own figures. */
export interface EvalCost {
  events: number;
  ms: number;
}

/** When the daily budget runs out at the recent burn rate (cost.ts's forecast, as `/2l-status` says it). */
export interface BudgetForecast {
  text: string;
  daily_usd: number | null;
  today_usd: number;
  /** ISO time the budget is reached today; null when it is not (or is already used up). */
  reached_at: string | null;
}

export class LiveAlerts {
  private config: PerfConfig;
  private configStamp = '';
  private metrics: LiveMetrics;
  private state: AlertState;
  private costContext = new CostContext();
  private costBudgets: CostConfig | undefined;
  private budgets: Measurement[] = [];
  private costAt = 0;
  private costRunning = false;
  private costWanted = false;
  private lastBatchAt = Date.now();
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;
  private retry = false;
  private measured: Measurement[] = [];
  private leaseAt = Date.now();
  private forecast: BudgetForecast | undefined;
  readonly notifier: Notifier | null;
  readonly evalCost: EvalCost = { events: 0, ms: 0 };

  constructor(private readonly opts: LiveAlertsOptions) {
    this.config = this.loadConfig();
    this.metrics = new LiveMetrics(this.config.alerts.window_ms);
    this.state = readAlertState(opts.project);
    this.costBudgets = this.loadBudgets();
    if (opts.notifier !== undefined) this.notifier = opts.notifier;
    else {
      const nc = loadNotifyConfig(opts.project, opts.env);
      for (const n of nc.notes) opts.log?.(n);
      this.notifier = new Notifier({
        project: opts.project,
        env: opts.env,
        desktop: nc.desktop,
        webhookUrl: nc.webhook_url,
        onProblem: (m) => opts.log?.(m),
      });
    }
  }

  private loadConfig(): PerfConfig {
    const loaded = loadPerfConfig(this.opts.project);
    this.configStamp = this.stampOf();
    return loaded.config;
  }

  /** What changes when `.2L/config.yaml` is edited, without reading it. */
  private stampOf(): string {
    try {
      const st = fs.lstatSync(path.join(stateDir(this.opts.project), 'config.yaml'));
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return '';
    }
  }

  /** Start judging: call once the log has been read to its end (the past is not announced again). */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.config.alerts.enabled) this.refreshCost(Date.now());
    if (this.opts.runtime) holdLease(this.opts.runtime, this.opts.project);
    this.evaluate();
    this.timer = setInterval(() => this.tick(), this.opts.tickMs ?? 1000);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.started && this.opts.runtime) releaseLease(this.opts.runtime, this.opts.project);
    this.started = false;
  }

  /**
   * A batch of events from the log, in order. `live`: appended while we
   * watch (their alert events are notified, their pipeline time measured).
   */
  onBatch(events: readonly TwoLEvent[], malformed: number, live: boolean): void {
    try {
      this.take(events, malformed, live);
    } catch (err) {
      // The feed must go on whatever the alert engine meets.
      this.opts.log?.(`alerts: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private take(events: readonly TwoLEvent[], malformed: number, live: boolean): void {
    const t0 = performance.now();
    const now = Date.now();
    const budgets = this.config.alerts.enabled && this.hasBudgets();
    for (const e of events) {
      this.metrics.add(e, now);
      if (budgets) this.costContext.add(e);
      if (live && e.event_type === 'performance_alert') this.announce(e);
    }
    for (let i = 0; i < malformed; i++) this.metrics.addMalformed(now);
    if (!live || !this.started) return;
    if (budgets) this.refreshCost(now);
    this.evaluate(now);
    // Pipeline time per event: from its write (its timestamp, or our previous look if it was
    // stamped earlier than that: a late writer is not our delay) to judged.
    const done = Date.now();
    for (const e of events) {
      const t = Date.parse(e.timestamp);
      if (!Number.isNaN(t)) this.metrics.addProcessing(done - Math.max(t, this.lastBatchAt), done);
    }
    this.lastBatchAt = done;
    this.evalCost.events += events.length;
    this.evalCost.ms += performance.now() - t0;
  }

  /**
   * What archives last written before the alert window feed here when they are
   * merged from their kept state instead of read (dashboard/feed.ts): the
   * budget judge's cost sessions and events, the DB checks and dashboard starts
   * (an archive's unreadable lines never reach the engine, read or merged).
   */
  archiveReaders(now = Date.now()): {
    before: number;
    costs: CostContext[];
    ops: Array<{ add(e: TwoLEvent): void }>;
  } {
    const budgets = this.config.alerts.enabled && this.hasBudgets();
    return {
      before: now - this.config.alerts.window_ms,
      costs: budgets ? [this.costContext] : [],
      ops: [this.metrics.ops],
    };
  }

  private hasBudgets(): boolean {
    return this.costBudgets !== undefined;
  }

  /** The cost config when a budget is set; undefined: no budget, so no transcript is ever read. */
  private loadBudgets(): CostConfig | undefined {
    const c = loadCostConfig(this.opts.project).config;
    return c.budgets.session_usd === null && c.budgets.daily_usd === null ? undefined : c;
  }

  /** Read the transcripts again, at most once per `costEveryMs`; the figures arrive later. */
  private refreshCost(now: number): void {
    const config = this.costBudgets;
    if (!config) return;
    if (this.costRunning || now - this.costAt < (this.opts.costEveryMs ?? 10_000)) {
      this.costWanted = true;
      return;
    }
    this.costRunning = true;
    this.costWanted = false;
    this.costAt = now;
    collectCost(this.costContext, { config, now: new Date(now), env: this.opts.env })
      .then((r) => {
        this.budgets = measureBudgets(r.snapshot);
        const b = r.snapshot.budgets;
        this.forecast = b.forecast
          ? {
              text: b.forecast,
              daily_usd: b.daily_usd,
              today_usd: r.snapshot.today.usd,
              reached_at: b.daily_reached_at ?? null,
            }
          : undefined;
        this.evaluate();
      })
      .catch((err: unknown) => this.opts.log?.(`alerts: cost not read: ${String(err)}`))
      .finally(() => (this.costRunning = false));
  }

  private tick(): void {
    this.ticks++;
    const now = Date.now();
    if (this.opts.runtime && now - this.leaseAt >= RENEW_MS) {
      this.leaseAt = now;
      renewLease(this.opts.runtime, this.opts.project);
    }
    const pending = Object.values(this.state.active).some((a) => a.state === 'pending');
    // Every few seconds: config edits, window expiry, cost, another evaluator's changes.
    if (this.ticks % 5 === 0) {
      if (this.stampOf() !== this.configStamp) {
        this.config = this.loadConfig();
        this.costBudgets = this.loadBudgets();
        // Budgets judged against the old limits are stale: read the cost again (or drop them).
        this.budgets = [];
        this.costAt = 0;
        this.costWanted = this.costBudgets !== undefined;
      }
      this.state = readAlertState(this.opts.project);
      if (this.costWanted) this.refreshCost(Date.now());
    } else if (!pending && !this.retry) return;
    this.evaluate();
  }

  /** Measure, and record what changed. The lock is taken only when something would. */
  evaluate(now = Date.now()): void {
    if (!this.config.alerts.enabled) return;
    const config = this.config;
    const measure = (state: AlertState) => {
      const ms = this.metrics.measure(config, now);
      const query = measureStoredTiming(state, 'state_query_ms', 'query p95', config);
      if (query) ms.push(query);
      return [...ms, ...this.budgets];
    };
    const owns = (key: string) =>
      isLogKey(key) ||
      key === 'event_processing_ms' ||
      key === 'state_query_ms' ||
      key === 'dashboard_refresh_ms' ||
      key.startsWith('budget.');
    this.measured = measure(this.state);
    const at = new Date(now);
    const dry = reconcile(this.state, this.measured, owns, at, config.alerts);
    const changed =
      dry.begun.length + dry.changed.length + dry.resolved.length > 0 ||
      Object.keys(dry.next.active).length !== Object.keys(this.state.active).length;
    this.retry = false;
    if (!changed) return;
    const r = recordWith(
      this.opts.project,
      at,
      (state) => {
        this.measured = measure(state);
        return { state, measurements: this.measured, owns };
      },
      config.alerts,
    );
    if (r.outcome) this.state = r.outcome.next;
    else if (r.skipped === 'another run is recording alerts') this.retry = true;
    else if (r.skipped) this.opts.log?.(`alerts: ${r.skipped}`);
  }

  /** An alert event in the log (ours or another evaluator's): tell the user, once. */
  private announce(e: TwoLEvent): void {
    const notice = this.notifier && alertNotice(e);
    if (notice) this.notifier!.notify(notice);
  }

  /** Refresh times a dashboard page measured (ms each, already validated): judged at once. */
  addRefresh(samples: readonly number[]): void {
    const now = Date.now();
    for (const ms of samples) this.metrics.addRefresh(ms, now);
    if (this.started) this.evaluate(now);
  }

  /** The targets in force (re-read when `.2L/config.yaml` changes). */
  get perfConfig(): PerfConfig {
    return this.config;
  }

  /** Per target: current, target, unit, status, severity, since (for the Performance view). */
  rows(): TargetStatus[] {
    return targetStatuses(this.measured, this.state);
  }

  /** The daily budget's time-to-exhaustion, from the last cost read; undefined with no daily budget. */
  budgetForecast(): BudgetForecast | undefined {
    return this.costBudgets?.budgets.daily_usd == null ? undefined : this.forecast;
  }

  /** Firing alerts (pending ones are not announced yet). */
  firing() {
    return firingAlerts(this.state);
  }
}
