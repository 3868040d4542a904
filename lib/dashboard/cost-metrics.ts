/**
 * Token and cost counters for the dashboard's `/metrics`: the figures
 * `/2l-status` computes (monitor/cost-collect.ts over the log's sessions:
 * `cost_update` events first, transcripts for sessions without them), rendered
 * by the one renderer `/2l-status --prom` uses (monitor/cost-render.ts), so the
 * two never disagree. The context is fed as the feed reads events (and started
 * again when the log is truncated); the figures are computed on a scrape, when
 * the log has moved but at most once per `minIntervalMs` (a session without
 * `cost_update` events is read from its transcripts, again only when a file
 * changed: monitor/cost-collect.ts's TranscriptCache), and again after
 * `maxAgeMs` whatever happened (the burn rate and today's dollars move with the clock).
 */
import type { TwoLEvent } from '../events/format.ts';
import { CostContext, TranscriptCache, collectCost } from '../monitor/cost-collect.ts';
import { loadCostConfig } from '../monitor/cost-config.ts';
import { renderCostPrometheus } from '../monitor/cost-render.ts';

export interface CostMetricsOptions {
  /** Where Claude Code's transcripts are found (CLAUDE_CONFIG_DIR, HOME); default: this process's. */
  env?: NodeJS.ProcessEnv;
  minIntervalMs?: number;
  maxAgeMs?: number;
  now?: () => number;
}

export class CostMetrics {
  private context = new CostContext();
  private epoch: number;
  private text = '';
  /** The log position and the time the text was computed at; bumped `version` says it changed. */
  private computedKey = '';
  private computedAt = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | undefined;
  /** Transcripts of sessions without `cost_update` events are read again only when they change. */
  private readonly transcripts = new TranscriptCache();
  version = 0;

  constructor(
    private readonly project: string,
    private readonly feed: { readonly epoch: number; readonly seq: number },
    private readonly opts: CostMetricsOptions = {},
  ) {
    this.epoch = feed.epoch;
  }

  /** The cost context, for archives merged from their kept state rather than read (feed.ts). */
  costContext(): CostContext {
    return this.context;
  }

  /** Every event the feed accepted, in log order. */
  onBatch(events: readonly TwoLEvent[]): void {
    if (this.feed.epoch !== this.epoch) {
      this.epoch = this.feed.epoch;
      this.context = new CostContext();
    }
    for (const e of events) this.context.add(e);
  }

  /** The counters as last computed ('' before the first scrape). */
  latest(): string {
    return this.text;
  }

  /** The counters as of now (recomputed when due); concurrent scrapes share one computation. */
  async current(): Promise<string> {
    const now = this.opts.now ?? Date.now;
    const key = `${this.feed.epoch}|${this.feed.seq}`;
    const age = now() - this.computedAt;
    const due =
      age >= (this.opts.maxAgeMs ?? 30_000) || (key !== this.computedKey && age >= (this.opts.minIntervalMs ?? 2000));
    if (due) this.running ??= this.compute(key, now).finally(() => (this.running = undefined));
    // A scrape that comes while figures are being computed waits for them (the first has none before).
    if (this.running) await this.running;
    return this.text;
  }

  private async compute(key: string, now: () => number): Promise<void> {
    const at = now();
    this.computedKey = key;
    this.computedAt = at;
    try {
      const { snapshot } = await collectCost(this.context, {
        config: loadCostConfig(this.project).config,
        now: new Date(at),
        env: this.opts.env,
        cache: this.transcripts,
      });
      this.text = renderCostPrometheus(snapshot);
      this.version++;
    } catch {
      // The rest of /metrics must not go down with the cost figures: the last ones stay, the next due
      // scrape tries again, and `/2l-status` names what is wrong.
    }
  }
}
