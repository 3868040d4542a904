// Benchmarks of the foundation (issue 2): the hook's cost per run against bare
// Node, its independence from the log's size, the bash logger against the
// floor a bash logger can reach, and the writer's integrity under concurrent
// load with and without rotations. Every timing is compared with a reference
// measured in the same run, interleaved with it, medians of many samples.
// Measures what ships: dist/hook.cjs, dist/hook.mjs, lib/2l-event-logger.sh;
// the load test bundles lib/events/writer.ts itself (the writer every entry uses).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  interleave,
  median,
  ratio,
  pairedRatio,
  fmt,
  timeCommand,
  cpuPerRun,
  shellQuote,
  cleanEnv as baseEnv,
} from './_util.mjs';

const SESSION = '3f2c9a4e-8d1b-4c7e-9a52-6b0e1f7d2c34';

// Every run sends the same payload (one tool_use_id): without a claims folder (hook/claims.ts) each
// run writes, as every run did before issue 13. What a claim costs is in hook-latency.mjs.
const cleanEnv = (extra = {}) => baseEnv({ XDG_RUNTIME_DIR: '/nonexistent-2l-bench', ...extra });

/** A PostToolUse payload shaped like the real one (claude-code-reference.md §3), ~3 KB. */
function postToolUsePayload(project) {
  const stdout = Array.from(
    { length: 24 },
    (_, i) => `-rw-r--r-- 1 dev dev ${1000 + i * 37} Nov 20 23:${String(10 + i).padStart(2, '0')} module-${i}.ts`,
  ).join('\n');
  return JSON.stringify({
    session_id: SESSION,
    transcript_path: `/home/dev/.claude/projects/${project.replace(/\//g, '-')}/${SESSION}.jsonl`,
    cwd: project,
    permission_mode: 'default',
    effort: { level: 'high' },
    prompt_id: 'b7e1c2d3-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'ls -la src && git status --short', description: 'List sources and working-tree status' },
    tool_response: { stdout, stderr: '', interrupted: false, isImage: false, noOutputExpected: false },
    tool_use_id: 'toolu_01XFDUDYJgAACzvnptvVer6u',
    duration_ms: 31,
  });
}

function readLines(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => l !== '');
}

/** Node's internal modules a script loads beyond what bare `node -e ''` loads (process.moduleLoadList). */
function startupModules(tmp, root, file, input, env) {
  const preload = path.join(tmp, 'module-list.cjs');
  fs.writeFileSync(
    preload,
    "const l = process.moduleLoadList; if (l) process.on('exit', () => require('node:fs').writeSync(2, '\\n@@MODULES@@' + JSON.stringify(l)));\n",
  );
  const list = (args) => {
    const { stderr } = timeCommand({ cmd: process.execPath, args: ['-r', preload, ...args], env, input, cwd: root });
    const s = String(stderr);
    const at = s.lastIndexOf('@@MODULES@@');
    return at === -1 ? null : JSON.parse(s.slice(at + 11));
  };
  const base = list(['-e', '']);
  const mine = list([file]);
  if (!base || !mine) return 'module list unavailable';
  const b = new Set(base);
  const extra = mine.filter((m) => !b.has(m)).map((m) => m.replace(/^NativeModule /, ''));
  return `${mine.length} internal modules vs ${base.length} for bare node; extra: ${extra.join(', ') || 'none'}`;
}

