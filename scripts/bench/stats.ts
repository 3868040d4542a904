/**
 * Benchmark arithmetic for `npm run bench`: validate what a bench file
 * returns, summarise samples (median, p95, p99), check targets, and compare
 * with a saved baseline (the verdict's statistics are in ratio-gate.ts).
 * Pure: no I/O, no clock.
 */
import { percentile } from '../../lib/monitor/percentiles.ts';
import { judge, judgeSameRun, pairedRatio, type GateVerdict, type PairedRatio } from './ratio-gate.ts';

export const UNITS = ['ms', 'bytes', 'MB', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export interface BenchResult {
  name: string;
  unit: Unit;
  samples: number[];
  reference?: { name: string; samples: number[] };
  /** samples[i] and reference.samples[i] ran in the same interleaved round: the gate may judge it. */
  paired?: boolean;
  /** Between-run spread of the paired log-ratio for unchanged code (ratio-gate.ts); default 1 %. */
  runSD?: number;
  /**
   * The reference is the same command built at this git revision, run in the same rounds
   * (`--against`): the paired ratio is the change itself and is judged without a stored baseline.
   */
  against?: string;
  /** With `against`: this figure decides the gate (CPU time); the others are only reported. */
  judged?: boolean;
  target?: { ratio?: number; max?: number };
  note?: string;
}

export interface ResultSummary {
  component: string;
  name: string;
  /** `component/name`: the key in the baseline. */
  key: string;
  unit: Unit;
  n: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  reference?: { name: string; n: number; median: number };
  /** median / reference median (what targets check). */
  ratio?: number;
  /** The per-round estimate the regression gate judges (paired results only). */
  paired?: PairedRatio;
  against?: string;
  judged?: boolean;
  target?: { ratio?: number; max?: number };
  /** undefined when there is no target. */
  pass?: boolean;
  failures: string[];
  note?: string;
}

export interface BaselineEntry {
  unit: Unit;
  n: number;
  median: number;
  p95: number;
  ratio?: number;
  paired?: PairedRatio;
}

export interface Baseline {
  version: 1;
  saved: string;
  machine: Record<string, string | number>;
  results: Record<string, BaselineEntry>;
}

export interface Comparison {
  key: string;
  unit: Unit;
  baseline?: number;
  current: number;
  /**
   * Relative change: of the paired ratio when judged, else of the median (+0.25 is 25 % more).
   * A median alone is never judged: it moves with the machine's load, not only with the code.
   */
  change?: number;
  /** The gate's interval, when both runs have a paired ratio. */
  gate?: GateVerdict;
  status: 'new' | 'ok' | 'regressed' | 'improved' | 'not-judged' | 'unit-changed';
}

const isNumberArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** The results a bench file returned, or an Error that names the file and the bad field. */
export function validateResults(value: unknown, where: string): BenchResult[] {
  const fail = (msg: string) => new Error(`${where}: ${msg}`);
  if (!Array.isArray(value)) throw fail('bench() must return an array of results');
  return value.map((r, i) => {
    const at = `result ${i}`;
    if (!r || typeof r !== 'object') throw fail(`${at} is not an object`);
    const o = r as Record<string, unknown>;
    if (typeof o.name !== 'string' || o.name === '') throw fail(`${at}: \`name\` must be a non-empty string`);
    if (!UNITS.includes(o.unit as Unit)) throw fail(`${o.name}: \`unit\` must be one of ${UNITS.join(', ')}`);
    if (!isNumberArray(o.samples) || o.samples.length === 0)
      throw fail(`${o.name}: \`samples\` must be a non-empty array of finite numbers`);
    const out: BenchResult = { name: o.name, unit: o.unit as Unit, samples: o.samples };
    if (o.reference !== undefined) {
      const ref = o.reference as Record<string, unknown>;
      if (!ref || typeof ref.name !== 'string' || !isNumberArray(ref.samples) || ref.samples.length === 0) {
        throw fail(`${o.name}: \`reference\` must be { name, samples } with at least one sample`);
      }
      out.reference = { name: ref.name, samples: ref.samples };
    }
    if (o.paired !== undefined) {
      if (o.paired !== true || out.reference?.samples.length !== out.samples.length)
        throw fail(`${o.name}: \`paired\` must be true, with as many reference samples as samples`);
      out.paired = true;
    }
    if (o.runSD !== undefined) {
      if (!out.paired || typeof o.runSD !== 'number' || !(o.runSD >= 0 && o.runSD < 1))
        throw fail(`${o.name}: \`runSD\` must be a number in [0, 1), on a paired result`);
      out.runSD = o.runSD;
    }
    if (o.against !== undefined) {
      if (!out.paired || typeof o.against !== 'string' || o.against === '')
        throw fail(`${o.name}: \`against\` must be a non-empty revision, on a paired result`);
      out.against = o.against;
      if (o.judged !== undefined && typeof o.judged !== 'boolean')
        throw fail(`${o.name}: \`judged\` must be a boolean`);
      if (o.judged) out.judged = true;
    }
    if (o.target !== undefined) {
      const t = o.target as Record<string, unknown>;
      // max may be 0 ("no lost lines"); a ratio of 0 can never pass.
      const okNum = (v: unknown, min: number, inclusive: boolean) =>
        v === undefined || (typeof v === 'number' && Number.isFinite(v) && (inclusive ? v >= min : v > min));
      if (
        !t ||
        typeof t !== 'object' ||
        !okNum(t.ratio, 0, false) ||
        !okNum(t.max, 0, true) ||
        (t.ratio === undefined && t.max === undefined)
      ) {
        throw fail(`${o.name}: \`target\` must be { ratio?, max? } with ratio > 0 and max ≥ 0`);
      }
      out.target = {
        ...(t.ratio !== undefined ? { ratio: t.ratio as number } : {}),
        ...(t.max !== undefined ? { max: t.max as number } : {}),
      };
    }
    if (typeof o.note === 'string') out.note = o.note;
    return out;
  });
}

/** The conventional median: the middle value, or the mean of the two middle values. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarise(component: string, r: BenchResult): ResultSummary {
  const sorted = [...r.samples].sort((a, b) => a - b);
  const s: ResultSummary = {
    component,
    name: r.name,
    key: `${component}/${r.name}`,
    unit: r.unit,
    n: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95)!,
    p99: percentile(sorted, 99)!,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    failures: [],
  };
  if (r.reference) {
    s.reference = { name: r.reference.name, n: r.reference.samples.length, median: median(r.reference.samples) };
    if (s.reference.median > 0) s.ratio = s.median / s.reference.median;
    const p = r.paired ? pairedRatio(r.samples, r.reference.samples, r.runSD) : undefined;
    if (p) s.paired = p;
    if (r.against) s.against = r.against;
    if (r.judged) s.judged = true;
  }
  if (r.note) s.note = r.note;
  if (r.target) {
    s.target = r.target;
    if (r.target.ratio !== undefined) {
      if (s.ratio === undefined)
        s.failures.push(`ratio target ≤ ${r.target.ratio} needs a reference with a median above 0`);
      else if (s.ratio > r.target.ratio) s.failures.push(`ratio ${s.ratio.toFixed(2)} > ${r.target.ratio}`);
    }
    if (r.target.max !== undefined && s.median > r.target.max)
      s.failures.push(`median ${fmt(s.median, s.unit)} > ${fmt(r.target.max, s.unit)}`);
    s.pass = s.failures.length === 0;
  }
  return s;
}

export function compare(current: readonly ResultSummary[], baseline: Baseline | undefined): Comparison[] {
  return current.map((c) => {
    const b = baseline?.results[c.key];
    if (!b) return { key: c.key, unit: c.unit, current: c.median, status: 'new' };
    const base = { key: c.key, unit: c.unit, baseline: b.median, current: c.median };
    if (b.unit !== c.unit) return { ...base, status: 'unit-changed' };
    if (c.paired && b.paired) {
      const gate = judge(c.paired, b.paired);
      return { ...base, change: gate.change, gate, status: gate.status };
    }
    const change = b.median > 0 ? c.median / b.median - 1 : c.median > 0 ? Infinity : 0;
    return { ...base, change, status: 'not-judged' };
  });
}

/**
 * The results measured against a baseline build in the same run, judged (`judged` ones) or
 * only reported: the stored baseline plays no part, so the machine's load on another day cannot.
 */
export function judgeAgainst(current: readonly ResultSummary[]): Comparison[] {
  return current
    .filter((c) => c.against && c.paired)
    .map((c) => {
      const gate = judgeSameRun(c.paired!);
      const base = { key: c.key, unit: c.unit, baseline: c.reference!.median, current: c.median };
      return { ...base, change: gate.change, gate, status: c.judged ? gate.status : 'not-judged' };
    });
}

/** The previous baseline with these results replaced (a partial run keeps the other components' entries). */
export function toBaseline(
  current: readonly ResultSummary[],
  previous: Baseline | undefined,
  saved: string,
  machine: Record<string, string | number>,
): Baseline {
  const results: Record<string, BaselineEntry> = { ...(previous?.results ?? {}) };
  const r = (x: number) => Math.round(x * 1000) / 1000;
  for (const c of current)
    results[c.key] = {
      unit: c.unit,
      n: c.n,
      median: r(c.median),
      p95: r(c.p95),
      ...(c.ratio !== undefined ? { ratio: r(c.ratio) } : {}),
      ...(c.paired
        ? {
            paired: {
              n: c.paired.n,
              ratio: r(c.paired.ratio),
              log: Math.round(c.paired.log * 1e5) / 1e5,
              logSE: Math.round(c.paired.logSE * 1e5) / 1e5,
              runSD: c.paired.runSD,
            },
          }
        : {}),
    };
  const sorted = Object.fromEntries(
    Object.keys(results)
      .sort()
      .map((k) => [k, results[k]!]),
  );
  return { version: 1, saved, machine, results: sorted };
}

/** Parsed baseline file contents, or an Error saying what is wrong. */
export function parseBaseline(value: unknown, where: string): Baseline {
  const o = value as Baseline;
  if (!o || typeof o !== 'object' || o.version !== 1 || !o.results || typeof o.results !== 'object') {
    throw new Error(
      `${where}: not a baseline file (expected {"version": 1, "results": {…}}); run with \`--save-baseline\` to write one`,
    );
  }
  for (const [k, e] of Object.entries(o.results)) {
    if (!e || typeof e.median !== 'number' || !UNITS.includes(e.unit))
      throw new Error(`${where}: entry \`${k}\` needs a numeric \`median\` and a \`unit\``);
    const p = e.paired;
    if (
      p !== undefined &&
      !(
        p &&
        [p.n, p.ratio, p.log, p.logSE, p.runSD].every((x) => typeof x === 'number' && Number.isFinite(x)) &&
        p.logSE >= 0 &&
        p.runSD >= 0
      )
    )
      throw new Error(
        `${where}: entry \`${k}\`: \`paired\` needs numeric \`n\`, \`ratio\`, \`log\`, \`logSE\` and \`runSD\``,
      );
  }
  return o;
}

export function fmt(v: number, unit: Unit): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const digits =
    unit === 'count' || unit === 'bytes' ? (Number.isInteger(v) ? 0 : 1) : abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return `${v.toFixed(digits)} ${unit}`;
}

