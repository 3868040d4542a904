// Redaction (lib/redact.ts, issue 10): what the hook pays per event, and what a hostile payload can
// make it pay. CPU time of this process (the benches share a 2-core machine), medians of interleaved
// rounds, each against a reference measured in the same run:
// - worst case: a 1 MiB payload of adversarial strings (every shape in tests/util/adversarial.ts,
//   the worst one reported) through cleanPayload, against a benign MiB (source code, ls output, JSON);
// - the same on a bare 1 MiB string through redactString (callers that pass a whole URL or message);
// - per event: cleanPayload + the summary line on three typical hook payloads, this code against the
//   redaction before issue 10 (read from git; skipped with a note when git or that commit is missing),
//   and the largest of them against what every hook run pays anyway: starting node.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { interleave, median, pairedRatio, fmt, cpuPerRun, shellQuote } from './_util.mjs';

/** The redaction before issue 10 items 4 and 5 (parent of the commit that replaced it). */
const BEFORE = '2f9dd6f';
const MIB = 1 << 20;

function cpuMs(fn, reps) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000 / reps;
}

/** Realistic text: TypeScript, `ls -la`, JSON, prose; no secrets. */
function benign(chars) {
  const parts = [
    "import fs from 'node:fs';\nexport function readConfig(file: string): Config {\n  const text = fs.readFileSync(file, 'utf8');\n  return JSON.parse(text) as Config;\n}\n",
    '-rw-r--r--  1 dev dev  4821 Nov 20 23:10 package.json\ndrwxr-xr-x  5 dev dev  4096 Nov 20 23:11 src\n',
    '{"name": "app", "version": "1.4.2", "scripts": {"test": "vitest run", "build": "tsc -p ."}, "max_tokens": 4096}\n',
    'The build finished in 4.2 s; 128 tests passed. See https://example.com/docs/getting-started for the next steps.\n',
  ];
  let s = '';
  for (let i = 0; s.length < chars; i++) s += parts[i % parts.length];
  return s.slice(0, chars);
}

/**
 * ~1 MiB as a hook payload: 50 keys × 4 strings of 5 KiB, all inside cleanValue's bounds, so every
 * one is visited; each string differs (a numbered head), so none is answered from cleanPayload's memo.
 */
function mibPayload(make) {
  const out = {};
  for (let k = 0; k < 50; k++)
    out[`field_${k}`] = Array.from({ length: 4 }, (_, i) => `${k}.${i} ${make(5 * 1024 - 8)}`);
  return { tool_name: 'Bash', tool_input: { command: 'cat big.txt' }, tool_response: out };
}

/** Three hook payloads of the usual kinds (claude-code-reference.md §3 shapes). */
function typicalPayloads() {
  const ls = Array.from(
    { length: 24 },
    (_, i) => `-rw-r--r-- 1 dev dev ${1000 + i * 37} Nov 20 23:${String(10 + i).padStart(2, '0')} module-${i}.ts`,
  ).join('\n');
  const source = Array.from(
    { length: 120 },
    (_, i) => `  const value${i} = await load(config.items[${i}], { retries: 3, timeoutMs: 500 });`,
  ).join('\n');
  const base = {
    session_id: '3f2c9a4e-8d1b-4c7e-9a52-6b0e1f7d2c34',
    cwd: '/home/dev/app',
    permission_mode: 'default',
    effort: { level: 'high' },
    tool_use_id: 'toolu_01XFDUDYJgAACzvnptvVer6u',
  };
  return {
    'Bash (ls, 3 KB)': {
      ...base,
      hook_event_name: 'PostToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'ls -la src && git status --short', description: 'List sources' },
      tool_response: { stdout: ls, stderr: '', interrupted: false, isImage: false },
    },
    'Read (10 KB file)': {
      ...base,
      hook_event_name: 'PostToolUse',
      tool_name: 'Read',
      tool_input: { file_path: '/home/dev/app/src/load.ts' },
      tool_response: { type: 'text', file: { filePath: '/home/dev/app/src/load.ts', content: source, numLines: 120 } },
    },
    'Edit (diff)': {
      ...base,
      hook_event_name: 'PreToolUse',
      tool_name: 'Edit',
      tool_input: {
        file_path: '/home/dev/app/src/load.ts',
        old_string: source.slice(0, 800),
        new_string: source.slice(0, 800).replace(/retries: 3/g, 'retries: 5'),
      },
    },
  };
}

/** The per-event work of the hook: the summary line plus the payload. */
const perEvent = (mod, p) => () => {
  mod.cleanString(String(p.tool_input?.command ?? p.tool_input?.file_path ?? ''), 160);
  mod.cleanPayload(p);
};

/**
 * The adversarial shape that costs `fn` most (`build` turns a shape's maker into its input),
 * then that input against a benign one, interleaved: `{ shapes (costliest first), worst, benign }`.
 */
function worstAgainstBenign(adversarial, fn, build, benignInput, samples) {
  const shapes = adversarial
    .map(([name, make]) => {
      const input = build(make);
      return { name, input, ms: median([0, 1, 2].map(() => cpuMs(() => fn(input), 1))) };
    })
    .sort((a, b) => b.ms - a.ms);
  const s = interleave(
    [
      { name: 'worst', run: () => cpuMs(() => fn(shapes[0].input), 1) },
      { name: 'benign', run: () => cpuMs(() => fn(benignInput), 1) },
    ],
    { samples, warmup: 1 },
  );
  return { shapes, worst: s.worst, benign: s.benign };
}

