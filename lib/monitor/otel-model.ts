/**
 * Maps 2L events to OpenTelemetry shapes, without the SDK. Pure: feed events
 * in log order to `add`, then call `finish`; each returns operations for the
 * exporter to apply in order.
 *
 * - one `session` span per session_id, from its first to its last event;
 * - one `execute_tool <name>` child span per tool call, opened by tool_start
 *   and closed by tool_complete / tool_error with the same tool_use_id
 *   (a completion whose start is not in the input gets start = end − duration_ms);
 * - one log record per event, tied to the tool or session span it belongs to;
 *   a `metric` event's record carries its name, value, unit and labels as typed
 *   attributes (`2l.metric.*`).
 * Times are the events' own timestamps, never the time of the export.
 * Memory holds open sessions and calls in flight, never the event stream.
 */
import { isErrorEvent, isWarningEvent, type TwoLEvent } from '../events/format.ts';
import { cleanString } from '../events/redact.ts';
import { METRIC_EVENT_TYPE, readMetricPayload } from '../events/metric.ts';

export type Attrs = Record<string, string | number | boolean>;
export type Severity = 'INFO' | 'WARN' | 'ERROR';

export type ModelOp =
  | { op: 'open'; key: string; parentKey?: string; name: string; startMs: number; attributes: Attrs }
  | { op: 'close'; key: string; endMs: number; attributes?: Attrs; error?: string }
  | {
      op: 'log';
      timeMs: number;
      severity: Severity;
      eventName: string;
      body: string;
      attributes: Attrs;
      spanKey?: string;
    };

export interface ModelCounts {
  events: number;
  /** Events whose timestamp is not a date; they are skipped. */
  badTimestamps: number;
  sessions: number;
  toolSpans: number;
  logs: number;
  /** Tool calls that started but never completed in the input; closed at their session's last event. */
  unfinished: number;
}

const PAYLOAD_MAX = 4096;
/** The writer already trims `data`; a hand-edited or foreign log may not have. */
const BODY_MAX = 8192;

interface OpenSession {
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

export class OtelModel {
  readonly counts: ModelCounts = { events: 0, badTimestamps: 0, sessions: 0, toolSpans: 0, logs: 0, unfinished: 0 };
  private readonly sessions = new Map<string, OpenSession>();
  /** Tool calls in flight, by key. */
  private readonly tools = new Map<string, { sessionId?: string; startMs: number }>();

  add(e: TwoLEvent): ModelOp[] {
    const t = Date.parse(e.timestamp);
    if (Number.isNaN(t)) {
      this.counts.badTimestamps++;
      return [];
    }
    this.counts.events++;
    const ops: ModelOp[] = [];
    const session = e.session_id ? this.session(e.session_id, t, ops) : undefined;
    if (session) {
      session.events++;
      session.lastMs = Math.max(session.lastMs, t);
      if (e.event_type === 'stop_error') session.error = cleanString(e.error || e.data || 'stop_error', 500);
      if (e.event_type === 'cost_update') session.cost = costAttributes(e.payload, 'cumulative') ?? session.cost;
    }
    let spanKey = session?.key;
    let close: ModelOp | undefined;
    if (
      e.tool_use_id &&
      (e.event_type === 'tool_start' || e.event_type === 'tool_complete' || e.event_type === 'tool_error')
    ) {
      ({ key: spanKey, close } = this.tool(e, t, session, ops));
    }
    // The log goes before the call's close so that it can name the span it belongs to.
    ops.push(logOp(e, t, spanKey));
    this.counts.logs++;
    if (close) ops.push(close);
    return ops;
  }

  /** Close every call and session still open, each at its session's last event. */
  finish(): ModelOp[] {
    const ops: ModelOp[] = [];
    for (const [key, call] of this.tools) {
      const s = call.sessionId === undefined ? undefined : this.sessions.get(call.sessionId);
      this.counts.unfinished++;
      ops.push({
        op: 'close',
        key,
        endMs: Math.max(s?.lastMs ?? call.startMs, call.startMs),
        attributes: { '2l.unfinished': true },
      });
    }
    this.tools.clear();
    for (const s of this.sessions.values()) {
      ops.push({
        op: 'close',
        key: s.key,
        endMs: s.lastMs,
        attributes: { '2l.events': s.events, '2l.tool_calls': s.tools, '2l.tool_errors': s.toolErrors, ...s.cost },
        ...(s.error ? { error: s.error } : {}),
      });
    }
    this.sessions.clear();
    return ops;
  }

  private session(id: string, t: number, ops: ModelOp[]): OpenSession {
    let s = this.sessions.get(id);
    if (!s) {
      s = { key: sessionKey(id), lastMs: t, events: 0, tools: 0, toolErrors: 0 };
      this.sessions.set(id, s);
      this.counts.sessions++;
      ops.push({ op: 'open', key: s.key, name: 'session', startMs: t, attributes: { 'session.id': id } });
    }
    return s;
  }

  private tool(
    e: TwoLEvent,
    t: number,
    session: OpenSession | undefined,
    ops: ModelOp[],
  ): { key: string; close?: ModelOp } {
    const key = toolKey(e.session_id, e.tool_use_id!);
    const open = this.tools.has(key);
    if (e.event_type === 'tool_start') {
      if (!open) {
        ops.push(this.openTool(e, key, t, session));
        this.tools.set(key, { ...(e.session_id ? { sessionId: e.session_id } : {}), startMs: t });
      }
      return { key };
    }
    if (!open) {
      // The start is outside the input (before --since, or lost): rebuild it from the reported duration.
      const d = typeof e.duration_ms === 'number' && e.duration_ms >= 0 ? e.duration_ms : 0;
      ops.push(this.openTool(e, key, t - d, session));
    }
    this.tools.delete(key);
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

  private openTool(e: TwoLEvent, key: string, startMs: number, session: OpenSession | undefined): ModelOp {
    this.counts.toolSpans++;
    return openToolOp(e, key, startMs, session);
  }
}

function openToolOp(e: TwoLEvent, key: string, startMs: number, session: OpenSession | undefined): ModelOp {
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
    ...(session ? { parentKey: session.key } : {}),
    name: `execute_tool ${tool}`,
    startMs,
    attributes,
  };
}

export function severityOf(e: TwoLEvent): Severity {
  if (isErrorEvent(e.event_type) || (typeof e.error === 'string' && e.error !== '')) return 'ERROR';
  if (isWarningEvent(e.event_type)) return 'WARN';
  return 'INFO';
}

function logOp(e: TwoLEvent, t: number, spanKey: string | undefined): ModelOp {
  const attributes: Attrs = {
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
    ...(spanKey ? { spanKey } : {}),
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
