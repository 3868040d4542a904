#!/usr/bin/env node
// Proves the same-run regression gate (issue 18, docs/bench.md) on this machine, as it is:
//   slow       the hook deliberately slowed by 5 % of its warm CPU time, against HEAD's build:
//              the hook must be flagged, the status line and /2l-status must not;
//   load       unchanged code against HEAD's build with a busy loop on the other core (started
//              here, stopped here): nothing may be flagged;
//   slow+load  both: the hook must still be flagged.
// Prints one table; exits 1 when any verdict is not the expected one.
// `--full` uses the full bench's rounds (default: the CI's `--quick`); `--record` writes the
// CPU samples to tests/fixtures/bench/gate-<scenario>.json for the decision's unit test.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import bench from './gate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: { full: { type: 'boolean', default: false }, record: { type: 'boolean', default: false } },
});
const stats = await tsImport(path.join(root, 'scripts', 'bench', 'stats.ts'), import.meta.url);

const SCENARIOS = [
  { name: 'slow', slow: 0.05, load: false, flagged: ['hook'] },
  { name: 'load', slow: 0, load: true, flagged: [] },
  { name: 'slow+load', slow: 0.05, load: true, flagged: ['hook'] },
];
const FIGURES = { hook: 'hook:', statusline: 'status line:', status: '/2l-status' };

const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
// The proof compares this build with HEAD's: the same code unless dist/ has uncommitted changes.
const dirty = spawnSync(
  'git',
  ['diff', '--quiet', 'HEAD', '--', 'dist/hook.cjs', 'dist/statusline.cjs', 'dist/status.mjs'],
  {
    cwd: root,
  },
).status;
if (dirty !== 0) throw new Error('prove-gate: dist/ differs from HEAD; commit or stash it, so "unchanged" is true');

const rows = [];
let wrong = 0;
for (const sc of SCENARIOS) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), '2l-prove-gate-'));
  // a busy loop competing for the cores: the load the gate must see through
  const busy = sc.load ? spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' }) : undefined;
  const t0 = Date.now();
  let results;
  try {
    if (sc.slow) process.env.TWOL_BENCH_SLOW_HOOK = String(sc.slow);
    else delete process.env.TWOL_BENCH_SLOW_HOOK;
    const log = (m) => process.stderr.write(`[${sc.name}] ${m}\n`);
    results = await bench({ root, tmp, quick: !values.full, log, against: { rev: 'HEAD', commit } });
  } finally {
    if (busy) busy.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const secs = (Date.now() - t0) / 1000;
  const summaries = stats.validateResults(results, 'gate.mjs').map((r) => stats.summarise('gate', r));
  const verdicts = stats.judgeAgainst(summaries);
  const burn = /burns ([\d.]+) ms/.exec(results.find((r) => r.note?.includes('burns'))?.note ?? '')?.[1];
  const record = {
    scenario: sc.name,
    slowFraction: sc.slow,
    busyLoop: sc.load,
    burnMs: Number(burn ?? 0),
    figures: {},
  };
  for (const [fig, prefix] of Object.entries(FIGURES)) {
    const find = (kind) => {
      const i = summaries.findIndex((s) => s.name.startsWith(prefix) && s.name.includes(`${kind} vs HEAD`));
      return { s: summaries[i], c: verdicts.find((v) => v.key === summaries[i].key), raw: results[i] };
    };
    const cpu = find('CPU time');
    const wall = find('wall');
    const expected = sc.flagged.includes(fig) ? 'regressed' : 'ok';
    if (cpu.c.status !== expected) wrong++;
    const g = (c) => `${stats.pct(c.gate.change)} [${stats.pct(c.gate.low)}, ${stats.pct(c.gate.high)}]`;
    rows.push([
      sc.name,
      fig,
      `${cpu.s.median.toFixed(1)} / ${cpu.s.reference.median.toFixed(1)}`,
      g(cpu.c),
      cpu.c.status,
      expected,
      g(wall.c),
      fig === 'hook' && burn ? burn : '',
      String(Math.round(secs)),
    ]);
    const r3 = (xs) => xs.map((x) => Math.round(x * 1000) / 1000);
    record.figures[fig] = { current: r3(cpu.raw.samples), baseline: r3(cpu.raw.reference.samples) };
  }
  if (values.record) {
    const file = path.join(root, 'tests', 'fixtures', 'bench', `gate-${sc.name.replace('+', '-')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `${JSON.stringify({ ...record, machine: machine(), recorded: new Date().toISOString() })}\n`,
    );
  }
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    load: os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' '),
    node: process.version,
  };
}

const head = [
  'scenario',
  'figure',
  'CPU median this / base (ms)',
  'CPU change [95 %]',
  'verdict',
  'expected',
  'wall change [95 %] (reported)',
  'burned ms',
  's',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
process.stdout.write(
  `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n` +
    `${values.full ? 'full' : 'quick'} rounds; machine: ${JSON.stringify(machine())}\n` +
    `prove-gate: ${wrong ? `FAIL: ${wrong} verdict(s) not as expected` : 'OK: every verdict as expected'}\n`,
);
process.exitCode = wrong ? 1 : 0;
