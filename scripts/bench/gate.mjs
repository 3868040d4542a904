// The regression gate's figures (issue 18): the three commands a user waits on most often, each
// against bare `node -e ''` with the same stdin, in paired interleaved rounds, wall time and CPU
// time from the same processes. With `--against REV` the same three commands built at REV
// (`git show REV:dist/…`) run in the same rounds, and the paired ratio this build / that build
// is judged (CPU time; wall time reported): load hits both builds of a round alike and cancels,
// which a baseline stored on another day cannot do (docs/bench.md). `--compare` still judges
// the ratios to `node -e ''` against a stored baseline.
//
// TWOL_BENCH_SLOW_HOOK=<fraction> (e.g. 0.05) measures a deliberately slowed hook instead of
// the shipped one: a copy of dist/hook.cjs that first burns that fraction of the shipped hook's
// warm median CPU time (calibrated at the start of the run) in a busy loop; the loop costs more
// than it burns (docs/bench.md), and the gate's estimate reports what it really cost. It exists to prove the
// gate catches a slowdown that small (scripts/bench/prove-gate.mjs).
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { timeCommand, median, cleanEnv as baseEnv, shuffled } from './_util.mjs';

const SESSION = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const TOOLS = ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'Write', 'WebFetch', 'mcp__db__query'];

// No claims folder (see hook.mjs): every hook run writes its event.
const cleanEnv = (extra = {}) => baseEnv({ XDG_RUNTIME_DIR: '/nonexistent-2l-bench', ...extra });

/** One hook event line as the status commands read them (about 330 bytes). */
function line(i, session) {
  const tool = TOOLS[i % TOOLS.length];
  return JSON.stringify({
    timestamp: new Date(T0 + i * 25).toISOString(),
    event_type: i % 2 ? (i % 97 === 0 ? 'tool_error' : 'tool_complete') : 'tool_start',
    phase: 'building',
    agent_id: 'main',
    data: `${tool}: npm test -- --grep case-${i}`,
    v: 1,
    source: 'hook',
    session_id: session,
    hook: i % 2 ? 'PostToolUse' : 'PreToolUse',
    tool_name: tool,
    tool_use_id: `toolu_${i}`,
    ...(i % 2 ? { duration_ms: (i * 7919) % 4000 } : {}),
    hook_ms: 2 + (i % 13),
  });
}

function writeLog(dir, n, session = (i) => `S${i % 20}`) {
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true, mode: 0o700 });
  const file = path.join(dir, '.2L', 'events.jsonl');
  const fd = fs.openSync(file, 'w', 0o600);
  for (let i = 0; i < n; i += 10_000) {
    const part = [];
    for (let j = i; j < Math.min(n, i + 10_000); j++) part.push(line(j, session(j)));
    fs.writeSync(fd, `${part.join('\n')}\n`);
  }
  fs.closeSync(fd);
}

function postToolUse(project) {
  return JSON.stringify({
    session_id: SESSION,
    transcript_path: path.join(project, 'no-transcript.jsonl'),
    cwd: project,
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'ls -la src && git status --short', description: 'List sources' },
    tool_response: { stdout: 'module.ts\n'.repeat(40), stderr: '', interrupted: false },
    tool_use_id: 'toolu_01GateBenchPayload0000',
    duration_ms: 31,
  });
}

/**
 * A copy of the hook that burns `ms` of CPU before it starts: the deliberate slowdown. CPU, not
 * wall time, so that the hook costs the same extra whether or not the machine is loaded.
 */
