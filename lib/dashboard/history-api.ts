/**
 * The shapes the history API answers with (`/api/sessions`, `/api/sessions/<id>`):
 * one definition for the server that builds them and the page that reads them
 * (the page still reads every value through its wire checks). Types only.
 */

export type SessionStatus = 'live' | 'ended' | 'idle';

export interface SessionRow {
  id: string;
  /** The first prompt, as a title (redacted at write time like every field). */
  title: string;
  start: string;
  end: string;
  durationMs: number;
  events: number;
  toolCalls: number;
  failures: number;
  agents: string[];
  /** Newest cumulative figure of the session's `cost_update` events (monitor/cost-events.ts); absent when none. */
  costUsd?: number;
  /** The same by agent, as cost_update keys them. */
  costByAgent?: Record<string, number>;
  status: SessionStatus;
}

export interface AgentNode {
  id: string;
  /** What it is: `main`, a subagent's type, `2L orchestrator`, a 2L role. */
  label: string;
  parent?: string;
  startMs: number;
  endMs: number;
  tools: number;
  failures: number;
  /** Tool names with their call counts, most used first. */
  toolNames: Array<[string, number]>;
  costUsd?: number;
  status: 'running' | 'completed';
}

export interface Span {
  /** `agent` rows carry the agent's id; `tool` rows the agent they ran under. */
  kind: 'agent' | 'tool';
  agent: string;
  name: string;
  startMs: number;
  endMs: number;
  error?: string;
  unfinished?: boolean;
}

export interface ToolRow {
  name: string;
  calls: number;
  failures: number;
  totalMs: number;
  maxMs: number;
}
