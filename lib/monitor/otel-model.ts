/**
 * Maps 2L events to OpenTelemetry shapes, without the SDK. Pure: feed events
 * in log order to `add`, then call `finish`; each returns operations for the
 * exporter to apply in order.
 *
 * - one `session` span per session_id, from its first to its last event;
 * - one `invoke_agent <type>` span per subagent (a hook event whose agent_id is
 *   not `main`), from agent_start (or its first event) to agent_complete, nested
 *   under the Agent/Task call that spawned it (see `spawnerOf`), else the session;
 * - one `execute_tool <name>` child span per tool call (of its agent's span, else
 *   the session's), opened by tool_start and closed by tool_complete / tool_error
 *   with the same tool_use_id (a completion whose start is not in the input gets
 *   start = end − duration_ms);
 * - one log record per event, tied to the tool or session span it belongs to;
 *   a `metric` event's record carries its name, value, unit and labels as typed
 *   attributes (`2l.metric.*`).
 * Times are the events' own timestamps, never the time of the export, and ids
 * are derived from the log (otel-ids.ts), so the same events always map to the
 * same trace, span and log-record ids: re-exporting is idempotent.
 * Memory holds open sessions and calls in flight, never the event stream.
 */
import { isErrorEvent, isWarningEvent, MAIN_AGENT, type TwoLEvent } from '../events/format.ts';
import { cleanString } from '../events/redact.ts';
import { METRIC_EVENT_TYPE, readMetricPayload } from '../events/metric.ts';
import { logUidOf, spanIdOf, traceIdOf } from './otel-ids.ts';

export type Attrs = Record<string, string | number | boolean>;
export type Severity = 'INFO' | 'WARN' | 'ERROR';

