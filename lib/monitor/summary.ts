/**
 * Incremental summary of a 2L event stream, shared by the dashboard
 * (`/api/summary`, `/metrics`) and `/2l-status`. Pure: feed it events in log
 * order with `add`, read it with `snapshot`. Memory is bounded by the number
 * of sessions, agents and tools, never by the number of events.
 */
import { DurationStats, HOOK_BUCKETS_MS, type DurationSnapshot } from './percentiles.ts';
import { DENIED_EVENT_TYPE, isErrorEvent, parseEventLine, type TwoLEvent } from '../events/format.ts';
import { MetricsTracker, type MetricsSnapshot } from './metrics.ts';
import { KpiTracker, type Kpis } from './kpis.ts';
import { RESOURCE_EVENT_TYPE, latestResources, type ResourceSample } from './resources.ts';
import { STATE_LIMITS, type SessionSegment, type SummaryState } from './summary-state.ts';

export interface AgentState {
  key: string;
  agent_id: string;
  agent_type?: string;
  session_id?: string;
  source: 'hook' | 'emit';
  started: string;
  ended?: string;
  status: 'active' | 'complete';
}

export interface SessionState {
  id: string;
  started: string;
  last: string;
  ended?: string;
  events: number;
  /** Tool calls closed: completed, failed or denied. */
  tools: number;
  toolErrors: number;
  toolDenied: number;
}

export interface ToolCall {
  tool: string;
  duration_ms: number;
  timestamp: string;
  data: string;
  failed: boolean;
}

export interface ToolSnapshot extends DurationSnapshot {
  tool: string;
  /** Closed calls: completed, failed and denied. */
  calls: number;
  failures: number;
  /** Calls that never ran: denied by a rule, the user, auto mode or `-p`. */
  denied: number;
  failure_rate: number;
}

export interface SummarySnapshot {
  events: number;
  malformed: number;
  /** Hook events recording a failure of the pack itself (unreadable payload), not of a tool. */
  pipeline_errors: number;
  /** Alerts that began (`payload.state: "breach"`) and have not been resolved, keyed by `payload.key`, oldest first. */
  active_alerts: TwoLEvent[];
  first?: string;
  last?: string;
  by_type: Record<string, number>;
  sessions: SessionState[];
  agents: { active: AgentState[]; orphaned: AgentState[]; completed: number };
  plan: {
    status: 'none' | 'running' | 'complete';
    started?: string;
    completed?: string;
    iteration?: string;
    phase?: string;
  };
  phases: Array<{ phase: string; started: string; ended?: string }>;
  tools: ToolSnapshot[];
  slowest: ToolCall[];
  hook_ms: DurationSnapshot;
  errors: {
    count: number;
    recent: Array<
      Pick<TwoLEvent, 'timestamp' | 'event_type' | 'agent_id' | 'data'> & { tool_name?: string; error?: string }
    >;
  };
  checks: { db?: TwoLEvent; mcp?: TwoLEvent };
  alerts: TwoLEvent[];
  /** Events per minute of log time (UTC `YYYY-MM-DDTHH:MM`), oldest first, the newest `keepMinutes` minutes. */
  per_minute: Array<{ minute: string; events: number; errors: number }>;
  /** What orchestrators reported through `metric` events, per series (monitor/metrics.ts). */
  metrics: MetricsSnapshot;
  /** Success rates, tasks per hour, agent utilisation, parallel ratio (monitor/kpis.ts). */
  kpis: Kpis;
  /** The newest `resource_sample` the dashboard server wrote, read back (monitor/resources.ts). */
  resources?: ResourceSample & { at: string };
}

export interface SummaryOptions {
  /** An agent started this long before the newest event, and never completed, is an orphan. */
  orphanAfterMs?: number;
  keepErrors?: number;
  keepSlowest?: number;
  /** Sessions and agents are dropped oldest first past these counts. */
  maxSessions?: number;
  maxAgents?: number;
  /** Minutes kept for `per_minute`. */
  keepMinutes?: number;
  /** Keep what `toState` needs (a stretch of the log summarised once, merged later). */
  record?: boolean;
}

export interface ToolTotals {
  stats: DurationStats;
  calls: number;
  failures: number;
  denied: number;
}

