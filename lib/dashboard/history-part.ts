/**
 * One rotated archive's share of the history index (history-index.ts), kept
 * beside the archive (events/archive-sidecar.ts, kind `index`) so a server
 * restart does not read the archive again: its events' columns (time, byte
 * offset and length, and type, tool, agent and session as codes into the
 * part's own string table) and its sessions' aggregates, mergeable in log
 * order into an index that has seen the archives before it.
 *
 * Columns are typed arrays in base64 (about 43 bytes an event). A part read
 * from `.2L/` may be planted: every field is checked for type and bound, each
 * column's length against the event count, every code against the string
 * table, every line against the archive's size; anything off refuses it whole.
 */
import { MAX_NAME } from './event.ts';

/** Largest part kept or read: ~43 bytes an event, so an archive of up to ~1.5M events. */
export const PART_MAX_BYTES = 64 << 20;
const MAX_STRINGS = 100_001;
const MAX_PART_SESSIONS = 50_000;
const MAX_AGENTS = 200;

/** A session's aggregate over one stretch of the log (the index's SessionAgg, as the part keeps it). */
export interface SessionPart {
  /** Code of its id in the part's strings. */
  code: number;
  title: string;
  startMs: number;
  endMs: number;
  events: number;
  toolCalls: number;
  failures: number;
  agents: string[];
  /** The stretch's last session boundary: 0 none, 1 an end, 2 a start. */
  boundary: 0 | 1 | 2;
  costUsd: number | null;
  costByAgent: Record<string, number> | null;
}

export interface IndexPart {
  /** Bytes of the archive the part covers (through its last whole line). */
  size: number;
  malformed: number;
  oversized: number;
  strings: string[];
  time: Float64Array;
  offset: Float64Array;
  length: Uint32Array;
  type: Uint32Array;
  tool: Uint32Array;
  agent: Uint32Array;
  session: Uint32Array;
  sessions: SessionPart[];
}

const COLUMNS = ['time', 'offset', 'length', 'type', 'tool', 'agent', 'session'] as const;
type ColumnName = (typeof COLUMNS)[number];
const F64 = new Set<ColumnName>(['time', 'offset']);
const CODES: readonly ColumnName[] = ['type', 'tool', 'agent', 'session'];

/** The part as JSON (columns in base64). */
export function encodePart(p: IndexPart): unknown {
  const cols: Record<string, string> = {};
  for (const c of COLUMNS) cols[c] = Buffer.from(p[c].buffer, p[c].byteOffset, p[c].byteLength).toString('base64');
  return {
    size: p.size,
    malformed: p.malformed,
    oversized: p.oversized,
    n: p.time.length,
    strings: p.strings,
    cols,
    // No time seen yet is +Infinity, which JSON cannot hold.
    sessions: p.sessions.map((s) => ({ ...s, startMs: Number.isFinite(s.startMs) ? s.startMs : null })),
  };
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NAME;

function column(b64: unknown, n: number, f64: boolean): Float64Array | Uint32Array | undefined {
  if (typeof b64 !== 'string') return undefined;
  const width = f64 ? 8 : 4;
  if (b64.length !== Math.ceil((n * width) / 3) * 4) return undefined;
  const buf = Buffer.from(b64, 'base64');
  if (buf.length !== n * width) return undefined;
  // Copied into an aligned buffer of its own (a decoded Buffer may sit at any offset of a shared pool).
  const out = f64 ? new Float64Array(n) : new Uint32Array(n);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

function parseSession(v: unknown, strings: number): SessionPart | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const s = v as Record<string, unknown>;
  if (!isCount(s.code) || s.code === 0 || s.code >= strings) return undefined;
  if (typeof s.title !== 'string' || s.title.length > 160) return undefined;
  if (!(isNum(s.startMs) || s.startMs === null) || !isNum(s.endMs)) return undefined;
  if (!isCount(s.events) || !isCount(s.toolCalls) || !isCount(s.failures)) return undefined;
  if (!Array.isArray(s.agents) || s.agents.length > MAX_AGENTS || !s.agents.every(isName)) return undefined;
  if (s.boundary !== 0 && s.boundary !== 1 && s.boundary !== 2) return undefined;
  if (s.costUsd !== null && !isNum(s.costUsd)) return undefined;
  let byAgent: Record<string, number> | null = null;
  if (s.costByAgent !== null) {
    if (typeof s.costByAgent !== 'object' || Array.isArray(s.costByAgent)) return undefined;
    const entries = Object.entries(s.costByAgent as Record<string, unknown>);
    if (entries.length > MAX_AGENTS * 10 || !entries.every(([k, n]) => k.length <= 4096 && isNum(n))) return undefined;
    // fromEntries defines own keys: an agent named `__proto__` is a key like any other, never a prototype.
    byAgent = Object.fromEntries(entries) as Record<string, number>;
  }
  return {
    code: s.code,
    title: s.title,
    startMs: s.startMs === null ? Number.POSITIVE_INFINITY : (s.startMs as number),
    endMs: s.endMs,
    events: s.events,
    toolCalls: s.toolCalls,
    failures: s.failures,
    agents: s.agents as string[],
    boundary: s.boundary,
    costUsd: s.costUsd as number | null,
    costByAgent: byAgent,
  };
}

/** A part read from `.2L/` for an archive of `archiveBytes`, checked whole; undefined when anything is off. */
export function parsePart(v: unknown, archiveBytes: number): IndexPart | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const d = v as Record<string, unknown>;
  if (!isCount(d.size) || d.size > archiveBytes || !isCount(d.malformed) || !isCount(d.oversized)) return undefined;
  const n = d.n;
  if (!isCount(n) || n > d.size) return undefined; // every event takes at least a byte
  if (!Array.isArray(d.strings) || d.strings.length === 0 || d.strings.length > MAX_STRINGS) return undefined;
  if (d.strings[0] !== '' || !d.strings.every(isName)) return undefined;
  if (typeof d.cols !== 'object' || d.cols === null) return undefined;
  const raw = d.cols as Record<string, unknown>;
  const cols = {} as Record<ColumnName, Float64Array | Uint32Array>;
  for (const c of COLUMNS) {
    const col = column(raw[c], n, F64.has(c));
    if (!col) return undefined;
    cols[c] = col;
  }
  const strings = d.strings.length;
  for (const c of CODES) for (const code of cols[c]) if (code >= strings) return undefined;
  for (let i = 0; i < n; i++) {
    const off = cols.offset[i]!;
    if (!isCount(off) || off + cols.length[i]! > d.size || !isNum(cols.time[i])) return undefined;
  }
  if (!Array.isArray(d.sessions) || d.sessions.length > MAX_PART_SESSIONS) return undefined;
  const sessions: SessionPart[] = [];
  for (const s of d.sessions) {
    const p = parseSession(s, strings);
    if (!p) return undefined;
    sessions.push(p);
  }
  return {
    size: d.size,
    malformed: d.malformed,
    oversized: d.oversized,
    strings: d.strings as string[],
    time: cols.time as Float64Array,
    offset: cols.offset as Float64Array,
    length: cols.length as Uint32Array,
    type: cols.type as Uint32Array,
    tool: cols.tool as Uint32Array,
    agent: cols.agent as Uint32Array,
    session: cols.session as Uint32Array,
    sessions,
  };
}
