/**
 * The panels drawn from the summary: cards, plan, agents, tool timings,
 * recent errors, the per-minute chart, the footer, the notice that stands
 * in for an empty page, and the clocks that tick in them. Each panel is drawn
 * on its own (`safely`): one that cannot draw a value leaves the others be.
 */
import type { AgentState, SummarySnapshot, ToolCall, ToolSnapshot } from '../../monitor/summary.ts';
import type { DurationSnapshot } from '../../monitor/percentiles.ts';
import { formatClock, formatMs } from '../../shared/duration.ts';
import { MAX_NAME } from '../event.ts';
import { byId, clear, el, safely, svg } from './dom.ts';
import { ago, count, list, shortId, text, timeOf, wire, type Wire } from './values.ts';
import { CHART_SLOTS, callText, chartOf, failureText, footerText, noticeFor, type LogView } from './view.ts';

/** An agent still running after this long is probably lost. */
const ORPHAN_MS = 30 * 60_000;

/** What the panels read. */
export interface PanelState {
  summary: unknown;
  log: LogView;
  loading: boolean;
  locked: boolean;
  /** Events in the timeline. */
  events: number;
  /** Agents whose completion is among the newest events, newest first (the summary keeps only their count). */
  completed: readonly CompletedAgent[];
  now(): number;
}

export interface CompletedAgent {
  agent_id: string;
  agent_type: string;
  session_id: string;
  at: string;
}

const ms = (v: unknown) => formatMs(typeof v === 'number' ? v : undefined, '–');

export function renderSummary(p: PanelState): void {
  if (!p.summary || typeof p.summary !== 'object') return;
  const s = wire<SummarySnapshot>(p.summary);
  const agents = wire<SummarySnapshot['agents']>(s.agents);
  const errors = wire<SummarySnapshot['errors']>(s.errors);
  const plan = wire<SummarySnapshot['plan']>(s.plan);
  const tools = list(s.tools).map((t) => wire<ToolSnapshot>(t));
  byId('c-events').textContent = String(count(s.events));
  byId('c-sessions').textContent = String(list(s.sessions).length);
  byId('c-agents').textContent = String(list(agents.active).length);
  let calls = 0;
  let p95 = 0;
  for (const t of tools) {
    calls += count(t.calls);
    p95 = Math.max(p95, count(t.p95));
  }
  byId('c-tools').textContent = String(calls);
  byId('c-errors').textContent = String(count(errors.count));
  byId('card-errors').className = count(errors.count) ? 'card bad' : 'card';
  byId('c-p95').textContent = tools.length ? ms(p95) : '–';
  const status = plan.status === 'running' || plan.status === 'complete' ? plan.status : 'none';
  const ps = byId('plan-status');
  ps.textContent = status;
  ps.className = `pill ${status}`;
  byId('plan-phase').textContent = text(plan.phase, MAX_NAME) || '–';
  byId('plan-iteration').textContent = text(plan.iteration, MAX_NAME) || '–';
  safely('agents', () => renderAgents(s, p));
  safely('tools', () => renderTools(s, tools));
  safely('chart', () => renderChart(s));
  safely('errors', () => renderErrors(s, p.now()));
  safely('clock', () => tick(p));
  byId('foot').textContent = footerText(p.summary, p.log, p.loading);
  renderNotice(p);
}

/** The notice in place of an empty page (no log, a planted log, a dead link), hidden once there are events. */
export function renderNotice(p: PanelState): void {
  const n = noticeFor({ locked: p.locked, log: p.log, summary: p.summary, events: p.events });
  byId('empty').hidden = n === undefined;
  if (!n) return;
  byId('empty-title').textContent = n.title;
  byId('empty-text').textContent = n.text;
  byId('empty-hint').textContent = n.hint;
}

function renderAgents(s: Wire<SummarySnapshot>, p: PanelState): void {
  const now = p.now();
  const ul = byId('agents');
  clear(ul);
  const agents = wire<SummarySnapshot['agents']>(s.agents);
  const done = count(agents.completed);
  // While the log is read, an agent whose completion is further on looks lost: no one is called orphaned yet.
  const all = [
    ...list(agents.active).map((a) => ({ a: wire<AgentState>(a), orphan: false })),
    ...list(agents.orphaned).map((a) => ({ a: wire<AgentState>(a), orphan: !p.loading })),
  ];
  if (p.loading) ul.appendChild(el('li', 'none', 'Reading the log: agents are judged once it is read.'));
  if (!all.length && !p.completed.length) {
    ul.appendChild(el('li', 'none', `No active agents${done ? ` (${done} completed)` : ''}`));
    return;
  }
  const startedAt = (a: Wire<AgentState>) => {
    const t = timeOf(a.started);
    return Number.isFinite(t) ? t : 0;
  };
  all.sort((x, y) => startedAt(y.a) - startedAt(x.a));
  for (const { a, orphan } of all) {
    const lost = !p.loading && (orphan || now - timeOf(a.started) > ORPHAN_MS);
    const li = el('li', `agent${lost ? ' orphan' : ''}`);
    li.appendChild(
      agentLabel(text(a.agent_id, MAX_NAME), a.source === 'hook' ? 'subagent' : '2L agent', a.agent_type, a.session_id),
    );
    const d = el('div', 'dur', '–');
    d.dataset.since = text(a.started, 40);
    li.appendChild(d);
    ul.appendChild(li);
  }
  for (const c of p.completed) {
    const li = el('li', 'agent done');
    li.appendChild(agentLabel(c.agent_id, 'completed', c.agent_type, c.session_id));
    const t = el('div', 'dur', ago(c.at, now));
    t.title = c.at;
    li.appendChild(t);
    ul.appendChild(li);
  }
  if (done) ul.appendChild(el('li', 'none', `${done} completed in all (every agent: a session’s page)`));
}