const CLOSES = new Set(['tool_complete', 'tool_error', DENIED_EVENT_TYPE]);
/**
 * Event kinds whose effect depends on what came before (an agent's start, a
 * plan's phase, an alert's onset): a stored stretch keeps them as lines and
 * replays them on merge. All are rare beside tool events.
 */
const REPLAYED = new Set([
  'agent_start',
  'agent_spawn',
  'agent_complete',
  'plan_start',
  'plan_complete',
  'iteration_start',
  'iteration_complete',
  'phase_change',
  'performance_alert',
  'db_check',
  'mcp_check',
  'metric',
  'validation_result',
]);
/** Closed calls remembered for pairing; a duplicate close arrives within the same turn. */
const MAX_CLOSED = 4096;

function evictOldest<V>(map: Map<string, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as string);
}

export class Summary {
  events = 0;
  malformed = 0;
  private first?: string;
  private last?: string;
  private readonly byType = new Map<string, number>();
  private readonly sessions = new Map<string, SessionState>();
  private readonly agents = new Map<string, AgentState>();
  private completedAgents = 0;
  private readonly activeAlerts = new Map<string, TwoLEvent>();
  private pipelineErrors = 0;
  private plan: SummarySnapshot['plan'] = { status: 'none' };
  private phases: SummarySnapshot['phases'] = [];
  private readonly tools = new Map<string, ToolTotals>();
  /** Calls already closed, so that a second close (a denial both auto mode and the batch report) counts once. */
  private readonly closed = new Map<string, true>();
  private slowest: ToolCall[] = [];
  private readonly hookMs = new DurationStats(undefined, HOOK_BUCKETS_MS);
  private errorCount = 0;
  private recentErrors: SummarySnapshot['errors']['recent'] = [];
  private checks: SummarySnapshot['checks'] = {};
  private alerts: TwoLEvent[] = [];
  private readonly minutes = new Map<string, { events: number; errors: number }>();
  private readonly metrics = new MetricsTracker();
  private readonly kpis = new KpiTracker();
  private resources?: ResourceSample & { at: string };
  private lastActivity?: string;
  private readonly opts: Required<SummaryOptions>;
  /** Recording only: the replayed events as lines (undefined once past the limit: no state then). */
  private replay: string[] | undefined;
  private lastResource?: string;
  /** Recording only: sessions whose last boundary in this stretch was a start. */
  private readonly reopened = new Set<string>();
  /** Recording only: denials counted as their call's first close here (undefined once past the limit). */
  private firstDenials: Array<[string, string, string]> | undefined;

  constructor(opts: SummaryOptions = {}) {
    this.opts = {
      orphanAfterMs: 30 * 60_000,
      keepErrors: 50,
      keepSlowest: 10,
      maxSessions: 500,
      maxAgents: 2000,
      keepMinutes: 120,
      record: false,
      ...opts,
    };
    if (this.opts.record) {
      this.replay = [];
      this.firstDenials = [];
    }
  }

  addMalformed(): void {
    this.malformed++;
  }

  add(e: TwoLEvent): void {
    this.events++;
    const ts = e.timestamp;
    if (!this.first || ts < this.first) this.first = ts;
    if (!this.last || ts > this.last) this.last = ts;
    this.byType.set(e.event_type, (this.byType.get(e.event_type) ?? 0) + 1);
    if (typeof e.hook_ms === 'number') this.hookMs.add(e.hook_ms);
    if (e.event_type === 'performance_alert') this.trackActiveAlert(e);
    if (e.source === 'hook' && e.error && !isErrorEvent(e.event_type)) this.pipelineErrors++;
    const repeatClose = this.isRepeatClose(e);
    this.trackSession(e, repeatClose);
    this.trackAgents(e);
    this.trackPlan(e);
    if (!repeatClose) this.trackTools(e);
    const isError = isErrorEvent(e.event_type) || (!!e.error && e.event_type !== 'session_start');
    if (isError) this.trackError(e);
    this.trackMinute(ts, isError);
    if (e.event_type === 'db_check') this.checks.db = e;
    if (e.event_type === 'mcp_check') this.checks.mcp = e;
    if (e.event_type === 'performance_alert') this.alerts = [...this.alerts.slice(-19), e];
    this.metrics.add(e);
    this.kpis.add(e);
    this.resources = latestResources(this.resources, e);
    if (this.opts.record) this.recordReplay(e);
    if (e.event_type !== RESOURCE_EVENT_TYPE && (!this.lastActivity || ts > this.lastActivity)) this.lastActivity = ts;
  }

