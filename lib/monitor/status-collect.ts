/**
 * Gathers what `/2l-status` reports: one pass over the log (archives, then
 * the live file) into two bounded summaries — what the user asked to see
 * (`--since`, `--session`) and the alert window — then the alert check.
 */
import { performance } from 'node:perf_hooks';
import { isLogKey, targetStatuses, type ActiveAlert, type Measurement, type TargetStatus } from './alerts.ts';
import { LiveMetrics, measureBudgets } from './live-metrics.ts';
import type { DbChecksSnapshot, StartsSnapshot } from './ops-checks.ts';
import { readAlertState, recordAlerts } from './alert-store.ts';
import {
  isBefore,
  logFiles,
  newStreamStats,
  streamFileBatches,
  type StreamOptions,
  type StreamStats,
} from '../events/stream.ts';
import { eventsPath } from '../events/project-dir.ts';
import { mergeArchiveSummaries } from './archive-summaries.ts';
import { mergeLivePrefix } from './live-prefix.ts';
import { loadPerfConfig, type PerfConfig } from './config.ts';
import { Summary, type SummarySnapshot } from './summary.ts';
import { collectCost, CostContext } from './cost-collect.ts';
import { loadCostConfig } from './cost-config.ts';
import { readOtlpStatus, type OtlpStatusView } from './otlp-state.ts';
import type { CostSnapshot } from './cost.ts';
import { performanceRows, type PerformanceRow } from './performance.ts';
import { SessionTrends } from './trends.ts';
import type { Kpis } from './kpis.ts';
import type { ResourceSample } from './resources.ts';
import { UserError } from '../shared/errors.ts';
import { clip, stripControls } from '../shared/text.ts';

/** Sessions named in an ambiguity error; more are counted (up to MAX_MATCHED), not listed. */
const MAX_LISTED = 10;
const MAX_MATCHED = 10_000;

/**
 * `--session` as the report shows ids: clipped (`11111111-11…`) or any
 * prefix. The trailing ellipsis a copy from the table brings along is dropped.
 */
export function sessionPrefix(given: string): string {
  return given.trim().replace(/…$/, '');
}

/** The one session `prefix` names among `ids`, or a UserError listing what it matched. */
export function resolveSession(prefix: string, ids: ReadonlySet<string>): string {
  if (prefix === '') throw new UserError('`--session` needs a session id (or the start of one)');
  if (ids.has(prefix)) return prefix;
  const matches = [...ids].filter((id) => id.startsWith(prefix)).sort();
  const shown = (id: string) => clip(stripControls(id), 60);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0)
    throw new UserError(`\`--session\`: no session in the log starts with \`${shown(prefix)}\``);
  throw new UserError(
    `\`--session\`: \`${shown(prefix)}\` matches ${matches.length} sessions; give more of the id: ${matches
      .slice(0, MAX_LISTED)
      .map(shown)
      .join(', ')}${matches.length > MAX_LISTED ? ', …' : ''}`,
  );
}

export interface StatusOptions {
  since?: Date;
  session?: string;
  now?: Date;
  /** Record alert begin/end events (default true). */
  recordAlerts?: boolean;
  config?: PerfConfig;
  /** Where Claude Code's config folder (and so its transcripts) is looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Called after each batch with the bytes read so far (a progress line). */
  onRead?: (bytes: number) => void;
  /**
   * Merge archives written before the alert window from the state kept beside
   * each (monitor/archive-summaries.ts) instead of reading them; default true.
   * Only for the whole report: `--since` and `--session` read every event.
   */
  archiveSummaries?: boolean;
  /** Least new bytes of the live log for which a new state is kept (live-prefix.ts; tests lower it). */
  liveSegmentBytes?: number;
}

