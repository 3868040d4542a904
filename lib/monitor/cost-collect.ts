/**
 * Tokens and cost for `/2l-status`: a session with `cost_update` events (the
 * hook side tracks them per turn, monitor/cost-live.ts) is taken from its
 * newest cumulative figures (monitor/cost-events.ts); the others (logged
 * before live tracking, or with no private runtime folder) are read on demand:
 * the sessions named in the event log → their transcripts under Claude Code's
 * config folder (main file and `subagents/agent-*.jsonl`) → usage records →
 * the cost model. `--since` always reads transcripts: the figures before the
 * cut-off are not in the part of the log it reads.
 *
 * An on-demand read takes each transcript whole, once per run.
 * Transcripts are Claude Code's own files, but the session ids that name them
 * come from a log the repository can write: ids are checked before they become
 * paths, nothing is followed through a link, and every line is capped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileLines, newStreamStats } from '../events/stream.ts';
import { errorCode } from '../shared/errors.ts';
import { openRegular, READ_FLAGS, readRegularText } from '../shared/safe-fs.ts';
import {
  subagentIdFromFile,
  usageFromEntry,
  UsageDeduper,
  type EntryResult,
  type EntrySource,
} from '../transcript/usage.ts';
import { CostModel, type CostSnapshot, type PhaseMark } from './cost.ts';
import type { CostConfig } from './cost-config.ts';
import type { TwoLEvent } from '../events/format.ts';
import { CostUpdates } from './cost-events.ts';

/** A session id as Claude Code makes them (a UUID); anything else never becomes a path. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** Lines past this are dropped whole and counted (a 100 MB tool result must not be held). */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
/** Sessions looked up per run; a log naming more is cut here and says so. */
const MAX_SESSIONS = 5000;
const MAX_PROJECT_DIRS = 20_000;
const MAX_SUBAGENT_FILES = 5000;
const MAX_DIR_ENTRIES = 200_000;

export interface UsageInputStats {
  /** Transcript files read, and their bytes. */
  files: number;
  bytes: number;
  /** Sessions of the log with no transcript found (at most 20 named). */
  missing_sessions: number;
  missing_examples: string[];
  lines: number;
  /** Usage entries kept / merged into another copy of the same response. */
  records: number;
  duplicates: number;
  /** Entries with usage that could not be counted, by reason. */
  rejected: Record<string, number>;
  malformed: number;
  /** A last line without its newline (still being written, or cut off). */
  truncated: number;
  oversized: number;
  /** Files or folders not read (a link, not a regular file, unreadable), at most 20. */
  refused: string[];
  /** Sessions whose figures came from their `cost_update` events, not from transcripts. */
  live_sessions: number;
  /** Of `files`, those unchanged since a long-lived reader last read them, not read again (TranscriptCache). */
  cached_files: number;
}

export function newUsageInputStats(): UsageInputStats {
  return {
    files: 0,
    bytes: 0,
    missing_sessions: 0,
    missing_examples: [],
    lines: 0,
    records: 0,
    duplicates: 0,
    rejected: {},
    malformed: 0,
    truncated: 0,
    oversized: 0,
    refused: [],
    live_sessions: 0,
    cached_files: 0,
  };
}

/** What the event log says that the cost model needs: sessions, phases, agent types. */
export class CostContext {
  readonly sessions = new Set<string>();
  readonly phases: PhaseMark[] = [];
  readonly agentTypes = new Map<string, string>();
  readonly live = new CostUpdates();
  sessionsCut = false;

  add(e: TwoLEvent): void {
    this.live.add(e);
    if (e.session_id) {
      if (this.sessions.size < MAX_SESSIONS) this.sessions.add(e.session_id);
      else if (!this.sessions.has(e.session_id)) this.sessionsCut = true;
    }
    if (e.event_type === 'phase_change' || e.event_type === 'plan_complete') {
      const time = Date.parse(e.timestamp);
      const phase = e.event_type === 'plan_complete' ? 'unknown' : e.phase !== 'unknown' ? e.phase : e.data;
      if (!Number.isNaN(time)) this.phases.push({ time, phase: phase.slice(0, 120) || 'unknown' });
    }
    if (e.event_type === 'agent_start' && e.agent_type && e.agent_id && this.agentTypes.size < 100_000)
      this.agentTypes.set(e.agent_id, e.agent_type);
  }
}

/** Claude Code's config folder, as Claude Code picks it: `CLAUDE_CONFIG_DIR`, else `~/.claude`. */
export function claudeConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.CLAUDE_CONFIG_DIR;
  return dir && path.isAbsolute(dir) ? dir : path.join(env.HOME || os.homedir(), '.claude');
}

function isRealDir(p: string): boolean {
  const st = fs.lstatSync(p, { throwIfNoEntry: false });
  return st !== undefined && st.isDirectory();
}

/**
 * The transcripts of `sessions`, sorted by path as ccusage reads them:
 * `projects/<any>/<id>.jsonl` and `projects/<any>/<id>/subagents/agent-*.jsonl`.
 */
