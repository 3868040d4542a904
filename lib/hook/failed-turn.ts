/**
 * Failed turns that no hook reported. Claude Code 2.1.332 fires StopFailure only
 * for a 401; a turn ended by a 400, 429, 500 or 529 ends with SessionEnd and no
 * Stop (docs/claude-code-versions.md). Both versions write such a turn to the
 * session transcript as an assistant entry with `isApiErrorMessage: true`, so the
 * next hook that runs (SessionEnd, UserPromptSubmit, Stop) reads the
 * transcript's tail and records each such entry once.
 *
 * "Once" is a claim: an O_EXCL file in `.2L/failed-turns/` named after the
 * failed turn's prompt id, which StopFailure's payload (`prompt_id`) and the
 * transcript (`promptId` of the turn's entries) both carry, and one named after
 * the entry. StopFailure and the transcript check claim the same prompt name,
 * and whichever comes first records the event: on 2.1.197, which fires StopFailure for every API error, StopFailure and
 * SessionEnd can run at the same time, and StopFailure can run before the entry
 * is written. Not a general transcript reader: a bounded tail, one marker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CREATE_EXCL_FLAGS, ensureStateSubdir, openRegular, openRegularForRead } from '../shared/safe-fs.ts';
import { errorCode } from '../shared/errors.ts';

/** Enough for the last turn's entries; a failed turn's entry is among the last few lines. */
export const TAIL_BYTES = 128 * 1024;
/**
 * Read only when the short tail shows a failed turn but not its prompt: 2.1.332
 * writes the request's shape (up to ~70 KB a retry) between the prompt and the error.
 */
export const LONG_TAIL_BYTES = 2 * 1024 * 1024;
export const CLAIMS_DIR = 'failed-turns';
/** Hooks that run after a turn ended, so a failed turn is in the transcript by then. */
export const FAILED_TURN_HOOKS: ReadonlySet<string> = new Set([
  'SessionEnd',
  'UserPromptSubmit',
  'Stop',
  'StopFailure',
]);
const MARKER = '"isApiErrorMessage":true';

export interface FailedTurn {
  /** The transcript entry's uuid. */
  uuid: string;
  /** The id of the prompt whose turn failed (the last `promptId` before the entry), when the tail shows it. */
  promptId?: string;
  /** Claude Code's text for it, e.g. `API Error: 529 …`. */
  text: string;
  status?: number;
  /** Claude Code's class of error (`rate_limit`, `server_error`, `unknown`, …). */
  error?: string;
  timestamp?: string;
}

const ID = /^[0-9a-f-]{8,64}$/i;
const PROMPT_ID = /"promptId":"([0-9a-f-]{8,64})"/i;

function entryText(message: unknown): string {
  const content = (message as { content?: unknown } | undefined)?.content;
  if (!Array.isArray(content)) return '';
  for (const b of content) {
    if (b && typeof b === 'object' && (b as { type?: unknown }).type === 'text') {
      const t = (b as { text?: unknown }).text;
      if (typeof t === 'string') return t;
    }
  }
  return '';
}

/** The failed turn an entry records when it is a main-transcript API error; `promptId`: the turn's. Pure. */
export function apiErrorOf(entry: unknown, promptId?: string): FailedTurn | undefined {
  const e = entry as Record<string, unknown> | null;
  if (!e || typeof e !== 'object' || e.type !== 'assistant' || e.isApiErrorMessage !== true || e.isSidechain === true)
    return undefined;
  if (typeof e.uuid !== 'string' || !ID.test(e.uuid)) return undefined;
  const turn: FailedTurn = { uuid: e.uuid.toLowerCase(), text: entryText(e.message) };
  if (promptId && ID.test(promptId)) turn.promptId = promptId.toLowerCase();
  if (typeof e.apiErrorStatus === 'number') turn.status = e.apiErrorStatus;
  if (typeof e.error === 'string') turn.error = e.error;
  if (typeof e.timestamp === 'string') turn.timestamp = e.timestamp;
  return turn;
}

/** The API-error entries in a piece of transcript, oldest first. Pure. */
export function apiErrorsIn(text: string): FailedTurn[] {
  const out: FailedTurn[] = [];
  if (!text.includes(MARKER)) return out;
  let promptId: string | undefined;
  for (const line of text.split('\n')) {
    if (!line.includes(MARKER)) {
      // The turn's user entries (prompt, tool results) name its prompt; the error entry does not.
      const m = line.startsWith('{') && line.includes('"promptId"') ? PROMPT_ID.exec(line) : null;
      if (m) promptId = m[1]!.toLowerCase();
      continue;
    }
    let e: unknown;
    try {
      e = JSON.parse(line);
    } catch {
      continue; // the tail's first line is cut; a line may be half written
    }
    const turn = apiErrorOf(e, promptId);
    if (turn) out.push(turn);
  }
  return out;
}

/**
 * The last TAIL_BYTES of the transcript, as text; '' when there is none. Claude
 * Code names the file, under its own config folder; still no link is followed,
 * no FIFO or device read, and the read is capped.
 */
export function readTail(transcriptPath: unknown, bytes = TAIL_BYTES): string {
  if (typeof transcriptPath !== 'string' || !path.isAbsolute(transcriptPath) || !transcriptPath.endsWith('.jsonl'))
    return '';
  let fd: number | undefined;
  try {
    fd = openRegularForRead(transcriptPath);
    if (fd === undefined) return '';
    const size = fs.fstatSync(fd).size;
    const start = Math.max(0, size - bytes);
    const buf = Buffer.alloc(Math.min(size, bytes));
    const n = fs.readSync(fd, buf, 0, buf.length, start);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** True for the first caller to claim `key` in this project's `.2L`; false when it was claimed before. */
export function claim(stateRoot: string, key: string): boolean {
  const dir = path.join(stateRoot, CLAIMS_DIR);
  ensureStateSubdir(stateRoot, dir);
  try {
    fs.closeSync(openRegular(path.join(dir, key), CREATE_EXCL_FLAGS));
    return true;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
}

/**
 * The failed turns in the transcript's tail that nobody reported yet, each now
 * claimed by the caller. A turn is claimed under its entry's uuid (so a resumed
 * session does not report it again) and under its prompt id (StopFailure's name
 * for it); it is reported only when both claims are new.
 */
export function unreportedFailedTurns(stateRoot: string, transcriptPath: unknown): FailedTurn[] {
  let turns = apiErrorsIn(readTail(transcriptPath));
  if (turns.some((t) => !t.promptId)) turns = apiErrorsIn(readTail(transcriptPath, LONG_TAIL_BYTES));
  return turns.filter((t) => firstReport(stateRoot, t));
}

/**
 * True for the first report of this failed turn, now claimed by the caller: under its entry's uuid (so a
 * resumed session does not report it again) and under its prompt id (StopFailure's name for it).
 */
export function firstReport(stateRoot: string, t: FailedTurn): boolean {
  if (!claim(stateRoot, `entry-${t.uuid}`)) return false;
  return !t.promptId || claim(stateRoot, `prompt-${t.promptId}`);
}

/** StopFailure is about to record the failed turn of `promptId`: true when nobody recorded it yet. */
export function claimForStopFailure(stateRoot: string, promptId: unknown): boolean {
  if (typeof promptId !== 'string' || !ID.test(promptId)) return true; // nothing to pair on: record it
  return claim(stateRoot, `prompt-${promptId.toLowerCase()}`);
}
