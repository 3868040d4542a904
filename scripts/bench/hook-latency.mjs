// Issue 13: what Claude Code waits for per hook event, and what a whole session costs.
// 1. Critical-path wait: the registered command (`bash lib/2l-hook-front.sh dist/hook.cjs`,
//    as hooks/hooks.json has it) from spawn to exit, a real PostToolUse payload on stdin and a
//    45 MB log in place, against bare `node -e ''` in the same run, interleaved (target ≤ 0.10).
// 2. CPU per event: the front alone plus the logger it starts, against today's logger alone.
// 3. A scripted real-CLI session (2.1.332) of 20 tool calls (8 parallel with a failure, a
//    subagent with 5 calls, 6 in turn) with the pack and without, interleaved (target ≤ 1.05).
//    Beside them: a plugin whose hooks are all `true` on the 17 events the pack registered up to
//    round 2 (per-call events included), the floor of any design that hooks every tool call, and
//    the pack's own events dispatched to `true`, what Claude Code's dispatch costs by itself.
// For focused runs (docs/hook-latency.md, "Round 5"): TWOL_BENCH_PARTS picks parts ("critical
// path", "cpu", "session"), TWOL_BENCH_VARIANTS the session's variants (with "none"),
// TWOL_BENCH_PAIRS their rounds, and TWOL_BENCH_OTHER another checkout for the "other" and
// "otherwarm" variants (an A/B of two versions in one run).
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { interleave, roundOrder, median, pairedRatio, fmt, cpuPerRun, shellQuote, cleanEnv } from './_util.mjs';

const SESSION = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function payload(project, n) {
  const stdout = Array.from(
    { length: 24 },
    (_, i) => `-rw-r--r-- 1 dev dev ${1000 + i * 37} Nov 20 module-${i}.ts`,
  ).join('\n');
  return JSON.stringify({
    session_id: SESSION,
    transcript_path: path.join(project, 'no-transcript.jsonl'),
    cwd: project,
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'ls -la src && git status --short', description: 'List sources' },
    tool_response: { stdout, stderr: '', interrupted: false, isImage: false, noOutputExpected: false },
    tool_use_id: `toolu_bench${String(n).padStart(6, '0')}`,
    duration_ms: 31,
  });
}

function bigLog(file, bytes) {
  const line = `${JSON.stringify({ timestamp: '2026-11-20T23:15:00.123Z', event_type: 'tool_complete', phase: 'unknown', agent_id: 'main', data: 'Bash: npm test (1834 ms)', v: 1, source: 'hook', session_id: SESSION, payload: { out: '.'.repeat(300) } })}\n`;
  const chunk = Buffer.from(line.repeat(Math.floor((4 << 20) / line.length)));
  const fd = fs.openSync(file, 'w', 0o600);
  let written = 0;
  while (written < bytes) written += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return written;
}

