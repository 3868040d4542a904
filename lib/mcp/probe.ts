/**
 * Proves an MCP server answers: start it (stdio) or connect (streamable HTTP,
 * SSE), run `initialize` and `tools/list` with the official SDK client, and
 * classify what went wrong precisely. Every process started is ended, the
 * whole group, before the result is returned. Secrets never reach the result:
 * configured env/header values are scrubbed from stderr and error text.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { ProcessTransport } from './stdio-transport.ts';
import type { EndHow, EndOptions } from '../shared/process-group.ts';
import { cleanString } from '../events/redact.ts';
import { stripControls } from '../shared/text.ts';
import { errorMessage } from '../shared/errors.ts';

export type TransportKind = 'stdio' | 'http' | 'sse';

export interface ProbeTarget {
  name: string;
  transport: TransportKind;
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  cwd: string;
  url?: string;
  headers?: Record<string, string>;
}

export type FailureKind =
  | 'config_error'
  | 'command_not_found'
  | 'spawn_failed'
  | 'exited'
  | 'timeout'
  | 'protocol_error'
  | 'http_error'
  | 'connect_failed';

export interface ProbeResult {
  name: string;
  ok: boolean;
  kind?: FailureKind;
  /** One line: what happened. */
  message: string;
  protocolVersion?: string;
  serverInfo?: { name: string; version: string };
  tools?: number;
  /** From start (spawn or first request) until `tools/list` answered or the probe gave up. */
  latencyMs: number;
  exitCode?: number | null;
  signal?: string | null;
  stderrTail?: string;
  /** Non-JSON-RPC lines the server wrote on stdout. */
  garbage?: string[];
  /** How the server process group ended (stdio only). */
  cleanup?: EndHow;
  /** The server's process (and process-group) id (stdio only). */
  pid?: number;
}

export interface ProbeOptions {
  timeoutMs: number;
  /** Environment the stdio server starts with, before its own `env` (default: ours). */
  baseEnv?: NodeJS.ProcessEnv;
  end?: EndOptions;
  clientVersion?: string;
}

const MAX_PAGES = 50;

/** Terminal escapes and control characters (other than newline and tab) out of text we print. */
export function printable(text: string): string {
  return stripControls(text, { replacement: '?', keepLayout: true, dropEscapes: true });
}

/** Replace every configured secret value, then the usual redaction, then trim. */
export function scrub(text: string, secrets: readonly string[], max = 2000): string {
  let out = printable(text);
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join('***');
  return cleanString(out, max);
}

/** A URL safe to print: no credentials, no query. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

function secretsOf(t: ProbeTarget): string[] {
  const out = [...Object.values(t.env ?? {}), ...Object.values(t.headers ?? {})];
  try {
    const u = new URL(t.url ?? '');
    if (u.password) out.push(decodeURIComponent(u.password));
    for (const v of u.searchParams.values()) out.push(v);
  } catch {
    /* no URL */
  }
  return out.filter((s) => typeof s === 'string' && s.length >= 3).sort((a, b) => b.length - a.length);
}

function errCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

class Timeout extends Error {}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

