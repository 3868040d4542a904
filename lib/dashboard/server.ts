/**
 * The dashboard's HTTP server: its own page and API on 127.0.0.1, nothing
 * else. Requests whose Host is not a loopback name are refused (DNS
 * rebinding), no CORS header is ever sent, and routes are matched exactly, so
 * no path can reach a file. Every route that carries anything from the log
 * needs the server's secret (dashboard-auth.ts); every answer is fed no faster
 * than the client reads it (dashboard-backpressure.ts). New events go to the
 * page over Server-Sent Events.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { identityProof, isAuthorized, newToken, sameSecret, sessionCookie, TOKEN_PARAM } from './auth.ts';
import { Outbox, SharedBody, writeStream } from './backpressure.ts';
import { DashboardFeed, type FeedMessage } from './feed.ts';
import { renderPage, PAGE_CSP } from './page.ts';
import { APP_ID, serverUrl } from './state.ts';
import { listenOnFirstFree, LOOPBACK } from './port-pick.ts';
import { PROM_CONTENT_TYPE, renderPrometheus } from '../monitor/prometheus.ts';

export interface ServerOptions {
  project: string;
  ports: readonly number[];
  /** Stop after this long with no client connected and no request. */
  idleMs?: number;
  tail?: number;
  pollMs?: number;
  keepAliveMs?: number;
  /** Called once the server has closed, whatever the reason. */
  onClose?: (reason: string) => void;
}

export interface RunningServer {
  port: number;
  url: string;
  instance: string;
  token: string;
  started: string;
  feed: DashboardFeed;
  /** Bytes of response bodies held for clients that have not read them yet. */
  pinnedBytes(): number;
  clients(): number;
  close(reason?: string): Promise<void>;
}

/** Streams open at once; a page needs one, so this only stops a flood. */
const MAX_STREAMS = 64;
/** A reconnecting stream is sent what it missed only up to this much; past it, a reset (it reloads the state). */
const MAX_RESYNC_BYTES = 256 << 10;
/** Routes that carry anything read from the log (the page too: its title is the project); they need the secret. */
const PROTECTED = new Set(['/', '/index.html', '/api/state', '/api/summary', '/metrics', '/api/stream']);
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'x-frame-options': 'DENY' };