/** Wait until no logger of ours runs for `project` (or with HOME `home`): they are detached, nothing else tells. */
async function loggersDone(project, ms = 60_000, home = undefined) {
  const until = Date.now() + ms;
  for (;;) {
    const busy = fs.readdirSync('/proc').some((pid) => {
      try {
        return (
          /^\d+$/.test(pid) &&
          /(hook|collector)\.cjs/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')) &&
          (home
            ? fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`HOME=${home}`)
            : fs.readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`CLAUDE_PROJECT_DIR=${project}`))
        );
      } catch {
        return false;
      }
    });
    if (!busy || Date.now() > until) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function benchCriticalPath({ root, tmp, quick, log }) {
  const samples = quick ? 15 : 60;
  const warmup = quick ? 2 : 5;
  const project = path.join(tmp, 'proj-45mb');
  fs.mkdirSync(path.join(project, '.2L'), { recursive: true, mode: 0o700 });
  const logFile = path.join(project, '.2L', 'events.jsonl');
  const bytes = bigLog(logFile, 45 * 1024 * 1024);
  // The runtime folder is a tmpfs on a user's machine (/run/user/UID, or /dev/shm where the front falls
  // back): the spool written on the critical path is on one here too. On the bench's disk, the writeback
  // of the components run before this one stalled each spool write (17 ms a call in a full run, 5 ms alone).
  const rt = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : tmp, '2l-bench-rt-'));
  fs.chmodSync(rt, 0o700);
  const env = cleanEnv({ CLAUDE_PROJECT_DIR: project, XDG_RUNTIME_DIR: rt, TWOL_LOG_MAX_BYTES: '1000000000000' });
  log(`critical path: ${samples} samples × 3 (log ${(bytes / 1048576).toFixed(0)} MiB)`);
  spawnSync('sync'); // the log just written (and what earlier benches wrote) is not flushed during the samples
  // Sampled from a fresh process: fork() copies the parent's page tables, so a spawn from this one, grown by
  // the components run before, took ~8 ms more (0.20× in a full run against 0.09× alone). Claude Code starts
  // its hooks with vfork() (2.1.332, strace), which copies nothing, whatever its size.
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), 'critical-path', JSON.stringify({ root, project, env, samples, warmup })],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 << 20 },
  );
  if (child.status !== 0) throw new Error(`the critical-path sampler failed (exit ${child.status})`);
  const { s, n } = JSON.parse(child.stdout);
  await loggersDone(project);
  // The runtime folder is outside tmp: end the collector that serves it, then remove it.
  try {
    const announced = fs.readFileSync(path.join(rt, '2l', 'spool2', '.collector'), 'utf8').split(' ')[0];
    if (/^\d+$/.test(announced)) process.kill(Number(announced), 'SIGTERM');
  } catch {
    /* never started, or gone already */
  }
  fs.rmSync(rt, { recursive: true, force: true });
  // The hook calls' lines; the collector also ends the "session" when the sampler, the hooks' parent, exits.
  const tail = fs
    .readFileSync(logFile)
    .subarray(bytes)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .filter((l) => JSON.parse(l).event_type !== 'session_end');
  const logged = new Set(tail.map((l) => JSON.parse(l).tool_use_id)).size;
  return [
    {
      name: 'hook latency: critical-path wait per event (bash front into the collector spool, spawn to exit, 45 MB log)',
      unit: 'ms',
      samples: s.front,
      reference: { name: "node -e '' (same stdin)", samples: s.node },
      target: { ratio: 0.1 },
      note: `paired per-round ratio ${fmt(pairedRatio(s.front, s.node), 3)}; round 1's front (TWOL_FRONT=logger) ${fmt(median(s.logger))} ms (${fmt(median(s.logger) / median(s.node), 3)}×); the collector and loggers logged ${logged}/${n} runs, ${tail.length} lines`,
      _ok: logged === n && tail.length === n,
    },
  ];
}

/**
 * The critical path's samples, in this (fresh) process: bare Node, the front, and round 1's front, spawned
 * interleaved with a payload each; `n` payloads were sent to the fronts. Run as
 * `node hook-latency.mjs critical-path <json>`, the result as JSON on stdout.
 */
function criticalPathSamples({ root, project, env, samples, warmup }) {
  const front = path.join(root, 'lib', '2l-hook-front.sh');
  const hook = path.join(root, 'dist', 'hook.cjs');
  let n = 0;
  const node = { name: 'node', cmd: process.execPath, args: ['-e', ''], env, input: payload(project, 0), cwd: root };
  const reg = {
    name: 'front',
    cmd: 'bash',
    args: [front, hook],
    env,
    cwd: root,
    before() {
      reg.input = payload(project, ++n);
    },
    check(res) {
      if (res.stdout.length || res.stderr.length) throw new Error(`the front printed: ${res.stdout}${res.stderr}`);
    },
  };
  const r1 = {
    ...reg,
    name: 'logger',
    env: { ...env, TWOL_FRONT: 'logger' },
    before() {
      r1.input = payload(project, ++n);
    },
  };
  const s = interleave([node, reg, r1], { samples, warmup, log: (m) => process.stderr.write(`[hook-latency] ${m}\n`) });
  return { s, n };
}

