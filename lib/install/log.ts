/**
 * The install log, `<target>/.2l-install.log`: one JSON line per record, for
 * every run that changes something (install, update, uninstall, restore,
 * prune; not --dry-run, --check or listings): its start, each file action,
 * how it ended (success, partial, conflict, failure with the message) with
 * the duration of each phase and in all, and a signal (Ctrl-C) that arrived.
 * The last LOG_RUNS runs are kept. The file is never followed through a
 * symlink nor read when it is not a regular file: appends open it O_NOFOLLOW,
 * the trim replaces it atomically. A run whose start has no end was killed.
 * Writing the log never fails a run: the caller gets the reason instead.
 */
import path from 'node:path';
import fs from 'node:fs';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { errorMessage } from '../shared/errors.ts';
import { APPEND_FLAGS, openRegular, readRegularText } from '../shared/safe-fs.ts';
import type { Report } from './context.ts';

export const LOG_FILE = '.2l-install.log';
/** Runs the log keeps (the seed's "last 100 runs"). */
export const LOG_RUNS = 100;
/** Larger than 100 runs of our few dozen files ever get; a bigger file is not ours to read. */
const MAX_LOG_BYTES = 16 << 20;

export type Outcome = 'success' | 'partial' | 'conflict' | 'failure';

export interface LogRecord {
  run: string;
  at: string;
  event: 'start' | 'file' | 'end' | 'signal';
  [field: string]: unknown;
}

export function logPath(target: string): string {
  return path.join(path.resolve(target), LOG_FILE);
}

/** The records of a log's text, oldest first; lines that are not ours are skipped. */
export function parseLog(text: string): LogRecord[] {
  const out: LogRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as LogRecord;
      if (v && typeof v === 'object' && typeof v.run === 'string' && typeof v.event === 'string') out.push(v);
    } catch {
      /* a torn or foreign line */
    }
  }
  return out;
}

/** The lines of the newest `keep` runs (by first appearance), as text to write back. */
export function trimLog(text: string, keep: number): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const order: string[] = [];
  const runOf = lines.map((l) => {
    try {
      const run = (JSON.parse(l) as { run?: unknown }).run;
      if (typeof run === 'string') {
        if (!order.includes(run)) order.push(run);
        return run;
      }
    } catch {
      /* dropped */
    }
    return undefined;
  });
  const kept = new Set(order.slice(Math.max(0, order.length - keep)));
  const out = lines.filter((_, i) => runOf[i] !== undefined && kept.has(runOf[i]!));
  return out.length ? `${out.join('\n')}\n` : '';
}

function runsIn(text: string): number {
  return new Set(parseLog(text).map((r) => r.run)).size;
}

/** Append records to the log (never through a link); trims to `keep` runs first when a new run starts. */
function append(file: string, records: LogRecord[], keep: number, newRun: boolean): void {
  if (newRun) {
    const text = readRegularText(file, MAX_LOG_BYTES);
    if (text !== undefined && runsIn(text) >= keep)
      atomicWriteFileSync(file, trimLog(text, keep - 1), { mode: 0o600, keepMode: false });
  }
  const fd = openRegular(file, APPEND_FLAGS, 0o600);
  try {
    fs.writeSync(fd, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  } finally {
    fs.closeSync(fd);
  }
}

export interface RunLogInfo {
  command: string;
  version: string;
  run: string;
  pid: number;
  now?: () => Date;
  keep?: number;
}

/** How a run ended, from its report (or the error it threw). */
export function outcomeOf(report: Report | undefined): Outcome {
  if (!report) return 'failure';
  if (report.conflicts.length > 0) return 'conflict';
  return report.exitCode === 0 ? 'success' : report.exitCode === 3 ? 'partial' : 'failure';
}

/**
 * One run's log. The start is written at once when the target folder exists
 * (a run that dies then leaves a start with no end); else with the end.
 * Every method returns why the log could not be written, or undefined.
 */
export class RunLog {
  private started = false;
  private readonly file: string;
  private readonly keep: number;
  private readonly now: () => Date;
  private readonly began: Date;

  constructor(
    target: string,
    private readonly info: RunLogInfo,
  ) {
    this.file = logPath(target);
    this.keep = info.keep ?? LOG_RUNS;
    this.now = info.now ?? (() => new Date());
    this.began = this.now();
  }

  private record(event: LogRecord['event'], fields: Record<string, unknown> = {}): LogRecord {
    return { run: this.info.run, at: this.now().toISOString(), event, ...fields };
  }

  private write(records: LogRecord[]): string | undefined {
    const first = !this.started;
    if (first)
      records.unshift({
        ...this.record('start', { command: this.info.command, version: this.info.version, pid: this.info.pid }),
        at: this.began.toISOString(),
      });
    try {
      append(this.file, records, this.keep, first);
      this.started = true;
      return undefined;
    } catch (err) {
      return `could not write the install log \`${this.file}\`: ${errorMessage(err)}`;
    }
  }

  start(): string | undefined {
    if (!fs.existsSync(path.dirname(this.file))) return undefined;
    return this.write([]);
  }

  end(report: Report | undefined, exitCode: number, durationMs: number, error?: unknown): string | undefined {
    const files = (report?.files ?? [])
      .filter((f) => f.action !== 'unchanged' && f.action !== 'gone')
      .map((f) => this.record('file', { action: f.action, rel: f.rel }));
    const outcome = outcomeOf(report);
    const end = this.record('end', {
      outcome,
      exit: exitCode,
      duration_ms: report?.durationMs ?? Math.round(durationMs),
      ...(report?.phases ? { phases: report.phases } : {}),
      ...(report ? { written: report.written.length, removed: report.removed.length } : {}),
      ...(report?.backedUp.length ? { backed_up: report.backedUp.length, backup_run: report.run } : {}),
      ...(report?.conflicts.length ? { conflicts: report.conflicts.length } : {}),
      ...(error !== undefined ? { error: errorMessage(error) } : {}),
    });
    if (!fs.existsSync(path.dirname(this.file))) return undefined;
    return this.write([...files, end]);
  }

  /** A signal that arrived during the run (which was finished first): the process exits 130. */
  signal(sig: string): string | undefined {
    if (!this.started) return undefined;
    return this.write([this.record('signal', { signal: sig, exit: 130 })]);
  }
}
