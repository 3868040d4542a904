/** Black box: scripts/bench.mjs over tiny fixture benchmarks in a temp folder. */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { runNode } from '../util/run-node.ts';

const BENCH = path.join(ROOT, 'scripts', 'bench.mjs');
const ALPHA = `import fs from 'node:fs';
export default async function bench(ctx) {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  fs.writeFileSync(ctx.tmp + '/scratch', 'x');
  ctx.log('measuring');
  return [{ name: 'steady', unit: 'ms', samples: [30, 10, 20].map((x) => x * scale), reference: { name: 'ref', samples: [10, 10, 10] }, target: { ratio: 2.5 }, note: 'quick=' + ctx.quick + ' tmp=' + ctx.tmp }];
}
`;
const BETA = `export default async function bench() {
  if (process.env.BENCH_CRASH) return [{ name: 'size', unit: 'seconds', samples: [1] }];
  return [{ name: 'size', unit: 'bytes', samples: [100, 100], target: { max: Number(process.env.BENCH_MAX ?? 1000) } }];
}
`;

function setup() {
  const dir = tempDir('bench');
  fs.mkdirSync(path.join(dir, 'benches'));
  fs.writeFileSync(path.join(dir, 'benches', 'alpha.mjs'), ALPHA);
  fs.writeFileSync(path.join(dir, 'benches', 'beta.mjs'), BETA);
  fs.writeFileSync(path.join(dir, 'benches', 'README.md'), 'not a bench');
  // a helper shared by benches (no default export): skipped, or the run would crash on it
  fs.writeFileSync(path.join(dir, 'benches', '_shared.mjs'), 'export const helper = 1;\n');
  const bench = (args: string[], env: Record<string, string> = {}) =>
    runNode(
      [BENCH, '--dir', 'benches', '--no-build', '--latest', 'latest.json', '--baseline', 'baseline.json', ...args],
      { cwd: dir, env: { ...process.env, ...env } },
    );
  return { dir, bench };
}

const runner = suite('npm run bench (runner)');

runner('runs every bench file, prints the table and a verdict, writes latest.json', async () => {
  const { dir, bench } = setup();
  const r = await bench(['--quick']);
  assert.is(r.code, 0, r.stderr);
  const note = /note alpha\/steady: quick=true tmp=(\S+)/.exec(r.stdout);
  assert.ok(note, r.stdout);
  assert.not.ok(fs.existsSync(note![1]!), 'the per-bench temp folder is removed');
  assert.is(
    r.stdout,
    [
      'benchmark     n     median        p95        p99  reference median  ratio               target  result',
      '------------  -  ---------  ---------  ---------  ----------------  -----  -------------------  ------',
      'alpha/steady  3    20.0 ms    30.0 ms    30.0 ms     10.0 ms (ref)  2.00×          ratio ≤ 2.5    PASS',
      'beta/size     2  100 bytes  100 bytes  100 bytes                           median ≤ 1000 bytes    PASS',
      `note alpha/steady: quick=true tmp=${note![1]}`,
      '',
      'bench: OK: 2 result(s), all targets met',
      'results in latest.json',
      '',
    ].join('\n'),
  );
  assert.is(r.stderr, 'bench: alpha (quick)\n[alpha] measuring\nbench: beta (quick)\n');
  const latest = JSON.parse(fs.readFileSync(path.join(dir, 'latest.json'), 'utf8'));
  assert.equal(
    latest.results.map((x: { key: string; median: number }) => [x.key, x.median]),
    [
      ['alpha/steady', 20],
      ['beta/size', 100],
    ],
  );
  assert.is(latest.quick, true);
  assert.not.ok(fs.existsSync(path.join(dir, 'baseline.json')));
});

