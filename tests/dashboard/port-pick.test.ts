import net from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { busyText, listenOnFirstFree, parsePorts, PortsBusyError } from '../../lib/dashboard/port-pick.ts';

const parse = suite('parsePorts');
const cases: Array<[string, number[] | undefined]> = [
  ['8080', [8080]],
  ['0', [0]],
  ['8080-8082', [8080, 8081, 8082]],
  ['8080, 9000-9001', [8080, 9000, 9001]],
  ['', undefined],
  ['80-x', undefined],
  ['9000-8000', undefined],
  ['70000', undefined],
  ['1-5000', undefined],
  ['8080;rm -rf /', undefined],
];
for (const [spec, want] of cases) parse(JSON.stringify(spec), () => assert.equal(parsePorts(spec), want));
parse('busy text', () => {
  assert.is(busyText([8080]), 'port 8080 is in use');
  assert.is(busyText([8080, 8081, 8082]), 'ports 8080–8082 are all in use');
  assert.is(busyText([8080, 9000]), 'ports 8080, 9000 are all in use');
});
parse.run();

function listen(port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => resolve(s));
  });
}
const port = (s: net.Server) => (s.address() as net.AddressInfo).port;

const bind = suite('listenOnFirstFree');
bind('skips a taken port and keeps the one it bound', async () => {
  const taken = await listen();
  const probe = await listen();
  const free = port(probe);
  await new Promise((r) => probe.close(r));
  const server = net.createServer();
  assert.is(await listenOnFirstFree(server, [port(taken), free]), free);
  assert.equal(server.address(), { address: '127.0.0.1', family: 'IPv4', port: free });
  server.close();
  taken.close();
});
bind('0 picks any free port', async () => {
  const server = net.createServer();
  const p = await listenOnFirstFree(server, [0]);
  assert.ok(p > 0);
  server.close();
});
bind('all taken -> PortsBusyError naming them', async () => {
  const a = await listen();
  const b = await listen();
  try {
    await listenOnFirstFree(net.createServer(), [port(a), port(b)]);
    assert.unreachable('should have thrown');
  } catch (err) {
    assert.instance(err, PortsBusyError);
    assert.equal((err as PortsBusyError).ports, [port(a), port(b)]);
  }
  a.close();
  b.close();
});
bind.run();
