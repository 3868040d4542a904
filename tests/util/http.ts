/** Small loopback HTTP helpers for the dashboard tests: raw requests and an SSE reader. */
import http from 'node:http';
import net from 'node:net';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** `timeoutMs` turns an answer that never ends (a stream served where none should be) into a failure. */
export function request(
  port: number,
  route: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    host?: string;
    timeoutMs?: number;
    body?: string | Buffer;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: route,
        method: opts.method ?? 'GET',
        headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    if (opts.timeoutMs !== undefined)
      req.setTimeout(opts.timeoutMs, () =>
        req.destroy(new Error(`${route}: no complete answer in ${opts.timeoutMs} ms`)),
      );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Send bytes exactly as given (no URL normalisation) and return the status line. */
export function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1', () => sock.write(text));
    let got = '';
    sock.setEncoding('utf8');
    sock.on('data', (c: string) => (got += c));
    sock.on('end', () => resolve(got));
    sock.on('error', reject);
    sock.setTimeout(3000, () => sock.destroy(new Error('raw request timed out')));
  });
}

export interface SseFrame {
  event: string;
  id?: string;
  data: string;
}

export interface SseClient {
  frames: SseFrame[];
  bytes(): number;
  waitFor(pred: (frames: SseFrame[]) => boolean, ms?: number): Promise<void>;
  close(): void;
}

export function openSse(port: number, route = '/api/stream', headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const frames: SseFrame[] = [];
    let bytes = 0;
    let buf = '';
    const req = http.get(
      {
        host: '127.0.0.1',
        port,
        path: route,
        headers: { host: `127.0.0.1:${port}`, accept: 'text/event-stream', ...headers },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE status ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          bytes += Buffer.byteLength(c);
          buf += c;
          let i: number;
          while ((i = buf.indexOf('\n\n')) !== -1) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const f: SseFrame = { event: 'message', data: '' };
            const data: string[] = [];
            let any = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':') || line === '') continue;
              const c2 = line.indexOf(':');
              const k = c2 === -1 ? line : line.slice(0, c2);
              const v = c2 === -1 ? '' : line.slice(c2 + 1).replace(/^ /, '');
              if (k === 'event') f.event = v;
              else if (k === 'id') f.id = v;
              else if (k === 'data') data.push(v);
              else continue;
              any = true;
            }
            f.data = data.join('\n');
            if (any && (data.length > 0 || f.id)) frames.push(f);
          }
        });
        resolve({
          frames,
          bytes: () => bytes,
          waitFor: async (pred, ms = 3000) => {
            const end = Date.now() + ms;
            while (!pred(frames)) {
              if (Date.now() > end)
                throw new Error(`SSE wait timed out; frames: ${JSON.stringify(frames).slice(0, 500)}`);
              await new Promise((r) => setTimeout(r, 10));
            }
          },
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', (err) => {
      if (!(err as NodeJS.ErrnoException).code?.includes('ECONNRESET')) reject(err);
    });
  });
}
