/**
 * Reconciliation from Claude Code's transcripts: every tool call the
 * transcript shows whose start or end the hook loggers did not log (a logger
 * killed, a machine stopped) is logged from the transcript, with its
 * timestamp and `recovered: "transcript"`. Runs in the background logger at
 * Stop, SessionEnd and SessionStart (docs/hook-latency.md). Claims
 * (claims.ts) make it exactly-once against loggers still in flight; calls
 * younger than the grace period are given that long to be claimed first, so
 * the hook's richer event wins when it comes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathKey, readNew, transcriptFiles, type Cursor } from '../transcript/reader.ts';
import { toolEvents, type ToolResult, type ToolUse } from '../transcript/tools.ts';
import { appendEvent } from '../events/writer.ts';
import { readRegularText } from '../shared/safe-fs.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import type { TwoLEvent } from '../events/format.ts';
import { hookPayloadToEvent } from './event.ts';
import { STALE_MS, claim, isWritten, markWritten, runtimeDir, takeOver } from './claims.ts';

export interface ReconcileOptions {
  project: string;
  /** The session's transcript (`transcript_path`). */
  transcriptPath: string;
  /** Also the project's other transcripts changed in the last day (at SessionStart). */
  others?: boolean;
  /** Private runtime folder (claims.ts); default: runtimeDir(). */
  runtime?: string;
  graceMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onWarning?: (message: string) => void;
}

interface Saved {
  cursor?: Cursor;
  /** Names of tool calls seen without a result yet, for the end event's tool_name. */
  open?: Record<string, string>;
}

const MAX_OPEN = 2000;
/** A cursor file holds a cursor and at most MAX_OPEN open calls: far below this. */
const STATE_MAX = 1024 * 1024;

function stateFile(rt: string, file: string): string {
  return path.join(rt, 'cursors', `${pathKey(file)}.json`);
}

function load(rt: string, file: string): Saved {
  try {
    const text = readRegularText(stateFile(rt, file), STATE_MAX);
    const s = text === undefined ? undefined : (JSON.parse(text) as Saved);
    return s && typeof s === 'object' ? s : {};
  } catch {
    return {};
  }
}

function save(rt: string, file: string, saved: Saved): void {
  const target = stateFile(rt, file);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  atomicWriteFileSync(target, JSON.stringify(saved), { mode: 0o600, keepMode: false });
}

/** The event the hook would have logged for this half of a call, from the transcript. */
export function recoveredEvent(item: ToolUse | ToolResult, toolName: string | undefined): TwoLEvent {
  const payload: Record<string, unknown> = {
    hook_event_name: item.kind === 'use' ? 'PreToolUse' : item.isError ? 'PostToolUseFailure' : 'PostToolUse',
    session_id: item.sessionId,
    tool_use_id: item.id,
    agent_id: item.agentId,
    tool_name: item.kind === 'use' ? item.name : toolName,
  };
  if (item.kind === 'use') payload.tool_input = item.input;
  else if (item.isError) payload.error = item.errorText || 'error';
  const when = item.timestamp ? new Date(item.timestamp) : new Date();
  const event = hookPayloadToEvent(payload, { now: when, hookMs: 0 });
  delete event.hook_ms;
  event.recovered = 'transcript';
  return event;
}

/** Log what the transcripts show and the log lacks; returns how many events were written. */
export async function reconcile(opts: ReconcileOptions): Promise<number> {
  const rt = opts.runtime ?? runtimeDir();
  // Without claims a recovered event could duplicate one in flight: better none.
  if (!rt) return 0;
  const now = opts.now ?? Date.now;
  const grace = opts.graceMs ?? 3000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const todo: Array<{ item: ToolUse | ToolResult; name: string | undefined }> = [];
  const states: Array<[string, Saved]> = [];
  for (const file of transcriptFiles(opts.transcriptPath, opts.others ?? false, now())) {
    const saved = load(rt, file);
    const { records, cursor } = readNew(file, saved.cursor);
    if (!cursor) continue;
    const open = { ...(saved.open ?? {}) };
    for (const r of records) {
      for (const item of toolEvents(r.value)) {
        if (!item.sessionId) continue;
        let name: string | undefined;
        if (item.kind === 'use') open[item.id] = name = item.name;
        else {
          name = open[item.id];
          delete open[item.id];
        }
        // Not yet in the log: unclaimed, or claimed by a writer that may be at it or may have died.
        if (!isWritten(rt, item.sessionId, item.kind === 'use' ? 'start' : 'end', item.id)) todo.push({ item, name });
      }
    }
    const keys = Object.keys(open);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_OPEN))) delete open[k];
    states.push([file, { cursor, open }]);
  }
  // Give loggers still in flight for young calls their chance to claim first.
  const newest = Math.max(0, ...todo.map((t) => Date.parse(t.item.timestamp ?? '') || 0));
  const age = now() - newest;
  // A claim held without its written mark is either an append in flight or a writer that died: by STALE_MS it is
  // known which (takeOver below), so wait at least that long once there is something to do.
  if (todo.length > 0) await sleep(Math.max(STALE_MS, Math.min(grace, grace - age)));
  let written = 0;
  for (const { item, name } of todo) {
    const phase = item.kind === 'use' ? 'start' : 'end';
    // A claim whose writer died before its append (never marked written) is taken over once it is stale.
    if (!claim(rt, item.sessionId!, phase, item.id) && !takeOver(rt, item.sessionId!, phase, item.id, now())) continue;
    appendEvent(opts.project, recoveredEvent(item, name), { onWarning: opts.onWarning });
    markWritten(rt, item.sessionId!, phase, item.id);
    written++;
  }
  // Saved only once the events are written: a reconciler killed before this reads them again (claims dedupe).
  for (const [file, saved] of states) {
    try {
      save(rt, file, saved);
    } catch {
      /* read again next time */
    }
  }
  return written;
}
