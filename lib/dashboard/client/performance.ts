/**
 * The Performance view: the table (Component | Current | Target | Trend |
 * Status), the alerts that are pending or firing, resources, KPIs, storage,
 * the daily budget's forecast and the page's own refresh time, from /api/performance. Every value is
 * checked for its type and reaches the DOM as text (dom.ts).
 */
import { formatFigure } from '../../shared/duration.ts';
import { byId, clear, el } from './dom.ts';
import { ago, list, text, wire } from './values.ts';
import { budgetLine } from './view.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const mib = (b: unknown) => (num(b) === null ? '–' : `${Math.round(num(b)! / 1048576)} MiB`);
const pct = (r: unknown) => (num(r) === null ? '–' : `${Math.round(num(r)! * 1000) / 10} %`);

/** A figure in its unit, for people: the one rule of the performance tables (shared/duration.ts). */
export function figure(v: unknown, unit: unknown): string {
  return formatFigure(num(v), text(unit, 16), '–');
}

/** `firing · critical`, `pending · warning`, `ok`, `no data`, and the class that colours it. */
export function statusCell(row: unknown): { label: string; cls: string } {
  const r = wire<{ status: string; severity: string }>(row);
  const status = ['ok', 'pending', 'firing', 'no data'].includes(r.status as string) ? (r.status as string) : 'no data';
  const severity = r.severity === 'critical' ? 'critical' : 'warning';
  if (status === 'firing' || status === 'pending')
    return {
      label: `${status} · ${severity}`,
      cls: status === 'firing' && severity === 'critical' ? 'st crit' : 'st warn',
    };
  return { label: status, cls: status === 'ok' ? 'st ok' : 'st none' };
}

function renderRows(rows: readonly unknown[]): void {
  const body = byId('perf-rows');
  clear(body);
  for (const row of rows) {
    const r = wire<{
      component: string;
      current: number;
      target: number;
      unit: string;
      trend: string;
      below: boolean;
      regression: string;
    }>(row);
    const tr = el('tr');
    const name = el('td', '', text(r.component, 200));
    name.title = text(r.component, 200);
    tr.append(name, el('td', '', figure(r.current, r.unit)));
    tr.append(el('td', '', r.target === null ? '–' : `${r.below === true ? '≥' : '≤'} ${figure(r.target, r.unit)}`));
    const trend = el('td', 'spark', text(r.trend, 40) || '–');
    if (typeof r.regression === 'string') {
      trend.classList.add('reg');
      trend.title = `regression: ${text(r.regression, 300)}`;
    }
    tr.append(trend);
    const s = statusCell(row);
    tr.append(el('td', s.cls, s.label));
    body.append(tr);
  }
  if (rows.length === 0) {
    const tr = el('tr');
    const td = el('td', 'none', 'no targets measured yet');
    td.colSpan = 5;
    tr.append(td);
    body.append(tr);
  }
}

function renderAlerts(alerts: readonly unknown[], now: number): void {
  const ol = byId('perf-alerts');
  clear(ol);
  byId('perf-alerts-count').textContent = String(alerts.length);
  if (alerts.length === 0) ol.append(el('li', 'none', 'no alert pending or firing'));
  for (const a of alerts) {
    const x = wire<{ status: string; since: string; line: string }>(a);
    const s = statusCell(a);
    const li = el('li', 'alert');
    li.append(el('span', s.cls, s.label), el('span', 'what', text(x.line, 300)));
    const since = typeof x.since === 'string' ? x.since : '';
    const when = el('span', 'muted since', since ? `since ${ago(since, now)}` : '');
    when.dataset.since = since;
    li.append(when);
    ol.append(li);
  }
}

