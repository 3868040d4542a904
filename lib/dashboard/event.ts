/**
 * Log fields as the dashboard may use them. Every field of a log line is the
 * repository's to choose; parseEventLine promises only that `timestamp` and
 * `event_type` are strings. Before an event feeds the summary (which the page,
 * `/api/summary` and `/metrics` render), its fields become what their names
 * say: text fields text (any other JSON value turns into its JSON text), times
 * a real instant in canonical UTC or '' (unknown), durations finite numbers
 * ≥ 0 or absent, and every text short. Pure; the raw line is left alone.
 */
import type { TwoLEvent } from '../events/format.ts';

/** Longest text kept per field: names and ids, and the free text (`data`, `error`). */
export const MAX_NAME = 200;
export const MAX_TEXT = 2000;
/** A payload is kept (for alerts and checks) only up to this much JSON. */
const MAX_PAYLOAD = 16 << 10;

const NAME_FIELDS = [
  'event_type',
  'phase',
  'agent_id',
  'session_id',
  'hook',
  'tool_name',
  'tool_use_id',
  'agent_type',
] as const;
const TEXT_FIELDS = ['data', 'error'] as const;
const NUMBER_FIELDS = ['duration_ms', 'hook_ms'] as const;
/** The summary keeps whole events of these types (payload included); of the others it keeps named fields only. */
const PAYLOAD_TYPES = new Set(['performance_alert', 'db_check', 'mcp_check']);

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function digit(ts: string, i: number, max = 0x39): boolean {
  const c = ts.charCodeAt(i);
  return c >= 0x30 && c <= max;
}

/** `SS.mmmZ` at offset 17 of a canonical time, seconds 00-59. */
function secondsOk(ts: string): boolean {
  return (
    digit(ts, 17, 0x35) &&
    digit(ts, 18) &&
    ts.charCodeAt(19) === 0x2e &&
    digit(ts, 20) &&
    digit(ts, 21) &&
    digit(ts, 22) &&
    ts.charCodeAt(23) === 0x5a
  );
}

/** `YYYY-MM-DDTHH:MM:` of the last canonical time found valid. */
let checkedMinute = '\0';
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * `ts` as canonical UTC (`2026-01-02T03:04:05.678Z`), or '' when it is not an
 * ISO 8601 date and time that exists: month 13, 30 February or 99:99 are ''.
 * Date.parse alone is not enough: it rolls 30 February over into March.
 */
export function eventTime(ts: unknown): string {
  if (typeof ts !== 'string' || ts.length > 40) return '';
  // A log is read in order, so most times fall in the minute just checked: then only `SS.mmmZ` needs a look.
  if (ts.length === 24 && ts.startsWith(checkedMinute) && secondsOk(ts)) return ts;
  const m = ISO.exec(ts);
  if (!m) return '';
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    at.getUTCFullYear() !== y ||
    at.getUTCMonth() !== mo - 1 ||
    at.getUTCDate() !== d ||
    at.getUTCHours() !== h ||
    at.getUTCMinutes() !== mi ||
    at.getUTCSeconds() !== s
  )
    return '';
  if (CANONICAL.test(ts)) {
    checkedMinute = ts.slice(0, 17);
    return ts;
  }
  const t = Date.parse(ts);
  return Number.isFinite(t) ? new Date(t).toISOString() : '';
}

/** Text of at most `max` characters; null and undefined are absent. */
export function asText(v: unknown, max: number): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (typeof s !== 'string') return undefined;
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A duration or count: a finite number ≥ 0, else absent ("12" and -5 are not). */
export function asAmount(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

function payloadFits(p: unknown): boolean {
  if (p === undefined) return true;
  try {
    return (JSON.stringify(p)?.length ?? 0) <= MAX_PAYLOAD;
  } catch {
    return false;
  }
}

function fits(v: unknown, max: number): boolean {
  return v === undefined || (typeof v === 'string' && v.length <= max);
}

function isAmountOrAbsent(v: unknown): boolean {
  return v === undefined || asAmount(v) !== undefined;
}

/** Spelled out field by field: this runs for every event of a log, millions at start. */
function isClean(e: TwoLEvent): boolean {
  return (
    fits(e.event_type, MAX_NAME) &&
    fits(e.phase, MAX_NAME) &&
    fits(e.agent_id, MAX_NAME) &&
    fits(e.session_id, MAX_NAME) &&
    fits(e.hook, MAX_NAME) &&
    fits(e.tool_name, MAX_NAME) &&
    fits(e.tool_use_id, MAX_NAME) &&
    fits(e.agent_type, MAX_NAME) &&
    fits(e.data, MAX_TEXT) &&
    fits(e.error, MAX_TEXT) &&
    isAmountOrAbsent(e.duration_ms) &&
    isAmountOrAbsent(e.hook_ms) &&
    eventTime(e.timestamp) === e.timestamp &&
    (!PAYLOAD_TYPES.has(e.event_type) || payloadFits(e.payload))
  );
}

/**
 * The event as the summary may keep it: `e` itself when every field is already
 * what it should be (nearly always), else a cleaned copy.
 */
export function forSummary(e: TwoLEvent): TwoLEvent {
  if (isClean(e)) return e;
  const c = { ...e } as unknown as Record<string, unknown>;
  for (const k of NAME_FIELDS) c[k] = asText(c[k], MAX_NAME);
  for (const k of TEXT_FIELDS) c[k] = asText(c[k], MAX_TEXT);
  for (const k of NUMBER_FIELDS) c[k] = asAmount(c[k]);
  c.timestamp = eventTime(e.timestamp);
  c.event_type ??= '';
  c.phase ??= '';
  c.agent_id ??= '';
  c.data ??= '';
  if (PAYLOAD_TYPES.has(String(c.event_type)) && !payloadFits(c.payload)) delete c.payload;
  for (const k of Object.keys(c)) if (c[k] === undefined) delete c[k];
  return c as unknown as TwoLEvent;
}

/**
 * A short stand-in for an event whose line is too long to keep for the page:
 * the known fields, each cut short, and a note in place of the payload.
 */
export function shortLine(e: TwoLEvent, length: number): string {
  const c = forSummary(e) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { timestamp: asText(e.timestamp, 40) };
  for (const k of [...NAME_FIELDS, ...TEXT_FIELDS, ...NUMBER_FIELDS, 'v', 'source'] as const)
    if (c[k] !== undefined) out[k] = c[k];
  out.payload = `[omitted: ${length} chars]`;
  return JSON.stringify(out);
}
