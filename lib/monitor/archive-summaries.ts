/**
 * The rotated archives' history state, each computed once and kept beside
 * its archive (events/archive-sidecar.ts), merged in log order: the Summary
 * (summary-state.ts), the per-session trends, the sessions cost is looked up
 * for, and the few events the cost and DB-check readers replay. An archive
 * whose sidecar is missing, stale (size, mtime, inode or device changed) or
 * refused is read once more and its sidecar rewritten. The caller then reads
 * the files that are left (recent archives, the live log) as before.
 *
 * The oldest archives never change, so they are also kept folded into one
 * state naming the chain it covers (archive-sidecar.ts `readChainState`): a
 * run parses and merges that one state instead of one per archive, however
 * many archives there are, plus the states of archives rotated since, which
 * it then folds into a new chain state. A chain an archive no longer matches
 * (pruned, touched, replaced) is refused whole and rebuilt from the archives'
 * own states; merging a folded state gives what merging its parts one by one
 * gives (the tests compare both with a whole read).
 */
import { readChainState, readSidecar, writeChainState, writeSidecar } from '../events/archive-sidecar.ts';
import { parseEventLine, type TwoLEvent } from '../events/format.ts';
import { statLogFiles, type LogFile } from '../events/log-files.ts';
import { stateDir } from '../events/project-dir.ts';
import { newStreamStats, streamFileBatches } from '../events/stream.ts';
import { CostContext } from './cost-collect.ts';
import { Summary } from './summary.ts';
import { parseSummaryState, type SummaryState } from './summary-state.ts';
import { isTrendsState, SessionTrends, type TrendsState } from './trends.ts';

/** The sidecar kind: `/2l-status` keeps events as logged; the dashboard as its page shows them (capped). */
export type HistoryKind = 'status' | 'dashboard';
/** Events the cost reader (phases, agent types, live cost) and the DB-check judge need one by one. */
const COST_REPLAY = new Set(['cost_update', 'phase_change', 'plan_complete', 'agent_start']);
const OPS_REPLAY = new Set(['db_check', 'dashboard_start']);
const MAX_REPLAY = 50_000;
const MAX_REPLAY_LINE = 64 * 1024;
const MAX_COST_SESSIONS = 100_000;

export interface HistoryState {
  summary: SummaryState;
  trends: TrendsState;
  costSessions: string[];
  costCut: boolean;
  replay: string[];
}

/** What archives are merged into; each reader is optional but the summary. */
export interface HistoryTargets {
  summary: Summary;
  trends?: SessionTrends;
  /** Cost readers (the cost view, the budget judge): each gets the sessions and the cost events. */
  costs?: CostContext[];
  /** DB-check and dashboard-start readers. */
  ops?: Array<{ add(e: TwoLEvent): void }>;
}

export interface MergedArchives {
  /** Archives merged (from their sidecar, or read and kept now), oldest first. */
  merged: LogFile[];
  /** Of those, merged from the one cumulative state of the oldest archives. */
  chained: number;
  /** Of those, merged from a kept state (the cumulative one or their own) without reading the archive. */
  reused: number;
  /** Read now, and their sidecar written. */
  built: number;
  /** Read now, and their state could not be kept (too big, or the write failed): read again next time. */
  unkept: number;
  bytesRead: number;
  events: number;
  malformed: number;
}

export function parseHistoryState(v: unknown): HistoryState | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const h = v as Partial<Record<keyof HistoryState, unknown>>;
  const summary = parseSummaryState(h.summary);
  const text = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
  if (!summary || !Array.isArray(h.trends) || typeof h.costCut !== 'boolean') return undefined;
  if (!Array.isArray(h.costSessions) || h.costSessions.length > MAX_COST_SESSIONS) return undefined;
  if (!h.costSessions.every((s) => text(s, 4096))) return undefined;
  if (!Array.isArray(h.replay) || h.replay.length > MAX_REPLAY) return undefined;
  if (!h.replay.every((l) => text(l, MAX_REPLAY_LINE))) return undefined;
  return {
    summary,
    trends: h.trends as TrendsState,
    costSessions: h.costSessions,
    costCut: h.costCut,
    replay: h.replay,
  };
}

