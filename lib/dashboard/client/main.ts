/**
 * The dashboard page's script: loads /api/state, then follows /api/stream
 * (Server-Sent Events) and draws what arrives. Bundled into the page at build
 * time (scripts/build.mjs) and allowed by its CSP hash alone. Every piece of
 * event data reaches the DOM as text (dom.ts), never as markup: event text is
 * whatever an agent or a tool wrote (2L's old page injected it as HTML).
 * Rendering is kept apart from the data flow: a panel that cannot draw a
 * value never stops the page following the log.
 */
import { byId, safely } from './dom.ts';
import { renderNotice, renderSummary, tick, tickRelative, type CompletedAgent, type PanelState } from './panels.ts';
import { Timeline } from './timeline.ts';
import { count, list, parseLine, text, timeOf, wire, type PageEvent } from './values.ts';
import type { LogView } from './view.ts';
import { renderPerformance, tickSince } from './performance.ts';
import { painted, startReporting } from './refresh-meter.ts';
import { Locked } from './api.ts';
import { formatRoute, parseRoute, type Params, type Route, type View } from './route.ts';
import { bindSessionFilters, showSession, showSessions } from './sessions.ts';
import { bindSearch, showSearch } from './search.ts';
import { showProjects } from './projects.ts';

/** The /api/state answer, as the page reads it. */
interface StateAnswer {
  name: string;
  project: string;
  /** LogStatus (feed.ts) and the log's path. */
  log: { path: string; exists: boolean; problem?: string; skipped?: string[] };
  seq: number;
  epoch: number;
  now: string;
  summary: unknown;
  events: string[];
  loading: boolean;
  progress: number;
}

// The link's secret is now a cookie: keep it out of the address bar, history and bookmarks.
if (/[?&]token=/.test(location.search)) history.replaceState(null, '', location.pathname + location.hash);

let seq = 0;
let epoch = 0;
let stream: EventSource | null = null;
/** Server clock minus ours, so that "5s ago" is the server's five seconds. */
let skew = 0;
const panels: PanelState = {
  summary: null,
  log: { path: '', exists: true, problem: '', skipped: 0 },
  loading: false,
  locked: false,
  events: 0,
  completed: [],
  now: () => Date.now() + skew,
};
const timeline = new Timeline(panels.now);

/** Agents whose completion is among the newest events, newest first. */
function completedAgents(): CompletedAgent[] {
  const out: CompletedAgent[] = [];
  const seen = new Set<string>();
  for (let i = timeline.events.length - 1; i >= 0 && out.length < 8; i--) {
    const e = timeline.events[i]!;
    if (e.event_type !== 'agent_complete' || seen.has(e.agent_id)) continue;
    seen.add(e.agent_id);
    out.push({ agent_id: e.agent_id, agent_type: e.agent_type ?? '', session_id: e.session_id ?? '', at: e.timestamp });
  }
  return out;
}

function drawSummary(): void {
  panels.events = timeline.events.length;
  panels.completed = completedAgents();
  safely('summary', () => renderSummary(panels));
}

function drawNotice(): void {
  panels.events = timeline.events.length;
  safely('message', () => renderNotice(panels));
}

function setConn(label: string, cls = ''): void {
  const c = byId('conn');
  c.textContent = label;
  c.className = `pill ${cls}`;
}

function logView(log: unknown): LogView {
  const l = wire<StateAnswer['log']>(log);
  return {
    path: text(l.path, 4096),
    exists: l.exists === true,
    problem: text(l.problem, 4096),
    skipped: list(l.skipped).length,
  };
}

async function getState(early: boolean): Promise<unknown> {
  const r = await fetch(`/api/state${early ? '?early=1' : ''}`, { cache: 'no-store', credentials: 'same-origin' });
  if (r.status === 401) throw new Locked();
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.json();
}

function apply(answer: unknown): void {
  const data = wire<StateAnswer>(answer);
  skew = timeOf(data.now) - Date.now();
  if (!Number.isFinite(skew)) skew = 0;
  const name = text(data.name, 500);
  panels.log = logView(data.log);
  seq = count(data.seq);
  epoch = count(data.epoch);
  panels.summary = data.summary;
  panels.loading = data.loading === true;
  const lines = list(data.events);
  const first = seq - lines.length + 1;
  const events: PageEvent[] = [];
  lines.forEach((line, i) => {
    const e = typeof line === 'string' ? parseLine(line, first + i) : null;
    if (e) events.push(e);
  });
  timeline.events = events;
  safely('header', () => {
    byId('project').textContent = name;
    byId('project-path').textContent = text(data.project, 4096);
    document.title = `${name} · 2L dashboard`;
  });
  safely('timeline', () => timeline.render());
  safely('filters', () => timeline.refreshChoices(panels.summary));
  drawSummary();
}

function lock(): void {
  panels.locked = true;
  setConn('link expired', 'down');
  drawNotice();
}