function benchCpu({ root, tmp, quick, log }) {
  const rounds = quick ? 3 : 10;
  const runs = quick ? 5 : 10;
  const project = path.join(tmp, 'proj-cpu');
  fs.mkdirSync(project);
  const inputFile = path.join(tmp, 'payload.json');
  fs.writeFileSync(inputFile, payload(project, 0));
  // The front alone: `node` on its PATH is `true`, so only bash and its fork are counted.
  const fake = path.join(tmp, 'fake-bin');
  fs.mkdirSync(fake);
  fs.symlinkSync('/bin/true', path.join(fake, 'node'));
  const env = cleanEnv({ CLAUDE_PROJECT_DIR: project, XDG_RUNTIME_DIR: path.join(tmp, 'rt') });
  const q = shellQuote;
  const front = `${q(path.join(root, 'lib', '2l-hook-front.sh'))} ${q(path.join(root, 'dist', 'hook.cjs'))}`;
  log(`CPU: ${rounds} rounds × ${runs} runs × 3 variants`);
  const variant = (name, command, extra = {}) => ({
    name,
    run: () => cpuPerRun({ command, runs, inputFile, env: { ...env, ...extra }, cwd: root }),
  });
  const c = interleave(
    [
      variant('node', `${q(process.execPath)} -e ''`),
      variant('logger', `${q(process.execPath)} ${q(path.join(root, 'dist', 'hook.cjs'))}`),
      variant('front', `bash ${front}; wait`, { PATH: `${fake}:${process.env.PATH}` }),
    ],
    { samples: rounds, warmup: 1, log },
  );
  const total = c.front.map((f, i) => f + c.logger[i]);
  return [
    {
      name: 'hook latency: CPU per event, front + background logger (user+sys)',
      unit: 'ms',
      samples: total,
      reference: { name: 'the logger alone (what every event cost before issue 13)', samples: c.logger },
      note: `front alone median ${fmt(median(c.front))} ms, logger ${fmt(median(c.logger))} ms, node -e '' ${fmt(median(c.node))} ms. The front's background fork is counted only when it is waited for; \`setsid\` there is part of the front's figure only when it runs before bash exits.`,
    },
  ];
}

