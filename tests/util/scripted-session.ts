/**
 * A scripted Messages API for whole sessions with parallel tool calls and a
 * subagent (issue 13's zero-loss suite). Each turn is a list of tool calls the
 * model makes at once, or the final text. Requests whose first user message
 * carries SUBAGENT_MARK are the subagent's and follow `subagent`; the turn
 * index is the number of assistant messages already in the request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const SUBAGENT_MARK = 'SUBAGENT-TASK';

export type Call = { tool: string; input: Record<string, unknown> };
export type ScriptTurn = Call[] | { text: string };

export interface ScriptedApi {
  url: string;
  /** Every tool_use id handed out, main and subagent. */
  toolUseIds: string[];
  close(): Promise<void>;
}

const sse = (res: http.ServerResponse, type: string, data: object) =>
  res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);

function firstUserText(body: Record<string, any>): string {
  const m = Array.isArray(body.messages) ? body.messages.find((x: any) => x.role === 'user') : undefined;
  return JSON.stringify(m?.content ?? '');
}

export async function startScriptedApi(main: ScriptTurn[], subagent: ScriptTurn[] = []): Promise<ScriptedApi> {
  const toolUseIds: string[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages') || req.url.includes('count_tokens')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"input_tokens":10}');
        return;
      }
      let body: Record<string, any> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        /* keep empty */
      }
      const isLoop = Array.isArray(body.tools) && body.tools.length > 0;
      const script = firstUserText(body).includes(SUBAGENT_MARK) ? subagent : main;
      const done = Array.isArray(body.messages) ? body.messages.filter((m: any) => m.role === 'assistant').length : 0;
      const turn: ScriptTurn = isLoop ? (script[done] ?? { text: 'done' }) : { text: 'ok' };
      const id = ++n;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      sse(res, 'message_start', {
        message: {
          id: `msg_${id}`,
          type: 'message',
          role: 'assistant',
          model: typeof body.model === 'string' ? body.model : 'claude-test',
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 1 },
        },
      });
      const blocks = Array.isArray(turn) ? turn : [turn];
      blocks.forEach((b, index) => {
        if ('tool' in b) {
          const tid = `toolu_${String(id).padStart(4, '0')}_${index}`;
          toolUseIds.push(tid);
          sse(res, 'content_block_start', {
            index,
            content_block: { type: 'tool_use', id: tid, name: b.tool, input: {} },
          });
          sse(res, 'content_block_delta', {
            index,
            delta: { type: 'input_json_delta', partial_json: JSON.stringify(b.input) },
          });
        } else {
          sse(res, 'content_block_start', { index, content_block: { type: 'text', text: '' } });
          sse(res, 'content_block_delta', { index, delta: { type: 'text_delta', text: b.text } });
        }
        sse(res, 'content_block_stop', { index });
      });
      sse(res, 'message_delta', {
        delta: { stop_reason: Array.isArray(turn) ? 'tool_use' : 'end_turn', stop_sequence: null },
        usage: { output_tokens: 5 },
      });
      sse(res, 'message_stop', {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    toolUseIds,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `count` Bash calls at once, each echoing its index (a failing one when `fail` is its index). */
export const bashBatch = (count: number, tag: string, fail = -1): Call[] =>
  Array.from({ length: count }, (_, i) => ({
    tool: 'Bash',
    input: { command: i === fail ? `echo ${tag}-${i} >&2; exit 3` : `echo ${tag}-${i}`, description: `${tag} ${i}` },
  }));

/** The Agent tool call that starts the scripted subagent. */
export const agentCall = (): Call => ({
  tool: 'Agent',
  input: { description: 'sub task', prompt: `${SUBAGENT_MARK}: run two commands`, subagent_type: 'general-purpose' },
});