/** Where a span sits: its trace, its own id, its parent's (absent for a root). */
export interface SpanIds {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

export type ModelOp =
  | ({ op: 'open'; key: string; parentKey?: string; name: string; startMs: number; attributes: Attrs } & SpanIds)
  | {
      op: 'close';
      key: string;
      endMs: number;
      attributes?: Attrs;
      error?: string;
      /** Set when the parent became known after the open (an agent whose spawning call reported it later). */
      parentKey?: string;
      parentSpanId?: string;
    }
  | {
      op: 'log';
      timeMs: number;
      severity: Severity;
      eventName: string;
      body: string;
      attributes: Attrs;
      spanKey?: string;
      /** The ids of `spanKey`'s span, so a log names its span without the span object. */
      traceId?: string;
      spanId?: string;
    };

export interface ModelCounts {
  events: number;
  /** Events whose timestamp is not a date; they are skipped. */
  badTimestamps: number;
  sessions: number;
  agentSpans: number;
  toolSpans: number;
  logs: number;
  /** Tool calls that started but never completed in the input; closed at their session's last event. */
  unfinished: number;
}

const PAYLOAD_MAX = 4096;
/** The writer already trims `data`; a hand-edited or foreign log may not have. */
const BODY_MAX = 8192;

interface OpenSession {
  id: string;
  key: string;
  lastMs: number;
  events: number;
  tools: number;
  toolErrors: number;
  error?: string;
  /** Token and cost attributes of the session's last `cost_update` (cumulative figures). */
  cost?: Attrs;
}

export const sessionKey = (sessionId: string) => `s:${sessionId}`;
export const toolKey = (sessionId: string | undefined, toolUseId: string) => `t:${sessionId ?? ''}:${toolUseId}`;
export const agentKey = (sessionId: string, agentId: string) => `a:${sessionId}:${agentId}`;

/** Tools whose call starts a subagent (the Agent tool; `Task` before it was renamed). */
const SPAWNING_TOOLS = new Set(['Agent', 'Task']);
/** Spawn links remembered for agents not started yet; past this the oldest are forgotten. */
const MAX_SPAWN_LINKS = 4096;
/** Ended sessions remembered (so a late event does not send their span again); past this the oldest are forgotten. */
const MAX_ENDED = 4096;

/**
 * The subagent an Agent call's completion names (`tool_response.agentId`, seen
 * on 2.1.332, where the call returns at once and the agent runs in the
 * background); undefined when the payload does not say.
 */
export function spawnedAgentId(e: TwoLEvent): string | undefined {
  const p = e.payload;
  if (!p || typeof p !== 'object') return undefined;
  const r = (p as Record<string, unknown>).tool_response;
  const id = r && typeof r === 'object' ? (r as Record<string, unknown>).agentId : undefined;
  return typeof id === 'string' && id !== '' && id.length <= 120 ? id : undefined;
}

function subagentTypeOf(e: TwoLEvent): string | undefined {
  const p = e.payload;
  const input = p && typeof p === 'object' ? (p as Record<string, unknown>).tool_input : undefined;
  const t = input && typeof input === 'object' ? (input as Record<string, unknown>).subagent_type : undefined;
  return typeof t === 'string' ? t : undefined;
}

/** A span's ids from its key and session (the trace); a span outside any session is its own trace. */
export function idsOf(key: string, sessionId: string | undefined, parentKey?: string): SpanIds {
  return {
    traceId: traceIdOf(sessionId ?? key),
    spanId: spanIdOf(key),
    ...(parentKey ? { parentSpanId: spanIdOf(parentKey) } : {}),
  };
}

export interface ModelSnapshot {
  v: 1;
  counts: ModelCounts;
  sessions: OpenSession[];
  tools: Array<[string, { sessionId?: string; startMs: number }]>;
  agents: Array<[string, OpenAgent]>;
  spawnedBy: Array<[string, string]>;
  unmatchedSpawns: Array<[string, Array<{ key: string; subagentType?: string }>]>;
  ended: string[];
  /** Agent keys whose span was closed (absent in a snapshot from before it existed). */
  endedAgents?: string[];
}

interface OpenAgent {
  sessionId: string;
  startMs: number;
  parentKey: string;
  /** The parent changed after the open: the spawning call's own report overrode the guess by order. */
  moved?: boolean;
  /** Opened under its session for want of a spawning call: a spawning call logged later may adopt it. */
  orphan?: boolean;
  /** Its `agent_type`, to pair an orphan with a later call that asked for that type. */
  type?: string;
}

export class OtelModel {
  readonly counts: ModelCounts = {
    events: 0,
    badTimestamps: 0,
    sessions: 0,
    agentSpans: 0,
    toolSpans: 0,
    logs: 0,
    unfinished: 0,
  };
  private readonly sessions = new Map<string, OpenSession>();
  /** Tool calls in flight, by key. */
  private readonly tools = new Map<string, { sessionId?: string; startMs: number }>();
  /** Subagents in flight, by key. */
  private readonly agents = new Map<string, OpenAgent>();
  /** Agent key → the call that reported spawning it (`tool_response.agentId`). */
  private readonly spawnedBy = new Map<string, string>();
  /** Per session, spawning calls in flight that no agent has been matched to yet, oldest first. */
  private readonly unmatchedSpawns = new Map<string, Array<{ key: string; subagentType?: string }>>();
  /** Sessions whose span was closed (session_end, idle), oldest first. */
  private readonly ended = new Set<string>();
  /**
   * Subagents whose span was closed, oldest first: since tool calls come from
   * the transcript follower, a subagent's last call can be logged after its
   * SubagentStop; it nests under the closed span instead of opening it again.
   */
  private readonly endedAgents = new Set<string>();

  /**
   * What is open, as plain data: the live exporter keeps it beside its offset
   * so that a restart continues the spans it had opened (same start, same
   * parent) instead of rebuilding them from their completions.
   */
  snapshot(): ModelSnapshot {
    return {
      v: 1,
      counts: { ...this.counts },
      sessions: [...this.sessions.values()].map((s) => ({ ...s })),
      tools: [...this.tools].map(([k, v]) => [k, { ...v }]),
      agents: [...this.agents].map(([k, v]) => [k, { ...v }]),
      spawnedBy: [...this.spawnedBy],
      unmatchedSpawns: [...this.unmatchedSpawns].map(([k, v]) => [k, v.map((x) => ({ ...x }))]),
      ended: [...this.ended],
      endedAgents: [...this.endedAgents],
    };
  }

  /** A model continuing from `snap`; a snapshot of another shape (another version) gives a fresh model. */
  static restore(snap: unknown): OtelModel {
    const m = new OtelModel();
    const s = snap as Partial<ModelSnapshot> | undefined;
    if (
      !s ||
      s.v !== 1 ||
      ![s.sessions, s.tools, s.agents, s.spawnedBy, s.unmatchedSpawns, s.ended].every(Array.isArray)
    )
      return m;
    Object.assign(m.counts, s.counts);
    for (const x of s.sessions!) m.sessions.set(x.id, { ...x });
    for (const [k, v] of s.tools!) m.tools.set(k, { ...v });
    for (const [k, v] of s.agents!) m.agents.set(k, { ...v });
    for (const [k, v] of s.spawnedBy!) m.spawnedBy.set(k, v);
    for (const [k, v] of s.unmatchedSpawns!) m.unmatchedSpawns.set(k, [...v]);
    for (const id of s.ended!) m.ended.add(id);
    if (Array.isArray(s.endedAgents)) for (const k of s.endedAgents) m.endedAgents.add(k);
    return m;
  }