/** Every event of archive `f` into `summary` and `each`, unreadable lines counted; the bytes read. */
async function eachEvent(f: LogFile, summary: Summary, each: (e: TwoLEvent) => void): Promise<number> {
  const read = newStreamStats();
  const batches = streamFileBatches([f.path], {
    stats: read,
    maxLineBytes: 4 << 20,
    onBadLine: () => summary.addMalformed(),
  });
  for await (const batch of batches) for (const e of batch) each(e);
  return read.bytes;
}

/** Fresh readers fed one stretch of the log, event by event; its state once the stretch is done. */
export class HistoryBuilder {
  readonly summary = new Summary({ record: true });
  private readonly trends = new SessionTrends();
  private readonly cost = new CostContext();
  private replay: string[] | undefined = [];

  constructor(private readonly clean: (e: TwoLEvent) => TwoLEvent = (e) => e) {}

  add(e: TwoLEvent): void {
    this.summary.add(this.clean(e));
    this.trends.add(e);
    this.cost.add(e);
    if (this.replay && (COST_REPLAY.has(e.event_type) || OPS_REPLAY.has(e.event_type))) {
      const line = JSON.stringify(e);
      if (this.replay.length >= MAX_REPLAY || line.length > MAX_REPLAY_LINE) this.replay = undefined;
      else this.replay.push(line);
    }
  }

  /** The stretch's state; undefined when it cannot be kept (too many stateful events). */
  state(): HistoryState | undefined {
    const s = this.summary.toState();
    if (!s || !this.replay) return undefined;
    return {
      summary: s,
      trends: this.trends.toState(),
      costSessions: [...this.cost.sessions],
      costCut: this.cost.sessionsCut,
      replay: this.replay,
    };
  }
}

/** One archive read whole into fresh readers; its state, undefined when it cannot be kept. */
async function build(
  f: LogFile,
  into: MergedArchives,
  clean?: (e: TwoLEvent) => TwoLEvent,
): Promise<HistoryState | undefined> {
  const b = new HistoryBuilder(clean);
  into.bytesRead += await eachEvent(f, b.summary, (e) => b.add(e));
  return b.state();
}

/** Apply a checked state; false, with every target unchanged, when one of its parts is refused. */
export function applyHistory(state: HistoryState, t: HistoryTargets): boolean {
  // The trends are checked first and the summary merges all or nothing, so a refused part changes no reader.
  if (!isTrendsState(state.trends) || !t.summary.mergeState(state.summary)) return false;
  t.trends?.mergeState(state.trends);
  for (const cost of t.costs ?? []) {
    for (const id of state.costSessions) {
      if (cost.sessions.size < MAX_COST_SESSIONS) cost.sessions.add(id);
      else if (!cost.sessions.has(id)) cost.sessionsCut = true;
    }
    if (state.costCut) cost.sessionsCut = true;
  }
  for (const line of state.replay) {
    const e = parseEventLine(line);
    if (!e) continue;
    if (COST_REPLAY.has(e.event_type)) for (const cost of t.costs ?? []) cost.add(e);
    if (OPS_REPLAY.has(e.event_type)) for (const ops of t.ops ?? []) ops.add(e);
  }
  return true;
}

/** Every event of one archive into the targets, as a whole read would (a state that could not be kept). */
async function readInto(
  f: LogFile,
  t: HistoryTargets,
  into: MergedArchives,
  clean: (e: TwoLEvent) => TwoLEvent = (e) => e,
): Promise<void> {
  into.bytesRead += await eachEvent(f, t.summary, (e) => {
    t.summary.add(clean(e));
    t.trends?.add(e);
    for (const cost of t.costs ?? []) cost.add(e);
    if (OPS_REPLAY.has(e.event_type)) for (const ops of t.ops ?? []) ops.add(e);
  });
}

/**
 * States of consecutive stretches, oldest first, folded into the one state of
 * them all, as merging them one by one would have it; undefined when one is
 * refused or the whole is more than a state keeps. Consumes the states.
 */
