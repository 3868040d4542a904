// The /proc sampler against a real busy process: CPU and RSS within 10 % of what ps says.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../util/claude.ts';
import { ResourceSampler } from '../../lib/monitor/resource-sampler.ts';

const linux = ResourceSampler.supported();
const test = suite('ResourceSampler (Linux /proc)');

/** A process whose command is `claude` (node under that name) spinning with the project as cwd and ~150 MB resident. */
function busyClaude(project: string, extra = '') {
  const bin = path.join(tempDir('bin'), 'claude');
  fs.symlinkSync(process.execPath, bin);
  const script = `const b = Buffer.alloc(150e6, 1); ${extra} for (;;) { for (let i = 0; i < 1e6; i++) b[i % 1e6] ^= 1; }`;
  return spawn(bin, ['-e', script], { cwd: project, stdio: 'ignore' });
}

const ps = (pid: number) => {
  const [pcpu, rss] = spawnSync('ps', ['-o', 'pcpu=,rss=', '-p', String(pid)], { encoding: 'utf8' })
    .stdout.trim()
    .split(/\s+/);
  return { cpu: Number(pcpu), rss: Number(rss) * 1024 };
};
/** How long `pid` has lived, from its start time in /proc (clock ticks since boot, 100 per second) to now. */
function lifeMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  const uptimeS = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  return uptimeS * 1000 - startTicks * 10;
}
/** Until `pid` is stopped (state T): a SIGSTOP is delivered asynchronously. */
async function stopped(pid: number): Promise<void> {
  for (;;) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}
const within = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(a, b);

test('a busy `claude` in the project: its CPU % and RSS agree with ps within 10 %', async () => {
  if (!linux) return;
  const project = fs.realpathSync(tempDir('proj'));
  const sampler = new ResourceSampler(project, { packDir: '/nonexistent-pack' });
  const t0 = Date.now();
  sampler.sample(t0); // before the child: it is born after this reading, so all its CPU counts
  const child = busyClaude(project);
  try {
    await new Promise((r) => setTimeout(r, 2500));
    // Stopped, its CPU time is frozen: our reading and ps's then describe the same CPU time, however
    // unevenly a loaded machine scheduled it (running, ps's %cpu over a life that kept growing after
    // our reading disagreed with ours by more than 10 % under load).
    child.kill('SIGSTOP');
    await stopped(child.pid!);
    const t1 = Date.now();
    const s = sampler.sample(t1)!;
    const p = ps(child.pid!);
    const life = lifeMs(child.pid!);
    assert.is(s.claude.roots, 1);
    assert.is(s.claude.pids, 1);
    assert.ok(within(s.claude.rss_bytes, p.rss, 0.1), `rss ${s.claude.rss_bytes} vs ps ${p.rss}`);
    // A loaded machine may give the spinner a small share of a core; below 5 % the 10 % comparison means little.
    assert.ok(p.cpu > 5, `the child should be busy (ps ${p.cpu} %)`);
    // ps's %cpu is the CPU time over the process's life, ours over the window between readings, which began
    // before the child did: both back to CPU milliseconds.
    const oursMs = (s.claude.cpu_pct / 100) * (t1 - t0);
    const psMs = (p.cpu / 100) * life;
    assert.ok(within(oursMs, psMs, 0.1), `cpu ${oursMs} ms by our reading vs ${psMs} ms by ps`);
  } finally {
    child.kill('SIGKILL');
  }
});

test("the same command in another folder is not the project's", async () => {
  if (!linux) return;
  const project = fs.realpathSync(tempDir('proj'));
  const sampler = new ResourceSampler(project, { packDir: '/nonexistent-pack' });
  const child = busyClaude(tempDir('elsewhere'));
  try {
    await new Promise((r) => setTimeout(r, 300));
    assert.is(sampler.sample()!.claude.roots, 0);
  } finally {
    child.kill('SIGKILL');
  }
});

test('children of the Claude process count, including one that exited between readings (reaped into cutime)', async () => {
  if (!linux) return;
  const project = fs.realpathSync(tempDir('proj'));
  const bin = path.join(tempDir('bin'), 'claude');
  fs.symlinkSync(process.execPath, bin);
  // the "claude" waits for `go`, then runs a child that burns 1 s of CPU (CPU time, not wall time: the
  // machine may be loaded) and is reaped, then says `done` and idles
  const sig = tempDir('sig');
  const spin = 'const u=()=>{const c=process.cpuUsage();return c.user+c.system}; while (u()<1e6);';
  const script = `const fs=require('node:fs'), {spawnSync}=require('node:child_process'); const go=${JSON.stringify(path.join(sig, 'go'))};
    const wait=()=>{ if (!fs.existsSync(go)) return setTimeout(wait, 20); spawnSync(process.execPath, ['-e', ${JSON.stringify(spin)}]); fs.writeFileSync(${JSON.stringify(path.join(sig, 'done'))}, ''); setTimeout(()=>{}, 60000); };
    wait();`;
  const sampler = new ResourceSampler(project, { packDir: '/nonexistent-pack' });
  const child = spawn(bin, ['-e', script], { cwd: project, stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    sampler.sample(t0);
    fs.writeFileSync(path.join(sig, 'go'), '');
    for (let i = 0; i < 600 && !fs.existsSync(path.join(sig, 'done')); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(fs.existsSync(path.join(sig, 'done')), 'the spinner finished');
    const t1 = Date.now();
    const s = sampler.sample(t1)!;
    assert.is(s.claude.pids, 1, 'the spinner is gone');
    // cpu_pct is of one core over the window: the reaped child's full second must be in it
    const cpuMs = (s.claude.cpu_pct / 100) * (t1 - t0);
    assert.ok(cpuMs >= 950, `${cpuMs.toFixed(0)} ms of CPU counted over ${t1 - t0} ms (the child burnt 1,000)`);
  } finally {
    child.kill('SIGKILL');
  }
});
test.run();
