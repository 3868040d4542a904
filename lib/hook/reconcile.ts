/**
 * Tool calls, subagents, prompts, turn ends and failed turns from Claude
 * Code's transcripts. Claude Code spends measurable time dispatching every
 * registered hook, whatever the hook is (docs/hook-latency.md), so the pack
 * registers SessionStart and a few rare events only: the resident collector
 * follows each live session's transcript (`live`) and reads it to the end when
 * the session ends, so every `tool_use` and `tool_result` becomes a start and
 * an end, every prompt a `user_prompt` and every turn's last answer a `stop`,
 * with the transcript's timestamps and `recovered: "transcript"`. Claims
 * (claims.ts) make each half exactly-once against any other writer (another
 * pass, a hook registered by an older install); passes over one transcript in
 * this process run one at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathKey, readNew, transcriptFiles, type Cursor } from '../transcript/reader.ts';
import { toolEvents, type ToolResult, type ToolUse } from '../transcript/tools.ts';
import { agentMarks, agentTypeFromMeta, metaFileOf, subagentOfFile, type AgentMark } from '../transcript/agents.ts';
import { turnMarks, type TurnMark } from '../transcript/turns.ts';
import { appendEvent } from '../events/writer.ts';
import { readRegularText } from '../shared/safe-fs.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import type { TwoLEvent } from '../events/format.ts';
import { DENIED_EVENT_TYPE } from '../events/format.ts';
import { failedTurnEvent, hookPayloadToEvent, toolSummary } from './event.ts';
import { apiErrorOf, firstReport, type FailedTurn } from './failed-turn.ts';
import { stateDir } from '../events/project-dir.ts';
import { isDenial } from './denied.ts';
import { cleanString } from '../events/redact.ts';
import { STALE_MS, claim, isWritten, markWritten, runtimeDir, takeOver } from './claims.ts';

export interface ReconcileOptions {
  project: string;
  /** The session's transcript (`transcript_path`). */
  transcriptPath: string;
  /** Also the project's other transcripts changed in the last day (at SessionStart). */
  others?: boolean;
  /** Private runtime folder (claims.ts); default: runtimeDir(). */
  runtime?: string;
  /**
   * Following a live session (the collector's tail): a half claimed by a writer that may still be at it
   * is kept for the next pass instead of being waited for. Otherwise (Stop, SessionEnd, SessionStart) such
   * a claim is waited out until it is either written or stale, then taken over.
   */
  live?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onWarning?: (message: string) => void;
  /** Told of each turn end this pass logged (a Stop from the transcript), with its time: the turn's cost and alerts follow. */
  onTurnEnd?: (at: Date) => void;
}

/**
 * A call seen without its result yet: its tool name, start time and what it was about (toolSummary:
 * redacted, at most 160 characters). Older cursor files hold the name alone.
 */
type Open = string | { n: string; t?: string; s?: string };

interface Saved {
  cursor?: Cursor;
  open?: Record<string, Open>;
  /**
   * Halves a live pass found claimed by a writer that may still be at it: retried by the next pass. Kept
   * as their events, already redacted: nothing unredacted from the transcript is saved.
   */
  deferred?: Half[];
  /** A subagent's transcript: its start was seen (logged, or queued with the halves). */
  agent?: 1;
  /** A main transcript: the prompt id of the turn read last, which names a failed turn (hook/failed-turn.ts). */
  prompt?: string;
}

/** One half of a call to log: its claim's key and its event. */
interface Half {
  sid: string;
  phase: 'start' | 'end';
  id: string;
  event: TwoLEvent;
  /** A failed turn: also claimed in the project's `.2L/failed-turns/`, which StopFailure shares (hook/failed-turn.ts). */
  failed?: FailedTurn;
}

/** A half to write, and the transcript it came from (its deferred list is saved with that file's cursor). */
type HalfAt = Half & { file: string };

const MAX_OPEN = 2000;
const MAX_DEFERRED = 500;
/** A cursor file holds a cursor and at most MAX_OPEN open calls: far below this. */
const STATE_MAX = 1024 * 1024;

function stateFile(rt: string, file: string): string {
  return path.join(rt, 'cursors', `${pathKey(file)}.json`);
}

/** A file's saved state, and its text as read (a pass that changed nothing does not write it again). */
function load(rt: string, file: string): { saved: Saved; text: string | undefined } {
  let text: string | undefined;
  try {
    text = readRegularText(stateFile(rt, file), STATE_MAX);
    const s = text === undefined ? undefined : (JSON.parse(text) as Saved);
    return { saved: s && typeof s === 'object' ? s : {}, text };
  } catch {
    return { saved: {}, text };
  }
}

