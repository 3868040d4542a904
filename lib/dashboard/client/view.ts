/**
 * What the page shows, decided apart from drawing it: which events a filter
 * keeps, the words of a timeline row, the choices of the filter menus, the
 * bars of the chart, the footer and the message in an empty page. Pure: the
 * unit tests run it under Node; the DOM code (timeline.ts, panels.ts) only
 * puts these strings and numbers on the screen.
 */
import type { SummarySnapshot } from '../../monitor/summary.ts';
import { MAX_NAME } from '../event.ts';
import { count, isoAt, list, text, timeOf, wire, type PageEvent } from './values.ts';
import { formatFigure, formatMs } from '../../shared/duration.ts';

export interface Filters {
  session: string;
  agent: string;
  type: string;
  /** Lower case, trimmed. */
  text: string;
}

export function filtering(f: Filters): boolean {
  return f.session !== '' || f.agent !== '' || f.type !== '' || f.text !== '';
}

export function matches(f: Filters, e: PageEvent): boolean {
  if (f.session && e.session_id !== f.session) return false;
  if (f.agent && e.agent_id !== f.agent) return false;
  if (f.type && e.event_type !== f.type) return false;
  if (f.text) {
    const hay = [e.event_type, e.agent_id, e.agent_type, e.data, e.tool_name, e.error, e.phase, e.session_id]
      .join(' ')
      .toLowerCase();
    if (!hay.includes(f.text)) return false;
  }
  return true;
}

/** `12 matching, newest 300 shown` under an active filter, else nothing. */
export function countLabel(f: Filters, total: number, shown: number): string {
  if (!filtering(f)) return '';
  return `${total} matching${shown < total ? `, newest ${shown} shown` : ''}`;
}

/** Who raised the event: `sub-1 (Explore)`. */
export function eventWho(e: PageEvent): string {
  return e.agent_type ? `${e.agent_id} (${e.agent_type})` : e.agent_id;
}

/** The row's text: the tool named once, and the error when the text does not already carry it. */
export function eventText(e: PageEvent): string {
  let s = e.data;
  if (e.tool_name && !s.startsWith(e.tool_name)) s = `${e.tool_name}: ${s}`;
  if (e.error && e.event_type !== 'tool_error') s += ` — ${e.error}`;
  return s;
}

/** The choices of the session, agent and type menus: every value seen, sorted. */
export function filterChoices(
  events: readonly PageEvent[],
  summary: unknown,
): { sessions: string[]; agents: string[]; types: string[] } {
  // Sets, not objects: a session called __proto__ or constructor is just a name.
  const sessions = new Set<string>();
  const agents = new Set<string>();
  const types = new Set<string>();
  for (const e of events) {
    if (e.session_id) sessions.add(e.session_id);
    if (e.agent_id) agents.add(e.agent_id);
    types.add(e.event_type);
  }
  const s = wire<SummarySnapshot>(summary);
  if (summary) {
    for (const ss of list(s.sessions)) {
      const id = wire<SummarySnapshot['sessions'][number]>(ss).id;
      if (id) sessions.add(text(id, MAX_NAME));
    }
    for (const t of Object.keys(wire(s.by_type))) types.add(t);
  }
  return { sessions: [...sessions].sort(), agents: [...agents].sort(), types: [...types].sort() };
}

/** A tool's failure rate: `0` without failures, else a percentage (one decimal under 10 %). */
export function failureText(failures: unknown, rate: unknown): string {
  if (!count(failures)) return '0';
  const r = count(rate);
  return `${(100 * r).toFixed(r < 0.1 ? 1 : 0)}%`;
}

/** A slow call's text, naming the tool once. */
export function callText(tool: string, data: string): string {
  return data.startsWith(tool) ? data : `${tool}: ${data}`;
}

export interface Bar {
  slot: number;
  /** UTC `YYYY-MM-DDTHH:MM`. */
  minute: string;
  events: number;
  errors: number;
}

export interface Chart {
  bars: Bar[];
  /** The tallest minute (at least 1): bars are drawn against it. */
  max: number;
  left: string;
  right: string;
}

export const CHART_SLOTS = 60;

