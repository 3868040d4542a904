/**
 * The dashboard's routes as a table (polka's split: the server owns the
 * lifecycle, this file says what each path answers). A path is matched
 * exactly, never as a pattern or a prefix, so no path can reach a file.
 * A key ending in `/*` matches its prefix plus one segment (no `/`), which
 * the handler gets decoded as `param`.
 * Every request is checked in one order: the server's `before` (Host),
 * a target that starts with `/`, the method (405 naming the allowed ones),
 * the path (the injected not-found), what the route's caller must prove
 * (the injected `admit`), then the handler; a throw goes to the injected
 * error handler.
 */
import type http from 'node:http';
import path from 'node:path';
import { TOKEN_PARAM, identityProof, sessionCookie } from './auth.ts';
import type { Answers } from './answers.ts';
import type { CostMetrics } from './cost-metrics.ts';
import type { Outbox } from './backpressure.ts';
import type { DashboardFeed } from './feed.ts';
import { MAX_REFRESH_BODY, parseRefreshReport, type PerformanceView } from './performance-view.ts';
import { PAGE_CSP } from './page.ts';
import { BASE_HEADERS, sendJson, sendText } from './respond.ts';
import { APP_ID } from './state.ts';
import type { ProjectHistory } from './history.ts';
import type { Projects } from './projects.ts';
import { PROM_CONTENT_TYPE } from '../monitor/prometheus.ts';

export interface Call {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  query: URLSearchParams;
  /** The last segment of a `/…/*` route's path, decoded (an id: a key, never a path). */
  param?: string;
}

/**
 * What a caller must prove: nothing; the server's secret (the printed link,
 * then its cookie, or a bearer header: every route that carries anything read
 * from the log); the secret or the user's scrape token as a bearer header
 * (`/metrics` only, scrape-token.ts); or the stop token in `x-2l-token` (what
 * dashboard-stop sends).
 */
export type Access = 'public' | 'secret' | 'metrics' | 'stop';

export interface Route {
  methods: readonly string[];
  access: Access;
  handle(call: Call): void | Promise<void>;
}

export type RouteTable = ReadonlyMap<string, Route>;

export interface RouterHooks {
  /** Runs first for every request; false when it has answered already. */
  before(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** True when the caller has what `access` asks for; otherwise it has answered. */
  admit(access: Access, call: Call): boolean;
  notFound(call: Call): void;
  onError(err: unknown, res: http.ServerResponse): void;
}

/** Paths not in the table answer these methods (with 404); anything else is 405 everywhere. */
const READ = ['GET', 'HEAD'];

export function router(table: RouteTable, hooks: RouterHooks): http.RequestListener {
  const dispatch = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (!hooks.before(req, res)) return;
    const target = req.url ?? '';
    if (!target.startsWith('/')) return sendText(res, 400, 'Bad request');
    const q = target.indexOf('?');
    const call: Call = { req, res, query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)) };
    const pathname = q === -1 ? target : target.slice(0, q);
    let route = table.get(pathname);
    const slash = pathname.lastIndexOf('/');
    if (!route && slash > 0) {
      route = table.get(`${pathname.slice(0, slash)}/*`);
      if (route) {
        const param = decodeSegment(pathname.slice(slash + 1));
        if (param === undefined) return sendText(res, 400, 'Bad request: the id is not valid');
        call.param = param;
      }
    }
    const methods = route?.methods ?? READ;
    if (!methods.includes(req.method ?? 'GET'))
      return sendText(res, 405, 'Method not allowed', { allow: methods.join(', ') });
    if (!route) return hooks.notFound(call);
    if (!hooks.admit(route.access, call)) return;
    await route.handle(call);
  };
  return (req, res) => {
    dispatch(req, res).catch((err: unknown) => hooks.onError(err, res));
  };
}

/** Longest id a `/*` route takes. */
const MAX_PARAM = 512;

/** A path segment decoded; undefined when empty, too long or not valid percent-encoding. */
function decodeSegment(raw: string): string | undefined {
  if (raw === '' || raw.length > MAX_PARAM * 3) return undefined;
  try {
    const v = decodeURIComponent(raw);
    return v.length > MAX_PARAM ? undefined : v;
  } catch {
    return undefined;
  }
}

/** What the dashboard's handlers read and do; the server builds it. */
export interface Dashboard {
  project: string;
  instance: string;
  started: string;
  token: string;
  /** Known once the server listens. */
  port(): number;
  feed: DashboardFeed;
  answers: Answers;
  /** Token and cost counters, brought up to date before `/metrics` answers. */
  costs: CostMetrics;
  outbox: Outbox;
  page: Buffer;
  performance: PerformanceView;
  /** Every project the registry lists, and the history (sessions, a session's page, search) of each. */
  projects: Projects;
  /** The live OTLP export's figures (sent, dropped, behind, last error); undefined when not exporting. */
  otlpStatus?(): object | undefined;
  openStream(call: Call): Promise<void>;
  stop(reason: string): void;
}

/**
 * A request body as text, or undefined once it passes `max` bytes (announced
 * or sent): the rest is not read, and the connection is closed after the answer.
 */
