/**
 * `dashboard-server --project DIR --ports SPEC [--idle-ms N] [--tail N] [--otlp-backoff-max-ms N] [--otlp-metrics-ms N]`
 * The detached server process that `dashboard` starts. It takes a port by
 * binding it, records itself in `.2L/dashboard/server.json`, then prints one
 * line for its parent on stdout (`READY <json>`, `BUSY <json>` or
 * `ERROR <text>`) and never writes to stdout again.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from '../dashboard/server.ts';
import { APP_ID, clearState, ensureDashboardDir, writeState } from '../dashboard/state.ts';
import { parsePorts, PortsBusyError } from '../dashboard/port-pick.ts';
import { errorMessage } from '../shared/cli.ts';
import { runtimeDir } from '../hook/claims.ts';

function say(line: string): void {
  try {
    fs.writeSync(1, `${line}\n`);
  } catch {
    // The parent has gone; nothing is listening.
  }
}

/** Shorter waits when asked for, each at least 50 ms; the exporter's defaults otherwise. */
function otlpOptions(backoffMaxMs: number | undefined, metricsMs: number | undefined) {
  const atLeast = (n: number) => Math.max(50, Math.round(n));
  return {
    log: (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
    ...(backoffMaxMs !== undefined
      ? { backoff: { baseMs: Math.min(1000, atLeast(backoffMaxMs)), maxMs: atLeast(backoffMaxMs) } }
      : {}),
    ...(metricsMs !== undefined ? { metricsEveryMs: atLeast(metricsMs) } : {}),
  };
}

/** Node's start-up and this script's imports, before main runs: the first phase of a start. */
const bootMs = Math.round(process.uptime() * 1000);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      ports: { type: 'string' },
      'idle-ms': { type: 'string' },
      tail: { type: 'string' },
      'poll-ms': { type: 'string' },
      // The live OTLP export's longest retry wait and metrics interval (tests shorten them; flags, not
      // environment, so a repository's settings cannot change them).
      'otlp-backoff-max-ms': { type: 'string' },
      'otlp-metrics-ms': { type: 'string' },
    },
  });
  const project = values.project;
  const ports = parsePorts(values.ports ?? '');
  if (!project || !ports) {
    say('ERROR dashboard-server: `--project` and `--ports` are required');
    return 2;
  }
  const num = (v: string | undefined) => (v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v));
  ensureDashboardDir(project); // before listening: a planted .2L/dashboard stops us here, not after
  let instance = '';
  let server;
  try {
    server = await startServer({
      project,
      ports,
      idleMs: num(values['idle-ms']),
      tail: num(values.tail),
      pollMs: num(values['poll-ms']),
      alerts: {
        log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
        // The lease that tells the Stop hook's evaluation this server owns the project's alerts.
        runtime: runtimeDir(),
      },
      otlp: otlpOptions(num(values['otlp-backoff-max-ms']), num(values['otlp-metrics-ms'])),
      onClose: (reason) => {
        clearState(project, instance);
        process.stderr.write(`${new Date().toISOString()} dashboard stopped: ${reason}\n`);
        process.exit(0);
      },
    });
  } catch (err) {
    if (err instanceof PortsBusyError) {
      say(`BUSY ${JSON.stringify({ ports: err.ports })}`);
      return 3;
    }
    say(`ERROR ${errorMessage(err)}`);
    return 1;
  }
  // Phases of the start, from this process's own start (node's boot and our imports included).
  const portMs = Math.round(process.uptime() * 1000);
  instance = server.instance;
  writeState(project, {
    app: APP_ID,
    pid: process.pid,
    port: server.port,
    url: server.url,
    project,
    instance,
    token: server.token,
    started: server.started,
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => void server.close(sig));
  process.on('SIGHUP', () => undefined); // outlive the terminal of the session that started us
  // The secret goes to our parent over this private pipe; the only file that holds it is the 0600 state.
  const phases = { boot_ms: bootMs, port_ms: portMs, ready_ms: Math.round(process.uptime() * 1000) };
  say(`READY ${JSON.stringify({ port: server.port, url: server.url, token: server.token, pid: process.pid, phases })}`);
  process.stderr.write(`${new Date().toISOString()} dashboard listening on ${server.url} for ${project}\n`);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    say(`ERROR ${errorMessage(err)}`);
    process.exit(1);
  },
);