export interface StatusReport {
  generated: string;
  project: string;
  filter: { since?: string; session?: string };
  log: Pick<StreamStats, 'files' | 'bytes' | 'lines' | 'malformed' | 'truncated' | 'oversized'> & {
    events_read: number;
  };
  processing: { ms: number; per_event_ms: number };
  summary: SummarySnapshot;
  /** The live OTLP export, when one is configured: the figures the dashboard server last wrote (otlp-state.ts). */
  otlp?: OtlpStatusView;
  /** Tokens and cost from the transcripts of the sessions in the log (monitor/cost-collect.ts). */
  cost?: CostSnapshot & { input: Awaited<ReturnType<typeof collectCost>>['input']; config_errors: string[] };
  config: {
    file: string;
    found: boolean;
    errors: string[];
    targets: PerfConfig['targets'];
    alerts: PerfConfig['alerts'];
  };
  /** One row per watched component: current, target, trend, status (monitor/performance.ts). */
  performance: PerformanceRow[];
  /** The newest resource sample of the dashboard server, or null when none was taken. */
  resources: (ResourceSample & { at: string }) | null;
  kpis: Kpis;
  /** `/2l-setup-db` checks (success rate, failures in a row) and `/2l-dashboard` starts (p50/p95/p99). */
  ops?: { db: DbChecksSnapshot; dashboard_starts: StartsSnapshot };
  alerts: {
    active: ActiveAlert[];
    begun: ActiveAlert[];
    resolved: ActiveAlert[];
    measured: Measurement[];
    /** Per target: current, target, status, severity, since (alerts.ts `targetStatuses`). */
    targets?: TargetStatus[];
    note?: string;
  };
}

/** The live export's line, never a reason for the status to fail (a config it cannot read is the server's to report). */
function otlpOf(projectDir: string, env: NodeJS.ProcessEnv): { otlp?: OtlpStatusView } {
  try {
    const otlp = readOtlpStatus(projectDir, env);
    return otlp ? { otlp } : {};
  } catch {
    return {};
  }
}

export interface StatusResult {
  report: StatusReport;
  /** The summary behind `report.summary`, for exporters that need its histograms (lib/prometheus.ts). */
  summary: Summary;
}

