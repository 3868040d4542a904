/**
 * Alert evaluation when no dashboard server runs: at Stop, in the hook's
 * background path (the collector or the per-event logger, after the hook front
 * has returned to Claude Code), the targets that come from the log alone are
 * judged with the same figures as the server (live-metrics.ts) and recorded
 * through the alert store, so each transition is one `performance_alert`, and
 * the user is notified as the server would.
 *
 * Incremental and capped: a cursor in the user's runtime folder says how far
 * the log was read; each Stop reads only what was appended since (at most
 * `MAX_READ_BYTES`, the newest, when more came) and keeps the slimmed events
 * still inside the alert window (at most `MAX_KEPT`, the newest), which are
 * replayed into a fresh LiveMetrics. Never the whole log, never more than a
 * few hundred KiB per turn.
 *
 * Left out: what needs a process that watches (the pipeline's time per event,
 * the dashboard refresh), the query time (`/2l-query` records it), and the
 * cost budgets (cost-live.ts judges them at the same Stop).
 * While a dashboard server holds the lease (alert-lease.ts) it owns
 * evaluation and this path does nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TwoLEvent } from '../events/format.ts';
import { stateDir } from '../events/project-dir.ts';
import { pathKey, readNew, type Cursor } from '../transcript/reader.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { checkPrivateDir, ensurePrivateDir, isUnsafePath, readRegularText } from '../shared/safe-fs.ts';
import { errorMessage } from '../shared/errors.ts';
import { isLogKey } from './alerts.ts';
import { recordWith } from './alert-store.ts';
import { liveLeaseHolder } from './alert-lease.ts';
import { loadPerfConfig } from './config.ts';
import { LiveMetrics } from './live-metrics.ts';
import { KEEP_CHECKS } from './ops-checks.ts';
import { Notifier, alertNotice } from './notify.ts';
import { loadNotifyConfig } from './notify-config.ts';

/** Most log bytes read per Stop: a turn that wrote more is judged on its newest events. */
export const MAX_READ_BYTES = 512 * 1024;
/** Most events kept between Stops (about 300 KiB of state): the window is cut to the newest. */
export const MAX_KEPT = 2000;
const MAX_STATE_BYTES = 4 * 1024 * 1024;
const MAX_LINE_BYTES = 256 * 1024;
/** A payload kept for a metric event (name, value, unit, labels) is small; a larger one is dropped. */
const MAX_KEPT_PAYLOAD = 1024;
/** DB checks and dashboard starts: judged by count, not the window (ops-checks.ts), so kept past it. */
const OPS = new Set(['db_check', 'dashboard_start']);

interface StopState {
  v: 1;
  cursor?: Cursor;
  /** Slimmed events in log order; `m` marks a line that was not an event (hook error rate). */
  kept: Array<Partial<TwoLEvent> & { m?: 1 }>;
}

export interface StopAlertsOptions {
  project: string;
  runtime: string | undefined;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** null: no notifications (tests of the evaluation alone). Default: from notify-config.ts. */
  notifier?: Notifier | null;
  record?: (message: string) => void;
}

export type StopOutcome =
  | { ran: false; why: string }
  | { ran: true; events: TwoLEvent[]; read: number; kept: number; skipped?: string };

/** What parseEventLine requires of a line (readNew has parsed it already). */
function isEvent(v: unknown): v is TwoLEvent {
  const e = v as Record<string, unknown> | null;
  return !!e && typeof e === 'object' && typeof e.timestamp === 'string' && typeof e.event_type === 'string';
}

/** Only what LiveMetrics reads, so the state stays small. */
function slim(e: TwoLEvent): StopState['kept'][number] {
  const s: StopState['kept'][number] = { timestamp: e.timestamp, event_type: e.event_type };
  if (e.source === 'hook') s.source = 'hook';
  if (e.error) s.error = '1';
  for (const k of ['agent_id', 'session_id', 'tool_name', 'agent_type'] as const)
    if (typeof e[k] === 'string') s[k] = e[k].slice(0, 200);
  if (typeof e.hook_ms === 'number') s.hook_ms = e.hook_ms;
  if (typeof e.duration_ms === 'number') s.duration_ms = e.duration_ms;
  if (e.event_type === 'metric' && JSON.stringify(e.payload ?? null).length <= MAX_KEPT_PAYLOAD) s.payload = e.payload;
  if (OPS.has(e.event_type) && JSON.stringify(e.payload ?? null).length <= MAX_KEPT_PAYLOAD) s.payload = e.payload;
  if (e.event_type === 'session_start') {
    const source = (e.payload as { source?: unknown } | undefined)?.source;
    if (typeof source === 'string') s.payload = { source: source.slice(0, 40) };
  }
  return s;
}

function statePath(runtime: string, project: string): string {
  return path.join(runtime, 'alerts', `stop-${pathKey(path.resolve(project))}.json`);
}

function loadState(file: string): StopState {
  try {
    const v = JSON.parse(readRegularText(file, MAX_STATE_BYTES) ?? '') as StopState;
    if (v && v.v === 1 && Array.isArray(v.kept)) return v;
  } catch {
    /* absent, refused or corrupt: start from the log's newest bytes */
  }
  return { v: 1, kept: [] };
}

