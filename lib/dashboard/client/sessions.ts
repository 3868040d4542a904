/**
 * The Sessions view (every session of the history, from /api/sessions) and a
 * session's page (/api/sessions/<id>): its cards, filters that apply to
 * every panel, the agent tree, the tool table, the waterfall and the
 * timeline, a page of events at a time from the server. Everything drawn is
 * text (dom.ts); what to draw is decided in history-view.ts.
 */
import { formatMs } from '../../shared/duration.ts';
import { getJson, withQuery } from './api.ts';
import { byId, clear, el } from './dom.ts';
import {
  agentOf,
  barOf,
  plural,
  sessionRowOf,
  spanOf,
  toolOf,
  toolRows,
  treeRows,
  usd,
  type SessionRowView,
  type SpanView,
} from './history-view.ts';
import { linkTo, type Params, type Route } from './route.ts';
import { eventRow, setOptions } from './timeline.ts';
import { ago, count, list, parseLine, shortId, text, wire, type PageEvent } from './values.ts';

/** Waterfall rows drawn; the rest are counted under it. */
const MAX_WATERFALL_ROWS = 400;

function statusPill(status: string): HTMLElement {
  const cls = status === 'live' ? 'running' : status === 'ended' ? 'complete' : '';
  return el('span', `pill ${cls}`, status || 'unknown');
}

function when(ts: string, now: number): HTMLElement {
  const t = el('time', '', ts ? `${ts.slice(0, 16).replace('T', ' ')} UTC` : '–');
  if (ts) {
    t.dateTime = ts;
    t.title = `${ts} (${ago(ts, now)})`;
  }
  return t;
}

function sessionItem(s: SessionRowView, route: Route, now: number): HTMLLIElement {
  const li = el('li', 'srow');
  const a = el('a', 'stitle', s.title || `Session ${shortId(s.id)}`);
  a.href = linkTo('session', s.id, {}, route);
  li.append(a, statusPill(s.status));
  const meta = el('div', 'smeta');
  meta.append(
    when(s.start, now),
    el('span', '', formatMs(s.durationMs, '–')),
    el('span', '', plural(s.toolCalls, 'tool call')),
    el('span', s.failures ? 'bad' : '', plural(s.failures, 'failure')),
    el('span', '', plural(s.agents.length, 'agent')),
    el('span', '', usd(s.costUsd)),
    el('span', 'muted sid', s.id),
  );
  li.append(meta);
  return li;
}

export async function showSessions(route: Route, now: number): Promise<void> {
  const status = byId('sessions-status');
  status.textContent = 'Reading the history…';
  const answer = wire<{ sessions: unknown; progress: unknown; project: unknown }>(
    await getJson(withQuery('/api/sessions', { project: route.params.project })),
  );
  const rows = list(answer.sessions).map(sessionRowOf);
  const p = wire<{ events: unknown }>(answer.progress);
  const ul = byId('sessions-list');
  clear(ul);
  for (const s of rows) ul.append(sessionItem(s, route, now));
  const name = text(wire<{ name: unknown }>(answer.project).name, 200);
  status.textContent = rows.length
    ? `${route.params.project ? `${name}: ` : ''}${plural(rows.length, 'session')}, ${plural(count(p.events), 'event')} in the whole history (archives included)`
    : 'No session in this history yet.';
}

/** The session page's filters, from the address. */
function filtersOf(route: Route): { agent: string; type: string; tool: string; q: string } {
  return {
    agent: route.params.agent ?? '',
    type: route.params.type ?? '',
    tool: route.params.tool ?? '',
    q: (route.params.q ?? '').trim().toLowerCase(),
  };
}

let pageFrom = 0;
let pageOf = '';

