#!/usr/bin/env node
// `npm run bench [component…] [--quick] [--json] [--save-baseline] [--compare | --against REV]`
// Runs every scripts/bench/<component>.mjs (each `export default async function bench(ctx)`),
// prints median/p95/p99, the in-run reference and targets, writes .bench/latest.json,
// and optionally saves or compares against the committed baseline bench/baseline.json.
// The arithmetic lives in scripts/bench/stats.ts (unit-tested); this file is the I/O edge.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run bench -- [component…] [options]

Runs scripts/bench/<component>.mjs (all of them when none is named) and prints,
per result: n, median, p95, p99, the in-run reference's median, the ratio of
the medians, the target and PASS/FAIL. Rebuilds dist/ first when it is stale.

Options:
  --quick            fewer samples (a smoke run)
  --json             print the results as JSON
  --save-baseline    store these medians in the baseline file (other components' entries are kept)
  --compare          judge the paired ratios against the baseline's: a regression is a ratio
                     whose 99 % interval lies wholly above +2 % (docs/bench.md); medians
                     alone are shown, never judged
  --against REV      measure the build committed at git revision REV (its dist/) in the same
                     interleaved rounds as this one, and judge the paired ratio this/that:
                     a regression is a CPU-time ratio whose 95 % interval lies wholly above
                     +2 % (docs/bench.md). Benches that measure no baseline build ignore it.
                     \`auto\`: the merge-base with main, or HEAD~1 when HEAD is on main
  --dir DIR          folder of bench files (default scripts/bench)
  --baseline FILE    baseline file (default bench/baseline.json)
  --latest FILE      where this run's results go (default .bench/latest.json)
  --no-build         do not rebuild dist/
  --rounds N         rounds of the gate (default 40 with --quick, 120 without); the test
                     command runs 30 to stay within two minutes (docs/bench.md)
  --readme           then write this run's table into README.md (scripts/bench-table.mjs)
  -h, --help         show this help

Exit codes: 0 all targets met (and no regression with --compare or --against); 1 a
target failed, a bench crashed, or a ratio surely regressed; 2 bad arguments, no
baseline to compare with, or a revision that does not resolve.`;

class UsageError extends Error {}

function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'save-baseline': { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      against: { type: 'string' },
      dir: { type: 'string' },
      baseline: { type: 'string' },
      latest: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      readme: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const abs = (p, dflt) => path.resolve(p ?? path.join(root, dflt));
  return {
    components: positionals,
    quick: values.quick,
    json: values.json,
    save: values['save-baseline'],
    compare: values.compare,
    against: values.against,
    dir: abs(values.dir, 'scripts/bench'),
    baseline: abs(values.baseline, 'bench/baseline.json'),
    latest: abs(values.latest, '.bench/latest.json'),
    build: !values['no-build'],
    readme: values.readme,
    rounds: values.rounds,
    help: values.help,
  };
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** dist/ is stale when any source is newer than its oldest bundle. */
/** The checkout's commit and whether its code differs from it; nothing outside git. */
function sourceRevision() {
  const commit = git(['rev-parse', '--short=12', 'HEAD']);
  if (commit === undefined) return {};
  const changed = git(['status', '--porcelain', '--', 'lib', 'scripts', 'dist', 'hooks', 'package.json']);
  return { commit, dirty: changed !== undefined && changed !== '' };
}

function buildIfStale() {
  const dist = path.join(root, 'dist');
  let oldest = Infinity;
  try {
    for (const f of fs.readdirSync(dist)) oldest = Math.min(oldest, fs.statSync(path.join(dist, f)).mtimeMs);
  } catch {
    oldest = 0;
  }
  const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  const sources = Math.max(
    newestMtime(path.join(root, 'lib')),
    mtime(path.join(root, 'scripts', 'build.mjs')),
    mtime(path.join(root, 'package-lock.json')),
  );
  if (oldest !== Infinity && oldest >= sources) return;
  process.stderr.write('bench: dist/ is stale, building\n');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], {
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0) throw new Error('bench: the build failed (see above)');
}

function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * The commit to measure against. \`auto\`: what this branch changed, i.e. the merge-base with
 * main (or origin/main in a CI checkout); on main itself that is HEAD, so the last commit's
 * parent instead.
 */
function resolveAgainst(rev) {
  const auto = rev === 'auto';
  if (auto) {
    const head = git(['rev-parse', 'HEAD']);
    const base = git(['merge-base', 'HEAD', 'main']) ?? git(['merge-base', 'HEAD', 'origin/main']);
    rev = base && base !== head ? base.slice(0, 10) : 'HEAD~1';
  }
  const commit = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  // `auto` in a checkout with no baseline build (a shallow clone with no parent, a first commit, a
  // revision from before dist/ was committed) has nothing to judge against: the test command
  // skips the gate rather than fail on something that is not a regression.
  if (auto && !commit) return { skip: `${rev} is not in this checkout (a shallow clone?)` };
  if (!commit) throw new UsageError(`bench: \`--against ${rev}\` is not a commit in this repository`);
  const missing = ['hook.cjs', 'statusline.cjs', 'status.mjs'].find(
    (f) => git(['cat-file', '-t', `${commit}:dist/${f}`]) === undefined,
  );
  if (auto && missing) return { skip: `${rev} has no committed dist/${missing}` };
  return { rev, commit };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