  add(e: TwoLEvent): ModelOp[] {
    const t = Date.parse(e.timestamp);
    if (Number.isNaN(t)) {
      this.counts.badTimestamps++;
      return [];
    }
    this.counts.events++;
    const ops: ModelOp[] = [];
    // A session whose span was sent (its session_end came) is not opened again: that would send its id twice.
    const ended = e.session_id !== undefined && this.ended.has(e.session_id);
    const session = e.session_id && !ended ? this.session(e.session_id, t, ops) : undefined;
    if (session) {
      session.events++;
      session.lastMs = Math.max(session.lastMs, t);
      if (e.event_type === 'stop_error') session.error = cleanString(e.error || e.data || 'stop_error', 500);
      if (e.event_type === 'cost_update') session.cost = costAttributes(e.payload, 'cumulative') ?? session.cost;
    }
    const agent = session && e.source === 'hook' && e.agent_id !== MAIN_AGENT ? this.agent(e, t, ops) : undefined;
    let spanKey = agent ?? (e.session_id ? sessionKey(e.session_id) : undefined);
    let close: ModelOp | undefined;
    if (
      e.tool_use_id &&
      (e.event_type === 'tool_start' || e.event_type === 'tool_complete' || e.event_type === 'tool_error')
    ) {
      ({ key: spanKey, close } = this.tool(e, t, session, spanKey, ops));
    } else if (agent && e.event_type === 'agent_complete' && this.agents.has(agent)) {
      close = this.closeAgent(agent, t);
    }
    // The log goes before the span's close so that it can name the span it belongs to.
    ops.push(logOp(e, t, spanKey, spanKey ? idsOf(spanKey, e.session_id) : undefined));
    this.counts.logs++;
    if (close) ops.push(close);
    if (session && e.event_type === 'session_end') ops.push(this.endSession(session));
    return ops;
  }

  /**
   * Close what a live reader will not see finished: sessions with no event
   * since `beforeMs` (a killed CLI writes no session_end), with their calls
   * and agents still open. Their spans end at the session's last event.
   */
  expire(beforeMs: number): ModelOp[] {
    const ops: ModelOp[] = [];
    for (const s of [...this.sessions.values()]) {
      if (s.lastMs >= beforeMs) continue;
      ops.push(...this.closeInside(s.id, s.lastMs), this.endSession(s));
    }
    return ops;
  }

  /** Close every call, agent and session still open, each at its session's last event. */
  finish(): ModelOp[] {
    const ops = this.closeInside(undefined, undefined);
    this.unmatchedSpawns.clear();
    this.spawnedBy.clear();
    for (const s of [...this.sessions.values()]) ops.push(this.endSession(s));
    return ops;
  }

  /** Calls and agents still open, of one session (or of all: `sessionId` undefined), closed as unfinished. */
  private closeInside(sessionId: string | undefined, lastMs: number | undefined): ModelOp[] {
    const ops: ModelOp[] = [];
    const all = sessionId === undefined;
    for (const [key, call] of [...this.tools]) {
      if (!all && call.sessionId !== sessionId) continue;
      const s = call.sessionId === undefined ? undefined : this.sessions.get(call.sessionId);
      this.counts.unfinished++;
      this.tools.delete(key);
      ops.push({
        op: 'close',
        key,
        endMs: Math.max(lastMs ?? s?.lastMs ?? call.startMs, call.startMs),
        attributes: { '2l.unfinished': true },
      });
    }
    for (const [key, a] of [...this.agents]) {
      if (!all && a.sessionId !== sessionId) continue;
      const close = this.closeAgent(
        key,
        Math.max(lastMs ?? this.sessions.get(a.sessionId)?.lastMs ?? a.startMs, a.startMs),
      );
      ops.push({ ...close, attributes: { ...close.attributes, '2l.unfinished': true } });
    }
    if (!all) this.unmatchedSpawns.delete(sessionId);
    return ops;
  }