  /** The newest event that is not the server's own resource sample: whether a session is at work. */
  lastActivityAt(): string | undefined {
    return this.lastActivity;
  }

  private trackActiveAlert(e: TwoLEvent): void {
    const p = e.payload as { key?: unknown; state?: unknown } | undefined;
    if (!p || typeof p.key !== 'string') return;
    if (p.state === 'resolved') this.activeAlerts.delete(p.key);
    else if (p.state === 'breach') {
      this.activeAlerts.delete(p.key); // keep insertion order = order of onset
      this.activeAlerts.set(p.key, e);
      evictOldest(this.activeAlerts, 200);
    }
  }

  /**
   * A denial for a call already closed: the same call reported by PermissionDenied
   * and PostToolBatch, or a completed tool whose output reads like a denial.
   */
  private isRepeatClose(e: TwoLEvent): boolean {
    if (!e.tool_use_id || !CLOSES.has(e.event_type)) return false;
    const key = `${e.session_id ?? ''}\0${e.tool_use_id}`;
    if (this.closed.has(key)) return e.event_type === DENIED_EVENT_TYPE;
    if (this.firstDenials && e.event_type === DENIED_EVENT_TYPE) {
      if (this.firstDenials.length >= STATE_LIMITS.firstDenials) this.firstDenials = undefined;
      else this.firstDenials.push([key, e.session_id ?? '', e.tool_name ?? '']);
    }
    this.closed.set(key, true);
    evictOldest(this.closed, MAX_CLOSED);
    return false;
  }

  private trackSession(e: TwoLEvent, repeatClose: boolean): void {
    if (!e.session_id) return;
    let s = this.sessions.get(e.session_id);
    if (!s) {
      s = {
        id: e.session_id,
        started: e.timestamp,
        last: e.timestamp,
        events: 0,
        tools: 0,
        toolErrors: 0,
        toolDenied: 0,
      };
      this.sessions.set(e.session_id, s);
      evictOldest(this.sessions, this.opts.maxSessions);
    }
    s.events++;
    s.last = e.timestamp;
    if (e.event_type === 'session_end') {
      s.ended = e.timestamp;
      this.reopened.delete(e.session_id);
    }
    if (e.event_type === 'session_start') {
      s.ended = undefined;
      if (this.opts.record) this.reopened.add(e.session_id);
    }
    if (e.event_type === 'tool_complete') s.tools++;
    if (e.event_type === 'tool_error') {
      s.tools++;
      s.toolErrors++;
    }
    if (e.event_type === DENIED_EVENT_TYPE && !repeatClose) {
      s.tools++;
      s.toolDenied++;
    }
  }

  /** Hook subagents are keyed by their id; 2L agents by id within no session. */
  private agentKey(e: TwoLEvent): string {
    return e.source === 'hook' ? `hook:${e.agent_id}` : `emit:${e.agent_id}`;
  }

  private trackAgents(e: TwoLEvent): void {
    const isStart = e.event_type === 'agent_start' || e.event_type === 'agent_spawn';
    const isEnd = e.event_type === 'agent_complete';
    if (!isStart && !isEnd) return;
    // /compact runs as a forked agent and reports SubagentStop with agent_type "": not a real agent.
    if (e.source === 'hook' && e.agent_type === '') return;
    const key = this.agentKey(e);
    const known = this.agents.get(key);
    if (isStart) {
      if (known && known.status === 'active') return; // agent_spawn then agent_start
      this.agents.set(key, {
        key,
        agent_id: e.agent_id,
        agent_type: e.agent_type,
        session_id: e.session_id,
        source: e.source,
        started: e.timestamp,
        status: 'active',
      });
      evictOldest(this.agents, this.opts.maxAgents);
      return;
    }
    this.completedAgents++;
    if (known) {
      known.status = 'complete';
      known.ended = e.timestamp;
    } else {
      this.agents.set(key, {
        key,
        agent_id: e.agent_id,
        agent_type: e.agent_type,
        session_id: e.session_id,
        source: e.source,
        started: e.timestamp,
        ended: e.timestamp,
        status: 'complete',
      });
    }
  }

