/**
 * `./install.mjs stats`: the logged runs (install log, log.ts) summed up:
 * how many ended how, the success rate, durations. Pure: records in, a
 * summary and its text out.
 */
import { formatMs } from '../shared/duration.ts';
import type { LogRecord } from './log.ts';

export interface LogStats {
  runs: number;
  success: number;
  partial: number;
  conflict: number;
  failure: number;
  /** Started and never ended: the process was killed (or is running now). */
  killed: number;
  /** Runs during which Ctrl-C, SIGTERM or SIGHUP arrived (each was finished first). */
  signalled: number;
  /** Share of runs that did their job (success or partial), 0-1; null with no runs. */
  success_rate: number | null;
  median_ms: number | null;
  max_ms: number | null;
  last?: { run: string; at: string; command: string; outcome: string };
}

export function logStats(records: readonly LogRecord[]): LogStats {
  const runs = new Map<string, { start?: LogRecord; end?: LogRecord; signal: boolean }>();
  for (const r of records) {
    const run = runs.get(r.run) ?? { signal: false };
    if (r.event === 'start') run.start = r;
    else if (r.event === 'end') run.end = r;
    else if (r.event === 'signal') run.signal = true;
    runs.set(r.run, run);
  }
  const s: LogStats = {
    runs: runs.size,
    success: 0,
    partial: 0,
    conflict: 0,
    failure: 0,
    killed: 0,
    signalled: 0,
    success_rate: null,
    median_ms: null,
    max_ms: null,
  };
  const durations: number[] = [];
  for (const [id, r] of runs) {
    if (r.signal) s.signalled++;
    const outcome = typeof r.end?.outcome === 'string' ? r.end.outcome : undefined;
    if (outcome === 'success' || outcome === 'partial' || outcome === 'conflict' || outcome === 'failure') s[outcome]++;
    else s.killed++;
    const ms = r.end?.duration_ms;
    if (typeof ms === 'number' && Number.isFinite(ms)) durations.push(ms);
    s.last = {
      run: id,
      at: String(r.start?.at ?? r.end?.at ?? ''),
      command: String(r.start?.command ?? '?'),
      outcome: outcome ?? 'killed',
    };
  }
  if (s.runs > 0) s.success_rate = (s.success + s.partial) / s.runs;
  if (durations.length) {
    durations.sort((a, b) => a - b);
    s.median_ms = durations[Math.floor((durations.length - 1) / 2)]!;
    s.max_ms = durations[durations.length - 1]!;
  }
  return s;
}

export function formatStats(s: LogStats, file: string): string {
  if (s.runs === 0) return `no runs logged in ${file}\n`;
  const pct = `${Math.round((s.success_rate ?? 0) * 1000) / 10}%`;
  const lines = [
    `install log ${file}: ${s.runs} run(s)`,
    `  success rate ${pct}: ${s.success} done, ${s.partial} partial, ${s.conflict} stopped on a conflict, ${s.failure} failed, ${s.killed} killed (no end logged)`,
  ];
  if (s.signalled) lines.push(`  ${s.signalled} run(s) got Ctrl-C or a signal (each was finished first)`);
  if (s.median_ms !== null) lines.push(`  duration: median ${formatMs(s.median_ms)}, max ${formatMs(s.max_ms!)}`);
  if (s.last) lines.push(`  last: ${s.last.command} ${s.last.run} at ${s.last.at}: ${s.last.outcome}`);
  return `${lines.join('\n')}\n`;
}