  /** The session span's close; the session is remembered as ended so that it never opens again. */
  private endSession(s: OpenSession): ModelOp {
    this.sessions.delete(s.id);
    if (this.ended.size >= MAX_ENDED) this.ended.delete(this.ended.values().next().value!);
    this.ended.add(s.id);
    return {
      op: 'close',
      key: s.key,
      endMs: s.lastMs,
      attributes: { '2l.events': s.events, '2l.tool_calls': s.tools, '2l.tool_errors': s.toolErrors, ...s.cost },
      ...(s.error ? { error: s.error } : {}),
    };
  }

  private session(id: string, t: number, ops: ModelOp[]): OpenSession {
    let s = this.sessions.get(id);
    if (!s) {
      s = { id, key: sessionKey(id), lastMs: t, events: 0, tools: 0, toolErrors: 0 };
      this.sessions.set(id, s);
      this.counts.sessions++;
      ops.push({
        op: 'open',
        key: s.key,
        name: 'session',
        startMs: t,
        attributes: { 'session.id': id },
        ...idsOf(s.key, id),
      });
    }
    return s;
  }

  private tool(
    e: TwoLEvent,
    t: number,
    session: OpenSession | undefined,
    parentKey: string | undefined,
    ops: ModelOp[],
  ): { key: string; close?: ModelOp } {
    const key = toolKey(e.session_id, e.tool_use_id!);
    const open = this.tools.has(key);
    const spawns = e.session_id !== undefined && SPAWNING_TOOLS.has(e.tool_name ?? '');
    if (e.event_type === 'tool_start') {
      if (!open) {
        ops.push(this.openTool(e, key, t, parentKey));
        this.tools.set(key, { ...(e.session_id ? { sessionId: e.session_id } : {}), startMs: t });
        if (spawns && !this.adoptOrphan(e.session_id!, key, subagentTypeOf(e)))
          this.pendingSpawns(e.session_id!).push({ key, subagentType: subagentTypeOf(e) });
      }
      return { key };
    }
    if (!open) {
      // The start is outside the input (before --since, or lost): rebuild it from the reported duration.
      const d = typeof e.duration_ms === 'number' && e.duration_ms >= 0 ? e.duration_ms : 0;
      ops.push(this.openTool(e, key, t - d, parentKey));
    }
    this.tools.delete(key);
    if (spawns) this.spawnDone(e, key);
    if (session) {
      session.tools++;
      if (e.event_type === 'tool_error') session.toolErrors++;
    }
    const attributes: Attrs = {};
    if (typeof e.duration_ms === 'number') attributes['2l.duration_ms'] = e.duration_ms;
    const close: ModelOp = { op: 'close', key, endMs: t, attributes };
    if (e.event_type === 'tool_error') close.error = cleanString(e.error || e.data || 'tool_error', 500);
    return { key, close };
  }

  private openTool(e: TwoLEvent, key: string, startMs: number, parentKey: string | undefined): ModelOp {
    this.counts.toolSpans++;
    return openToolOp(e, key, startMs, parentKey);
  }

  /**
   * A spawning call logged after the agent it started (tool calls come from
   * the transcript follower, SubagentStart from its hook; on 2.1.197 the agent
   * runs inside the call): the oldest open agent of the session that had no
   * call to hang from, of the type the call asked for if one is, moves under
   * it (sent at the agent's close). True when one was adopted.
   */
  private adoptOrphan(sessionId: string, key: string, type: string | undefined): boolean {
    let pick: OpenAgent | undefined;
    for (const a of this.agents.values()) {
      if (!a.orphan || a.sessionId !== sessionId) continue;
      if (a.type === type) {
        pick = a;
        break;
      }
      pick ??= a;
    }
    if (!pick) return false;
    Object.assign(pick, { parentKey: key, moved: true, orphan: false });
    return true;
  }

  private pendingSpawns(sessionId: string): Array<{ key: string; subagentType?: string }> {
    let list = this.unmatchedSpawns.get(sessionId);
    if (!list) this.unmatchedSpawns.set(sessionId, (list = []));
    return list;
  }

