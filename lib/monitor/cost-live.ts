/**
 * Live cost tracking, once per turn (Stop, SubagentStop, SessionEnd), in the
 * background collector: reads only the bytes the session's transcripts gained
 * (transcript/reader.ts, a cursor per file), counts each response once
 * (transcript/usage.ts, its slots kept on disk per message, so a turn reads
 * only the slots of the messages it saw), and writes one `cost_update` with
 * the turn's delta and the session's cumulative figures (cost-turn.ts), plus a
 * `performance_alert` when a budget is crossed.
 *
 * State lives in the private runtime folder (hook/claims.ts's design):
 * `<rt>/cost/<session>/state.json` (cursors, running figures, a journal of the
 * slot files the last turn changed) and `m-<hash>.json` (slots), and
 * `<rt>/cost/day-<project hash>.json` (today's dollars). One lock per project
 * serialises racing collectors and loggers, so each byte is counted once.
 * Ordering: slots and figures are saved (journalled) before the event is
 * appended, so a kill in between loses that one event's delta, never counts
 * twice; the next event's cumulative figures are right either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathKey, readNew, transcriptFiles, type Cursor } from '../transcript/reader.ts';
import {
  UsageDeduper,
  subagentIdFromFile,
  usageFromEntry,
  type EntrySource,
  type Slot,
  type SlotStore,
  type UsageRecord,
} from '../transcript/usage.ts';
import { appendToLog, serialise } from '../events/writer.ts';
import { stateDir } from '../events/project-dir.ts';
import type { TwoLEvent } from '../events/format.ts';
import { READ_FLAGS, ensurePrivateDir, readRegularText } from '../shared/safe-fs.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { waitForStateLock } from '../shared/state-lock.ts';
import { localDate } from '../shared/duration.ts';
import { loadCostConfig, type CostConfig } from './cost-config.ts';
import {
  applyOutcome,
  budgetAlertEvent,
  budgetCrossings,
  costUpdateEvent,
  emptySessionCost,
  figuresDelta,
  sameFigures,
  type SessionCost,
  type TurnInput,
} from './cost-turn.ts';

/** Hook events after which a turn's cost is written. */
export const COST_AT = new Set(['Stop', 'SubagentStop', 'SessionEnd']);

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** As /2l-status: a usage line can carry a large content block; past this a line is skipped and counted. */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
/** Per turn; a transcript that grew more than this is caught up over the next turns. */
const MAX_TURN_BYTES = 64 * 1024 * 1024;
const SLOT_FILE_MAX = 1024 * 1024;
const STATE_FILE_MAX = 4 * 1024 * 1024;

export interface TrackOptions {
  project: string;
  /** `transcript_path` of the payload: the session's main transcript. */
  transcriptPath: string;
  hook: string;
  runtime: string | undefined;
  config: CostConfig;
  now?: () => Date;
  lockTimeoutMs?: number;
  onWarning?: (message: string) => void;
}

interface State {
  v: 1;
  cursors: Record<string, Cursor>;
  /** A fingerprint of each file's first bytes: a file replaced under a reused inode number is told apart. */
  heads?: Record<string, string>;
  cost: SessionCost;
  turns: number;
  /** Slot files as the last turn left them: written again at load, so a kill mid-save loses none. */
  journal?: Record<string, string>;
}

interface Day {
  date: string;
  usd: number;
}