async function load(): Promise<void> {
  stream?.close();
  stream = null;
  try {
    // A big log is summarised in the background: draw its newest events at once, then the full state.
    let data = await getState(true);
    if (wire<StateAnswer>(data).loading) {
      apply(data);
      const full = getState(false);
      let done = false;
      const settled = full.then(
        () => (done = true),
        () => (done = true),
      );
      // The indicator moves with the bytes read: ask how far the server is while the full state is coming.
      for (let p = count(wire<StateAnswer>(data).progress); !done; ) {
        setConn(`reading log ${Math.min(99, Math.round(100 * p))}%`);
        await Promise.race([settled, new Promise((r) => setTimeout(r, 500))]);
        if (done) break;
        const early = wire<StateAnswer>(await getState(true));
        if (early.loading !== true) break;
        p = count(early.progress);
      }
      data = await full;
    }
    apply(data);
    connect();
  } catch (err) {
    if (err instanceof Locked) return lock(); // a new secret means a new link: retrying with the old cookie cannot work
    setConn('offline', 'down');
    setTimeout(load, 3000);
  }
}

/** Stream events are drawn in batches, once per turn of the event loop. */
let queue: PageEvent[] = [];
let flushing = false;
/** When the oldest event of the queue arrived (performance.now() time), for the refresh meter. */
let arrived = Number.NaN;
function flush(): void {
  flushing = false;
  const batch = queue;
  const since = arrived;
  queue = [];
  arrived = Number.NaN;
  safely('timeline', () => timeline.add(batch, panels.summary));
  drawNotice();
  painted(since);
  if (route.view === 'performance' || route.view === 'alerts') void loadPerformance();
}

/** Which view shows, and with which filters: the address's hash (route.ts), so every view is a link. */
let route: Route = parseRoute(location.hash);
const VIEW_IDS: Record<View, string> = {
  live: 'view-overview',
  sessions: 'view-sessions',
  session: 'view-session',
  search: 'view-search',
  alerts: 'view-alerts',
  performance: 'view-performance',
  projects: 'view-projects',
};

/** Another view or other filters: written to the address (replacing it: filters are not steps back), then shown. */
function go(params: Params, view: View = route.view, id = route.id): void {
  route = { view, id, params };
  history.replaceState(null, '', location.pathname + location.search + formatRoute(route));
  show();
}

function show(): void {
  const view = route.view;
  safely('views', () => {
    for (const [v, id] of Object.entries(VIEW_IDS)) byId(id).hidden = v !== view;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.views a')) {
      const current = a.id === `tab-${view === 'session' ? 'sessions' : view}`;
      if (current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  });
  const failed = (what: string) => (err: unknown) => {
    if (err instanceof Locked) return lock();
    console.error(`2L dashboard: ${what} failed: ${err}`);
  };
  if (view === 'performance' || view === 'alerts') void loadPerformance();
  if (view === 'sessions') showSessions(route, panels.now()).catch(failed('sessions'));
  if (view === 'session')
    showSession(route, panels.now(), (p) => go({ ...route.params, ...p })).catch(failed('session'));
  if (view === 'search') showSearch(route, panels.now()).catch(failed('search'));
  if (view === 'projects') showProjects(route, panels.now()).catch(failed('projects'));
}

let perfBusy = false;
let perfAt = 0;
async function loadPerformance(): Promise<void> {
  // At most one request at a time and about two a second, however fast events come.
  if (perfBusy || Date.now() - perfAt < 500) return;
  perfBusy = true;
  perfAt = Date.now();
  try {
    const r = await fetch('/api/performance', { cache: 'no-store', credentials: 'same-origin' });
    if (!r.ok) return;
    const answer: unknown = await r.json();
    safely('performance', () => renderPerformance(answer, panels.now()));
  } catch {
    // offline: the connection pill says so; the next tick tries again
  } finally {
    perfBusy = false;
  }
}

function connect(): void {
  const es = new EventSource(`/api/stream?since=${seq}&epoch=${epoch}`);
  stream = es;
  es.onopen = () => setConn('live', 'live');
  es.onerror = () => {
    const closed = es.readyState === EventSource.CLOSED;
    setConn(closed ? 'offline' : 'reconnecting', 'down');
    if (closed) setTimeout(load, 3000);
  };
  es.onmessage = (m) => {
    const n = Number(m.lastEventId);
    if (!(n > seq)) return;
    const e = parseLine(m.data, n);
    seq = n;
    if (!e) return;
    panels.log.exists = true;
    queue.push(e);
    if (Number.isNaN(arrived)) arrived = m.timeStamp;
    if (!flushing) {
      flushing = true;
      setTimeout(flush, 0);
    }
  };
  es.addEventListener('summary', (m) => {
    try {
      panels.summary = JSON.parse(m.data);
    } catch {
      return;
    }
    drawSummary();
    safely('filters', () => timeline.refreshChoices(panels.summary));
  });
  es.addEventListener('log', (m) => {
    try {
      panels.log = logView(JSON.parse(m.data));
    } catch {
      return;
    }
    drawSummary();
    drawNotice();
  });
  es.addEventListener('reset', () => void load());
}

timeline.bindFilters();
bindSessionFilters(
  () => route,
  (p) => go(p),
);
bindSearch(
  () => route,
  (p) => go(p, 'search', ''),
);
window.addEventListener('hashchange', () => {
  route = parseRoute(location.hash);
  show();
});
show();
startReporting();
setInterval(() => safely('clock', () => tick(panels)), 1000);
setInterval(() => {
  safely('times', () => tickRelative(panels.now()));
  safely('since', () => tickSince(panels.now()));
}, 5000);
setInterval(() => {
  if (route.view === 'performance' || route.view === 'alerts') void loadPerformance();
}, 2000);
void load();
