/**
 * The resident per-user collector: logs the payloads the hook front spools
 * (hook/spool.ts), in call order, through the same pipeline as the per-event
 * logger (hook/log-payload.ts), so an event costs a few builtins in bash and
 * a millisecond here instead of a Node start-up (docs/hook-latency.md).
 *
 * - One per spool: it holds a lock the kernel drops when it dies (an abstract
 *   Unix socket on Linux, named with a key only the user can read; elsewhere a
 *   socket file, with a stale-lock check). A second one waits a little for the
 *   lock (the first may be on its way out) and exits.
 * - It announces itself in `.collector` (pid and start time), which the front
 *   reads with builtins to decide whether to start one.
 * - Crash-safe: a spool file is deleted only after its event is written; a
 *   `.done-<name>` marker made before the write and removed after it keeps a
 *   successor from writing it twice. The marker is made only when the event
 *   is redacted, mapped and ready: a collector killed between the marker and
 *   the write loses that event (the claim-and-append window, as with claims).
 * - Live sessions: SessionStart names its session's transcript and Claude
 *   Code's process; while that process lives the collector follows the
 *   transcripts (hook/follow.ts) and logs tool calls, subagents, prompts and
 *   turn ends as they are written, then the session's end. Claude Code then
 *   dispatches no hook per call, prompt or turn (docs/hook-latency.md).
 * - Idle exit: after `idleMs` without work and with no live session it removes
 *   `.collector` first (new fronts then start a successor), drains what is
 *   complete, and exits.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CREATE_EXCL_FLAGS, checkPrivateDir } from '../shared/safe-fs.ts';
import { callTime, logPayload, type StopAlerts, type TurnCost } from './log-payload.ts';
import { Followed, isAlive, startTime } from './follow.ts';
import { readSpoolFile, spoolNames } from './spool.ts';

export interface CollectorOptions {
  spool: string;
  /** Private runtime folder for claims (hook/claims.ts). */
  runtime: string | undefined;
  idleMs?: number;
  /** The backstop scan's period (fs.watch does the prompt work). */
  scanMs?: number;
  /** How often live transcripts are looked at (a stat each; read only when they grew). */
  tailMs?: number;
  /** A session whose transcripts have not grown for this long is no longer followed (default 10 × idleMs). */
  liveMs?: number;
  /** A spool file without its trailer this long after its last write is torn: salvaged. */
  tornMs?: number;
  /** How long a second collector waits for the lock before giving up. */
  lockWaitMs?: number;
  /** Live cost tracking per turn (log-payload.ts's `turnCost`). */
  turnCost?: TurnCost;
  /** Alert evaluation at Stop (log-payload.ts's `stopAlerts`). */
  stopAlerts?: StopAlerts;
}

export type CollectorEnd = 'idle' | 'busy' | 'unsafe';

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
const PID_FILE = '.collector';
/** A backlog a crash left may be old; its call times are still ours (spool names). */
const BACKLOG_MS = 7 * 24 * 3600 * 1000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The spool must be a real folder of ours in a real folder of ours, private; a loose mode is tightened. */
export function checkSpool(spool: string): boolean {
  try {
    checkPrivateDir(path.dirname(spool));
    checkPrivateDir(spool);
    for (const d of [path.dirname(spool), spool]) if ((fs.lstatSync(d).mode & 0o077) !== 0) fs.chmodSync(d, 0o700);
    return true;
  } catch {
    return false;
  }
}

