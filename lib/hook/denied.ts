/**
 * Which calls of a PostToolBatch payload were denied. A denied call gets
 * PreToolUse and then no PostToolUse or PostToolUseFailure (docs/claude-code-versions.md);
 * the batch is the only hook that still names it. The batch carries each call's
 * result as the API's tool_result content, without `is_error`, so a denial is
 * told apart by Claude Code's own fixed wording (seen in both supported
 * versions). A tool whose real output happens to read the same is also called
 * denied here; readers pair closes by tool_use_id and count a call once. Pure.
 */

export interface DeniedCall {
  tool_name: string;
  tool_use_id: string;
  reason: string;
}

/** How Claude Code words a call it did not run: not allowed in `-p`, a deny rule, a rejection at the dialog. */
const DENIALS: readonly RegExp[] = [
  /^Claude requested permissions to .{1,2000}, but you haven't granted it yet\./s,
  /^Permission to use .{1,2000} (has been denied|denied by )/s,
  /^The user doesn't want to proceed with this tool use\./,
];

/** A tool_result content as text: a string, or the text blocks of an array. */
function resultText(response: unknown): string | undefined {
  if (typeof response === 'string') return response;
  if (!Array.isArray(response)) return undefined;
  let text = '';
  for (const block of response) {
    if (!block || typeof block !== 'object') return undefined;
    const b = block as { type?: unknown; text?: unknown };
    if (b.type !== 'text' || typeof b.text !== 'string') return undefined;
    text += b.text;
  }
  return text;
}

export function isDenial(response: unknown): boolean {
  const text = resultText(response);
  // A denial is one short sentence or two; a long result is a tool's own output.
  return text !== undefined && text.length <= 4000 && DENIALS.some((re) => re.test(text));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The denied calls of a PostToolBatch payload's `tool_calls`, in batch order. */
export function deniedCalls(toolCalls: unknown): DeniedCall[] {
  if (!Array.isArray(toolCalls)) return [];
  const out: DeniedCall[] = [];
  for (const call of toolCalls.slice(0, 1000)) {
    if (!call || typeof call !== 'object') continue;
    const c = call as Record<string, unknown>;
    const id = str(c.tool_use_id);
    if (!id || !isDenial(c.tool_response)) continue;
    out.push({ tool_name: str(c.tool_name) ?? 'tool', tool_use_id: id, reason: resultText(c.tool_response)! });
  }
  return out;
}