export function findTranscripts(
  configDir: string,
  sessions: Iterable<string>,
  stats: UsageInputStats,
): Array<{ file: string; source: EntrySource; agentType?: string }> {
  const projects = path.join(configDir, 'projects');
  const wanted = [...sessions].filter((s) => SESSION_ID.test(s));
  const found = new Set<string>();
  const out: Array<{ file: string; source: EntrySource; agentType?: string }> = [];
  let dirs: string[] = [];
  if (isRealDir(projects)) {
    try {
      dirs = fs.readdirSync(projects).slice(0, MAX_PROJECT_DIRS);
    } catch {
      refuse(stats, projects);
    }
  }
  const want = new Set(wanted);
  // One listing per project folder, matched against the ids: never ids × folders lookups.
  for (const d of dirs) {
    const dir = path.join(projects, d);
    if (!isRealDir(dir)) continue;
    let entries: string[];
    try {
      entries = fs.readdirSync(dir).slice(0, MAX_DIR_ENTRIES);
    } catch {
      refuse(stats, dir);
      continue;
    }
    for (const name of entries) {
      const id = name.endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : name;
      if (!want.has(id)) continue;
      if (name !== id) {
        out.push({ file: path.join(dir, name), source: { sessionId: id } });
        found.add(id);
        continue;
      }
      const sub = path.join(dir, id, 'subagents');
      if (!isRealDir(path.join(dir, id)) || !isRealDir(sub)) continue;
      let names: string[] = [];
      try {
        names = fs.readdirSync(sub).slice(0, MAX_SUBAGENT_FILES);
      } catch {
        refuse(stats, sub);
      }
      for (const file of names) {
        const agentId = subagentIdFromFile(file);
        if (agentId === undefined) continue;
        const agentType = subagentType(path.join(sub, `agent-${agentId}.meta.json`));
        out.push({
          file: path.join(sub, file),
          source: { sessionId: id, agentId },
          ...(agentType ? { agentType } : {}),
        });
        found.add(id);
      }
    }
  }
  for (const id of wanted)
    if (!found.has(id)) {
      stats.missing_sessions++;
      if (stats.missing_examples.length < 20) stats.missing_examples.push(id);
    }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `agentType` from Claude Code's `agent-<id>.meta.json` beside a subagent transcript, if it says. */
function subagentType(file: string): string | undefined {
  try {
    const meta = JSON.parse(readRegularText(file, 64 * 1024) ?? 'null') as { agentType?: unknown } | null;
    return typeof meta?.agentType === 'string' && meta.agentType !== '' ? meta.agentType.slice(0, 120) : undefined;
  } catch {
    return undefined;
  }
}

function refuse(stats: UsageInputStats, file: string): void {
  if (stats.refused.length < 20) stats.refused.push(file);
}

/** One parsed transcript entry into the deduper and the model; the seam the incremental reader will use. */
export function ingestEntry(
  entry: unknown,
  source: EntrySource,
  deduper: UsageDeduper,
  model: CostModel,
  stats: UsageInputStats,
  since?: number,
): EntryResult {
  const r = usageFromEntry(entry, source);
  ingestResult(r, deduper, model, stats, since);
  return r;
}

function ingestResult(
  r: EntryResult,
  deduper: UsageDeduper,
  model: CostModel,
  stats: UsageInputStats,
  since?: number,
): void {
  if (r === undefined) return;
  if ('rejected' in r) {
    stats.rejected[r.rejected] = (stats.rejected[r.rejected] ?? 0) + 1;
    return;
  }
  const outcome = deduper.add(r.record);
  if (outcome.kind === 'added') stats.records++;
  else stats.duplicates++;
  // Records before --since still go through the deduper, so a later copy is not counted as new.
  if (since !== undefined && r.record.time < since) return;
  model.apply(outcome);
}

/** What reading one transcript file gave: its entries with usage, and the line counts. */
interface FileRead {
  /** dev, inode, size and mtime when it was read: any change reads it again. */
  key: string;
  results: Exclude<EntryResult, undefined>[];
  lines: number;
  malformed: number;
  truncated: number;
  oversized: number;
  bytes: number;
}

/**
 * What transcripts gave, kept between runs of a long-lived reader (the
 * dashboard server's `/metrics`): a file whose inode, size and mtime are
 * unchanged is not read again, its entries replayed through a fresh deduper
 * and model (cheap: entries with usage only). Bounded: at most `maxResults`
 * entries in all; a file past that is read every time, not kept.
 */
export class TranscriptCache {
  private readonly files = new Map<string, FileRead>();
  private held = 0;

  constructor(private readonly maxResults = 200_000) {}

  get(file: string, key: string): FileRead | undefined {
    const f = this.files.get(file);
    return f?.key === key ? f : undefined;
  }

  set(file: string, read: FileRead): void {
    this.delete(file);
    if (this.held + read.results.length > this.maxResults) return;
    this.files.set(file, read);
    this.held += read.results.length;
  }

  /** Forget files this run did not list (gone, or their session left the log). */
  keepOnly(listed: ReadonlySet<string>): void {
    for (const file of [...this.files.keys()]) if (!listed.has(file)) this.delete(file);
  }

  private delete(file: string): void {
    const old = this.files.get(file);
    if (!old) return;
    this.held -= old.results.length;
    this.files.delete(file);
  }
}

const fileKey = (st: fs.Stats) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;

/** One file, line by line, into the model; what it gave is returned for a cache. */
async function readOne(
  fd: number,
  key: string,
  source: EntrySource,
  deduper: UsageDeduper,
  model: CostModel,
  stats: UsageInputStats,
  since?: number,
): Promise<FileRead> {
  const read: FileRead = { key, results: [], lines: 0, malformed: 0, truncated: 0, oversized: 0, bytes: 0 };
  const io = newStreamStats();
  try {
    for await (const batch of fileLines(fd, MAX_LINE_BYTES, io)) {
      for (const line of batch.lines) {
        if (line === '') continue;
        read.lines++;
        if (typeof line !== 'string') {
          read.oversized++;
          continue;
        }
        // Most lines are tool results and user turns: no need to parse what cannot hold usage.
        // A last line without its newline is parsed anyway, so a cut one is always counted.
        if (batch.complete && !line.includes('"usage"')) continue;
        let entry: unknown;
        try {
          entry = JSON.parse(line);
        } catch {
          if (batch.complete) read.malformed++;
          else read.truncated++;
          continue;
        }
        const r = ingestEntry(entry, source, deduper, model, stats, since);
        if (r !== undefined) read.results.push(r);
      }
    }
  } finally {
    // What was read counts even when the read fails half-way (as the records already applied do).
    read.bytes = io.bytes;
    stats.bytes += io.bytes;
    addCounts(stats, read);
  }
  return read;
}

function addCounts(stats: UsageInputStats, read: FileRead): void {
  stats.lines += read.lines;
  stats.malformed += read.malformed;
  stats.truncated += read.truncated;
  stats.oversized += read.oversized;
}

/** Read every file whole, line by line, into the model (files unchanged since `cache` read them are replayed). */
export async function readTranscripts(
  files: ReadonlyArray<{ file: string; source: EntrySource }>,
  deduper: UsageDeduper,
  model: CostModel,
  stats: UsageInputStats,
  since?: number,
  cache?: TranscriptCache,
): Promise<void> {
  for (const { file, source } of files) {
    let fd: number | undefined;
    try {
      fd = openRegular(file, READ_FLAGS);
      // The key is taken before the read: a file that changes while it is read differs next time.
      const key = fileKey(fs.fstatSync(fd));
      const kept = cache?.get(file, key);
      if (kept) {
        fs.closeSync(fd);
        fd = undefined;
        for (const r of kept.results) ingestResult(r, deduper, model, stats, since);
        addCounts(stats, kept);
        stats.files++;
        stats.cached_files++;
        continue;
      }
      const owned = fd;
      fd = undefined; // fileLines' stream closes it
      const read = await readOne(owned, key, source, deduper, model, stats, since);
      stats.files++;
      cache?.set(file, read);
    } catch (err) {
      if (fd !== undefined) fs.closeSync(fd);
      // Gone between listing and reading (rotated, deleted) is not an error; anything else is named.
      if (errorCode(err) !== 'ENOENT') refuse(stats, file);
    }
  }
  cache?.keepOnly(new Set(files.map((f) => f.file)));
}

export interface CostCollectOptions {
  config: CostConfig;
  now: Date;
  since?: Date;
  env?: NodeJS.ProcessEnv;
  /** Read every session's transcripts, ignoring `cost_update` events (the check that both agree). */
  transcriptsOnly?: boolean;
  /** What earlier runs read, for a reader that runs again and again (the dashboard server). */
  cache?: TranscriptCache;
}

export async function collectCost(
  context: CostContext,
  opts: CostCollectOptions,
): Promise<{ snapshot: CostSnapshot; input: UsageInputStats & { config_dir: string; sessions_cut: boolean } }> {
  const stats = newUsageInputStats();
  const model = new CostModel(opts.config.prices, opts.config.overridden);
  for (const m of context.phases) model.addPhase(m);
  for (const [agent, type] of context.agentTypes) model.setAgentType(agent, type);
  const live = opts.since || opts.transcriptsOnly ? new Map() : context.live.sessions;
  const onDemand = [...context.sessions].filter((id) => !live.has(id));
  for (const [id, s] of live)
    if (context.sessions.has(id)) {
      model.addLiveSession(id, s);
      stats.live_sessions++;
    }
  const configDir = claudeConfigDir(opts.env);
  const files = findTranscripts(configDir, onDemand, stats);
  for (const f of files) if (f.agentType && f.source.agentId) model.setAgentType(f.source.agentId, f.agentType);
  await readTranscripts(files, new UsageDeduper(), model, stats, opts.since?.getTime(), opts.cache);
  return {
    snapshot: model.snapshot(opts.now, opts.config.budgets),
    input: { ...stats, config_dir: configDir, sessions_cut: context.sessionsCut },
  };
}
