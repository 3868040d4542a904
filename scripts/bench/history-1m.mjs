// Issue 16's history targets at 1,000,000 events: realistic hook events of 489 bytes on average,
// rotated at 50 MiB as the writer rotates (events-<stamp>.jsonl archives, then the live log).
// Generated once into a temp folder and reused by later runs. Measured in the same run, rounds
// interleaved, medians:
// - dashboard start → full summary (`/api/state` answers once the whole log is summarised),
//   against bare `node -e ''`; promise ≤ 500 ms;
// - `/2l-status --json --no-alerts` against DuckDB's typed per-tool p95 query over the same
//   files (in-process query time, the figure the issue quotes); target ≤ 0.5×;
// - `/2l-query` with a filter: peak RSS (`/usr/bin/time -f %M`), against `jq -c` doing the same;
//   target ≤ 100 MB;
// - the session page of a session in the oldest archive, once the server has read the log;
//   target ≤ 300 ms.
// Run: `npm run bench -- history-1m` (or `node scripts/bench/history-1m.mjs` for a plain table).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const EVENTS = 1_000_000;
const ROTATE_BYTES = 50 * 1024 * 1024; // lib/events/writer.ts DEFAULT_MAX_LOG_BYTES
const LINE_BYTES = 489;
const T0 = Date.parse('2026-10-01T08:00:00.000Z');
const TOOLS = ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'Write', 'WebFetch', 'mcp__db__query'];
// A copy elsewhere (archives hard-linked) keeps concurrent runs from deleting each other's kept states.
const DATA_DIR = process.env.TWOL_BENCH_HISTORY_DIR ?? path.join(os.tmpdir(), '2l-bench-history-1m-v2');

/** One hook event, padded in `data` to LINE_BYTES (a command line or a file path, as real ones are). */
function line(i) {
  const session = `${String(Math.floor(i / 5000)).padStart(8, '0')}-9b7d-4c1e-a3f2-1d8e5b7c9a01`;
  const k = i % 5000;
  const tool = TOOLS[i % TOOLS.length];
  const failed = i % 97 === 1;
  const base = {
    timestamp: new Date(T0 + i * 250).toISOString(),
    event_type:
      k === 0
        ? 'session_start'
        : k === 4999
          ? 'session_end'
          : i % 2
            ? failed
              ? 'tool_error'
              : 'tool_complete'
            : 'tool_start',
    phase: 'building',
    agent_id: i % 7 === 0 ? `agent-${i % 5}` : 'main',
    data: '',
    v: 1,
    source: 'hook',
    session_id: session,
    hook: i % 2 ? 'PostToolUse' : 'PreToolUse',
    tool_name: tool,
    tool_use_id: `toolu_01${String(i).padStart(22, '0')}`,
    ...(i % 2 ? { duration_ms: (i * 7919) % 4000, ...(failed ? { error: 'Exit code 1' } : {}) } : {}),
    hook_ms: 2 + (i % 13) / 10,
  };
  const bare = JSON.stringify(base).length;
  base.data = `${tool}: npm test -- --grep case-${i} `.padEnd(Math.max(10, LINE_BYTES - bare), 'x');
  return JSON.stringify(base);
}

/** The data set, made once: archives of ≥ 50 MiB named by the time of their last event, then the live log. */
function dataset(log) {
  const state = path.join(DATA_DIR, '.2L');
  if (fs.existsSync(path.join(DATA_DIR, '.complete'))) {
    // States kept by an earlier run go: each run times the first start and status that build them.
    for (const f of fs.readdirSync(state)) if (/\.(status|dashboard)\.json$/.test(f)) fs.rmSync(path.join(state, f));
    return DATA_DIR;
  }
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(state, { recursive: true, mode: 0o700 });
  const live = path.join(state, 'events.jsonl');
  let fd = fs.openSync(live, 'w', 0o600);
  let size = 0;
  let part = [];
  const flush = (i) => {
    const buf = Buffer.from(`${part.join('\n')}\n`);
    part = [];
    fs.writeSync(fd, buf);
    size += buf.length;
    if (size >= ROTATE_BYTES) {
      fs.closeSync(fd);
      const stamp = new Date(T0 + i * 250).toISOString().replace(/[-:.]/g, '');
      const archive = path.join(state, `events-${stamp}.jsonl`);
      fs.renameSync(live, archive);
      // Last written when its last event was, as the writer leaves an archive.
      fs.utimesSync(archive, new Date(T0 + i * 250), new Date(T0 + i * 250));
      fd = fs.openSync(live, 'w', 0o600);
      size = 0;
    }
  };
  // Chunks of 100 events: rotation lands within 50 KB of where the writer's would.
  for (let i = 0; i < EVENTS; i++) {
    part.push(line(i));
    if (part.length === 100) flush(i);
  }
  if (part.length) flush(EVENTS - 1);
  fs.closeSync(fd);
  fs.writeFileSync(path.join(DATA_DIR, '.complete'), '');
  log(`generated ${EVENTS} events in ${DATA_DIR}`);
  return DATA_DIR;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timed(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 300)}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