/** `require(`/`import` of builtins in a bundle: what it pulls in at start-up. */
function bundleImports(file) {
  const src = fs.readFileSync(file, 'utf8');
  const specs = [
    ...src.matchAll(
      /\brequire\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
  const counts = {};
  for (const s of specs) counts[s] = (counts[s] ?? 0) + 1;
  const nonBuiltin = Object.keys(counts).filter((s) => !s.startsWith('node:'));
  return `${
    Object.entries(counts)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ') || 'none'
  }${nonBuiltin.length ? ` (NOT builtins: ${nonBuiltin.join(', ')})` : ''}, ${fs.statSync(file).size} bytes`;
}

/** The hook's own lines in a log: all valid, the expected event, never an error. */
function checkHookLog(file, expected) {
  const lines = readLines(file);
  let ok = 0;
  const hookMs = [];
  for (const l of lines) {
    try {
      const e = JSON.parse(l);
      if (e.source === 'hook' && e.event_type === 'tool_complete' && e.duration_ms === 31 && e.session_id === SESSION) {
        ok++;
        if (typeof e.hook_ms === 'number') hookMs.push(e.hook_ms);
      }
    } catch {
      /* counted as not ok */
    }
  }
  return { lines: lines.length, ok, expected, hookMs };
}

// ---------------------------------------------------------------- 1. hook cost

function benchHookCost({ root, tmp, quick, log, hooks }) {
  const samples = quick ? 15 : 60;
  const warmup = quick ? 2 : 5;
  const cjsProject = path.join(tmp, 'proj-cjs');
  const mjsProject = path.join(tmp, 'proj-mjs');
  fs.mkdirSync(cjsProject);
  fs.mkdirSync(mjsProject);
  const { cjs, mjs } = hooks;
  const quiet = (label) => (res) => {
    if (res.stdout.length) throw new Error(`${label} printed to stdout: ${String(res.stdout).slice(0, 200)}`);
  };
  const envFor = (project) => cleanEnv({ CLAUDE_PROJECT_DIR: project });
  const inputCjs = postToolUsePayload(cjsProject);
  const inputMjs = postToolUsePayload(mjsProject);
  log(`hook cost: ${samples} samples × 3 variants (payload ${inputCjs.length} bytes)`);
  const s = interleave(
    [
      { name: 'node', cmd: process.execPath, args: ['-e', ''], env: envFor(cjsProject), input: inputCjs, cwd: root },
      {
        name: 'cjs',
        cmd: process.execPath,
        args: [cjs],
        env: envFor(cjsProject),
        input: inputCjs,
        cwd: root,
        check: quiet('hook.cjs'),
      },
      {
        name: 'mjs',
        cmd: process.execPath,
        args: [mjs],
        env: envFor(mjsProject),
        input: inputMjs,
        cwd: root,
        check: quiet('hook.mjs'),
      },
    ],
    { samples, warmup, log },
  );
  // CPU time per run, which other processes on the machine disturb far less than wall time
  const cpuProject = path.join(tmp, 'proj-cpu');
  fs.mkdirSync(cpuProject);
  const inputFile = path.join(tmp, 'post-tool-use.json');
  fs.writeFileSync(inputFile, postToolUsePayload(cpuProject));
  const cpuRounds = quick ? 3 : 10;
  const cpuRuns = quick ? 5 : 10;
  log(`hook CPU time: ${cpuRounds} rounds × ${cpuRuns} runs × 3 variants`);
  const node = shellQuote(process.execPath);
  const cpuVariant = (name, command) => ({
    name,
    run: () => cpuPerRun({ command, runs: cpuRuns, inputFile, env: envFor(cpuProject), cwd: root }),
  });
  const cpu = interleave(
    [
      cpuVariant('node', `${node} -e ''`),
      cpuVariant('cjs', `${node} ${shellQuote(cjs)}`),
      cpuVariant('mjs', `${node} ${shellQuote(mjs)}`),
    ],
    { samples: cpuRounds, warmup: 1, log },
  );
  const runs = samples + warmup;
  const cjsLog = checkHookLog(path.join(cjsProject, '.2L', 'events.jsonl'), runs);
  const mjsLog = checkHookLog(path.join(mjsProject, '.2L', 'events.jsonl'), runs);
  const errors = [cjsProject, mjsProject].filter((p) => fs.existsSync(path.join(p, '.2L', 'hook-errors.log')));
  const faster = median(s.cjs) <= median(s.mjs) ? 'hook.cjs' : 'hook.mjs';
  const cjsVsMjs = ratio(s.cjs, s.mjs);
  const logNote = (l) =>
    `${l.ok}/${l.expected} runs logged a valid tool_complete (${l.lines} lines), self-reported hook_ms median ${fmt(median(l.hookMs))}`;
  const errNote = errors.length ? ` hook-errors.log written in ${errors.length} project(s)!` : ' no hook-errors.log.';
  const modulesCjs = startupModules(tmp, root, cjs, inputCjs, envFor(path.join(tmp, 'proj-modules')));
  const modulesMjs = startupModules(tmp, root, mjs, inputMjs, envFor(path.join(tmp, 'proj-modules')));
  return [
    {
      name: 'hook: dist/hook.cjs, one PostToolUse run',
      unit: 'ms',
      samples: s.cjs,
      reference: { name: "node -e '' (same stdin)", samples: s.node },
      target: { ratio: 1.1 },
      note: `paired per-round ratio ${fmt(pairedRatio(s.cjs, s.node), 3)}. ${logNote(cjsLog)};${errNote} Faster format: ${faster} (cjs/mjs median ratio ${fmt(cjsVsMjs, 3)}). Bundle imports: ${bundleImports(cjs)}. Start-up: ${modulesCjs}.`,
      _ok: cjsLog.ok === runs && errors.length === 0,
    },
    {
      name: 'hook: dist/hook.mjs (ESM build), one PostToolUse run',
      unit: 'ms',
      samples: s.mjs,
      reference: { name: "node -e '' (same stdin)", samples: s.node },
      note: `paired per-round ratio ${fmt(pairedRatio(s.mjs, s.node), 3)}; vs hook.cjs paired ${fmt(pairedRatio(s.mjs, s.cjs), 3)}. ${logNote(mjsLog)}. Bundle imports: ${bundleImports(mjs)}. Start-up: ${modulesMjs}.`,
      _ok: mjsLog.ok === runs,
    },
    {
      name: 'hook: dist/hook.cjs CPU time (user+sys) per run',
      unit: 'ms',
      samples: cpu.cjs,
      reference: { name: "node -e '' CPU time per run", samples: cpu.node },
      note: `each sample: mean of ${cpuRuns} runs in one bash (\`times\`); paired per-round ratio ${fmt(pairedRatio(cpu.cjs, cpu.node), 3)}. Informative (the target is on wall time): CPU time is far less disturbed by a loaded machine.`,
    },
    {
      name: 'hook: dist/hook.mjs (ESM build) CPU time (user+sys) per run',
      unit: 'ms',
      samples: cpu.mjs,
      reference: { name: "node -e '' CPU time per run", samples: cpu.node },
      note: `paired per-round ratio ${fmt(pairedRatio(cpu.mjs, cpu.node), 3)}; vs hook.cjs paired ${fmt(pairedRatio(cpu.mjs, cpu.cjs), 3)}. Informative.`,
    },
  ];
}

// ------------------------------------------------------ 2. log size independence

/** Fill `file` with about `bytes` of realistic whole event lines, in big chunks. */
function writeBigLog(file, bytes) {
  const line = `${JSON.stringify({
    timestamp: '2026-11-20T23:15:00.123Z',
    event_type: 'tool_complete',
    phase: 'unknown',
    agent_id: 'main',
    data: 'Bash: npm test -- --reporter dot (1834 ms)',
    v: 1,
    source: 'hook',
    hook: 'PostToolUse',
    session_id: SESSION,
    tool_name: 'Bash',
    tool_use_id: 'toolu_01XFDUDYJgAACzvnptvVer6u',
    duration_ms: 1834,
    hook_ms: 41.27,
    payload: {
      tool_input: { command: 'npm test -- --reporter dot', description: 'Run the tests' },
      tool_response: { stdout: '.'.repeat(120), stderr: '', interrupted: false },
    },
  })}\n`;
  const perChunk = Math.floor((4 << 20) / line.length);
  const chunk = Buffer.from(line.repeat(perChunk));
  let left = Math.ceil(bytes / line.length); // whole lines, at least `bytes`
  const fd = fs.openSync(file, 'w', 0o600);
  let written = 0;
  try {
    while (left > 0) {
      const n = Math.min(left, perChunk);
      written += fs.writeSync(fd, chunk, 0, n * line.length);
      left -= n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return written;
}

function benchLogSize({ root, tmp, quick, log, hooks }) {
  const samples = quick ? 15 : 60;
  const warmup = quick ? 2 : 5;
  const small = path.join(tmp, 'proj-empty-log');
  const big = path.join(tmp, 'proj-200mb-log');
  for (const p of [small, big]) fs.mkdirSync(path.join(p, '.2L'), { recursive: true, mode: 0o700 });
  const smallLog = path.join(small, '.2L', 'events.jsonl');
  const bigLog = path.join(big, '.2L', 'events.jsonl');
  const t0 = Date.now();
  const bigBytes = writeBigLog(bigLog, 200 * 1024 * 1024);
  log(
    `log size: wrote ${(bigBytes / 1048576).toFixed(0)} MiB in ${Date.now() - t0} ms; ${samples} samples × 2 variants`,
  );
  const hook = hooks.cjs;
  const variant = (name, project) => ({
    name,
    cmd: process.execPath,
    args: [hook],
    env: cleanEnv({ CLAUDE_PROJECT_DIR: project, TWOL_LOG_MAX_BYTES: '1000000000000' }),
    input: postToolUsePayload(project),
    cwd: root,
  });
  let smallLines = 0;
  const s = interleave(
    [
      // keep the small log truly empty before each run (outside the timing); count what the hook wrote
      {
        ...variant('empty', small),
        before: () => fs.writeFileSync(smallLog, ''),
        check: () => (smallLines += readLines(smallLog).length),
      },
      variant('big', big),
    ],
    { samples, warmup, log },
  );
  const runs = samples + warmup;
  const grown = fs.statSync(bigLog).size - bigBytes;
  const archives = fs.readdirSync(path.join(big, '.2L')).filter((n) => n.startsWith('events-'));
  // the hook's lines are at the end of the big log: read only the tail
  const fd = fs.openSync(bigLog, 'r');
  const tail = Buffer.alloc(Math.min(grown, 1 << 20));
  fs.readSync(fd, tail, 0, tail.length, bigBytes);
  fs.closeSync(fd);
  const tailLines = tail.toString('utf8').split('\n').filter(Boolean);
  const tailOk = tailLines.filter((l) => {
    try {
      return JSON.parse(l).event_type === 'tool_complete' && JSON.parse(l).duration_ms === 31;
    } catch {
      return false;
    }
  }).length;
  fs.rmSync(bigLog, { force: true }); // 200 MB: do not leave it to the runner's clean-up
  return [
    {
      name: `hook: dist/hook.cjs with a ${(bigBytes / 1048576).toFixed(0)} MiB events.jsonl`,
      unit: 'ms',
      samples: s.big,
      reference: { name: 'same with an empty events.jsonl', samples: s.empty },
      target: { ratio: 1.05 },
      note: `paired per-round ratio ${fmt(pairedRatio(s.big, s.empty), 3)}. big log: ${tailOk}/${runs} hook lines appended after the 200 MiB (grew ${grown} bytes), ${archives.length} archives (rotation off: TWOL_LOG_MAX_BYTES=1e12); empty log: ${smallLines}/${runs} lines written.`,
      _ok: tailOk === runs && archives.length === 0 && smallLines === runs,
    },
  ];
}

// ------------------------------------------------------------- 3. log_2l_event

const LOGGER_DATA = 'data with "quotes" and \\backslash';

/** Hostile inputs for the bash logger; `exact` ones must round-trip unchanged. */
function hostileInputs() {
  const ctl = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('') + '\x7f';
  return [
    { data: 'tab\there', exact: true },
    { data: 'line1\nline2\r\nline3', exact: true },
    { data: `all controls: ${ctl} end`, exact: true },
    { data: 'quote " back \\ slash \\\\ double \\" mixed', exact: true },
    { data: 'ünïcødé 日本語 🚀 ‘curly’', exact: true },
    { data: 'separators \u2028 \u2029', exact: true },
    { data: '$(echo pwned) `id` ${HOME} %s %d %%', exact: true },
    { data: '<script>alert("x")</script>', exact: true },
    { data: 'x'.repeat(1500), exact: true },
    { data: 'y'.repeat(5000), exact: false },
    { data: '\x01'.repeat(3000), exact: false },
    { data: `${'é'.repeat(760)}`, exact: false }, // 1520 bytes: cut on a UTF-8 boundary
  ];
}

function benchLogger({ root, tmp, quick, log }) {
  const samples = quick ? 15 : 60;
  const warmup = quick ? 2 : 5;
  const project = path.join(tmp, 'proj-logger');
  fs.mkdirSync(project);
  const floorFile = path.join(tmp, 'floor.log');
  const env = cleanEnv({ CLAUDE_PROJECT_DIR: project });
  const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const loggerCall = `log_2l_event agent_spawn "data with \\"quotes\\" and \\\\backslash" exploration explorer-1`;
  const floorCall = `printf "%s\\n" "$(date -u +%FT%TZ) agent_spawn data" >> ${q(floorFile)}`;
  log(`log_2l_event: ${samples} samples × 2 variants, one bash each`);
  const one = interleave(
    [
      { name: 'floor', cmd: 'bash', args: ['-c', floorCall], env, cwd: root },
      { name: 'logger', cmd: 'bash', args: ['-c', `source lib/2l-event-logger.sh; ${loggerCall}`], env, cwd: root },
    ],
    { samples, warmup, log },
  );
  // The marginal cost of a call, without bash's start: N calls in one bash.
  const loopN = quick ? 100 : 300;
  const loopRounds = quick ? 3 : 9;
  log(`log_2l_event: ${loopRounds} rounds of ${loopN} calls in one bash`);
  // The same with a secret in the data: the path that pays for regexes (redaction), in a project of its own.
  const secretProject = path.join(tmp, 'proj-logger-secret');
  fs.mkdirSync(secretProject);
  const secretCall = `log_2l_event agent_spawn "psql password=hunter2 with sk-ant-api03-AbC_dEf-123456789012" exploration explorer-1`;
  const loop = interleave(
    [
      { name: 'floor', cmd: 'bash', args: ['-c', `for ((i=0;i<${loopN};i++)); do ${floorCall}; done`], env, cwd: root },
      {
        name: 'logger',
        cmd: 'bash',
        args: ['-c', `source lib/2l-event-logger.sh; for ((i=0;i<${loopN};i++)); do ${loggerCall}; done`],
        env,
        cwd: root,
      },
      {
        name: 'secret',
        cmd: 'bash',
        args: ['-c', `source lib/2l-event-logger.sh; for ((i=0;i<${loopN};i++)); do ${secretCall}; done`],
        env: cleanEnv({ CLAUDE_PROJECT_DIR: secretProject }),
        cwd: root,
      },
    ],
    { samples: loopRounds, warmup: 1, log },
  );
  const perCall = (xs) => xs.map((x) => x / loopN);
  const secretLines = readLines(path.join(secretProject, '.2L', 'events.jsonl'));
  const redacted = secretLines.filter(
    (l) => l.includes('password=[REDACTED] with [REDACTED:anthropic-key]') && !l.includes('hunter2'),
  ).length;

  // Every line the logger wrote, plus hostile inputs round-tripped.
  const logFile = path.join(project, '.2L', 'events.jsonl');
  const expectedBench = samples + warmup + (loopRounds + 1) * loopN;
  const benchLines = readLines(logFile);
  let valid = 0;
  let exact = 0;
  for (const l of benchLines) {
    try {
      const e = JSON.parse(l);
      valid++;
      if (
        e.data === LOGGER_DATA &&
        e.event_type === 'agent_spawn' &&
        e.phase === 'exploration' &&
        e.agent_id === 'explorer-1' &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.timestamp)
      )
        exact++;
    } catch {
      /* invalid */
    }
  }
  const hostile = hostileInputs();
  const hostileProject = path.join(tmp, 'proj-logger-hostile');
  fs.mkdirSync(hostileProject);
  timeCommand({
    cmd: 'bash',
    args: [
      '-c',
      'source lib/2l-event-logger.sh; for d in "$@"; do log_2l_event hostile "$d" "ph\\"ase" $\'agent\\t1\'; done',
      'bash',
      ...hostile.map((h) => h.data),
    ],
    env: cleanEnv({ CLAUDE_PROJECT_DIR: hostileProject }),
    cwd: root,
  });
  const hostileLines = readLines(path.join(hostileProject, '.2L', 'events.jsonl'));
  let hValid = 0;
  let hRound = 0;
  const hostileFails = [];
  hostileLines.forEach((l, i) => {
    let e;
    try {
      e = JSON.parse(l);
      hValid++;
    } catch {
      hostileFails.push(`#${i} invalid JSON`);
      return;
    }
    const h = hostile[i];
    const okMeta = e.phase === 'ph"ase' && e.agent_id === 'agent\t1';
    const okData =
      h &&
      (h.exact
        ? e.data === h.data
        : h.data.startsWith(e.data.replace(/…\[truncated \d+ bytes\]$/, '')) &&
          /…\[truncated \d+ bytes\]$/.test(e.data));
    if (okMeta && okData) hRound++;
    else hostileFails.push(`#${i} ${JSON.stringify(e.data).slice(0, 60)}`);
  });
  const invalid = benchLines.length - valid + (hostileLines.length - hValid);
  const missing = Math.max(0, expectedBench - benchLines.length) + Math.max(0, hostile.length - hostileLines.length);
  const floorLines = readLines(floorFile).length;
  return [
    {
      name: 'log_2l_event: one call in a fresh bash',
      unit: 'ms',
      samples: one.logger,
      reference: { name: `bash -c 'printf "%s\\n" "$(date -u +%FT%TZ) …" >> file' (floor)`, samples: one.floor },
      target: { ratio: 1.5 },
      note: `paired per-round ratio ${fmt(pairedRatio(one.logger, one.floor), 3)}. floor wrote ${floorLines} lines. Per call inside one bash (${loopN} calls × ${loopRounds} rounds): logger ${fmt(median(perCall(loop.logger)), 3)} ms vs floor ${fmt(median(perCall(loop.floor)), 3)} ms.`,
    },
    {
      name: 'log_2l_event: per call, N calls in one bash (marginal cost)',
      unit: 'ms',
      samples: perCall(loop.logger),
      reference: { name: 'printf "$(date …)" >> file per line, same loop', samples: perCall(loop.floor) },
      note: 'informative: the function itself without bash start-up; no target',
    },
    {
      name: 'log_2l_event: per call with a secret to redact, N calls in one bash',
      unit: 'ms',
      samples: perCall(loop.secret),
      reference: { name: 'the same call without a secret (common path)', samples: perCall(loop.logger) },
      note: `informative, no target: the regex path runs only when a glob sees a secret's shape. ${redacted}/${secretLines.length} lines redacted as expected (of ${(loopRounds + 1) * loopN}).`,
      _ok: redacted === (loopRounds + 1) * loopN && secretLines.length === redacted,
    },
    {
      name: 'log_2l_event: invalid or missing JSON lines',
      unit: 'count',
      samples: [invalid + missing],
      target: { max: 0 },
      note: `benchmark lines: ${valid}/${benchLines.length} valid JSON, ${exact} exact (data/type/phase/agent/timestamp), expected ${expectedBench}; hostile inputs: ${hValid}/${hostile.length} valid, ${hRound}/${hostile.length} round-trip${hostileFails.length ? ` — FAILED: ${hostileFails.join('; ')}` : ''}.`,
      _ok: exact === expectedBench && hRound === hostile.length,
    },
  ];
}

// ------------------------------------------------------- 4. integrity under load

const WRITER_ENTRY = (root) => `
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { appendEvent, serialise } from ${JSON.stringify(path.join(root, 'lib', 'events', 'writer.ts'))};
import { newEvent } from ${JSON.stringify(path.join(root, 'lib', 'events', 'format.ts'))};
import { eventsPath } from ${JSON.stringify(path.join(root, 'lib', 'events', 'project-dir.ts'))};

const [mode, project, id, count, bigEvery, bigBytes] = process.argv.slice(2).map((a, i) => (i < 2 ? a : Number(a)));
const unit = 'big "payload" \\\\ line\\n';
const blob = unit.repeat(Math.ceil(bigBytes / unit.length)).slice(0, bigBytes);
const events = [];
for (let seq = 0; seq < count; seq++) {
  const isBig = seq % bigEvery === bigEvery - 1;
  events.push(newEvent('agent_spawn', 'writer ' + id + ' event ' + seq, {
    phase: 'load', agent_id: 'writer-' + id, payload: isBig ? { writer: id, seq, blob } : { writer: id, seq },
  }));
}
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  const t0 = performance.timeOrigin + performance.now();
  if (mode === 'floor') {
    // the floor: one O_APPEND descriptor for the whole run, one write per line
    const fd = fs.openSync(eventsPath(project), 'a', 0o600);
    for (const e of events) {
      const buf = serialise(e);
      let off = 0;
      while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
    }
    fs.closeSync(fd);
  } else {
    for (const e of events) appendEvent(project, e);
  }
  const t1 = performance.timeOrigin + performance.now();
  process.stdout.write(JSON.stringify({ t0, t1 }) + '\\n');
  process.exit(0);
});
`;

function bigBlob(n) {
  const unit = 'big "payload" \\ line\n';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function runWriters(script, mode, project, { writers, count, bigEvery, bigBytes, env }) {
  return new Promise((resolve, fail) => {
    const kids = [];
    // one failed writer: stop the others (they may wait for 'go' forever) and report it
    const reject = (err) => {
      for (const k of kids) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
      fail(err);
    };
    const outs = [];
    let ready = 0;
    let done = 0;
    const t0 = performance.now();
    let tGo = 0;
    for (let w = 0; w < writers; w++) {
      const kid = spawn(
        process.execPath,
        [script, mode, project, String(w), String(count), String(bigEvery), String(bigBytes)],
        { env, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      kids.push(kid);
      let out = '';
      let err = '';
      kid.stdout.on('data', (d) => {
        out += d;
        if (out === 'ready\n' && ++ready === writers) {
          tGo = performance.now();
          for (const k of kids) k.stdin.write('go\n');
        }
      });
      kid.stderr.on('data', (d) => (err += d));
      kid.on('error', reject);
      kid.on('close', (code) => {
        if (code !== 0) return reject(new Error(`writer ${w} (${mode}) exited ${code}: ${err.slice(0, 500)}`));
        outs[w] = JSON.parse(out.split('\n')[1]);
        if (++done === writers) {
          const start = Math.min(...outs.map((o) => o.t0));
          const end = Math.max(...outs.map((o) => o.t1));
          resolve({ ms: end - start, wallMs: performance.now() - t0, goToExitMs: performance.now() - tGo });
        }
      });
    }
  });
}

/** Read the log and its archives: every line parses, each (writer, seq) exactly once, big payloads intact. */
function verifyLog(dir, { writers, count, bigEvery, bigBytes }) {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const archives = names.filter((n) => /^events-\d{8}T\d{9}Z(?:-\d+)?\.jsonl$/.test(n)).sort();
  const files = [...archives, ...(names.includes('events.jsonl') ? ['events.jsonl'] : [])];
  const blob = bigBlob(bigBytes);
  const seen = new Uint8Array(writers * count);
  let lines = 0;
  let torn = 0;
  let dup = 0;
  let corrupt = 0;
  let unterminated = 0;
  let bytes = 0;
  let biggestArchive = 0;
  for (const name of files) {
    const buf = fs.readFileSync(path.join(dir, name));
    bytes += buf.length;
    if (name !== 'events.jsonl') biggestArchive = Math.max(biggestArchive, buf.length);
    if (buf.length && buf[buf.length - 1] !== 10) unterminated++;
    let start = 0;
    while (start < buf.length) {
      let end = buf.indexOf(10, start);
      if (end === -1) end = buf.length;
      const line = buf.toString('utf8', start, end);
      start = end + 1;
      lines++;
      let e;
      try {
        e = JSON.parse(line);
      } catch {
        torn++;
        continue;
      }
      const p = e?.payload;
      const w = p?.writer;
      const s = p?.seq;
      if (
        !Number.isInteger(w) ||
        !Number.isInteger(s) ||
        w < 0 ||
        w >= writers ||
        s < 0 ||
        s >= count ||
        e.data !== `writer ${w} event ${s}`
      ) {
        corrupt++;
        continue;
      }
      const isBig = s % bigEvery === bigEvery - 1;
      if (isBig ? p.blob !== blob : p.blob !== undefined) corrupt++;
      if (seen[w * count + s]++) dup++;
    }
  }
  const lost = seen.reduce((n, x) => n + (x === 0 ? 1 : 0), 0);
  return {
    files: files.length,
    archives: archives.length,
    lines,
    torn,
    dup,
    corrupt,
    lost,
    unterminated,
    bytes,
    biggestArchive,
  };
}

async function benchIntegrity({ root, tmp, quick, log }) {
  const { build } = await import('esbuild');
  const entry = path.join(tmp, 'writer-entry.mjs');
  const script = path.join(tmp, 'writer.mjs');
  fs.writeFileSync(entry, WRITER_ENTRY(root));
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
  const shape = { writers: 8, count: 2000, bigEvery: 100, bigBytes: 1024 * 1024 };
  const total = shape.writers * shape.count;
  const rotateCap = 5 * 1024 * 1024;
  const variants = [
    { key: 'floor', mode: 'floor', cap: '1000000000000' },
    { key: 'plain', mode: 'writer', cap: '1000000000000' },
    { key: 'rotating', mode: 'writer', cap: String(rotateCap) },
  ];
  const rounds = quick ? 1 : 3;
  const res = Object.fromEntries(variants.map((v) => [v.key, { ms: [], wall: [], checks: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(r + k) % variants.length];
      const project = path.join(tmp, `proj-load-${v.key}-${r}`);
      // the writer creates .2L/ itself (concurrently, as hooks do); the floor needs it made
      fs.mkdirSync(v.mode === 'floor' ? path.join(project, '.2L') : project, { recursive: true, mode: 0o700 });
      const env = cleanEnv({ TWOL_LOG_MAX_BYTES: v.cap });
      const t = await runWriters(script, v.mode, project, { ...shape, env });
      const check = verifyLog(path.join(project, '.2L'), shape);
      log(
        `load ${v.key} round ${r + 1}/${rounds}: ${fmt(t.ms, 0)} ms, ${check.lines} lines in ${check.files} files, lost ${check.lost} torn ${check.torn} dup ${check.dup} corrupt ${check.corrupt}`,
      );
      res[v.key].ms.push(t.ms);
      res[v.key].wall.push(t.wallMs);
      res[v.key].checks.push(check);
      fs.rmSync(project, { recursive: true, force: true });
    }
  }
  const bad = (c) => c.lost + c.torn + c.dup + c.corrupt + c.unterminated;
  const describe = (key) => {
    const cs = res[key].checks;
    const sum = (f) => cs.reduce((n, c) => n + c[f], 0);
    return `${rounds} run(s) of ${shape.writers}×${shape.count} = ${total} events (every ${shape.bigEvery}th with a ${shape.bigBytes / 1048576} MiB payload): lines ${cs.map((c) => c.lines).join('/')}, lost ${sum('lost')}, torn ${sum('torn')}, duplicated ${sum('dup')}, corrupt ${sum('corrupt')}, unterminated files ${sum('unterminated')}; files per run ${cs.map((c) => c.files).join('/')} (archives ${cs.map((c) => c.archives).join('/')}, biggest archive ${fmt(Math.max(...cs.map((c) => c.biggestArchive)) / 1048576, 1)} MiB), ${fmt(cs[0].bytes / 1048576, 0)} MiB written per run`;
  };
  return [
    {
      name: 'writer under load (8×2000, 1 MiB payloads, no rotation): lost/torn/duplicate/corrupt lines',
      unit: 'count',
      samples: res.plain.checks.map(bad),
      target: { max: 0 },
      note: describe('plain'),
    },
    {
      name: `writer under load with rotation at ${rotateCap / 1048576} MiB: lost/torn/duplicate/corrupt lines`,
      unit: 'count',
      samples: res.rotating.checks.map(bad),
      target: { max: 0 },
      note: describe('rotating'),
    },
    {
      name: 'writer under load: total wall time of 8×2000 appendEvent (no rotation)',
      unit: 'ms',
      samples: res.plain.ms,
      reference: { name: 'same lines, one O_APPEND fd per writer (floor)', samples: res.floor.ms },
      note: `first write to last write across the 8 writers; ${fmt((median(res.plain.ms) / total) * 1000, 1)} µs per event vs floor ${fmt((median(res.floor.ms) / total) * 1000, 1)} µs. Floor integrity: ${describe('floor')}. Informative, no target.`,
    },
    {
      name: `writer under load: total wall time with rotation at ${rotateCap / 1048576} MiB`,
      unit: 'ms',
      samples: res.rotating.ms,
      reference: { name: 'same without rotation', samples: res.plain.ms },
      note: `${fmt((median(res.rotating.ms) / total) * 1000, 1)} µs per event. Informative, no target.`,
    },
  ];
}

// ---------------------------------------------------------------------- entry

export default async function bench(ctx) {
  const { root, tmp, log } = ctx;
  // Byte-identical copies of the shipped bundles (self-contained; .cjs/.mjs fix the module format),
  // so a rebuild of dist/ during the run cannot pull them away mid-measurement.
  const hooks = {};
  for (const f of ['hook.cjs', 'hook.mjs']) {
    // hook.mjs is not shipped: the build leaves the ESM twin of hot entries in .bench/esm/.
    const src = f === 'hook.mjs' ? path.join(root, '.bench', 'esm', f) : path.join(root, 'dist', f);
    if (!fs.existsSync(src))
      throw new Error(`\`${path.relative(root, src)}\` is missing: run \`node scripts/build.mjs\` first`);
    fs.mkdirSync(path.join(tmp, 'dist'), { recursive: true });
    fs.copyFileSync(src, path.join(tmp, 'dist', f));
    hooks[f.slice(5)] = path.join(tmp, 'dist', f);
  }
  const results = [];
  const step = async (label, fn) => {
    const t = Date.now();
    results.push(...(await fn({ ...ctx, hooks })));
    log(`${label} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step('hook cost', benchHookCost);
  await step('log size', benchLogSize);
  await step('log_2l_event', benchLogger);
  await step('integrity', benchIntegrity);
  // `_ok` marks a correctness check behind a timing: count the failed ones in one checked result
  const failed = results.filter((r) => r._ok === false).map((r) => r.name);
  const checked = results.filter((r) => r._ok !== undefined).length;
  return [
    ...results.map(({ _ok, ...r }) => (_ok === false ? { ...r, note: `CHECK FAILED: ${r.note}` } : r)),
    {
      name: 'checks behind the timings (hook logged every run, nothing rotated, logger lines exact)',
      unit: 'count',
      samples: [failed.length],
      target: { max: 0 },
      note: failed.length
        ? `failed: ${failed.join('; ')}`
        : `${checked}/${checked} passed (details in each result's note)`,
    },
  ];
}
