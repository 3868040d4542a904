import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  bootstrapSE,
  judge,
  judgeSameRun,
  MARGIN,
  SAME_RUN_MARGIN,
  pairedLogRatios,
  pairedRatio,
  seededRandom,
  trimmedMean,
  type GateVerdict,
  type PairedRatio,
} from '../../scripts/bench/ratio-gate.ts';

const basics = suite('paired log-ratios, trimmed mean, bootstrap');
basics('log-ratios pair by index and skip a non-positive value', () => {
  assert.equal(
    pairedLogRatios([20, 10, 0, 30], [10, 10, 5, 0]).map((x) => Math.round(x * 1000) / 1000),
    [0.693, 0],
  );
});
const trims: Array<[number[], number]> = [
  [[1, 2, 3, 4, 5], 3],
  // a stalled round (1000) and a lucky one (-1000) are dropped: 20 % of 10 at each end
  [[-1000, 1, 1, 1, 1, 1, 1, 1, 1, 1000], 1],
  [[2], 2],
];
for (const [xs, want] of trims) basics(`trimmed mean of [${xs}] is ${want}`, () => assert.is(trimmedMean(xs), want));
basics('the seeded generator repeats and stays in [0, 1)', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.equal(
    xs.slice(0, 5),
    Array.from({ length: 5 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});
basics('bootstrap SE: same samples, same answer; about σ/√n for normal noise', () => {
  const xs = noise(400, 0.1, 3);
  assert.is(bootstrapSE(xs), bootstrapSE(xs));
  const se = bootstrapSE(xs);
  // the 20 %-trimmed mean of normal data has an SE about 1.06 σ/√n
  assert.ok(se > 0.8 * (0.1 / 20) && se < 1.4 * (0.1 / 20), String(se));
});
basics('fewer than 5 pairs give no estimate', () => {
  assert.is(pairedRatio([1, 2, 3, 4], [1, 2, 3, 4]), undefined);
  assert.equal(pairedRatio([2, 2, 2, 2, 2], [1, 1, 1, 1, 1]), {
    n: 5,
    ratio: 2,
    log: Math.log(2),
    logSE: 0,
    runSD: 0.01,
  });
});
basics.run();

/** n normal deviates (Box–Muller) of spread σ, from a seed. */
function noise(n: number, sigma: number, seed: number): number[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, () => sigma * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));
}

/**
 * One synthetic run, shaped like this machine's (2 cores shared with other jobs): a reference
 * of ~66 ms whose load drifts from round to round (cancelled by pairing), the measured command
 * `ratio` times it with per-round log noise σ, and 5 % of rounds stalled (×1.6 on one side).
 */
function run(ratio: number, sigma: number, n: number, seed: number, runSD?: number): PairedRatio {
  const rand = seededRandom(seed * 7919);
  const e = noise(n, sigma, seed);
  const ref: number[] = [];
  const x: number[] = [];
  for (let i = 0; i < n; i++) {
    const load = 66 * (1 + 2 * rand()); // the machine's load: 1× to 3×, both sides alike
    const stalled = rand() < 0.05;
    const onRef = rand() < 0.5;
    ref.push(load * (stalled && onRef ? 1.6 : 1));
    x.push(load * ratio * Math.exp(e[i]!) * (stalled && !onRef ? 1.6 : 1));
  }
  const p = pairedRatio(x, ref, runSD);
  if (!p) throw new Error('no estimate');
  return p;
}

// σ of ln(x/ref) per round, as measured here under a load average of 4 on 2 cores: 0.05 for
// CPU time (the gated figures' main signal), 0.2 for wall time.
const CPU = 0.05;
const WALL = 0.2;
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