  private trackPlan(e: TwoLEvent): void {
    switch (e.event_type) {
      case 'plan_start':
        this.plan = { status: 'running', started: e.timestamp, phase: e.phase !== 'unknown' ? e.phase : undefined };
        this.phases = [];
        break;
      case 'plan_complete':
        this.plan = { ...this.plan, status: 'complete', completed: e.timestamp };
        this.closePhase(e.timestamp);
        break;
      case 'iteration_start':
        this.plan = {
          ...this.plan,
          status: this.plan.status === 'none' ? 'running' : this.plan.status,
          started: this.plan.started ?? e.timestamp,
          iteration: e.data,
        };
        break;
      case 'phase_change': {
        if (this.plan.status === 'none') this.plan = { status: 'running', started: e.timestamp };
        const phase = e.phase !== 'unknown' ? e.phase : e.data;
        this.closePhase(e.timestamp);
        this.phases.push({ phase, started: e.timestamp });
        if (this.phases.length > 200) this.phases.shift();
        this.plan = { ...this.plan, phase };
        break;
      }
    }
  }

  private closePhase(at: string): void {
    const open = this.phases[this.phases.length - 1];
    if (open && !open.ended) open.ended = at;
  }

  private trackTools(e: TwoLEvent): void {
    if (!CLOSES.has(e.event_type) || !e.tool_name) return;
    let t = this.tools.get(e.tool_name);
    if (!t) {
      t = { stats: new DurationStats(), calls: 0, failures: 0, denied: 0 };
      this.tools.set(e.tool_name, t);
    }
    t.calls++;
    if (e.event_type === DENIED_EVENT_TYPE) {
      t.denied++;
      return; // it never ran: no duration
    }
    const failed = e.event_type === 'tool_error';
    if (failed) t.failures++;
    if (typeof e.duration_ms === 'number') {
      t.stats.add(e.duration_ms);
      const k = this.opts.keepSlowest;
      if (this.slowest.length < k || e.duration_ms > this.slowest[this.slowest.length - 1]!.duration_ms) {
        this.slowest.push({
          tool: e.tool_name,
          duration_ms: e.duration_ms,
          timestamp: e.timestamp,
          data: e.data,
          failed,
        });
        this.slowest.sort((a, b) => b.duration_ms - a.duration_ms);
        if (this.slowest.length > k) this.slowest.pop();
      }
    }
  }

  private trackMinute(ts: string, isError: boolean): void {
    const minute = ts.slice(0, 16);
    if (minute.length !== 16) return;
    let m = this.minutes.get(minute);
    if (!m) {
      m = { events: 0, errors: 0 };
      this.minutes.set(minute, m);
      if (this.minutes.size > this.opts.keepMinutes) {
        let oldest = minute;
        for (const k of this.minutes.keys()) if (k < oldest) oldest = k;
        this.minutes.delete(oldest);
      }
    }
    m.events++;
    if (isError) m.errors++;
  }

  private trackError(e: TwoLEvent): void {
    this.errorCount++;
    const entry: SummarySnapshot['errors']['recent'][number] = {
      timestamp: e.timestamp,
      event_type: e.event_type,
      agent_id: e.agent_id,
      data: e.data,
    };
    if (e.tool_name) entry.tool_name = e.tool_name;
    if (e.error) entry.error = e.error;
    this.recentErrors.push(entry);
    if (this.recentErrors.length > this.opts.keepErrors) this.recentErrors.shift();
  }

  /** Per-tool duration stats, for exporters that need the histogram itself. */
  toolStats(): ReadonlyMap<string, ToolTotals> {
    return this.tools;
  }

  hookStats(): DurationStats {
    return this.hookMs;
  }

  private recordReplay(e: TwoLEvent): void {
    if (e.event_type === RESOURCE_EVENT_TYPE) {
      this.lastResource = JSON.stringify(e);
      return;
    }
    if (!this.replay || !REPLAYED.has(e.event_type)) return;
    const line = JSON.stringify(e);
    if (this.replay.length >= STATE_LIMITS.replay || line.length > STATE_LIMITS.replayLine) this.replay = undefined;
    else this.replay.push(line);
  }

