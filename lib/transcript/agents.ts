/**
 * A subagent's start and end as Claude Code records them in its own transcript
 * (`<session>/subagents/agent-<id>.jsonl`), and its type from the file Claude
 * Code writes beside it (`agent-<id>.meta.json`, `agentType`). Verified on
 * 2.1.197 and 2.1.332: the first entry is the agent's prompt, written when it
 * starts (before SubagentStart fires); its last assistant entry carries a
 * `stop_reason` other than `tool_use` when its loop ends (before SubagentStop
 * fires), with the text SubagentStop reports as `last_assistant_message`.
 * So the pack registers neither hook (docs/hook-latency.md). Pure.
 */

export interface AgentMark {
  kind: 'start' | 'stop';
  sessionId: string | undefined;
  /** The entry's `agentId`: the same id its tool calls carry. */
  agentId: string | undefined;
  timestamp: string | undefined;
  /** At a stop: the text of the agent's last answer. */
  lastMessage?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The agent's id when `file` is a subagent's transcript (`…/subagents/agent-<id>.jsonl`), else undefined. */
export function subagentOfFile(file: string): string | undefined {
  const m = /[\\/]subagents[\\/]agent-([A-Za-z0-9_-]{1,128})\.jsonl$/.exec(file);
  return m?.[1];
}

/** The meta file Claude Code keeps beside a subagent's transcript. */
export const metaFileOf = (file: string): string => `${file.slice(0, -'.jsonl'.length)}.meta.json`;

/** `agentType` from a meta file's text; undefined when it has none. */
export function agentTypeFromMeta(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const meta = JSON.parse(text) as unknown;
    return isObj(meta) && typeof meta.agentType === 'string' ? meta.agentType : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What one entry of a subagent's transcript says about the agent's lifecycle: its start (the first
 * user or assistant entry, when `started` is false) and its end (an assistant entry whose turn ended).
 */
export function agentMarks(entry: unknown, started: boolean): AgentMark[] {
  if (!isObj(entry) || (entry.type !== 'user' && entry.type !== 'assistant')) return [];
  const common = {
    sessionId: str(entry.sessionId),
    agentId: str(entry.agentId),
    timestamp: str(entry.timestamp) && ISO.test(entry.timestamp as string) ? (entry.timestamp as string) : undefined,
  };
  const out: AgentMark[] = [];
  if (!started) out.push({ kind: 'start', ...common });
  const message = isObj(entry.message) ? entry.message : undefined;
  const stop = message?.stop_reason;
  if (entry.type === 'assistant' && typeof stop === 'string' && stop !== 'tool_use') {
    const content = message?.content;
    const text = Array.isArray(content)
      ? content
          .map((b) => (isObj(b) && b.type === 'text' && typeof b.text === 'string' ? b.text : ''))
          .filter(Boolean)
          .join('\n')
      : typeof content === 'string'
        ? content
        : '';
    out.push({ kind: 'stop', ...common, lastMessage: text });
  }
  return out;
}
