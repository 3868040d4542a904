/**
 * The `check-mcps` command (`lib/bin/check-mcps.ts` only runs it): start or
 * connect every MCP server Claude Code would start for this project, in
 * parallel, run `initialize` + `tools/list`, report each (and why the others
 * are not started), and record the result in `.2L/mcp-status.json` and an
 * `mcp_check` event.
 */
import os from 'node:os';
import path from 'node:path';
import {
  SHARED_OPTIONS,
  UsageError,
  errorMessage,
  parseCliArgs,
  projectFromFlag,
  unexpectedArgument,
} from '../shared/cli.ts';
import { printable, probeServer, type ProbeResult } from './probe.ts';
import { collectServers, resolveServer, type ConfiguredServer } from './sources.ts';
import {
  buildStatus,
  notStartedStatus,
  recordStatus,
  serverStatus,
  type McpStatus,
  type ServerStatus,
} from './status.ts';

const DEFAULT_TIMEOUT_S = 30;
/** Probes running at once: all of a normal config, but never hundreds of processes. */
const MAX_PARALLEL = 16;
export const CHECK_HELP = `Usage: check-mcps [--timeout SECONDS] [--json]

Start (stdio) or connect to (HTTP, SSE) every MCP server Claude Code would
start for this project: .mcp.json (project scope) and ~/.claude.json (user
scope, and local scope under projects[<this project>]). A project server starts
only as Claude Code starts it: the folder trusted and the server approved
("enabledMcpjsonServers" or "enableAllProjectMcpServers", none of the
"disabledMcpjsonServers"). The others are listed as not started, with how to
approve them; they are not run, and their \${VAR}s are not expanded.
Each server started gets the MCP initialize handshake and tools/list through
the official SDK client, in parallel (up to 16 at once). Every process started
is ended afterwards. Env values and headers are never printed.
Results go to .2L/mcp-status.json and an mcp_check event in .2L/events.jsonl.

Options:
  --timeout SECONDS  give up on a server after this long (default ${DEFAULT_TIMEOUT_S}; 0.1-600)
  --project DIR      project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --no-record        do not write .2L/mcp-status.json or the event
  --json             print the status as JSON
  -h, --help         show this help

Exit codes: 0 every server started answered (or none is configured), 1 a
server failed or a config file is unreadable, 2 bad arguments.`;

export interface CheckArgs {
  timeoutMs: number;
  json: boolean;
  record: boolean;
  project: string;
}

export function parseCheckArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): CheckArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      timeout: { type: 'string' },
      project: SHARED_OPTIONS.project,
      'no-record': { type: 'boolean' },
      json: SHARED_OPTIONS.json,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw unexpectedArgument(positionals[0]!);
  let timeoutMs = DEFAULT_TIMEOUT_S * 1000;
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout.trim()) || !(s >= 0.1 && s <= 600))
      throw new UsageError(
        `\`--timeout\` must be a number of seconds from 0.1 to 600, not \`${values.timeout.slice(0, 40)}\``,
      );
    timeoutMs = Math.round(s * 1000);
  }
  return {
    timeoutMs,
    json: values.json ?? false,
    record: !values['no-record'],
    project: projectFromFlag(values.project, env, cwd),
  };
}

/** Where the user's own configuration is: `~/.claude.json` under `home`, `CLAUDE_CONFIG_DIR` and the variables servers expand from `env`. */
export interface CheckContext {
  home: string;
  env: NodeJS.ProcessEnv;
}

const userContext = (): CheckContext => ({ home: os.homedir(), env: process.env });

async function checkOne(s: ConfiguredServer, args: CheckArgs, env: NodeJS.ProcessEnv): Promise<ServerStatus> {
  if (s.notStarted) return notStartedStatus({ ...s, notStarted: s.notStarted });
  const resolved = resolveServer(s, args.project, env);
  if (!resolved.target) {
    const r: ProbeResult = {
      name: s.name,
      ok: false,
      kind: 'config_error',
      message: resolved.error ?? 'invalid entry',
      latencyMs: 0,
    };
    return serverStatus(s, r);
  }
  const r = await probeServer(resolved.target, { timeoutMs: args.timeoutMs });
  return serverStatus(s, r, resolved.target.transport);
}

