/**
 * Resource figures, pure: `/proc` text (Linux) or `ps` output (macOS) → the
 * processes, the Claude Code tree of a project, CPU % between two readings,
 * and the `resource_sample` event payload read back from the log. The I/O
 * (reading `/proc`, the schedule) is resource-sampler.ts.
 *
 * CPU of a tree is Σ (utime + stime + cutime + cstime) over its live members:
 * a child's time moves into its parent's cutime when it is reaped, so a tool
 * call that started and ended between two samples is still counted.
 */
import type { TwoLEvent } from '../events/format.ts';

export const RESOURCE_EVENT_TYPE = 'resource_sample';

export interface ProcInfo {
  pid: number;
  ppid: number;
  comm: string;
  /** CPU time in clock ticks: own plus reaped children's. */
  ticks: number;
  /** Start time in ticks after boot. */
  start: number;
}

/** /proc/<pid>/stat → ProcInfo. `comm` is in parentheses and may hold spaces or `)`: split at the last `)`. */
export function parseProcStat(text: string): ProcInfo | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const f = text
    .slice(close + 2)
    .trim()
    .split(' ');
  // f[0] is field 3 (state): utime 14, stime 15, cutime 16, cstime 17, starttime 22
  const n = (field: number) => Number(f[field - 3]);
  const ticks = n(14) + n(15) + n(16) + n(17);
  if (!Number.isInteger(pid) || !Number.isFinite(ticks) || !Number.isFinite(n(4))) return undefined;
  return { pid, ppid: n(4), comm: text.slice(open + 1, close), ticks, start: n(22) };
}

/** `VmRSS:  1234 kB` from /proc/<pid>/status, in bytes; 0 for a kernel thread or a zombie. */
export function parseVmRss(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** Every pid in `roots` and all their descendants. */
export function descendants(procs: ReadonlyMap<number, Pick<ProcInfo, 'ppid'>>, roots: Iterable<number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) {
    const list = children.get(p.ppid);
    if (list) list.push(pid);
    else children.set(p.ppid, [pid]);
  }
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (out.has(pid) || !procs.has(pid)) continue;
    out.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * CPU ticks a group used since the previous reading: for each member, its
 * ticks minus what it had then; a member new to the group counts whole when
 * it started after the previous reading, else nothing (its past is not ours).
 */
export function ticksSince(
  now: ReadonlyMap<number, Pick<ProcInfo, 'ticks' | 'start'>>,
  members: Iterable<number>,
  prev: ReadonlyMap<number, number> | undefined,
  prevUptimeTicks: number | undefined,
): number {
  let used = 0;
  for (const pid of members) {
    const p = now.get(pid);
    if (!p) continue;
    const before = prev?.get(pid);
    if (before !== undefined) used += Math.max(0, p.ticks - before);
    else if (prevUptimeTicks !== undefined && p.start >= prevUptimeTicks) used += p.ticks;
  }
  return used;
}

/** `ps -axo pid=,ppid=,pcpu=,rss=,comm=` (macOS): rss in KiB, pcpu as ps computes it. */
export function parsePs(text: string): Array<{ pid: number; ppid: number; pcpu: number; rss: number; comm: string }> {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+([\d.]+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m) out.push({ pid: +m[1]!, ppid: +m[2]!, pcpu: +m[3]!, rss: +m[4]! * 1024, comm: m[5]! });
  }
  return out;
}

export interface GroupFigures {
  pids: number;
  cpu_pct: number;
  rss_bytes: number;
}

export interface ResourceSample {
  interval_ms: number;
  /** The project's Claude Code processes (cwd = the project) and everything they started. */
  claude: GroupFigures & { roots: number };
  /** The pack's own processes: this server, hooks and status lines running now. */
  pack: GroupFigures;
  machine: {
    load1: number;
    load5: number;
    load15: number;
    mem_available_bytes: number;
    mem_total_bytes: number;
    cpus: number;
  };
  /** What taking this sample cost (CPU ms of the sampler). */
  cost_ms: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

function group(v: unknown): GroupFigures | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const g = v as Record<string, unknown>;
  const pids = num(g.pids);
  const cpu = num(g.cpu_pct);
  const rss = num(g.rss_bytes);
  return pids === undefined || cpu === undefined || rss === undefined
    ? undefined
    : { pids, cpu_pct: cpu, rss_bytes: rss };
}

/** A resource_sample payload read back from a log anyone could write: numbers only, or undefined. */
export function readResourceSample(payload: unknown): ResourceSample | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  const claude = group(p.claude);
  const pack = group(p.pack);
  const m = p.machine as Record<string, unknown> | undefined;
  if (!claude || !pack || !m || typeof m !== 'object') return undefined;
  const machine = {
    load1: num(m.load1),
    load5: num(m.load5),
    load15: num(m.load15),
    mem_available_bytes: num(m.mem_available_bytes),
    mem_total_bytes: num(m.mem_total_bytes),
    cpus: num(m.cpus),
  };
  if (Object.values(machine).some((x) => x === undefined)) return undefined;
  return {
    interval_ms: num(p.interval_ms) ?? 0,
    claude: { ...claude, roots: num((p.claude as Record<string, unknown>).roots) ?? 0 },
    pack,
    machine: machine as ResourceSample['machine'],
    cost_ms: num(p.cost_ms) ?? 0,
  };
}

/** The newer of `current` and what `e` reports, for a reader going through the log. */
export function latestResources(
  current: (ResourceSample & { at: string }) | undefined,
  e: TwoLEvent,
): (ResourceSample & { at: string }) | undefined {
  if (e.event_type !== RESOURCE_EVENT_TYPE || (current && e.timestamp < current.at)) return current;
  const s = readResourceSample(e.payload);
  return s ? { ...s, at: e.timestamp } : current;
}