/** Peak RSS in MB of a command, by GNU time (its last stderr line). */
function peakRss(cmd, args, opts = {}) {
  const r = timed('/usr/bin/time', ['-f', '%M', cmd, ...args], opts);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { mb: kb / 1024, ms: r.ms, stdout: r.stdout };
}

function get(port, route, token) {
  const p = `${route}${route.includes('?') ? '&' : '?'}token=${token}`;
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: p }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      })
      .on('error', reject);
  });
}

function startDashboard(root, dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'dist', 'dashboard.mjs'), '--no-open', '--port', '0', '--json'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`dashboard exited ${code}`));
      const r = JSON.parse(out);
      resolve({ ...r, token: new URL(r.url).searchParams.get('token') });
    });
  });
}

function stopDashboard(root, dir) {
  spawnSync(process.execPath, [path.join(root, 'dist', 'dashboard-stop.mjs')], { cwd: dir, stdio: 'ignore' });
}

/** DuckDB's per-tool p95 over the same files, typed columns; the query's own time (the database already open). */
function duckdbScript(dir) {
  return `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const t = performance.now();
    const r = await c.runAndReadAll(\`SELECT tool_name, count(*) AS calls, quantile_cont(duration_ms, 0.95) AS p95
      FROM read_json('${dir}/.2L/events*.jsonl', format='newline_delimited',
        columns={timestamp: 'VARCHAR', event_type: 'VARCHAR', tool_name: 'VARCHAR', duration_ms: 'DOUBLE', session_id: 'VARCHAR'})
      WHERE event_type IN ('tool_complete', 'tool_error') GROUP BY 1 ORDER BY 2 DESC\`);
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ ms, rows: r.getRowObjectsJson() }));`;
}

