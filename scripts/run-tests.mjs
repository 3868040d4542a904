#!/usr/bin/env node
// Runs the uvu test files under tests/ in parallel worker processes and prints one closing line
// ("N passed, N failed"). uvu itself runs files one after another in one process; most of our
// files spend their time waiting on child processes (hooks, installs, servers), so running a few
// at once is what keeps the inner loop short on a two-core machine.
//
//   node scripts/run-tests.mjs [--unit | --e2e] [--jobs N] [--file-timeout S] [--budget S] [--dir DIR] [PATTERN]
//
// --unit: everything but tests/e2e (the fast inner loop); --e2e: only tests/e2e (real Claude Code
// CLI, Chromium, PostgreSQL). With neither, the unit files run first, in parallel, then the e2e
// files one at a time (they start real servers and CLIs with their own timeouts: running them side
// by side only trades time for flakiness). An e2e file that starts the Claude Code CLI runs twice,
// against the current release and the oldest supported one (TWOL_CLAUDE=current|floor,
// tests/util/claude.ts); its result line names the version. --jobs sets the parallelism of the unit phase (of the
// e2e phase with --e2e). PATTERN filters file paths (a regular expression). Exit 1 when any file
// fails or a file ran no test.
//
// A file that runs longer than --file-timeout seconds (default 600: five times the slowest file
// seen on a loaded machine) is killed with everything in its process group, and counts as failed:
// one hung file must not eat a CI run's whole time limit with nothing printed. A failing file's
// output is printed as soon as it ends, not only in the closing summary, for the same reason.
// Temporary files go to a fresh folder on a RAM-backed tmpfs (/dev/shm) when one has room (see
// testTmpdir below): a machine's disk is shared and was seen with under 1 GB free, and a full disk
// made half the e2e files fail at start-up. --budget (default 3000 s) bounds the whole run the same
// way: past it, a running file is killed and the files not yet started fail as "not started", so a
// run always ends with its summary, inside CI's limit. --dir runs the test files of another folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let values, positionals;
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      unit: { type: 'boolean' },
      e2e: { type: 'boolean' },
      jobs: { type: 'string' },
      'file-timeout': { type: 'string' },
      budget: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  process.stderr.write(`run-tests: ${err.message.split('\n')[0]} (see --help)\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(
    'Usage: node scripts/run-tests.mjs [--unit | --e2e] [--jobs N] [--file-timeout S] [--budget S] [--dir DIR] [PATTERN]\n',
  );
  process.exit(0);
}
const e2eOnly = values.e2e === true;
const jobs =
  values.jobs !== undefined
    ? Number(values.jobs)
    : e2eOnly
      ? 1
      : Math.max(2, Math.min(4, os.availableParallelism() * 2));
const isE2e = (f) => f.startsWith(`e2e${path.sep}`);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 32) {
  process.stderr.write('run-tests: `--jobs` takes a whole number from 1 to 32\n');
  process.exit(2);
}
// --dir: another folder of test files (the runner's own tests use it); tests/ by default.
const testsDir = path.resolve(values.dir ?? path.join(root, 'tests'));
const fileTimeoutS = values['file-timeout'] !== undefined ? Number(values['file-timeout']) : 600;
if (!Number.isInteger(fileTimeoutS) || fileTimeoutS < 1) {
  process.stderr.write('run-tests: `--file-timeout` takes a whole number of seconds, 1 or more\n');
  process.exit(2);
}
const budgetS = values.budget !== undefined ? Number(values.budget) : 3000;
if (!Number.isInteger(budgetS) || budgetS < 1) {
  process.stderr.write('run-tests: `--budget` takes a whole number of seconds, 1 or more\n');
  process.exit(2);
}
const filter = positionals[0] !== undefined ? new RegExp(positionals[0]) : undefined;

function list(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'util' && e.name !== 'fixtures') list(p, out);
    } else if (e.name.endsWith('.test.ts')) out.push(path.relative(testsDir, p));
  }
  return out;
}
const files = list(testsDir)
  .filter((f) => (e2eOnly ? isE2e(f) : values.unit ? !isE2e(f) : true))
  .filter((f) => !filter || filter.test(f))
  // Largest first: a big file started last would leave the other workers idle at the end.
  .sort((a, b) => fs.statSync(path.join(testsDir, b)).size - fs.statSync(path.join(testsDir, a)).size);
if (files.length === 0) {
  process.stderr.write('run-tests: no test file matches\n');
  process.exit(1);
}

/** The CLI versions an e2e file that starts Claude Code runs against (tests/util/claude.ts picks the binary). */
const cliVersion = (pkg) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const CLIS = [
  { choice: 'current', version: cliVersion('claude-code-current') },
  { choice: 'floor', version: cliVersion('@anthropic-ai/claude-code') },
];
const startsCli = (rel) =>
  isE2e(rel) && /\b(runClaude|claudeBin)\b/.test(fs.readFileSync(path.join(testsDir, rel), 'utf8'));
/** One job per file, two for an e2e file that starts the CLI. */
const jobsFor = (rels) => rels.flatMap((rel) => (startsCli(rel) ? CLIS.map((cli) => ({ rel, cli })) : [{ rel }]));

/** Free bytes for unprivileged writers on the filesystem holding `dir`, or undefined. */
const freeBytes = (dir) => {
  try {
    const st = fs.statfsSync(dir);
    return st.bavail * st.bsize;
  } catch {
    return undefined;
  }
};
const mib = (n) => (n === undefined ? '?' : `${Math.round(n / 2 ** 20)} MiB`);
const TMPFS_MAGIC = 0x01021994;
/**
 * Where the test files' temporary files go. An explicit TMPDIR is the user's choice and is kept.
 * Otherwise a fresh folder on /dev/shm when it is a tmpfs with 4 GiB free: a whole run leaves
 * about 1.7 GiB there by its end (databases, browser profiles, logs of up to 45 MB; most test
 * files leave their folders behind), and the disk of a shared machine may not have it. The folder
 * is removed when the run ends.
 */
function testTmpdir() {
  if (process.env.TMPDIR) return { dir: process.env.TMPDIR, own: false };
  try {
    const st = fs.statfsSync('/dev/shm');
    if (st.type === TMPFS_MAGIC && st.bavail * st.bsize >= 4 * 2 ** 30) {
      const dir = fs.mkdtempSync('/dev/shm/2l-tests-');
      // Like /tmp (sticky, open to all): tests that run a server or a command as another user
      // (PostgreSQL refuses root; the read-only checks drop to nobody) must reach their folders.
      fs.chmodSync(dir, 0o1777);
      return { dir, own: true };
    }
  } catch {
    // No /dev/shm (macOS) or not writable: the system's default below.
  }
  return { dir: os.tmpdir(), own: false };
}
const tmp = testTmpdir();
process.stdout.write(
  `run-tests: temporary files in ${tmp.dir} (${mib(freeBytes(tmp.dir))} free; the checkout's disk has ${mib(freeBytes(root))})\n`,
);

/** The process groups of the files running now. Each file has its own group, so Ctrl-C at a terminal
 *  reaches only this process: it passes the signal on, and removes its temporary folder. */
const live = new Set();
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    for (const pid of live) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (tmp.own) fs.rmSync(tmp.dir, { recursive: true, force: true });
    process.exit(code);
  });
}

