/**
 * Renders a StatusReport: a table for people (ANSI colour only when asked,
 * i.e. on a terminal), JSON for agents and scripts, CSV (RFC 4180) for
 * spreadsheets. Pure: strings in, strings out.
 */
import { describeAlert, formatValue } from './alerts.ts';
import { formatFigure, formatMs } from '../shared/duration.ts';
import { CRITICAL_STREAK } from './ops-checks.ts';
import { toolTarget } from './config.ts';
import type { StatusReport } from './status-collect.ts';
import type { DurationSnapshot } from './percentiles.ts';
import { clip, stripControls } from '../shared/text.ts';
import { costCsvRows, costTableLines } from './cost-render.ts';

const num = (n: number) => n.toLocaleString('en-US');
const pct = (r: number) => `${Math.round(r * 1000) / 10} %`;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** Control characters out of log text before it reaches a terminal. */
function safe(s: string | undefined, max = 80): string {
  return clip(stripControls(s ?? ''), max);
}

interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: number, reset: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[${reset}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

/** Columns padded to the widest cell; `right` columns aligned right. Widths ignore ANSI codes. */
export function table(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const visible = (s: string) => s.replace(/\u001b\[\d+m/g, '').length;
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, visible(c))));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - visible(c));
        return right.has(i) ? pad + c : i === r.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function since(iso: string | undefined, now: string): string {
  if (!iso) return '-';
  const d = Date.parse(now) - Date.parse(iso);
  return Number.isNaN(d) ? safe(iso, 30) : `${formatMs(Math.max(0, d))} ago`;
}

function durationRow(d: DurationSnapshot): string {
  return d.count === 0
    ? 'no samples'
    : `p50 ${formatMs(d.p50)} · p95 ${formatMs(d.p95)} · p99 ${formatMs(d.p99)} · max ${formatMs(d.max)} · ${num(d.count)} samples`;
}

/**
 * Whether a db_check / mcp_check event reports health: no error, a db
 * `payload.outcome` of "ok", no failed MCP servers.
 */
export function checkHealthy(e: { error?: string; payload?: unknown }): boolean {
  if (e.error) return false;
  const p = e.payload as { outcome?: unknown; failed?: unknown; ok?: unknown } | undefined;
  if (!p || typeof p !== 'object') return true;
  if (typeof p.outcome === 'string' && p.outcome !== 'ok') return false;
  if (typeof p.failed === 'number' && p.failed > 0) return false;
  return p.ok !== false;
}

/** `OTLP → <endpoint>: …`: what the live export sent, dropped and holds back, as the server last wrote it. */
function otlpLine(o: NonNullable<StatusReport['otlp']>, c: Paint): string {
  const head = `OTLP → ${safe(o.endpoint, 120)}`;
  const st = o.status;
  if (!st) return `${head}: configured; no dashboard server has exported yet (/2l-dashboard starts one)`;
  const parts = [
    `${num(st.sent.spans)} spans, ${num(st.sent.logs)} logs, ${num(st.sent.metric_exports)} metric exports sent`,
    st.dropped ? c.yellow(`${num(st.dropped)} dropped`) : '0 dropped',
    st.gaps ? c.yellow(`${num(st.gaps)} gap${st.gaps === 1 ? '' : 's'}`) : '',
    st.behind_bytes ? `${bytes(st.behind_bytes)} behind` : '',
    st.retrying ? c.yellow(`retrying${st.last_error ? ` (${safe(st.last_error, 120)})` : ''}`) : '',
    o.server_running ? 'server running' : `server not running${o.updated_at ? ` (as of ${o.updated_at})` : ''}`,
  ];
  return `${head}: ${parts.filter(Boolean).join(' · ')}`;
}

