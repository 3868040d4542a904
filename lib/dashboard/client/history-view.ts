/**
 * What the history views show, decided apart from drawing them: a session
 * answer read through the wire checks, the agent tree as indented rows, the
 * waterfall's bars as shares of the session's time, the tool table under the
 * page's filters, money and the labels of counts. Pure: the unit tests run it
 * under Node; sessions.ts only puts these on the screen.
 */
import { MAX_NAME } from '../event.ts';
import type { AgentNode, SessionRow, Span, ToolRow } from '../history-api.ts';
import { count, list, text, wire } from './values.ts';

/** The API's shapes as the page holds them once read through the wire checks: every field present. */
export type SessionRowView = Omit<SessionRow, 'costByAgent' | 'status'> & { status: string };
export type AgentView = Omit<AgentNode, 'parent' | 'status'> & { parent: string; status: string };
export type SpanView = Required<Span>;
export type ToolView = ToolRow;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const usdOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

export function sessionRowOf(v: unknown): SessionRowView {
  const r = wire<SessionRowView>(v);
  const costUsd = usdOf(r.costUsd);
  return {
    id: text(r.id, 512),
    title: text(r.title, 300),
    start: text(r.start, 40),
    end: text(r.end, 40),
    durationMs: count(r.durationMs),
    events: count(r.events),
    toolCalls: count(r.toolCalls),
    failures: count(r.failures),
    agents: list(r.agents).map((a) => text(a, MAX_NAME)),
    ...(costUsd !== undefined ? { costUsd } : {}),
    status: text(r.status, 20),
  };
}

export function agentOf(v: unknown): AgentView {
  const a = wire<AgentView>(v);
  const costUsd = usdOf(a.costUsd);
  return {
    id: text(a.id, MAX_NAME),
    label: text(a.label, MAX_NAME),
    parent: text(a.parent, MAX_NAME),
    startMs: num(a.startMs),
    endMs: num(a.endMs),
    tools: count(a.tools),
    failures: count(a.failures),
    toolNames: list(a.toolNames).map((p) => {
      const pair = list(p);
      return [text(pair[0], MAX_NAME), count(pair[1])] as [string, number];
    }),
    ...(costUsd !== undefined ? { costUsd } : {}),
    status: text(a.status, 20),
  };
}

export function spanOf(v: unknown): SpanView {
  const s = wire<SpanView>(v);
  return {
    kind: s.kind === 'agent' ? 'agent' : 'tool',
    agent: text(s.agent, MAX_NAME),
    name: text(s.name, MAX_NAME),
    startMs: num(s.startMs),
    endMs: Math.max(num(s.startMs), num(s.endMs)),
    error: text(s.error, 500),
    unfinished: s.unfinished === true,
  };
}

export function toolOf(v: unknown): ToolView {
  const t = wire<ToolView>(v);
  return {
    name: text(t.name, MAX_NAME),
    calls: count(t.calls),
    failures: count(t.failures),
    totalMs: count(t.totalMs),
    maxMs: count(t.maxMs),
  };
}

/** The tree as rows in depth-first order, each with its depth; with `only`, that agent, its ancestors and its descendants. */
export function treeRows(agents: readonly AgentView[], only = ''): Array<{ agent: AgentView; depth: number }> {
  const ids = new Set(agents.map((a) => a.id));
  const children = new Map<string, AgentView[]>();
  const roots: AgentView[] = [];
  for (const a of agents) {
    // A parent the tree does not hold (or a cycle through a hostile log) makes a root.
    if (a.parent && ids.has(a.parent) && a.parent !== a.id) {
      const c = children.get(a.parent) ?? [];
      c.push(a);
      children.set(a.parent, c);
    } else roots.push(a);
  }
  const out: Array<{ agent: AgentView; depth: number }> = [];
  const seen = new Set<string>();
  const walk = (a: AgentView, depth: number) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    out.push({ agent: a, depth });
    for (const c of children.get(a.id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  for (const a of agents) if (!seen.has(a.id)) walk(a, 0); // agents only reachable through a cycle
  if (!only) return out;
  const parentOf = new Map(agents.map((a) => [a.id, a.parent]));
  const keep = new Set<string>();
  for (let cur: string | undefined = only; cur && !keep.has(cur); cur = parentOf.get(cur)) keep.add(cur);
  const within = new Set<string>([only]);
  for (const { agent } of out) if (within.has(agent.parent)) within.add(agent.id);
  return out.filter(({ agent }) => keep.has(agent.id) || within.has(agent.id));
}

/** A bar's left edge and width as percentages of [t0, t1]; at least a sliver so an instant shows. */
export function barOf(startMs: number, endMs: number, t0: number, t1: number): { left: number; width: number } {
  const span = Math.max(1, t1 - t0);
  const left = Math.min(100, Math.max(0, ((startMs - t0) / span) * 100));
  const width = Math.max(0.4, Math.min(100 - left, ((endMs - startMs) / span) * 100));
  return { left: Math.round(left * 100) / 100, width: Math.round(width * 100) / 100 };
}

/** The tool table: the server's when nothing filters it, else rebuilt from the spans the filters keep. */
export function toolRows(
  tools: readonly ToolView[],
  spans: readonly SpanView[],
  f: { agent: string; tool: string },
): ToolView[] {
  if (!f.agent) return f.tool ? tools.filter((t) => t.name === f.tool) : [...tools];
  const rows = new Map<string, ToolView>();
  for (const s of spans) {
    if (s.kind !== 'tool' || s.agent !== f.agent || (f.tool && s.name !== f.tool)) continue;
    const r = rows.get(s.name) ?? { name: s.name, calls: 0, failures: 0, totalMs: 0, maxMs: 0 };
    const d = s.endMs - s.startMs;
    r.calls++;
    r.totalMs += d;
    r.maxMs = Math.max(r.maxMs, d);
    if (s.error) r.failures++;
    rows.set(s.name, r);
  }
  return [...rows.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** `$0.42`, `<$0.01`, `–` (no cost figures for the session). */
export function usd(v: number | undefined): string {
  if (v === undefined) return '–';
  if (v > 0 && v < 0.01) return '<$0.01';
  return `$${v.toFixed(2)}`;
}

/** `1 of 3 tool calls failed` style counts: singular and plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