export default async function bench({ root, quick, log = console.error }) {
  const dir = dataset(log);
  const bytes = fs
    .readdirSync(path.join(dir, '.2L'))
    .filter((f) => f.endsWith('.jsonl'))
    .reduce((n, f) => n + fs.statSync(path.join(dir, '.2L', f)).size, 0);
  const files = fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.jsonl')).length;
  const rounds = quick ? 3 : 5;
  const bare = [];
  const start = [];
  const status = [];
  const statusRss = [];
  const duck = [];
  const duckProcess = [];
  const queryRss = [];
  const queryMs = [];
  const jqRss = [];
  const page = [];
  const loads = [];
  const filter = '$[?(@.event_type=="tool_error")].tool_name';
  // The Summary alone from the archives' kept states plus the live log, in-process: the part of a
  // dashboard start or a /2l-status run that reads the history, without process start-up or the other readers.
  const { mergeArchiveSummaries } = await tsImport(
    path.join(root, 'lib', 'monitor', 'archive-summaries.ts'),
    import.meta.url,
  );
  const { Summary } = await tsImport(path.join(root, 'lib', 'monitor', 'summary.ts'), import.meta.url);
  const { streamFiles } = await tsImport(path.join(root, 'lib', 'events', 'stream.ts'), import.meta.url);
  const { mergeLivePrefix } = await tsImport(path.join(root, 'lib', 'monitor', 'live-prefix.ts'), import.meta.url);
  const fromStates = async () => {
    const t = performance.now();
    const s = new Summary();
    const r = await mergeArchiveSummaries(dir, { summary: s });
    // The live log's kept prefix as /2l-status keeps it (everything is older than its alert window here), then the rest.
    const live = path.join(dir, '.2L', 'events.jsonl');
    const p = mergeLivePrefix(dir, { summary: s }, { before: Date.now() - 3_600_000, kind: 'status' });
    const resume = p && { file: live, fd: p.fd, start: p.offset };
    for await (const e of streamFiles([live], { chunkBytes: 1 << 20, resume })) s.add(e);
    const snap = s.snapshot();
    return {
      ms: performance.now() - t,
      stats: { reused: r.reused, built: r.built, unkept: r.unkept },
      events: snap.events,
    };
  };
  const merged = [];
  // The first dashboard start and the first /2l-status read every archive and keep their states: timed apart.
  let t = performance.now();
  timed(process.execPath, [path.join(root, 'dist', 'status.mjs'), '--json', '--no-alerts', '--project', dir]);
  const firstStatus = performance.now() - t;
  t = performance.now();
  const warm = await startDashboard(root, dir);
  await get(warm.port, '/api/state', warm.token);
  const firstStart = performance.now() - t;
  stopDashboard(root, dir);
  log(
    `first dashboard start ${firstStart.toFixed(0)} ms, first /2l-status ${firstStatus.toFixed(0)} ms (each builds its kept states)`,
  );
  await fromStates(); // warm-up (the states are there now)
  for (let r = 0; r < rounds; r++) {
    loads.push(os.loadavg()[0]);
    bare.push(timed(process.execPath, ['-e', '']).ms);
    merged.push((await fromStates()).ms);
    // Dashboard: start → /api/state (answers once the whole log is summarised).
    t = performance.now();
    const d = await startDashboard(root, dir);
    const s = await get(d.port, '/api/state', d.token);
    start.push(performance.now() - t);
    if (s.status !== 200) throw new Error(`/api/state answered ${s.status}`);
    // Session page of a session in the oldest archive, once the history is indexed.
    await get(d.port, '/api/sessions', d.token);
    const id = `${'00000001'}-9b7d-4c1e-a3f2-1d8e5b7c9a01`;
    t = performance.now();
    const p = await get(d.port, `/api/sessions/${id}`, d.token);
    page.push(performance.now() - t);
    if (p.status !== 200) throw new Error(`session page answered ${p.status}: ${p.body.slice(0, 200)}`);
    stopDashboard(root, dir);
    // /2l-status, whole process, and its peak RSS.
    const st = peakRss(process.execPath, [
      path.join(root, 'dist', 'status.mjs'),
      '--json',
      '--no-alerts',
      '--project',
      dir,
    ]);
    status.push(st.ms);
    statusRss.push(st.mb);
    // DuckDB in the same round.
    const dq = timed(process.execPath, ['--input-type=module', '-e', duckdbScript(dir)], { cwd: root });
    duck.push(JSON.parse(dq.stdout).ms);
    duckProcess.push(dq.ms);
    // /2l-query with a filter, and jq doing the same, peak RSS.
    const q = peakRss(process.execPath, [path.join(root, 'dist', 'query.mjs'), filter, '--compact', '--project', dir]);
    queryRss.push(q.mb);
    queryMs.push(q.ms);
    const logs = fs
      .readdirSync(path.join(dir, '.2L'))
      .filter((f) => f.endsWith('.jsonl'))
      .sort((a, b) => (a === 'events.jsonl' ? 1 : b === 'events.jsonl' ? -1 : a < b ? -1 : 1))
      .map((f) => path.join(dir, '.2L', f));
    jqRss.push(
      peakRss('jq', ['-c', 'select(.event_type=="tool_error") | .tool_name', ...logs], {
        stdio: ['ignore', 'ignore', 'pipe'],
      }).mb,
    );
    log(
      `round ${r + 1}/${rounds}: start ${start.at(-1).toFixed(0)} ms, status ${status.at(-1).toFixed(0)} ms, duckdb ${duck.at(-1).toFixed(0)} ms, query ${queryRss.at(-1).toFixed(0)} MB, page ${page.at(-1).toFixed(0)} ms, load ${loads.at(-1).toFixed(1)}`,
    );
  }
  const note = `${EVENTS.toLocaleString('en')} events, ${(bytes / 1e6).toFixed(0)} MB in ${files} files; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (2 cores)`;
  return [
    {
      name: 'dashboard start → full summary (/api/state), 1M events',
      unit: 'ms',
      samples: start,
      reference: { name: "bare `node -e ''`", samples: bare },
      target: { max: 500 },
      note: `${note}; the first start, which builds the kept states, ${firstStart.toFixed(0)} ms`,
    },
    {
      name: 'Summary alone from the kept archive states + live log, in-process, 1M events',
      unit: 'ms',
      samples: merged,
      reference: { name: "bare `node -e ''`", samples: bare },
      note: 'no process start-up, no other reader: the floor under a start or a status run',
    },
    {
      name: '/2l-status --json, 1M events',
      unit: 'ms',
      samples: status,
      reference: { name: "DuckDB's typed per-tool p95 query, same files (query time)", samples: duck },
      target: { ratio: 0.5 },
      note: `DuckDB whole process ${median(duckProcess).toFixed(0)} ms; /2l-status peak RSS ${median(statusRss).toFixed(0)} MB; its first run (builds the kept states) ${firstStatus.toFixed(0)} ms`,
    },
    {
      name: '/2l-query with a filter, peak RSS, 1M events',
      unit: 'MB',
      samples: queryRss,
      reference: { name: 'jq -c select(…) over the same files', samples: jqRss },
      target: { max: 100 },
      note: `wall ${median(queryMs).toFixed(0)} ms`,
    },
    {
      name: 'session page of an archived session, 1M events',
      unit: 'ms',
      samples: page,
      target: { max: 300 },
      note: 'GET /api/sessions/<id> after the history is indexed',
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const quick = process.argv.includes('--quick');
  if (process.argv.includes('--generate')) dataset(console.error);
  else
    for (const r of await bench({ root, quick })) {
      const ref = r.reference
        ? `, reference ${median(r.reference.samples).toFixed(1)} (${r.reference.name}), ratio ${(median(r.samples) / median(r.reference.samples)).toFixed(2)}`
        : '';
      console.log(
        `${r.name}: median ${median(r.samples).toFixed(1)} ${r.unit}${ref}; target ${JSON.stringify(r.target ?? {})}; ${r.note}`,
      );
    }
}
