/**
 * One session's agents and tool calls, from its events: the agent tree (main
 * → subagents, each under the Agent call that spawned it; the 2L
 * orchestrator → its explorers, builders and validators when 2L's own
 * `agent_spawn` / `agent_start` / `agent_complete` events name them), each
 * agent's tools, time and cost, and the spans of a waterfall (agents and tool
 * calls against time). The spans are the OpenTelemetry model's
 * (monitor/otel-model.ts), so the page and an exported trace agree on what
 * ran when and under whom. Pure.
 */
import { isErrorEvent, MAIN_AGENT, type TwoLEvent } from '../events/format.ts';
import { OtelModel, sessionKey, type ModelOp } from '../monitor/otel-model.ts';
import { MAX_NAME } from './event.ts';
import type { AgentNode, Span, ToolRow } from './history-api.ts';

/** Tool spans sent for the waterfall; a longer session sends its longest calls and says so. */
export const MAX_SPANS = 2000;
const ORCHESTRATOR = '2l-orchestrator';

export interface SessionDetail {
  agents: AgentNode[];
  tools: ToolRow[];
  spans: Span[];
  /** Tool spans left out of `spans` (MAX_SPANS). */
  spansOmitted: number;
}

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_NAME) : '');

export function sessionDetail(
  id: string,
  events: readonly TwoLEvent[],
  costByAgent: Readonly<Record<string, number>> = {},
): SessionDetail {
  const model = new OtelModel();
  const ops: ModelOp[] = [];
  for (const e of events) ops.push(...model.add(e.session_id ? e : { ...e, session_id: id }));
  ops.push(...model.finish());

  // Spans from the model: opens with their parents, closed with their ends.
  interface Open {
    key: string;
    parentKey?: string;
    agent: string;
    name: string;
    startMs: number;
    endMs: number;
    error?: string;
    unfinished?: boolean;
  }
  const open = new Map<string, Open>();
  for (const op of ops) {
    if (op.op === 'open' && op.key !== sessionKey(id)) {
      const a = op.attributes;
      const agent = text(a['gen_ai.agent.id'] ?? a['2l.agent.id']) || MAIN_AGENT;
      open.set(op.key, {
        key: op.key,
        parentKey: op.parentKey,
        agent,
        name: text(a['gen_ai.tool.name'] ?? a['gen_ai.agent.name']) || op.name,
        startMs: op.startMs,
        endMs: op.startMs,
      });
    } else if (op.op === 'close') {
      const s = open.get(op.key);
      if (!s) continue;
      s.endMs = op.endMs;
      if (op.error) s.error = op.error.slice(0, 500);
      if (op.attributes?.['2l.unfinished']) s.unfinished = true;
      if (op.parentKey) s.parentKey = op.parentKey;
    }
  }
  const agentSpans = [...open.values()].filter((s) => s.key.startsWith('a:'));
  const toolSpans = [...open.values()].filter((s) => s.key.startsWith('t:'));

  const nodes = new Map<string, AgentNode>();
  const node = (nid: string, label: string, t: number, parent?: string): AgentNode => {
    let n = nodes.get(nid);
    if (!n) {
      n = { id: nid, label, startMs: t, endMs: t, tools: 0, failures: 0, toolNames: [], status: 'running' };
      if (parent !== undefined && parent !== nid) n.parent = parent;
      nodes.set(nid, n);
    }
    if (t && (t < n.startMs || !n.startMs)) n.startMs = t;
    if (t > n.endMs) n.endMs = t;
    return n;
  };
  const first = events.length ? Date.parse(events[0]!.timestamp) || 0 : 0;
  node(MAIN_AGENT, 'main', first);

  // Subagents: under the agent whose Agent call spawned them (the model's parent chain), else main.
  for (const s of agentSpans) {
    const spawner = s.parentKey ? open.get(s.parentKey) : undefined;
    const n = node(s.agent, s.name, s.startMs, spawner?.agent ?? MAIN_AGENT);
    n.endMs = Math.max(n.endMs, s.endMs);
    if (!s.unfinished) n.status = 'completed';
  }
  // 2L's own agents, only as 2L's events name them.
  for (const e of events) {
    if (e.source !== 'emit') continue;
    const t = Date.parse(e.timestamp) || 0;
    const aid = text(e.agent_id);
    if (e.event_type === 'plan_start' || e.event_type === 'iteration_start')
      node(ORCHESTRATOR, '2L orchestrator', t, MAIN_AGENT);
    if (!aid || !['agent_spawn', 'agent_start', 'agent_complete'].includes(e.event_type)) continue;
    node(ORCHESTRATOR, '2L orchestrator', t, MAIN_AGENT);
    const n = node(aid, text(e.agent_type) || aid.replace(/-\d+$/, ''), t, ORCHESTRATOR);
    if (e.event_type === 'agent_complete') n.status = 'completed';
  }
  const lastEnd = events.length ? Date.parse(events[events.length - 1]!.timestamp) || 0 : 0;
  const mainNode = nodes.get(MAIN_AGENT)!;
  mainNode.endMs = Math.max(mainNode.endMs, lastEnd);

  const counts = new Map<string, Map<string, number>>();
  const tools = new Map<string, ToolRow>();
  for (const s of toolSpans) {
    const n = node(s.agent, s.agent, s.startMs, MAIN_AGENT);
    n.tools++;
    if (s.error) n.failures++;
    n.endMs = Math.max(n.endMs, s.endMs);
    let c = counts.get(n.id);
    if (!c) counts.set(n.id, (c = new Map()));
    c.set(s.name, (c.get(s.name) ?? 0) + 1);
    let row = tools.get(s.name);
    if (!row) tools.set(s.name, (row = { name: s.name, calls: 0, failures: 0, totalMs: 0, maxMs: 0 }));
    const d = Math.max(0, s.endMs - s.startMs);
    row.calls++;
    row.totalMs += d;
    row.maxMs = Math.max(row.maxMs, d);
    if (s.error) row.failures++;
  }
  // Failures that are not tool calls (a stop error, an orchestrator's own `error`) count for their agent.
  for (const e of events)
    if (isErrorEvent(e.event_type) && e.event_type !== 'tool_error') {
      const n = nodes.get(text(e.agent_id));
      if (n) n.failures++;
    }
  // An ended session has nothing running: what never reported its end ended with it.
  if (events.some((e) => e.event_type === 'session_end')) for (const n of nodes.values()) n.status = 'completed';
  for (const n of nodes.values()) {
    n.toolNames = [...(counts.get(n.id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 20);
    const cost = Object.hasOwn(costByAgent, n.id) ? costByAgent[n.id] : undefined;
    if (typeof cost === 'number' && Number.isFinite(cost)) n.costUsd = cost;
  }

  const keptTools = [...toolSpans]
    .sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))
    .slice(0, MAX_SPANS)
    .sort((a, b) => a.startMs - b.startMs);
  const spanOf = (s: Open, kind: Span['kind']): Span => ({
    kind,
    agent: s.agent,
    name: s.name,
    startMs: s.startMs,
    endMs: Math.max(s.startMs, s.endMs),
    ...(s.error ? { error: s.error } : {}),
    ...(s.unfinished ? { unfinished: true } : {}),
  });
  // Agents the model has no span for (main, the 2L orchestrator and its roles) get one from their first to last event.
  const covered = new Set(agentSpans.map((a) => a.agent));
  const nodeSpans: Span[] = [...nodes.values()]
    .filter((n) => !covered.has(n.id))
    .map((n) => ({
      kind: 'agent',
      agent: n.id,
      name: n.label,
      startMs: n.startMs,
      endMs: Math.max(n.startMs, n.endMs),
    }));
  return {
    agents: [...nodes.values()].sort((a, b) => a.startMs - b.startMs),
    tools: [...tools.values()].sort((a, b) => b.totalMs - a.totalMs),
    spans: [...nodeSpans, ...agentSpans.map((s) => spanOf(s, 'agent')), ...keptTools.map((s) => spanOf(s, 'tool'))],
    spansOmitted: toolSpans.length - keptTools.length,
  };
}