export function combineHistory(states: readonly HistoryState[]): HistoryState | undefined {
  const summary = new Summary({ record: true });
  const trends = new SessionTrends();
  const costSessions = new Set<string>();
  let costCut = false;
  const replay: string[] = [];
  for (const st of states) {
    for (const id of st.costSessions) {
      if (costSessions.size < MAX_COST_SESSIONS) costSessions.add(id);
      else if (!costSessions.has(id)) costCut = true;
    }
    if (st.costCut) costCut = true;
    if (replay.length + st.replay.length > MAX_REPLAY) return undefined;
    replay.push(...st.replay);
    if (!applyHistory(st, { summary, trends })) return undefined;
  }
  const s = summary.toState();
  return s && { summary: s, trends: trends.toState(), costSessions: [...costSessions], costCut, replay };
}

/**
 * Merge the archives of `projectDir` last written before `before` (ms; all by
 * default) into `targets`, which have seen nothing yet, oldest first; stops at
 * the first archive written later, which the caller reads with the live log.
 * The oldest come from their one cumulative state while its chain still
 * matches; the archives after it from their own, and the cumulative state is
 * then kept again for them all. `onArchive` gets the bytes covered so far.
 */
export async function mergeArchiveSummaries(
  projectDir: string,
  targets: HistoryTargets,
  opts: {
    before?: number;
    onArchive?: (bytes: number) => void;
    /** Which sidecar (default `status`); `clean` is what the summary is fed (the dashboard's capped events). */
    kind?: HistoryKind;
    clean?: (e: TwoLEvent) => TwoLEvent;
  } = {},
): Promise<MergedArchives> {
  const kind = opts.kind ?? 'status';
  const out: MergedArchives = {
    merged: [],
    chained: 0,
    reused: 0,
    built: 0,
    unkept: 0,
    bytesRead: 0,
    events: 0,
    malformed: 0,
  };
  const before = opts.before ?? Number.POSITIVE_INFINITY;
  const files: LogFile[] = [];
  for (const f of statLogFiles(projectDir)) {
    if (!f.archive || !f.regular || f.foreign || f.mtimeMs >= before) break;
    files.push(f);
  }
  if (files.length === 0) return out;
  let done = 0;
  const covered = (list: LogFile[], eventsBefore: number, malformedBefore: number) => {
    out.merged.push(...list);
    out.events += targets.summary.events - eventsBefore;
    out.malformed += targets.summary.malformed - malformedBefore;
    for (const f of list) done += f.bytes;
    opts.onArchive?.(done);
  };
  // The chain's state, copied first when newer archives will be folded into it (merging consumes a state).
  const chain = readChainState(stateDir(projectDir), files, kind, parseHistoryState);
  let base: HistoryState | undefined;
  if (chain) {
    const copy = chain.count < files.length ? structuredClone(chain.payload) : undefined;
    const [eventsBefore, malformedBefore] = [targets.summary.events, targets.summary.malformed];
    if (applyHistory(chain.payload, targets)) {
      base = copy;
      out.chained = out.reused = chain.count;
      covered(files.slice(0, chain.count), eventsBefore, malformedBefore);
    }
  }
  // Kept for a new chain state only while every archive after the chain has a state.
  let fresh: HistoryState[] | undefined = out.chained === 0 || base ? [] : undefined;
  for (const f of files.slice(out.chained)) {
    const eventsBefore = targets.summary.events;
    const malformedBefore = targets.summary.malformed;
    const kept = readSidecar(f, kind, parseHistoryState);
    const copy = fresh && kept ? structuredClone(kept) : undefined;
    if (kept && applyHistory(kept, targets)) {
      out.reused++;
      fresh?.push(copy!);
    } else {
      const state = await build(f, out, opts.clean);
      // Written before it is applied: merging hands the state's arrays to the readers, which grow them.
      const written = state !== undefined && writeSidecar(f, kind, state);
      if (state) fresh?.push(structuredClone(state));
      // A state made here from the file is well-formed, so it applies.
      if (state && applyHistory(state, targets)) {
        if (written) out.built++;
        else out.unkept++;
      } else {
        out.unkept++;
        fresh = undefined;
        await readInto(f, targets, out, opts.clean);
      }
    }
    covered([f], eventsBefore, malformedBefore);
  }
  if (fresh && fresh.length > 0) {
    const all = combineHistory(base ? [base, ...fresh] : fresh);
    if (all) writeChainState(files, kind, all);
  }
  return out;
}