/**
 * Not synced: the live tail saves several times a second, and a state a crash empties is rebuilt by reading
 * the transcript again, the claims keeping every half once.
 */
function save(rt: string, file: string, saved: Saved, before: string | undefined): void {
  const text = JSON.stringify(saved);
  if (text === before) return;
  const target = stateFile(rt, file);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  atomicWriteFileSync(target, text, { mode: 0o600, keepMode: false, durable: false });
}

/**
 * The event the hook would have logged for this half of a call, from the transcript. An end's
 * `duration_ms` runs from the tool_use entry to the tool_result entry: for a call Claude Code queued
 * behind others of its turn, that includes the wait.
 */
export function recoveredEvent(
  item: ToolUse | ToolResult,
  toolName: string | undefined,
  startedAt?: string,
  summary?: string,
): TwoLEvent {
  const denied = item.kind === 'result' && item.isError && isDenial(item.errorText);
  const payload: Record<string, unknown> = {
    hook_event_name:
      item.kind === 'use'
        ? 'PreToolUse'
        : denied
          ? 'PostToolBatch'
          : item.isError
            ? 'PostToolUseFailure'
            : 'PostToolUse',
    session_id: item.sessionId,
    tool_use_id: item.id,
    agent_id: item.agentId,
    tool_name: item.kind === 'use' ? item.name : toolName,
  };
  if (item.kind === 'use') payload.tool_input = item.input;
  else {
    const took = startedAt && item.timestamp ? Date.parse(item.timestamp) - Date.parse(startedAt) : Number.NaN;
    if (took >= 0) payload.duration_ms = took;
    if (denied) payload.reason = item.errorText;
    else if (item.isError) payload.error = item.errorText || 'error';
    else if (item.response !== undefined) payload.tool_response = item.response;
  }
  const when = item.timestamp ? new Date(item.timestamp) : new Date();
  const event = hookPayloadToEvent(payload, { now: when, hookMs: 0 });
  delete event.hook_ms;
  if (item.kind === 'result' && !item.isError && summary) {
    const took = event.duration_ms === undefined ? '' : ` (${Math.round(event.duration_ms)} ms)`;
    event.data = `${event.tool_name ?? 'tool'}: ${summary}${took}`;
  }
  if (denied) {
    event.event_type = DENIED_EVENT_TYPE;
    event.data = `${event.tool_name ?? 'tool'} denied: ${cleanString(firstLine(item.errorText), 200)}`;
  }
  event.recovered = 'transcript';
  return event;
}

/**
 * The event SubagentStart or SubagentStop would have logged, from the agent's transcript (transcript/agents.ts):
 * its id, its type (from the meta file), the session and, at the end, its last answer.
 */
export function recoveredAgentEvent(mark: AgentMark, agentId: string, agentType: string | undefined): TwoLEvent {
  const payload: Record<string, unknown> = {
    hook_event_name: mark.kind === 'start' ? 'SubagentStart' : 'SubagentStop',
    session_id: mark.sessionId,
    agent_id: agentId,
  };
  if (agentType !== undefined) payload.agent_type = agentType;
  if (mark.kind === 'stop') payload.last_assistant_message = mark.lastMessage;
  const event = hookPayloadToEvent(payload, { now: mark.timestamp ? new Date(mark.timestamp) : new Date(), hookMs: 0 });
  delete event.hook_ms;
  event.recovered = 'transcript';
  return event;
}

/**
 * The event UserPromptSubmit or Stop would have logged, from the main transcript (transcript/turns.ts): the
 * prompt with its text, or the turn's end with its last answer.
 */
export function recoveredTurnEvent(mark: TurnMark): TwoLEvent {
  const payload: Record<string, unknown> =
    mark.kind === 'prompt'
      ? { hook_event_name: 'UserPromptSubmit', session_id: mark.sessionId, prompt: mark.text, prompt_id: mark.promptId }
      : {
          hook_event_name: 'Stop',
          session_id: mark.sessionId,
          stop_reason: mark.stopReason,
          last_assistant_message: mark.lastMessage,
        };
  const event = hookPayloadToEvent(payload, { now: mark.timestamp ? new Date(mark.timestamp) : new Date(), hookMs: 0 });
  delete event.hook_ms;
  event.recovered = 'transcript';
  return event;
}