  /**
   * This summary (made with `record: true` from one stretch of the log) as
   * JSON for `mergeState`; undefined when the stretch had more stateful events
   * than a state keeps (it is then read again each time, never misreported).
   */
  toState(): SummaryState | undefined {
    if (!this.opts.record || !this.replay || !this.firstDenials) return undefined;
    const sessions: SessionSegment[] = [...this.sessions.values()].map((s) => ({
      ...s,
      reopened: this.reopened.has(s.id),
    }));
    return {
      events: this.events,
      malformed: this.malformed,
      pipelineErrors: this.pipelineErrors,
      first: this.first ?? null,
      last: this.last ?? null,
      lastActivity: this.lastActivity ?? null,
      byType: [...this.byType],
      sessions,
      tools: [...this.tools].map(([name, t]) => [
        name,
        { calls: t.calls, failures: t.failures, denied: t.denied, stats: t.stats.toState() },
      ]),
      slowest: this.slowest.map((c) => ({ ...c })),
      hookMs: this.hookMs.toState(),
      errorCount: this.errorCount,
      recentErrors: [...this.recentErrors],
      minutes: [...this.minutes].map(([m, c]) => [m, c.events, c.errors]),
      kpi: this.kpis.toolState(),
      replay: this.lastResource ? [...this.replay, this.lastResource] : [...this.replay],
      closed: [...this.closed.keys()].slice(-STATE_LIMITS.closed),
      firstDenials: this.firstDenials.map((d) => [...d]),
    };
  }

  /**
   * Add a validated state (summary-state.ts `parseSummaryState`) of the stretch
   * that follows what this summary has seen, as if its events had been added:
   * totals exactly, tool percentiles within 1 %, stateful events replayed. A
   * denial repeating a call closed before the stretch is taken back, as one
   * pass would not count it (within the last STATE_LIMITS.closed closes). False, with this summary unchanged, when a duration state
   * is refused.
   */
  mergeState(st: SummaryState): boolean {
    // Checked on a scratch copy first: a refused state must leave this summary as it was.
    if (!new DurationStats(undefined, HOOK_BUCKETS_MS).mergeState(st.hookMs)) return false;
    const tools = new Map<string, ToolTotals>();
    for (const [name, seg] of st.tools) {
      const known = tools.get(name) ?? this.tools.get(name);
      const stats = new DurationStats();
      if (known && !stats.mergeState(known.stats.toState())) return false;
      if (!stats.mergeState(seg.stats)) return false;
      tools.set(name, {
        stats,
        calls: (known?.calls ?? 0) + seg.calls,
        failures: (known?.failures ?? 0) + seg.failures,
        denied: (known?.denied ?? 0) + seg.denied,
      });
    }
    // Nothing above changed this summary; from here on every step succeeds.
    // Denials the stretch counted as first closes, of calls closed before it: repeats, taken back below.
    const repeats = st.firstDenials.filter(([key]) => this.closed.has(key));
    for (const [name, t] of tools) this.tools.set(name, t);
    this.hookMs.mergeState(st.hookMs);
    this.events += st.events;
    this.malformed += st.malformed;
    this.pipelineErrors += st.pipelineErrors;
    if (st.first !== null && (!this.first || st.first < this.first)) this.first = st.first;
    if (st.last !== null && (!this.last || st.last > this.last)) this.last = st.last;
    if (st.lastActivity !== null && (!this.lastActivity || st.lastActivity > this.lastActivity))
      this.lastActivity = st.lastActivity;
    for (const [type, n] of st.byType) this.byType.set(type, (this.byType.get(type) ?? 0) + n);
    this.mergeSessions(st.sessions);
    const k = this.opts.keepSlowest;
    this.slowest = [...this.slowest, ...st.slowest].sort((a, b) => b.duration_ms - a.duration_ms).slice(0, k);
    this.errorCount += st.errorCount;
    this.recentErrors = [...this.recentErrors, ...st.recentErrors].slice(-this.opts.keepErrors);
    for (const [minute, events, errors] of st.minutes) {
      const m = this.minutes.get(minute);
      if (m) {
        m.events += events;
        m.errors += errors;
      } else this.minutes.set(minute, { events, errors });
    }
    if (this.minutes.size > this.opts.keepMinutes) {
      const keep = [...this.minutes.keys()].sort().slice(-this.opts.keepMinutes);
      for (const m of [...this.minutes.keys()]) if (!keep.includes(m)) this.minutes.delete(m);
    }
    this.kpis.mergeToolState(st.kpi);
    for (const [, session, tool] of repeats) {
      const s = this.sessions.get(session);
      if (s && s.tools > 0 && s.toolDenied > 0) {
        s.tools--;
        s.toolDenied--;
      }
      const t = this.tools.get(tool);
      if (t && t.calls > 0 && t.denied > 0) {
        t.calls--;
        t.denied--;
      }
    }
    // A recording merged into goes on recording: the stretch's first closes that were not repeats here still are.
    for (const d of st.firstDenials) {
      if (!this.firstDenials || repeats.includes(d)) continue;
      if (this.firstDenials.length >= STATE_LIMITS.firstDenials) this.firstDenials = undefined;
      else this.firstDenials.push([...d]);
    }
    for (const key of st.closed) {
      this.closed.delete(key); // re-inserted as the newest
      this.closed.set(key, true);
    }
    evictOldest(this.closed, MAX_CLOSED);
    for (const line of st.replay) {
      const e = parseEventLine(line);
      if (e) this.replayEvent(e);
    }
    return true;
  }