const uvuBin = path.join(root, 'node_modules', 'uvu', 'bin.js');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function runFile({ rel, cli }) {
  const started = Date.now();
  const left = Math.max(1, Math.ceil(budgetS - (started - t0) / 1000));
  const limitS = Math.min(fileTimeoutS, left);
  return new Promise((resolve) => {
    const dir = path.join(testsDir, path.dirname(rel));
    // One GC thread: V8's parallel GC helpers spin while they wait for a CPU, and their time counts in the
    // process's CPU time that the complexity and sampler tests compare; with the runner's parallel files
    // on 2 cores an allocation-heavy redaction input measured 16–23× for 8× the input (8× alone).
    const node = ['--single-threaded-gc', uvuBin, '-r', 'tsx', dir, `^${escape(path.basename(rel))}$`];
    const child = spawn(process.execPath, node, {
      cwd: root,
      // Its own process group, so that a timeout kills what the file started too (servers, CLIs).
      detached: true,
      // The inner loop (--unit) samples the in-process fault sweeps (tests/util/install-scene.ts);
      // a full run sweeps every step.
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        // Temporary projects stay out of the user's list of projects (lib/events/project-registry.ts).
        TWOL_REGISTRY: process.env.TWOL_REGISTRY ?? 'off',
        TMPDIR: tmp.dir,
        ...(values.unit ? { TWOL_QUICK_SWEEPS: '1' } : {}),
        ...(cli ? { TWOL_CLAUDE: cli.choice } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child.pid);
    let out = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, limitS * 1000);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => {
      live.delete(child.pid);
      clearTimeout(timer);
      if (timedOut)
        out += `\nrun-tests: killed after ${limitS} s (${limitS < fileTimeoutS ? "the run's --budget was spent" : '--file-timeout'})\n`;
      const text = strip(out);
      const num = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
      resolve({
        rel: cli ? `${rel} [claude ${cli.version}]` : rel,
        code: timedOut ? 'timeout' : code,
        text,
        total: num('Total'),
        passed: num('Passed'),
        skipped: num('Skipped'),
        ms: Date.now() - started,
      });
    });
  });
}