export async function probeServer(target: ProbeTarget, opts: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const secrets = secretsOf(target);
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (kind: FailureKind, message: string, extra: Partial<ProbeResult> = {}): ProbeResult => ({
    name: target.name,
    ok: false,
    kind,
    message: scrub(message, secrets, 600),
    latencyMs: elapsed(),
    ...extra,
  });

  let transport: Transport;
  let proc: ProcessTransport | undefined;
  if (target.transport === 'stdio') {
    if (!target.command) return fail('config_error', 'no `command` configured');
    proc = new ProcessTransport(
      {
        command: target.command,
        args: target.args ?? [],
        env: { ...(opts.baseEnv ?? process.env), ...target.env },
        cwd: target.cwd,
      },
      opts.end,
    );
    transport = proc;
  } else {
    let url: URL;
    try {
      url = new URL(target.url ?? '');
    } catch {
      return fail('config_error', target.url ? 'the `url` is not a valid URL' : 'no `url` configured');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return fail('config_error', `the \`url\` must be http or https, not ${url.protocol}`);
    const requestInit = { headers: target.headers ?? {} };
    transport =
      target.transport === 'sse'
        ? new SSEClientTransport(url, { requestInit })
        : new StreamableHTTPClientTransport(url, { requestInit });
  }

  let protocolVersion: string | undefined;
  const setVersion = transport.setProtocolVersion?.bind(transport);
  transport.setProtocolVersion = (v: string) => {
    protocolVersion = v;
    setVersion?.(v);
  };

  const client = new Client({ name: '2l-check-mcps', version: opts.clientVersion ?? '0' }, { capabilities: {} });
  let stage = 'initialize';
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), opts.timeoutMs);
  });
  const reqOpts = { timeout: opts.timeoutMs + 1000 };
  const work = (async () => {
    await client.connect(transport, reqOpts);
    stage = 'tools/list';
    let tools = 0;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.listTools(cursor ? { cursor } : {}, reqOpts);
      tools += res.tools.length;
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return tools;
  })();
  work.catch(() => {}); // the race below reports it; a late rejection after close is expected

  let result: ProbeResult;
  try {
    const racers: Array<Promise<number>> = [work, deadline];
    if (proc) racers.push(proc.whenExited().then(() => Promise.reject(new Error('exited'))));
    const tools = await Promise.race(racers);
    const info = client.getServerVersion();
    const latencyMs = elapsed();
    result = {
      name: target.name,
      ok: true,
      message: `ok: protocol ${protocolVersion ?? '?'}, ${tools} tool${tools === 1 ? '' : 's'}, ${latencyMs} ms`,
      protocolVersion,
      serverInfo: info
        ? { name: scrub(String(info.name), secrets, 120), version: scrub(String(info.version), secrets, 60) }
        : undefined,
      tools,
      latencyMs,
    };
    if (proc && proc.garbageCount > 0) result.garbage = proc.garbage.map((g) => scrub(g, secrets, 200));
  } catch (err) {
    result = classify(err);
  } finally {
    clearTimeout(timer);
  }
  try {
    await (proc ? proc.close() : client.close());
  } catch {
    /* closing a failed connection */
  }
  if (proc) {
    result.cleanup = proc.ended;
    result.pid = proc.pid;
    const tail = proc.stderrTail();
    if (!result.ok && tail) result.stderrTail = scrub(tail, secrets, 2000);
  }
  return result;

  function classify(err: unknown): ProbeResult {
    if (proc?.spawnError) {
      const code = proc.spawnError.code;
      if (code === 'ENOENT')
        return fail('command_not_found', `command \`${target.command}\` not found (check PATH, or the \`cwd\`)`);
      return fail('spawn_failed', `cannot start \`${target.command}\`: ${code ?? proc.spawnError.message}`);
    }
    const garbage = proc && proc.garbageCount > 0 ? proc.garbage.map((g) => scrub(g, secrets, 200)) : undefined;
    const garbageNote = garbage
      ? `; stdout had ${proc!.garbageCount} line${proc!.garbageCount === 1 ? '' : 's'} that are not JSON-RPC, first: \`${garbage[0]}\``
      : '';
    if (proc?.exit) {
      const { code, signal } = proc.exit;
      return fail(
        'exited',
        `exited ${signal ? `on ${signal}` : `with code ${code}`} before answering \`${stage}\`${garbageNote}`,
        { exitCode: code, signal, garbage },
      );
    }
    if (err instanceof Timeout) {
      if (garbage)
        return fail(
          'protocol_error',
          `no JSON-RPC answer to \`${stage}\` within ${seconds(opts.timeoutMs)}${garbageNote}`,
          { garbage },
        );
      return fail('timeout', `timed out after ${seconds(opts.timeoutMs)} waiting for \`${stage}\``);
    }
    if (err instanceof StreamableHTTPError)
      return fail(
        'http_error',
        `HTTP ${err.code ?? '?'} on \`${stage}\`: ${err.message.replace(/^Streamable HTTP error: /, '')}`,
      );
    const sseCode = (err as { code?: unknown }).code;
    if (target.transport === 'sse' && typeof sseCode === 'number' && sseCode >= 400)
      return fail('http_error', `HTTP ${sseCode} on \`${stage}\`: ${errorMessage(err)}`);
    const code = errCode(err);
    if (
      target.transport !== 'stdio' &&
      code &&
      /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|UND_ERR_\w+|CERT_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/.test(
        code,
      )
    ) {
      return fail('connect_failed', `cannot connect to ${displayUrl(target.url ?? '')}: ${code}`);
    }
    if (err instanceof McpError) return fail('protocol_error', `\`${stage}\` failed: ${err.message}`);
    return fail('protocol_error', `\`${stage}\` failed: ${errorMessage(err)}${garbageNote}`, { garbage });
  }
}

/** Probe every target at once; results come back in the targets' order. */
export function probeAll(targets: readonly ProbeTarget[], opts: ProbeOptions): Promise<ProbeResult[]> {
  return Promise.all(targets.map((t) => probeServer(t, opts)));
}