  private mergeSessions(segs: readonly SessionSegment[]): void {
    for (const seg of segs) {
      const { reopened, ...state } = seg;
      const s = this.sessions.get(seg.id);
      if (!s) {
        this.sessions.set(seg.id, state);
        if (this.opts.record && reopened) this.reopened.add(seg.id);
        evictOldest(this.sessions, this.opts.maxSessions);
        continue;
      }
      s.events += seg.events;
      s.tools += seg.tools;
      s.toolErrors += seg.toolErrors;
      s.toolDenied += seg.toolDenied;
      s.last = seg.last;
      if (seg.ended !== undefined) s.ended = seg.ended;
      else if (reopened) s.ended = undefined;
    }
  }

  /** What `add` does for a replayed (stateful) event, without the counts the state already holds. */
  private replayEvent(e: TwoLEvent): void {
    if (e.event_type === 'performance_alert') {
      this.trackActiveAlert(e);
      this.alerts = [...this.alerts.slice(-19), e];
    }
    this.trackAgents(e);
    this.trackPlan(e);
    if (e.event_type === 'db_check') this.checks.db = e;
    if (e.event_type === 'mcp_check') this.checks.mcp = e;
    this.metrics.add(e);
    if (e.event_type !== RESOURCE_EVENT_TYPE) this.kpis.add(e);
    this.resources = latestResources(this.resources, e);
    if (this.opts.record) this.recordReplay(e);
  }

  snapshot(now: Date = new Date()): SummarySnapshot {
    const reference = Math.max(now.getTime(), this.last ? Date.parse(this.last) : 0);
    const active: AgentState[] = [];
    const orphaned: AgentState[] = [];
    for (const a of this.agents.values()) {
      if (a.status !== 'active') continue;
      const session = a.session_id ? this.sessions.get(a.session_id) : undefined;
      const sessionOver = session?.ended !== undefined && session.ended >= a.started;
      if (sessionOver || reference - Date.parse(a.started) > this.opts.orphanAfterMs) orphaned.push(a);
      else active.push(a);
    }
    return {
      events: this.events,
      malformed: this.malformed,
      pipeline_errors: this.pipelineErrors,
      active_alerts: [...this.activeAlerts.values()],
      first: this.first,
      last: this.last,
      by_type: Object.fromEntries([...this.byType].sort((a, b) => b[1] - a[1])),
      sessions: [...this.sessions.values()],
      agents: { active, orphaned, completed: this.completedAgents },
      plan: { ...this.plan },
      phases: this.phases.map((p) => ({ ...p })),
      tools: [...this.tools]
        .map(([tool, t]) => ({
          tool,
          calls: t.calls,
          failures: t.failures,
          denied: t.denied,
          // Over the calls that ran: a denied call neither failed nor succeeded.
          failure_rate: t.calls - t.denied ? t.failures / (t.calls - t.denied) : 0,
          ...t.stats.snapshot(),
        }))
        .sort((a, b) => b.calls - a.calls),
      slowest: this.slowest.map((s) => ({ ...s })),
      hook_ms: this.hookMs.snapshot(),
      errors: { count: this.errorCount, recent: [...this.recentErrors] },
      checks: { ...this.checks },
      alerts: [...this.alerts],
      per_minute: [...this.minutes].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([minute, m]) => ({ minute, ...m })),
      metrics: this.metrics.snapshot(),
      kpis: this.kpis.snapshot(),
      ...(this.resources ? { resources: this.resources } : {}),
    };
  }
}
