// Resource-sampling benchmarks, against what ships (dist/) and the sampler module:
//  - CPU per resource sample (/proc read in-process), against spawning `ps` once, the
//    obvious alternative; and as a share of one core at the 10 s sampling period (target < 1 %)
//  - the dashboard server's CPU per minute, idle (no session at work: no sampling) and
//    with a session at work (an event every 5 s, so it samples every 10 s), against a bare
//    node process with a 1 s timer over the same window
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { interleave, median } from './_util.mjs';

const TICK_MS = 10; // USER_HZ 100

function cpuTicks(pid) {
  const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]); // utime, stime
}

function runNode(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export default async function bench({ root, tmp, quick, log }) {
  if (process.platform !== 'linux') return [];
  const { ResourceSampler } = await tsImport(path.join(root, 'lib', 'monitor', 'resource-sampler.ts'), import.meta.url);
  const results = [];
  const proj = path.join(tmp, 'res-project');
  fs.mkdirSync(path.join(proj, '.2L'), { recursive: true });

  // ---- CPU per sample vs one `ps`
  const sampler = new ResourceSampler(proj, { packDir: path.join(root, 'dist') });
  sampler.sample();
  const cpuOf = (fn) => {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  const s = interleave(
    [
      { name: 'sample', run: () => cpuOf(() => sampler.sample()) },
      // ps's own CPU is in the child, so measure its wall time: a lower bound of what it costs
      {
        name: 'ps',
        run: () => {
          const t0 = performance.now();
          spawnSync('ps', ['-e', '-o', 'pid=,ppid=,pcpu=,rss=,comm='], { stdio: 'ignore' });
          return performance.now() - t0;
        },
      },
    ],
    { samples: quick ? 10 : 40, warmup: 3 },
  );
  const pctOfCore = (median(s.sample) / 10_000) * 100;
  results.push({
    name: 'resources: CPU per sample (/proc, in-process)',
    unit: 'ms',
    samples: s.sample,
    reference: { name: 'one `ps -e` spawned (wall)', samples: s.ps },
    target: { ratio: 1 },
    note: `${pctOfCore.toFixed(3)} % of one core at one sample per 10 s (target < 1 %); ${fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)).length} processes on this machine.`,
  });

  // ---- the server's CPU per minute, idle and at work, against a bare node timer
  const windowMs = quick ? 20_000 : 60_000;
  const out = await runNode([path.join(root, 'dist', 'dashboard.mjs'), '--no-open', '--port', '0', '--json'], proj);
  const pid = JSON.parse(out).pid;
  const bare = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    await sleep(3000); // the first read of the log is not idle time
    const perMinute = (t0, t1) => ((t1 - t0) * TICK_MS * 60_000) / windowMs;
    const measure = async (during) => {
      const a = [cpuTicks(pid), cpuTicks(bare.pid)];
      await during();
      const b = [cpuTicks(pid), cpuTicks(bare.pid)];
      return { server: perMinute(a[0], b[0]), bare: perMinute(a[1], b[1]) };
    };
    const idle = await measure(() => sleep(windowMs));
    const append = (i) =>
      fs.appendFileSync(
        path.join(proj, '.2L', 'events.jsonl'),
        `${JSON.stringify({ timestamp: new Date().toISOString(), event_type: 'tool_complete', phase: 'unknown', agent_id: 'main', data: `t${i}`, v: 1, source: 'hook', session_id: 's1', tool_name: 'Read', duration_ms: 3 })}\n`,
      );
    const busy = await measure(async () => {
      for (let i = 0; i < windowMs / 5000; i++) {
        append(i);
        await sleep(5000);
      }
    });
    const samples = fs
      .readFileSync(path.join(proj, '.2L', 'events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"resource_sample"')).length;
    log(`server idle ${idle.server} ms/min, at work ${busy.server} ms/min, ${samples} samples written`);
    results.push({
      name: 'resources: dashboard server CPU per minute, idle',
      unit: 'ms',
      samples: [idle.server],
      reference: { name: 'bare node with a 1 s timer, same window', samples: [idle.bare] },
      note: `one ${windowMs / 1000} s window (CPU ticks of 10 ms from /proc); ${((idle.server / 60_000) * 100).toFixed(3)} % of one core. Informative.`,
    });
    results.push({
      name: 'resources: dashboard server CPU per minute, a session at work (samples every 10 s)',
      unit: 'ms',
      samples: [busy.server],
      reference: { name: 'bare node with a 1 s timer, same window', samples: [busy.bare] },
      note: `one event every 5 s; ${samples} resource_sample events written; ${((busy.server / 60_000) * 100).toFixed(3)} % of one core, including following the log. Informative.`,
    });
  } finally {
    bare.kill('SIGKILL');
    spawnSync(process.execPath, [path.join(root, 'dist', 'dashboard-stop.mjs')], { cwd: proj, stdio: 'ignore' });
  }
  return results;
}
