/**
 * A session's prompts and turn ends as Claude Code records them in its main
 * transcript, so the pack needs no UserPromptSubmit or Stop hook: Claude Code
 * spends measurable time dispatching every registered event, whatever the hook
 * does (docs/hook-latency.md, round 7). Verified on 2.1.197 and 2.1.332, also
 * with the API's `message_delta` held back 400 ms: a prompt is a `user` entry
 * whose content is text, not a tool result, written before the request goes
 * out; every `assistant` entry is written once its message has ended and
 * carries that message's `stop_reason`, so the entry whose `stop_reason` is
 * not `tool_use` is the turn's last (Stop fires after it). A message split
 * into several entries (thinking, then text) ends the turn once: the mark
 * names the message. Entries of a subagent (`isSidechain`) and API errors
 * (hook/failed-turn.ts reports those) are not turns. Pure.
 */

export type TurnMark =
  | {
      kind: 'prompt';
      /** The entry's uuid: the prompt's identity in the transcript. */
      uuid: string;
      sessionId: string;
      timestamp: string | undefined;
      promptId: string | undefined;
      text: string;
    }
  | {
      kind: 'turn-end';
      /** The message's id when it has a usable one, else the entry's uuid: one mark per message. */
      key: string;
      sessionId: string;
      timestamp: string | undefined;
      stopReason: string;
      lastMessage: string;
    };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** What may go into a claim's file name (hook/claims.ts). */
const SAFE = /^[A-Za-z0-9_-]{1,100}$/;
/**
 * User entries no prompt produced: what Claude Code adds itself when a turn is interrupted or a local
 * command (`/cost`) prints; UserPromptSubmit does not fire for them.
 */
const NOT_A_PROMPT = /^(\[Request interrupted by user|<local-command-(stdout|stderr|caveat)>)/;

function texts(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts: string[] = [];
  for (const b of content) {
    if (!isObj(b)) continue;
    if (b.type === 'tool_result') return undefined; // a tool's answer, not the user's
    if (b.type === 'text' && typeof b.text === 'string') parts.push(b.text);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

const COMMAND_NAME = /<command-name>([^<]{1,200})<\/command-name>/;
const COMMAND_ARGS = /<command-args>([^<]{0,4000})<\/command-args>/;

/**
 * A slash command as the user typed it (`/2l-status --json`), as UserPromptSubmit reports it, from the
 * markup Claude Code records for it (`<command-message>…<command-name>/x</command-name><command-args>…`);
 * any other text as it is.
 */
export function promptText(text: string): string {
  const name = text.startsWith('<command-') ? COMMAND_NAME.exec(text) : null;
  if (!name) return text;
  const args = COMMAND_ARGS.exec(text)?.[1]?.trim();
  return args ? `${name[1]} ${args}` : name[1]!;
}

/** What one entry of a main transcript says about its session's turns: a prompt, a turn's end, or nothing. */
export function turnMarks(entry: unknown): TurnMark[] {
  if (!isObj(entry) || entry.isSidechain === true || typeof entry.sessionId !== 'string') return [];
  if (!SAFE.test(entry.sessionId) || typeof entry.uuid !== 'string' || !SAFE.test(entry.uuid)) return [];
  const timestamp = typeof entry.timestamp === 'string' && ISO.test(entry.timestamp) ? entry.timestamp : undefined;
  const message = isObj(entry.message) ? entry.message : undefined;
  if (entry.type === 'user') {
    if (entry.isMeta === true || entry.isCompactSummary === true || entry.toolUseResult !== undefined) return [];
    const text = texts(message?.content);
    if (text === undefined || NOT_A_PROMPT.test(text)) return [];
    const promptId = typeof entry.promptId === 'string' && SAFE.test(entry.promptId) ? entry.promptId : undefined;
    return [
      { kind: 'prompt', uuid: entry.uuid, sessionId: entry.sessionId, timestamp, promptId, text: promptText(text) },
    ];
  }
  if (entry.type !== 'assistant' || entry.isApiErrorMessage === true || !message) return [];
  const stop = message.stop_reason;
  if (typeof stop !== 'string' || stop === 'tool_use') return [];
  const id = message.id;
  return [
    {
      kind: 'turn-end',
      key: typeof id === 'string' && SAFE.test(id) ? id : entry.uuid,
      sessionId: entry.sessionId,
      timestamp,
      stopReason: stop,
      lastMessage: texts(message.content) ?? '',
    },
  ];
}
