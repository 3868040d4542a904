/**
 * The Summary of one stretch of the log (a rotated archive) as plain JSON, so
 * it is computed once and merged afterwards (issue 16): totals add up, tool
 * durations merge as DurationStats states (percentiles within 1 %), and the
 * few stateful event kinds (agents, plan, alerts, checks, metrics, KPIs'
 * validations and iterations) are kept as lines and replayed in order, so
 * what depends on the order of events comes out as one pass would give it.
 *
 * `parseSummaryState` is the gate for a state read from `.2L/`, which a
 * repository can plant: every field is checked for type and bound, every
 * replayed line goes through the log's own parser when replayed, and a state
 * that fails any check is refused whole (the archive is then read instead).
 */
import type { ToolCall, SessionState, SummarySnapshot } from './summary.ts';
import type { KpiToolState } from './kpis.ts';

export interface SessionSegment extends SessionState {
  /** The stretch's last session boundary was a `session_start` (a session resumed after its end). */
  reopened: boolean;
}

export interface ToolSegment {
  calls: number;
  failures: number;
  denied: number;
  /** A DurationStats state, checked by DurationStats.mergeState. */
  stats: unknown;
}

export interface SummaryState {
  events: number;
  malformed: number;
  pipelineErrors: number;
  first: string | null;
  last: string | null;
  lastActivity: string | null;
  byType: Array<[string, number]>;
  sessions: SessionSegment[];
  tools: Array<[string, ToolSegment]>;
  slowest: ToolCall[];
  hookMs: unknown;
  errorCount: number;
  recentErrors: SummarySnapshot['errors']['recent'];
  minutes: Array<[string, number, number]>;
  kpi: KpiToolState;
  /** Lines of the events replayed on merge, in log order. */
  replay: string[];
  /** The stretch's last closed calls (`session\0tool_use_id`), oldest first: a denial after them repeats one. */
  closed: string[];
  /**
   * Denials counted as the first close of their call within the stretch, as
   * [key, session, tool]: one whose call was closed before the stretch is a
   * repeat, taken back on merge.
   */
  firstDenials: Array<[string, string, string]>;
}

/** Bounds a real archive's state stays far below; past them a state is refused, not trusted. */
export const STATE_LIMITS = {
  strings: 4096,
  byType: 10_000,
  sessions: 10_000,
  tools: 10_000,
  slowest: 1000,
  recentErrors: 1000,
  minutes: 100_000,
  intervals: 20_000,
  replay: 50_000,
  replayLine: 64 * 1024,
  /** A repeated denial follows its first close closely (the same call reported twice): this many closes are kept. */
  closed: 1024,
  firstDenials: 10_000,
} as const;

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown, max: number = STATE_LIMITS.strings): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown, max: number, ok: (x: unknown) => boolean): boolean =>
  Array.isArray(v) && v.length <= max && v.every(ok);
const optStr = (v: unknown): boolean => v === undefined || isStr(v);

function isSession(v: unknown): boolean {
  if (!isObj(v)) return false;
  return (
    isStr(v.id) &&
    isStr(v.started) &&
    isStr(v.last) &&
    optStr(v.ended) &&
    typeof v.reopened === 'boolean' &&
    isCount(v.events) &&
    isCount(v.tools) &&
    isCount(v.toolErrors) &&
    isCount(v.toolDenied)
  );
}

function isToolCall(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.tool) &&
    isNum(v.duration_ms) &&
    isStr(v.timestamp) &&
    isStr(v.data, 1 << 20) &&
    typeof v.failed === 'boolean'
  );
}

function isRecentError(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.timestamp) &&
    isStr(v.event_type) &&
    isStr(v.agent_id) &&
    isStr(v.data, 1 << 20) &&
    optStr(v.tool_name) &&
    (v.error === undefined || isStr(v.error, 1 << 20))
  );
}

function isKpi(v: unknown): boolean {
  if (!isObj(v)) return false;
  const pair = (p: unknown) => Array.isArray(p) && p.length === 2 && isNum(p[0]) && isNum(p[1]);
  return (
    (v.first === null || isNum(v.first)) &&
    (v.last === null || isNum(v.last)) &&
    isCount(v.ok) &&
    isCount(v.failed) &&
    listOf(v.intervals, STATE_LIMITS.intervals, pair)
  );
}

/** A state from disk, checked field by field; undefined when anything is off. */
export function parseSummaryState(v: unknown): SummaryState | undefined {
  if (!isObj(v)) return undefined;
  const ok =
    isCount(v.events) &&
    isCount(v.malformed) &&
    isCount(v.pipelineErrors) &&
    isStrOrNull(v.first) &&
    isStrOrNull(v.last) &&
    isStrOrNull(v.lastActivity) &&
    listOf(v.byType, STATE_LIMITS.byType, (p) => Array.isArray(p) && p.length === 2 && isStr(p[0]) && isCount(p[1])) &&
    listOf(v.sessions, STATE_LIMITS.sessions, isSession) &&
    listOf(
      v.tools,
      STATE_LIMITS.tools,
      (p) =>
        Array.isArray(p) &&
        p.length === 2 &&
        isStr(p[0]) &&
        isObj(p[1]) &&
        isCount(p[1].calls) &&
        isCount(p[1].failures) &&
        isCount(p[1].denied) &&
        isObj(p[1].stats),
    ) &&
    listOf(v.slowest, STATE_LIMITS.slowest, isToolCall) &&
    isObj(v.hookMs) &&
    isCount(v.errorCount) &&
    listOf(v.recentErrors, STATE_LIMITS.recentErrors, isRecentError) &&
    listOf(
      v.minutes,
      STATE_LIMITS.minutes,
      (m) => Array.isArray(m) && m.length === 3 && isStr(m[0], 16) && isCount(m[1]) && isCount(m[2]),
    ) &&
    isKpi(v.kpi) &&
    listOf(v.replay, STATE_LIMITS.replay, (l) => isStr(l, STATE_LIMITS.replayLine)) &&
    listOf(v.closed, STATE_LIMITS.closed, (k) => isStr(k, 2 * STATE_LIMITS.strings + 1)) &&
    listOf(
      v.firstDenials,
      STATE_LIMITS.firstDenials,
      (d) =>
        Array.isArray(d) && d.length === 3 && isStr(d[0], 2 * STATE_LIMITS.strings + 1) && isStr(d[1]) && isStr(d[2]),
    );
  return ok ? (v as unknown as SummaryState) : undefined;
}
