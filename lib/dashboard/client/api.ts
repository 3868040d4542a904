/**
 * The page's requests to its own server (same origin, the secret's cookie):
 * JSON answers, a 401 as Locked (a new secret: the link must be opened
 * again), any other failure as an error that says the status and the
 * server's one-line reason.
 */

/** The server has a new secret: this page's cookie no longer opens it. */
export class Locked extends Error {}

export async function getJson(path: string): Promise<unknown> {
  const r = await fetch(path, { cache: 'no-store', credentials: 'same-origin' });
  if (r.status === 401) throw new Locked();
  if (!r.ok) {
    const why = (await r.text()).trim().slice(0, 300);
    throw new Error(`HTTP ${r.status}${why ? `: ${why}` : ''}`);
  }
  return r.json();
}

/** `path` with query parameters, empty ones left out. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') sp.set(k, String(v));
  const qs = sp.toString();
  return qs ? `${path}?${qs}` : path;
}
