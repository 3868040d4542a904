/**
 * Where the live OTLP exporter keeps its state, and the small status file
 * beside it that `/2l-status` reads: sent, dropped, gaps, how far behind,
 * retrying and the last error, with the server's pid. Both live in the user's
 * Claude config folder, never in the repository, and the status file is a few
 * hundred bytes, so reading it costs `/2l-status` no network call and no parse
 * of the exporter's whole snapshot. Kept apart from otlp-live.ts so the status
 * command does not load the OpenTelemetry SDK.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { claudeConfigDir } from './cost-collect.ts';
import { loadOtlpTarget } from './otlp-config.ts';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { ensurePrivateDir, readRegularText } from '../shared/safe-fs.ts';

export interface LiveOtlpStatus {
  endpoint: string;
  source: string;
  sent: { spans: number; logs: number; metric_exports: number };
  /** Events not exported: skipped past the backlog bound or refused for good by the receiver. */
  dropped: number;
  /** Times the saved position's file was gone (pruned before it was exported). */
  gaps: number;
  behind_bytes: number;
  retrying: boolean;
  last_error?: string;
}

interface StatusFile {
  v: 1;
  pid: number;
  updated_at: string;
  /** The server closed its exporter (a stop, not a crash). */
  stopped: boolean;
  status: LiveOtlpStatus;
}

/** `/2l-status`'s view: the configured endpoint, and the last figures a server wrote, if one ever did. */
export interface OtlpStatusView {
  endpoint: string;
  source: string;
  /** A server that wrote these figures is running now. */
  server_running: boolean;
  updated_at?: string;
  status?: LiveOtlpStatus;
}

const MAX_STATUS_BYTES = 64 << 10;

/** `<Claude config dir>/2l/otlp/<hash of project and endpoint>.json`: the user's, never the repository's. */
export function statePath(project: string, endpoint: string, env: NodeJS.ProcessEnv = process.env): string {
  const id = createHash('sha256')
    .update(`${path.resolve(project)}\0${endpoint}`)
    .digest('hex')
    .slice(0, 24);
  return path.join(claudeConfigDir(env), '2l', 'otlp', `${id}.json`);
}

const statusPath = (state: string) => state.replace(/\.json$/, '.status.json');

/** Make `<config>/2l/otlp/` (private) for the state files. */
export function ensureStateDir(env: NodeJS.ProcessEnv): void {
  let dir = claudeConfigDir(env);
  for (const part of ['', '2l', 'otlp']) ensurePrivateDir((dir = path.join(dir, part)));
}

/** Write the status beside `state` (the exporter calls this; errors are the caller's to log). */
export function writeStatus(state: string, status: LiveOtlpStatus, stopped: boolean, now: number): void {
  const body: StatusFile = { v: 1, pid: process.pid, updated_at: new Date(now).toISOString(), stopped, status };
  atomicWriteFileSync(statusPath(state), JSON.stringify(body), { mode: 0o600, keepMode: false });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Undefined when no live export is configured for this project; else what the last server wrote, if any. */
export function readOtlpStatus(project: string, env: NodeJS.ProcessEnv = process.env): OtlpStatusView | undefined {
  const { target } = loadOtlpTarget(project, env);
  if (!target) return undefined;
  const view: OtlpStatusView = { endpoint: target.display, source: target.source, server_running: false };
  let file: Partial<StatusFile> | undefined;
  try {
    const text = readRegularText(statusPath(statePath(project, target.display, env)), MAX_STATUS_BYTES);
    file = text === undefined ? undefined : (JSON.parse(text) as Partial<StatusFile>);
  } catch {
    file = undefined;
  }
  if (file?.v !== 1 || !file.status || typeof file.pid !== 'number') return view;
  view.server_running = !file.stopped && alive(file.pid);
  if (typeof file.updated_at === 'string') view.updated_at = file.updated_at;
  // A server that is gone is not retrying any more.
  view.status = { ...file.status, retrying: view.server_running && file.status.retrying === true };
  return view;
}