/** A secret per spool, so nobody else can squat the lock's abstract name. */
function spoolKey(spool: string): string {
  const file = path.join(spool, '.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const tmp = path.join(spool, `.key.${process.pid}`);
    fs.writeFileSync(tmp, `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}${process.pid}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
    try {
      fs.linkSync(tmp, file); // atomic: whole or absent, and the first one wins
    } catch {
      /* another collector made it first */
    } finally {
      fs.unlinkSync(tmp);
    }
    return fs.readFileSync(file, 'utf8').trim();
  }
}

function listen(server: net.Server, where: string): Promise<boolean> {
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(where, () => resolve(true));
  });
}

/** Take the lock; undefined when another collector holds it. */
async function lock(spool: string, waitMs: number): Promise<net.Server | undefined> {
  const linux = process.platform === 'linux';
  const where = linux ? `\0${'2l-collector-'}${spoolKey(spool)}` : path.join(spool, '.lock.sock');
  const until = Date.now() + waitMs;
  for (;;) {
    const server = net.createServer((c) => c.destroy());
    if (await listen(server, where)) return server;
    if (!linux && !(await answers(where))) {
      fs.rmSync(where, { force: true }); // stale: its holder died
      continue;
    }
    if (Date.now() >= until || announced(spool)) return undefined;
    await sleep(100);
  }
}

function answers(where: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect(where, () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

/** True when `.collector` names a live collector other than us (one that is leaving removes it first). */
function announced(spool: string): boolean {
  try {
    const [pid, start] = fs.readFileSync(path.join(spool, PID_FILE), 'utf8').trim().split(' ');
    const n = Number(pid);
    if (!Number.isInteger(n) || n <= 0 || n === process.pid) return false;
    return start !== undefined && isAlive({ pid: n, start });
  } catch {
    return false;
  }
}

function writePidFile(spool: string): string {
  const text = `${process.pid} ${startTime()}\n`;
  const tmp = path.join(spool, `.collector.${process.pid}`);
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, path.join(spool, PID_FILE));
  // The start the front noted in `.starting` is done: a front that later finds no live collector (this one
  // left after a short idle, or died) must start one at once, not wait out the 2 s start window.
  fs.rmSync(path.join(spool, '.starting'), { force: true });
  return text;
}

function removePidFile(spool: string, mine: string): void {
  const file = path.join(spool, PID_FILE);
  try {
    if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
  } catch {
    /* gone already */
  }
}

const rm = (file: string) => fs.rmSync(file, { force: true });
export async function runCollector(opts: CollectorOptions): Promise<CollectorEnd> {
  const { spool, runtime } = opts;
  const idleMs = opts.idleMs ?? 180_000;
  const scanMs = opts.scanMs ?? 1000;
  const tornMs = opts.tornMs ?? 15_000;
  if (!checkSpool(spool)) return 'unsafe';
  const server = await lock(spool, opts.lockWaitMs ?? 10_000);
  if (!server) return 'busy';
  const mine = writePidFile(spool);
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  let lastWork = Date.now();
  const tailMs = opts.tailMs ?? 200;
  const followed = new Followed({
    runtime,
    liveMs: opts.liveMs ?? 10 * idleMs,
    turnCost: opts.turnCost,
    stopAlerts: opts.stopAlerts,
    track,
    store: spool,
    onActivity: () => {
      lastWork = Date.now();
    },
  });
  /** The payload's transcript, for catching it up first (a small JSON parse of a hook payload). */
  const transcriptOf = (text: string): string | undefined => {
    if (followed.size === 0 || text.length > 1 << 20) return undefined;
    try {
      const p = JSON.parse(text) as { transcript_path?: unknown };
      return typeof p.transcript_path === 'string' ? p.transcript_path : undefined;
    } catch {
      return undefined;
    }
  };
  const tailTimer = setInterval(() => void followed.pass(), tailMs);

  /** Log every complete spool file in call order; true when some are still being written. */
  const drain = (): boolean => {
    let names: string[];
    try {
      names = fs.readdirSync(spool);
    } catch {
      return false;
    }
    const done = new Set(names.filter((n) => n.startsWith('.done-')).map((n) => n.slice(6)));
    let waiting = false;
    for (const name of spoolNames(names)) {
      const file = path.join(spool, name);
      const marker = path.join(spool, `.done-${name}`);
      if (done.has(name)) {
        rm(file); // written by a collector that died before deleting it
        rm(marker);
        continue;
      }
      const read = readSpoolFile(file, uid);
      if (!read) {
        rm(file); // not a regular file of ours: dropped unread, never followed
        continue;
      }
      const { entry, mtimeMs } = read;
      const torn = Date.now() - mtimeMs > tornMs;
      if (!entry?.complete && !torn) {
        waiting = true;
        continue;
      }
      lastWork = Date.now();
      if (!entry) {
        rm(file); // no header after all this time: nothing to log
        continue;
      }
      // A live session's transcript is caught up first: the calls this hook follows are logged before it.
      const transcript = transcriptOf(entry.input.text);
      if (transcript) followed.catchUp(transcript);
      const t0 = process.hrtime.bigint();
      const rec = logPayload(entry.input, {
        projectDir: entry.projectDir,
        cwd: entry.cwd,
        now: callTime(entry.callTime, new Date(), BACKLOG_MS),
        hookMs: () => Number(process.hrtime.bigint() - t0) / 1e6,
        runtime,
        turnCost: opts.turnCost,
        cli: entry.cli,
        onTranscript: (seen) => followed.seen(seen),
        stopAlerts: opts.stopAlerts,
        cutBy: 'the end of its spool file (the hook front died writing it)',
        // Marked only once the event is ready to write: a kill before this leaves the file for a successor.
        commit: () => {
          try {
            fs.closeSync(fs.openSync(marker, CREATE_EXCL_FLAGS, 0o600));
            return true;
          } catch {
            return false;
          }
        },
      });
      if (rec) track(rec);
      rm(file);
      rm(marker);
    }
    return waiting;
  };

  let scheduled = false;
  let wake: (() => void) | undefined;
  const poke = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      wake?.();
    }, 2);
  };
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(spool, poke);
    watcher.on('error', () => undefined);
  } catch {
    /* the periodic scan does it alone */
  }
  try {
    for (;;) {
      const waiting = drain();
      if (!checkSpool(spool)) break;
      if (!waiting && pending.size === 0 && followed.size === 0 && Date.now() - lastWork > idleMs) break;
      await new Promise<void>((r) => {
        const t = setTimeout(r, scanMs);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      wake = undefined;
    }
    // Fronts that saw .collector wrote their file before looking: the last drain gets it.
    removePidFile(spool, mine);
    drain();
    await Promise.all(pending);
  } finally {
    clearInterval(tailTimer);
    watcher?.close();
    removePidFile(spool, mine);
    server.close();
  }
  return 'idle';
}
