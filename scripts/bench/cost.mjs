// Live cost tracking (monitor/cost-live.ts, issue 14): the work of one turn (read the transcript's
// new bytes, dedupe, update the figures, write cost_update) must not grow with the transcript.
// A 50 MB transcript against a 50 KB one, both with the same turn appended each round (a tool
// result and two API responses), interleaved; wall time of trackTurnCost in this process, medians
// and the paired ratio. The target (≤ 1.05) is on CPU time, the work the turn does; wall time is
// reported beside it: on a shared machine a 5 ms wall sample swings ±30 % with the page cache and
// other jobs (a full run at load 3 gave 1.52× wall with equal CPU).
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { median, pairedRatio, fmt } from './_util.mjs';

const SESSION = 'bbbbbbbb-1111-2222-3333-444444444444';
let n = 0;

function response(i) {
  return `${JSON.stringify({
    type: 'assistant',
    sessionId: SESSION,
    requestId: `req_${i}`,
    timestamp: new Date(Date.UTC(2026, 10, 30, 10, 0, 0) + i).toISOString(),
    version: '2.1.197',
    message: {
      id: `msg_${i}`,
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: 'ok' }],
      usage: { input_tokens: 10 + (i % 7), output_tokens: 100, cache_read_input_tokens: 5000 },
    },
  })}\n`;
}

function toolResult(bytes) {
  return `${JSON.stringify({ type: 'user', sessionId: SESSION, message: { content: [{ type: 'tool_result', tool_use_id: 't', content: 'x'.repeat(bytes) }] } })}\n`;
}

/** A transcript of about `size` bytes: tool results of 20 KB with a response after each. */
function transcript(file, size) {
  const fd = fs.openSync(file, 'w');
  let written = 0;
  while (written < size) {
    const chunk = toolResult(Math.min(20_000, Math.max(100, size - written - 600))) + response(n++);
    fs.writeSync(fd, chunk);
    written += chunk.length;
  }
  fs.closeSync(fd);
}

export default async function bench({ root, tmp, quick, log }) {
  const { trackTurnCost } = await tsImport(path.join(root, 'lib', 'monitor', 'cost-live.ts'), import.meta.url);
  const { defaultCostConfig } = await tsImport(path.join(root, 'lib', 'monitor', 'cost-config.ts'), import.meta.url);
  const setups = {};
  for (const [name, size] of [
    ['small', 50 * 1024],
    ['large', 50 * 1024 * 1024],
  ]) {
    const dir = path.join(tmp, `cost-${name}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const project = path.join(dir, 'project');
    const rt = path.join(dir, 'rt');
    const tdir = path.join(dir, 'projects', '-p');
    fs.mkdirSync(path.join(project, '.2L'), { recursive: true });
    fs.mkdirSync(rt, { mode: 0o700 });
    fs.mkdirSync(tdir, { recursive: true });
    const main = path.join(tdir, `${SESSION}.jsonl`);
    transcript(main, size);
    const opts = { project, transcriptPath: main, hook: 'Stop', runtime: rt, config: defaultCostConfig() };
    await trackTurnCost(opts); // the first turn reads what is there; every later one only its own bytes
    setups[name] = { main, opts, project };
    log(`${name}: ${fs.statSync(main).size} bytes`);
  }
  const samples = quick ? 21 : 101;
  const out = { small: [], large: [] };
  const cpu = { small: [], large: [] };
  for (let r = 0; r < samples + 3; r++) {
    for (const name of r % 2 ? ['small', 'large'] : ['large', 'small']) {
      const s = setups[name];
      fs.appendFileSync(s.main, toolResult(2000) + response(n++) + response(n++));
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const written = await trackTurnCost(s.opts);
      const ms = performance.now() - t0;
      const used = process.cpuUsage(c0);
      if (written.length !== 1) throw new Error(`${name}: ${written.length} events for one turn`);
      if (r >= 3) {
        out[name].push(ms);
        cpu[name].push((used.user + used.system) / 1000);
      }
    }
  }
  const turn = 'Each turn: 2 KB tool result + 2 responses appended, one cost_update written.';
  const cpuRatio = pairedRatio(cpu.large, cpu.small);
  const wallRatio = pairedRatio(out.large, out.small);
  return [
    {
      name: 'cost: one turn tracked, 50 MB transcript (CPU)',
      unit: 'ms',
      samples: cpu.large,
      reference: { name: 'the same turn on a 50 KB transcript, CPU', samples: cpu.small },
      target: { ratio: 1.05 },
      note: `user+system of this process during the turn; paired ratio ${fmt(cpuRatio, 3)}. ${turn}`,
    },
    {
      name: 'cost: one turn tracked, 50 MB transcript (wall)',
      unit: 'ms',
      samples: out.large,
      reference: { name: 'the same turn on a 50 KB transcript', samples: out.small },
      note: `medians ${fmt(median(out.large), 3)} ms vs ${fmt(median(out.small), 3)} ms; paired ratio ${fmt(wallRatio, 3)}. ${turn}`,
    },
  ];
}
