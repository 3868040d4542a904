/**
 * Small answers, written whole (errors, identity, refusals: a few hundred
 * bytes), and the headers every answer carries. Bodies that can be large go
 * through the Outbox (backpressure.ts) instead, with the same headers.
 */
import type http from 'node:http';

export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function sendText(res: http.ServerResponse, status: number, text: string, extra?: Record<string, string>): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`, extra);
}
