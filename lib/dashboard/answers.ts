/**
 * The bodies the dashboard's API answers with, read from the feed. Each is a
 * SharedBody: every client asking about the same moment gets the same Buffer,
 * so a hundred pages opening at once cost one serialisation.
 */
import path from 'node:path';
import { SharedBody } from './backpressure.ts';
import type { DashboardFeed } from './feed.ts';
import { APP_ID } from './state.ts';
import { renderPrometheus } from '../monitor/prometheus.ts';
import type { TargetStatus } from '../monitor/alerts.ts';
import type { CostMetrics } from './cost-metrics.ts';

export class Answers {
  /** `/api/state`: the newest events, the summary and where the log stands. */
  readonly state: SharedBody;
  /** `/api/summary`. */
  readonly summary: SharedBody;
  /** `/metrics`, in Prometheus text format. */
  readonly metrics: SharedBody;
  private readonly early: SharedBody;
  private preview: string[] = [];

  constructor(
    private readonly feed: DashboardFeed,
    private readonly project: string,
    private readonly started: string,
    /** The alert engine's targets for `/metrics` (none when the engine is off). */
    private readonly alertRows: () => readonly TargetStatus[] = () => [],
    /** Token and cost counters for `/metrics`, computed on a scrape (the route awaits them). */
    private readonly costs?: CostMetrics,
  ) {
    const problemKey = () => feed.logStatus().problem ?? '';
    const alertStates = () =>
      this.alertRows()
        .map((r) => r.status)
        .join();
    // The full state carries its own seq, and the stream resumes from it, so it may lag the log by
    // a moment: that is what lets clients share it. A reset (epoch) or a new problem rebuilds it at once.
    this.state = new SharedBody(
      () => JSON.stringify(this.statePayload()),
      () => `${feed.epoch}|${problemKey()}`,
      500,
    );
    this.early = new SharedBody(
      () =>
        JSON.stringify({
          ...this.statePayload(),
          loading: true,
          progress: feed.progress(),
          seq: 0,
          events: this.preview,
        }),
      () => '',
      250,
    );
    this.summary = new SharedBody(
      () => JSON.stringify(feed.summary.snapshot()),
      () => `${feed.epoch}|${feed.seq}`,
      1000,
    );
    this.metrics = new SharedBody(
      () => renderPrometheus(feed.summary, new Date(), this.alertRows()) + (this.costs?.latest() ?? ''),
      // An alert changes state with no new event (its pending time runs out), so the states are in the key;
      // the cost counters change with the clock too (burn rate, today), so their version is.
      () => `${feed.epoch}|${feed.seq}|${alertStates()}|${this.costs?.version ?? 0}`,
      1000,
    );
  }

  /** `/api/state?early=1` while the log is still being read: its newest events and the summary so far. */
  async earlyState(): Promise<Buffer> {
    this.preview = await this.feed.preview();
    return this.early.get();
  }

  private statePayload() {
    const feed = this.feed;
    return {
      app: APP_ID,
      project: this.project,
      name: path.basename(this.project),
      log: { path: feed.file, ...feed.logStatus() },
      started: this.started,
      seq: feed.seq,
      epoch: feed.epoch,
      now: new Date().toISOString(),
      summary: feed.summary.snapshot(),
      events: feed.lines(),
      loading: false,
      progress: 1,
    };
  }
}
