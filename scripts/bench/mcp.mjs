// /2l-check-mcps over 5 healthy fixture MCP servers (stdio, built with the SDK):
// the check's total time against the slowest single handshake of the same run.
// Parallel probes should cost little more than the slowest one (target ratio <= 1.3).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SERVERS = 5;

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export default async function bench({ root, tmp, quick, log }) {
  const project = path.join(tmp, 'proj');
  const home = path.join(tmp, 'home');
  fs.mkdirSync(project, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  const server = path.join(root, 'tests', 'fixtures', 'mcp', 'healthy-stdio.mjs');
  const mcpServers = {};
  for (let i = 0; i < SERVERS; i++)
    mcpServers[`fx${i}`] = {
      type: 'stdio',
      command: process.execPath,
      args: [server],
      env: { FIXTURE_TOOLS: String(i + 1) },
    };
  fs.writeFileSync(path.join(project, '.mcp.json'), JSON.stringify({ mcpServers }));
  // A project's .mcp.json servers start only once the user trusted the folder and approved them
  // in Claude Code, which keeps both in ~/.claude.json: the state of a user who did.
  const approved = { hasTrustDialogAccepted: true, enabledMcpjsonServers: Object.keys(mcpServers) };
  fs.writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ projects: { [project]: approved } }));

  const runs = quick ? 3 : 10;
  const total = [];
  const slowest = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = await run(
      process.execPath,
      [path.join(root, 'dist', 'check-mcps.mjs'), '--json', '--no-record', '--timeout', '60'],
      { cwd: project, env: { PATH: process.env.PATH, HOME: home } },
    );
    if (r.code !== 0) throw new Error(`check-mcps failed (${r.code}): ${r.stderr || r.stdout}`);
    const st = JSON.parse(r.stdout);
    if (st.ok !== SERVERS) throw new Error(`expected ${SERVERS} ok servers, got ${st.ok}`);
    if (i === 0) continue; // warm-up: file cache
    total.push(st.total_ms);
    slowest.push(Math.max(...st.servers.map((s) => s.latency_ms)));
    log(`run ${i}/${runs}: total ${st.total_ms} ms, slowest handshake ${slowest.at(-1)} ms`);
  }
  return [
    {
      name: `check-mcps total, ${SERVERS} servers in parallel`,
      unit: 'ms',
      samples: total,
      reference: { name: 'slowest single handshake (same run)', samples: slowest },
      target: { ratio: 1.3 },
      note: 'total = reading the config + every probe (spawn, initialize, tools/list) + ending every process; handshake = spawn to tools/list answered',
    },
  ];
}
