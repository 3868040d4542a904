/**
 * A scripted stand-in for the Messages API on 127.0.0.1, enough for the real
 * Claude Code CLI to run whole sessions offline (reference, section 9).
 * The script is a list of turns: each tool (or error) turn is answered while the
 * request carries fewer tool_result blocks than tool turns before it; then the
 * final text. An error turn answers with an HTTP error status and the API's
 * error body; it produces no tool_result, so every later request (a retry) gets
 * it again and the turn fails.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Turn =
  | { tool: string; input: Record<string, unknown> }
  | { text: string }
  | { status: number; errorType?: string; message?: string };

/** The `usage` of one response, as the Messages API reports it. */
export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

export interface FakeOptions {
  /** Usage of the n-th response (1-based); default the fixed small numbers every other test relies on. */
  usage?: (n: number) => Usage;
  /** Requests whose first message contains `marker` are a subagent's: answered from `script` the same way. */
  subagent?: { marker: string; script: Turn[] };
}

export interface FakeApi {
  url: string;
  /** Bodies of every POST /v1/messages, parsed. */
  requests: Array<Record<string, unknown>>;
  /** What each response said about itself: its message id, model, usage and whose request it answered. */
  responses: Array<{ id: string; model: string; usage?: Usage; subagent: boolean }>;
  close(): Promise<void>;
}

function sse(res: http.ServerResponse, type: string, data: object): void {
  res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
}

function countToolResults(body: Record<string, unknown>): number {
  return (JSON.stringify(body.messages ?? []).match(/"type":"tool_result"/g) ?? []).length;
}

/** The Messages API's error types by status (https://docs.anthropic.com/en/api/errors). */
const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function respondError(res: http.ServerResponse, turn: { status: number; errorType?: string; message?: string }): void {
  const type = turn.errorType ?? ERROR_TYPES[turn.status] ?? 'api_error';
  res.writeHead(turn.status, { 'content-type': 'application/json', 'retry-after': '0' });
  res.end(JSON.stringify({ type: 'error', error: { type, message: turn.message ?? `scripted ${turn.status}` } }));
}

export function respond(res: http.ServerResponse, block: Turn, model: string, n: number | string, usage?: Usage): void {
  if ('status' in block) return respondError(res, block);
  // Claude Code records this header as the entry's requestId (ccusage dedupes by it).
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': `req_${n}` });
  sse(res, 'message_start', {
    message: {
      id: `msg_${n}`,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      // The real API reports input and cache figures at the start and the final output count at the end.
      usage: usage ? { ...usage, output_tokens: 1 } : { input_tokens: 10, output_tokens: 1 },
    },
  });
  if ('tool' in block) {
    sse(res, 'content_block_start', {
      index: 0,
      content_block: { type: 'tool_use', id: `toolu_${String(n).padStart(6, '0')}`, name: block.tool, input: {} },
    });
    sse(res, 'content_block_delta', {
      index: 0,
      delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
    });
  } else {
    sse(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    sse(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: block.text } });
  }
  sse(res, 'content_block_stop', { index: 0 });
  sse(res, 'message_delta', {
    delta: { stop_reason: 'tool' in block ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: usage ?? { output_tokens: 5 },
  });
  sse(res, 'message_stop', {});
  res.end();
}

/** The turn for a request: the next tool turn while there are tool turns left, then the final text. */
function nextTurn(script: Turn[], body: Record<string, unknown>, fallback: string): Turn {
  const toolTurns = script.filter((t) => 'tool' in t);
  const finalText = (script.find((t) => 'text' in t) as { text: string } | undefined)?.text ?? fallback;
  const done = countToolResults(body);
  return done < toolTurns.length ? toolTurns[done]! : { text: finalText };
}

export async function startFakeApi(script: Turn[], opts: FakeOptions = {}): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  const responses: FakeApi['responses'] = [];
  const prefix = `${Math.random().toString(36).slice(2, 8)}_`;
  const toolTurns = script.filter((t) => !('text' in t));
  const finalText = (script.find((t) => 'text' in t) as { text: string } | undefined)?.text ?? 'done';
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        /* keep empty */
      }
      if (req.url.startsWith('/v1/messages/count_tokens')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"input_tokens":10}');
        return;
      }
      requests.push(body);
      const model = typeof body.model === 'string' ? body.model : 'claude-test';
      const isMainLoop = Array.isArray(body.tools) && body.tools.length > 0;
      const sub = opts.subagent;
      // A subagent's conversation starts with the prompt the main loop gave it; the main loop's starts with the user's.
      const first = Array.isArray(body.messages) ? body.messages[0] : undefined;
      const isSubagent = sub !== undefined && isMainLoop && JSON.stringify(first ?? '').includes(sub.marker);
      const done = countToolResults(body);
      const turn: Turn = isSubagent
        ? nextTurn(sub.script, body, 'done')
        : isMainLoop && done < toolTurns.length
          ? toolTurns[done]!
          : { text: isMainLoop ? finalText : 'ok' };
      const usage = opts.usage?.(n + 1);
      // With `usage`, ids are unique across servers: a resumed session talks to a second one.
      const id = opts.usage ? `${prefix}${++n}` : ++n;
      respond(res, turn, model, id, usage);
      responses.push({ id: `msg_${id}`, model, usage, subagent: isSubagent });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    responses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
