import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  displayUrl,
  printable,
  probeAll,
  probeServer,
  scrub,
  type ProbeResult,
  type ProbeTarget,
} from '../../lib/mcp/probe.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { PLAYWRIGHT_MCP, fixture, livePids, startHttpFixture } from '../util/mcp-fixtures.ts';

const stdio = (name: string, file: string, env: Record<string, string> = {}): ProbeTarget => ({
  name,
  transport: 'stdio',
  command: process.execPath,
  args: [fixture(file)],
  env,
  cwd: ROOT,
});

function assertGone(r: ProbeResult): void {
  assert.ok(r.pid, 'the probe reports the pid it started');
  assert.equal(
    livePids((pid, pgid) => pid === r.pid || pgid === r.pid),
    [],
    `processes of ${r.name} left running`,
  );
}

const stdioOk = suite('probe: healthy stdio servers');
stdioOk('fixture server: protocol version, tool count, server info, nothing left running', async () => {
  const r = await probeServer(stdio('fx', 'healthy-stdio', { FIXTURE_TOOLS: '4' }), { timeoutMs: 15_000 });
  assert.is(r.ok, true, r.message);
  assert.is(r.kind, undefined);
  assert.is(r.protocolVersion, '2025-11-25');
  assert.is(r.tools, 4);
  assert.equal(r.serverInfo, { name: 'fixture-stdio', version: '1.2.3' });
  assert.is(r.cleanup, 'exited');
  assert.match(r.message, /^ok: protocol 2025-11-25, 4 tools, \d+ ms$/);
  assertGone(r);
});
stdioOk('the real @playwright/mcp lists its tools without a browser', async () => {
  const r = await probeServer(
    {
      name: 'playwright',
      transport: 'stdio',
      command: process.execPath,
      args: [PLAYWRIGHT_MCP],
      cwd: tempDir('mcp-pw'),
    },
    { timeoutMs: 20_000 },
  );
  assert.is(r.ok, true, r.message);
  assert.is(r.serverInfo?.name, 'Playwright');
  assert.ok((r.tools ?? 0) >= 10, `only ${r.tools} tools`);
  assertGone(r);
});
stdioOk.run();

const broken = suite('probe: broken stdio servers are classified precisely');
broken('command not found', async () => {
  const r = await probeServer(
    { name: 'nf', transport: 'stdio', command: 'no-such-command-2l-xyz', args: [], cwd: ROOT },
    { timeoutMs: 5000 },
  );
  assert.is(r.kind, 'command_not_found');
  assert.is(r.message, 'command `no-such-command-2l-xyz` not found (check PATH, or the `cwd`)');
});
broken('not executable', async () => {
  const dir = tempDir('mcp-noexec');
  const file = path.join(dir, 'server.sh');
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o644 });
  const r = await probeServer(
    { name: 'nx', transport: 'stdio', command: file, args: [], cwd: ROOT },
    { timeoutMs: 5000 },
  );
  assert.is(r.kind, 'spawn_failed');
  assert.is(r.message, `cannot start \`${file}\`: EACCES`);
});
broken('exits at once: code and stderr tail, with the secret env value hidden', async () => {
  const secret = 'q7-very-private-value';
  const r = await probeServer(stdio('ex', 'exits', { FIXTURE_SECRET: secret }), { timeoutMs: 10_000 });
  assert.is(r.kind, 'exited');
  assert.is(r.exitCode, 3);
  assert.is(r.message, 'exited with code 3 before answering `initialize`');
  assert.is(r.stderrTail, 'fixture: starting\nfixture: login refused for key ***\nfixture: giving up');
  assert.not.match(JSON.stringify(r), secret);
  assertGone(r);
});
broken('hangs: times out at the timeout, then the process is ended', async () => {
  const r = await probeServer(stdio('hang', 'hangs'), { timeoutMs: 800 });
  assert.is(r.kind, 'timeout');
  assert.is(r.message, 'timed out after 0.8 s waiting for `initialize`');
  assert.ok(r.latencyMs >= 790 && r.latencyMs < 3000, `${r.latencyMs} ms`);
  assert.is(r.cleanup, 'sigterm');
  assertGone(r);
});
broken('prints garbage: a protocol error that quotes the output', async () => {
  const r = await probeServer(stdio('junk', 'garbage'), { timeoutMs: 800 });
  assert.is(r.kind, 'protocol_error');
  assert.is(
    r.message,
    'no JSON-RPC answer to `initialize` within 0.8 s; stdout had 2 lines that are not JSON-RPC, first: `Welcome to the fixture server! Type HELP for help.`',
  );
  assert.equal(r.garbage, ['Welcome to the fixture server! Type HELP for help.', '{"hello":"json but not json-rpc"}']);
  assertGone(r);
});
broken('ignores SIGTERM, and so does its grandchild: both are SIGKILLed', async () => {
  const pidfile = path.join(tempDir('mcp-sigterm'), 'pids');
  const started = Date.now();
  const r = await probeServer(stdio('stubborn', 'ignores-sigterm', { FIXTURE_PIDFILE: pidfile }), { timeoutMs: 800 });
  assert.is(r.kind, 'timeout');
  assert.is(r.cleanup, 'sigkill');
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  const [pid, grandchild] = fs.readFileSync(pidfile, 'utf8').trim().split(' ').map(Number);
  assert.is(pid, r.pid);
  assert.equal(
    livePids((p) => p === pid || p === grandchild),
    [],
  );
  assertGone(r);
});
broken.run();

