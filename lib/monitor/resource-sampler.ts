/**
 * Takes resource samples on Linux from `/proc` (resources.ts does the
 * arithmetic). Which processes are "the project's Claude Code": those whose
 * command is `claude` (the native build; or node running a claude-code
 * package) and whose working folder (`/proc/<pid>/cwd`) is the project, with
 * everything they started. Claude Code keeps the project as its cwd and its
 * hooks' payloads carry no pid, so the cwd is the one honest link; a session
 * started elsewhere with `--add-dir` is not counted. The pack's processes: this
 * process and every node process running a file of the pack's `dist/`.
 *
 * Only `/proc` is read (kernel files, nothing a repository can plant), each
 * file once per sample, and only `stat` for processes outside the two groups.
 * Elsewhere (macOS) `sample()` returns undefined: reading another process's
 * cwd there takes lsof, too dear for a 10 s loop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  descendants,
  parseProcStat,
  parseVmRss,
  ticksSince,
  type GroupFigures,
  type ProcInfo,
  type ResourceSample,
} from './resources.ts';

/** USER_HZ: 100 on every Linux architecture Node supports (the kernel fixes it for /proc). */
const TICKS_PER_SECOND = 100;

export interface SamplerOptions {
  procRoot?: string;
  /** Files under this folder are the pack's (default: the folder of the running script). */
  packDir?: string;
  selfPid?: number;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended, or it is not ours to read
  }
}

export class ResourceSampler {
  private readonly proc: string;
  private readonly packDir: string;
  private readonly selfPid: number;
  private readonly projectReal: string;
  private prev?: { at: number; uptimeTicks: number; claude: Map<number, number>; pack: Map<number, number> };

  constructor(project: string, opts: SamplerOptions = {}) {
    this.proc = opts.procRoot ?? '/proc';
    this.packDir = opts.packDir ?? path.dirname(process.argv[1] ?? '');
    this.selfPid = opts.selfPid ?? process.pid;
    let real = path.resolve(project);
    try {
      real = fs.realpathSync(real);
    } catch {}
    this.projectReal = real;
  }

  static supported(procRoot = '/proc'): boolean {
    return process.platform === 'linux' && fs.existsSync(path.join(procRoot, 'self', 'stat'));
  }

  sample(nowMs = Date.now()): ResourceSample | undefined {
    if (!ResourceSampler.supported(this.proc)) return undefined;
    const cpuBefore = process.cpuUsage();
    const procs = new Map<number, ProcInfo>();
    for (const name of fs.readdirSync(this.proc)) {
      if (!/^\d+$/.test(name)) continue;
      const info = parseProcStat(readText(path.join(this.proc, name, 'stat')) ?? '');
      if (info) procs.set(info.pid, info);
    }
    const roots: number[] = [];
    const packRoots: number[] = [this.selfPid];
    for (const p of procs.values()) {
      const nodeLike = p.comm === 'node' || p.comm === 'bun' || p.comm.startsWith('node-');
      if (p.comm !== 'claude' && !nodeLike) continue;
      const cmdline = nodeLike ? (readText(path.join(this.proc, String(p.pid), 'cmdline')) ?? '') : '';
      if (nodeLike && this.packDir.length > 1 && cmdline.includes(`${this.packDir}${path.sep}`)) packRoots.push(p.pid);
      if (p.comm === 'claude' || /claude-code|[/\0]claude(\0|$)/.test(cmdline)) {
        let cwd: string | undefined;
        try {
          cwd = fs.readlinkSync(path.join(this.proc, String(p.pid), 'cwd'));
        } catch {}
        if (cwd === this.projectReal) roots.push(p.pid);
      }
    }
    const claude = descendants(procs, roots);
    const pack = new Set([...descendants(procs, packRoots)].filter((pid) => !claude.has(pid) || pid === this.selfPid));
    const uptimeTicks = Math.round(
      Number((readText(path.join(this.proc, 'uptime')) ?? '0').split(' ')[0]) * TICKS_PER_SECOND,
    );
    const interval = this.prev ? nowMs - this.prev.at : 0;
    const figures = (members: Set<number>, before: Map<number, number> | undefined): GroupFigures => {
      let rss = 0;
      for (const pid of members) rss += parseVmRss(readText(path.join(this.proc, String(pid), 'status')) ?? '');
      const used = ticksSince(procs, members, before, this.prev?.uptimeTicks);
      const cpu = interval > 0 ? ((used * 1000) / TICKS_PER_SECOND / interval) * 100 : 0;
      return { pids: members.size, cpu_pct: Math.round(cpu * 10) / 10, rss_bytes: rss };
    };
    const ticksOf = (members: Set<number>) => new Map([...members].map((pid) => [pid, procs.get(pid)!.ticks]));
    const sample: ResourceSample = {
      interval_ms: interval,
      claude: { ...figures(claude, this.prev?.claude), roots: roots.length },
      pack: figures(pack, this.prev?.pack),
      machine: this.machine(),
      cost_ms: 0,
    };
    this.prev = { at: nowMs, uptimeTicks, claude: ticksOf(claude), pack: ticksOf(pack) };
    const spent = process.cpuUsage(cpuBefore);
    sample.cost_ms = Math.round((spent.user + spent.system) / 100) / 10;
    return sample;
  }

  private machine(): ResourceSample['machine'] {
    const [load1, load5, load15] = os.loadavg() as [number, number, number];
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      load1: round(load1),
      load5: round(load5),
      load15: round(load15),
      mem_available_bytes: os.freemem(),
      mem_total_bytes: os.totalmem(),
      cpus: os.availableParallelism(),
    };
  }
}
