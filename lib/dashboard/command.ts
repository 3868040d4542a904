/**
 * `/2l-dashboard` and `/2l-dashboard-stop` as importable logic: help texts,
 * arguments → a typed request, and the run that prints the link or the stop
 * message. The entries in lib/bin/ only wire these to runMain.
 */
import { spawn } from 'node:child_process';
import { cleanup, formatCleanup } from './cleanup.ts';
import { readRegistry, usableProject } from '../events/project-registry.ts';
import { defaultPorts, launch, LaunchError, stop, type StartTiming } from './launch.ts';
import { loadPerfConfig } from '../monitor/config.ts';
import { formatMs } from '../shared/duration.ts';
import { parsePorts } from './port-pick.ts';
import { SHARED_OPTIONS, UsageError, parseCliArgs, projectFromFlag, unexpectedArgument } from '../shared/cli.ts';

export const DASHBOARD_HELP = `Usage: dashboard [--port N] [--no-open] [--json] [--project DIR] [--all]
       dashboard --cleanup [--all] [--json] [--project DIR]

Start this project's live 2L dashboard (or reuse the one already running) and
print its link. The link carries the server's secret: without it the page and
its data stay closed to other users of this machine. The server runs in the
background on 127.0.0.1 until /2l-dashboard-stop, or until it has had no
visitor for 2 hours.

With --cleanup, start nothing: stop this user's stale or orphaned dashboard
servers across projects (found by their processes and this project's state)
and remove their state. A pid is signalled only when it is verifiably a 2L
dashboard of ours, as /2l-dashboard-stop checks it; state naming any other
process, or a dead one, is just removed. Servers that answer are left
running unless --all.

Options:
  --all          open on every project 2L has logged to (last activity, live
                 sessions, firing alerts); one server serves them all. With
                 --cleanup: also stop servers that run and answer
  --cleanup      clean up stale and orphaned servers (see above)
  --port N       listen on port N (0: any free port); default: the first free
                 port of 8080-8099 (override with TWOL_DASHBOARD_PORTS=8080-8099)
  --no-open      do not open a browser (one is opened only when a display exists)
  --json         print {url, port, pid, project, reused} as JSON (url is the link)
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Exit codes: 0 running, 1 could not start, 2 bad arguments, 3 no free port.
With --cleanup: 0 done, 1 a server did not stop, 2 bad arguments.`;

export const STOP_HELP = `Usage: dashboard-stop [--json] [--project DIR]

Stop this project's 2L dashboard server and remove its state
(.2L/dashboard/server.json). A recorded pid is signalled only when it is
verifiably this project's dashboard; stale state is just removed.

Options:
  --json         print {stopped, message} as JSON
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Exit codes: 0 stopped or nothing to stop, 1 could not stop, 2 bad arguments.`;

export interface DashboardArgs {
  project: string;
  ports: number[];
  /** The port asked for with `--port`, to say when a reused server listens elsewhere. */
  askedPort?: number;
  open: boolean;
  json: boolean;
  /** Open on the page of every project; with cleanup, stop every server. */
  all: boolean;
  /** `--cleanup` (with `--all`: every server, also those that answer). */
  cleanup?: { all: boolean };
}

export function parseDashboardArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DashboardArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      all: { type: 'boolean' },
      'no-open': { type: 'boolean' },
      cleanup: { type: 'boolean' },
      json: SHARED_OPTIONS.json,
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw unexpectedArgument(positionals[0]!);
  if (values.cleanup && (values.port !== undefined || values['no-open']))
    throw new UsageError('`--cleanup` starts no server: it takes no `--port` or `--no-open`');
  let ports: number[];
  let askedPort: number | undefined;
  if (values.port !== undefined) {
    const p = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!(p >= 0 && p <= 65535))
      throw new UsageError(`\`--port\` must be a port number 0-65535, got \`${values.port.slice(0, 40)}\``);
    ports = [p];
    askedPort = p;
  } else if (env.TWOL_DASHBOARD_PORTS) {
    const parsed = parsePorts(env.TWOL_DASHBOARD_PORTS);
    if (!parsed)
      throw new UsageError(
        `\`TWOL_DASHBOARD_PORTS\` is not a port list (like 8080-8099): \`${env.TWOL_DASHBOARD_PORTS.slice(0, 40)}\``,
      );
    ports = parsed;
  } else ports = defaultPorts();
  return {
    project: projectFromFlag(values.project, env),
    ports,
    askedPort,
    open: !values['no-open'],
    json: values.json === true,
    all: values.all === true,
    ...(values.cleanup ? { cleanup: { all: values.all === true } } : {}),
  };
}