/** Host header names a loopback address, with our port when a port is given. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  return LOOPBACK_NAMES.has(m[1]!.replace(/\.$/, '')) && (m[2] === undefined || Number(m[2]) === port);
}

/** Small answers (errors, identity): written whole, they are a few hundred bytes. */
function send(res: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function sendText(res: http.ServerResponse, status: number, text: string, extra?: Record<string, string>): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`, extra);
}

function sseEvents(lastSeq: number, lines: string[]): string {
  let out = '';
  const first = lastSeq - lines.length + 1;
  for (let i = 0; i < lines.length; i++) out += `id: ${first + i}\ndata: ${lines[i]}\n\n`;
  return out;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const project = path.resolve(opts.project);
  const instance = randomBytes(9).toString('base64url');
  const token = newToken();
  const started = new Date().toISOString();
  const idleMs = opts.idleMs ?? 2 * 60 * 60_000;
  const keepAliveMs = opts.keepAliveMs ?? 25_000;
  const streams = new Set<http.ServerResponse>();
  const outbox = new Outbox();
  let lastActivity = Date.now();
  let port = 0;
  let closing: Promise<void> | undefined;
  let summaryTimer: NodeJS.Timeout | undefined;

  const feed = new DashboardFeed(project, { tail: opts.tail, pollMs: opts.pollMs });
  const page = Buffer.from(renderPage());
  const PING = Buffer.from(':\n\n');

  // One Buffer per broadcast, the same for every client: a stalled one holds a reference, not a copy.
  const broadcast = (text: string) => {
    const chunk = Buffer.from(text);
    for (const res of streams) writeStream(res, chunk);
  };
  const summaryFrame = () => `event: summary\ndata: ${JSON.stringify(feed.summary.snapshot())}\n\n`;
  feed.subscribe((m: FeedMessage) => {
    if (m.kind === 'reset') {
      broadcast(`event: reset\ndata: ${feed.epoch}\n\n`);
      return;
    }
    if (m.kind === 'log') {
      broadcast(`event: log\ndata: ${JSON.stringify({ path: feed.file, ...feed.logStatus() })}\n\n`);
      return;
    }
    broadcast(sseEvents(m.lastSeq, m.lines));
    // The summary follows at most a few times a second, only when something changed.
    summaryTimer ??= setTimeout(() => {
      summaryTimer = undefined;
      if (streams.size > 0) broadcast(summaryFrame());
    }, 250);
  });

  const statePayload = () => ({
    app: APP_ID,
    project,
    name: path.basename(project),
    log: { path: feed.file, ...feed.logStatus() },
    started,
    seq: feed.seq,
    epoch: feed.epoch,
    now: new Date().toISOString(),
    summary: feed.summary.snapshot(),
    events: feed.lines(),
    loading: false,
    progress: 1,
  });
  const problemKey = () => feed.logStatus().problem ?? '';
  // The full state carries its own seq, and the stream resumes from it, so it may lag the log by
  // a moment: that is what lets clients share it. A reset (epoch) or a new problem rebuilds it at once.
  const state = new SharedBody(() => JSON.stringify(statePayload()), () => `${feed.epoch}|${problemKey()}`, 500);
  let preview: string[] = [];
  const early = new SharedBody(() => JSON.stringify({ ...statePayload(), loading: true, progress: feed.progress(), seq: 0, events: preview }), () => '', 250);
  const summary = new SharedBody(() => JSON.stringify(feed.summary.snapshot()), () => `${feed.epoch}|${feed.seq}`, 1000);
  const metrics = new SharedBody(() => renderPrometheus(feed.summary), () => `${feed.epoch}|${feed.seq}`, 1000);

  const json = (res: http.ServerResponse, body: Buffer) => outbox.send(res, 200, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8' }, body);

  const openStream = async (req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams) => {
    await feed.loaded;
    if (streams.size >= MAX_STREAMS) return sendText(res, 503, 'Too many open streams', { 'retry-after': '5' });
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    let first = 'retry: 1000\n\n';
    const lastId = req.headers['last-event-id'] ?? query.get('since');
    const epoch = query.get('epoch');
    if (typeof lastId === 'string' && lastId !== '') {
      const missed = epoch !== null && Number(epoch) !== feed.epoch ? undefined : feed.since(Number(lastId));
      const resync = missed && missed.length > 0 ? sseEvents(feed.seq, missed) + summaryFrame() : '';
      if (missed === undefined || resync.length > MAX_RESYNC_BYTES) first += `event: reset\ndata: ${feed.epoch}\n\n`;
      else first += resync;
    }
    writeStream(res, Buffer.from(first));
    streams.add(res);
    const ping = setInterval(() => writeStream(res, PING), keepAliveMs);
    const done = () => {
      clearInterval(ping);
      streams.delete(res);
      lastActivity = Date.now();
    };
    res.on('close', done);
    res.on('error', done);
  };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    lastActivity = Date.now();
    if (!hostAllowed(req.headers.host, port)) return sendText(res, 403, 'Forbidden: the Host header must be a loopback name (127.0.0.1, localhost, [::1])');
    const target = req.url ?? '';
    if (!target.startsWith('/')) return sendText(res, 400, 'Bad request');
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';
    if (pathname === '/api/shutdown') {
      if (method !== 'POST') return sendText(res, 405, 'Method not allowed');
      const given = req.headers['x-2l-token'];
      if (typeof given !== 'string' || !sameSecret(given, token)) return sendText(res, 403, 'Forbidden');
      sendJson(res, 200, { stopping: true, pid: process.pid });
      setImmediate(() => void close('stop requested'));
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { allow: 'GET, HEAD' });
    if (PROTECTED.has(pathname) && !isAuthorized(req.headers, query, port, token)) {
      return sendText(res, 401, 'This dashboard needs the link /2l-dashboard printed (it carries a secret): run /2l-dashboard again to see it.', { 'www-authenticate': 'Bearer realm="2l-dashboard"' });
    }
    switch (pathname) {
      case '/':
      case '/index.html': {
        // The link's secret becomes a cookie no script can read; the page then drops it from the address bar.
        const cookie: Record<string, string> = query.has(TOKEN_PARAM) ? { 'set-cookie': sessionCookie(port, token) } : {};
        return outbox.send(res, 200, { ...BASE_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, ...cookie }, page);
      }
      case '/api/identity': {
        // Public (the launcher and the port report use it), so it proves the secret without giving it away.
        const challenge = query.get('challenge');
        const proof = challenge && challenge.length <= 128 ? { proof: identityProof(token, challenge) } : {};
        return sendJson(res, 200, { app: APP_ID, instance, pid: process.pid, project, port, started, ...proof });
      }
      case '/api/state':
        // `?early=1` answers at once while the log is still being read: the newest events and the summary so far.
        if (query.get('early') === '1' && !feed.isLoaded()) {
          preview = await feed.preview();
          return json(res, early.get());
        }
        await feed.loaded;
        return json(res, state.get());
      case '/api/summary':
        await feed.loaded;
        return json(res, summary.get());
      case '/metrics':
        await feed.loaded;
        return outbox.send(res, 200, { ...BASE_HEADERS, 'content-type': PROM_CONTENT_TYPE }, metrics.get());
      case '/api/stream':
        return openStream(req, res, query);
      case '/favicon.ico':
        res.writeHead(204, BASE_HEADERS);
        return res.end();
      default:
        return sendText(res, 404, 'Not found');
    }
  };

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: Error) => {
      if (!res.headersSent) sendText(res, 500, `Internal error: ${err.message}`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  const idleTimer = setInterval(() => {
    if (streams.size === 0 && Date.now() - lastActivity > idleMs) void close('idle');
  }, Math.min(60_000, Math.max(200, idleMs / 4)));
  idleTimer.unref();

  const close = (reason = 'closed'): Promise<void> => {
    closing ??= (async () => {
      clearInterval(idleTimer);
      if (summaryTimer) clearTimeout(summaryTimer);
      for (const res of streams) res.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await feed.close();
      opts.onClose?.(reason);
    })();
    return closing;
  };

  try {
    port = await listenOnFirstFree(server, opts.ports, LOOPBACK);
  } catch (err) {
    clearInterval(idleTimer);
    await feed.close();
    throw err;
  }
  return { port, url: serverUrl(port), instance, token, started, feed, pinnedBytes: () => outbox.pinnedBytes(), clients: () => streams.size, close };
}
