/**
 * Following live sessions: what the resident collector (hook/collector.ts),
 * or the SessionStart logger when there is none (bin/hook.ts), does between
 * hook calls. The pack registers SessionStart but no hook per prompt, turn or
 * session end (Claude Code's dispatch of each registered event is most of
 * what the pack cost a session: docs/hook-latency.md, round 7), so:
 *
 * - each pass reads the transcripts that grew (hook/reconcile.ts): tool calls,
 *   subagents, prompts, turn ends and failed turns, as they are written;
 * - a turn end (a `stop` from the transcript) runs the turn's cost and the
 *   alert evaluation, as the Stop hook did;
 * - the session ends when the Claude Code process that ran its SessionStart
 *   (the front names it by pid and /proc start time) is gone, or when that
 *   same process starts another session (`/clear`): the transcript is read to
 *   its end and a `session_end` logged, once (a claim), with the cost and
 *   alerts SessionEnd ran. A session whose process is unknown (a front
 *   without /proc) is followed until its transcripts stop growing for `liveMs`.
 * - each followed session is written down in the private spool (`.live-<key>`)
 *   until its end is logged, so a collector that was killed hands its sessions
 *   to the next one (started by the next SessionStart), which ends those whose
 *   process is gone, dated by their transcripts' last write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathKey, transcriptFiles } from '../transcript/reader.ts';
import { stateDir } from '../events/project-dir.ts';
import { readRegularText } from '../shared/safe-fs.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { recordHookError } from './errors.ts';
import { appendEvent } from '../events/writer.ts';
import type { TwoLEvent } from '../events/format.ts';
import { hookPayloadToEvent } from './event.ts';
import { claim, isWritten, markWritten } from './claims.ts';
import { reconcile, reconcileNow } from './reconcile.ts';
import type { CliProcess } from './spool.ts';
import type { StopAlerts, TurnCost } from './log-payload.ts';

/** What a hook call told about its session (log-payload.ts's `onTranscript`). */
export interface SeenSession {
  project: string;
  transcriptPath: string;
  hook: string;
  record: (message: string) => void;
  sessionId?: string;
  /** SessionStart's `source` (startup, resume, clear, compact). */
  source?: string;
  cli?: CliProcess;
  /** The hook call's time. */
  at: Date;
}

export interface FollowOptions {
  runtime: string | undefined;
  /** A session without a known process whose transcripts have not grown for this long is no longer followed. */
  liveMs: number;
  turnCost?: TurnCost;
  stopAlerts?: StopAlerts;
  /** Work that must finish before the process exits (a session's end, a turn's cost). */
  track: (work: Promise<unknown>) => void;
  /** Called whenever a transcript grew: the collector's idle clock. */
  onActivity?: () => void;
  /** A private folder (the spool) where followed sessions are written down for a successor; none, not kept. */
  store?: string;
}

interface LiveSession {
  project: string;
  transcriptPath: string;
  record: (message: string) => void;
  sessionId?: string;
  cli?: CliProcess;
  sig: string;
  grewAt: number;
  /** When its process was last seen alive; unset for one taken over from a collector that died, or spooled. */
  aliveAt?: number;
}

/** Sessions followed at once; far more than one user runs. */
const MAX_LIVE = 64;
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** This process's /proc start time in clock ticks ('gone' for a zombie, '-' without /proc). */
export function startTime(pid: number | 'self' = 'self'): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return 'gone';
    return fields[19] ?? '-';
  } catch {
    return '-';
  }
}