runner('--json, one component', async () => {
  const { bench } = setup();
  const r = await bench(['beta', '--json']);
  assert.is(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.is(out.ok, true);
  assert.equal(
    out.results.map((x: { key: string; p95: number; pass: boolean }) => [x.key, x.p95, x.pass]),
    [['beta/size', 100, true]],
  );
});

runner('a missed target fails the run and says which', async () => {
  const { bench } = setup();
  const r = await bench(['beta'], { BENCH_MAX: '50' });
  assert.is(r.code, 1);
  assert.match(r.stdout, /beta\/size  2  100 bytes  100 bytes  100 bytes\s+median ≤ 50 bytes    FAIL\n/);
  assert.match(r.stdout, /\nbench: FAIL: 1 target\(s\) FAILED: beta\/size \(median 100 bytes > 50 bytes\)\n/);
});

// 30 paired rounds: the reference drifts (load), the measured command is 1.5× it with ±1 % jitter.
const PAIRED = `export default async function bench() {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const ref = Array.from({ length: 30 }, (_, i) => 10 + (i % 7));
  const samples = ref.map((r, i) => r * 1.5 * scale * (1 + 0.01 * (((i * 37) % 5) - 2) / 2));
  return [{ name: 'paired', unit: 'ms', samples, reference: { name: 'ref', samples: ref }, paired: true }];
}
`;

runner('--save-baseline, then --compare judges paired ratios and only shows medians', async () => {
  const { dir, bench } = setup();
  fs.writeFileSync(path.join(dir, 'benches', 'pair.mjs'), PAIRED);
  const saved = await bench(['--save-baseline']);
  assert.is(saved.code, 0, saved.stderr);
  assert.match(saved.stdout, /results in latest.json; baseline saved to baseline.json\n$/);
  const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
  assert.equal(Object.keys(baseline.results), ['alpha/steady', 'beta/size', 'pair/paired']);
  assert.equal(baseline.results['alpha/steady'], { unit: 'ms', n: 3, median: 20, p95: 30, ratio: 2 });
  assert.equal([baseline.results['pair/paired'].paired.n, baseline.results['pair/paired'].paired.ratio], [30, 1.5]);

  // Medians 2 % up: shown, not judged (a median moves with the machine's load).
  const same = await bench(['--compare'], { BENCH_SCALE: '1.02' });
  assert.is(same.code, 0, same.stdout);
  assert.match(same.stdout, /alpha\/steady .* 20\.0 ms\s+median \+2\.0 % \(not judged\)\n/);
  assert.match(same.stdout, /pair\/paired .* ratio \+2\.0 % \[-0\.\d %, \+4\.\d %\]\n/);
  assert.match(same.stdout, /bench: OK: 3 result\(s\), all targets met, no sure regression \(1 ratio\(s\) judged\)\n/);

  const worse = await bench(['pair', '--compare'], { BENCH_SCALE: '1.2' });
  assert.is(worse.code, 1);
  assert.match(worse.stdout, /ratio \+20\.0 % \[\+\d+\.\d %, \+\d+\.\d %\] REGRESSED\n/);
  assert.match(worse.stdout, /bench: FAIL: 1 regression\(s\) vs the baseline: pair\/paired ratio \+20\.0 % \[/);

  const better = await bench(['pair', '--compare'], { BENCH_SCALE: '0.8' });
  assert.is(better.code, 0, better.stdout);
  assert.match(better.stdout, /ratio -20\.0 % \[.*\] improved\n/);

  // Saving one component keeps the other's entry.
  await bench(['alpha', '--save-baseline'], { BENCH_SCALE: '2' });
  const merged = JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
  assert.equal([merged.results['alpha/steady'].median, merged.results['beta/size'].median], [40, 100]);
});

// A bench measuring "the build at ctx.against" in the same rounds: this build is SCALE times it.
const AGAINST = `export default async function bench(ctx) {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const base = Array.from({ length: 30 }, (_, i) => 10 + (i % 7));
  const samples = base.map((b, i) => b * scale * (1 + 0.01 * (((i * 37) % 5) - 2) / 2));
  const ref = { name: 'the build at ' + ctx.against.rev, samples: base };
  return [
    { name: 'cpu vs base', unit: 'ms', samples, reference: ref, paired: true, against: ctx.against.commit, judged: true },
    { name: 'wall vs base', unit: 'ms', samples: samples.map((x) => x * 1.3), reference: ref, paired: true, against: ctx.against.commit },
  ];
}
`;

runner('--against REV: judges the judged same-run ratio, reports the other, needs no stored baseline', async () => {
  const { dir, bench } = setup();
  fs.writeFileSync(path.join(dir, 'benches', 'twin.mjs'), AGAINST);
  const same = await bench(['twin', '--against', 'HEAD'], { BENCH_SCALE: '1.01' });
  assert.is(same.code, 0, same.stdout + same.stderr);
  assert.match(same.stdout, /twin\/cpu vs base .* ratio \+1\.0 % \[[-+]\d\.\d %, \+\d\.\d %\]\n/);
  assert.match(same.stdout, /twin\/wall vs base .* ratio \+31\.3 % \[.*\] \(reported\)\n/);
  assert.match(same.stdout, /no sure regression \(1 ratio\(s\) judged against HEAD = [0-9a-f]{10}\)\n/);
  assert.not.ok(fs.existsSync(path.join(dir, 'baseline.json')));

  const worse = await bench(['twin', '--against', 'HEAD'], { BENCH_SCALE: '1.05' });
  assert.is(worse.code, 1, worse.stdout);
  assert.match(worse.stdout, /ratio \+5\.0 % \[\+\d\.\d %, \+\d\.\d %\] REGRESSED\n/);
  assert.match(worse.stdout, /bench: FAIL: 1 regression\(s\) vs the build at HEAD: twin\/cpu vs base ratio \+5\.0 %/);
});

const refusals: Array<[string, string[], Record<string, string>, number, RegExp]> = [
  [
    'unknown component',
    ['gamma'],
    {},
    2,
    /^bench: no benchmark `gamma` in `[^`]+\/benches`; available: alpha, beta\n$/,
  ],
  [
    '--compare without a baseline',
    ['--compare'],
    {},
    2,
    /^bench: no baseline at `[^`]+\/baseline\.json`; run with `--save-baseline` first\n$/,
  ],
  ['unknown flag', ['--fast'], {}, 2, /^bench: Unknown option '--fast'/],
  [
    '--against a revision that does not resolve',
    ['--against', 'no-such-rev-2l'],
    {},
    2,
    /^bench: `--against no-such-rev-2l` is not a commit in this repository\n$/,
  ],
  [
    '--compare with --against',
    ['--compare', '--against', 'HEAD'],
    {},
    2,
    /^bench: `--compare` and `--against` are two ways to judge: pick one\n$/,
  ],
  [
    'a bench returning a bad shape',
    ['beta'],
    { BENCH_CRASH: '1' },
    1,
    /bench: beta failed: Error: .*beta\.mjs: size: `unit` must be one of ms, bytes, MB, count/,
  ],
];
for (const [name, args, env, code, stderr] of refusals) {
  runner(`exit ${code}: ${name}`, async () => {
    const { bench } = setup();
    const r = await bench(args, env);
    assert.is(r.code, code, r.stderr);
    assert.match(r.stderr, stderr);
  });
}
runner('a crashed bench is named in the verdict', async () => {
  const { bench } = setup();
  const r = await bench([], { BENCH_CRASH: '1' });
  assert.is(r.code, 1);
  assert.match(r.stdout, /\nbench: FAIL: 1 benchmark\(s\) crashed: beta\n/);
});
runner.run();
