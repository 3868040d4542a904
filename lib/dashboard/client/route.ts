/**
 * The page's address: which view shows and with which filters, in the URL's
 * hash (`#/session/<id>?agent=sub-1&q=failed`), so a view can be bookmarked,
 * shared and reloaded, and the server keeps one page route. Pure: the unit
 * tests run it under Node. A hash is the user's (or a link's) to write:
 * unknown views fall back to the live view, unknown keys are dropped, every
 * value is capped.
 */

export const VIEWS = ['live', 'sessions', 'session', 'search', 'alerts', 'performance', 'projects'] as const;
export type View = (typeof VIEWS)[number];

/** Filters and choices a view keeps in the address. */
export const PARAM_KEYS = ['q', 'type', 'tool', 'agent', 'session', 'from', 'to', 'project'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
export type Params = Partial<Record<ParamKey, string>>;

const MAX_VALUE = 200;
const MAX_ID = 512;

export interface Route {
  view: View;
  /** The session of the `session` view. */
  id: string;
  params: Params;
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): Route {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  // `#performance`, the address of the Performance view before views had paths.
  if (h === 'performance') return { view: 'performance', id: '', params: {} };
  const q = h.indexOf('?');
  const path = (q === -1 ? h : h.slice(0, q)).replace(/^\/+/, '');
  const slash = path.indexOf('/');
  const name = slash === -1 ? path : path.slice(0, slash);
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'live';
  const rawId = slash === -1 ? '' : (decode(path.slice(slash + 1)) ?? '');
  const id = view === 'session' && rawId.length <= MAX_ID ? rawId : '';
  const params: Params = {};
  if (q !== -1) {
    const sp = new URLSearchParams(h.slice(q + 1));
    for (const k of PARAM_KEYS) {
      const v = sp.get(k);
      if (v !== null && v !== '' && v.length <= MAX_VALUE) params[k] = v;
    }
  }
  if (view === 'session' && id === '') return { view: 'sessions', id: '', params };
  return { view, id, params };
}

export function formatRoute(r: Route): string {
  const path = r.view === 'session' ? `session/${encodeURIComponent(r.id)}` : r.view;
  const sp = new URLSearchParams();
  for (const k of PARAM_KEYS) {
    const v = r.params[k];
    if (v) sp.set(k, v);
  }
  const qs = sp.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** The link to a view, keeping the project (a page of another project stays on that project). */
export function linkTo(view: View, id = '', params: Params = {}, from?: Route): string {
  const project = from?.params.project;
  return formatRoute({ view, id, params: project ? { project, ...params } : params });
}
