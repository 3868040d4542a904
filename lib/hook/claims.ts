/**
 * Exactly-once logging of a tool call's start and end when two paths may log
 * it: the background hook logger and the transcript reconciler. Whoever logs
 * first claims `<runtime>/claims/<session>/<phase>-<tool_use_id>` with
 * O_CREAT|O_EXCL, which the kernel grants to one process only, so concurrent
 * writers need no lock. Once the line is in the log, the writer adds
 * `<phase>-<tool_use_id>.w`. A claim that never got its mark (the writer was
 * killed between claim and append) goes stale after STALE_MS, and the
 * reconciler then takes it over (`.r`, also O_EXCL), so a kill in that window
 * delays an event instead of losing it. The runtime folder is ours alone (0700, not a link,
 * owned by us): `$XDG_RUNTIME_DIR/2l` or `<tmp>/2l-<uid>`. Claims hold ids
 * only, never payload text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CREATE_EXCL_FLAGS, ensurePrivateDir } from '../shared/safe-fs.ts';
import { MAIN_AGENT } from '../events/format.ts';

export type ClaimPhase = 'start' | 'end';

/** Claims and cursors older than this are swept: a session is long over by then. */
const KEEP_MS = 7 * 24 * 3600 * 1000;
const SAFE_ID = /^[A-Za-z0-9_-]{1,120}$/;
/**
 * A claim this old without its written mark was abandoned: claim and append are one step of one
 * process (microseconds, milliseconds on a loaded machine), so only a kill leaves one this long.
 */
export const STALE_MS = 2000;

/** Which half of a tool call an event type logs; undefined for the others. */
export function claimPhase(eventType: string): ClaimPhase | undefined {
  if (eventType === 'tool_start') return 'start';
  if (eventType === 'tool_complete' || eventType === 'tool_error' || eventType === 'tool_denied') return 'end';
  return undefined;
}

/**
 * The claim an event takes, when two paths may log it: a tool call's half by its `tool_use_id`, and a
 * subagent's start or end by `agent-<agent_id>` (no tool id has that form), which the transcript pass
 * logs and a SubagentStart or SubagentStop hook, if one is still registered, may log too.
 */
export function claimKey(e: {
  event_type: string;
  tool_use_id?: string;
  agent_id?: string;
}): { phase: ClaimPhase; id: string } | undefined {
  const phase = claimPhase(e.event_type);
  if (phase) return e.tool_use_id ? { phase, id: e.tool_use_id } : undefined;
  if ((e.event_type === 'agent_start' || e.event_type === 'agent_complete') && e.agent_id && e.agent_id !== MAIN_AGENT)
    return { phase: e.event_type === 'agent_start' ? 'start' : 'end', id: `agent-${e.agent_id}` };
  return undefined;
}

/** Our private runtime folder, created when missing; undefined when it cannot be had safely. */
export function runtimeDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_RUNTIME_DIR;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir =
    xdg && path.isAbsolute(xdg) && !xdg.includes('\0') ? path.join(xdg, '2l') : path.join(os.tmpdir(), `2l-${uid}`);
  try {
    ensurePrivateDir(dir);
    // A folder another process created before us with a loose mode is not private.
    if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * True when we are the first to log `phase` of `toolUseId` in `sessionId`, or
 * when no claim can be made (no runtime folder, an id we would not put in a
 * path): then the event is written, as before claims existed.
 */
export function claim(rt: string | undefined, sessionId: string, phase: ClaimPhase, toolUseId: string): boolean {
  if (!rt || !SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return true;
  const dir = path.join(rt, 'claims', sessionId);
  try {
    fs.closeSync(fs.openSync(path.join(dir, `${phase}-${toolUseId}`), CREATE_EXCL_FLAGS, 0o600));
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'ENOENT') return true;
  }
  try {
    ensurePrivateDir(path.join(rt, 'claims'));
    ensurePrivateDir(dir);
    fs.closeSync(fs.openSync(path.join(dir, `${phase}-${toolUseId}`), CREATE_EXCL_FLAGS, 0o600));
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'EEXIST';
  }
}

/** True when `phase` of `toolUseId` is logged, or claimed by a writer that may still be at it. */
export function isClaimed(
  rt: string,
  sessionId: string,
  phase: ClaimPhase,
  toolUseId: string,
  now = Date.now(),
): boolean {
  if (!SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return false;
  const base = path.join(rt, 'claims', sessionId, `${phase}-${toolUseId}`);
  const st = fs.statSync(base, { throwIfNoEntry: false });
  if (!st) return false;
  return now - st.mtimeMs < STALE_MS || fs.existsSync(`${base}.w`);
}

/** After the append: `phase` of `toolUseId` is in the log. */
export function markWritten(rt: string | undefined, sessionId: string, phase: ClaimPhase, toolUseId: string): void {
  if (!rt || !SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return;
  try {
    fs.closeSync(fs.openSync(path.join(rt, 'claims', sessionId, `${phase}-${toolUseId}.w`), CREATE_EXCL_FLAGS, 0o600));
  } catch {
    /* already marked, or the folder was swept: nothing to add */
  }
}

/** True when `phase` of `toolUseId` is in the log: claimed and marked written. */
export function isWritten(rt: string, sessionId: string, phase: ClaimPhase, toolUseId: string): boolean {
  if (!SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return false;
  return fs.existsSync(path.join(rt, 'claims', sessionId, `${phase}-${toolUseId}.w`));
}

/** Generations of takeover a half may go through: each taker can itself be killed before its append. */
const TAKEOVERS = 8;

/**
 * The reconciler's claim on an abandoned one (stale, never marked written): granted to one process only.
 * A taker killed before its append leaves its own mark (`.r1`, `.r2`, …) unwritten: once that is stale too,
 * the next generation may take over, so a half is never stuck behind a dead taker.
 */
export function takeOver(
  rt: string,
  sessionId: string,
  phase: ClaimPhase,
  toolUseId: string,
  now = Date.now(),
): boolean {
  if (isClaimed(rt, sessionId, phase, toolUseId, now)) return false;
  const base = path.join(rt, 'claims', sessionId, `${phase}-${toolUseId}`);
  for (let k = 1; k <= TAKEOVERS; k++) {
    // `.r` is what an older pack named the first generation.
    const mark = k === 1 && fs.existsSync(`${base}.r`) ? `${base}.r` : `${base}.r${k}`;
    const st = fs.statSync(mark, { throwIfNoEntry: false });
    if (st) {
      if (now - st.mtimeMs < STALE_MS) return false; // a taker is at it
      continue; // a taker died: the next generation
    }
    let fd: number;
    try {
      fd = fs.openSync(mark, CREATE_EXCL_FLAGS, 0o600);
    } catch {
      return false; // another taker won this generation
    }
    try {
      // Dated by the caller's clock, which is what the next taker compares it with.
      fs.futimesSync(fd, now / 1000, now / 1000);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  }
  return false;
}

/** Remove claim folders of sessions untouched for a week, so the folder stays bounded. */
export function sweepClaims(rt: string, now: number): void {
  const root = path.join(rt, 'claims');
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const n of names) {
    const p = path.join(root, n);
    try {
      const st = fs.lstatSync(p);
      if (st.isDirectory() && now - st.mtimeMs > KEEP_MS) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      /* another sweeper got there first */
    }
  }
}
