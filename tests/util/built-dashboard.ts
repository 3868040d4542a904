/**
 * The built dashboard server (dist/dashboard-server.mjs, what ships) as its own
 * process, started the way the `dashboard` command starts it: it binds a port,
 * records itself under `.2L/dashboard/`, and says `READY {port, url, token, pid}`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cookieName } from '../../lib/dashboard/auth.ts';
import { ROOT } from './claude.ts';

export interface BuiltDashboard {
  child: ChildProcess;
  port: number;
  url: string;
  token: string;
  /** The Cookie header value a page sends once it has opened the link. */
  cookie: string;
  /** SIGTERM, then wait for the process to exit. */
  close(): Promise<void>;
}

export async function startBuiltDashboard(
  project: string,
  opts: {
    ports?: readonly number[];
    pollMs?: number;
    env?: NodeJS.ProcessEnv;
    stderrFile?: string;
    /** More command-line flags (e.g. `--otlp-backoff-max-ms`). */
    args?: readonly string[];
  } = {},
): Promise<BuiltDashboard> {
  const args = [
    path.join(ROOT, 'dist', 'dashboard-server.mjs'),
    '--project',
    project,
    '--ports',
    (opts.ports ?? [0]).join(','),
  ];
  if (opts.pollMs !== undefined) args.push('--poll-ms', String(opts.pollMs));
  args.push(...(opts.args ?? []));
  const stderr = opts.stderrFile ? fs.openSync(opts.stderrFile, 'a') : 'ignore';
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', stderr], env: opts.env ?? process.env });
  if (typeof stderr === 'number') fs.closeSync(stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    void exited.then(() => reject(new Error(`dashboard-server exited before it was ready: ${out.trim()}`)));
  });
  if (!line.startsWith('READY ')) {
    child.kill('SIGKILL');
    throw new Error(`dashboard-server: ${line}`);
  }
  const ready = JSON.parse(line.slice('READY '.length)) as { port: number; url: string; token: string };
  return {
    child,
    port: ready.port,
    url: ready.url,
    token: ready.token,
    cookie: `${cookieName(ready.port)}=${ready.token}`,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
