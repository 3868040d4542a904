/**
 * The timeline: the newest events first, at most MAX_ROWS rows drawn, the
 * filters applied; new events from the stream are inserted on top. Each row
 * opens to the line as it was written (drawn on first open).
 */
import { eventFamily } from '../../events/format.ts';
import { formatMs } from '../../shared/duration.ts';
import { byId, clear, el } from './dom.ts';
import { ago, pretty, shortId, type PageEvent } from './values.ts';
import { countLabel, eventText, eventWho, filterChoices, filtering, matches, type Filters } from './view.ts';

/** Events kept in memory, and rows drawn: the newest only. */
const MAX_EVENTS = 2000;
const MAX_ROWS = 300;

export class Timeline {
  events: PageEvent[] = [];
  readonly filters: Filters = { session: '', agent: '', type: '', text: '' };

  constructor(private readonly now: () => number) {}

  /** Draw every row again (new state, or a filter changed). */
  render(): void {
    const list = byId('timeline');
    clear(list);
    let shown = 0;
    let total = 0;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      if (!matches(this.filters, e)) continue;
      total++;
      if (shown < MAX_ROWS) {
        list.appendChild(this.row(e));
        shown++;
      }
    }
    byId('f-count').textContent = countLabel(this.filters, total, shown);
    if (total === 0 && filtering(this.filters)) list.appendChild(this.nothingHere());
  }

  /**
   * Why a filter shows nothing: this view holds only the newest events; the
   * session's page and the search read the whole history.
   */
  private nothingHere(): HTMLLIElement {
    const li = el('li', 'none');
    li.append(`None of the newest ${this.events.length} events match. `);
    const f = this.filters;
    const link = el('a', '', f.session ? 'Open this session’s page' : 'Search the whole history');
    const params = new URLSearchParams();
    for (const [k, v] of [
      ['q', f.text],
      ['type', f.type],
      ['agent', f.agent],
    ] as const)
      if (v) params.set(k, v);
    const qs = params.toString();
    link.href = f.session
      ? `#/session/${encodeURIComponent(f.session)}${qs ? `?${qs}` : ''}`
      : `#/search${qs ? `?${qs}` : ''}`;
    li.append(link, ' (it reads every event, archives included).');
    return li;
  }

  /** Events from the stream, oldest first. */
  add(events: readonly PageEvent[], summary: unknown): void {
    if (events.length === 0) return;
    const tl = byId('timeline');
    for (const e of events) {
      this.events.push(e);
      if (matches(this.filters, e)) tl.insertBefore(this.row(e), tl.firstChild);
    }
    if (this.events.length > MAX_EVENTS) this.events.splice(0, this.events.length - MAX_EVENTS);
    while (tl.children.length > MAX_ROWS) tl.removeChild(tl.lastChild!);
    if (filtering(this.filters)) {
      const total = this.events.filter((e) => matches(this.filters, e)).length;
      byId('f-count').textContent = countLabel(this.filters, total, tl.children.length);
    }
    this.refreshChoices(summary);
  }

  /** The filter menus list every session, agent and type seen; a choice that is gone falls back to all. */
  refreshChoices(summary: unknown): void {
    const c = filterChoices(this.events, summary);
    setOptions(byId<HTMLSelectElement>('f-session'), c.sessions, (v) => `Session ${shortId(v)}`);
    setOptions(byId<HTMLSelectElement>('f-agent'), c.agents);
    setOptions(byId<HTMLSelectElement>('f-type'), c.types);
  }

  bindFilters(): void {
    for (const k of ['session', 'agent', 'type'] as const) {
      byId<HTMLSelectElement>(`f-${k}`).addEventListener('change', (ev) => {
        this.filters[k] = (ev.target as HTMLSelectElement).value;
        this.render();
      });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    byId<HTMLInputElement>('f-text').addEventListener('input', (ev) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.filters.text = (ev.target as HTMLInputElement).value.trim().toLowerCase();
        this.render();
      }, 120);
    });
  }

  private row(e: PageEvent): HTMLLIElement {
    return eventRow(e, this.now());
  }
}

/** One timeline row; it opens to the line as it was written (drawn on first open). */
export function eventRow(e: PageEvent, now: number): HTMLLIElement {
  const li = el('li', `ev k-${eventFamily(e.event_type)}`);
  li.dataset.seq = String(e.seq);
  const det = el('details');
  const sum = el('summary');
  const t = el('time', 'rel', ago(e.timestamp, now));
  t.dataset.ts = e.timestamp;
  t.title = e.timestamp;
  sum.appendChild(t);
  sum.appendChild(el('span', 'type', e.event_type));
  sum.appendChild(el('span', 'who', eventWho(e)));
  sum.appendChild(el('span', 'text', eventText(e)));
  if (e.duration_ms !== undefined) sum.appendChild(el('span', 'dur', formatMs(e.duration_ms, '–')));
  det.appendChild(sum);
  det.addEventListener('toggle', () => {
    if (det.open && !det.querySelector('pre')) det.appendChild(el('pre', '', pretty(e.line)));
  });
  li.appendChild(det);
  return li;
}

export function setOptions(sel: HTMLSelectElement, values: readonly string[], label?: (v: string) => string): void {
  const cur = sel.value;
  const have: string[] = [];
  for (let i = 1; i < sel.options.length; i++) have.push(sel.options[i]!.value);
  if (have.join('\n') === values.join('\n')) return;
  while (sel.options.length > 1) sel.remove(1);
  for (const v of values) {
    const o = el('option', '', label ? label(v) : v);
    o.value = v;
    sel.appendChild(o);
  }
  sel.value = values.includes(cur) ? cur : '';
}
