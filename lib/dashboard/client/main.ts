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
import { renderNotice, renderSummary, tick, tickRelative, type PanelState } from './panels.ts';
import { Timeline } from './timeline.ts';
import { count, list, parseLine, text, timeOf, wire, type PageEvent } from './values.ts';
import type { LogView } from './view.ts';
import { renderPerformance, tickSince } from './performance.ts';
import { painted, startReporting } from './refresh-meter.ts';

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

/** The server has a new secret: this page's cookie no longer opens it. */
class Locked extends Error {}

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
  now: () => Date.now() + skew,
};
const timeline = new Timeline(panels.now);

function drawSummary(): void {
  panels.events = timeline.events.length;
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

async function load(): Promise<void> {
  stream?.close();
  stream = null;
  try {
    // A big log is summarised in the background: draw its newest events at once, then the full state.
    let data = await getState(true);
    if (wire<StateAnswer>(data).loading) {
      apply(data);
      setConn(`reading log ${Math.round(100 * count(wire<StateAnswer>(data).progress))}%`);
      data = await getState(false);
    }
    apply(data);
    connect();
  } catch (err) {
    if (err instanceof Locked) {
      panels.locked = true;
      setConn('link expired', 'down');
      drawNotice();
      return; // a new secret means a new link: retrying with the old cookie cannot work
    }
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
  if (view === 'performance') void loadPerformance();
}

/** Which view shows: the overview (timeline, agents, tools) or Performance; `#performance` opens the latter. */
let view: 'overview' | 'performance' = 'overview';
function showView(next: 'overview' | 'performance'): void {
  view = next;
  safely('views', () => {
    byId('view-overview').hidden = next !== 'overview';
    byId('view-performance').hidden = next !== 'performance';
    byId('tab-overview').setAttribute('aria-selected', String(next === 'overview'));
    byId('tab-performance').setAttribute('aria-selected', String(next === 'performance'));
  });
  if (next === 'performance') void loadPerformance();
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
byId('tab-overview').addEventListener('click', () => {
  history.replaceState(null, '', location.pathname);
  showView('overview');
});
byId('tab-performance').addEventListener('click', () => {
  history.replaceState(null, '', `${location.pathname}#performance`);
  showView('performance');
});
showView(location.hash === '#performance' ? 'performance' : 'overview');
startReporting();
setInterval(() => safely('clock', () => tick(panels)), 1000);
setInterval(() => {
  safely('times', () => tickRelative(panels.now()));
  safely('since', () => tickSince(panels.now()));
}, 5000);
setInterval(() => {
  if (view === 'performance') void loadPerformance();
}, 2000);
void load();
