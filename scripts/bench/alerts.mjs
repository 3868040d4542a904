// Continuous alert evaluation: what judging every target costs per event as the dashboard server reads
// the log (against the read itself: parsing the line and adding it to the summary), and what the
// built server costs when idle, in CPU per minute, against an idle bare node process.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';
import { median } from './_util.mjs';

const TOOLS = ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'Write', 'WebFetch', 'mcp__db__query'];

/** A realistic hook event stamped `at`. */
function event(i, at) {
  const tool = TOOLS[i % TOOLS.length];
  return {
    timestamp: new Date(at).toISOString(),
    event_type: i % 31 === 0 ? 'tool_error' : 'tool_complete',
    phase: 'building',
    agent_id: 'main',
    data: `${tool}: npm test -- --grep case-${i}`,
    v: 1,
    source: 'hook',
    session_id: `S${i % 3}`,
    tool_name: tool,
    duration_ms: (i * 7919) % 4000,
    hook_ms: 2 + (i % 13),
  };
}

/** CPU (user+sys) ms a process has used, from /proc (Linux) or `ps` (macOS). */
function cpuMs(pid) {
  if (process.platform === 'linux') {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  }
  const t = String(execFileSync('ps', ['-o', 'time=', '-p', String(pid)])).trim(); // [[dd-]hh:]mm:ss.cc
  return t.split(':').reduce((acc, x) => acc * 60 + Number(x), 0) * 1000;
}

export default async function bench({ root, tmp, quick, log }) {
  const lib = (p) => tsImport(path.join(root, 'lib', p), import.meta.url);
  const { LiveAlerts } = await lib('monitor/live-alerts.ts');
  const { Summary } = await lib('monitor/summary.ts');
  const { parseEventLine } = await lib('events/format.ts');
  const results = [];

  // 1. Evaluation per event, in batches of 10 (what the follower hands over while a session runs),
  //    interleaved round by round with the read it rides on.
  const project = path.join(tmp, 'eval');
  fs.mkdirSync(path.join(project, '.2L'), { recursive: true });
  const engine = new LiveAlerts({ project, notifier: null });
  engine.start(); // its timer (1 s, unref'd) stays quiet: nothing is pending
  const summary = new Summary();
  const rounds = quick ? 30 : 120;
  const batches = 20;
  const evalUs = [];
  const readUs = [];
  let i = 0;
  // Warm: a window with an hour's worth of every series at its cap.
  const warm = Array.from({ length: 5000 }, (_, k) => event(k, Date.now() - 3_000_000 + k * 500));
  engine.onBatch(warm, 0, true);
  for (let r = 0; r < rounds; r++) {
    const lines = [];
    for (let b = 0; b < batches * 10; b++) lines.push(JSON.stringify(event(i++, Date.now())));
    const t0 = performance.now();
    const parsed = [];
    for (const l of lines) {
      const e = parseEventLine(l);
      summary.add(e);
      parsed.push(e);
    }
    const t1 = performance.now();
    for (let b = 0; b < batches; b++) engine.onBatch(parsed.slice(b * 10, b * 10 + 10), 0, true);
    const t2 = performance.now();
    readUs.push(((t1 - t0) * 1000) / lines.length);
    evalUs.push(((t2 - t1) * 1000) / lines.length);
  }
  engine.close();
  results.push({
    name: 'alert evaluation per event (batches of 10, every target, 8 tools at 1,000 samples)',
    unit: 'ms',
    samples: evalUs.map((us) => us / 1000),
    reference: { name: 'reading the event (parse + summary)', samples: readUs.map((us) => us / 1000) },
    note: `${median(evalUs).toFixed(1)} µs per event: ${(1e6 / median(evalUs)).toFixed(0)} events/s on one core`,
  });

  // 2. The built server, idle: CPU per minute once the log is read, against the same server with
  //    alerts turned off in its config (what the engine adds), both running side by side.
  const log2000 = `${Array.from({ length: 2000 }, (_, k) => JSON.stringify(event(k, Date.now() - 600_000 + k * 300))).join('\n')}\n`;
  const serve = (name, config) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), log2000);
    if (config) fs.writeFileSync(path.join(dir, '.2L', 'config.yaml'), config);
    const child = spawn(
      process.execPath,
      [path.join(root, 'dist', 'dashboard-server.mjs'), '--project', dir, '--ports', '0'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const ready = new Promise((resolve, reject) => {
      child.stdout.once('data', (c) => (String(c).startsWith('READY') ? resolve() : reject(new Error(String(c)))));
      child.once('exit', () => reject(new Error('dashboard-server exited')));
    });
    return { child, ready };
  };
  const on = serve('idle-on');
  const off = serve('idle-off', 'performance:\n  alerts:\n    enabled: false\n');
  try {
    await Promise.all([on.ready, off.ready]);
    await new Promise((r) => setTimeout(r, 4000)); // read the log, start the engine, settle
    const windows = quick ? 3 : 8;
    const windowMs = 10_000;
    const onCpu = [];
    const offCpu = [];
    log(`alerts: idle CPU over ${windows} windows of ${windowMs / 1000} s`);
    for (let w = 0; w < windows; w++) {
      const a0 = cpuMs(on.child.pid);
      const b0 = cpuMs(off.child.pid);
      await new Promise((r) => setTimeout(r, windowMs));
      onCpu.push(((cpuMs(on.child.pid) - a0) * 60_000) / windowMs);
      offCpu.push(((cpuMs(off.child.pid) - b0) * 60_000) / windowMs);
    }
    results.push({
      name: 'dashboard server idle CPU per minute, alert engine on',
      unit: 'ms',
      samples: onCpu,
      reference: { name: 'same server, alerts off in config', samples: offCpu },
      note: `the engine adds ${(median(onCpu) - median(offCpu)).toFixed(0)} ms of CPU per minute (1 % of one core is 600); /proc ticks are 10 ms`,
    });
  } finally {
    on.child.kill('SIGTERM');
    off.child.kill('SIGTERM');
  }
  return results;
}
