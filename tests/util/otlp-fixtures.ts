/**
 * What the OTLP tests feed and check: a session with a tool call and a
 * subagent (2.1.332's order) with a tool call of its own, and the span tree
 * it must become (session → tool, session → Agent call → subagent → tool).
 */
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import type { BuiltDashboard } from './built-dashboard.ts';
import { request } from './http.ts';
import { attrs, type Receiver, type RSpan } from './otlp-receiver.ts';

export const T0 = Date.parse('2026-11-20T10:00:00.000Z');

export const eventAt = (ms: number, type: string, fields: Record<string, unknown> = {}): TwoLEvent =>
  newEvent(type, type, { source: 'hook', agent_id: 'main', session_id: 'S', ...fields }, new Date(T0 + ms));

/** Ten events of session `sid`, starting `t` ms after T0. */
export function sessionEvents(sid = 'S', t = 0): TwoLEvent[] {
  const f = { session_id: sid };
  const at = (ms: number, type: string, fields: Record<string, unknown>) => eventAt(t + ms, type, fields);
  return [
    at(0, 'session_start', f),
    at(1, 'tool_start', { ...f, tool_name: 'Bash', tool_use_id: `${sid}-B`, payload: {} }),
    at(9, 'tool_complete', {
      ...f,
      tool_name: 'Bash',
      tool_use_id: `${sid}-B`,
      duration_ms: 8,
      hook_ms: 2,
      hook: 'PostToolUse',
    }),
    at(10, 'tool_start', {
      ...f,
      tool_name: 'Agent',
      tool_use_id: `${sid}-G`,
      payload: { tool_input: { subagent_type: 'x' } },
    }),
    at(11, 'tool_complete', {
      ...f,
      tool_name: 'Agent',
      tool_use_id: `${sid}-G`,
      payload: { tool_response: { agentId: `${sid}-a1` } },
    }),
    at(12, 'agent_start', { ...f, agent_id: `${sid}-a1`, agent_type: 'x' }),
    at(13, 'tool_start', { ...f, agent_id: `${sid}-a1`, tool_name: 'Read', tool_use_id: `${sid}-R` }),
    at(15, 'tool_complete', {
      ...f,
      agent_id: `${sid}-a1`,
      tool_name: 'Read',
      tool_use_id: `${sid}-R`,
      duration_ms: 2,
    }),
    at(16, 'agent_complete', { ...f, agent_id: `${sid}-a1`, agent_type: 'x' }),
    at(20, 'session_end', f),
  ];
}

/** Spans of one session (by `session.id`) or every span when `sid` is undefined. */
export const spansOf = (spans: RSpan[], sid?: string) =>
  sid === undefined ? spans : spans.filter((s) => attrs(s.attributes)['session.id'] === sid);

/**
 * The tree of `sessionEvents(sid)`: the session is a root, Bash and the Agent
 * call its children, the subagent under the Agent call, Read under the subagent.
 */
export function assertSessionTree(spans: RSpan[], sid?: string): void {
  const mine = spansOf(spans, sid);
  const one = (name: string) => {
    const found = mine.filter((s) => s.name === name);
    assert.is(found.length, 1, `one ${name} span: ${mine.map((s) => s.name).join(', ')}`);
    return found[0]!;
  };
  const root = one('session');
  assert.is(root.parentSpanId ?? '', '', 'the session span is a root');
  assert.is(one('execute_tool Bash').parentSpanId, root.spanId);
  const call = one('execute_tool Agent');
  assert.is(call.parentSpanId, root.spanId);
  const agent = one('invoke_agent x');
  assert.is(agent.parentSpanId, call.spanId, 'the subagent nests under the Agent call that spawned it');
  assert.is(one('execute_tool Read').parentSpanId, agent.spanId);
  assert.is(new Set(mine.map((s) => s.traceId)).size, 1, 'one trace per session');
}

export const logUids = (rx: Receiver) => rx.logs.map((l) => attrs(l.attributes)['log.record.uid'] as string);

/** Each id once. */
export function assertOnce(ids: string[], what: string): void {
  const seen = new Set<string>();
  const twice = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.equal(twice, [], `${what} arrived twice`);
}

/**
 * Poll `probe` until it gives a value; the deadline only turns a hang into a
 * failure (nothing is timed: this machine is shared and loaded).
 */
export async function pollUntil<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  deadlineMs = 90_000,
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > deadlineMs) throw new Error(`never: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The server's `/api/otlp`, with the page's cookie. */
export async function apiOtlp(d: BuiltDashboard): Promise<Record<string, any>> {
  const r = await request(d.port, '/api/otlp', { headers: { cookie: d.cookie } });
  assert.is(r.status, 200, r.body);
  return JSON.parse(r.body);
}
