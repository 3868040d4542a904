/**
 * Redaction must cost time linear in its input (issue 10 item 5: `x+x+…` made
 * a URL rule backtrack quadratically, 31 s for 3.9 MB, past the hook timeout).
 * No stopwatch limit: each adversarial input is timed at n and 8n characters,
 * alternating over rounds, and the ratio of the fastest round at 8n to the
 * fastest at n must stay well under the 64 a quadratic cost gives (linear gives
 * about 8). Time is this process's CPU time, which other processes disturb far
 * less than wall time, but not never: V8's parallel GC threads spin while they
 * wait for a CPU and count in it (scripts/run-tests.mjs runs test files with
 * one GC thread), and a round can take 3× its cost (a median of per-round
 * ratios failed a clean-clone CI run at 23.5× on an input that measures 8×
 * alone). Load only ever adds time, so the fastest round is the code's cost.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanPayload, redactString } from '../../lib/events/redact.ts';
import { ADVERSARIAL, adversarialPayload } from '../util/adversarial.ts';

const BASE = 4096; // characters at n; 8n = 32 KiB
const ROUNDS = 9;
const LIMIT = 20;

/** CPU time (user + system) of `reps` calls of `fn`, in ms. */
function time(fn: () => unknown, reps: number): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Fastest time at 8n over fastest time at n; enough repetitions that a sample at n takes ≥ 2 ms. */
function ratio(small: () => unknown, big: () => unknown): { ratio: number; msSmall: number; msBig: number } {
  small();
  big();
  let reps = 1;
  while (time(small, reps) < 2 && reps < 8192) reps *= 2;
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // alternate which size goes first, so neither always runs on a warmer machine
    const first = r % 2 ? big : small;
    const second = r % 2 ? small : big;
    const t1 = time(first, reps);
    const t2 = time(second, reps);
    const [ta, tb] = r % 2 ? [t2, t1] : [t1, t2];
    a.push(ta);
    b.push(tb);
  }
  const [fa, fb] = [Math.min(...a), Math.min(...b)];
  return { ratio: fb / fa, msSmall: fa / reps, msBig: fb / reps };
}

const linear = suite('redactString: time linear in the input');
const report: string[] = [];

for (const [name, make] of ADVERSARIAL) {
  linear(name, () => {
    const small = make(BASE);
    const big = make(8 * BASE);
    const r = ratio(
      () => redactString(small),
      () => redactString(big),
    );
    report.push(`${name}: ${r.ratio.toFixed(1)} (${r.msSmall.toFixed(3)} → ${r.msBig.toFixed(3)} ms)`);
    assert.ok(
      r.ratio < LIMIT,
      `8× the input took ${r.ratio.toFixed(1)}× the time (${r.msSmall.toFixed(2)} → ${r.msBig.toFixed(2)} ms)`,
    );
  });
}

linear('cleanPayload: many adversarial strings and keys', () => {
  const small = adversarialPayload(8);
  const big = adversarialPayload(64);
  const r = ratio(
    () => cleanPayload(small),
    () => cleanPayload(big),
  );
  report.push(`cleanPayload ×8 strings: ${r.ratio.toFixed(1)} (${r.msSmall.toFixed(2)} → ${r.msBig.toFixed(2)} ms)`);
  assert.ok(r.ratio < LIMIT, `8× the strings took ${r.ratio.toFixed(1)}× the time`);
});

linear.after(() =>
  console.log(`\n  time ratio 8n/n (limit ${LIMIT}; linear ≈ 8, quadratic ≈ 64):\n    ${report.join('\n    ')}`),
);

linear.run();
