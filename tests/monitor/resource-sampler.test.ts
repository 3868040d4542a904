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
const within = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(a, b);

test('a busy `claude` in the project: its CPU % and RSS agree with ps within 10 %', async () => {
  if (!linux) return;
  const project = fs.realpathSync(tempDir('proj'));
  const sampler = new ResourceSampler(project, { packDir: '/nonexistent-pack' });
  sampler.sample(Date.now()); // before the child: it is born after this reading, so all its CPU counts
  const child = busyClaude(project);
  try {
    await new Promise((r) => setTimeout(r, 2500));
    // ps's %cpu is the CPU time over the process's life; so is ours here (born after the first reading)
    const s = sampler.sample(Date.now())!;
    const p = ps(child.pid!);
    const started = Date.now();
    assert.is(s.claude.roots, 1);
    assert.is(s.claude.pids, 1);
    // ps measures from the process's start, we from the first reading (a few ms earlier): scale by the spans.
    assert.ok(within(s.claude.rss_bytes, p.rss, 0.1), `rss ${s.claude.rss_bytes} vs ps ${p.rss}`);
    assert.ok(p.cpu > 20, `the child should be busy (ps ${p.cpu} %)`);
    assert.ok(within(s.claude.cpu_pct, p.cpu, 0.1), `cpu ${s.claude.cpu_pct} % vs ps ${p.cpu} % (${started})`);
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
  // the "claude" waits; its child spins for 1.5 s then exits and is reaped
  const script = `const {spawnSync} = require('node:child_process'); spawnSync(process.execPath, ['-e', 'const t=Date.now(); while (Date.now()-t<1500);']); setTimeout(()=>{}, 60000);`;
  const sampler = new ResourceSampler(project, { packDir: '/nonexistent-pack' });
  const child = spawn(bin, ['-e', script], { cwd: project, stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 200));
    sampler.sample(Date.now());
    await new Promise((r) => setTimeout(r, 2500));
    const s = sampler.sample(Date.now())!;
    assert.is(s.claude.pids, 1, 'the spinner is gone');
    // about 1.5 s of CPU over ~2.5 s; at least a third of a core even on a loaded machine
    assert.ok(s.claude.cpu_pct > 30, `cpu ${s.claude.cpu_pct} %`);
  } finally {
    child.kill('SIGKILL');
  }
});
test.run();