function agentLabel(id: string, kind: string, type: unknown, session: unknown): HTMLElement {
  const left = el('div');
  left.appendChild(el('div', 'name', id));
  const t = text(type, MAX_NAME);
  left.appendChild(
    el('div', 'muted', `${kind}${t ? ` · ${t}` : ''}${session ? ` · session ${shortId(session)}` : ''}`),
  );
  return left;
}

function renderTools(s: Wire<SummarySnapshot>, tools: readonly Wire<ToolSnapshot>[]): void {
  const tb = byId('tools');
  clear(tb);
  if (!tools.length) {
    const tr = el('tr');
    const td = el('td', 'none', 'No tool calls yet');
    td.colSpan = 6;
    tr.appendChild(td);
    tb.appendChild(tr);
  }
  for (const t of tools.slice(0, 15)) {
    const tr = el('tr');
    const tool = text(t.tool, MAX_NAME);
    const name = el('td', '', tool);
    name.title = tool;
    tr.appendChild(name);
    tr.appendChild(el('td', '', count(t.calls)));
    tr.appendChild(el('td', '', ms(t.p50)));
    tr.appendChild(el('td', '', ms(t.p95)));
    tr.appendChild(el('td', '', ms(t.max)));
    tr.appendChild(el('td', count(t.failures) ? 'bad' : '', failureText(t.failures, t.failure_rate)));
    tb.appendChild(tr);
  }
  const sl = byId('slowest');
  const slowest = list(s.slowest).map((c) => wire<ToolCall>(c));
  clear(sl);
  if (!slowest.length) sl.appendChild(el('li', 'none', 'None yet'));
  for (const c of slowest.slice(0, 5)) {
    const li = el('li', 'line');
    li.appendChild(el('span', `n${c.failed ? ' bad' : ''}`, ms(c.duration_ms)));
    const what = callText(text(c.tool, MAX_NAME), text(c.data));
    const t = el('span', 't', what);
    t.title = what;
    li.appendChild(t);
    sl.appendChild(li);
  }
  const h = wire<DurationSnapshot>(s.hook_ms);
  const runs = count(h.count);
  const hk = byId('hooks');
  clear(hk);
  hk.appendChild(
    el(
      'div',
      runs ? 'line' : 'none',
      runs ? `p50 ${ms(h.p50)} · p95 ${ms(h.p95)} · max ${ms(h.max)} over ${runs} hook runs` : 'No hook timings yet',
    ),
  );
}

function renderErrors(s: Wire<SummarySnapshot>, now: number): void {
  const ol = byId('errors');
  clear(ol);
  const recent = list(wire<SummarySnapshot['errors']>(s.errors).recent).slice(-8).reverse();
  if (!recent.length) {
    ol.appendChild(el('li', 'none', 'No errors'));
    return;
  }
  for (const r of recent) {
    const e = wire<SummarySnapshot['errors']['recent'][number]>(r);
    const li = el('li', 'line');
    const t = el('span', 'n rel', ago(e.timestamp, now));
    t.dataset.ts = text(e.timestamp, 40);
    li.appendChild(t);
    const what = (e.tool_name ? `${text(e.tool_name, MAX_NAME)}: ` : '') + text(e.error || e.data);
    const span = el('span', 't', what);
    span.title = what;
    li.appendChild(span);
    ol.appendChild(li);
  }
}

function renderChart(s: Wire<SummarySnapshot>): void {
  const c = byId('chart');
  clear(c);
  const chart = chartOf(s.per_minute);
  if (!chart) {
    byId('chart-left').textContent = 'No events yet';
    byId('chart-right').textContent = '';
    return;
  }
  const bw = 300 / CHART_SLOTS;
  const height = (n: number) => Math.max(1, (n / chart.max) * 86);
  for (const b of chart.bars) {
    const h = height(b.events);
    const bar = svg('rect', { x: b.slot * bw + 0.5, y: 90 - h, width: bw - 1, height: h, class: 'bar' });
    bar.appendChild(
      svg(
        'title',
        {},
        `${b.minute.replace('T', ' ')} UTC: ${b.events} events${b.errors ? `, ${b.errors} errors` : ''}`,
      ),
    );
    c.appendChild(bar);
    if (b.errors)
      c.appendChild(
        svg('rect', {
          x: b.slot * bw + 0.5,
          y: 90 - height(b.errors),
          width: bw - 1,
          height: height(b.errors),
          class: 'err',
        }),
      );
  }
  byId('chart-left').textContent = chart.left;
  byId('chart-right').textContent = chart.right;
}

/** The clocks: the plan's elapsed time (stopped once it completes) and each agent's. */
export function tick(p: PanelState): void {
  const plan = wire<SummarySnapshot['plan']>(wire<SummarySnapshot>(p.summary).plan);
  const now = p.now();
  if (plan.started) {
    const end = plan.status === 'complete' && plan.completed ? timeOf(plan.completed) : now;
    byId('plan-elapsed').textContent = formatClock(Math.max(0, end - timeOf(plan.started)), '–');
  }
  for (const d of document.querySelectorAll<HTMLElement>('#agents .dur'))
    d.textContent = formatClock(Math.max(0, now - timeOf(d.dataset.since)), '–');
}

/** `5m ago` labels move on. */
export function tickRelative(now: number): void {
  for (const t of document.querySelectorAll<HTMLElement>('.rel'))
    if (t.dataset.ts !== undefined) t.textContent = ago(t.dataset.ts, now);
}
