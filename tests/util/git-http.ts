/**
 * Git's smart HTTP on 127.0.0.1: a loopback server that hands each request to
 * `git http-backend` (CGI), so `git clone http://127.0.0.1:<port>/<repo>.git`
 * works as against a real host, with no network and no daemon to reap.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttp {
  /** `http://127.0.0.1:<port>/`; append `<repo>.git`. */
  url: string;
  /** Every request path served, to prove the clone went over HTTP. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves every bare repository under `root` (read-only: receive-pack stays off, as by default). */
export async function serveGit(root: string): Promise<GitHttp> {
  const requests: string[] = [];
  const children = new Set<ReturnType<typeof spawn>>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        // Clients gzip the POST body of a fetch; the backend inflates it when told.
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    children.add(cgi);
    cgi.on('close', () => children.delete(cgi));
    req.pipe(cgi.stdin!);
    // CGI output: headers (Status: among them), a blank line, then the body.
    let head = Buffer.alloc(0);
    let headersDone = false;
    cgi.stdout!.on('data', (chunk: Buffer) => {
      if (headersDone) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':');
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => {
      if (!headersDone) res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of children) c.kill('SIGKILL');
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
