/**
 * Tool calls as Claude Code's transcript records them: an assistant entry's
 * `tool_use` blocks (id, name, input) and a user entry's `tool_result` blocks
 * (the id they answer, is_error). Each carries the entry's session, agent
 * (`agentId` in a subagent's `subagents/agent-<id>.jsonl`) and timestamp. Pure.
 */

export interface ToolUse {
  kind: 'use';
  id: string;
  name: string;
  input: unknown;
  sessionId: string | undefined;
  /** The subagent's id, undefined for the main agent. */
  agentId: string | undefined;
  timestamp: string | undefined;
}

export interface ToolResult {
  kind: 'result';
  id: string;
  isError: boolean;
  /** The result's text when it is an error (the model's view of it), else ''. */
  errorText: string;
  /** Claude Code's own record of the result (`toolUseResult`: for Bash stdout, stderr, interrupted), as PostToolUse's `tool_response`. */
  response: unknown;
  sessionId: string | undefined;
  agentId: string | undefined;
  timestamp: string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((c) => (isObj(c) && typeof c.text === 'string' ? c.text : ''))
    .filter(Boolean)
    .join('\n');
}

/** The tool calls and results one transcript entry holds, in block order. */
export function toolEvents(entry: unknown): Array<ToolUse | ToolResult> {
  if (!isObj(entry) || !isObj(entry.message)) return [];
  const content = entry.message.content;
  if (!Array.isArray(content)) return [];
  const common = {
    sessionId: str(entry.sessionId),
    agentId: str(entry.agentId),
    timestamp: str(entry.timestamp) && ISO.test(entry.timestamp as string) ? (entry.timestamp as string) : undefined,
  };
  const out: Array<ToolUse | ToolResult> = [];
  for (const block of content) {
    if (!isObj(block)) continue;
    if (entry.type === 'assistant' && block.type === 'tool_use' && str(block.id) && str(block.name)) {
      out.push({ kind: 'use', id: block.id as string, name: block.name as string, input: block.input, ...common });
    } else if (entry.type === 'user' && block.type === 'tool_result' && str(block.tool_use_id)) {
      const isError = block.is_error === true;
      out.push({
        kind: 'result',
        id: block.tool_use_id as string,
        isError,
        errorText: isError ? resultText(block.content) : '',
        // One entry per result as a rule; with several, the entry-level record belongs to none of them for sure.
        response: content.length === 1 ? entry.toolUseResult : undefined,
        ...common,
      });
    }
  }
  return out;
}
