/**
 * Token usage out of Claude Code's transcripts: one parsed JSONL entry → one
 * usage record (or the reason it is not one), and the dedupe that counts each
 * API response once. Pure: no I/O, the reader hands us parsed objects.
 *
 * The rules follow ccusage 20.0.24 (observed with its binary; docs/cost.md has
 * the probes), so per-session tokens agree with it exactly:
 * - an entry counts when `message.usage` is an object with whole, non-negative
 *   `input_tokens` and `output_tokens`; cache fields are optional (absent = 0)
 *   but, like every id, never `null`; `timestamp` must parse; `version`, when
 *   present, must start like a semver (`2.1.197`);
 * - cache creation is split 5m/1h when `usage.cache_creation` gives the split
 *   (its sum is then the total), else all of `cache_creation_input_tokens` is 5m;
 * - `<synthetic>` (Claude Code's own API-error messages) and a missing model
 *   count tokens under no model, priced at nothing, and are not "unpriced";
 * - one response is written several times while it streams (one line per
 *   content block): entries with the same message id, request id (or none) and
 *   session id are one; the copy kept is the non-sidechain one, else the one
 *   with more tokens, else the first. A `/btw` sidechain replaying a parent
 *   message (same message id and timestamp, new request id) is also one.
 *   An entry without a message id is never merged.
 */

export type TokenKind = 'input' | 'output' | 'cache_write_5m' | 'cache_write_1h' | 'cache_read';
export const TOKEN_KINDS: readonly TokenKind[] = ['input', 'output', 'cache_write_5m', 'cache_write_1h', 'cache_read'];

export type Tokens = Record<TokenKind, number>;

export function zeroTokens(): Tokens {
  return { input: 0, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 };
}

export function tokenTotal(t: Tokens): number {
  return t.input + t.output + t.cache_write_5m + t.cache_write_1h + t.cache_read;
}

/** Where an entry was read: the session its file belongs to and, for `subagents/agent-<id>.jsonl`, the agent. */
export interface EntrySource {
  /** Session of the file: `<session>.jsonl`, or the folder holding `subagents/`. */
  sessionId: string;
  /** Subagent id from the file name; undefined for the main transcript. */
  agentId?: string;
}

export interface UsageRecord {
  /** Session the record is reported under (the file's). */
  session: string;
  /** `entry.sessionId`, else the file's: part of the dedupe key, as in ccusage. */
  keySession: string;
  /** `main`, or the subagent id. */
  agent: string;
  /** Model as the API named it (`-fast` appended in fast mode); undefined for `<synthetic>` or none. */
  model?: string;
  messageId?: string;
  requestId?: string;
  /** ISO time of the entry, and the same in epoch ms. */
  timestamp: string;
  time: number;
  sidechain: boolean;
  /** `usage.speed` was `fast` (priced at the model's fast-mode multiple). */
  fast: boolean;
  tokens: Tokens;
}

export type Rejection =
  | 'no-usage'
  | 'bad-usage'
  | 'null-field'
  | 'bad-timestamp'
  | 'bad-version'
  | 'empty-id'
  | 'not-object';

/** An entry that carries no usage at all (user turns, summaries) is `undefined`, not a rejection. */
export type EntryResult = { record: UsageRecord } | { rejected: Rejection } | undefined;

const MAIN = 'main';
const SYNTHETIC = '<synthetic>';
const SEMVER_PREFIX = /^\d+\.\d+\.\d/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A whole, non-negative token count that a double holds exactly. */
function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

/** Present and a non-empty string → the string; absent → undefined; anything else → false (reject). */
function optionalId(o: Obj, key: string): string | undefined | false {
  if (!(key in o)) return undefined;
  const v = o[key];
  return typeof v === 'string' && v.length > 0 ? v : false;
}

function usageTokens(u: Obj): Tokens | Rejection {
  for (const k of ['cache_read_input_tokens', 'cache_creation_input_tokens'])
    if (k in u && u[k] === null) return 'null-field';
  const input = count(u.input_tokens);
  const output = count(u.output_tokens);
  if (input === undefined || output === undefined) return 'bad-usage';
  const cacheRead = 'cache_read_input_tokens' in u ? count(u.cache_read_input_tokens) : 0;
  const cacheCreation = 'cache_creation_input_tokens' in u ? count(u.cache_creation_input_tokens) : 0;
  if (cacheRead === undefined || cacheCreation === undefined) return 'bad-usage';
  let w5 = cacheCreation;
  let w1 = 0;
  const split = u.cache_creation;
  if (isObj(split) && ('ephemeral_5m_input_tokens' in split || 'ephemeral_1h_input_tokens' in split)) {
    const a = 'ephemeral_5m_input_tokens' in split ? count(split.ephemeral_5m_input_tokens) : 0;
    const b = 'ephemeral_1h_input_tokens' in split ? count(split.ephemeral_1h_input_tokens) : 0;
    if (a === undefined || b === undefined) return 'bad-usage';
    w5 = a;
    w1 = b;
  }
  return { input, output, cache_write_5m: w5, cache_write_1h: w1, cache_read: cacheRead };
}

