/**
 * The dashboard's HTTP server: its lifecycle (listen, idle stop, close) and the
 * checks every request passes. It serves its own page and API on 127.0.0.1,
 * nothing else: requests whose Host is not a loopback name are refused (DNS
 * rebinding), no CORS header is ever sent, and what each path answers is the
 * route table's (routes.ts), matched exactly, so no path can reach a file.
 * Every route that carries anything from the log needs the server's secret
 * (auth.ts); every answer is fed no faster than the client reads it
 * (backpressure.ts). New events go to the page over Server-Sent Events
 * (streams.ts).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Answers } from './answers.ts';
import { CostMetrics } from './cost-metrics.ts';
import { isScrapeToken } from './scrape-token.ts';
import { isAuthorized, newToken, sameSecret } from './auth.ts';
import { Outbox } from './backpressure.ts';
import { DashboardFeed } from './feed.ts';
import { renderPage } from './page.ts';
import { listenOnFirstFree, LOOPBACK } from './port-pick.ts';
import { sendText } from './respond.ts';
import { dashboardRoutes, router, type Access, type Call } from './routes.ts';
import { serverUrl } from './state.ts';
import { EventStreams } from './streams.ts';
import { PerformanceView } from './performance-view.ts';
import { ProjectHistory } from './history.ts';
import { Projects } from './projects.ts';
import { registerProject } from '../events/project-registry.ts';
import { startResourceLoop } from './resource-loop.ts';
import { runPrune } from '../monitor/prune-command.ts';
import { errorMessage } from '../shared/cli.ts';
import { LiveAlerts, type LiveAlertsOptions } from '../monitor/live-alerts.ts';
import type { LiveOtlp, LiveOtlpOptions } from '../monitor/otlp-live.ts';
import { loadOtlpTarget } from '../monitor/otlp-config.ts';

export interface ServerOptions {
  project: string;
  ports: readonly number[];
  /** Stop after this long with no client connected and no request. */
  idleMs?: number;
  tail?: number;
  pollMs?: number;
  keepAliveMs?: number;
  /** Resource sampling period (ms); 0 turns sampling off. */
  sampleEveryMs?: number;
  /**
   * How often the server applies the project's retention (`2l prune`: archives past the age or size in
   * `.2L/config.yaml`; default once a day, the first a minute after start); 0 turns it off.
   */
  pruneEveryMs?: number;
  /** Called once the server has closed, whatever the reason. */
  onClose?: (reason: string) => void;
  /**
   * Where the user's scrape token (scrape-token.ts), Claude Code's transcripts and the live OTLP export's
   * endpoint and headers are found; default: process.env.
   */
  env?: NodeJS.ProcessEnv;
  /** Alert engine settings; false: no continuous evaluation (tests of other parts). */
  alerts?: false | Omit<LiveAlertsOptions, 'project'>;
  /**
   * Live OTLP export settings (the target comes from the user's config or the
   * environment, see otlp-config.ts); false: none.
   */
  otlp?: false | Omit<LiveOtlpOptions, 'project' | 'target'>;
}

export interface RunningServer {
  port: number;
  url: string;
  instance: string;
  token: string;
  started: string;
  feed: DashboardFeed;
  /** The continuous alert engine (`rows()` for the Performance view); undefined when turned off. */
  alerts?: LiveAlerts;
  /** The live OTLP exporter, when an endpoint is configured. */
  otlp?: LiveOtlp;
  /** Bytes of response bodies held for clients that have not read them yet. */
  pinnedBytes(): number;
  clients(): number;
  close(reason?: string): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Host header names a loopback address, with our port when a port is given. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  return LOOPBACK_NAMES.has(m[1]!.replace(/\.$/, '')) && (m[2] === undefined || Number(m[2]) === port);
}

/** True when the caller proves what `access` asks for; otherwise the refusal is sent. */
function admit(
  access: Access,
  { req, res, query }: Call,
  port: number,
  token: string,
  env: NodeJS.ProcessEnv,
): boolean {
  if (access === 'public') return true;
  if (access === 'metrics' && isScrapeToken(req.headers.authorization, env)) return true;
  if (access === 'stop') {
    const given = req.headers['x-2l-token'];
    if (typeof given === 'string' && sameSecret(given, token)) return true;
    sendText(res, 403, 'Forbidden');
    return false;
  }
  if (isAuthorized(req.headers, query, port, token)) return true;
  sendText(
    res,
    401,
    'This dashboard needs the link /2l-dashboard printed (it carries a secret): run /2l-dashboard again to see it.',
    { 'www-authenticate': 'Bearer realm="2l-dashboard"' },
  );
  return false;
}

/**
 * The live exporter when an endpoint is configured; why a named endpoint is not used goes to the server's log.
 * Loaded only then: evaluating and compiling the OpenTelemetry SDK it builds on took about 20 ms of every
 * server start (dist/otlp-live.mjs, a bundle of its own), and most projects have no endpoint.
 */
