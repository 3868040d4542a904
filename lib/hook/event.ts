/**
 * Turns a Claude Code hook payload into a 2L event. Pure: the clock and the
 * hook's elapsed time come in as arguments.
 */
import { MAIN_AGENT, SCHEMA_VERSION, DEFAULT_PHASE, hookEventType, type TwoLEvent } from '../events/format.ts';
import { cleanPayload, cleanString } from '../events/redact.ts';

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
    case 'Notification':
      return cleanString(str(p.message) ?? str(p.notification_type) ?? 'Notification', 200);
    case 'SubagentStart':
      return `${str(p.agent_type) ?? 'Subagent'} started`;
    case 'SubagentStop':
      return `${str(p.agent_type) ?? 'Subagent'} finished`;
    case 'Stop':
      return 'Turn finished';
    case 'StopFailure':
      return `Turn failed: ${cleanString(str(p.error) ?? 'error', 200)}`;
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
  const error = str(p.error);
  if (error) event.error = cleanString(error, 1000);
  else if (hook === 'PostToolUseFailure') event.error = 'unknown error';
  const agentType = typeof p.agent_type === 'string' ? p.agent_type : undefined;
  if (agentType !== undefined) event.agent_type = cleanString(agentType, 120);
  if (Object.keys(rest).length > 0) event.payload = cleanPayload(rest);
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