/** One transcript entry (already JSON-parsed) → its usage record, a rejection, or undefined when it has no usage. */
export function usageFromEntry(entry: unknown, source: EntrySource): EntryResult {
  if (!isObj(entry)) return { rejected: 'not-object' };
  const message = entry.message;
  if (!isObj(message) || !('usage' in message)) return undefined;
  if (!isObj(message.usage)) return { rejected: 'no-usage' };
  for (const k of ['sessionId', 'requestId', 'version', 'costUSD', 'isApiErrorMessage'])
    if (k in entry && entry[k] === null) return { rejected: 'null-field' };
  for (const k of ['id', 'model']) if (k in message && message[k] === null) return { rejected: 'null-field' };
  if ('speed' in message.usage && message.usage.speed === null) return { rejected: 'null-field' };
  const tokens = usageTokens(message.usage);
  if (typeof tokens === 'string') return { rejected: tokens };
  const timestamp = typeof entry.timestamp === 'string' ? entry.timestamp : undefined;
  const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
  if (timestamp === undefined || Number.isNaN(time)) return { rejected: 'bad-timestamp' };
  if ('version' in entry && (typeof entry.version !== 'string' || !SEMVER_PREFIX.test(entry.version)))
    return { rejected: 'bad-version' };
  const sessionId = optionalId(entry, 'sessionId');
  const requestId = optionalId(entry, 'requestId');
  const messageId = optionalId(message, 'id');
  const model = optionalId(message, 'model');
  if (sessionId === false || requestId === false || messageId === false || model === false)
    return { rejected: 'empty-id' };
  const fast = message.usage.speed === 'fast';
  const record: UsageRecord = {
    session: source.sessionId,
    keySession: sessionId ?? source.sessionId,
    agent: source.agentId ?? MAIN,
    timestamp,
    time,
    sidechain: entry.isSidechain === true,
    fast,
    tokens,
  };
  if (model !== undefined && model !== SYNTHETIC) record.model = fast ? `${model}-fast` : model;
  if (messageId !== undefined) record.messageId = messageId;
  if (requestId !== undefined) record.requestId = requestId;
  return { record };
}

/** What adding a record did: a new response, one that replaced an earlier copy, or a copy not kept. */
export type DedupeOutcome =
  | { kind: 'added'; record: UsageRecord }
  | { kind: 'replaced'; record: UsageRecord; previous: UsageRecord }
  | { kind: 'duplicate'; record: UsageRecord };

/** One response kept: the copy counted, and every request id a copy of it was seen under. */
export interface Slot {
  record: UsageRecord;
  requestIds: Array<string | null>;
}

/**
 * Where the deduper keeps its slots, by message id + session: in memory for one
 * run (the default), or on disk between turns (hook/cost-live.ts), so the live
 * tracker reads only the slots of the messages a turn wrote.
 */
export interface SlotStore {
  get(messageKey: string): Slot[] | undefined;
  /** Called after a slot list for `messageKey` was created or changed. */
  set(messageKey: string, slots: Slot[]): void;
}

export function memorySlotStore(): SlotStore {
  const map = new Map<string, Slot[]>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v) };
}

/** The key a record's slots are kept under: message id and session (undefined without a message id). */
export function messageKeyOf(record: UsageRecord): string | undefined {
  return record.messageId === undefined ? undefined : JSON.stringify([record.messageId, record.keySession]);
}

/**
 * Counts each API response once, across every transcript fed to it (a resumed
 * session copies earlier responses into its new file). Memory: one small
 * entry per distinct response, in `store`.
 */
export class UsageDeduper {
  constructor(private readonly store: SlotStore = memorySlotStore()) {}

  add(record: UsageRecord): DedupeOutcome {
    const messageKey = messageKeyOf(record);
    if (messageKey === undefined) return { kind: 'added', record };
    const requestId = record.requestId ?? null;
    const slots = this.store.get(messageKey) ?? [];
    // Same request id: a streaming copy. Same time with a sidechain on either side: a `/btw` replay.
    const slot =
      slots.find((s) => s.requestIds.includes(requestId)) ??
      slots.find((s) => s.record.time === record.time && (record.sidechain || s.record.sidechain));
    if (!slot) {
      slots.push({ record, requestIds: [requestId] });
      this.store.set(messageKey, slots);
      return { kind: 'added', record };
    }
    if (!replaces(record, slot.record)) return { kind: 'duplicate', record };
    // One slot per response: every request id that found the old copy now finds this one.
    const previous = slot.record;
    slot.record = record;
    if (!slot.requestIds.includes(requestId)) slot.requestIds.push(requestId);
    this.store.set(messageKey, slots);
    return { kind: 'replaced', record, previous };
  }
}

function replaces(candidate: UsageRecord, existing: UsageRecord): boolean {
  if (candidate.sidechain !== existing.sidechain) return existing.sidechain;
  const a = tokenTotal(candidate.tokens);
  const b = tokenTotal(existing.tokens);
  if (a !== b) return a > b;
  return candidate.fast && !existing.fast;
}

/** `agent-<id>.jsonl` → `<id>`; undefined for any other name. */
export function subagentIdFromFile(name: string): string | undefined {
  const m = /^agent-([A-Za-z0-9_-]{1,128})\.jsonl$/.exec(name);
  return m?.[1];
}