/** The last hour of the log as bars, one slot per minute, ending at its newest minute; undefined when there is none. */
export function chartOf(perMinute: unknown): Chart | undefined {
  const minutes = new Map<string, Bar>();
  let max = 1;
  let last = NaN;
  for (const m of list(perMinute)) {
    const w = wire<SummarySnapshot['per_minute'][number]>(m);
    const minute = text(w.minute, 16);
    const at = timeOf(`${minute}:00Z`);
    if (!Number.isFinite(at)) continue;
    const events = count(w.events);
    minutes.set(minute, { slot: 0, minute, events, errors: count(w.errors) });
    if (events > max) max = events;
    last = at; // oldest first: the last valid one is the newest
  }
  if (!Number.isFinite(last)) return undefined;
  const bars: Bar[] = [];
  for (let i = 0; i < CHART_SLOTS; i++) {
    const bar = minutes.get(isoAt(last - (CHART_SLOTS - 1 - i) * 60_000).slice(0, 16));
    if (bar) bars.push({ ...bar, slot: i });
  }
  return {
    bars,
    max,
    left: `${isoAt(last - (CHART_SLOTS - 1) * 60_000).slice(11, 16)} UTC`,
    right: `peak ${max}/min · ${isoAt(last).slice(11, 16)}`,
  };
}

export interface LogView {
  path: string;
  exists: boolean;
  problem: string;
  /** Archives left unread. */
  skipped: number;
}

/** The footer: where the log is, how much of it, since when. */
export function footerText(summary: unknown, log: LogView, loading: boolean): string {
  const s = wire<SummarySnapshot>(summary);
  const since = timeOf(s.first);
  return (
    (loading ? 'Reading the log, figures so far · ' : '') +
    `Log: ${log.path} · ${count(s.events)} events` +
    (count(s.malformed) ? ` · ${count(s.malformed)} malformed lines skipped` : '') +
    (Number.isFinite(since) ? ` · since ${new Date(since).toLocaleString()}` : '') +
    (log.skipped ? ` · ${log.skipped} archives not read (links, FIFOs or unreadable)` : '')
  );
}

export interface Notice {
  title: string;
  text: string;
  hint: string;
}

/** The box in place of an empty page, or undefined when there is something to show. */
export function noticeFor(p: { locked: boolean; log: LogView; summary: unknown; events: number }): Notice | undefined {
  if (p.locked) {
    return {
      title: 'This link no longer opens the dashboard',
      text: 'The dashboard server was stopped or restarted, and each server has its own secret link.',
      hint: 'Run /2l-dashboard in the project and open the link it prints.',
    };
  }
  if (p.log.problem) {
    return {
      title: "2L does not read this project's event log",
      text: p.log.problem,
      hint: '2L reads .2L/events.jsonl only when it is a regular file in a .2L folder of yours; it never follows a link the repository planted. The page picks the log up once that is fixed.',
    };
  }
  if (count(wire<SummarySnapshot>(p.summary).events) > 0 || p.events > 0) return undefined;
  if (!p.log.exists) {
    return {
      title: 'No event log yet',
      text: 'This project has no .2L/events.jsonl. It appears when Claude Code runs here with the 2L pack enabled (its hooks write every session, prompt, tool call and agent), or when an orchestrator records a milestone.',
      hint: 'Try: /2l-event note "hello from 2L" — this page updates by itself.',
    };
  }
  return {
    title: 'No events yet',
    text: 'The event log exists but holds no events. New events show up here as soon as they are written.',
    hint: '',
  };
}

/** `$1.20 of $5.00 today · runs out in 2h 10m (at 16:40)`, or the forecast's own words. */
export function budgetLine(budget: unknown, now: number): { text: string; bad: boolean } | undefined {
  const b = wire<{ text: string; daily_usd: number; today_usd: number; reached_at: string }>(budget);
  const words = text(b.text, 200);
  if (!words) return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const daily = num(b.daily_usd);
  const today = num(b.today_usd);
  const used =
    daily !== null && today !== null ? `${formatFigure(today, 'usd')} of ${formatFigure(daily, 'usd')} today` : '';
  const at = typeof b.reached_at === 'string' ? Date.parse(b.reached_at) : Number.NaN;
  if (!Number.isNaN(at) && used)
    return {
      text: `${used} · runs out in ${formatMs(Math.max(0, at - now))} (at ${new Date(at).toTimeString().slice(0, 5)})`,
      bad: at - now < 3_600_000,
    };
  return { text: used && !/used up/.test(words) ? `${used} · ${words}` : words, bad: /used up/.test(words) };
}
