/**
 * The 2L event format: one JSON object per line in `<project>/.2L/events.jsonl`.
 * docs/event-format.md is the prose version of this file; keep them together.
 */

export const SCHEMA_VERSION = 1;

/** 2L's orchestration vocabulary, written by orchestrators and agents through the emitter. */
export const ORCHESTRATION_TYPES = [
  'plan_start',
  'plan_complete',
  'iteration_start',
  'phase_change',
  'complexity_decision',
  'agent_spawn',
  'agent_start',
  'agent_complete',
  'validation_result',
  'iteration_complete',
  'cost_update',
] as const;

/** Checks the pack's setup commands record. */
const CHECK_TYPES = ['db_check', 'mcp_check'] as const;
/** Types written by the pack's own tools (setup and checks, alerts). */
export const TOOL_TYPES = [...CHECK_TYPES, 'performance_alert'] as const;

/** Claude Code hook event name -> 2L event_type. Unknown hooks become `hook_<snake_case>`. */
export const HOOK_EVENT_MAP: Readonly<Record<string, string>> = {
  SessionStart: 'session_start',
  SessionEnd: 'session_end',
  UserPromptSubmit: 'user_prompt',
  UserPromptExpansion: 'command_expansion',
  PreToolUse: 'tool_start',
  PostToolUse: 'tool_complete',
  PostToolUseFailure: 'tool_error',
  PostToolBatch: 'tool_batch',
  PermissionRequest: 'permission_request',
  // A denied call's close: auto mode's denial, and the calls PostToolBatch names as denied (lib/hook/denied.ts).
  PermissionDenied: 'tool_denied',
  Notification: 'notification',
  SubagentStart: 'agent_start',
  SubagentStop: 'agent_complete',
  Stop: 'stop',
  StopFailure: 'stop_error',
  PreCompact: 'compact_start',
  PostCompact: 'compact_complete',
  InstructionsLoaded: 'instructions_loaded',
};

/**
 * Closes a tool call that never ran (denied by a rule, by the user, by auto mode,
 * or not allowed in `-p`), paired with its `tool_start` by `tool_use_id`.
 */
export const DENIED_EVENT_TYPE = 'tool_denied';

/**
 * Types that are failures: the summary counts them as errors (the page's error
 * card, recent errors, the chart's red), OTel logs them as ERROR, the page
 * draws them red. `error` is what an orchestrator emits for its own failures.
 */
export const ERROR_EVENT_TYPES: readonly string[] = ['tool_error', 'stop_error', 'error'];
/** Types that ask for a look without being failures: OTel WARN, the page's alert colour. */
export const WARNING_EVENT_TYPES: readonly string[] = ['performance_alert', 'permission_denied'];

export function isErrorEvent(type: string): boolean {
  return ERROR_EVENT_TYPES.includes(type);
}

export function isWarningEvent(type: string): boolean {
  return WARNING_EVENT_TYPES.includes(type);
}

/** The family an event type belongs to: how a reader groups and colours it. */
export type EventFamily = 'error' | 'warning' | 'tool' | 'agent' | 'plan' | 'check' | 'session' | 'other';

const PLAN_TYPES: readonly string[] = ORCHESTRATION_TYPES;
const CHECKS: readonly string[] = CHECK_TYPES;
/** Built on first use: the hook imports this module and needs none of it. */
let sessionTypes: Set<string> | undefined;

/** Failures and warnings first, then by the vocabulary above (prefixes for the families that grow). */
export function eventFamily(type: string): EventFamily {
  if (ERROR_EVENT_TYPES.includes(type)) return 'error';
  if (WARNING_EVENT_TYPES.includes(type)) return 'warning';
  if (type.startsWith('tool_')) return 'tool';
  if (type.startsWith('agent_')) return 'agent';
  if (PLAN_TYPES.includes(type) || type.startsWith('iteration_')) return 'plan';
  if (CHECKS.includes(type)) return 'check';
  // What is left of the hook vocabulary (prompts, stops, notifications, compaction) is the session's.
  sessionTypes ??= new Set(Object.values(HOOK_EVENT_MAP));
  if (type.startsWith('session_') || type.startsWith('compact_') || sessionTypes.has(type)) return 'session';
  return 'other';
}

export type EventSource = 'hook' | 'emit';

export interface TwoLEvent {
  /** ISO 8601 UTC with milliseconds. */
  timestamp: string;
  event_type: string;
  phase: string;
  agent_id: string;
  /** Short human-readable text. Never HTML: readers must render it as text. */
  data: string;
  /** Schema version of the structured fields below. */
  v: number;
  source: EventSource;
  session_id?: string;
  /** Claude Code's `hook_event_name`. */
  hook?: string;
  tool_name?: string;
  tool_use_id?: string;
  /** Tool duration: between the call's tool_use and tool_result transcript entries (or as PostToolUse reports it). */
  duration_ms?: number;
  /** Our hook's own time from process start until just before its write. */
  hook_ms?: number;
  error?: string;
  agent_type?: string;
  /** Trimmed, redacted copy of what produced the event. */
  payload?: unknown;
  /**
   * Not from a hook call: built from Claude Code's transcript (tool calls, subagents, prompts, turn ends:
   * no hook is registered for them), or from its process's exit (a session's end).
   */
  recovered?: 'transcript' | 'process';
}

export const DEFAULT_PHASE = 'unknown';
export const DEFAULT_AGENT = 'orchestrator';
/** agent_id of hook events raised by the main Claude Code agent (not a subagent). */
export const MAIN_AGENT = 'main';

export function hookEventType(hookName: string): string {
  const mapped = HOOK_EVENT_MAP[hookName];
  if (mapped) return mapped;
  const snake = hookName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toLowerCase();
  return `hook_${snake || 'unknown'}`;
}

/** An event_type is a short identifier; anything else is refused by the emitter. */
export function isValidEventType(type: string): boolean {
  return /^[a-z][a-z0-9_]{0,63}$/.test(type);
}

/**
 * Parse one log line; undefined for anything that is not a 2L event object.
 * The legacy defaults are filled into the object JSON.parse made, in place,
 * and unknown fields are kept: a copy would cost as much as the parse itself,
 * and readers go through every line of logs with millions of them.
 */
export function parseEventLine(line: string): TwoLEvent | undefined {
  if (!line || line[0] !== '{') return undefined;
  let e: Record<string, unknown>;
  try {
    e = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (
    !e ||
    typeof e !== 'object' ||
    Array.isArray(e) ||
    typeof e.timestamp !== 'string' ||
    typeof e.event_type !== 'string'
  )
    return undefined;
  if (typeof e.phase !== 'string') e.phase = DEFAULT_PHASE;
  if (typeof e.agent_id !== 'string') e.agent_id = DEFAULT_AGENT;
  if (typeof e.data !== 'string') e.data = e.data === undefined ? '' : JSON.stringify(e.data);
  if (typeof e.v !== 'number') e.v = 0;
  if (e.source !== 'hook') e.source = 'emit';
  return e as unknown as TwoLEvent;
}

/** A new event written by the pack's own tools or the emitter (source `emit`). */
export function newEvent(
  eventType: string,
  data: string,
  fields: Partial<TwoLEvent> = {},
  now: Date = new Date(),
): TwoLEvent {
  return {
    timestamp: now.toISOString(),
    event_type: eventType,
    phase: DEFAULT_PHASE,
    agent_id: DEFAULT_AGENT,
    data,
    v: SCHEMA_VERSION,
    source: 'emit',
    ...fields,
  };
}