/** The `stop_error` StopFailure would have logged for a failed turn found in the main transcript. */
export function recoveredFailureEvent(turn: FailedTurn, sessionId: string): TwoLEvent {
  const when = turn.timestamp && !Number.isNaN(Date.parse(turn.timestamp)) ? new Date(turn.timestamp) : new Date();
  const event = failedTurnEvent(
    turn,
    { hook_event_name: 'StopFailure', session_id: sessionId },
    { now: when, hookMs: 0 },
  );
  delete event.hook_ms;
  event.recovered = 'transcript';
  return event;
}

/** A meta file is a few hundred bytes; past this it is not Claude Code's. */
const META_MAX = 64 * 1024;

/** The subagent's type from its meta file: never a link or a FIFO, capped; undefined when unreadable. */
function agentTypeOf(file: string): string | undefined {
  try {
    return agentTypeFromMeta(readRegularText(metaFileOf(file), META_MAX));
  } catch {
    return undefined;
  }
}

const firstLine = (s: string) => {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
};

/** Passes over one transcript in this process, one at a time (the tail and a Stop may meet). */
const running = new Map<string, Promise<unknown>>();

/** Log what the transcripts show and the log lacks; returns how many events were written. */
export function reconcile(opts: ReconcileOptions): Promise<number> {
  const key = opts.transcriptPath;
  const before = running.get(key) ?? Promise.resolve();
  const pass = before.then(
    () => reconcileOnce(opts),
    () => reconcileOnce(opts),
  );
  running.set(key, pass);
  void pass
    .finally(() => {
      if (running.get(key) === pass) running.delete(key);
    })
    .catch(() => undefined);
  return pass;
}

/**
 * A live pass done before the caller goes on: the collector catches a transcript up before it logs a hook
 * event of that session, so a call that event follows (the Agent call a SubagentStart follows) is logged
 * first. A live pass never awaits, so the async body runs to its end before this returns.
 */
export function reconcileNow(opts: Omit<ReconcileOptions, 'live'>): void {
  reconcileOnce({ ...opts, live: true }).catch((err: unknown) => opts.onWarning?.(`transcript: ${String(err)}`));
}