function renderResources(res: unknown): void {
  const body = byId('perf-res');
  clear(body);
  if (!res || typeof res !== 'object') {
    byId('perf-res-at').textContent = 'no sample yet: the server samples every 10 s while a session works';
    return;
  }
  const r = wire<{ at: string; claude: unknown; pack: unknown; machine: unknown }>(res);
  for (const [label, g] of [
    ['Claude Code', r.claude],
    ['2L pack', r.pack],
  ] as const) {
    const x = wire<{ cpu_pct: number; rss_bytes: number; pids: number }>(g);
    const tr = el('tr');
    tr.append(
      el('td', '', label),
      el('td', '', `${num(x.cpu_pct) ?? '–'} %`),
      el('td', '', mib(x.rss_bytes)),
      el('td', '', String(num(x.pids) ?? '–')),
    );
    body.append(tr);
  }
  const m = wire<{
    load1: number;
    load5: number;
    load15: number;
    mem_available_bytes: number;
    mem_total_bytes: number;
    cpus: number;
  }>(r.machine);
  const tr = el('tr');
  tr.append(
    el('td', '', 'machine'),
    el('td', '', `load ${num(m.load1) ?? '–'}`),
    el('td', '', `${mib(m.mem_available_bytes)} free`),
    el('td', '', `${num(m.cpus) ?? '–'} CPUs`),
  );
  body.append(tr);
  byId('perf-res-at').textContent = `sampled ${text(r.at, 40).slice(11, 19)} UTC`;
}

function renderKpis(kpis: unknown, refresh: unknown, storage: unknown, budget: unknown, now: number): void {
  const k = wire<{
    validation: unknown;
    tools: unknown;
    tasks: unknown;
    agent_utilisation: number;
    parallel_ratio: number;
  }>(kpis);
  const v = wire<{ success_rate: number }>(k.validation);
  const t = wire<{ success_rate: number }>(k.tools);
  const tasks = wire<{ per_hour: number }>(k.tasks);
  const rf = wire<{ last_ms: number; p95_ms: number; samples: number }>(refresh);
  const st = wire<{
    per_day_bytes: number;
    target_bytes_per_day: number;
    total_bytes: number;
    not_honest: string;
    status: string;
  }>(storage);
  const perDay = num(st.per_day_bytes);
  const items: Array<[string, string, string?]> = [
    ['validation success', pct(v.success_rate)],
    ['tool success', pct(t.success_rate)],
    ['tasks per hour', num(tasks.per_hour) === null ? '–' : String(Math.round(num(tasks.per_hour)! * 10) / 10)],
    ['agent utilisation', pct(k.agent_utilisation)],
    ['parallel ratio', pct(k.parallel_ratio)],
    [
      'page refresh',
      num(rf.last_ms) === null
        ? 'not measured yet'
        : `${figure(rf.last_ms, 'ms')} (p95 ${figure(rf.p95_ms, 'ms')}, ${num(rf.samples)} samples)`,
      'refresh',
    ],
    [
      'storage growth',
      perDay === null
        ? 'no data'
        : `${(perDay / 1e6).toFixed(2)} MB/day (target ${(num(st.target_bytes_per_day) ?? 0) / 1e6} MB)${typeof st.not_honest === 'string' ? ` · rough: ${text(st.not_honest, 120)}` : ''}`,
      st.status === 'over' ? 'bad' : '',
    ],
  ];
  const forecast = budgetLine(budget, now);
  if (forecast) items.push(['daily budget', forecast.text, forecast.bad ? 'bad' : '']);
  const dl = byId('perf-kpis');
  clear(dl);
  for (const [label, value, id] of items) {
    const d = el('div');
    const dd = el('dd', id === 'bad' ? 'bad' : '', value);
    if (id === 'refresh') dd.id = 'perf-refresh';
    d.append(el('dt', '', label), dd);
    dl.append(d);
  }
}

export function renderPerformance(answer: unknown, now: number): void {
  const a = wire<{
    rows: unknown;
    alerts: unknown;
    resources: unknown;
    kpis: unknown;
    refresh: unknown;
    storage: unknown;
    budget: unknown;
  }>(answer);
  renderAlerts(list(a.alerts), now);
  renderRows(list(a.rows));
  renderResources(a.resources);
  renderKpis(a.kpis, a.refresh, a.storage, a.budget, now);
}

/** The "since 2m ago" of each alert, moved on between answers. */
export function tickSince(now: number): void {
  for (const n of document.querySelectorAll<HTMLElement>('#perf-alerts .since')) {
    const since = n.dataset.since ?? '';
    if (since) n.textContent = `since ${ago(since, now)}`;
  }
}
