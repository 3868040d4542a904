/**
 * Turns a Claude Code hook payload into its 2L events (one, or a `tool_denied`
 * per denied call of a batch) and a failed turn into a `stop_error`. Pure: the
 * clock and the hook's elapsed time come in as arguments.
 */
import {
  DEFAULT_PHASE,
  DENIED_EVENT_TYPE,
  MAIN_AGENT,
  SCHEMA_VERSION,
  hookEventType,
  type TwoLEvent,
} from '../events/format.ts';
import { cleanPayload, cleanString } from '../events/redact.ts';
import { deniedCalls } from './denied.ts';

type Payload = Record<string, unknown>;

/** Fields lifted into the event itself, or too noisy to keep in `payload`. */
const LIFTED = new Set([
  'session_id',
  'transcript_path',
  'cwd',
  'hook_event_name',
  'tool_name',
  'tool_use_id',
  'duration_ms',
  'agent_type',
  'agent_id',
  'error',
  'permission_mode',
  'effort',
  'prompt_id',
  'agent_transcript_path',
]);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
}

/** The one thing worth showing about a tool call: its command, path, pattern or URL. */
export function toolSummary(input: unknown): string {
  if (!input || typeof input !== 'object') return '';
  const i = input as Payload;
  const pick =
    str(i.command) ??
    str(i.file_path) ??
    str(i.notebook_path) ??
    str(i.pattern) ??
    str(i.url) ??
    str(i.query) ??
    str(i.description) ??
    str(i.prompt) ??
    str(i.path);
  return pick ? cleanString(firstLine(pick), 160) : '';
}

function describe(hook: string, p: Payload): string {
  const tool = str(p.tool_name) ?? 'tool';
  const summary = toolSummary(p.tool_input);
  const ms = num(p.duration_ms);
  const took = ms === undefined ? '' : ` (${Math.round(ms)} ms)`;
  switch (hook) {
    case 'SessionStart':
      return `Session started (${str(p.source) ?? 'startup'})`;
    case 'SessionEnd':
      return `Session ended (${str(p.reason) ?? 'other'})`;
    case 'UserPromptSubmit':
      return `Prompt: ${cleanString(firstLine(str(p.prompt) ?? ''), 200)}`;
    case 'UserPromptExpansion':
      return `Command /${str(p.command_name) ?? '?'}${str(p.command_args) ? ` ${cleanString(str(p.command_args)!, 160)}` : ''}`;
    case 'PreToolUse':
      return summary ? `${tool}: ${summary}` : tool;
    case 'PostToolUse':
      return `${summary ? `${tool}: ${summary}` : tool}${took}`;
    case 'PostToolUseFailure':
      return `${tool} failed: ${cleanString(firstLine(str(p.error) ?? 'error'), 200)}${took}`;
    case 'PermissionRequest':
      return `Permission requested for ${tool}${summary ? `: ${summary}` : ''}`;
    case 'PermissionDenied':
      return `${tool} denied: ${cleanString(firstLine(str(p.reason) ?? 'permission denied'), 200)}`;
    case 'Notification':
      return cleanString(str(p.message) ?? str(p.notification_type) ?? 'Notification', 200);
    case 'SubagentStart':
      return `${str(p.agent_type) ?? 'Subagent'} started`;
    case 'SubagentStop':
      return `${str(p.agent_type) ?? 'Subagent'} finished`;
    case 'Stop':
      return 'Turn finished';
    case 'StopFailure':
      // `error` is a class (rate_limit, server_error, unknown); the message says what happened.
      return `Turn failed: ${cleanString(firstLine(str(p.last_assistant_message) ?? str(p.error) ?? 'error'), 200)}`;
    case 'PreCompact':
      return `Compaction started (${str(p.trigger) ?? 'auto'})`;
    case 'PostCompact':
      return `Compaction finished (${str(p.trigger) ?? 'auto'})`;
    default:
      return hook;
  }
}

export interface HookContext {
  now: Date;
  /** Milliseconds our process has run so far. */
  hookMs: number;
}