const gate = suite('judge: a +5 % slowdown is flagged, no change is not');
gate('+5 % on the CPU ratio: flagged in at least 37 of 40 seeds (full run against a full baseline)', () => {
  const missed = SEEDS.filter(
    (s) => judge(run(1.1 * 1.05, CPU, 120, s + 100), run(1.1, CPU, 120, s)).status !== 'regressed',
  );
  assert.ok(missed.length <= 3, `missed: ${missed}`);
});
gate('no change on the CPU ratio: never flagged in 40 seeds, full or quick', () => {
  const flagged = SEEDS.filter(
    (s) =>
      judge(run(1.1, CPU, 120, s + 100), run(1.1, CPU, 120, s)).status !== 'ok' ||
      judge(run(1.1, CPU, 40, s + 200), run(1.1, CPU, 120, s)).status !== 'ok',
  );
  assert.equal(flagged, []);
});
gate('no change on the wall ratio (4× the noise): never flagged in 40 seeds, quick against full', () => {
  for (const s of SEEDS) {
    const v = judge(run(1.1, WALL, 40, s + 100), run(1.1, WALL, 120, s));
    assert.is(v.status, 'ok', `seed ${s}: ${JSON.stringify(v)}`);
  }
});
gate('a +0.5 % change, inside the margin, is never a regression, however sure', () => {
  for (const s of SEEDS.slice(0, 10)) {
    const v = judge(run(1.1 * 1.005, 0.002, 400, s + 100, 0), run(1.1, 0.002, 400, s, 0));
    assert.ok(v.low > 0, `sure it rose: ${JSON.stringify(v)}`);
    assert.is(v.status, 'ok');
  }
});
gate('a large drop is an improvement; the change is reported with its interval', () => {
  const v = judge(run(0.8, CPU, 120, 3), run(1.1, CPU, 120, 4));
  assert.is(v.status, 'improved');
  assert.ok(v.low <= v.change && v.change <= v.high && v.high < -MARGIN, JSON.stringify(v));
});
gate(
  'the decision, exactly: lower end of the 95 % interval (the noise of both runs and the larger runSD) against ln(1 + margin)',
  () => {
    const base: PairedRatio = { n: 100, ratio: 1, log: 0, logSE: 0.005, runSD: 0.01 };
    const at = (log: number) => judge({ n: 100, ratio: Math.exp(log), log, logSE: 0.004, runSD: 0.002 }, base).status;
    const edge = Math.log(1 + MARGIN) + 1.96 * Math.hypot(0.004, 0.005, 0.01);
    assert.is(at(edge - 1e-6), 'ok');
    assert.is(at(edge + 1e-6), 'regressed');
    assert.is(at(-edge - 1e-6), 'improved');
  },
);
gate.run();

