import http from 'node:http';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { router, type Access, type Route } from '../../lib/dashboard/routes.ts';
import { sendText } from '../../lib/dashboard/respond.ts';
import { errorMessage } from '../../lib/shared/cli.ts';
import { rawRequest, request } from '../util/http.ts';

/** A table of three routes; the hooks record what they saw and answer with a marker. */
function serve() {
  const seen: string[] = [];
  const route = (methods: string[], access: Access, body: string): Route => ({
    methods,
    access,
    handle: ({ res }) => sendText(res, 200, body),
  });
  const table = new Map<string, Route>([
    ['/open', route(['GET', 'HEAD'], 'public', 'open')],
    ['/guarded', route(['GET', 'HEAD'], 'secret', 'guarded')],
    ['/stop', route(['POST'], 'stop', 'stopped')],
    ['/boom', { methods: ['GET'], access: 'public', handle: () => Promise.reject(new Error('boom')) }],
  ]);
  const server = http.createServer(
    router(table, {
      before(req, res) {
        seen.push(`before ${req.url}`);
        if (req.headers['x-refuse'] !== 'yes') return true;
        sendText(res, 403, 'refused by before');
        return false;
      },
      admit(access, { req, res, query }) {
        seen.push(`admit ${access}`);
        if (access === 'public' || req.headers['x-key'] === 'k' || query.get('key') === 'k') return true;
        sendText(res, 401, `no ${access}`);
        return false;
      },
      notFound: ({ res }) => sendText(res, 404, 'not found hook'),
      onError: (err, res) => sendText(res, 500, `error hook: ${errorMessage(err)}`),
    }),
  );
  return new Promise<{ port: number; seen: string[]; close(): void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as { port: number }).port, seen, close: () => server.close() }),
    ),
  );
}

const dispatch = suite('router: method, path, access, handler, in that order');
const cases: Array<[string, string, Record<string, string>, number, string, RegExp?]> = [
  ['GET', '/open', {}, 200, 'open'],
  ['HEAD', '/open', {}, 200, ''],
  ['GET', '/open?x=1', {}, 200, 'open'],
  ['GET', '/guarded', {}, 401, 'no secret'],
  ['GET', '/guarded?key=k', {}, 200, 'guarded'],
  ['GET', '/guarded', { 'x-key': 'k' }, 200, 'guarded'],
  ['POST', '/guarded', { 'x-key': 'k' }, 405, 'Method not allowed', /^GET, HEAD$/],
  ['OPTIONS', '/open', {}, 405, 'Method not allowed', /^GET, HEAD$/],
  ['GET', '/stop', { 'x-key': 'k' }, 405, 'Method not allowed', /^POST$/],
  ['POST', '/stop', {}, 401, 'no stop'],
  ['POST', '/stop', { 'x-key': 'k' }, 200, 'stopped'],
  ['GET', '/nowhere', {}, 404, 'not found hook'],
  ['GET', '/open/', {}, 404, 'not found hook'],
  ['GET', '/OPEN', {}, 404, 'not found hook'],
  ['POST', '/nowhere', {}, 405, 'Method not allowed', /^GET, HEAD$/],
  ['GET', '/open', { 'x-refuse': 'yes' }, 403, 'refused by before'],
  ['GET', '/boom', {}, 500, 'error hook: boom'],
];
for (const [method, route, headers, status, body, allow] of cases) {
  dispatch(`${method} ${route} ${JSON.stringify(headers)} -> ${status}`, async () => {
    const s = await serve();
    try {
      const r = await request(s.port, route, { method, headers });
      assert.is(r.status, status);
      assert.is(r.body.trim(), body);
      if (allow) assert.match(String(r.headers.allow), allow);
      else assert.is(r.headers.allow, undefined);
    } finally {
      s.close();
    }
  });
}
dispatch('a refused Host never reaches the table; an unknown path never reaches admit', async () => {
  const s = await serve();
  try {
    await request(s.port, '/guarded', { headers: { 'x-refuse': 'yes' } });
    await request(s.port, '/nowhere');
    assert.equal(s.seen, ['before /guarded', 'before /nowhere']);
  } finally {
    s.close();
  }
});
dispatch('a target that is not a path is 400', async () => {
  const s = await serve();
  try {
    assert.match(
      await rawRequest(s.port, 'GET http://127.0.0.1/open HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
      /^HTTP\/1\.1 400 /,
    );
  } finally {
    s.close();
  }
});
dispatch.run();
