/**
 * Business KPIs from the event stream (the seed's "success rate, tasks per
 * hour, agent utilisation, parallel execution ratio"). Pure: feed events with
 * `add`, read with `snapshot(now)`. Definitions (docs/performance.md):
 * - validation success: 2L `validation_result` events that pass / those that
 *   pass or fail (payload `passed`/`status`/`outcome`, else `data` starting
 *   PASS/OK or FAIL/ERROR; anything else is not counted);
 * - tool success: `tool_complete` / (`tool_complete` + `tool_error`);
 * - tasks per hour: (`iteration_complete` + agent completions) per hour of
 *   wall time (first to last event);
 * - agent utilisation: share of wall time with at least one agent running;
 * - parallel ratio: share of wall time with two or more agents or tool calls
 *   running at once (a tool call spans `duration_ms` before its completion).
 * Memory: the newest `maxIntervals` intervals and the agents still open.
 */
import type { TwoLEvent } from '../events/format.ts';

export interface Interval {
  start: number;
  end: number;
  kind: 'agent' | 'tool';
}

export interface Kpis {
  wall_ms: number;
  validation: { passed: number; failed: number; success_rate: number | null };
  tools: { succeeded: number; failed: number; success_rate: number | null };
  tasks: { iterations: number; agents_completed: number; per_hour: number | null };
  agent_utilisation: number | null;
  parallel_ratio: number | null;
}

/** Milliseconds of [from, to] covered by at least one interval, and by two or more. */
export function coverage(intervals: readonly Interval[], from: number, to: number): { any: number; multi: number } {
  const edges: Array<[number, number]> = [];
  for (const i of intervals) {
    const s = Math.max(i.start, from);
    const e = Math.min(i.end, to);
    if (e > s) edges.push([s, 1], [e, -1]);
  }
  // ends before starts at the same instant: touching intervals do not overlap
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let prev = from;
  let any = 0;
  let multi = 0;
  for (const [t, d] of edges) {
    if (depth >= 1) any += t - prev;
    if (depth >= 2) multi += t - prev;
    depth += d;
    prev = t;
  }
  return { any, multi };
}

/** A `validation_result` event: true passed, false failed, undefined when it does not say. */
export function validationOutcome(e: Pick<TwoLEvent, 'data' | 'payload'>): boolean | undefined {
  const p = e.payload as Record<string, unknown> | undefined;
  if (p && typeof p === 'object' && !Array.isArray(p)) {
    if (typeof p.passed === 'boolean') return p.passed;
    for (const k of ['status', 'outcome', 'result']) {
      const v = p[k];
      if (typeof v === 'string') {
        if (/^(pass|passed|ok|success)$/i.test(v)) return true;
        if (/^(fail|failed|error|failure)$/i.test(v)) return false;
      }
    }
  }
  if (/^\s*(PASS(ED)?|OK|SUCCESS)\b/i.test(e.data)) return true;
  if (/^\s*(FAIL(ED|URE)?|ERROR)\b/i.test(e.data)) return false;
  return undefined;
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

export interface KpiToolState {
  first: number | null;
  last: number | null;
  ok: number;
  failed: number;
  intervals: Array<[number, number]>;
}

export class KpiTracker {
  private first = Infinity;
  private last = -Infinity;
  private passed = 0;
  private failed = 0;
  private toolOk = 0;
  private toolFailed = 0;
  private iterations = 0;
  private agentsCompleted = 0;
  private intervals: Interval[] = [];
  private readonly openAgents = new Map<string, number>();

  constructor(private readonly maxIntervals = 5000) {}

  add(e: TwoLEvent): void {
    const t = Date.parse(e.timestamp);
    if (!Number.isFinite(t)) return;
    this.first = Math.min(this.first, t);
    this.last = Math.max(this.last, t);
    switch (e.event_type) {
      case 'validation_result': {
        const ok = validationOutcome(e);
        if (ok === true) this.passed++;
        if (ok === false) this.failed++;
        break;
      }
      case 'iteration_complete':
        this.iterations++;
        break;
      case 'tool_complete':
      case 'tool_error':
        if (e.event_type === 'tool_complete') this.toolOk++;
        else this.toolFailed++;
        if (typeof e.duration_ms === 'number' && e.duration_ms > 0)
          this.push({ start: t - e.duration_ms, end: t, kind: 'tool' });
        break;
      case 'agent_spawn':
      case 'agent_start': {
        // /compact's forked agent reports agent_type "": not a real agent (as summary.ts).
        if (e.source === 'hook' && e.agent_type === '') break;
        const key = `${e.source}:${e.agent_id}`;
        if (!this.openAgents.has(key)) this.openAgents.set(key, t);
        if (this.openAgents.size > 2000) this.openAgents.delete(this.openAgents.keys().next().value as string);
        break;
      }
      case 'agent_complete': {
        if (e.source === 'hook' && e.agent_type === '') break;
        this.agentsCompleted++;
        const key = `${e.source}:${e.agent_id}`;
        const start = this.openAgents.get(key);
        if (start !== undefined) {
          this.openAgents.delete(key);
          this.push({ start, end: t, kind: 'agent' });
        }
        break;
      }
    }
  }

  /**
   * What a later segment of the log adds apart from its agent, validation and
   * iteration events (those are replayed through `add`): the span, the tool
   * counts and the newest tool intervals (monitor/summary-state.ts).
   */
  toolState(): KpiToolState {
    return {
      first: Number.isFinite(this.first) ? this.first : null,
      last: Number.isFinite(this.last) ? this.last : null,
      ok: this.toolOk,
      failed: this.toolFailed,
      intervals: this.intervals
        .filter((i) => i.kind === 'tool')
        .slice(-this.maxIntervals)
        .map((i) => [i.start, i.end]),
    };
  }

  /** Add a validated KpiToolState of the segment that follows what this tracker has seen. */
  mergeToolState(k: KpiToolState): void {
    if (k.first !== null) this.first = Math.min(this.first, k.first);
    if (k.last !== null) this.last = Math.max(this.last, k.last);
    this.toolOk += k.ok;
    this.toolFailed += k.failed;
    for (const [start, end] of k.intervals) this.push({ start, end, kind: 'tool' });
  }

  private push(i: Interval): void {
    this.intervals.push(i);
    if (this.intervals.length > this.maxIntervals * 2) this.intervals = this.intervals.slice(-this.maxIntervals);
  }

  /** Agents still open count as running until the newest event (not `now`: a quiet log is not busy). */
  snapshot(): Kpis {
    const wall = Number.isFinite(this.first) ? this.last - this.first : 0;
    const open = [...this.openAgents.values()].map((start): Interval => ({ start, end: this.last, kind: 'agent' }));
    const all = [...this.intervals.slice(-this.maxIntervals), ...open];
    const agents = coverage(
      all.filter((i) => i.kind === 'agent'),
      this.first,
      this.last,
    );
    const both = coverage(all, this.first, this.last);
    const tasks = this.iterations + this.agentsCompleted;
    return {
      wall_ms: wall,
      validation: {
        passed: this.passed,
        failed: this.failed,
        success_rate: ratio(this.passed, this.passed + this.failed),
      },
      tools: {
        succeeded: this.toolOk,
        failed: this.toolFailed,
        success_rate: ratio(this.toolOk, this.toolOk + this.toolFailed),
      },
      tasks: {
        iterations: this.iterations,
        agents_completed: this.agentsCompleted,
        per_hour: wall >= 60_000 ? (tasks * 3_600_000) / wall : null,
      },
      agent_utilisation: ratio(agents.any, wall),
      parallel_ratio: ratio(both.multi, wall),
    };
  }
}