const http = suite('probe: streamable HTTP');
http('healthy server', async () => {
  const srv = await startHttpFixture();
  try {
    const r = await probeServer({ name: 'web', transport: 'http', url: srv.url, cwd: ROOT }, { timeoutMs: 10_000 });
    assert.is(r.ok, true, r.message);
    assert.is(r.tools, 3);
    assert.is(r.protocolVersion, '2025-11-25');
    assert.equal(r.serverInfo, { name: 'fixture-http', version: '0.9.0' });
  } finally {
    await srv.stop();
  }
});
http('a header token: refused without it (HTTP 401), accepted with it, never echoed', async () => {
  const token = 'tok-9f8e7d6c5b4a';
  const srv = await startHttpFixture({ FIXTURE_TOKEN: token });
  try {
    const without = await probeServer(
      { name: 'web', transport: 'http', url: srv.url, cwd: ROOT },
      { timeoutMs: 10_000 },
    );
    assert.is(without.kind, 'http_error');
    assert.match(without.message, /^HTTP 401 on `initialize`: /);
    const withIt = await probeServer(
      { name: 'web', transport: 'http', url: srv.url, headers: { Authorization: `Bearer ${token}` }, cwd: ROOT },
      { timeoutMs: 10_000 },
    );
    assert.is(withIt.ok, true, withIt.message);
    const wrong = await probeServer(
      {
        name: 'web',
        transport: 'http',
        url: `${srv.url}?key=${token}`,
        headers: { Authorization: 'Bearer wrong-token-123' },
        cwd: ROOT,
      },
      { timeoutMs: 10_000 },
    );
    assert.is(wrong.kind, 'http_error');
    assert.not.match(JSON.stringify([without, withIt, wrong]), token);
    assert.not.match(JSON.stringify(wrong), 'wrong-token-123');
  } finally {
    await srv.stop();
  }
});
http('wrong path: HTTP 404', async () => {
  const srv = await startHttpFixture();
  try {
    const r = await probeServer(
      { name: 'web', transport: 'http', url: `http://127.0.0.1:${srv.port}/elsewhere`, cwd: ROOT },
      { timeoutMs: 10_000 },
    );
    assert.is(r.kind, 'http_error');
    assert.match(r.message, /^HTTP 404 on `initialize`: /);
  } finally {
    await srv.stop();
  }
});
http('nothing listening: connect_failed', async () => {
  const srv = await startHttpFixture();
  await srv.stop();
  const r = await probeServer({ name: 'web', transport: 'http', url: srv.url, cwd: ROOT }, { timeoutMs: 10_000 });
  assert.is(r.kind, 'connect_failed');
  assert.is(r.message, `cannot connect to http://127.0.0.1:${srv.port}/mcp: ECONNREFUSED`);
});
const badUrls: Array<[string | undefined, string]> = [
  [undefined, 'no `url` configured'],
  ['not a url', 'the `url` is not a valid URL'],
  ['file:///etc/passwd', 'the `url` must be http or https, not file:'],
];
for (const [url, message] of badUrls) {
  http(`config error for url ${url}`, async () => {
    const r = await probeServer({ name: 'web', transport: 'http', url, cwd: ROOT }, { timeoutMs: 1000 });
    assert.is(r.kind, 'config_error');
    assert.is(r.message, message);
  });
}
http.run();

const parallel = suite('probe: many at once');
parallel('results in order; a hang does not hold the healthy ones back', async () => {
  const targets = [stdio('a', 'healthy-stdio'), stdio('b', 'hangs'), stdio('c', 'exits'), stdio('d', 'healthy-stdio')];
  const rs = await probeAll(targets, { timeoutMs: 8000 });
  assert.equal(
    rs.map((r) => [r.name, r.ok, r.kind]),
    [
      ['a', true, undefined],
      ['b', false, 'timeout'],
      ['c', false, 'exited'],
      ['d', true, undefined],
    ],
  );
  for (const r of rs) assertGone(r);
});
parallel.run();

const pure = suite('probe: scrub and displayUrl');
pure('scrub replaces configured values, longest first, then the usual redaction', () => {
  assert.is(scrub('a abcdef b abc c Bearer xyzxyzxyzxyz', ['abcdef', 'abc']), 'a *** b *** c Bearer [REDACTED]');
  assert.is(scrub('short x', ['x']), 'short x');
});
pure('printable drops terminal escapes and control characters, keeps newlines and tabs', () => {
  assert.is(printable('a\u001b[1;31mred\u001b[0m\tb\nc\u0007\r'), 'ared\tb\nc??');
});
pure('displayUrl drops credentials and query', () => {
  assert.is(displayUrl('https://u:p@h.example:8443/mcp?token=s'), 'https://h.example:8443/mcp');
  assert.is(displayUrl('::'), '(invalid URL)');
});
pure.run();