function slowedHook(src, dest, ms) {
  const us = Math.round(ms * 1000);
  const wait = `(()=>{const c=process.cpuUsage();for(;;){const u=process.cpuUsage(c);if(u.user+u.system>=${us})break;}})();\n`;
  const code = fs.readFileSync(src, 'utf8');
  // after the shebang and the "use strict" directive, which must stay first to keep their meaning
  const at = /^(?:#![^\n]*\n)?(?:\s*["']use strict["'];?\n)?/.exec(code)[0].length;
  fs.writeFileSync(dest, code.slice(0, at) + wait + code.slice(at));
}

/** The bundles a build is measured by. */
const BUNDLES = ['hook.cjs', 'statusline.cjs', 'status.mjs'];

/** Copies of this checkout's dist/ bundles, or of those committed at `commit`, into `dir`. */
function extractBuild(root, dir, commit) {
  fs.mkdirSync(dir, { recursive: true });
  return Object.fromEntries(
    BUNDLES.map((name) => {
      const dest = path.join(dir, name);
      if (!commit) {
        const src = path.join(root, 'dist', name);
        if (!fs.existsSync(src)) throw new Error(`\`dist/${name}\` is missing: run \`node scripts/build.mjs\` first`);
        fs.copyFileSync(src, dest);
      } else {
        const r = spawnSync('git', ['show', `${commit}:dist/${name}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        if (r.status !== 0)
          throw new Error(`\`dist/${name}\` is not committed at ${commit}: ${String(r.stderr).trim()}`);
        fs.writeFileSync(dest, r.stdout);
      }
      return [name, dest];
    }),
  );
}

export default async function bench({ root, tmp, quick, log, against, rounds: asked }) {
  const rounds = asked ?? (quick ? 40 : 120);
  const warmup = 3;
  // Reports the process's own CPU (user+system, start-up included) at exit; loaded by every
  // variant alike, so it cancels in the ratios.
  const cpuPreload = path.join(tmp, 'cpu.cjs');
  fs.writeFileSync(
    cpuPreload,
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\n@@CPU ${(u.user + u.system) / 1000}\\n`); });\n",
  );
  const node = (args, { input = '', env = cleanEnv(), cwd = tmp } = {}) => {
    const r = timeCommand({ cmd: process.execPath, args: ['--require', cpuPreload, ...args], input, env, cwd });
    const m = /@@CPU ([\d.]+)\n?$/.exec(String(r.stderr));
    if (!m) throw new Error(`\`${args.join(' ')}\` did not report its CPU time: ${String(r.stderr).slice(0, 300)}`);
    return { ms: r.ms, cpu: Number(m[1]), stdout: String(r.stdout) };
  };

  // Each build gets its own projects: the hook appends to its log and the status line keeps a
  // cache, and neither build should pay for the other's files.
  const setup = (tag, commit) => {
    const bin = extractBuild(root, path.join(tmp, tag, 'dist'), commit);
    const hookProject = path.join(tmp, tag, 'hook-project');
    fs.mkdirSync(hookProject);
    const statusProject = path.join(tmp, tag, 'status-project');
    writeLog(statusProject, 10_000);
    // The status line reads the tail and its cache, not the whole log: 10 MB stands for any size.
    const slProject = path.join(tmp, tag, 'statusline-project');
    writeLog(slProject, 30_000, (i) => (i >= 29_800 ? 'live' : 'other'));
    const slPayload = JSON.stringify({
      session_id: 'live',
      cwd: slProject,
      workspace: { project_dir: slProject, current_dir: slProject },
      model: { display_name: 'Opus 4.8' },
      context_window: { used_percentage: 12 },
    });
    const hookInput = postToolUse(hookProject);
    const hookEnv = cleanEnv({ CLAUDE_PROJECT_DIR: hookProject });
    const b = { tag, bin, hookInput, hookEnv };
    b.hook = () => {
      const r = node([b.bin['hook.cjs']], { input: hookInput, env: hookEnv, cwd: hookProject });
      if (r.stdout) throw new Error(`the ${tag} hook printed to stdout: ${r.stdout.slice(0, 200)}`);
      return r;
    };
    b.statusline = () => {
      const r = node([bin['statusline.cjs']], { input: slPayload, env: cleanEnv(), cwd: slProject });
      if (!r.stdout.trim()) throw new Error(`the ${tag} status line printed nothing`);
      return r;
    };
    b.status = () => {
      const r = node([bin['status.mjs'], '--json', '--no-alerts'], { env: cleanEnv(), cwd: statusProject });
      if (JSON.parse(r.stdout).summary.events !== 10_000)
        throw new Error(`${tag} /2l-status did not read 10,000 events`);
      return r;
    };
    return b;
  };
  const cur = setup('current');
  const base = against ? setup('baseline', against.commit) : undefined;

  const slow = Number(process.env.TWOL_BENCH_SLOW_HOOK ?? 0);
  let slowNote = '';
  if (slow > 0) {
    // calibrated on warm runs: the first few pay for a cold page cache
    for (let i = 0; i < 5; i++) cur.hook();
    const shipped = [];
    for (let i = 0; i < 21; i++) shipped.push(cur.hook().cpu);
    const ms = slow * median(shipped);
    const slowed = path.join(tmp, 'hook-slowed.cjs');
    slowedHook(cur.bin['hook.cjs'], slowed, ms);
    cur.bin['hook.cjs'] = slowed;
    slowNote = ` DELIBERATELY SLOWED (TWOL_BENCH_SLOW_HOOK=${slow}): burns ${ms.toFixed(2)} ms of CPU per run (${slow * 100} % of its warm median CPU time, ${median(shipped).toFixed(2)} ms).`;
    log(`hook slowed: burns ${ms.toFixed(2)} ms of CPU per run (${slow * 100} % of ${median(shipped).toFixed(2)} ms)`);
  }

  const COMMANDS = ['hook', 'statusline', 'status'];
  const variants = [
    { name: 'node', run: () => node(['-e', ''], { input: cur.hookInput, env: cur.hookEnv }) },
    ...COMMANDS.map((c) => ({ name: c, run: cur[c] })),
    ...(base ? COMMANDS.map((c) => ({ name: `${c}@base`, run: base[c] })) : []),
  ];
  const wall = Object.fromEntries(variants.map((v) => [v.name, []]));
  const cpu = Object.fromEntries(variants.map((v) => [v.name, []]));
  // A fresh random order each round, and each command's two builds back to back in random
  // order: the pair whose ratio is judged meets the same moment of load, and no command or build
  // always runs first.
  const blocks = [['node'], ...COMMANDS.map((c) => (base ? [c, `${c}@base`] : [c]))].map((names) =>
    names.map((n) => variants.find((v) => v.name === n)),
  );
  log(`${rounds} rounds × ${variants.length} commands${against ? ` (baseline build: ${against.rev})` : ''}`);
  for (let r = 0; r < warmup + rounds; r++) {
    for (const v of shuffled(blocks).flatMap((b) => shuffled(b))) {
      const res = v.run();
      if (r >= warmup) {
        wall[v.name].push(res.ms);
        cpu[v.name].push(res.cpu);
      }
    }
    if ((r + 1) % 20 === 0) log(`  ${r + 1}/${warmup + rounds} rounds`);
  }
  const ref = (kind, key = 'node', name = "node -e ''") => ({
    name: `${name}${kind === 'cpu' ? ', CPU time' : ''}`,
    samples: kind === 'cpu' ? cpu[key] : wall[key],
  });
  const CPU_NOTE = 'user+system of the whole process, start-up included';
  const figure = (key, label, note = '') => [
    { name: `${label}, wall`, unit: 'ms', samples: wall[key], reference: ref('wall'), paired: true, note },
    { name: `${label}, CPU time`, unit: 'ms', samples: cpu[key], reference: ref('cpu'), paired: true, note: CPU_NOTE },
    ...(against
      ? [
          {
            name: `${label}, wall vs ${against.rev}`,
            unit: 'ms',
            samples: wall[key],
            reference: ref('wall', `${key}@base`, `the build at ${against.rev}`),
            paired: true,
            against: against.commit,
          },
          {
            name: `${label}, CPU time vs ${against.rev}`,
            unit: 'ms',
            samples: cpu[key],
            reference: ref('cpu', `${key}@base`, `the build at ${against.rev}`),
            paired: true,
            against: against.commit,
            judged: true,
          },
        ]
      : []),
  ];
  return [
    ...figure('hook', 'hook: dist/hook.cjs, one PostToolUse', `the shipped hook.${slowNote}`),
    ...figure('statusline', 'status line: dist/statusline.cjs, nothing new'),
    ...figure('status', '/2l-status --json, 10,000 events'),
  ];
}