/**
 * A file passed when it exited 0 and every test it ran passed (uvu counts skipped tests apart). The
 * exit code alone is not enough: uvu returns from a `finally` block in its suite runner, which
 * swallows an error thrown by a `before` hook; the suite then reports "(0 / 3)" and exits 0. A
 * clean clone on a full disk passed two e2e files that way while none of their tests ran.
 */
const passedAll = (r) => r.code === 0 && r.total > 0 && r.passed === r.total;
const unran = (r) =>
  r.code === 0 && r.total > r.passed
    ? `run-tests: ${r.total - r.passed} of ${r.total} tests neither passed nor failed, yet the file exited 0: a \`before\` or \`after\` hook threw (uvu does not print that error)\n`
    : '';

/** A failed file's output, with the free space beside it: a full disk fails files in ways that hide the cause. */
const failureReport = (r) =>
  `\n===== ${r.rel} (exit ${r.code}; free: ${mib(freeBytes(tmp.dir))} for temporary files, ${mib(freeBytes(root))} on the checkout's disk) =====\n${r.text}\n${unran(r)}`;

const results = [];
const t0 = Date.now();
async function worker(queue) {
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
    const r =
      Date.now() - t0 >= budgetS * 1000
        ? {
            rel: job.cli ? `${job.rel} [claude ${job.cli.version}]` : job.rel,
            code: 'not run',
            text: `run-tests: not started: the run's --budget of ${budgetS} s was spent\n`,
            total: 0,
            passed: 0,
            skipped: 0,
            ms: 0,
          }
        : await runFile(job);
    const rel = r.rel;
    results.push(r);
    const ok = passedAll(r);
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${rel} (${r.passed}/${r.total}, ${(r.ms / 1000).toFixed(1)} s)\n`);
    // At once, not only in the summary: a run cut off later still shows why this file failed.
    if (!ok) process.stdout.write(failureReport(r));
  }
}
async function phase(list, n) {
  const queue = [...list];
  await Promise.all(Array.from({ length: Math.min(n, list.length) }, () => worker(queue)));
}
if (e2eOnly || values.unit) await phase(jobsFor(files), jobs);
else {
  await phase(jobsFor(files.filter((f) => !isE2e(f))), jobs);
  await phase(jobsFor(files.filter(isE2e)), 1);
}

const failedFiles = results.filter((r) => !passedAll(r));
if (failedFiles.length) {
  process.stdout.write(`\nFailed: ${failedFiles.map((r) => r.rel).join(', ')} (output above, as each ended)\n`);
}
if (tmp.own) fs.rmSync(tmp.dir, { recursive: true, force: true });
const passed = results.reduce((n, r) => n + r.passed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
const failed =
  results.reduce((n, r) => n + Math.max(0, r.total - r.passed), 0) +
  failedFiles.filter((r) => r.total === r.passed).length;
process.stdout.write(
  `\n${files.length} files (${results.length} runs) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failedFiles.length ? 1 : 0);
