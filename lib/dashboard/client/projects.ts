/**
 * The Projects view: every project 2L has logged to (/api/projects), with its
 * last activity, live sessions and firing alerts; each links to its sessions,
 * served by this same server (`?project=<key>` in the address).
 */
import { getJson } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { plural } from './history-view.ts';
import { linkTo, type Route } from './route.ts';
import { ago, count, list, text, wire } from './values.ts';

export async function showProjects(route: Route, now: number): Promise<void> {
  const status = byId('projects-status');
  const a = wire<{ projects: unknown }>(await getJson('/api/projects'));
  const rows = list(a.projects);
  const ul = byId('projects-list');
  clear(ul);
  for (const r of rows) {
    const p = wire<{
      key: unknown;
      name: unknown;
      path: unknown;
      current: unknown;
      lastActivity: unknown;
      liveSessions: unknown;
      alertsFiring: unknown;
      alertsPending: unknown;
    }>(r);
    const key = text(p.key, 64);
    const li = el('li', 'srow');
    const link = el('a', 'stitle', text(p.name, 200) || text(p.path, 4096));
    link.href = p.current === true ? linkTo('sessions') : linkTo('sessions', '', { project: key });
    li.append(link);
    if (p.current === true) li.append(el('span', 'pill', 'this dashboard'));
    const live = count(p.liveSessions);
    li.append(
      el('span', `pill ${live ? 'running' : ''}`, live ? `${plural(live, 'live session')}` : 'no live session'),
    );
    const firing = count(p.alertsFiring);
    if (firing) li.append(el('span', 'pill down', plural(firing, 'alert') + ' firing'));
    const meta = el('div', 'smeta');
    const last = text(p.lastActivity, 40);
    meta.append(
      el('span', '', last ? `last activity ${ago(last, now)}` : 'no log yet'),
      el('span', '', count(p.alertsPending) ? `${count(p.alertsPending)} pending` : ''),
      el('span', 'muted sid', text(p.path, 4096)),
    );
    li.append(meta);
    ul.append(li);
  }
  status.textContent = `${plural(rows.length, 'project')} 2L has logged to (${route.params.project ? 'browsing another project' : 'listed in your Claude config folder'})`;
}
