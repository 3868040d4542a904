/**
 * Takes a port by binding it: the first port of a list that `listen` accepts
 * is the one the server keeps, so nothing can grab it between a probe and
 * the bind.
 */
import type { Server } from 'node:net';

export const DEFAULT_PORTS = { first: 8080, last: 8099 } as const;
export const LOOPBACK = '127.0.0.1';

export class PortsBusyError extends Error {
  constructor(readonly ports: number[]) {
    super(`no free port: ${busyText(ports)}`);
  }
}

/** `8080-8099`, `8080,8090`, `0` (any free port); undefined when the text is not a port list. */
export function parsePorts(spec: string): number[] | undefined {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > 65535 || b > 65535 || b < a || b - a > 1000) return undefined;
    for (let p = a; p <= b; p++) out.push(p);
  }
  return out.length > 0 && out.length <= 1000 ? out : undefined;
}

/** `port 8080 is in use` / `ports 8080–8099 are all in use`. */
export function busyText(ports: readonly number[]): string {
  return ports.length === 1 ? `port ${ports[0]} is in use` : `${describePorts(ports)} are all in use`;
}

export function describePorts(ports: readonly number[]): string {
  if (ports.length === 1) return `port ${ports[0]}`;
  const contiguous = ports.every((p, i) => i === 0 || p === ports[i - 1]! + 1);
  return contiguous ? `ports ${ports[0]}–${ports[ports.length - 1]}` : `ports ${ports.join(', ')}`;
}

function listenOnce(server: Server, port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(false);
      else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, exclusive: true });
  });
}

/** Listen on the first port of `ports` that binds; returns the port (the real one for 0). */
export async function listenOnFirstFree(server: Server, ports: readonly number[], host = LOOPBACK): Promise<number> {
  for (const port of ports) {
    if (await listenOnce(server, port, host)) {
      const addr = server.address();
      return typeof addr === 'object' && addr ? addr.port : port;
    }
  }
  throw new PortsBusyError([...ports]);
}
