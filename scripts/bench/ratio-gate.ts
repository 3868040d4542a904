/**
 * The regression gate's statistics (issue 18; the method is stated in docs/bench.md). A figure is
 * judged by its ratio to a reference measured in the same run, round by round: the paired
 * log-ratios d_i = ln(x_i / r_i) cancel whatever load the machine had during round i. A run's
 * estimate is the 20 %-trimmed mean of the d_i, its uncertainty the bootstrap standard error of
 * that mean; `--compare` flags a regression only when the whole confidence interval of
 * (this run − baseline) lies above the margin. Pure: no I/O, no clock; the bootstrap's random
 * numbers come from a seeded generator, so the same samples give the same verdict.
 */

/** The estimate of one run: what the baseline stores for a paired figure. */
export interface PairedRatio {
  /** Pairs used (both values above 0). */
  n: number;
  /** exp(trimmed mean of the log-ratios): the typical ratio of a round. */
  ratio: number;
  /** Trimmed mean of ln(x_i / r_i). */
  log: number;
  /** Bootstrap standard error of `log`: the noise within this run. */
  logSE: number;
  /**
   * How far `log` moves between runs of unchanged code (the machine's load changes what a
   * process and its reference cost unequally): measured per figure by the bench, not here.
   */
  runSD: number;
}

export interface GateVerdict {
  status: 'ok' | 'regressed' | 'improved';
  /** Relative change of the ratio, this run against the baseline's: +0.05 is 5 % worse. */
  change: number;
  /** The confidence interval of `change`. */
  low: number;
  high: number;
}

/** A change of the ratio within ±MARGIN is never a verdict, however sure. */
export const MARGIN = 0.01;
/** Between-run spread assumed when a bench measured none. */
export const DEFAULT_RUN_SD = 0.01;
/** Two-sided 95 % normal quantile: a regression is called with 97.5 % one-sided confidence. */
export const Z = 1.96;
const TRIM = 0.2;
const RESAMPLES = 2000;

export function pairedLogRatios(samples: readonly number[], reference: readonly number[]): number[] {
  const n = Math.min(samples.length, reference.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (samples[i]! > 0 && reference[i]! > 0) out.push(Math.log(samples[i]! / reference[i]!));
  return out;
}

/** Mean of the values left after dropping `trim` of them at each end (robust to a stalled round). */
export function trimmedMean(xs: readonly number[], trim = TRIM): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.floor(s.length * trim);
  const kept = s.slice(k, s.length - k);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

/** mulberry32: a small, well-mixed 32-bit generator, enough for resampling indices. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard deviation of `stat` over `resamples` bootstrap resamples of `xs`. */
export function bootstrapSE(
  xs: readonly number[],
  stat: (xs: readonly number[]) => number = trimmedMean,
  { resamples = RESAMPLES, seed = 1 } = {},
): number {
  if (xs.length < 2) return Infinity;
  const rand = seededRandom(seed);
  const buf = new Array<number>(xs.length);
  const stats = new Array<number>(resamples);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < xs.length; i++) buf[i] = xs[Math.floor(rand() * xs.length)]!;
    stats[b] = stat(buf);
  }
  const mean = stats.reduce((a, v) => a + v, 0) / resamples;
  const sd = Math.sqrt(stats.reduce((a, v) => a + (v - mean) ** 2, 0) / (resamples - 1));
  // identical samples: rounding leaves a few 1e-17; the spread is zero
  return sd < 1e-12 ? 0 : sd;
}

/** The paired estimate of one run, or undefined with fewer than 5 usable pairs. */
export function pairedRatio(
  samples: readonly number[],
  reference: readonly number[],
  runSD = DEFAULT_RUN_SD,
): PairedRatio | undefined {
  const d = pairedLogRatios(samples, reference);
  if (d.length < 5) return undefined;
  const log = trimmedMean(d);
  return { n: d.length, ratio: Math.exp(log), log, logSE: bootstrapSE(d), runSD };
}

/**
 * This run against the baseline. The two runs' errors are independent, so the standard error of
 * the difference of their log-ratios is the root of the sum of squares: each run's own noise and
 * the between-run spread (the larger of the two runs' `runSD`). The interval is the difference
 * ± Z standard errors. Regressed only when its lower end is above ln(1 + margin): sure, at
 * 97.5 %, that the ratio rose by more than the margin.
 */
export function judge(current: PairedRatio, baseline: PairedRatio, margin = MARGIN): GateVerdict {
  const se = Math.hypot(current.logSE, baseline.logSE, Math.max(current.runSD, baseline.runSD));
  return verdict(current.log - baseline.log, se, margin);
}

/**
 * A change of the baseline build's figure within ±SAME_RUN_MARGIN is never a verdict: what is
 * left uncancelled when both builds run in the same rounds (which of the two ran while the
 * machine's other job was busier) stays well under it (docs/bench.md).
 */
export const SAME_RUN_MARGIN = 0.02;

/**
 * The current build against the baseline build measured in the same rounds (`--against`): the
 * paired log-ratio current/baseline is already the change, and load cancels inside each pair,
 * so there is no between-run spread to add; the interval is the run's own bootstrap noise.
 */
export function judgeSameRun(current: PairedRatio, margin = SAME_RUN_MARGIN): GateVerdict {
  return verdict(current.log, current.logSE, margin);
}

/** Interval diff ± Z·se; regressed only when its lower end is above ln(1 + margin). */
function verdict(diff: number, se: number, margin: number): GateVerdict {
  const lo = diff - Z * se;
  const hi = diff + Z * se;
  const edge = Math.log(1 + margin);
  const status = lo > edge ? 'regressed' : hi < -edge ? 'improved' : 'ok';
  return { status, change: Math.expm1(diff), low: Math.expm1(lo), high: Math.expm1(hi) };
}