/** Probe every server Claude Code would start for the project, at most MAX_PARALLEL at once. */
export async function checkServers(args: CheckArgs, ctx: CheckContext = userContext()): Promise<McpStatus> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  const found = collectServers({ project: args.project, home: ctx.home, env: ctx.env });
  const servers: ServerStatus[] = new Array(found.servers.length);
  let next = 0;
  const worker = async () => {
    while (next < found.servers.length) {
      const i = next++;
      servers[i] = await checkOne(found.servers[i]!, args, ctx.env);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_PARALLEL, found.servers.length) }, worker));
  return buildStatus({
    checked_at: checkedAt,
    project: args.project,
    timeout_ms: args.timeoutMs,
    total_ms: Math.round(performance.now() - started),
    servers,
    shadowed: found.shadowed.map((s) => ({ name: s.name, scope: s.scope, source: s.source })),
    errors: found.errors,
  });
}

/** A name from a config file, safe on one terminal line. */
const label = (name: string) =>
  printable(name)
    .replace(/[\n\t]/g, '?')
    .slice(0, 80);

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => `${pad}${l}`)
    .join('\n');
}

export function renderCheckText(st: McpStatus, statusFile: string | undefined): string {
  const out: string[] = [];
  const n = st.servers.length;
  const skipped = st.not_started ? `, ${st.not_started} not started` : '';
  out.push(
    n === 0
      ? '2L MCP check: no MCP servers configured for this project.'
      : `2L MCP check: ${n} server${n === 1 ? '' : 's'}, ${st.ok} ok, ${st.failed} failed${skipped} (${st.total_ms} ms, in parallel)`,
  );
  const width = Math.min(28, Math.max(4, ...st.servers.map((s) => label(s.name).length)));
  for (const s of st.servers) {
    const mark = s.not_started ? 'OFF ' : s.ok ? 'OK  ' : 'FAIL';
    out.push(
      `  ${mark} ${label(s.name).padEnd(width)}  ${s.scope.padEnd(7)}  ${(s.transport ?? '-').padEnd(5)}  ${s.ok || s.not_started ? s.message : `${s.kind}: ${s.message}`}`,
    );
    if (s.stderr_tail) out.push('       stderr (last lines):', indent(s.stderr_tail, '         '));
  }
  if (st.not_started)
    out.push('  OFF: Claude Code would not start it, so 2L did not start it, connect to it or expand its variables.');
  for (const s of st.shadowed)
    out.push(
      `  note: ${label(s.name)} in ${s.source} is hidden by the ${st.servers.find((x) => x.name === s.name)?.scope ?? 'other'} entry of the same name`,
    );
  for (const e of st.errors) out.push(`  config error: ${e.message}`);
  if (n === 0) out.push('  Add servers with /2l-setup-mcps, or claude mcp add.');
  if (statusFile) out.push(`Results written to ${statusFile} and an mcp_check event.`);
  return out.join('\n');
}

export interface CheckRun {
  status: McpStatus;
  /** Where the status was written, relative to the project; absent with `--no-record`. */
  statusFile?: string;
  /** Why it could not be written: the report still prints, and the exit code says so. */
  recordError?: string;
  exitCode: number;
}

/** Check, then record the result unless `--no-record`; exit 1 when a server failed, a config is unreadable or nothing could be recorded. */
export async function runCheck(args: CheckArgs, ctx: CheckContext = userContext()): Promise<CheckRun> {
  const status = await checkServers(args, ctx);
  const run: CheckRun = { status, exitCode: 0 };
  if (args.record) {
    try {
      run.statusFile = path.relative(args.project, recordStatus(args.project, status)) || undefined;
    } catch (err) {
      run.recordError = `could not record the result in \`${path.join(args.project, '.2L')}\`: ${errorMessage(err)}`;
    }
  }
  run.exitCode = status.failed > 0 || status.errors.length > 0 || run.recordError ? 1 : 0;
  return run;
}