export const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %` : '+∞');

function targetText(s: ResultSummary): string {
  if (!s.target) return '';
  const parts: string[] = [];
  if (s.target.ratio !== undefined) parts.push(`ratio ≤ ${s.target.ratio}`);
  if (s.target.max !== undefined) parts.push(`median ≤ ${fmt(s.target.max, s.unit)}`);
  return parts.join(', ');
}

/** Plain-text table, one row per result, columns padded to fit. */
export function formatTable(results: readonly ResultSummary[], comparisons?: readonly Comparison[]): string {
  const head = ['benchmark', 'n', 'median', 'p95', 'p99', 'reference median', 'ratio', 'target', 'result'];
  if (comparisons) head.push('baseline', 'change');
  const rows = results.map((s) => {
    const row = [
      s.key,
      String(s.n),
      fmt(s.median, s.unit),
      fmt(s.p95, s.unit),
      fmt(s.p99, s.unit),
      s.reference ? `${fmt(s.reference.median, s.unit)} (${s.reference.name})` : '',
      s.ratio !== undefined ? `${s.ratio.toFixed(2)}×` : '',
      targetText(s),
      s.pass === undefined ? '' : s.pass ? 'PASS' : 'FAIL',
    ];
    if (comparisons) {
      const c = comparisons.find((x) => x.key === s.key);
      row.push(
        c?.baseline !== undefined ? fmt(c.baseline, s.unit) : '',
        c?.status === 'new'
          ? 'new'
          : c?.status === 'unit-changed'
            ? 'unit changed'
            : c?.gate
              ? `ratio ${pct(c.gate.change)} [${pct(c.gate.low)}, ${pct(c.gate.high)}]${c.status === 'regressed' ? ' REGRESSED' : c.status === 'improved' ? ' improved' : c.status === 'not-judged' ? ' (reported)' : ''}`
              : c?.change !== undefined
                ? `median ${pct(c.change)} (not judged)`
                : '',
      );
    }
    return row;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
