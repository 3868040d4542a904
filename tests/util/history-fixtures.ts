/**
 * A realistic history for the dashboard's history views: a rotated archive
 * holding older sessions (one with an Explore subagent spawned by an Agent
 * call, the 2L orchestrator with a builder and a validator, a failing test
 * run, two MCP tools whose names share a prefix, cost updates) and a live
 * log with a session at work now.
 */
import fs from 'node:fs';
import path from 'node:path';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { TOKEN_KINDS } from '../../lib/transcript/usage.ts';
import { tempDir } from './claude.ts';

export const ARCHIVED = 'arch-7f3a9c01-5d2e-4b7a-9f00-1c2d3e4f5a6b';
export const OLDER = 'arch-11b2c3d4-0000-4000-8000-000000000002';

function figures(usd: number) {
  const tokens = Object.fromEntries(TOKEN_KINDS.map((k) => [k, 1000]));
  const byKind = Object.fromEntries(TOKEN_KINDS.map((k, i) => [k, i === 0 ? usd : 0]));
  return { tokens, usd, usd_by_kind: byKind, unpriced_tokens: 0, requests: 3 };
}

export function costUpdate(session: string, at: Date, main: number, sub: Record<string, number> = {}): TwoLEvent {
  const total = main + Object.values(sub).reduce((a, b) => a + b, 0);
  const agents = Object.fromEntries([['main', figures(main)], ...Object.entries(sub).map(([k, v]) => [k, figures(v)])]);
  return newEvent(
    'cost_update',
    `cost $${total.toFixed(2)}`,
    {
      source: 'hook',
      agent_id: 'main',
      session_id: session,
      payload: {
        cumulative: { totals: figures(total), agents, models: { 'claude-opus': { ...figures(total), priced: true } } },
      },
    },
    at,
  );
}

/** Events of one finished session that used subagents and the 2L orchestrator, starting at `t0`. */
export function archivedSession(id: string, t0: number, prompt: string): TwoLEvent[] {
  const at = (s: number) => new Date(t0 + s * 1000);
  const hook = (type: string, s: number, data: string, f: Partial<TwoLEvent> = {}) =>
    newEvent(type, data, { source: 'hook', agent_id: 'main', session_id: id, ...f }, at(s));
  const emit = (type: string, s: number, data: string, f: Partial<TwoLEvent> = {}) =>
    newEvent(type, data, { session_id: id, ...f }, at(s));
  const tool = (name: string, s: number, ms: number, use: string, f: Partial<TwoLEvent> = {}, fail = '') => [
    hook('tool_start', s, `${name} started`, { tool_name: name, tool_use_id: use, ...f }),
    hook(
      fail ? 'tool_error' : 'tool_complete',
      s + ms / 1000,
      fail ? `${name} failed: ${fail}` : `${name} (${ms} ms)`,
      {
        tool_name: name,
        tool_use_id: use,
        duration_ms: ms,
        ...(fail ? { error: fail } : {}),
        ...f,
      },
    ),
  ];
  const sub = { agent_id: 'a3f9e2b1', agent_type: 'Explore' };
  return [
    hook('session_start', 0, 'Session started (startup)'),
    hook('user_prompt', 1, prompt),
    emit('plan_start', 2, 'plan-7: cache layer', { phase: 'exploration' }),
    hook('tool_start', 3, 'Agent started', {
      tool_name: 'Agent',
      tool_use_id: 'ag1',
      payload: { tool_input: { subagent_type: 'Explore' } },
    }),
    hook('agent_start', 4, 'Explore started', sub),
    ...tool('Grep', 5, 420, 'g1', sub),
    ...tool('Read', 6, 35, 'r1', sub),
    ...tool('Read', 7, 28, 'r2', sub),
    hook('agent_complete', 12, 'Explore finished', sub),
    hook('tool_complete', 13, 'Agent (10000 ms)', { tool_name: 'Agent', tool_use_id: 'ag1', duration_ms: 10_000 }),
    emit('agent_spawn', 14, 'builder-1: cache layer', { agent_id: 'builder-1', phase: 'building' }),
    ...tool('Edit', 15, 120, 'e1'),
    ...tool('Bash', 17, 8400, 'b1', {}, 'npm test failed: 3 tests failed'),
    ...tool('Edit', 27, 90, 'e2'),
    ...tool('Bash', 28, 6100, 'b2'),
    emit('agent_complete', 35, 'builder-1 done', { agent_id: 'builder-1', phase: 'building' }),
    emit('agent_spawn', 36, 'validator-1: run checks', { agent_id: 'validator-1', phase: 'validation' }),
    ...tool('mcp__github__create_pull_request', 38, 1500, 'm1'),
    ...tool('mcp__github__create_pull_request_review', 40, 900, 'm2'),
    emit('agent_complete', 44, 'validator-1 done', { agent_id: 'validator-1', phase: 'validation' }),
    costUpdate(id, at(45), 0.84, { a3f9e2b1: 0.21 }),
    hook('session_end', 46, 'Session ended (exit)'),
  ];
}

export function liveSession(id: string, now: number, prompt: string): TwoLEvent[] {
  const at = (s: number) => new Date(now - 120_000 + s * 1000);
  const hook = (type: string, s: number, data: string, f: Partial<TwoLEvent> = {}) =>
    newEvent(type, data, { source: 'hook', agent_id: 'main', session_id: id, ...f }, at(s));
  return [
    hook('session_start', 0, 'Session started (startup)'),
    hook('user_prompt', 1, prompt),
    hook('tool_complete', 5, 'Read: src/server.ts (12 ms)', { tool_name: 'Read', tool_use_id: 'lr1', duration_ms: 12 }),
    hook('tool_complete', 9, 'Bash: npm run build (2300 ms)', {
      tool_name: 'Bash',
      tool_use_id: 'lb1',
      duration_ms: 2300,
    }),
    costUpdate(id, at(10), 0.12),
  ];
}

const jsonl = (events: readonly object[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');

/** A project with a rotated archive (two finished sessions) and a live log (one session at work). */
export function historyProject(name: string, now = Date.now()): string {
  const dir = path.join(tempDir('hist'), name);
  fs.mkdirSync(dir);
  const state = path.join(dir, '.2L');
  fs.mkdirSync(state, { mode: 0o700 });
  const day = 86_400_000;
  fs.writeFileSync(
    path.join(state, 'events-20261101T100000000Z.jsonl'),
    jsonl([
      ...archivedSession(OLDER, now - 3 * day, 'Fix the flaky login test'),
      ...archivedSession(ARCHIVED, now - 2 * day, 'Add a cache layer to the API <b>fast</b>'),
    ]),
  );
  fs.writeFileSync(path.join(state, 'events.jsonl'), jsonl(liveSession(`live-${name}`, now, `Keep ${name} building`)));
  return dir;
}