async function startOtlp(
  project: string,
  opts: Omit<LiveOtlpOptions, 'project' | 'target'>,
  env: NodeJS.ProcessEnv,
): Promise<LiveOtlp | undefined> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { target, notes } = loadOtlpTarget(project, env);
  for (const n of notes) log(`otlp: ${n}`);
  if (!target) return undefined;
  const { LiveOtlp } = await import('../monitor/otlp-live.ts');
  const live = new LiveOtlp({ ...opts, env, log, project, target });
  live.start();
  return live;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const project = path.resolve(opts.project);
  // A project whose .2L predates the list of projects joins it when its dashboard starts.
  if (fs.lstatSync(path.join(project, '.2L'), { throwIfNoEntry: false })?.isDirectory()) registerProject(project);
  const instance = randomBytes(9).toString('base64url');
  const token = newToken();
  const started = new Date().toISOString();
  const idleMs = opts.idleMs ?? 2 * 60 * 60_000;
  const outbox = new Outbox();
  let lastActivity = Date.now();
  let port = 0;
  let closing: Promise<void> | undefined;

  // Judged as events arrive, so a breach is recorded and notified with no command run.
  const alerts = opts.alerts === false ? undefined : new LiveAlerts({ project, ...opts.alerts });
  const otlp = opts.otlp === false ? undefined : await startOtlp(project, opts.otlp ?? {}, opts.env ?? process.env);
  let view: PerformanceView | undefined;
  let costs: CostMetrics | undefined;
  const feed = new DashboardFeed(project, {
    tail: opts.tail,
    pollMs: opts.pollMs,
    onBatch: (events, malformed, live) => {
      view?.onBatch(events);
      costs?.onBatch(events);
      alerts?.onBatch(events, malformed, live);
      // Only a nudge: the exporter reads the log itself, on its own time.
      if (live) otlp?.poke();
    },
    // Archives older than the alert window are merged from the state kept beside them, not read.
    archiveReaders: () => {
      const a = alerts?.archiveReaders();
      return {
        before: a?.before ?? Number.POSITIVE_INFINITY,
        trends: view?.trendsReader(),
        costs: [...(costs ? [costs.costContext()] : []), ...(a?.costs ?? [])],
        ops: a?.ops,
      };
    },
  });
  view = new PerformanceView(project, feed, alerts);
  costs = new CostMetrics(project, feed, { env: opts.env });
  void feed.loaded.then(
    () => alerts?.start(),
    () => undefined, // the page reports a log it cannot read; nothing to judge
  );
  const streams = new EventStreams(feed, {
    keepAliveMs: opts.keepAliveMs ?? 25_000,
    onEnd: () => (lastActivity = Date.now()),
  });
  const routes = dashboardRoutes({
    project,
    instance,
    started,
    token,
    port: () => port,
    feed,
    answers: new Answers(feed, project, started, () => alerts?.rows() ?? [], costs),
    costs,
    outbox,
    page: Buffer.from(renderPage()),
    performance: view,
    // The live view comes first: the history is indexed once the feed has read the log.
    projects: new Projects(project, new ProjectHistory(project, { after: feed.loaded })),
    otlpStatus: () => otlp?.status,
    openStream: ({ req, res, query }) => streams.add(req, res, query),
    stop: (reason) => void close(reason),
  });
  const server = http.createServer(
    router(routes, {
      before(req, res) {
        lastActivity = Date.now();
        if (hostAllowed(req.headers.host, port)) return true;
        sendText(res, 403, 'Forbidden: the Host header must be a loopback name (127.0.0.1, localhost, [::1])');
        return false;
      },
      admit: (access, call) => admit(access, call, port, token, opts.env ?? process.env),
      notFound: ({ res }) => sendText(res, 404, 'Not found'),
      onError(err, res) {
        if (!res.headersSent) sendText(res, 500, `Internal error: ${errorMessage(err)}`);
        else res.destroy();
      },
    }),
  );
  server.keepAliveTimeout = 5000;

  const idleTimer = setInterval(
    () => {
      if (streams.size === 0 && Date.now() - lastActivity > idleMs) void close('idle');
    },
    Math.min(60_000, Math.max(200, idleMs / 4)),
  );
  idleTimer.unref();
  const resources =
    opts.sampleEveryMs === 0
      ? { stop() {} }
      : startResourceLoop(project, { everyMs: opts.sampleEveryMs, lastActivity: () => feed.summary.lastActivityAt() });

  const pruneEvery = opts.pruneEveryMs ?? 24 * 3600_000;
  const prune = () => {
    try {
      runPrune({ project, dryRun: false });
    } catch {
      /* no .2L or a planted one: `2l prune` says why when the user runs it */
    }
  };
  const pruneTimers =
    pruneEvery > 0
      ? [setTimeout(prune, Math.min(60_000, pruneEvery)), setInterval(prune, pruneEvery)]
      : ([] as NodeJS.Timeout[]);
  for (const t of pruneTimers) t.unref();

  const close = (reason = 'closed'): Promise<void> => {
    closing ??= (async () => {
      clearInterval(idleTimer);
      for (const t of pruneTimers) clearTimeout(t);
      resources.stop();
      alerts?.close();
      streams.closeAll();
      await otlp?.close();
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
    for (const t of pruneTimers) clearTimeout(t);
    resources.stop();
    alerts?.close();
    await otlp?.close();
    streams.closeAll();
    await feed.close();
    throw err;
  }
  return {
    port,
    url: serverUrl(port),
    instance,
    token,
    started,
    feed,
    ...(alerts ? { alerts } : {}),
    ...(otlp ? { otlp } : {}),
    pinnedBytes: () => outbox.pinnedBytes(),
    clients: () => streams.size,
    close,
  };
}
