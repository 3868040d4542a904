#!/usr/bin/env node
// `npm run demo`: replay a recorded 2L session (scripts/demo-session.jsonl) into a
// temporary project at a natural pace, with the live dashboard open on it.
// Options: --no-open, --speed N (N times faster), --exit (stop when the replay ends).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'no-open': { type: 'boolean' },
    speed: { type: 'string', default: '1' },
    exit: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run demo [-- --no-open] [--speed N] [--exit]\nReplays a recorded 2L session into a temporary project and opens its live dashboard.',
  );
  process.exit(0);
}
const speed = Math.max(0.1, Number(values.speed) || 1);
const MAX_GAP_MS = 1500; // long silences in the recording are shortened so the replay stays lively

if (!fs.existsSync(path.join(root, 'dist', 'dashboard.mjs')))
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), '2l-demo-')));
fs.mkdirSync(path.join(project, '.2L'), { mode: 0o700 });
const log = path.join(project, '.2L', 'events.jsonl');
const recorded = fs
  .readFileSync(path.join(root, 'scripts', 'demo-session.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const run = (script, args = []) =>
  spawnSync(process.execPath, [path.join(root, 'dist', script), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CLAUDE_PROJECT_DIR: project },
  });
const started = run('dashboard.mjs', ['--json', ...(values['no-open'] ? ['--no-open'] : [])]);
if (started.status !== 0) {
  process.stderr.write(started.stderr || started.stdout);
  process.exit(started.status ?? 1);
}
const { url } = JSON.parse(started.stdout);
console.log(`2L demo: replaying a recorded session (${recorded.length} events) into ${project}`);
console.log(`Dashboard: ${url}${values['no-open'] ? '' : '  (opening your browser)'}`);

let stopping = false;
function finish(code) {
  if (stopping) return;
  stopping = true;
  const s = run('dashboard-stop.mjs');
  process.stdout.write(s.stdout);
  fs.rmSync(project, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => finish(0));
process.on('SIGTERM', () => finish(0));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let prev = Date.parse(recorded[0].timestamp);
for (const [i, e] of recorded.entries()) {
  const gap = Math.min(MAX_GAP_MS, Math.max(0, Date.parse(e.timestamp) - prev));
  prev = Date.parse(e.timestamp);
  if (i > 0) await sleep(gap / speed);
  if (stopping) break;
  // Each line goes out in one append, like the pack's writer; times are rebased to now.
  fs.appendFileSync(log, `${JSON.stringify({ ...e, timestamp: new Date().toISOString() })}\n`);
  if (e.event_type === 'phase_change' || e.event_type === 'plan_complete') console.log(`  ${e.event_type}: ${e.data}`);
}
if (values.exit) finish(0);
console.log(`Replay finished. The dashboard stays up at ${url}; press Ctrl-C to stop it and remove the demo project.`);
setInterval(() => {}, 1 << 30);
