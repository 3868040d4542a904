import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ProcessTransport } from '../../lib/mcp/stdio-transport.ts';
import { ROOT } from '../util/claude.ts';

/** Start `node -e script` as a server, let it run to its end, and return what the transport saw. */
async function serve(script: string): Promise<{ t: ProcessTransport; messages: JSONRPCMessage[] }> {
  const t = new ProcessTransport({
    command: process.execPath,
    args: ['-e', script],
    env: { PATH: process.env.PATH },
    cwd: ROOT,
  });
  const messages: JSONRPCMessage[] = [];
  t.onmessage = (m) => messages.push(m);
  await t.start();
  await t.whenExited();
  await t.close();
  return { t, messages };
}

const NOTE = '{"jsonrpc":"2.0","method":"notifications/ready"}';
const CAP = 8 * 1024 * 1024;

const lines = suite('ProcessTransport: stdout lines');
lines('messages split across writes, CRLF and blank lines: each message once, nothing called garbage', async () => {
  const { t, messages } = await serve(
    `const m = ${JSON.stringify(NOTE)}; process.stdout.write(m.slice(0, 9)); setTimeout(() => process.stdout.write(m.slice(9) + '\\r\\n\\n' + m + '\\n'), 50);`,
  );
  assert.is(messages.length, 2);
  assert.is(t.garbageCount, 0);
});
lines('a line past the cap is one garbage line, named by its start; the message after it still arrives', async () => {
  const { t, messages } = await serve(
    `process.stdout.write('HEAD-' + 'x'.repeat(${CAP + 1024 * 1024}) + '\\n' + ${JSON.stringify(NOTE)} + '\\n');`,
  );
  assert.is(t.garbageCount, 1);
  assert.equal(t.garbage, [`HEAD-${'x'.repeat(195)}… (a line over ${CAP} bytes)`]);
  assert.is(messages.length, 1);
});
lines('a line past the cap that never ends is still reported when the server exits', async () => {
  const { t } = await serve(`process.stdout.write('HEAD-' + 'x'.repeat(${CAP + 10}));`);
  assert.is(t.garbageCount, 1);
  assert.match(t.garbage[0]!, /^HEAD-x+… \(a line over \d+ bytes\)$/);
});
lines.run();