export async function showSession(route: Route, now: number, go: (params: Params) => void): Promise<void> {
  const f = filtersOf(route);
  const key = `${route.id}|${f.agent}|${f.type}|${f.tool}|${f.q}`;
  if (key !== pageOf) pageFrom = 0;
  pageOf = key;
  byId('s-status').textContent = 'Loading…';
  let raw: unknown;
  try {
    raw = await getJson(
      withQuery(`/api/sessions/${encodeURIComponent(route.id)}`, {
        project: route.params.project,
        from: pageFrom,
        agent: f.agent,
        type: f.type,
        tool: f.tool,
        q: f.q,
      }),
    );
  } catch (err) {
    byId('s-title').textContent = `Session ${shortId(route.id)}`;
    byId('s-status').textContent = /HTTP 404/.test(String(err))
      ? 'This history has no session with this id (it may have been pruned).'
      : `Could not load the session: ${String(err)}`;
    return;
  }
  const a = wire<{ session: unknown; events: unknown; detail: unknown }>(raw);
  const s = sessionRowOf(a.session);
  const d = wire<{
    agents: unknown;
    tools: unknown;
    spans: unknown;
    spansOmitted: unknown;
    truncated: unknown;
    events: unknown;
  }>(a.detail);
  const agents = list(d.agents).map(agentOf);
  const spans = list(d.spans).map(spanOf);
  const tools = list(d.tools).map(toolOf);
  byId('s-title').textContent = s.title || `Session ${shortId(s.id)}`;
  const meta = byId('s-meta');
  clear(meta);
  meta.append(statusPill(s.status), el('span', 'muted sid', s.id));
  const cards = byId('s-cards');
  clear(cards);
  const card = (v: string, label: string, bad = false) => {
    const c = el('div', `card${bad ? ' bad' : ''}`);
    c.append(el('b', '', v), el('span', '', label));
    return c;
  };
  cards.append(
    card(formatMs(s.durationMs, '–'), 'duration'),
    card(String(s.events), 'events'),
    card(String(s.toolCalls), 'tool calls'),
    card(String(s.failures), 'failures', s.failures > 0),
    card(String(agents.length), 'agents'),
    card(usd(s.costUsd), 'cost'),
  );
  setOptions(
    byId<HTMLSelectElement>('s-agent'),
    agents.map((x) => x.id),
  );
  setOptions(byId<HTMLSelectElement>('s-tool'), tools.map((t) => t.name).sort());
  const types = new Set<string>(['tool_complete', 'tool_error', 'agent_start', 'agent_complete', 'user_prompt']);
  if (f.type) types.add(f.type);
  setOptions(byId<HTMLSelectElement>('s-type'), [...types].sort());
  byId<HTMLSelectElement>('s-agent').value = f.agent;
  byId<HTMLSelectElement>('s-tool').value = f.tool;
  byId<HTMLSelectElement>('s-type').value = f.type;
  const q = byId<HTMLInputElement>('s-text');
  if (document.activeElement !== q) q.value = route.params.q ?? '';
  renderTree(agents, f.agent, route);
  renderTools(toolRows(tools, spans, f));
  renderWaterfall(
    agents.map((x) => x.id),
    spans,
    f,
    count(d.spansOmitted),
    s,
  );
  const ev = wire<{ total: unknown; from: unknown; lines: unknown }>(a.events);
  renderEvents(list(ev.lines), count(ev.total), count(ev.from), now, go);
  const filtered = f.agent || f.type || f.tool || f.q;
  byId('s-status').textContent =
    `${count(ev.total)} ${filtered ? 'matching ' : ''}event${count(ev.total) === 1 ? '' : 's'}${
      d.truncated === true ? ` (tree and waterfall from the newest ${count(d.events)})` : ''
    }`;
}