async function benchSession({ root, tmp, quick, log }) {
  const { startScriptedApi, bashBatch, agentCall } = await tsImport(
    path.join(root, 'tests', 'util', 'scripted-session.ts'),
    import.meta.url,
  );
  const bin = path.join(
    root,
    'node_modules/claude-code-current/node_modules/@anthropic-ai/claude-code-linux-x64/claude',
  );
  const pairs = Number(process.env.TWOL_BENCH_PAIRS) || (quick ? 3 : 12);
  const main = [
    bashBatch(8, 'par', 3),
    [agentCall()],
    ...Array.from({ length: 6 }, (_, i) => bashBatch(1, `seq${i}`)),
    { text: 'done' },
  ];
  const sub = [bashBatch(3, 'sub'), bashBatch(1, 'sub2'), bashBatch(1, 'sub3'), { text: 'sub done' }];
  const trueHooks = path.join(tmp, 'true-hooks');
  fs.mkdirSync(path.join(trueHooks, '.claude-plugin'), { recursive: true });
  fs.mkdirSync(path.join(trueHooks, 'hooks'));
  fs.writeFileSync(path.join(trueHooks, '.claude-plugin', 'plugin.json'), '{"name":"true-hooks","version":"0.0.0"}');
  const EVENTS_ROUND_2 = [
    'SessionStart',
    'SessionEnd',
    'UserPromptSubmit',
    'UserPromptExpansion',
    'PreToolUse',
    'PostToolUse',
    'PostToolUseFailure',
    'PostToolBatch',
    'PermissionRequest',
    'PermissionDenied',
    'Notification',
    'SubagentStart',
    'SubagentStop',
    'Stop',
    'StopFailure',
    'PreCompact',
    'PostCompact',
  ];
  fs.writeFileSync(
    path.join(trueHooks, 'hooks', 'hooks.json'),
    JSON.stringify({
      hooks: Object.fromEntries(
        EVENTS_ROUND_2.map((e) => [e, [{ hooks: [{ type: 'command', command: 'true', args: [], timeout: 10 }] }]]),
      ),
    }),
  );
  // The pack without its hooks (commands and agents only): what loading the plugin costs Claude Code.
  const noHooks = path.join(tmp, 'no-hooks');
  fs.mkdirSync(noHooks);
  for (const n of ['.claude-plugin', 'agents', 'commands', 'dist', 'lib'])
    fs.symlinkSync(path.join(root, n), path.join(noHooks, n));
  // The pack's own hooks with every command `true`: what Claude Code's dispatch of the events the pack
  // registers costs by itself, whatever a hook does.
  const truePack = path.join(tmp, 'dispatch-only');
  fs.mkdirSync(path.join(truePack, 'hooks'), { recursive: true });
  for (const n of ['.claude-plugin', 'agents', 'commands', 'dist', 'lib'])
    fs.symlinkSync(path.join(root, n), path.join(truePack, n));
  const packHooks = JSON.parse(fs.readFileSync(path.join(root, 'hooks', 'hooks.json'), 'utf8'));
  for (const groups of Object.values(packHooks.hooks))
    for (const g of groups) for (const h of g.hooks) Object.assign(h, { command: 'true', args: [] });
  fs.writeFileSync(path.join(truePack, 'hooks', 'hooks.json'), JSON.stringify(packHooks));
  const otherPack = process.env.TWOL_BENCH_OTHER ? path.resolve(process.env.TWOL_BENCH_OTHER) : undefined;
  const one = async (variant, i) => {
    const withPack = ['collector', 'warm', 'logger', 'other', 'otherwarm'].includes(variant);
    // `other`: the same measure on another checkout of the pack (TWOL_BENCH_OTHER), for an A/B in one run.
    const pack = variant.startsWith('other') ? otherPack : root;
    const home = fs.mkdtempSync(path.join(tmp, 'home-'));
    const project = fs.mkdtempSync(path.join(tmp, 'proj-'));
    // A tmpfs, as a user's runtime folder is (see benchCriticalPath): on the bench's disk, the cost
    // tracker's fsyncs there (~30 a session) were a cost no user pays.
    const rt = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : tmp, '2l-bench-rt-'));
    fs.chmodSync(rt, 0o700);
    try {
      const api = await startScriptedApi(main, sub);
      const plugin = withPack ? pack : { true17: trueHooks, dispatch: truePack, nohooks: noHooks }[variant];
      const args = ['-p', 'go', '--allowedTools', 'Bash', 'Agent', ...(plugin ? ['--plugin-dir', plugin] : [])];
      const env = {
        PATH: process.env.PATH,
        HOME: home,
        LANG: 'C.UTF-8',
        TERM: 'dumb',
        ANTHROPIC_API_KEY: 'sk-test-offline',
        ANTHROPIC_BASE_URL: api.url,
        DISABLE_AUTOUPDATER: '1',
        DISABLE_TELEMETRY: '1',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        XDG_RUNTIME_DIR: rt,
        // warm: long enough for the session's first hook to find the collector primed below.
        TWOL_COLLECTOR_IDLE_MS: variant.endsWith('warm') ? '5000' : '500',
        ...(variant === 'logger' ? { TWOL_FRONT: 'logger' } : {}),
      };
      if (variant.endsWith('warm')) {
        // A collector already running, as for a user's second session within its idle time, or any later
        // turn of an interactive session: one hook call from another folder starts it.
        const other = fs.mkdtempSync(path.join(tmp, 'other-'));
        const front = spawn('bash', [path.join(pack, 'lib', '2l-hook-front.sh'), path.join(pack, 'dist', 'hook.cjs')], {
          cwd: other,
          env: { ...env, CLAUDE_PROJECT_DIR: other },
          stdio: ['pipe', 'ignore', 'ignore'],
        });
        front.stdin.end(
          JSON.stringify({ session_id: 'prime', cwd: other, hook_event_name: 'UserPromptSubmit', prompt: 'x' }),
        );
        await new Promise((r) => front.on('close', r));
        // Started, and done with that call: its start-up must not overlap the timed session.
        const logged = path.join(other, '.2L', 'events.jsonl');
        for (let n = 0; n < 600 && !fs.existsSync(logged); n++) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, 300));
      }
      const t0 = performance.now();
      const cpu = await new Promise((resolve, reject) => {
        const child = spawn('/usr/bin/time', ['-f', '@@%U %S', bin, ...args], {
          cwd: project,
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('error', reject);
        child.on('close', (code) => {
          const m = /@@([\d.]+) ([\d.]+)/.exec(err);
          if (code !== 0 || !m) reject(new Error(`claude exited ${code}: ${err.slice(0, 300)}`));
          else resolve((Number(m[1]) + Number(m[2])) * 1000);
        });
      });
      const ms = performance.now() - t0;
      await api.close();
      const calls = api.toolUseIds.length;
      if (withPack) await loggersDone(project, 60_000, home);
      log(`  session ${i} ${variant}: ${ms.toFixed(0)} ms, ${calls} calls`);
      return { ms, cpu, calls };
    } finally {
      fs.rmSync(rt, { recursive: true, force: true });
    }
  };
  const variants = process.env.TWOL_BENCH_VARIANTS?.split(',') ?? [
    'none',
    'nohooks',
    'dispatch',
    'logger',
    'collector',
    'warm',
    'true17',
  ];
  const known = ['none', 'nohooks', 'dispatch', 'logger', 'collector', 'warm', 'true17', 'other', 'otherwarm'];
  const unknown = variants.filter((v) => !known.includes(v));
  if (unknown.length || !variants.includes('none'))
    throw new Error(`TWOL_BENCH_VARIANTS: 'none' and some of ${known.join(', ')}`);
  if (variants.some((v) => v.startsWith('other')) && !otherPack)
    throw new Error('TWOL_BENCH_OTHER: the checkout to compare');
  const s = { cpu: {} };
  for (const v of variants) {
    s[v] = [];
    s.cpu[v] = [];
  }
  let calls = 0;
  for (let i = 0; i < pairs + 1; i++) {
    // A new order each round, so no variant always runs after the same one.
    const order = roundOrder(variants, i);
    for (const v of order) {
      const r = await one(v, i);
      calls = r.calls;
      if (i === 0) continue; // warm-up round
      s[v].push(r.ms);
      s.cpu[v].push(r.cpu);
    }
  }
  const vs = (v) =>
    `${fmt(median(s[v]))} ms (${fmt(median(s[v]) / median(s.none), 3)}×, paired ${fmt(pairedRatio(s[v], s.none), 3)})`;
  const cpu = variants.map((v) => `${v} ${fmt(median(s.cpu[v]))}`).join(', ');
  const session = (v, what) => ({
    name: `hook latency: scripted 2.1.332 session of ${calls} tool calls, wall time with the pack (${what})`,
    unit: 'ms',
    samples: s[v],
    reference: { name: 'the same session without the pack', samples: s.none },
    target: { ratio: 1.05 },
    // Against `dispatch`, what the pack's own hooks add beyond Claude Code's dispatch of its events.
    note: `paired ratio ${fmt(pairedRatio(s[v], s.none), 3)}${variants.includes('dispatch') ? `; against \`dispatch\` ${fmt(median(s[v]) / median(s.dispatch), 3)}× (paired ${fmt(pairedRatio(s[v], s.dispatch), 3)})` : ''}`,
  });
  const events = Object.keys(packHooks.hooks).length;
  const beside = {
    nohooks: "the pack's commands and agents without its hooks (plugin loading alone)",
    dispatch: `the pack's ${events} events with every command \`true\` (Claude Code's own cost of dispatching them)`,
    logger: 'per-event loggers (TWOL_FRONT=logger, tool calls logged at Stop)',
    true17: "`true` hooks on round 2's 17 events, per-call ones included",
    other: `another checkout (${otherPack}), cold`,
    otherwarm: `another checkout (${otherPack}), warm`,
  };
  const besides = Object.entries(beside)
    .filter(([v]) => variants.includes(v))
    .map(([v, what]) => `${what} ${vs(v)}`);
  const cpuNote = `the CLI's own CPU in ms (its children included, detached background work not): ${cpu}`;
  const out = [];
  if (variants.includes('collector')) out.push(session('collector', 'cold: the session starts the collector'));
  if (variants.includes('warm')) out.push(session('warm', 'warm: the collector already runs'));
  const last = out.at(-1);
  if (last) last.note += `. Beside it, same rounds: ${[...besides, cpuNote].join('; ')}`;
  else log(`  ${[...besides, cpuNote].join('; ')}`);
  return out;
}

export default async function bench(ctx) {
  const out = [];
  for (const [label, fn] of [
    ['critical path', benchCriticalPath],
    ['cpu', benchCpu],
    ['session', benchSession],
  ].filter(([l]) => !process.env.TWOL_BENCH_PARTS || process.env.TWOL_BENCH_PARTS.split(',').includes(l))) {
    const t = Date.now();
    out.push(...(await fn(ctx)));
    ctx.log(`${label} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return out.map(({ _ok, ...r }) => (_ok === false ? { ...r, note: `CHECK FAILED: ${r.note}` } : r));
}

// The critical path's sampler, run by benchCriticalPath in a fresh process.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'critical-path')
  process.stdout.write(JSON.stringify(criticalPathSamples(JSON.parse(process.argv[3]))));
