/**
 * The live log's history state (issue 16): the live log only grows until it
 * is rotated, so what a run read of it is kept (events/archive-sidecar.ts
 * `writePrefixState`) as the states of the stretches read so far, in order,
 * with the byte offset they end at; the next run merges them and reads only
 * the bytes after. A stretch ends at the last complete line before the first
 * event inside the caller's window (`before`): what a reader judges by the
 * clock (the alert window) is never in a state, and a line a writer is still
 * appending is never cut. A state whose newest event is no longer before the
 * window (a wider window, a clock set back) is not used; nor is one the log no
 * longer matches (truncated, replaced, rotated away): the log is read whole.
 *
 * Stretches are merged as archives are (archive-summaries.ts): totals exact,
 * percentiles within 1 %, order-dependent events replayed in log order.
 */
import fs from 'node:fs';
import { readPrefixState, writePrefixState } from '../events/archive-sidecar.ts';
import { parseEventLine, type TwoLEvent } from '../events/format.ts';
import { statLogFiles } from '../events/log-files.ts';
import { isBefore } from '../events/stream.ts';
import { openRegularForRead } from '../shared/safe-fs.ts';
import {
  applyHistory,
  HistoryBuilder,
  parseHistoryState,
  type HistoryKind,
  type HistoryState,
  type HistoryTargets,
} from './archive-summaries.ts';
import { Summary } from './summary.ts';
import { isTrendsState } from './trends.ts';

/** Stretches kept at most; past it the prefix is read once more and kept as one. */
export const MAX_SEGMENTS = 64;
/** A new stretch is kept only past this many bytes: a run a few lines after the last keeps no new state. */
const MIN_SEGMENT_BYTES = 256 << 10;
/** The stream reader's own cap (events/stream.ts): a longer line ends the prefix and is the tail's to count. */
const MAX_LINE_BYTES = 16 << 20;
const CHUNK_BYTES = 1 << 20;

interface LiveState {
  /** The newest event time (ms) in the prefix; null when it holds no event. */
  newest: number | null;
  segments: HistoryState[];
}

function parseLiveState(v: unknown): LiveState | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as { newest?: unknown; segments?: unknown };
  if (s.newest !== null && !(typeof s.newest === 'number' && Number.isFinite(s.newest))) return undefined;
  if (!Array.isArray(s.segments) || s.segments.length === 0 || s.segments.length > MAX_SEGMENTS) return undefined;
  const segments: HistoryState[] = [];
  for (const raw of s.segments) {
    const seg = parseHistoryState(raw);
    // Checked whole before any reader is changed: a refused stretch must not leave the others half merged.
    if (!seg || !isTrendsState(seg.trends) || !new Summary().mergeState(seg.summary)) return undefined;
    segments.push(seg);
  }
  return { newest: s.newest, segments };
}

/** Complete lines of `fd` from `start` to `end`, each with the offset just past its newline; stops at an overlong line. */
function* linesFrom(fd: number, start: number, end: number): Generator<{ text: string; next: number }> {
  let pos = start;
  let carry = Buffer.alloc(0);
  let carryAt = start;
  while (pos < end) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - pos));
    const got = fs.readSync(fd, buf, 0, buf.length, pos);
    if (got <= 0) return;
    pos += got;
    const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, got)]) : buf.subarray(0, got);
    let at = 0;
    for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, at)) {
      if (nl - at > MAX_LINE_BYTES) return;
      const cr = nl > at && data[nl - 1] === 0x0d ? 1 : 0;
      yield { text: data.toString('utf8', at, nl - cr), next: carryAt + nl + 1 };
      at = nl + 1;
    }
    carry = data.subarray(at);
    carryAt += at;
    if (carry.length > MAX_LINE_BYTES) return;
  }
}

export interface PrefixOptions {
  /** Events at or after this time (ms) end the prefix; +Infinity: none does. */
  before: number;
  kind: HistoryKind;
  /** What the summary is fed (the dashboard's capped events). */
  clean?: (e: TwoLEvent) => TwoLEvent;
  /** Least new bytes for which a new state is kept (tests lower it). */
  minSegmentBytes?: number;
}

export interface LivePrefix {
  /** The live log, open: the caller reads it from `offset` on (events/stream.ts `resume`), which closes it. */
  path: string;
  fd: number;
  /** Bytes merged from the state and read now into it; where the caller's read starts. */
  offset: number;
  events: number;
  malformed: number;
  /** The state was used (not built from the start of the log). */
  reused: boolean;
  /** A new state was kept. */
  written: boolean;
}

/**
 * Merge into `targets` (which have seen every archive and nothing of the live
 * log) the live log's prefix of events before `before`: from its kept state,
 * plus the lines after it, keeping a new state when enough was read.
 * Undefined when the live log is missing or not a regular file of ours (the
 * caller's read reports it).
 */
export function mergeLivePrefix(
  projectDir: string,
  targets: HistoryTargets,
  opts: PrefixOptions,
): LivePrefix | undefined {
  const live = statLogFiles(projectDir).find((f) => !f.archive);
  if (!live?.regular || live.foreign) return undefined;
  let fd: number | undefined;
  try {
    fd = openRegularForRead(live.path);
  } catch {
    return undefined;
  }
  if (fd === undefined) return undefined;
  try {
    return mergeLivePrefixOf(live.path, fd, targets, opts);
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

/** As mergeLivePrefix, for the live log `file` the caller has open (a regular file) as `fd`, which it keeps. */
export function mergeLivePrefixOf(file: string, fd: number, targets: HistoryTargets, opts: PrefixOptions): LivePrefix {
  const size = fs.fstatSync(fd).size;
  const kept = readPrefixState(file, fd, opts.kind, parseLiveState);
  const usable =
    kept !== undefined &&
    kept.payload.segments.length < MAX_SEGMENTS &&
    (kept.payload.newest === null || kept.payload.newest < opts.before);
  let segments = usable ? kept.payload.segments : [];
  let offset = usable ? kept.offset : 0;
  let newest = usable ? kept.payload.newest : null;
  // The lines after the state, up to the first event inside the window.
  const before = new Date(opts.before);
  const beforeIso = Number.isFinite(opts.before) ? before.toISOString() : '';
  const inWindow = (e: TwoLEvent) => Number.isFinite(opts.before) && !isBefore(e.timestamp, before, beforeIso);
  const b = new HistoryBuilder(opts.clean);
  let cut = offset;
  let bNewest = newest;
  for (const { text, next } of linesFrom(fd, offset, size)) {
    if (text !== '') {
      const e = parseEventLine(text);
      if (!e) b.summary.addMalformed();
      else if (inWindow(e)) break;
      else {
        b.add(e);
        const t = Date.parse(e.timestamp);
        if (bNewest === null || t > bNewest) bNewest = t;
      }
    }
    cut = next;
  }
  let written = false;
  const stretch = cut > offset ? b.state() : undefined;
  if (stretch) {
    segments = [...segments, stretch];
    newest = bNewest;
    if (cut - offset >= (opts.minSegmentBytes ?? MIN_SEGMENT_BYTES))
      written = writePrefixState(file, fd, opts.kind, cut, { newest, segments } satisfies LiveState);
    offset = cut;
  }
  const events = targets.summary.events;
  const malformed = targets.summary.malformed;
  for (const seg of segments)
    if (!applyHistory(seg, targets)) throw new Error('a checked live-log state was refused on merge');
  return {
    path: file,
    fd,
    offset,
    events: targets.summary.events - events,
    malformed: targets.summary.malformed - malformed,
    reused: usable,
    written,
  };
}
