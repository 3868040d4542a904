/**
 * The dashboard's HTTP server: its own page and API on 127.0.0.1, nothing
 * else. Requests whose Host is not a loopback name are refused (DNS
 * rebinding), no CORS header is ever sent, and routes are matched exactly, so
 * no path can reach a file. New events go to the page over Server-Sent Events.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { DashboardFeed, type FeedMessage } from './dashboard-feed.ts';
import { renderPage, PAGE_CSP } from './dashboard-page.ts';
import { APP_ID, serverUrl } from './dashboard-state.ts';
import { listenOnFirstFree, LOOPBACK } from './port-pick.ts';
import { PROM_CONTENT_TYPE, renderPrometheus } from './prometheus.ts';

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
  clients(): number;
  close(reason?: string): Promise<void>;
}

const MAX_CLIENT_BACKLOG = 8 << 20;
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'x-frame-options': 'DENY' };

/** Host header names a loopback address, with our port when a port is given. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  return LOOPBACK_NAMES.has(m[1]!.replace(/\.$/, '')) && (m[2] === undefined || Number(m[2]) === port);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
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
  const token = randomBytes(24).toString('base64url');
  const started = new Date().toISOString();
  const idleMs = opts.idleMs ?? 2 * 60 * 60_000;
  const keepAliveMs = opts.keepAliveMs ?? 25_000;
  const streams = new Set<http.ServerResponse>();
  let lastActivity = Date.now();
  let port = 0;
  let closing: Promise<void> | undefined;
  let summaryTimer: NodeJS.Timeout | undefined;

  const feed = new DashboardFeed(project, { tail: opts.tail, pollMs: opts.pollMs });
  const page = renderPage();

  const broadcast = (text: string) => {
    for (const res of streams) {
      // A client that stopped reading is dropped rather than buffered without bound; it reconnects and resyncs.
      if (res.writableLength > MAX_CLIENT_BACKLOG) res.destroy();
      else res.write(text);
    }
  };
  const summaryFrame = () => `event: summary\ndata: ${JSON.stringify(feed.summary.snapshot())}\n\n`;
  feed.subscribe((m: FeedMessage) => {
    if (m.kind === 'reset') {
      broadcast(`event: reset\ndata: ${feed.epoch}\n\n`);
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
    log: { path: feed.file, exists: feed.logExists() },
    started,
    seq: feed.seq,
    epoch: feed.epoch,
    now: new Date().toISOString(),
    summary: feed.summary.snapshot(),
    events: feed.lines(),
    loading: false,
    progress: 1,
  });

  const openStream = async (req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams) => {
    await feed.loaded;
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    let first = 'retry: 1000\n\n';
    const lastId = req.headers['last-event-id'] ?? query.get('since');
    const epoch = query.get('epoch');
    if (typeof lastId === 'string' && lastId !== '') {
      const missed = epoch !== null && Number(epoch) !== feed.epoch ? undefined : feed.since(Number(lastId));
      if (missed === undefined) first += `event: reset\ndata: ${feed.epoch}\n\n`;
      else if (missed.length > 0) first += sseEvents(feed.seq, missed) + summaryFrame();
    }
    res.write(first);
    streams.add(res);
    const ping = setInterval(() => res.write(':\n\n'), keepAliveMs);
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
    switch (pathname) {
      case '/':
      case '/index.html':
        return send(res, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': PAGE_CSP });
      case '/api/identity':
        return sendJson(res, 200, { app: APP_ID, instance, pid: process.pid, project, port, started });
      case '/api/state':
        // `?early=1` answers at once while the log is still being read: the newest events and the summary so far.
        if (query.get('early') === '1' && !feed.isLoaded()) return sendJson(res, 200, { ...statePayload(), loading: true, progress: feed.progress(), seq: 0, events: await feed.preview() });
        await feed.loaded;
        return sendJson(res, 200, statePayload());
      case '/api/summary':
        await feed.loaded;
        return sendJson(res, 200, feed.summary.snapshot());
      case '/metrics':
        await feed.loaded;
        return send(res, 200, PROM_CONTENT_TYPE, renderPrometheus(feed.summary));
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
  return { port, url: serverUrl(port), instance, token, started, feed, clients: () => streams.size, close };
}
