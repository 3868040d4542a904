// Small helpers shared by the benchmarks in scripts/bench/: time a command,
// run several commands interleaved so machine noise hits them alike, medians.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Run `cmd args` once and return its wall time in ms (spawn to exit), with its
 * output. Throws when it cannot start or exits non-zero: a benchmark of a
 * failing command measures nothing.
 */
export function timeCommand({ cmd, args = [], env = process.env, cwd, input }) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    env,
    cwd,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`\`${cmd} ${args.join(' ')}\` exited ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Interleave the variants round-robin (the starting variant rotates each
 * round, so none always runs first), discard `warmup` rounds and return
 * `{ [name]: samples[] }`. A variant is `{ name, run(): number }` (ms) or a
 * command spec for timeCommand plus `before()`/`check(result)` hooks.
 */
export function interleave(variants, { samples, warmup = 3, log = () => {} }) {
  const out = Object.fromEntries(variants.map((v) => [v.name, []]));
  const rounds = warmup + samples;
  for (let r = 0; r < rounds; r++) {
    for (const v of roundOrder(variants, r)) {
      v.before?.();
      let ms;
      if (v.run) ms = v.run();
      else {
        const res = timeCommand(v);
        v.check?.(res);
        ms = res.ms;
      }
      if (r >= warmup) out[v.name].push(ms);
    }
    if ((r + 1) % 20 === 0) log(`  ${r + 1}/${rounds} rounds`);
  }
  return out;
}

/**
 * The order of one round's variants: a shuffle seeded by the round, so runs repeat. Rotating the list
 * (as `interleave` did) keeps each variant behind the same neighbour in every round; a variant whose
 * runs leave the machine warmer or busier (a front's background collector, say) would then always tax
 * the same other one.
 */
export function roundOrder(items, round) {
  let seed = (round + 1) * 0x9e3779b1;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const ratio = (a, b) => median(a) / median(b);

/**
 * Median of the per-round ratios a[i]/b[i] (samples from the same interleaved
 * round): cancels slow drifts in machine load that a ratio of medians keeps.
 */
export const pairedRatio = (a, b) => median(a.slice(0, b.length).map((x, i) => x / b[i]));
export const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

/**
 * CPU time (user+sys, ms) per run of `command` (a shell word list, already
 * quoted), run `runs` times in one bash with stdin from `inputFile`: bash's
 * `times` gives the children's totals. Less sensitive than wall time to other
 * processes competing for the cores.
 */
export function cpuPerRun({ command, runs, inputFile, env, cwd }) {
  const script = `for ((i=0;i<${runs};i++)); do ${command} < ${shellQuote(inputFile)} > /dev/null || exit 1; done; times`;
  const { stdout } = timeCommand({ cmd: 'bash', args: ['-c', script], env, cwd });
  return childrenCpuMs(String(stdout)) / runs;
}

/** The children's user+system CPU (ms) from the output of bash's `times` (its second line). */
export function childrenCpuMs(timesOutput) {
  const lines = timesOutput.trim().split('\n');
  const secs = (lines[1] ?? '').match(/(\d+)m([\d.]+)s/g)?.map((t) => {
    const [, m, s] = /(\d+)m([\d.]+)s/.exec(t);
    return Number(m) * 60 + Number(s);
  });
  if (!secs || secs.length !== 2) throw new Error(`cannot read \`times\` output: ${timesOutput}`);
  return (secs[0] + secs[1]) * 1000;
}

/** Fisher–Yates: each round's order is random (load is not repeatable, so neither need this be). */
export function shuffled(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export const shellQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** Environment for every measured command: ours, minus anything that would steer the pack. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env))
    if (k.startsWith('TWOL_') || k.startsWith('CLAUDE_') || k === 'BASH_ENV' || k === 'NODE_OPTIONS') delete env[k];
  return { ...env, ...extra };
}