export function parseStopArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { project: string; json: boolean } | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { json: SHARED_OPTIONS.json, project: SHARED_OPTIONS.project, help: SHARED_OPTIONS.help },
  });
  if (values.help) return 'help';
  if (positionals.length) throw unexpectedArgument(positionals[0]!);
  return { project: projectFromFlag(values.project, env), json: values.json === true };
}

function openBrowser(url: string, env: NodeJS.ProcessEnv): void {
  const cmd =
    process.platform === 'darwin'
      ? 'open'
      : process.platform === 'win32'
        ? 'explorer'
        : env.DISPLAY || env.WAYLAND_DISPLAY
          ? 'xdg-open'
          : undefined;
  if (!cmd) return;
  try {
    const child = spawn(cmd, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no opener: the URL is printed anyway */
  }
}

export interface Printed {
  code: number;
  stdout: string;
  stderr: string;
}

/** Start or reuse the server; LaunchError messages are already worded for the user, with their exit code. */
export async function runDashboard(
  args: DashboardArgs,
  serverScript: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Printed> {
  const idle = Number(env.TWOL_DASHBOARD_IDLE_MS);
  try {
    const launched = await launch({
      project: args.project,
      ports: args.ports,
      serverScript,
      idleMs: Number.isFinite(idle) && idle > 0 ? idle : undefined,
    });
    // The page keeps its view in the address's hash: `--all` is the same link, opened on the projects.
    const r = args.all ? { ...launched, url: `${launched.url}#/projects` } : launched;
    let stdout: string;
    if (args.json) stdout = `${JSON.stringify(r)}\n`;
    else {
      const how = r.reused ? `already running (pid ${r.pid})` : `started (pid ${r.pid})`;
      const portNote =
        r.reused && args.askedPort !== undefined && args.askedPort !== r.port
          ? `; \`--port ${args.askedPort}\` ignored, stop it first to change the port`
          : '';
      stdout = `2L dashboard for ${r.project}: ${r.url}\n${how}${portNote}${r.cleaned ? `; ${r.cleaned}` : ''}. Stop it with /2l-dashboard-stop.\n`;
    }
    if (args.open) openBrowser(r.url, env);
    return { code: 0, stdout, stderr: slowStart(r.timing, startTarget(args.project)) };
  } catch (err) {
    if (err instanceof LaunchError) return { code: err.exitCode, stdout: '', stderr: `${err.message}\n` };
    throw err;
  }
}

/** The project's `dashboard_start_ms` target (2 s unless `.2L/config.yaml` says otherwise). */
function startTarget(project: string): number | null {
  return loadPerfConfig(project).config.targets.dashboard_start_ms;
}

/** A warning line when a new server took longer than the target to start, with its phases. */
export function slowStart(timing: StartTiming | undefined, target: number | null): string {
  if (!timing || target === null || timing.total_ms <= target) return '';
  const phases = Object.entries(timing.phases)
    .map(([k, v]) => `${k.replace(/_ms$/, '')} ${formatMs(v)}`)
    .join(', ');
  return `2l-dashboard: warning: the start took ${formatMs(timing.total_ms)}, past the ${formatMs(target)} target (${phases})\n`;
}

export async function runCleanup(args: DashboardArgs, env: NodeJS.ProcessEnv = process.env): Promise<Printed> {
  // Every project 2L has logged to (the registry) too: a server that died there left its state behind.
  const registered = readRegistry(env)
    .map((e) => e.path)
    .filter(usableProject);
  const entries = await cleanup({ projects: [args.project, ...registered], all: !!args.cleanup?.all });
  return {
    code: entries.some((e) => e.action === 'failed') ? 1 : 0,
    stdout: args.json ? `${JSON.stringify(entries)}\n` : formatCleanup(entries),
    stderr: '',
  };
}

export async function runStop(args: { project: string; json: boolean }): Promise<Printed> {
  try {
    const r = await stop(args.project);
    return { code: 0, stdout: args.json ? `${JSON.stringify(r)}\n` : `${r.message}\n`, stderr: '' };
  } catch (err) {
    if (err instanceof LaunchError) return { code: err.exitCode, stdout: '', stderr: `${err.message}\n` };
    throw err;
  }
}
