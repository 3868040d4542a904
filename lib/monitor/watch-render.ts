/**
 * One frame of `/2l-status --watch`: the performance table (Component |
 * Current | Target | Trend | Status), resources, KPIs and alerts, fitted to
 * the terminal (lines cut to its width, the frame to its height). Pure: a
 * report and a size in, lines out; every field from the log is stripped of
 * control characters before it reaches the terminal.
 */
import { describeAlert } from './alerts.ts';
import { formatFigure, formatMs } from '../shared/duration.ts';
import type { StatusReport } from './status-collect.ts';
import type { PerformanceRow } from './performance.ts';
import { clip, stripControls } from '../shared/text.ts';
import { table } from './status-render.ts';

export interface FrameOptions {
  width: number;
  height: number;
  color: boolean;
  /** When the frame was drawn and how often it is redrawn (shown in the header). */
  now: Date;
  everyMs: number;
}

const safe = (s: string, max = 60) => clip(stripControls(s), max);
const pct = (r: number | null) => (r === null ? '-' : `${Math.round(r * 1000) / 10} %`);
const mib = (b: number) => `${Math.round(b / 1048576)} MiB`;

/** A table cell: the one figure rule (shared/duration.ts), with a unit from the log cleaned first. */
export function figureCell(v: number | null, unit: string): string {
  return formatFigure(v, unit === 'ms' || unit === 'ratio' || unit === 'usd' ? unit : safe(unit, 16));
}

/** The mark of a component past its usual figure by the regression rule (trends.ts). */
export const REGRESSED = '▲';

/** The sparkline, and `▲` (yellow) when this session regressed against the previous ones. */
export function trendCell(p: Pick<PerformanceRow, 'trend' | 'regression'>, color: boolean): string {
  const spark = p.trend || '-';
  if (!p.regression) return spark;
  return `${spark} ${color ? `\u001b[33m${REGRESSED}\u001b[39m` : REGRESSED}`;
}

/** `firing (critical)` red, `firing (warning)` and `pending` yellow, `ok` green, `no data` dim. */
export function statusText(p: Pick<PerformanceRow, 'status' | 'severity'>, color: boolean): string {
  const s = p.status === 'ok' || p.status === 'no data' ? p.status : `${p.status} (${p.severity ?? 'warning'})`;
  if (!color) return s;
  if (p.status === 'firing' && p.severity === 'critical') return `\u001b[31m${s}\u001b[39m`;
  if (p.status === 'firing' || p.status === 'pending') return `\u001b[33m${s}\u001b[39m`;
  if (p.status === 'ok') return `\u001b[32m${s}\u001b[39m`;
  return `\u001b[2m${s}\u001b[22m`;
}

export function renderWatchFrame(r: StatusReport, o: FrameOptions): string[] {
  const bold = (s: string) => (o.color ? `\u001b[1m${s}\u001b[22m` : s);
  const out: string[] = [];
  out.push(
    bold(`2L live · ${safe(r.project, 60)}`),
    `${o.now.toISOString().slice(11, 19)} UTC · ${r.summary.events.toLocaleString('en-US')} events · redraws every ${formatMs(o.everyMs)} when the log changes · Ctrl-C to quit`,
    '',
    bold('Performance'),
  );
  const rows = [['Component', 'Current', 'Target', 'Trend', 'Status']];
  for (const p of r.performance)
    rows.push([
      safe(p.component, 40),
      figureCell(p.current, p.unit),
      figureCell(p.target, p.unit),
      trendCell(p, o.color),
      statusText(p, o.color),
    ]);
  out.push(...table(rows, new Set([1, 2])).map((l) => `  ${l}`));
  // What the marker means, one line per regressed component (the rule is trends.ts's).
  for (const p of r.performance)
    if (p.regression) out.push(`  ${REGRESSED} ${safe(p.component, 40)} regressed: ${safe(p.regression, 160)}`);

  out.push('', bold('Resources'));
  const res = r.resources;
  if (!res) out.push('  no sample yet (the dashboard server samples every 10 s while a session works)');
  else {
    out.push(
      `  Claude Code  ${res.claude.cpu_pct} % CPU · ${mib(res.claude.rss_bytes)} · ${res.claude.pids} processes`,
      `  2L pack      ${res.pack.cpu_pct} % CPU · ${mib(res.pack.rss_bytes)} · ${res.pack.pids} processes`,
      `  machine      load ${res.machine.load1} ${res.machine.load5} ${res.machine.load15} · ${mib(res.machine.mem_available_bytes)} free of ${mib(res.machine.mem_total_bytes)} · sampled ${res.at.slice(11, 19)}`,
    );
  }

  const k = r.kpis;
  out.push(
    '',
    bold('KPIs'),
    `  validation ${pct(k.validation.success_rate)} (${k.validation.passed}/${k.validation.passed + k.validation.failed}) · tools ${pct(k.tools.success_rate)} (${k.tools.succeeded}/${k.tools.succeeded + k.tools.failed})`,
    `  tasks/h ${k.tasks.per_hour === null ? '-' : Math.round(k.tasks.per_hour * 10) / 10} · agent utilisation ${pct(k.agent_utilisation)} · parallel ${pct(k.parallel_ratio)}`,
  );

  out.push('', bold(`Alerts (${r.alerts.active.length} active)`));
  if (r.alerts.active.length === 0) out.push('  none');
  for (const a of r.alerts.active) out.push(`  ${safe(describeAlert(a), 200)}`);

  return fit(out, o.width, o.height);
}

/** Each line cut to the width (ANSI codes do not count), the frame to the height. */
export function fit(lines: string[], width: number, height: number): string[] {
  const w = Math.max(20, width);
  const cut = lines.map((l) => {
    let visible = 0;
    let s = '';
    for (let i = 0; i < l.length; i++) {
      const esc = /^\u001b\[\d+m/.exec(l.slice(i, i + 8));
      if (esc) {
        s += esc[0];
        i += esc[0].length - 1;
        continue;
      }
      if (visible >= w) break;
      s += l[i];
      visible++;
    }
    // a line cut inside a coloured cell must not colour the next one
    return s.length < l.length && s.includes('\u001b[') ? `${s}\u001b[0m` : s;
  });
  const h = Math.max(3, height - 1);
  return cut.length > h ? [...cut.slice(0, h - 1), `… ${cut.length - h + 1} more lines (enlarge the terminal)`] : cut;
}