async function runOne(file, component, opts, stats, against) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `2l-bench-${component}-`));
  const log = (msg) => process.stderr.write(`[${component}] ${msg}\n`);
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.default !== 'function')
      throw new Error(`${path.relative(root, file)}: must \`export default async function bench(ctx)\``);
    const results = stats.validateResults(
      await mod.default({ root, tmp, quick: opts.quick, log, against, rounds: opts.rounds }),
      path.relative(root, file),
    );
    return results.map((r) => stats.summarise(component, r));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv) {
  let opts;
  try {
    opts = parse(argv);
  } catch (err) {
    throw new UsageError(`bench: ${err.message}`);
  }
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (opts.rounds !== undefined) {
    const n = Number(opts.rounds);
    if (!Number.isInteger(n) || n < 10 || n > 1000)
      throw new UsageError('bench: `--rounds` takes a whole number from 10 to 1000');
    opts.rounds = n;
  }
  let available;
  try {
    // `_name.mjs` files are shared helpers of the benches and `prove-*.mjs` scripts that run
    // them: neither is a bench.
    available = fs
      .readdirSync(opts.dir)
      .filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && !f.startsWith('prove-'))
      .map((f) => f.slice(0, -4))
      .sort();
  } catch (err) {
    throw new UsageError(`bench: cannot list \`${opts.dir}\`: ${err.message}`);
  }
  for (const c of opts.components) {
    if (!available.includes(c))
      throw new UsageError(
        `bench: no benchmark \`${c}\` in \`${opts.dir}\`; available: ${available.join(', ') || 'none'}`,
      );
  }
  const components = opts.components.length ? opts.components : available;
  if (components.length === 0) throw new UsageError(`bench: no *.mjs benchmarks in \`${opts.dir}\``);

  const stats = await tsImport(path.join(root, 'scripts', 'bench', 'stats.ts'), import.meta.url);
  if (opts.compare && opts.against !== undefined)
    throw new UsageError('bench: `--compare` and `--against` are two ways to judge: pick one');
  const against = opts.against !== undefined ? resolveAgainst(opts.against) : undefined;
  if (against?.skip) {
    process.stdout.write(`bench: no baseline build to judge against: ${against.skip}; skipped\n`);
    return 0;
  }
  let baseline;
  if (opts.compare) {
    if (!fs.existsSync(opts.baseline))
      throw new UsageError(`bench: no baseline at \`${opts.baseline}\`; run with \`--save-baseline\` first`);
    try {
      baseline = stats.parseBaseline(readJson(opts.baseline), opts.baseline);
    } catch (err) {
      throw new UsageError(`bench: ${err.message}`);
    }
  }
  if (opts.build) buildIfStale();
  // The machine's load beside the figures: the README table says what the run competed with.
  const loadStart = os.loadavg();
  const startedAt = Date.now();

  const results = [];
  const errors = [];
  for (const component of components) {
    process.stderr.write(`bench: ${component}${opts.quick ? ' (quick)' : ''}\n`);
    try {
      results.push(...(await runOne(path.join(opts.dir, `${component}.mjs`), component, opts, stats, against)));
    } catch (err) {
      errors.push({ component, error: err.message });
      process.stderr.write(`bench: ${component} failed: ${err.stack ?? err}\n`);
    }
  }

  const comparisons = opts.compare
    ? stats.compare(results, baseline)
    : against
      ? stats.judgeAgainst(results)
      : undefined;
  const failedTargets = results.filter((r) => r.pass === false);
  const regressions = (comparisons ?? []).filter((c) => c.status === 'regressed');
  const machine = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    loadavg: { start: loadStart, end: os.loadavg() },
  };
  const report = {
    at: new Date().toISOString(),
    quick: opts.quick,
    // Which code the figures are of, and how long the run took: the README table says both.
    ...sourceRevision(),
    durationS: Math.round((Date.now() - startedAt) / 1000),
    ...(against ? { against } : {}),
    machine,
    results,
    errors,
    ...(comparisons ? { comparisons } : {}),
  };
  writeJson(opts.latest, report);
  if (opts.save && results.length) {
    const previous = fs.existsSync(opts.baseline)
      ? stats.parseBaseline(readJson(opts.baseline), opts.baseline)
      : undefined;
    const { loadavg, ...plain } = machine; // the baseline keeps flat strings and numbers
    writeJson(
      opts.baseline,
      stats.toBaseline(results, previous, report.at, {
        ...plain,
        loadavg: loadavg.start.map((x) => x.toFixed(2)).join(' '),
        quick: String(opts.quick),
      }),
    );
  }

  const verdict = [];
  if (errors.length)
    verdict.push(`${errors.length} benchmark(s) crashed: ${errors.map((e) => e.component).join(', ')}`);
  if (failedTargets.length)
    verdict.push(
      `${failedTargets.length} target(s) FAILED: ${failedTargets.map((r) => `${r.key} (${r.failures.join('; ')})`).join(', ')}`,
    );
  if (regressions.length)
    verdict.push(
      `${regressions.length} regression(s) vs ${against ? `the build at ${against.rev}` : 'the baseline'}: ${regressions.map((c) => `${c.key} ratio ${stats.pct(c.gate.change)} [${stats.pct(c.gate.low)}, ${stats.pct(c.gate.high)}]`).join(', ')}`,
    );
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ...report, ok: verdict.length === 0 }, null, 2)}\n`);
  } else {
    const out = [stats.formatTable(results, comparisons)];
    for (const r of results.filter((x) => x.note)) out.push(`note ${r.key}: ${r.note}`);
    out.push(
      '',
      verdict.length
        ? `bench: FAIL: ${verdict.join('; ')}`
        : `bench: OK: ${results.length} result(s)${results.some((r) => r.pass) ? ', all targets met' : ''}${comparisons ? `, no sure regression (${comparisons.filter((c) => c.gate && c.status !== 'not-judged').length} ratio(s) judged${against ? ` against ${against.rev} = ${against.commit.slice(0, 10)}` : ''})` : ''}`,
    );
    out.push(
      `results in ${path.relative(process.cwd(), opts.latest) || opts.latest}${opts.save && results.length ? `; baseline saved to ${path.relative(process.cwd(), opts.baseline)}` : ''}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
  }
  for (const v of verdict) if (opts.json) process.stderr.write(`bench: ${v}\n`);
  if (opts.readme) {
    const { writeReadmeTable } = await import('./bench-table.mjs');
    await writeReadmeTable({ from: opts.latest, readme: path.join(root, 'README.md') });
  }
  return verdict.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  // Exit explicitly: a bench that leaves a socket or timer open must not hang the run.
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof UsageError ? err.message : `bench: internal error: ${err.stack ?? err}`}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
