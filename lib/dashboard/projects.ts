/**
 * Every project in one place: the registry's projects (events/project-registry.ts)
 * and this server's own, each with its last activity, live sessions and
 * firing alerts, and a history (history.ts) per project opened on demand, so
 * one server answers for all of them. A project is keyed by a hash of its
 * path: the path never comes back from the page, and a key only ever selects
 * an entry the registry lists and that still passes its checks (a real
 * folder, its `.2L` a real folder of ours) at the moment of the request.
 * Nothing here serves a file: a project's root is never read, only its log.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readRegistry, usableProject } from '../events/project-registry.ts';
import { eventsPath } from '../events/project-dir.ts';
import { parseEventLine } from '../events/format.ts';
import { readAlertState } from '../monitor/alert-store.ts';
import { readTail } from './feed.ts';
import { LIVE_MS } from './history-index.ts';
import { ProjectHistory } from './history.ts';

/** Histories of other projects kept open at once; the least recently used is dropped. */
const MAX_OPEN = 6;
/** Newest events read to tell a project's live sessions. */
const TAIL_EVENTS = 400;

export interface ProjectRow {
  key: string;
  name: string;
  path: string;
  current: boolean;
  /** ISO time of the live log's last write; '' when there is no log. */
  lastActivity: string;
  liveSessions: number;
  alertsFiring: number;
  alertsPending: number;
}

export function projectKey(project: string): string {
  return createHash('sha256').update(project).digest('hex').slice(0, 16);
}

/** Sessions of the newest events that are still at work: recent activity and no end. */
export function liveSessionsOf(lines: readonly string[], now: number): number {
  const last = new Map<string, { t: number; ended: boolean }>();
  for (const l of lines) {
    const e = parseEventLine(l);
    if (!e?.session_id) continue;
    const t = Date.parse(e.timestamp);
    last.set(e.session_id, { t: Number.isNaN(t) ? 0 : t, ended: e.event_type === 'session_end' });
  }
  let n = 0;
  for (const s of last.values()) if (!s.ended && now - s.t < LIVE_MS) n++;
  return n;
}

export class Projects {
  private readonly open = new Map<string, ProjectHistory>();

  constructor(
    private readonly current: string,
    private readonly currentHistory: ProjectHistory,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly now: () => number = Date.now,
  ) {}

  /** This project first, then the registry's usable ones. */
  private paths(): string[] {
    const out = [this.current];
    for (const e of readRegistry(this.env)) if (e.path !== this.current && usableProject(e.path)) out.push(e.path);
    return out;
  }

  async list(): Promise<ProjectRow[]> {
    const rows: ProjectRow[] = [];
    for (const p of this.paths()) {
      const log = eventsPath(p);
      const st = fs.lstatSync(log, { throwIfNoEntry: false });
      const lines = st?.isFile() ? await readTail(log, TAIL_EVENTS).catch(() => []) : [];
      const alerts = Object.values(readAlertState(p).active);
      rows.push({
        key: projectKey(p),
        name: path.basename(p),
        path: p,
        current: p === this.current,
        lastActivity: st?.isFile() ? new Date(st.mtimeMs).toISOString() : '',
        liveSessions: liveSessionsOf(lines, this.now()),
        alertsFiring: alerts.filter((a) => a.state !== 'pending').length,
        alertsPending: alerts.filter((a) => a.state === 'pending').length,
      });
    }
    return rows.sort((a, b) => Number(b.current) - Number(a.current) || (a.lastActivity < b.lastActivity ? 1 : -1));
  }

  /** The history of the project `key` names (none: this server's); undefined when no usable project has that key. */
  history(key: string | null): ProjectHistory | undefined {
    if (!key || key === projectKey(this.current)) return this.currentHistory;
    const p = this.paths().find((x) => projectKey(x) === key);
    if (!p) return undefined;
    let h = this.open.get(p);
    if (h) this.open.delete(p);
    else h = new ProjectHistory(p);
    this.open.set(p, h); // most recently used last
    while (this.open.size > MAX_OPEN) this.open.delete(this.open.keys().next().value!);
    return h;
  }
}