function renderTree(agents: ReturnType<typeof agentOf>[], only: string, route: Route): void {
  const ul = byId('s-tree');
  clear(ul);
  for (const { agent, depth } of treeRows(agents, only)) {
    const li = el('li', `tnode${agent.status === 'completed' ? ' done' : ''}`);
    li.style.paddingLeft = `${Math.min(depth, 8) * 16}px`;
    const head = el('div', 'thead');
    const name = el('a', 'name', agent.label === agent.id ? agent.id : `${agent.label} · ${agent.id}`);
    name.href = linkTo('session', route.id, { ...route.params, agent: agent.id }, route);
    name.title = `Show only ${agent.id}`;
    head.append(name, el('span', 'pill', agent.status));
    li.append(head);
    const facts = el('div', 'muted');
    facts.textContent = [
      formatMs(Math.max(0, agent.endMs - agent.startMs), '–'),
      plural(agent.tools, 'tool call'),
      agent.failures ? plural(agent.failures, 'failure') : '',
      agent.costUsd !== undefined ? usd(agent.costUsd) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    li.append(facts);
    if (agent.toolNames.length) {
      const t = el('div', 'tnames');
      t.textContent = agent.toolNames.map(([n, c]) => `${n} ×${c}`).join(', ');
      li.append(t);
    }
    ul.append(li);
  }
  if (!ul.firstChild) ul.append(el('li', 'none', 'No agents'));
}

function renderTools(rows: ReturnType<typeof toolOf>[]): void {
  const tb = byId('s-tools');
  clear(tb);
  for (const t of rows) {
    const tr = el('tr');
    const name = el('td', 'full', t.name);
    name.title = t.name;
    tr.append(
      name,
      el('td', '', t.calls),
      el('td', '', formatMs(t.calls ? t.totalMs / t.calls : undefined, '–')),
      el('td', '', formatMs(t.maxMs, '–')),
      el('td', t.failures ? 'bad' : '', t.failures),
    );
    tb.append(tr);
  }
  if (!rows.length) {
    const tr = el('tr');
    const td = el('td', 'none', 'No tool calls match');
    td.colSpan = 5;
    tr.append(td);
    tb.append(tr);
  }
}

function renderWaterfall(
  order: string[],
  spans: SpanView[],
  f: { agent: string; tool: string; q: string },
  omitted: number,
  s: SessionRowView,
): void {
  const box = byId('s-waterfall');
  clear(box);
  const t0 = Date.parse(s.start);
  const t1 = Date.parse(s.end);
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) return;
  const rank = new Map(order.map((id, i) => [id, i]));
  const kept = spans
    .filter(
      (x) =>
        (!f.agent || x.agent === f.agent) &&
        (!f.tool || x.kind === 'agent' || x.name === f.tool) &&
        (!f.q || x.kind === 'agent' || `${x.name} ${x.error}`.toLowerCase().includes(f.q)),
    )
    .sort(
      (a, b) =>
        (rank.get(a.agent) ?? 1e9) - (rank.get(b.agent) ?? 1e9) ||
        (a.kind === 'agent' ? -1 : 1) ||
        a.startMs - b.startMs,
    );
  const axis = el('div', 'wf-axis');
  axis.append(el('span', '', '0'), el('span', '', formatMs(t1 - t0, '–')));
  box.append(axis);
  for (const x of kept.slice(0, MAX_WATERFALL_ROWS)) {
    const row = el('div', `wf-row wf-${x.kind}${x.error ? ' wf-err' : ''}`);
    const label = el(
      'span',
      'wf-label',
      x.kind === 'agent' ? `▸ ${x.name === x.agent ? x.name : `${x.name} · ${x.agent}`}` : x.name,
    );
    label.title = `${x.kind === 'agent' ? 'agent' : `tool (${x.agent})`} ${x.name}: ${formatMs(x.endMs - x.startMs, '–')}${
      x.error ? ` — ${x.error}` : ''
    }${x.unfinished ? ' (unfinished)' : ''}`;
    const track = el('span', 'wf-track');
    const bar = el('span', 'wf-bar');
    const b = barOf(x.startMs, x.endMs, t0, t1);
    bar.style.left = `${b.left}%`;
    bar.style.width = `${b.width}%`;
    bar.title = label.title;
    track.append(bar);
    row.append(label, track);
    box.append(row);
  }
  const left = Math.max(0, kept.length - MAX_WATERFALL_ROWS) + omitted;
  if (!kept.length) box.append(el('div', 'none', 'No agent or tool call matches'));
  if (left) box.append(el('div', 'muted', `${left} shorter calls not drawn`));
}

function renderEvents(
  lines: readonly unknown[],
  total: number,
  from: number,
  now: number,
  go: (p: Params) => void,
): void {
  const ol = byId('s-timeline');
  clear(ol);
  const events: PageEvent[] = [];
  lines.forEach((l, i) => {
    const e = typeof l === 'string' ? parseLine(l, from + i + 1) : null;
    if (e) events.push(e);
  });
  for (const e of events) ol.append(eventRow(e, now));
  if (!events.length) ol.append(el('li', 'none', 'No event matches these filters'));
  const pager = byId('s-pager');
  clear(pager);
  if (total > lines.length) {
    pager.append(el('span', 'muted', `events ${from + 1}–${from + lines.length} of ${total}`));
    const prev = el('button', '', 'Earlier');
    prev.type = 'button';
    prev.disabled = from === 0;
    prev.addEventListener('click', () => {
      pageFrom = Math.max(0, from - 500);
      go({});
    });
    const next = el('button', '', 'Later');
    next.type = 'button';
    next.disabled = from + lines.length >= total;
    next.addEventListener('click', () => {
      pageFrom = from + 500;
      go({});
    });
    pager.append(prev, next);
  }
}

/** The session page's filter inputs write the address (which reloads the page's panels). */
export function bindSessionFilters(current: () => Route, go: (params: Params) => void): void {
  for (const k of ['agent', 'type', 'tool'] as const)
    byId<HTMLSelectElement>(`s-${k}`).addEventListener('change', (ev) => {
      go({ ...current().params, [k]: (ev.target as HTMLSelectElement).value });
    });
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId<HTMLInputElement>('s-text').addEventListener('input', (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => go({ ...current().params, q: (ev.target as HTMLInputElement).value }), 250);
  });
}
