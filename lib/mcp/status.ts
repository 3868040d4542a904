/**
 * The result of `/2l-check-mcps`: `.2L/mcp-status.json` (the latest check, for
 * the dashboard) and one `mcp_check` event in the log. Nothing here holds a
 * server's env values or headers: results were scrubbed by the probe, and a
 * server that is not started never had its variables expanded.
 */
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { newEvent, type TwoLEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import type { FailureKind, ProbeResult, TransportKind } from './probe.ts';
import { notStartedText, type KeySource, type NotStarted } from './approval.ts';
import type { Approval, ConfiguredServer, Scope, SourceError } from './sources.ts';
import { stateDir } from '../events/project-dir.ts';
import { cleanPayload } from '../events/redact.ts';
import { ensureStateRoot } from '../shared/safe-fs.ts';

export const STATUS_FILE = 'mcp-status.json';

export interface ServerStatus {
  name: string;
  scope: Scope;
  source: string;
  transport?: TransportKind;
  approval?: Approval;
  /** Claude Code would not start it, so 2L did not either; `message` says how to change that. */
  not_started?: NotStarted;
  rejected_in?: KeySource[];
  ok: boolean;
  kind?: FailureKind;
  message: string;
  protocol_version?: string;
  server_info?: { name: string; version: string };
  tools?: number;
  latency_ms: number;
  exit_code?: number | null;
  signal?: string | null;
  stderr_tail?: string;
  garbage?: string[];
}

export interface McpStatus {
  v: 1;
  checked_at: string;
  project: string;
  timeout_ms: number;
  total_ms: number;
  ok: number;
  failed: number;
  not_started: number;
  servers: ServerStatus[];
  shadowed: Array<{ name: string; scope: Scope; source: string }>;
  errors: SourceError[];
}

export function serverStatus(s: ConfiguredServer, r: ProbeResult, transport?: TransportKind): ServerStatus {
  const out: ServerStatus = {
    name: s.name,
    scope: s.scope,
    source: s.source,
    transport,
    approval: s.approval,
    ok: r.ok,
    kind: r.kind,
    message: r.message,
    latency_ms: r.latencyMs,
  };
  if (r.protocolVersion) out.protocol_version = r.protocolVersion;
  if (r.serverInfo) out.server_info = r.serverInfo;
  if (r.tools !== undefined) out.tools = r.tools;
  if (r.exitCode !== undefined) out.exit_code = r.exitCode;
  if (r.signal) out.signal = r.signal;
  if (r.stderrTail) out.stderr_tail = r.stderrTail;
  if (r.garbage) out.garbage = r.garbage;
  return out;
}

/** A server Claude Code would not start: reported, never run. */
export function notStartedStatus(s: ConfiguredServer & { notStarted: NotStarted }): ServerStatus {
  const out: ServerStatus = {
    name: s.name,
    scope: s.scope,
    source: s.source,
    approval: s.approval,
    not_started: s.notStarted,
    ok: false,
    message: notStartedText(s.notStarted, s.rejectedIn),
    latency_ms: 0,
  };
  if (s.rejectedIn) out.rejected_in = s.rejectedIn;
  return out;
}

export function buildStatus(fields: Omit<McpStatus, 'v' | 'ok' | 'failed' | 'not_started'>): McpStatus {
  const ok = fields.servers.filter((s) => s.ok).length;
  const notStarted = fields.servers.filter((s) => s.not_started).length;
  return { v: 1, ...fields, ok, failed: fields.servers.length - ok - notStarted, not_started: notStarted };
}

/** One line for the event log and the dashboard. */
export function statusLine(st: McpStatus): string {
  if (st.servers.length === 0)
    return `MCP check: no servers configured${st.errors.length ? `, ${st.errors.length} unreadable config file(s)` : ''}`;
  const failures = st.servers.filter((s) => !s.ok && !s.not_started).map((s) => `${s.name}: ${s.kind}`);
  const skipped = st.not_started ? `, ${st.not_started} not started` : '';
  return `MCP check: ${st.servers.length} server${st.servers.length === 1 ? '' : 's'}, ${st.ok} ok, ${st.failed} failed${skipped}${failures.length ? ` (${failures.join(', ')})` : ''}`;
}

export function statusEvent(st: McpStatus, now = new Date()): TwoLEvent {
  const ev = newEvent('mcp_check', statusLine(st).slice(0, 2000), {}, now);
  ev.payload = cleanPayload({
    ok: st.ok,
    failed: st.failed,
    not_started: st.not_started,
    total_ms: st.total_ms,
    servers: st.servers.map((s) => ({
      name: s.name,
      scope: s.scope,
      transport: s.transport,
      ok: s.ok,
      kind: s.kind,
      not_started: s.not_started,
      tools: s.tools,
      latency_ms: s.latency_ms,
      protocol_version: s.protocol_version,
    })),
    errors: st.errors.length,
  });
  return ev;
}

/**
 * Write `.2L/mcp-status.json` and append the `mcp_check` event; returns the
 * status file. `.2L` must be a real folder of ours; the write is a rename, so
 * a link planted at the file's name is replaced, never written through.
 */
export function recordStatus(project: string, st: McpStatus): string {
  const dir = stateDir(project);
  ensureStateRoot(dir);
  const file = path.join(dir, STATUS_FILE);
  atomicWriteFileSync(file, `${JSON.stringify(st, null, 2)}\n`, { mode: 0o600, keepMode: false });
  appendEvent(project, statusEvent(st, new Date(st.checked_at)));
  return file;
}