export async function collectStatus(projectDir: string, opts: StatusOptions = {}): Promise<StatusResult> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const loaded = loadPerfConfig(projectDir);
  const config = opts.config ?? loaded.config;
  const windowStart = new Date(now.getTime() - config.alerts.window_ms);
  const shown = new Summary();
  const recent = new LiveMetrics(config.alerts.window_ms);
  const costContext = new CostContext();
  const stats = newStreamStats();
  const trends = new SessionTrends();
  // Read from the earlier of the two cut-offs; each summary filters for itself.
  const from = opts.since && opts.since < windowStart ? opts.since : opts.since ? windowStart : undefined;
  const sinceIso = opts.since?.toISOString();
  const windowIso = windowStart.toISOString();
  const prefix = opts.session === undefined ? undefined : sessionPrefix(opts.session);
  // Sessions the prefix matches: one is the answer, more is an error that lists them.
  const matched = new Set<string>();
  const inSession = (id: string | undefined): boolean => {
    if (prefix === undefined) return true;
    if (id === undefined || !id.startsWith(prefix)) return false;
    if (matched.size < MAX_MATCHED) matched.add(id);
    return true;
  };
  let files = logFiles(projectDir);
  let resume: StreamOptions['resume'];
  if (opts.archiveSummaries !== false && !opts.since && prefix === undefined) {
    // Whole report: archives older than the alert window add nothing to it but their totals, kept beside them.
    const m = await mergeArchiveSummaries(
      projectDir,
      { summary: shown, trends, costs: [costContext], ops: [recent.ops] },
      { before: windowStart.getTime(), onArchive: (b) => opts.onRead?.(b) },
    );
    const merged = new Set(m.merged.map((f) => f.path));
    files = files.filter((f) => !merged.has(f));
    // The live log's prefix before the window, kept the same way, when it follows the merged archives at once.
    const prefix =
      files.length === 1 && files[0] === eventsPath(projectDir)
        ? mergeLivePrefix(
            projectDir,
            { summary: shown, trends, costs: [costContext], ops: [recent.ops] },
            { before: windowStart.getTime(), kind: 'status', minSegmentBytes: opts.liveSegmentBytes },
          )
        : undefined;
    if (prefix) resume = { file: prefix.path, fd: prefix.fd, start: prefix.offset };
    const events = m.events + (prefix?.events ?? 0);
    const malformed = m.malformed + (prefix?.malformed ?? 0);
    for (let i = 0; i < malformed; i++) recent.addMalformed(now.getTime());
    const mergedBytes = m.merged.reduce((n, f) => n + f.bytes, 0) + (prefix?.offset ?? 0);
    stats.files += m.merged.length;
    stats.bytes += mergedBytes;
    stats.events += events;
    stats.lines += events + malformed;
    stats.malformed += malformed;
  }
  const batches = streamFileBatches(files, {
    since: from,
    stats,
    resume,
    onBadLine: () => {
      shown.addMalformed();
      recent.addMalformed(now.getTime());
    },
  });
  for await (const batch of batches) {
    for (const e of batch) {
      const mine = inSession(e.session_id);
      if (mine || !e.session_id) costContext.add(e);
      trends.add(e);
      if ((!opts.since || !isBefore(e.timestamp, opts.since, sinceIso!)) && mine) shown.add(e);
      if (!isBefore(e.timestamp, windowStart, windowIso)) recent.add(e, now.getTime());
      // DB checks and dashboard starts are judged by count, not the window: an old failure still counts.
      else if (e.event_type === 'db_check' || e.event_type === 'dashboard_start') recent.ops.add(e);
    }
    opts.onRead?.(stats.bytes);
  }
  const session = prefix === undefined ? undefined : resolveSession(prefix, matched);
  const ms = performance.now() - started;
  const perEvent = stats.lines > 0 ? ms / stats.lines : 0;
  // After the clock stops: reading transcripts is not the time /2l-status spends per event.
  const costConfig = loadCostConfig(projectDir);
  const cost = await collectCost(costContext, { config: costConfig.config, now, since: opts.since, env: opts.env });
  // The same figures the dashboard server judges live, so the two never disagree on a breach.
  // The time per event read here is not the live pipeline's (event_processing_ms): that is the server's to judge.
  const measured = recent.measure(config, now.getTime());
  // Budgets are project-wide: a report narrowed to a session or a time cannot judge them.
  const whole = !opts.since && !opts.session;
  if (whole) measured.push(...measureBudgets(cost.snapshot));
  const owns = (key: string) => isLogKey(key) && (whole || !key.startsWith('budget.'));
  let begun: ActiveAlert[] = [];
  let resolved: ActiveAlert[] = [];
  let note: string | undefined;
  if (config.alerts.enabled && opts.recordAlerts !== false) {
    const r = recordAlerts(projectDir, measured, owns, now, config.alerts);
    begun = [...(r.outcome?.begun ?? []), ...(r.outcome?.changed ?? [])];
    resolved = r.outcome?.resolved ?? [];
    note = r.skipped;
  } else if (!config.alerts.enabled) note = 'alerts are disabled in .2L/config.yaml';
  const shownSnap = shown.snapshot(now);
  const alertState = readAlertState(projectDir);
  const active = Object.values(alertState.active);
  const targets = targetStatuses(measured, alertState);
  const floors = new Set(measured.filter((m) => m.below).map((m) => m.key));
  const report: StatusReport = {
    generated: now.toISOString(),
    project: projectDir,
    filter: { since: sinceIso, session },
    log: {
      files: stats.files,
      bytes: stats.bytes,
      lines: stats.lines,
      malformed: stats.malformed,
      truncated: stats.truncated,
      oversized: stats.oversized,
      events_read: stats.events,
    },
    processing: { ms: Math.round(ms * 100) / 100, per_event_ms: Math.round(perEvent * 10_000) / 10_000 },
    summary: shownSnap,
    ...otlpOf(projectDir, opts.env ?? process.env),
    cost: { ...cost.snapshot, input: cost.input, config_errors: costConfig.errors },
    config: {
      file: loaded.file,
      found: loaded.found,
      errors: loaded.errors,
      targets: config.targets,
      alerts: config.alerts,
    },
    performance: performanceRows(config, targets, shownSnap.metrics, trends.trends(undefined, floors)),
    resources: shownSnap.resources ?? null,
    kpis: shownSnap.kpis,
    ops: { db: recent.ops.dbSnapshot(), dashboard_starts: recent.ops.startsSnapshot() },
    alerts: {
      active,
      begun,
      resolved,
      measured,
      targets,
      note,
    },
  };
  return { report, summary: shown };
}
