/**
 * The Search view: the whole history searched by the server (/api/search:
 * text, event type, tool, agent, session, time range), newest first, a page
 * at a time; each hit links to its session's page with the same text as the
 * page's filter. The form lives in the address, so a search can be shared.
 */
import { getJson, withQuery } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { plural } from './history-view.ts';
import { linkTo, type Params, type Route } from './route.ts';
import { ago, count, list, shortId, text, wire } from './values.ts';

const FIELDS = ['q', 'type', 'tool', 'agent', 'session', 'from', 'to'] as const;

/** `datetime-local` has no zone: the page reads it as UTC, the log's own zone. */
function fromLocal(v: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00.000Z` : v;
}

let nextBefore: number | undefined;

export async function showSearch(route: Route, now: number, more = false): Promise<void> {
  const p = route.params;
  for (const k of FIELDS) {
    const input = byId<HTMLInputElement>(`q-${k}`);
    const v = k === 'from' || k === 'to' ? (p[k] ?? '').slice(0, 16) : (p[k] ?? '');
    if (document.activeElement !== input) input.value = v;
  }
  const status = byId('q-status');
  const ol = byId('q-hits');
  if (!more) {
    clear(ol);
    nextBefore = undefined;
  }
  if (!FIELDS.some((k) => p[k])) {
    status.textContent = 'Search every event of the history: text, type, tool, agent, session, time.';
    byId('q-more').hidden = true;
    return;
  }
  status.textContent = 'Searching…';
  let raw: unknown;
  try {
    raw = await getJson(
      withQuery('/api/search', {
        project: p.project,
        q: p.q,
        type: p.type,
        tool: p.tool,
        agent: p.agent,
        session: p.session,
        from: p.from ? fromLocal(p.from.slice(0, 16)) : undefined,
        to: p.to ? fromLocal(p.to.slice(0, 16)) : undefined,
        before: more ? nextBefore : undefined,
      }),
    );
  } catch (err) {
    status.textContent = `Search failed: ${String(err)}`;
    return;
  }
  const a = wire<{ hits: unknown; next: unknown }>(raw);
  const hits = list(a.hits);
  for (const h of hits) {
    const x = wire<{
      session: unknown;
      timestamp: unknown;
      event_type: unknown;
      agent_id: unknown;
      tool_name: unknown;
      text: unknown;
    }>(h);
    const session = text(x.session, 512);
    const li = el('li', 'hit');
    const link = el('a', 'type', text(x.event_type, 200));
    link.href = linkTo('session', session, p.q ? { q: p.q } : {}, route);
    const t = el('time', 'rel', ago(x.timestamp, now));
    t.title = text(x.timestamp, 40);
    li.append(t, link, el('span', 'who', [text(x.agent_id, 200), text(x.tool_name, 200)].filter(Boolean).join(' · ')));
    li.append(el('span', 'text', text(x.text, 500)));
    li.append(el('span', 'muted sid', `session ${shortId(session)}`));
    ol.append(li);
  }
  nextBefore = typeof a.next === 'number' ? count(a.next) : undefined;
  byId('q-more').hidden = nextBefore === undefined;
  const shown = ol.querySelectorAll('li.hit').length;
  status.textContent =
    shown === 0 && nextBefore === undefined
      ? 'No event in the whole history matches.'
      : `${plural(shown, 'hit')}${nextBefore === undefined ? ' (the whole history searched)' : ', newest first: more below'}`;
}

export function bindSearch(current: () => Route, go: (params: Params) => void): void {
  byId('q-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params: Params = current().params.project ? { project: current().params.project } : {};
    for (const k of FIELDS) {
      const v = byId<HTMLInputElement>(`q-${k}`).value.trim();
      if (v) params[k] = v.slice(0, 200);
    }
    go(params);
  });
  byId('q-more').addEventListener('click', () => void showSearch(current(), Date.now(), true));
}