  /** A spawning call ended: it is no candidate any more; remember the agent it names, if any. */
  private spawnDone(e: TwoLEvent, key: string): void {
    const list = this.unmatchedSpawns.get(e.session_id!);
    const i = list?.findIndex((s) => s.key === key) ?? -1;
    if (i >= 0) list!.splice(i, 1);
    if (list?.length === 0) this.unmatchedSpawns.delete(e.session_id!);
    const spawned = spawnedAgentId(e);
    if (spawned === undefined) return;
    const aKey = agentKey(e.session_id!, spawned);
    const running = this.agents.get(aKey);
    if (running) {
      // Matched by order at its start; the call's own report overrides that guess at the agent's close.
      if (running.parentKey !== key) Object.assign(running, { parentKey: key, moved: true });
      return;
    }
    if (this.spawnedBy.size >= MAX_SPAWN_LINKS) this.spawnedBy.delete(this.spawnedBy.keys().next().value!);
    this.spawnedBy.set(aKey, key);
  }

  /**
   * The call that spawned a subagent starting now: the one whose completion
   * named it (exact), else the oldest spawning call of its session still in
   * flight with no agent yet, preferring one that asked for this agent type
   * (2.1.197 runs the agent inside the call, and its completion comes after
   * the agent's stop). Parallel spawns of one type may be paired in the wrong
   * order; the span is then under a sibling call of the same session.
   */
  private spawnerOf(sessionId: string, key: string, agentType: string | undefined): string | undefined {
    const exact = this.spawnedBy.get(key);
    if (exact !== undefined) {
      this.spawnedBy.delete(key);
      return exact;
    }
    const list = this.unmatchedSpawns.get(sessionId);
    if (!list || list.length === 0) return undefined;
    let i = list.findIndex((s) => s.subagentType === agentType);
    if (i < 0) i = 0;
    return list.splice(i, 1)[0]!.key;
  }

  /** The open span of the subagent that raised `e`, opened now if this is its first event. */
  private agent(e: TwoLEvent, t: number, ops: ModelOp[]): string {
    const sessionId = e.session_id!;
    const key = agentKey(sessionId, e.agent_id);
    if (this.agents.has(key) || this.endedAgents.has(key)) return key;
    const exact = this.spawnedBy.has(key);
    const spawner = this.spawnerOf(sessionId, key, e.agent_type);
    const parentKey = spawner ?? sessionKey(sessionId);
    this.agents.set(key, {
      sessionId,
      startMs: t,
      parentKey,
      ...(spawner ? {} : { orphan: true }),
      ...(e.agent_type ? { type: e.agent_type } : {}),
    });
    this.counts.agentSpans++;
    const type = e.agent_type || 'subagent';
    ops.push({
      op: 'open',
      key,
      parentKey,
      name: `invoke_agent ${type}`,
      startMs: t,
      attributes: {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.id': e.agent_id,
        'gen_ai.agent.name': type,
        'session.id': sessionId,
        ...(spawner ? { '2l.agent.spawned_by': exact ? 'reported' : 'order' } : {}),
      },
      ...idsOf(key, sessionId, parentKey),
    });
    return key;
  }