const sameRun = suite('judgeSameRun: this build against the baseline build in the same rounds');
/** Per-round CPU times of two builds sharing each round's load; `ratio` is the true change. */
function twoBuilds(ratio: number, sigma: number, n: number, seed: number): PairedRatio {
  const rand = seededRandom(seed * 104729);
  const e = noise(n, sigma, seed);
  const base: number[] = [];
  const cur: number[] = [];
  for (let i = 0; i < n; i++) {
    const load = 80 * (1 + 0.5 * rand()); // caches and clock shared with another job: both builds alike
    base.push(load);
    cur.push(load * ratio * Math.exp(e[i]!));
  }
  return pairedRatio(cur, base)!;
}
// σ of the per-pair CPU log-ratio this/baseline, measured by prove-gate with the builds back to
// back on this machine under load: 0.06 for the hook and the status line, up to 0.10 for /2l-status.
const PAIR = 0.06;
sameRun('+5 % in 120 rounds (a full run): flagged in all 40 seeds', () => {
  const missed = SEEDS.filter((s) => judgeSameRun(twoBuilds(1.05, PAIR, 120, s)).status !== 'regressed');
  assert.equal(missed, []);
});
sameRun('+5 % in 40 rounds (quick): flagged in at least 30 of 40 seeds (its power is about 85 %)', () => {
  const missed = SEEDS.filter((s) => judgeSameRun(twoBuilds(1.05, PAIR, 40, s)).status !== 'regressed');
  assert.ok(missed.length <= 10, `missed ${missed.length}: ${missed}`);
});
sameRun('+8 % in 40 rounds (quick): flagged in all 40 seeds', () => {
  const missed = SEEDS.filter((s) => judgeSameRun(twoBuilds(1.08, PAIR, 40, s)).status !== 'regressed');
  assert.equal(missed, []);
});
// The test command's gate (`npm run bench:gate`, 30 rounds to stay within two minutes on a loaded
// machine): what it gives up is power at +5 %, not its false-alarm rate.
sameRun('+8 % in 30 rounds (the test command): flagged in at least 39 of 40 seeds', () => {
  const missed = SEEDS.filter((s) => judgeSameRun(twoBuilds(1.08, PAIR, 30, s)).status !== 'regressed');
  assert.ok(missed.length <= 1, `missed ${missed.length}: ${missed}`);
});
sameRun('+5 % in 30 rounds (the test command): flagged in at least 20 of 40 seeds (its power is about 65 %)', () => {
  const missed = SEEDS.filter((s) => judgeSameRun(twoBuilds(1.05, PAIR, 30, s)).status !== 'regressed');
  assert.ok(missed.length <= 20, `missed ${missed.length}: ${missed}`);
});
// Over 1,000 seeds this simulation flags unchanged code in 0.0 % of runs at σ 0.06 and 0.4 % at
// σ 0.10 (/2l-status), at 30 rounds as at 40: the bootstrap's error on few rounds, not the rounds
// saved. Seed 36 is one of those at σ 0.10; the test says so rather than pick seeds that miss it.
sameRun('no change, 30 rounds (the test command): never flagged at σ 0.06, at most 1 of 40 seeds at σ 0.10', () => {
  assert.equal(
    SEEDS.filter((s) => judgeSameRun(twoBuilds(1, PAIR, 30, s)).status !== 'ok'),
    [],
  );
  const wide = SEEDS.filter((s) => judgeSameRun(twoBuilds(1, 0.1, 30, s)).status !== 'ok');
  assert.ok(wide.length <= 1, `flagged ${wide.length}: ${wide}`);
});
sameRun('no change, σ 0.06 or 0.10, 40 or 120 rounds: never flagged in 40 seeds', () => {
  const flagged = SEEDS.filter((s) =>
    [PAIR, 0.1].some(
      (sigma) =>
        judgeSameRun(twoBuilds(1, sigma, 40, s)).status !== 'ok' ||
        judgeSameRun(twoBuilds(1, sigma, 120, s)).status !== 'ok',
    ),
  );
  assert.equal(flagged, []);
});
sameRun('the decision, exactly: lower end of log ± 1.96·logSE against ln(1 + SAME_RUN_MARGIN)', () => {
  const at = (log: number) => judgeSameRun({ n: 40, ratio: Math.exp(log), log, logSE: 0.005, runSD: 0.5 }).status;
  // runSD plays no part: both builds ran in the same rounds
  const edge = Math.log(1 + SAME_RUN_MARGIN) + 1.96 * 0.005;
  assert.is(at(edge - 1e-6), 'ok');
  assert.is(at(edge + 1e-6), 'regressed');
  assert.is(at(-edge - 1e-6), 'improved');
});
sameRun.run();

/**
 * Samples recorded by scripts/bench/prove-gate.mjs --record on this 2-core shared machine: the
 * CPU times of this build and of HEAD's build, round by round. The decision on them must be the
 * one the proof printed.
 */
const recorded = suite('judgeSameRun on recorded samples (tests/fixtures/bench/gate-*.json)');
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bench');
const expected: Record<string, Record<string, GateVerdict['status']>> = {
  'gate-slow.json': { hook: 'regressed', statusline: 'ok', status: 'ok' },
  'gate-load.json': { hook: 'ok', statusline: 'ok', status: 'ok' },
  'gate-slow-load.json': { hook: 'regressed', statusline: 'ok', status: 'ok' },
};
for (const [file, want] of Object.entries(expected)) {
  recorded(file, () => {
    const rec = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as {
      figures: Record<string, { current: number[]; baseline: number[] }>;
    };
    for (const [fig, status] of Object.entries(want)) {
      const f = rec.figures[fig]!;
      const v = judgeSameRun(pairedRatio(f.current, f.baseline)!);
      assert.is(v.status, status, `${fig}: ${JSON.stringify(v)}`);
    }
  });
}
recorded.run();