/** Our own state in the private runtime folder; anything unreadable, too big or not a regular file is absent. */
function readJson<T>(file: string, max: number): T | undefined {
  try {
    const text = readRegularText(file, max);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

const writeAtomic = (file: string, text: string): void =>
  atomicWriteFileSync(file, text, { mode: 0o600, keepMode: false });

/** A fingerprint of the file's first `size` bytes (`<n>:<hash>`); '' when it cannot be read as a regular file. */
function headOf(file: string, size = 512): string {
  try {
    const fd = fs.openSync(file, READ_FLAGS);
    try {
      if (!fs.fstatSync(fd).isFile()) return '';
      const buf = Buffer.alloc(size);
      const n = fs.readSync(fd, buf, 0, size, 0);
      return `${n}:${pathKey(buf.toString('latin1', 0, n))}`;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Slots on disk, one file per message (hashed name, the key inside so a collision is told apart). */
class DiskSlots implements SlotStore {
  private readonly cache = new Map<string, Array<[string, Slot[]]>>();
  readonly dirty = new Set<string>();

  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return `m-${pathKey(key)}.json`;
  }

  private entries(name: string): Array<[string, Slot[]]> {
    let e = this.cache.get(name);
    if (!e) {
      e = readJson<Array<[string, Slot[]]>>(path.join(this.dir, name), SLOT_FILE_MAX) ?? [];
      if (!Array.isArray(e)) e = [];
      this.cache.set(name, e);
    }
    return e;
  }

  get(key: string): Slot[] | undefined {
    return this.entries(this.file(key)).find(([k]) => k === key)?.[1];
  }

  set(key: string, slots: Slot[]): void {
    const name = this.file(key);
    const e = this.entries(name);
    const i = e.findIndex(([k]) => k === key);
    if (i === -1) e.push([key, slots]);
    else e[i] = [key, slots];
    this.dirty.add(name);
  }

  journal(): Record<string, string> {
    return Object.fromEntries([...this.dirty].map((n) => [n, JSON.stringify(this.cache.get(n))]));
  }
}

function writeJournal(dir: string, journal: Record<string, string> | undefined): void {
  for (const [name, text] of Object.entries(journal ?? {}))
    if (/^m-[0-9a-f]{16}\.json$/.test(name)) writeAtomic(path.join(dir, name), text);
}

/** JSON of records keeps no `time`: it is derived from the timestamp again. */
function revive(store: DiskSlots): SlotStore {
  return {
    get: (k) => {
      const slots = store.get(k);
      for (const s of slots ?? []) s.record.time = Date.parse(s.record.timestamp);
      return slots;
    },
    set: (k, v) => store.set(k, v),
  };
}

/**
 * Track one turn of the session whose transcript is `transcriptPath`; returns
 * the events written (none when the turn used no API, or another process
 * held the lock past the timeout: the next turn catches up).
 */
export async function trackTurnCost(opts: TrackOptions): Promise<TwoLEvent[]> {
  const rt = opts.runtime;
  const main = opts.transcriptPath;
  // A subagent's own transcript is read with its session's, never as a session of its own.
  if (!rt || !path.isAbsolute(main) || !main.endsWith('.jsonl') || path.basename(path.dirname(main)) === 'subagents')
    return [];
  const session = path.basename(main, '.jsonl');
  if (!SAFE_ID.test(session)) return [];
  const now = opts.now ?? (() => new Date());
  const root = path.join(rt, 'cost');
  ensurePrivateDir(root);
  const lock = path.join(root, `${pathKey(opts.project)}.lock`);
  if (!(await waitForStateLock(lock, { staleMs: 60_000, timeoutMs: opts.lockTimeoutMs ?? 15_000, planted: 'remove' })))
    return [];
  try {
    const dir = path.join(root, session);
    ensurePrivateDir(dir);
    const stateFile = path.join(dir, 'state.json');
    const loaded = readJson<State>(stateFile, STATE_FILE_MAX);
    const state: State =
      loaded && loaded.v === 1 && loaded.cost ? loaded : { v: 1, cursors: {}, cost: emptySessionCost(), turns: 0 };
    writeJournal(dir, state.journal);
    const before = structuredClone(state.cost);
    const slots = new DiskSlots(dir);
    const deduper = new UsageDeduper(revive(slots));
    const input: TurnInput = {
      files: 0,
      bytes: 0,
      skipped_lines: 0,
      rejected: {},
      duplicates: 0,
      restarted: [],
      refused: [],
    };
    const cursors: Record<string, Cursor> = {};
    const heads: Record<string, string> = {};
    for (const file of transcriptFiles(main, false, now().getTime())) {
      const agentId = file === main ? undefined : subagentIdFromFile(path.basename(file));
      if (file !== main && agentId === undefined) continue;
      const source: EntrySource = agentId ? { sessionId: session, agentId } : { sessionId: session };
      const head = headOf(file);
      const savedHead = state.heads?.[file];
      const known = state.cursors[file];
      // Other first bytes than last turn (over as many bytes as it had then): replaced, maybe under a reused inode.
      const replaced =
        known !== undefined &&
        savedHead !== undefined &&
        headOf(file, Number(savedHead.split(':')[0]) || 0) !== savedHead;
      const saved = replaced ? undefined : known;
      const { records, cursor, skipped } = readNew(file, saved, {
        maxLineBytes: MAX_LINE_BYTES,
        maxBytes: MAX_TURN_BYTES,
      });
      if (!cursor) {
        if (input.refused.length < 20) input.refused.push(file);
        continue;
      }
      cursors[file] = cursor;
      heads[file] = head;
      input.files++;
      input.bytes += cursor.offset - (records[0]?.offset ?? cursor.offset);
      input.skipped_lines += skipped;
      const restarted =
        replaced ||
        (saved &&
          (saved.dev !== cursor.dev ||
            saved.ino !== cursor.ino ||
            (records[0]?.offset ?? saved.offset) < saved.offset));
      if (restarted && input.restarted.length < 20) input.restarted.push(file);
      for (const r of records) {
        const u = usageFromEntry(r.value, source);
        if (u === undefined) continue;
        if ('rejected' in u) {
          input.rejected[u.rejected] = (input.rejected[u.rejected] ?? 0) + 1;
          continue;
        }
        const outcome = deduper.add(u.record as UsageRecord);
        if (outcome.kind === 'duplicate') input.duplicates++;
        applyOutcome(state.cost, outcome, opts.config.prices);
      }
    }
    const t = now();
    const today = localDate(t);
    const dayFile = path.join(root, `day-${pathKey(opts.project)}.json`);
    const savedDay = readJson<Day>(dayFile, 4096);
    const day: Day =
      savedDay && savedDay.date === today && Number.isFinite(savedDay.usd) ? savedDay : { date: today, usd: 0 };
    const delta = figuresDelta(state.cost.totals, before.totals);
    const changed = !sameFigures(state.cost.totals, before.totals);
    const dayBefore = day.usd;
    day.usd += state.cost.totals.usd - before.totals.usd;
    // Figures and slots first (journalled in one rename), then the event: a kill in between never counts twice.
    const journal = slots.journal();
    const next: State = {
      v: 1,
      cursors: { ...state.cursors, ...cursors },
      heads: { ...state.heads, ...heads },
      cost: state.cost,
      turns: state.turns + (changed ? 1 : 0),
      journal,
    };
    writeAtomic(stateFile, JSON.stringify(next));
    writeJournal(dir, journal);
    if (changed) writeAtomic(dayFile, JSON.stringify(day));
    const events: TwoLEvent[] = [];
    const noted = input.skipped_lines + input.restarted.length + Object.keys(input.rejected).length > 0;
    if (changed || noted)
      events.push(
        costUpdateEvent(session, opts.hook, { turn: next.turns, delta, cumulative: state.cost, day, input }, t),
      );
    for (const c of budgetCrossings(
      session,
      { session_usd: before.totals.usd, day_usd: dayBefore },
      { session_usd: state.cost.totals.usd, day_usd: day.usd },
      opts.config.budgets,
    ))
      events.push(budgetAlertEvent(c, today, t));
    if (events.length > 0)
      appendToLog(stateDir(opts.project), Buffer.concat(events.map(serialise)), { onWarning: opts.onWarning });
    return events;
  } finally {
    try {
      fs.rmdirSync(lock);
    } catch {
      /* taken over as stale: the other run removes it */
    }
  }
}

/**
 * One turn-ending hook's cost tracking, priced and budgeted by the project's
 * `.2L/config.yaml`: what the collector and the per-event logger run at Stop,
 * SubagentStop and SessionEnd (hook/log-payload.ts's `TurnCost`).
 */
export function trackHookTurn(args: {
  project: string;
  transcriptPath: string;
  hook: string;
  /** The moment of the hook call: the event's time, and the day its dollars count for. */
  at: Date;
  runtime: string | undefined;
  record: (message: string) => void;
}): Promise<TwoLEvent[]> {
  const { project, transcriptPath, hook, at, runtime, record } = args;
  const { config, errors } = loadCostConfig(project);
  for (const e of errors.slice(0, 3)) record(`cost config: ${e}`);
  return trackTurnCost({ project, transcriptPath, hook, runtime, config, onWarning: record, now: () => at });
}
