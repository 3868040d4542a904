import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../util/claude.ts';
import { request } from '../util/http.ts';

const demo = suite('npm run demo');
demo('replays the recorded session into a live dashboard, then cleans up', async () => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts', 'demo.mjs'), '--no-open', '--speed', '40', '--exit'],
    { env: { ...process.env, TWOL_DASHBOARD_PORTS: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let summary: { events: number; plan: { status: string } } | undefined;
  child.stdout.on('data', (c: Buffer) => {
    out += c;
  });
  child.stderr.on('data', (c: Buffer) => (out += c));
  // Sample the live summary while the replay runs.
  const poll = setInterval(async () => {
    const m = /Dashboard: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(out);
    if (!m || out.includes('Stopped')) return;
    try {
      summary = JSON.parse((await request(Number(m[1]), `/api/summary?token=${m[2]}`)).body);
    } catch {
      /* stopping */
    }
  }, 100);
  const code = await new Promise((r) => child.on('close', r));
  clearInterval(poll);
  assert.is(code, 0, out);
  const lines = fs
    .readFileSync(path.join(ROOT, 'scripts', 'demo-session.jsonl'), 'utf8')
    .trim()
    .split('\n');
  assert.match(
    out,
    new RegExp(
      `^2L demo: replaying a recorded session \\(${lines.length} events\\) into (\\S+)\\nDashboard: http://127\\.0\\.0\\.1:\\d+/\\?token=[\\w-]{32}\\n`,
    ),
  );
  assert.match(
    out,
    /phase_change: exploration\n {2}phase_change: planning\n {2}phase_change: building\n {2}phase_change: integration\n {2}phase_change: validation\n {2}plan_complete: /,
  );
  assert.match(out, /Stopped the 2L dashboard for /);
  assert.ok(summary && summary.events > 0, 'the dashboard saw events while the replay ran');
  const dir = /into (\S+)\n/.exec(out)![1]!;
  assert.not.ok(fs.existsSync(dir), 'the demo project is removed');
});
demo('the recorded session is valid 2L events with the story the README promises', () => {
  const events = fs
    .readFileSync(path.join(ROOT, 'scripts', 'demo-session.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const types = new Set(events.map((e) => e.event_type));
  for (const t of [
    'plan_start',
    'phase_change',
    'agent_spawn',
    'agent_start',
    'agent_complete',
    'tool_start',
    'tool_complete',
    'tool_error',
    'plan_complete',
  ])
    assert.ok(types.has(t), t);
  assert.ok(new Set(events.filter((e) => e.tool_name).map((e) => e.tool_name)).size >= 6, 'varied tools');
  for (const e of events)
    assert.ok(typeof e.timestamp === 'string' && typeof e.event_type === 'string' && typeof e.data === 'string');
  const times = events.map((e) => Date.parse(e.timestamp));
  assert.equal(
    times,
    [...times].sort((a, b) => a - b),
    'in time order',
  );
});
demo.run();