export function renderTable(r: StatusReport, opts: { color?: boolean; maxRows?: number } = {}): string {
  const c = paint(opts.color ?? false);
  const max = opts.maxRows ?? 10;
  const s = r.summary;
  const out: string[] = [];
  const scope = [
    r.filter.since ? `since ${r.filter.since}` : 'all events',
    r.filter.session ? `session ${safe(r.filter.session, 40)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  out.push(c.bold(`2L status · ${scope}`));
  const bad = [
    r.log.malformed && `${num(r.log.malformed)} malformed`,
    r.log.truncated && `${num(r.log.truncated)} truncated`,
    r.log.oversized && `${num(r.log.oversized)} oversized`,
  ]
    .filter(Boolean)
    .join(', ');
  out.push(
    `Log: ${num(s.events)} events shown of ${num(r.log.events_read)} read · ${r.log.files} file${r.log.files === 1 ? '' : 's'}, ${bytes(r.log.bytes)}${bad ? ` · ${c.yellow(bad)} lines skipped` : ''} · read in ${formatMs(r.processing.ms)}`,
  );
  if (s.first) out.push(`Span: ${s.first} → ${s.last}`);
  if (r.otlp) out.push(otlpLine(r.otlp, c));
  for (const e of r.config.errors) out.push(c.yellow(`Config: ${e}`));
  if (s.events === 0 && r.log.lines === 0) {
    out.push('', 'No events yet: the log is empty or absent (.2L/events.jsonl). Hooks write it as Claude Code runs.');
  }

  // Orchestration
  const a = s.agents;
  const plan =
    s.plan.status === 'none'
      ? 'no 2L plan'
      : `plan ${s.plan.status}${s.plan.iteration ? ` · iteration ${safe(s.plan.iteration, 40)}` : ''}${s.plan.phase ? ` · phase ${safe(s.plan.phase, 40)}` : ''}`;
  out.push(
    '',
    c.bold('Orchestration'),
    `  ${plan} · agents: ${a.active.length} active, ${a.orphaned.length ? c.yellow(`${a.orphaned.length} orphaned`) : '0 orphaned'}, ${a.completed} completed`,
  );
  for (const ag of a.active.slice(0, max))
    out.push(`  active   ${safe(ag.agent_type || ag.agent_id, 40)} since ${since(ag.started, r.generated)}`);
  for (const ag of a.orphaned.slice(0, max))
    out.push(
      c.yellow(
        `  orphaned ${safe(ag.agent_type || ag.agent_id, 40)} started ${since(ag.started, r.generated)}, never completed`,
      ),
    );

  // Sessions
  if (s.sessions.length > 0) {
    out.push('', c.bold(`Sessions (${s.sessions.length})`));
    const recent = [...s.sessions].sort((x, y) => (x.last < y.last ? 1 : -1)).slice(0, max);
    const rows = [['session', 'started', 'duration', 'events', 'tools', 'failed', 'denied', 'state']];
    for (const ss of recent) {
      const dur = Date.parse(ss.ended ?? ss.last) - Date.parse(ss.started);
      rows.push([
        safe(ss.id, 12),
        ss.started.slice(0, 19).replace('T', ' '),
        formatMs(Number.isNaN(dur) ? undefined : dur),
        num(ss.events),
        num(ss.tools),
        num(ss.toolErrors),
        num(ss.toolDenied),
        ss.ended ? 'ended' : 'open',
      ]);
    }
    out.push(...table(rows, new Set([3, 4, 5, 6])).map((l) => `  ${l}`));
    if (s.sessions.length > max) out.push(c.dim(`  … ${s.sessions.length - max} older (see --json)`));
  }

  // Events by type
  const types = Object.entries(s.by_type);
  if (types.length > 0) {
    out.push('', c.bold('Events by type'));
    out.push(
      ...table(
        types.slice(0, 3 * max).map(([t, n]) => [safe(t, 64), num(n)]),
        new Set([1]),
      ).map((l) => `  ${l}`),
    );
    if (types.length > 3 * max) out.push(c.dim(`  … ${types.length - 3 * max} more types`));
  }

  // Tools
  if (s.tools.length > 0) {
    out.push('', c.bold('Tools (duration_ms)'));
    const rows = [['tool', 'calls', 'failed', 'p50', 'p95', 'p99', 'max', 'p95 target']];
    for (const t of s.tools.slice(0, 2 * max)) {
      const target = toolTarget(r.config.targets, t.tool);
      const over = target !== null && t.p95 !== undefined && t.p95 > target;
      rows.push([
        safe(t.tool, 40),
        num(t.calls),
        t.failures ? c.yellow(pct(t.failure_rate)) : '0 %',
        formatMs(t.p50),
        over ? c.red(formatMs(t.p95)) : formatMs(t.p95),
        formatMs(t.p99),
        formatMs(t.max),
        target === null ? '-' : formatMs(target),
      ]);
    }
    out.push(...table(rows, new Set([1, 2, 3, 4, 5, 6, 7])).map((l) => `  ${l}`));
    if (s.tools.length > 2 * max) out.push(c.dim(`  … ${s.tools.length - 2 * max} more tools`));
    const calls = s.tools.reduce((n, t) => n + t.calls, 0);
    const failed = s.tools.reduce((n, t) => n + t.failures, 0);
    const denied = s.tools.reduce((n, t) => n + t.denied, 0);
    const ran = calls - denied;
    out.push(
      `  overall failure rate: ${pct(ran ? failed / ran : 0)} (${num(failed)} of ${num(ran)} calls)` +
        (denied ? `, ${num(denied)} denied` : ''),
    );
  }

  if (r.cost) out.push('', c.bold('Tokens and cost'), ...costTableLines(r.cost, table, c.yellow, max));

  // Hook overhead
  // Since issue 13 Claude Code waits only for the hook's shell front; hook_ms is the logger's own
  // time in the background, and saying so keeps the figure (and its alert) from claiming more.
  out.push('', c.bold('Hook overhead (hook_ms)'));
  out.push(
    "  hook_ms: the collector's time per hook event; Claude Code waits only for the hook's shell front, and tool calls (read from the transcript) fire no hook (docs/hook-latency.md)",
  );
  const hookTarget = r.config.targets.hook_ms;
  const hookOver = hookTarget !== null && s.hook_ms.p95 !== undefined && s.hook_ms.p95 > hookTarget;
  out.push(
    `  ${hookOver ? c.red(durationRow(s.hook_ms)) : durationRow(s.hook_ms)}${hookTarget !== null ? ` · p95 target ${formatMs(hookTarget)}` : ''}`,
  );

  // Health
  out.push('', c.bold('Health'));
  for (const [name, e] of [
    ['database', s.checks.db],
    ['MCP', s.checks.mcp],
  ] as const) {
    if (!e) out.push(`  ${name}: never checked`);
    else {
      const text = e.error ? `failed: ${safe(e.error)}` : safe(e.data, 160);
      out.push(`  ${name}: ${checkHealthy(e) ? text : c.red(text)} (${since(e.timestamp, r.generated)})`);
    }
  }
  const db = r.ops?.db;
  if (db && db.recent.length > 0) {
    const streak = db.failing_streak;
    const line = `  database checks: ${db.ok}/${db.recent.length} ok over the last ${db.recent.length} (${formatFigure(db.success_rate, 'ratio')})${streak > 0 ? ` · ${streak} failed in a row` : ''}`;
    out.push(streak >= CRITICAL_STREAK ? c.red(line) : streak > 0 ? c.yellow(line) : line);
  }
  const starts = r.ops?.dashboard_starts;
  if (starts && starts.count > 0) {
    const target = r.config.targets.dashboard_start_ms;
    const over = target !== null && starts.p95 !== undefined && starts.p95 > target;
    const line = `  dashboard starts: p50 ${formatFigure(starts.p50, 'ms')} · p95 ${formatFigure(starts.p95, 'ms')} · p99 ${formatFigure(starts.p99, 'ms')} · ${starts.count} starts${target !== null ? ` · target ${formatFigure(target, 'ms')}` : ''}`;
    out.push(over ? c.red(line) : line);
  }
  if (s.errors.count > 0)
    out.push(`  errors: ${num(s.errors.count)}; last: ${safe(s.errors.recent[s.errors.recent.length - 1]?.data)}`);

  // Alerts: one line each, firing first; `since` is when it began firing.
  out.push('', c.bold('Alerts'));
  const fresh = new Set(r.alerts.begun.map((a) => a.key));
  const shown = [...r.alerts.active].sort((a, b) => Number(a.state === 'pending') - Number(b.state === 'pending'));
  if (shown.length === 0 && r.alerts.resolved.length === 0) out.push(`  ${c.green('none active')}`);
  for (const al of shown) {
    const pending = al.state === 'pending';
    const severity = al.severity ?? 'warning';
    const mark = pending ? c.dim('○') : severity === 'critical' ? c.red('●') : c.yellow('●');
    const tags = [pending ? 'pending' : severity, ...(fresh.has(al.key) ? ['new'] : [])];
    out.push(`  ${mark} ${safe(describeAlert(al), 160)} (${tags.join(', ')}, since ${since(al.since, r.generated)})`);
  }
  for (const al of r.alerts.resolved)
    out.push(`  ${c.green('✓')} resolved: ${safe(al.label)} back within ${formatValue(al.target, al.unit)}`);
  if (r.alerts.note) out.push(c.dim(`  (${r.alerts.note})`));
  return `${out.join('\n')}\n`;
}

export function renderJson(r: StatusReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/**
 * RFC 4180: quote fields holding a comma, quote, CR or LF; double inner quotes; CRLF line ends.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'` (OWASP's CSV-injection advice): log text such as a tool's command is not trusted.
 * Numbers are left alone, so `-1` stays a number.
 */
export function csvField(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<readonly unknown[]>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Long format, one metric per row: `section,name,metric,value`. */
export function renderCsv(r: StatusReport): string {
  const s = r.summary;
  const rows: unknown[][] = [['section', 'name', 'metric', 'value']];
  const push = (section: string, name: string, metric: string, value: unknown) => {
    if (value !== undefined) rows.push([section, name, metric, value]);
  };
  push('log', 'events', 'count', s.events);
  const o = r.otlp?.status;
  if (o) {
    push('otlp', 'spans', 'sent', o.sent.spans);
    push('otlp', 'logs', 'sent', o.sent.logs);
    push('otlp', 'events', 'dropped', o.dropped);
    push('otlp', 'gaps', 'count', o.gaps);
    push('otlp', 'backlog', 'bytes', o.behind_bytes);
    push('otlp', 'retrying', 'state', o.retrying ? 1 : 0);
  }
  push('log', 'malformed', 'count', r.log.malformed);
  push('log', 'truncated', 'count', r.log.truncated);
  push('log', 'first', 'timestamp', s.first);
  push('log', 'last', 'timestamp', s.last);
  for (const [t, n] of Object.entries(s.by_type)) push('event_type', t, 'count', n);
  for (const ss of s.sessions) {
    push('session', ss.id, 'started', ss.started);
    push('session', ss.id, 'ended', ss.ended ?? '');
    push('session', ss.id, 'duration_ms', Date.parse(ss.ended ?? ss.last) - Date.parse(ss.started));
    push('session', ss.id, 'events', ss.events);
    push('session', ss.id, 'tools', ss.tools);
    push('session', ss.id, 'tool_errors', ss.toolErrors);
    push('session', ss.id, 'tool_denied', ss.toolDenied);
  }
  for (const t of s.tools) {
    push('tool', t.tool, 'calls', t.calls);
    push('tool', t.tool, 'failures', t.failures);
    push('tool', t.tool, 'denied', t.denied);
    push('tool', t.tool, 'failure_rate', t.failure_rate);
    for (const k of ['p50', 'p95', 'p99', 'max'] as const) push('tool', t.tool, `${k}_ms`, t[k]);
  }
  for (const k of ['count', 'p50', 'p95', 'p99', 'max'] as const)
    push('hook', 'hook_ms', k === 'count' ? 'samples' : `${k}_ms`, s.hook_ms[k]);
  push('plan', 'plan', 'status', s.plan.status);
  push('plan', 'plan', 'iteration', s.plan.iteration);
  push('plan', 'plan', 'phase', s.plan.phase);
  push('agents', 'agents', 'active', s.agents.active.length);
  push('agents', 'agents', 'orphaned', s.agents.orphaned.length);
  push('agents', 'agents', 'completed', s.agents.completed);
  for (const [name, e] of [
    ['database', s.checks.db],
    ['mcp', s.checks.mcp],
  ] as const) {
    if (!e) continue;
    push('health', name, 'checked_at', e.timestamp);
    push('health', name, 'healthy', checkHealthy(e));
    push('health', name, 'detail', e.error ? `failed: ${e.error}` : e.data);
  }
  for (const a of r.alerts.active) push('alert', a.key, 'active_since', a.since);
  if (r.cost) costCsvRows(r.cost, push);
  return toCsv(rows);
}