  private closeAgent(key: string, endMs: number): ModelOp & { op: 'close' } {
    const a = this.agents.get(key)!;
    this.agents.delete(key);
    if (this.endedAgents.size >= MAX_ENDED) this.endedAgents.delete(this.endedAgents.values().next().value!);
    this.endedAgents.add(key);
    return {
      op: 'close',
      key,
      endMs: Math.max(endMs, a.startMs),
      ...(a.moved ? { parentKey: a.parentKey, parentSpanId: spanIdOf(a.parentKey) } : {}),
    };
  }
}

function openToolOp(e: TwoLEvent, key: string, startMs: number, parentKey: string | undefined): ModelOp {
  const tool = e.tool_name || 'unknown';
  const attributes: Attrs = {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': tool,
    'gen_ai.tool.call.id': e.tool_use_id!,
    '2l.agent.id': e.agent_id,
    '2l.phase': e.phase,
  };
  if (e.session_id) attributes['session.id'] = e.session_id;
  return {
    op: 'open',
    key,
    ...(parentKey ? { parentKey } : {}),
    name: `execute_tool ${tool}`,
    startMs,
    attributes,
    ...idsOf(key, e.session_id, parentKey),
  };
}

export function severityOf(e: TwoLEvent): Severity {
  if (isErrorEvent(e.event_type) || (typeof e.error === 'string' && e.error !== '')) return 'ERROR';
  if (isWarningEvent(e.event_type)) return 'WARN';
  return 'INFO';
}

function logOp(e: TwoLEvent, t: number, spanKey: string | undefined, ids: SpanIds | undefined): ModelOp {
  const attributes: Attrs = {
    'log.record.uid': logUidOf(e),
    '2l.event_type': e.event_type,
    '2l.phase': e.phase,
    '2l.agent.id': e.agent_id,
    '2l.source': e.source,
  };
  if (e.session_id) attributes['session.id'] = e.session_id;
  if (e.tool_name) attributes['gen_ai.tool.name'] = e.tool_name;
  if (e.tool_use_id) attributes['gen_ai.tool.call.id'] = e.tool_use_id;
  if (typeof e.duration_ms === 'number') attributes['2l.duration_ms'] = e.duration_ms;
  if (typeof e.hook_ms === 'number') attributes['2l.hook_ms'] = e.hook_ms;
  if (e.hook) attributes['2l.hook'] = e.hook;
  if (e.agent_type) attributes['2l.agent.type'] = e.agent_type;
  if (typeof e.error === 'string' && e.error !== '') attributes['error.message'] = cleanString(e.error, 500);
  if (e.payload !== undefined) attributes['2l.payload'] = cleanString(JSON.stringify(e.payload) ?? '', PAYLOAD_MAX);
  if (e.event_type === METRIC_EVENT_TYPE) Object.assign(attributes, metricAttributes(e.payload));
  if (e.event_type === 'cost_update')
    Object.assign(
      attributes,
      costAttributes(e.payload, 'delta'),
      costAttributes(e.payload, 'cumulative', '2l.cost.session'),
    );
  return {
    op: 'log',
    timeMs: t,
    severity: severityOf(e),
    eventName: `2l.${e.event_type}`,
    body: cleanString(e.data, BODY_MAX),
    attributes,
    ...(spanKey && ids ? { spanKey, traceId: ids.traceId, spanId: ids.spanId } : {}),
  };
}

/**
 * A `metric` event's figures as typed attributes of its log record, so a
 * backend can chart them (`2l.metric.value` is a number, not text in the
 * payload). A payload that breaks the metric rules adds nothing.
 */
export function metricAttributes(payload: unknown): Attrs {
  const m = readMetricPayload(payload);
  if (!m) return {};
  const out: Attrs = { '2l.metric.name': m.name, '2l.metric.value': m.value };
  if (m.unit) out['2l.metric.unit'] = m.unit;
  for (const [k, v] of Object.entries(m.labels ?? {})) out[`2l.metric.label.${k}`] = v;
  return out;
}

const KIND_ATTR: Record<string, string> = {
  input: 'gen_ai.usage.input_tokens',
  output: 'gen_ai.usage.output_tokens',
  cache_write_5m: '2l.usage.cache_write_5m_tokens',
  cache_write_1h: '2l.usage.cache_write_1h_tokens',
  cache_read: '2l.usage.cache_read_tokens',
};

/**
 * A `cost_update`'s tokens and dollars as typed attributes: `which` is the turn's `delta` or the
 * session's `cumulative` totals, per agent as `2l.cost.agent.<id>.usd`. Anything not a finite
 * number adds nothing (the log is the repository's to write).
 */
export function costAttributes(payload: unknown, which: 'delta' | 'cumulative', prefix = '2l.cost'): Attrs | undefined {
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const raw = p[which] as Record<string, unknown> | undefined;
  const f = (which === 'cumulative' ? raw?.totals : raw) as Record<string, unknown> | undefined;
  if (!f || typeof f !== 'object') return undefined;
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const out: Attrs = {};
  const tokens = f.tokens && typeof f.tokens === 'object' ? (f.tokens as Record<string, unknown>) : {};
  const tag = prefix === '2l.cost' ? '' : `${prefix}.`;
  for (const [k, name] of Object.entries(KIND_ATTR)) if (num(tokens[k])) out[`${tag}${name}`] = tokens[k];
  if (num(f.usd)) out[`${prefix}.usd`] = f.usd;
  if (num(f.unpriced_tokens)) out[`${prefix}.unpriced_tokens`] = f.unpriced_tokens;
  if (num(f.requests)) out[`${prefix}.requests`] = f.requests;
  if (which === 'cumulative') {
    const agents =
      raw?.agents && typeof raw.agents === 'object' ? (raw.agents as Record<string, { usd?: unknown }>) : {};
    for (const [id, a] of Object.entries(agents).slice(0, 50))
      if (num(a?.usd)) out[`2l.cost.agent.${cleanString(id, 64)}.usd`] = a.usd;
  }
  return out;
}
