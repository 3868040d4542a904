/**
 * `dashboard [--port N] [--no-open] [--json]`: start (or reuse) this
 * project's live dashboard server and print its URL.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultPorts, launch, LaunchError } from '../dashboard/launch.ts';
import { SERVER_SCRIPT } from '../dashboard/state.ts';
import { parsePorts } from '../dashboard/port-pick.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { errorMessage } from '../shared/cli.ts';

const HELP = `Usage: dashboard [--port N] [--no-open] [--json]

Start this project's live 2L dashboard (or reuse the one already running) and
print its link. The link carries the server's secret: without it the page and
its data stay closed to other users of this machine. The server runs in the
background on 127.0.0.1 until /2l-dashboard-stop, or until it has had no
visitor for 2 hours.

Options:
  --port N      listen on port N (0: any free port); default: the first free
                port of 8080-8099 (override with TWOL_DASHBOARD_PORTS=8080-8099)
  --no-open     do not open a browser (one is opened only when a display exists)
  --json        print {url, port, pid, project, reused} as JSON (url is the link)
  -h, --help    show this help

The project is $CLAUDE_PROJECT_DIR when set, else the current folder.
Exit codes: 0 running, 1 could not start, 2 bad arguments, 3 no free port.`;

function openBrowser(url: string): void {
  const env = process.env;
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : env.DISPLAY || env.WAYLAND_DISPLAY ? 'xdg-open' : undefined;
  if (!cmd) return;
  try {
    const child = spawn(cmd, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no opener: the URL is printed anyway */
  }
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    process.stderr.write(`2l-dashboard: ${errorMessage(err)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let ports: number[];
  if (values.port !== undefined) {
    const p = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!(p >= 0 && p <= 65535)) {
      process.stderr.write(`2l-dashboard: \`--port\` must be a port number 0-65535, got \`${values.port.slice(0, 40)}\`\n`);
      return 2;
    }
    ports = [p];
  } else if (process.env.TWOL_DASHBOARD_PORTS) {
    const parsed = parsePorts(process.env.TWOL_DASHBOARD_PORTS);
    if (!parsed) {
      process.stderr.write(`2l-dashboard: \`TWOL_DASHBOARD_PORTS\` is not a port list (like 8080-8099): \`${process.env.TWOL_DASHBOARD_PORTS.slice(0, 40)}\`\n`);
      return 2;
    }
    ports = parsed;
  } else ports = defaultPorts();
  const project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
  const idle = Number(process.env.TWOL_DASHBOARD_IDLE_MS);
  try {
    const r = await launch({
      project,
      ports,
      serverScript: path.join(path.dirname(fileURLToPath(import.meta.url)), SERVER_SCRIPT),
      idleMs: Number.isFinite(idle) && idle > 0 ? idle : undefined,
    });
    if (values.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      const how = r.reused ? `already running (pid ${r.pid})` : `started (pid ${r.pid})`;
      const portNote = r.reused && values.port !== undefined && Number(values.port) !== r.port ? `; \`--port ${values.port}\` ignored, stop it first to change the port` : '';
      process.stdout.write(`2L dashboard for ${r.project}: ${r.url}\n${how}${portNote}${r.cleaned ? `; ${r.cleaned}` : ''}. Stop it with /2l-dashboard-stop.\n`);
    }
    if (!values['no-open']) openBrowser(r.url);
    return 0;
  } catch (err) {
    process.stderr.write(`${errorMessage(err)}\n`);
    return err instanceof LaunchError ? err.exitCode : 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
