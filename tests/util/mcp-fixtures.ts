/** Starting the fixture MCP servers in tests/fixtures/mcp, and proving processes are gone. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from './claude.ts';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'mcp');
export const fixture = (name: string) => path.join(FIXTURES, `${name}.mjs`);
export const PLAYWRIGHT_MCP = path.join(ROOT, 'node_modules', '@playwright', 'mcp', 'cli.js');

export interface HttpFixture {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The streamable HTTP fixture on 127.0.0.1 and a port the OS picked. */
export function startHttpFixture(env: Record<string, string> = {}): Promise<HttpFixture> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture('healthy-http')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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