export function hookPayloadToEvent(raw: unknown, ctx: HookContext): TwoLEvent {
  const p: Payload = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Payload) : {};
  const hook = str(p.hook_event_name) ?? 'Unknown';
  const rest: Payload = {};
  for (const [k, v] of Object.entries(p)) if (!LIFTED.has(k)) rest[k] = v;

  const event: TwoLEvent = {
    timestamp: ctx.now.toISOString(),
    event_type: hookEventType(hook),
    phase: DEFAULT_PHASE,
    agent_id: cleanString(str(p.agent_id) ?? MAIN_AGENT, 120),
    data: describe(hook, p),
    v: SCHEMA_VERSION,
    source: 'hook',
    hook: cleanString(hook, 80),
  };
  const session = str(p.session_id);
  if (session) event.session_id = cleanString(session, 120);
  const toolName = str(p.tool_name);
  if (toolName) event.tool_name = cleanString(toolName, 120);
  const toolUse = str(p.tool_use_id);
  if (toolUse) event.tool_use_id = cleanString(toolUse, 120);
  const duration = num(p.duration_ms);
  if (duration !== undefined) event.duration_ms = duration;
  event.hook_ms = Math.round(ctx.hookMs * 100) / 100;
  const message = hook === 'StopFailure' ? str(p.last_assistant_message) : undefined;
  const error = str(p.error);
  if (error) event.error = cleanString(message ? `${error}: ${message}` : error, 1000);
  else if (hook === 'PostToolUseFailure') event.error = 'unknown error';
  const agentType = typeof p.agent_type === 'string' ? p.agent_type : undefined;
  if (agentType !== undefined) event.agent_type = cleanString(agentType, 120);
  if (Object.keys(rest).length > 0) event.payload = cleanPayload(rest);
  return event;
}

/**
 * The events one hook call records: one per payload, except PostToolBatch,
 * which records a `tool_denied` for each call it names that was denied (the
 * only trace such a call leaves) and nothing for the calls that ran (their
 * PostToolUse or PostToolUseFailure already closed them).
 */
export function hookPayloadToEvents(raw: unknown, ctx: HookContext): TwoLEvent[] {
  const p: Payload = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Payload) : {};
  if (p.hook_event_name !== 'PostToolBatch') return [hookPayloadToEvent(raw, ctx)];
  return deniedCalls(p.tool_calls).map((call) => {
    const event = hookPayloadToEvent(
      {
        hook_event_name: 'PostToolBatch',
        session_id: p.session_id,
        agent_id: p.agent_id,
        agent_type: p.agent_type,
        tool_name: call.tool_name,
        tool_use_id: call.tool_use_id,
        reason: call.reason,
      },
      ctx,
    );
    event.event_type = DENIED_EVENT_TYPE;
    event.data = `${event.tool_name ?? 'tool'} denied: ${cleanString(firstLine(call.reason), 200)}`;
    return event;
  });
}

/** What failedTurnEvent needs of a failed turn (lib/hook/failed-turn.ts finds them). */
export interface FailedTurnFacts {
  uuid: string;
  text: string;
  status?: number;
  error?: string;
  timestamp?: string;
}

/**
 * A `stop_error` for a turn that failed without StopFailure, found by the hook
 * named in the payload (the `hook` field says which), as StopFailure would have
 * recorded it.
 */
export function failedTurnEvent(turn: FailedTurnFacts, raw: Payload, ctx: HookContext): TwoLEvent {
  const event = hookPayloadToEvent(
    {
      hook_event_name: 'StopFailure',
      session_id: raw.session_id,
      error: turn.text || turn.error || 'API error',
    },
    ctx,
  );
  event.hook = cleanString(str(raw.hook_event_name) ?? 'Unknown', 80);
  event.data = `Turn failed: ${cleanString(firstLine(turn.text || turn.error || 'API error'), 200)}`;
  const payload: Payload = { found_in: 'transcript', transcript_entry: turn.uuid };
  if (turn.status !== undefined) payload.api_error_status = turn.status;
  if (turn.error !== undefined) payload.api_error = turn.error;
  if (turn.timestamp !== undefined) payload.failed_at = turn.timestamp;
  event.payload = cleanPayload(payload);
  return event;
}

/**
 * A payload too large to parse (or cut off by the stdin deadline) still says
 * what it was: pull the few fields we need from its head without a JSON parser.
 */
export function oversizedPayloadToEvent(
  head: string,
  totalBytes: number,
  ctx: HookContext,
  why = 'too large to record',
): TwoLEvent {
  const grab = (key: string): string | undefined => {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,200})"`).exec(head);
    if (!m) return undefined;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return undefined;
    }
  };
  const partial: Payload = {};
  for (const k of ['hook_event_name', 'session_id', 'tool_name', 'tool_use_id', 'agent_id', 'agent_type']) {
    const v = grab(k);
    if (v !== undefined) partial[k] = v;
  }
  const event = hookPayloadToEvent(partial, ctx);
  event.data = `${event.data} [payload of ${totalBytes} bytes ${why}]`;
  event.payload = { truncated_bytes: totalBytes };
  return event;
}
