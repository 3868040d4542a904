/**
 * One OTLP/HTTP POST, and how long to wait before the next try. The live
 * exporter does its own retrying (otlp-live.ts) because it must know exactly
 * what the receiver accepted before it moves its offset: the SDK exporters
 * retry inside and forget the receiver's `Retry-After` once they give up.
 */
import http from 'node:http';
import https from 'node:https';

export type PostResult =
  | { ok: true }
  | { ok: false; retryable: boolean; status?: number; retryAfterMs?: number; reason: string };

/** Statuses the OTLP spec says to retry. */
const RETRYABLE = new Set([429, 502, 503, 504]);
const MAX_RESPONSE = 64 * 1024;
/** A Retry-After past this is taken as this: a receiver cannot park the export for a day. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** `Retry-After` in seconds or as an HTTP date → milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const ms = /^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : undefined;
}

/** Exponential from `baseMs`, doubled per failed attempt up to `maxMs`, ±20 % jitter; a Retry-After wins. */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  retryAfter?: number,
  random = Math.random,
): number {
  if (retryAfter !== undefined) return retryAfter;
  const d = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(d * (0.8 + 0.4 * random()));
}

/** `http://user:pass@host` → an explicit Basic Authorization header (the URLs themselves carry no credentials). */
export function basicAuth(endpoint: string): Record<string, string> {
  const url = new URL(endpoint);
  if (!url.username && !url.password) return {};
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}

/** POST `body` (OTLP JSON); never throws, and gives up after `timeoutMs`. */
export function postOtlp(
  url: string,
  body: Uint8Array,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostResult> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: PostResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const u = new URL(url);
    const auth = basicAuth(url);
    u.username = '';
    u.password = '';
    const req = (u.protocol === 'https:' ? https : http).request(
      u,
      {
        method: 'POST',
        headers: { ...auth, ...headers, 'content-type': 'application/json', 'content-length': body.byteLength },
      },
      (res) => {
        let size = 0;
        const status = res.statusCode ?? 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE) res.destroy();
        });
        res.on('error', () => undefined);
        res.on('close', () => {
          if (status >= 200 && status < 300) finish({ ok: true });
          else {
            const after = retryAfterMs(res.headers['retry-after']);
            finish({
              ok: false,
              retryable: RETRYABLE.has(status),
              status,
              ...(after !== undefined ? { retryAfterMs: after } : {}),
              reason: `the receiver answered HTTP ${status}`,
            });
          }
        });
        res.resume();
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, retryable: true, reason: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    timer.unref();
    req.on('error', (err) => finish({ ok: false, retryable: true, reason: err.message.slice(0, 200) }));
    req.end(body);
  });
}