function loadBefore(root, tmp) {
  const r = spawnSync('git', ['show', `${BEFORE}:lib/redact.ts`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return null;
  const file = path.join(tmp, 'redact-before.ts');
  fs.writeFileSync(file, r.stdout);
  return tsImport(file, import.meta.url);
}

export default async function bench({ root, tmp, quick, log }) {
  const now = await tsImport(path.join(root, 'lib', 'events', 'redact.ts'), import.meta.url);
  const { ADVERSARIAL } = await tsImport(path.join(root, 'tests', 'util', 'adversarial.ts'), import.meta.url);
  const before = await loadBefore(root, tmp);
  const samples = quick ? 5 : 15;
  const results = [];

  // ---- worst case per MiB, through cleanPayload (the hook's path)
  const hookPath = worstAgainstBenign(ADVERSARIAL, (p) => now.cleanPayload(p), mibPayload, mibPayload(benign), samples);
  log(`worst shape per MiB: ${hookPath.shapes[0].name}`);
  results.push({
    name: 'redact: worst adversarial MiB through cleanPayload (CPU)',
    unit: 'ms',
    samples: hookPath.worst,
    reference: { name: 'a benign MiB (code, ls output, JSON, prose)', samples: hookPath.benign },
    target: { ratio: 10 },
    note: `worst of ${ADVERSARIAL.length} shapes: ${hookPath.shapes[0].name}; paired ratio ${fmt(pairedRatio(hookPath.worst, hookPath.benign))}. Next worst: ${hookPath.shapes
      .slice(1, 4)
      .map(({ name, ms }) => `${name} ${fmt(ms, 1)} ms`)
      .join(', ')}. A hook payload is at most 4 MiB.`,
  });

  // ---- worst case per MiB, one bare string through redactString (no window)
  const bare = worstAgainstBenign(
    ADVERSARIAL,
    (s) => now.redactString(s),
    (make) => make(MIB),
    benign(MIB),
    samples,
  );
  let rawBefore = '';
  if (before) {
    // the shape issue 10 reported (`x+` repeated), at 64 KiB only: the old rules take seconds past that
    const s = 'x+'.repeat(32 * 1024);
    rawBefore = ` Before issue 10, \`x+\` × 32 Ki (64 KiB) alone took ${fmt(
      cpuMs(() => before.redactString(s), 1),
      0,
    )} ms (quadratic); now ${fmt(
      cpuMs(() => now.redactString(s), 1),
      1,
    )} ms.`;
  }
  results.push({
    name: 'redact: worst adversarial MiB as one string through redactString (CPU)',
    unit: 'ms',
    samples: bare.worst,
    reference: { name: 'a benign MiB as one string', samples: bare.benign },
    target: { ratio: 20 },
    note: `worst shape: ${bare.shapes[0].name}; paired ratio ${fmt(pairedRatio(bare.worst, bare.benign))}.${rawBefore}`,
  });

  // ---- per event, before and after
  const payloads = typicalPayloads();
  const reps = 200;
  for (const [label, p] of Object.entries(payloads)) {
    const variants = [{ name: 'now', run: () => cpuMs(perEvent(now, p), reps) }];
    if (before) variants.push({ name: 'before', run: () => cpuMs(perEvent(before, p), reps) });
    const s = interleave(variants, { samples, warmup: 2 });
    results.push({
      name: `redact: per event, ${label} (CPU, mean of ${reps})`,
      unit: 'ms',
      samples: s.now,
      ...(before ? { reference: { name: 'the same with the redaction before issue 10', samples: s.before } } : {}),
      note: `${fmt(median(s.now) * 1000, 0)} µs per event${before ? ` vs ${fmt(median(s.before) * 1000, 0)} µs before (paired ratio ${fmt(pairedRatio(s.now, s.before))}); the old rules missed a third of the corpus` : ` (git show ${BEFORE} failed: no before/after)`}; payload ${JSON.stringify(p).length} bytes. Informative.`,
    });
  }

  // ---- the largest per-event cost against node's own start-up, which every hook run pays
  const [bigLabel, bigPayload] = Object.entries(payloads).sort(
    (a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length,
  )[0];
  const nodeRuns = quick ? 3 : 5;
  const start = interleave(
    [
      { name: 'redact', run: () => cpuMs(perEvent(now, bigPayload), reps) },
      {
        name: 'node',
        run: () =>
          cpuPerRun({
            command: `${shellQuote(process.execPath)} -e ''`,
            runs: nodeRuns,
            inputFile: '/dev/null',
            cwd: root,
          }),
      },
    ],
    { samples: quick ? 3 : 7, warmup: 1 },
  );
  results.push({
    name: `redact: per event (${bigLabel}) against node start-up (CPU)`,
    unit: 'ms',
    samples: start.redact,
    reference: { name: "node -e '' CPU time per run", samples: start.node },
    target: { ratio: 0.02 },
    note: `redaction is ${fmt((median(start.redact) / median(start.node)) * 100, 2)} % of what starting node costs every hook run.`,
  });
  return results;
}