export function readCapped(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  max: number,
): Promise<string | undefined> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > max) {
    req.resume();
    res.setHeader('connection', 'close');
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        res.setHeader('connection', 'close');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

export function dashboardRoutes(d: Dashboard): RouteTable {
  const json = (res: http.ServerResponse, body: Buffer) =>
    d.outbox.send(res, 200, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8' }, body);
  // `?project=<key>`: another project of the registry (projects.ts); none: this server's.
  const historyOf = (res: http.ServerResponse, query: URLSearchParams): ProjectHistory | undefined => {
    const h = d.projects.history(query.get('project'));
    if (!h) sendText(res, 404, 'No such project in the list of projects');
    return h;
  };
  const value = (res: http.ServerResponse, v: unknown) => json(res, Buffer.from(JSON.stringify(v)));
  const read = (access: Access, handle: Route['handle']): Route => ({ methods: READ, access, handle });
  const page = read('secret', ({ res, query }) => {
    // The link's secret becomes a cookie no script can read; the page then drops it from the address bar.
    const cookie: Record<string, string> = query.has(TOKEN_PARAM)
      ? { 'set-cookie': sessionCookie(d.port(), d.token) }
      : {};
    d.outbox.send(
      res,
      200,
      { ...BASE_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, ...cookie },
      d.page,
    );
  });
  return new Map<string, Route>([
    ['/', page],
    ['/index.html', page],
    [
      '/api/identity',
      read('public', ({ res, query }) => {
        // Public (the launcher and the port report use it), so it proves the secret without giving it away.
        const challenge = query.get('challenge');
        const proof = challenge && challenge.length <= 128 ? { proof: identityProof(d.token, challenge) } : {};
        sendJson(res, 200, {
          app: APP_ID,
          instance: d.instance,
          pid: process.pid,
          project: d.project,
          port: d.port(),
          started: d.started,
          ...proof,
        });
      }),
    ],
    [
      '/api/state',
      read('secret', async ({ res, query }) => {
        if (query.get('early') === '1' && !d.feed.isLoaded()) return json(res, await d.answers.earlyState());
        await d.feed.loaded;
        json(res, d.answers.state.get());
      }),
    ],
    [
      '/api/summary',
      read('secret', async ({ res }) => {
        await d.feed.loaded;
        json(res, d.answers.summary.get());
      }),
    ],
    [
      '/metrics',
      read('metrics', async ({ res }) => {
        await d.feed.loaded;
        await d.costs.current();
        d.outbox.send(res, 200, { ...BASE_HEADERS, 'content-type': PROM_CONTENT_TYPE }, d.answers.metrics.get());
      }),
    ],
    [
      '/api/otlp',
      read('secret', ({ res }) => sendJson(res, 200, { enabled: d.otlpStatus?.() !== undefined, ...d.otlpStatus?.() })),
    ],
    [
      '/api/performance',
      read('secret', async ({ res }) => {
        await d.feed.loaded;
        json(res, d.performance.body.get());
      }),
    ],
    [
      '/api/refresh-timing',
      {
        methods: ['POST'],
        access: 'secret',
        handle: async ({ req, res }) => {
          // JSON only: a form another site posts cannot carry this type without a preflight we never answer.
          if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
            return sendText(res, 415, 'Unsupported media type: send application/json');
          const body = await readCapped(req, res, MAX_REFRESH_BODY);
          if (body === undefined) return sendText(res, 413, `Payload too large (at most ${MAX_REFRESH_BODY} bytes)`);
          const r = parseRefreshReport(body);
          if ('error' in r) return sendText(res, 400, `Bad request: ${r.error}`);
          d.performance.addRefresh(r.samples);
          res.writeHead(204, BASE_HEADERS);
          res.end();
        },
      },
    ],
    [
      '/api/projects',
      read('secret', async ({ res }) => {
        value(res, { projects: await d.projects.list() });
      }),
    ],
    [
      '/api/sessions',
      read('secret', async ({ res, query }) => {
        const h = historyOf(res, query);
        if (h) value(res, { project: { name: path.basename(h.project), path: h.project }, ...(await h.sessions()) });
      }),
    ],
    [
      '/api/sessions/*',
      read('secret', async ({ res, query, param }) => {
        const from = Number(query.get('from') ?? 0);
        if (!Number.isSafeInteger(from) || from < 0) return sendText(res, 400, 'Bad request: `from` is not a position');
        const f = (k: string) => (query.get(k) ?? '').slice(0, 200);
        const filters = { type: f('type'), tool: f('tool'), agent: f('agent'), q: f('q').trim().toLowerCase() };
        const h = historyOf(res, query);
        if (!h) return;
        const answer = await h.session(param!, from, filters);
        if (!answer) return sendText(res, 404, 'No such session in this history');
        value(res, answer);
      }),
    ],
    [
      '/api/search',
      read('secret', async ({ res, query }) => {
        const h = historyOf(res, query);
        if (!h) return;
        const page = await h.search(query);
        if ('error' in page) return sendText(res, 400, `Bad request: ${page.error}`);
        value(res, page);
      }),
    ],
    ['/api/stream', read('secret', (call) => d.openStream(call))],
    [
      '/favicon.ico',
      read('public', ({ res }) => {
        res.writeHead(204, BASE_HEADERS);
        res.end();
      }),
    ],
    [
      '/api/shutdown',
      {
        methods: ['POST'],
        access: 'stop',
        handle: ({ res }) => {
          sendJson(res, 200, { stopping: true, pid: process.pid });
          setImmediate(() => d.stop('stop requested'));
        },
      },
    ],
  ]);
}
