/** Starting the fixture MCP servers in tests/fixtures/mcp, proving processes are gone, and recording what reached a listener. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT, tempDir } from './claude.ts';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'mcp');
export const fixture = (name: string) => path.join(FIXTURES, `${name}.mjs`);
export const PLAYWRIGHT_MCP = path.join(ROOT, 'node_modules', '@playwright', 'mcp', 'cli.js');

/** A throwaway home and project side by side; the project's `.mcp.json` written when given. */
export function mcpWorld(
  prefix: string,
  mcpJson?: string,
): { root: string; home: string; project: string; file: string } {
  const root = tempDir(prefix);
  const home = path.join(root, 'home');
  const project = path.join(root, 'proj');
  fs.mkdirSync(home);
  fs.mkdirSync(project);
  const file = path.join(project, '.mcp.json');
  if (mcpJson !== undefined) fs.writeFileSync(file, mcpJson);
  return { root, home, project, file };
}

export interface HttpFixture {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The streamable HTTP fixture on 127.0.0.1 and a port the OS picked. */
export function startHttpFixture(env: Record<string, string> = {}): Promise<HttpFixture> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture('healthy-http')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`http fixture exited with ${code}`)));
    readline.createInterface({ input: child.stdout! }).once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/mcp`,
        port,
        child,
        stop: () =>
          new Promise((r) => {
            if (child.exitCode !== null) return r();
            child.removeAllListeners('exit');
            child.once('exit', () => r());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

/** Pids that are alive (not zombies), as `ps` sees them: an independent check on the probe's own cleanup. */
export function livePids(filter: (pid: number, pgid: number) => boolean): number[] {
  const out = spawnSync('ps', ['-eo', 'pid=,pgid=,stat='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 3 && !f[2]!.startsWith('Z'))
    .map((f) => [Number(f[0]), Number(f[1])] as const)
    .filter(([pid, pgid]) => filter(pid, pgid))
    .map(([pid]) => pid);
}

/** Names the marker-stdio fixture wrote to `file`: the servers that were really started. */
export function startedMarkers(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
}

export interface Recorder {
  url: string;
  /** Every request that reached it: method, path and headers. */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** A loopback HTTP listener that records every request and answers 404: whatever reaches it was sent. */
export function startRecorder(): Promise<Recorder> {
  const requests: Recorder['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('recorder');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