async function reconcileOnce(opts: ReconcileOptions): Promise<number> {
  const rt = opts.runtime ?? runtimeDir();
  // Without claims a recovered event could duplicate one in flight: better none.
  if (!rt) return 0;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const todo: HalfAt[] = [];
  const states: Array<[string, Saved, string | undefined]> = [];
  for (const file of transcriptFiles(opts.transcriptPath, opts.others ?? false, now())) {
    const { saved, text: before } = load(rt, file);
    const { records, cursor } = readNew(file, saved.cursor);
    if (!cursor) continue;
    const open = { ...(saved.open ?? {}) };
    if (Array.isArray(saved.deferred)) for (const h of saved.deferred) if (isHalf(h)) todo.push({ ...h, file });
    const fileAgent = subagentOfFile(file);
    let prompt = typeof saved.prompt === 'string' ? saved.prompt : undefined;
    /** Turn marks queued in this pass: a message written as several entries ends its turn once. */
    const marked = new Set<string>();
    let started = saved.agent === 1;
    let agentType: string | undefined | null = null;
    for (const r of records) {
      if (fileAgent) {
        for (const mark of agentMarks(r.value, started)) {
          if (mark.kind === 'start') started = true;
          if (!mark.sessionId) continue;
          const id = mark.agentId ?? fileAgent;
          const phase = mark.kind === 'start' ? 'start' : 'end';
          if (isWritten(rt, mark.sessionId, phase, `agent-${id}`)) continue;
          // Written by Claude Code when the agent starts; read once per pass, only when an event needs it.
          if (agentType === null) agentType = agentTypeOf(file);
          const event = recoveredAgentEvent(mark, id, agentType);
          todo.push({ sid: mark.sessionId, phase, id: `agent-${id}`, event, file });
        }
      }
      if (!fileAgent) {
        const v = r.value as { type?: unknown; promptId?: unknown; sessionId?: unknown } | null;
        // The turn's user entries (prompt, tool results) name its prompt; an API error entry does not.
        if (v?.type === 'user' && typeof v.promptId === 'string' && v.promptId.length <= 100) prompt = v.promptId;
        for (const mark of turnMarks(r.value)) {
          const phase = mark.kind === 'prompt' ? 'start' : 'end';
          const id = mark.kind === 'prompt' ? `prompt-${mark.uuid}` : `stop-${mark.key}`;
          if (marked.has(id) || isWritten(rt, mark.sessionId, phase, id)) continue;
          marked.add(id);
          todo.push({ sid: mark.sessionId, phase, id, event: recoveredTurnEvent(mark), file });
        }
        const failed = apiErrorOf(r.value, prompt);
        const sid = typeof v?.sessionId === 'string' ? v.sessionId : undefined;
        if (failed && sid && !isWritten(rt, sid, 'end', `failed-${failed.uuid}`))
          todo.push({
            sid,
            phase: 'end',
            id: `failed-${failed.uuid}`,
            event: recoveredFailureEvent(failed, sid),
            failed,
            file,
          });
      }
      for (const item of toolEvents(r.value)) {
        if (!item.sessionId) continue;
        let name: string | undefined;
        let startedAt: string | undefined;
        let summary: string | undefined;
        if (item.kind === 'use') {
          name = item.name;
          open[item.id] = { n: item.name, t: item.timestamp, s: toolSummary(item.input) || undefined };
        } else {
          const o = open[item.id];
          name = typeof o === 'string' ? o : o?.n;
          if (typeof o === 'object') ({ t: startedAt, s: summary } = o);
          delete open[item.id];
        }
        const phase = item.kind === 'use' ? 'start' : 'end';
        if (isWritten(rt, item.sessionId, phase, item.id)) continue;
        const event = recoveredEvent(item, name, startedAt, summary);
        todo.push({ sid: item.sessionId, phase, id: item.id, event, file });
      }
    }
    const keys = Object.keys(open);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_OPEN))) delete open[k];
    const next: Saved = started ? { cursor, open, agent: 1 } : { cursor, open };
    if (prompt !== undefined) next.prompt = prompt;
    states.push([file, next, before]);
  }
  // In time order across the files: a Stop pass reads the main transcript before the subagents' ones.
  todo.sort((a, b) => (a.event.timestamp < b.event.timestamp ? -1 : a.event.timestamp > b.event.timestamp ? 1 : 0));
  let written = 0;
  const write = (h: Half) => {
    if (!h.failed || reportFailure(opts, h.failed)) {
      appendEvent(opts.project, h.event, { onWarning: opts.onWarning });
      written++;
      if (h.event.event_type === 'stop') opts.onTurnEnd?.(new Date(h.event.timestamp));
    }
    markWritten(rt, h.sid, h.phase, h.id);
  };
  /** Halves claimed by another writer that has not written them yet: it may be at it, or it may have died. */
  let held: HalfAt[] = [];
  for (const h of todo) {
    if (isWritten(rt, h.sid, h.phase, h.id)) continue;
    if (claim(rt, h.sid, h.phase, h.id) || takeOver(rt, h.sid, h.phase, h.id, now())) write(h);
    else held.push(h);
  }
  if (held.length > 0 && !opts.live) {
    // By STALE_MS a held claim is either written or known dead (its writer was killed between claim and append).
    await sleep(STALE_MS);
    const still: HalfAt[] = [];
    for (const h of held) {
      if (isWritten(rt, h.sid, h.phase, h.id)) continue;
      if (takeOver(rt, h.sid, h.phase, h.id, now())) write(h);
      else still.push(h); // another taker is at it: kept for the next pass, in case it dies too
    }
    held = still;
  }
  // Saved only once the events are written: a pass killed before this reads them again (claims dedupe).
  for (const [file, saved, before] of states) {
    const deferred = held
      .filter((h) => h.file === file)
      .slice(-MAX_DEFERRED)
      // A failed turn keeps what its claims need, not its text (already redacted into the event).
      .map(({ sid, phase, id, event, failed }) =>
        failed ? { sid, phase, id, event, failed: { ...failed, text: '' } } : { sid, phase, id, event },
      );
    try {
      save(rt, file, deferred.length > 0 ? { ...saved, deferred } : saved, before);
    } catch {
      /* read again next time */
    }
  }
  return written;
}

/** True when nobody reported this failed turn yet (StopFailure, an older pack's hooks): now claimed by us. */
function reportFailure(opts: ReconcileOptions, turn: FailedTurn): boolean {
  try {
    return firstReport(stateDir(opts.project), turn);
  } catch (err) {
    // An unsafe `.2L/` (a planted link): the event could not be written there either.
    opts.onWarning?.(`failed-turn check: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

function isHalf(v: unknown): v is Half {
  const h = v as Half | undefined;
  return (
    !!h &&
    typeof h === 'object' &&
    typeof h.sid === 'string' &&
    typeof h.id === 'string' &&
    (h.phase === 'start' || h.phase === 'end') &&
    !!h.event &&
    typeof h.event === 'object' &&
    typeof h.event.event_type === 'string' &&
    typeof h.event.timestamp === 'string' &&
    (h.failed === undefined || (typeof h.failed === 'object' && /^[0-9a-f-]{8,64}$/i.test(String(h.failed.uuid))))
  );
}
