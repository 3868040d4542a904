/**
 * Hostile values, as the page may use them. Everything the page shows came
 * from the repository's log: a line is turned into an event of known fields
 * and types first (`parseLine`), and the server's answers, though built from
 * cleaned events, are read through the same checks (`wire`, `text`, `count`,
 * `list`), never assumed. Pure: the unit tests run it under Node.
 */
import { asAmount, asText, eventTime, MAX_NAME, MAX_TEXT } from '../event.ts';

/**
 * A value as it arrives over the wire: an object with the keys the server
 * means to send (so a misspelt field is a type error), each of unknown type.
 */
export type Wire<T> = { readonly [K in keyof T]?: unknown };

/** `v` as a Wire object when it is a plain object, else an empty one. */
export function wire<T>(v: unknown): Wire<T> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Wire<T>) : {};
}

/** Text of `v` cut to `max` characters ('' for null, undefined and what has no JSON text). */
export function text(v: unknown, max = MAX_TEXT): string {
  return asText(v, max) ?? '';
}

/** A count or duration: a finite number ≥ 0, else 0. */
export function count(v: unknown): number {
  return asAmount(v) ?? 0;
}

export function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Milliseconds of an ISO time that exists, else NaN (Date.parse alone rolls 30 February into March). */
export function timeOf(v: unknown): number {
  const t = eventTime(v);
  return t === '' ? NaN : Date.parse(t);
}

/** The ISO text of an instant, '' when there is none. */
export function isoAt(ms: number): string {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString() : '';
}

/** How long ago `ts` was at `now`: `just now`, `42s ago`, `5m ago`, `3h ago`, `2d ago`; `–` for no time. */
export function ago(ts: unknown, now: number): string {
  let d = now - timeOf(ts);
  if (!Number.isFinite(d)) return '–';
  if (d < 0) d = 0;
  if (d < 5000) return 'just now';
  if (d < 60_000) return `${Math.floor(d / 1000)}s ago`;
  if (d < 3_600_000) return `${Math.floor(d / 60_000)}m ago`;
  if (d < 86_400_000) return `${Math.floor(d / 3_600_000)}h ago`;
  return `${Math.floor(d / 86_400_000)}d ago`;
}

/** An id short enough for a label: `sess-aaa…`. */
export function shortId(id: unknown): string {
  const s = text(id, MAX_NAME);
  return s.length > 12 ? `${s.slice(0, 8)}…` : s;
}

/** An event as the page keeps it: known fields, each of its type; the line itself for the details view. */
export interface PageEvent {
  seq: number;
  line: string;
  timestamp: string;
  event_type: string;
  phase: string;
  agent_id: string;
  agent_type: string;
  session_id: string;
  tool_name: string;
  data: string;
  error: string;
  duration_ms?: number;
}

export function parseLine(line: string, seq: number): PageEvent | null {
  let e: unknown;
  try {
    e = JSON.parse(line);
  } catch {
    return null;
  }
  if (!e || typeof e !== 'object' || Array.isArray(e)) return null;
  const f = e as Record<string, unknown>;
  if (typeof f.event_type !== 'string') return null;
  return {
    seq,
    line: text(line, 1 << 20),
    timestamp: text(f.timestamp, 40),
    event_type: text(f.event_type, MAX_NAME),
    phase: text(f.phase, MAX_NAME),
    agent_id: text(f.agent_id, MAX_NAME),
    agent_type: text(f.agent_type, MAX_NAME),
    session_id: text(f.session_id, MAX_NAME),
    tool_name: text(f.tool_name, MAX_NAME),
    data: text(f.data),
    error: text(f.error),
    duration_ms: asAmount(f.duration_ms),
  };
}

/** The line indented for the details view, or as it is when it is not JSON. */
export function pretty(line: string): string {
  try {
    return JSON.stringify(JSON.parse(line), null, 2);
  } catch {
    return line;
  }
}