/** True while the process lives: the same pid with the same start time (without /proc: signal 0). */
export function isAlive(p: CliProcess): boolean {
  if (p.start !== '-') return startTime(p.pid) === p.start;
  try {
    process.kill(p.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const LIVE_PREFIX = '.live-';
/** A record is a few hundred bytes; past this it is not ours. */
const RECORD_MAX = 16 * 1024;

/** A written-down session, as a successor reads it: undefined for anything malformed. */
function parseRecord(text: string | undefined): Omit<LiveSession, 'record' | 'sig' | 'grewAt'> | undefined {
  try {
    const r = JSON.parse(text ?? '') as Record<string, unknown>;
    const cli = r.cli as CliProcess | undefined;
    if (typeof r.project !== 'string' || !path.isAbsolute(r.project)) return undefined;
    if (typeof r.transcriptPath !== 'string' || !path.isAbsolute(r.transcriptPath)) return undefined;
    if (r.sessionId !== undefined && (typeof r.sessionId !== 'string' || !SAFE_ID.test(r.sessionId))) return undefined;
    if (cli !== undefined && !(Number.isInteger(cli?.pid) && cli.pid > 0 && typeof cli.start === 'string'))
      return undefined;
    return { project: r.project, transcriptPath: r.transcriptPath, sessionId: r.sessionId as string | undefined, cli };
  } catch {
    return undefined;
  }
}

/** The latest write to a session's transcripts: when a session found over after the fact ended. */
function lastWrite(transcriptPath: string): Date | undefined {
  let latest = 0;
  for (const f of transcriptFiles(transcriptPath, false, Date.now()))
    latest = Math.max(latest, fs.lstatSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return latest > 0 ? new Date(Math.min(latest, Date.now())) : undefined;
}

const sameProcess = (a: CliProcess | undefined, b: CliProcess | undefined) =>
  !!a && !!b && a.pid === b.pid && a.start === b.start;

/** What a live session's transcripts look like now: their sizes and change times (lstat, never followed). */
function signature(transcriptPath: string): string {
  let sig = '';
  for (const f of transcriptFiles(transcriptPath, false, Date.now())) {
    try {
      const st = fs.lstatSync(f);
      sig += `${f.length}:${st.ino}:${st.size}:${st.mtimeMs};`;
    } catch {
      sig += '-;';
    }
  }
  return sig;
}

/** The `session_end` SessionEnd would have logged, for a session whose process ended (or moved on). */
export function sessionEndEvent(sessionId: string, reason: string, at: Date): TwoLEvent {
  const event = hookPayloadToEvent(
    { hook_event_name: 'SessionEnd', session_id: sessionId, reason },
    { now: at, hookMs: 0 },
  );
  delete event.hook_ms;
  event.recovered = 'process';
  return event;
}

export class Followed {
  private readonly live = new Map<string, LiveSession>();
  private passing = false;

  constructor(private readonly opts: FollowOptions) {
    this.restore();
  }

  /** Take over the sessions a collector that died was following. */
  private restore(): void {
    const store = this.opts.store;
    if (!store) return;
    let names: string[] = [];
    try {
      names = fs.readdirSync(store).filter((n) => n.startsWith(LIVE_PREFIX));
    } catch {
      return;
    }
    for (const name of names.slice(0, MAX_LIVE)) {
      const file = path.join(store, name);
      let text: string | undefined;
      try {
        text = readRegularText(file, RECORD_MAX);
      } catch {
        text = undefined;
      }
      const r = parseRecord(text);
      if (!r) {
        fs.rmSync(file, { force: true });
        continue;
      }
      const record = (m: string) => recordHookError(stateDir(r.project), `hook: ${m}`);
      const session: LiveSession = { ...r, record, sig: '', grewAt: Date.now() };
      const other = this.live.get(r.transcriptPath);
      // Two runs of one resumed session, both left behind: the one whose process lives is followed, the other ended.
      const [keep, drop] = other && !(r.cli && isAlive(r.cli)) ? [other, session] : [session, other];
      this.live.set(keep.transcriptPath, keep);
      if (drop) this.end(drop, 'other');
    }
  }

  /** One per run: a resumed session's next run (same transcript, another process) has a record of its own. */
  private recordFile(s: Pick<LiveSession, 'transcriptPath' | 'cli'>): string | undefined {
    const run = s.cli ? `${s.transcriptPath}\0${s.cli.pid} ${s.cli.start}` : s.transcriptPath;
    return this.opts.store && path.join(this.opts.store, `${LIVE_PREFIX}${pathKey(run)}`);
  }

  private writeDown(s: LiveSession): void {
    const file = this.recordFile(s);
    if (!file) return;
    const { project, transcriptPath, sessionId, cli } = s;
    try {
      atomicWriteFileSync(file, JSON.stringify({ project, transcriptPath, sessionId, cli }), {
        mode: 0o600,
        keepMode: false,
        durable: false,
      });
    } catch (err) {
      s.record(`live session record: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  get size(): number {
    return this.live.size;
  }

  /** A hook call of this session (log-payload.ts's `onTranscript`). */
  seen(s: SeenSession): void {
    // An older pack's SessionEnd hook reads the transcript to its end itself: nothing is left to follow.
    if (s.hook === 'SessionEnd') {
      const ended = this.live.get(s.transcriptPath);
      this.live.delete(s.transcriptPath);
      const file = ended && this.recordFile(ended);
      if (file) fs.rmSync(file, { force: true });
      return;
    }
    const known = this.live.get(s.transcriptPath);
    if (known) {
      if (s.hook !== 'SessionStart' || !s.cli || sameProcess(known.cli, s.cli)) return;
      // The same transcript in another process (`--resume`): the run before it is over, by this call at the latest.
      this.end(known, 'other', s.at);
    }
    if (s.hook === 'SessionStart' && s.cli && s.source !== 'compact') {
      // The same process starting another session (`/clear`, `/resume`) ended the one it ran.
      for (const other of [...this.live.values()])
        if (sameProcess(other.cli, s.cli)) this.end(other, s.source === 'clear' ? 'clear' : 'other');
    }
    if (this.live.size >= MAX_LIVE) {
      // Bounded: past MAX_LIVE sessions at once the one followed longest is left to the next SessionStart's pass.
      const oldest = this.live.values().next().value!;
      this.live.delete(oldest.transcriptPath);
      const file = this.recordFile(oldest);
      if (file) fs.rmSync(file, { force: true });
    }
    const session: LiveSession = {
      project: s.project,
      transcriptPath: s.transcriptPath,
      record: s.record,
      sessionId: s.sessionId,
      cli: s.cli,
      sig: '',
      grewAt: Date.now(),
    };
    this.live.set(s.transcriptPath, session);
    if (s.cli) this.writeDown(session);
  }

  /** Catch a followed transcript up now, before a hook event of its session is logged; false when not followed. */
  catchUp(transcriptPath: string): boolean {
    const s = this.live.get(transcriptPath);
    if (!s) return false;
    reconcileNow({ project: s.project, transcriptPath, runtime: this.opts.runtime, onWarning: s.record });
    return true;
  }

  /** One pass: read the transcripts that grew, end the sessions whose process is gone. */
  async pass(): Promise<void> {
    if (this.passing) return;
    this.passing = true;
    try {
      for (const s of [...this.live.values()]) {
        // Looked at before the transcript: whatever the process wrote before it exited is in the file by now.
        if (s.cli && !isAlive(s.cli)) {
          this.end(s, 'other');
          continue;
        }
        if (s.cli) s.aliveAt = Date.now();
        const sig = signature(s.transcriptPath);
        if (sig === s.sig) {
          if (!s.cli && Date.now() - s.grewAt > this.opts.liveMs) this.live.delete(s.transcriptPath);
          continue;
        }
        s.sig = sig;
        s.grewAt = Date.now();
        this.opts.onActivity?.();
        let turnEnd: Date | undefined;
        await reconcile({
          project: s.project,
          transcriptPath: s.transcriptPath,
          runtime: this.opts.runtime,
          live: true,
          onWarning: s.record,
          onTurnEnd: (at) => {
            turnEnd = at;
          },
        }).catch((err: unknown) => s.record(`transcript: ${err instanceof Error ? err.message : String(err)}`));
        if (turnEnd) this.opts.track(this.afterTurn(s, 'Stop', turnEnd));
      }
    } finally {
      this.passing = false;
    }
  }

  /** The session is over: read its transcripts to the end, log its `session_end` once, then its cost and alerts. */
  private end(s: LiveSession, reason: string, notAfter?: Date): void {
    if (this.live.get(s.transcriptPath) === s) this.live.delete(s.transcriptPath);
    // Seen alive a pass ago: it ended about now. Never seen alive (taken over from a collector that died, or
    // its SessionStart spooled while none ran): it ended after its transcripts' last write.
    let at = s.aliveAt ? new Date() : (lastWrite(s.transcriptPath) ?? new Date());
    if (notAfter && notAfter < at) at = notAfter;
    const work = (async () => {
      // Not live: a half another writer holds is waited out, so the end follows every call of the session.
      let turnEnd: Date | undefined;
      await reconcile({
        project: s.project,
        transcriptPath: s.transcriptPath,
        runtime: this.opts.runtime,
        onWarning: s.record,
        onTurnEnd: (t) => {
          turnEnd = t;
        },
      }).catch((err: unknown) => s.record(`transcript: ${err instanceof Error ? err.message : String(err)}`));
      // A last turn the live passes had not seen yet (a `-p` session exits right after it): its cost comes first.
      if (turnEnd) await this.afterTurn(s, 'Stop', turnEnd);
      const rt = this.opts.runtime;
      const sid = s.sessionId;
      // Once per run of the session: a resumed one has the same id in another process, and ends again.
      const key = s.cli ? `session-${s.cli.pid}-${s.cli.start}` : 'session';
      if (sid && SAFE_ID.test(sid) && !(rt && isWritten(rt, sid, 'end', key)) && claim(rt, sid, 'end', key)) {
        appendEvent(s.project, sessionEndEvent(sid, reason, at), { onWarning: s.record });
        markWritten(rt, sid, 'end', key);
      }
      // Its end is in the log: a successor has nothing left to take over.
      const file = this.recordFile(s);
      if (file) fs.rmSync(file, { force: true });
      await this.afterTurn(s, 'SessionEnd', at);
    })();
    this.opts.track(work);
  }

  /** What the Stop and SessionEnd hooks ran after their event: the turn's cost, then the alerts. */
  private async afterTurn(s: LiveSession, hook: 'Stop' | 'SessionEnd', at: Date): Promise<void> {
    const { turnCost, stopAlerts, runtime } = this.opts;
    const onError = (err: unknown) => s.record(err instanceof Error ? (err.stack ?? err.message) : String(err));
    if (turnCost)
      await turnCost({
        project: s.project,
        transcriptPath: s.transcriptPath,
        hook,
        at,
        runtime,
        record: s.record,
      }).catch(onError);
    if (stopAlerts) await stopAlerts({ project: s.project, runtime, record: s.record }).catch(onError);
  }
}