/** Read what the log gained since the cursor (the newest MAX_READ_BYTES of it when more). */
function readAppended(log: string, cursor: Cursor | undefined) {
  let from = cursor;
  let cut = false;
  try {
    const st = fs.lstatSync(log);
    const same = from && from.dev === st.dev && from.ino === st.ino && from.offset <= st.size;
    const start = same ? from!.offset : 0;
    if (st.size - start > MAX_READ_BYTES) {
      from = { dev: st.dev, ino: st.ino, offset: st.size - MAX_READ_BYTES };
      cut = true;
    }
  } catch {
    return undefined;
  }
  const r = readNew(log, from, { maxBytes: MAX_READ_BYTES, maxLineBytes: MAX_LINE_BYTES });
  // Starting mid-line, the first piece read is not a malformed line of the log.
  return { ...r, skipped: Math.max(0, r.skipped - (cut ? 1 : 0)) };
}

/** Judge the log's targets at a Stop; never throws. Resolves once the notices are sent (or given up on). */
export async function evaluateAtStop(opts: StopAlertsOptions): Promise<StopOutcome> {
  const { project, runtime } = opts;
  const record = opts.record ?? (() => undefined);
  if (!runtime) return { ran: false, why: 'no private runtime folder for the cursor' };
  const now = opts.now ?? new Date();
  const holder = liveLeaseHolder(runtime, project, now.getTime());
  if (holder !== undefined) return { ran: false, why: `the dashboard server (pid ${holder}) evaluates alerts` };
  try {
    checkPrivateDir(stateDir(project));
    const config = loadPerfConfig(project).config;
    if (!config.alerts.enabled) return { ran: false, why: 'alerts are turned off' };
    const file = statePath(runtime, project);
    const state = loadState(file);
    const got = readAppended(path.join(stateDir(project), 'events.jsonl'), state.cursor);
    if (!got) return { ran: false, why: 'no log yet' };
    let read = 0;
    for (const r of got.records) {
      state.kept.push(isEvent(r.value) ? slim(r.value) : { m: 1 });
      read++;
    }
    for (let i = 0; i < got.skipped; i++) state.kept.push({ m: 1 });
    state.cursor = got.cursor;
    // Outside the window or past the cap: gone. A malformed line takes the time of the event before it.
    const since = now.getTime() - config.alerts.window_ms;
    let last = '';
    const inWindow = state.kept.filter((e) => {
      if (e.m) return last !== '' && Date.parse(last) >= since;
      last = e.timestamp ?? '';
      return Date.parse(last) >= since || OPS.has(e.event_type ?? '');
    });
    // Past the window only the newest KEEP_CHECKS of each kind stay (all OpsChecks remembers).
    const seen = new Map<string, number>();
    for (let i = inWindow.length - 1; i >= 0; i--) {
      const e = inWindow[i]!;
      if (!OPS.has(e.event_type ?? '') || Date.parse(e.timestamp ?? '') >= since) continue;
      const n = (seen.get(e.event_type!) ?? 0) + 1;
      seen.set(e.event_type!, n);
      if (n > KEEP_CHECKS) inWindow.splice(i, 1);
    }
    state.kept = inWindow.slice(-MAX_KEPT);
    const metrics = new LiveMetrics(config.alerts.window_ms);
    for (const e of state.kept) {
      if (e.m) metrics.addMalformed(now.getTime());
      else metrics.add(e as TwoLEvent, now.getTime());
    }
    ensurePrivateDir(path.dirname(file));
    atomicWriteFileSync(file, JSON.stringify(state), { mode: 0o600, keepMode: false });
    const measurements = metrics.measure(config, now.getTime());
    // The server's own figures and the budgets are not ours to end.
    const owns = (key: string) => isLogKey(key) && !key.startsWith('budget.');
    const r = recordWith(project, now, (s) => ({ state: s, measurements, owns }), config.alerts);
    const events = r.events ?? [];
    if (events.length > 0) await notifyAll(opts, events, record);
    return { ran: true, events, read, kept: state.kept.length, ...(r.skipped ? { skipped: r.skipped } : {}) };
  } catch (err) {
    const why = isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err);
    record(`stop alerts: ${why}`);
    return { ran: false, why };
  }
}

async function notifyAll(opts: StopAlertsOptions, events: TwoLEvent[], record: (m: string) => void): Promise<void> {
  let notifier = opts.notifier;
  if (notifier === null) return;
  if (notifier === undefined) {
    const nc = loadNotifyConfig(opts.project, opts.env);
    notifier = new Notifier({
      project: opts.project,
      env: opts.env,
      desktop: nc.desktop,
      webhookUrl: nc.webhook_url,
      onProblem: (m) => record(`alert notice: ${m}`),
    });
  }
  for (const e of events) {
    const n = alertNotice(e);
    if (n) notifier.notify(n);
  }
  // This process may exit soon after (the per-event logger): the webhook must go out first.
  await notifier.idle();
}
