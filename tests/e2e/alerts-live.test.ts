// The proof of continuous alerting: the built dashboard server follows a live project while a script
// appends breaches (tool p95, tool failure rate, hook wait, a custom metric, a cost budget). With no
// command run, each shows as a `performance_alert` in the log; a local webhook receiver gets a POST
// (the first answer is a 500: it is retried), a stand-in `notify-send` on PATH records its arguments,
// the figures recover and the alerts resolve, and a metric hovering at its target alerts once.
// The 2 s of the issue is asserted as measured from the append to the alert line; timings are printed.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { newEvent, parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { appendEvent } from '../../lib/events/writer.ts';

const S1 = '11111111-1111-4111-8111-111111111111';
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'transcripts', 'claude');
/** The issue's bound, from the append of the event that causes a breach to its alert in the log. */
const ISSUE_BOUND_MS = 2000;
/** How long the poll waits before calling it a failure: generous, this machine is shared. */
const DEADLINE_MS = 20_000;

interface Scene {
  dir: string;
  argsFile: string;
  posts: Array<Record<string, unknown>>;
  receiver: http.Server;
  dash: BuiltDashboard;
  stderr: string;
}

const hook = (type: string, fields: Partial<TwoLEvent> = {}): TwoLEvent =>
  newEvent(type, type, { source: 'hook', agent_id: 'main', session_id: S1, hook_ms: 3, ...fields });
const tool = (name: string, ms: number, fields: Partial<TwoLEvent> = {}) =>
  hook('tool_complete', { tool_name: name, duration_ms: ms, ...fields });
const metric = (name: string, value: number) =>
  newEvent('metric', `${name} ${value}`, { payload: { name, value, unit: 'ms' } });

function alerts(dir: string): Array<{ key: string; state: string; severity: string; data: string }> {
  return fs
    .readFileSync(path.join(dir, '.2L', 'events.jsonl'), 'utf8')
    .split('\n')
    .map((l) => parseEventLine(l))
    .filter((e): e is TwoLEvent => e?.event_type === 'performance_alert')
    .map((e) => ({ ...(e.payload as { key: string; state: string; severity: string }), data: e.data }));
}

/** Append, then poll the log until `key` reaches `state`; the time from the append. */
async function until(dir: string, key: string, state: string, append: () => void): Promise<number> {
  const before = alerts(dir).filter((a) => a.key === key && a.state === state).length;
  const t0 = Date.now();
  append();
  for (;;) {
    if (alerts(dir).filter((a) => a.key === key && a.state === state).length > before) return Date.now() - t0;
    if (Date.now() - t0 > DEADLINE_MS)
      throw new Error(`no ${state} alert for ${key} after ${DEADLINE_MS} ms; alerts: ${JSON.stringify(alerts(dir))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function setUp(): Promise<Scene> {
  const dir = tempDir('alerts-live');
  fs.mkdirSync(path.join(dir, '.2L'));
  fs.writeFileSync(
    path.join(dir, '.2L', 'config.yaml'),
    `performance:
  targets:
    tool_p95_ms: { Grep: 2000 }
    tool_failure_rate: 10%
    hook_ms: 200
    # The pipeline's own time on this shared machine is not what this proof is about.
    event_processing_ms: null
    metrics:
      build_time: { max: 30000, stat: last, unit: ms }
  alerts:
    min_samples: 5
budgets:
  session_usd: 0.5
alerts:
  # Planted by the repository: must not be used (the user never approved it).
  webhook_url: http://127.0.0.1:9/exfiltrate
`,
  );
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), `${JSON.stringify(hook('session_start'))}\n`);
  // The user's own Claude config folder: transcripts (for the budget) and the webhook they chose.
  // The user's home is outside the project: a notifier inside it would never be run (notify.test.ts).
  const home = tempDir('alerts-home');
  const claude = path.join(home, '.claude');
  fs.cpSync(FIXTURES, claude, { recursive: true });
  const posts: Array<Record<string, unknown>> = [];
  let first = true;
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      if (first) {
        first = false; // one failure: the notice must be retried, not lost
        res.writeHead(500).end();
        return;
      }
      posts.push(JSON.parse(body) as Record<string, unknown>);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as { port: number }).port;
  fs.mkdirSync(path.join(claude, '2l'), { recursive: true });
  fs.writeFileSync(path.join(claude, '2l', 'config.yaml'), `alerts:\n  webhook_url: http://127.0.0.1:${port}/hook\n`);
  // A stand-in notifier on PATH that records its arguments, one per line.
  const bin = path.join(home, 'bin');
  const argsFile = path.join(home, 'notify-args.txt');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'notify-send'), `#!/bin/sh\nprintf '%s\\n' "$@" "--end--" >> '${argsFile}'\n`, {
    mode: 0o755,
  });
  const stderr = path.join(home, 'server.log');
  const env = {
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    HOME: home,
    CLAUDE_CONFIG_DIR: claude,
    TZ: 'UTC',
  };
  const dash = await startBuiltDashboard(dir, { env, stderrFile: stderr });
  return { dir, argsFile, posts, receiver, dash, stderr };
}

const live = suite('alerts: a live project, the real dashboard server, no command run');
let scene: Scene;
const timings: Record<string, number> = {};
live.before(async () => {
  scene = await setUp();
});
live.after(async () => {
  await scene.dash.close();
  await new Promise<void>((r) => scene.receiver.close(() => r()));
  console.log(`alert latency from append to alert line (ms): ${JSON.stringify(timings)}`);
});

live('each scripted breach is an alert within 2 s: tool p95, failure rate, hook wait, metric, budget', async () => {
  const { dir } = scene;
  // The budget: session S1's transcript is over $0.50, read once an event of the session arrives.
  timings['budget.session_usd'] = await until(dir, 'budget.session_usd', 'breach', () =>
    appendEvent(dir, hook('stop')),
  );
  timings['tool.Grep.p95'] = await until(dir, 'tool.Grep.p95', 'breach', () => {
    for (let i = 0; i < 5; i++) appendEvent(dir, tool('Grep', 3500));
  });
  // 6 failed of 5 + 3 + 6 calls (43 % once all are read), past twice the 10 % target: critical.
  timings.tool_failure_rate = await until(dir, 'tool_failure_rate', 'breach', () => {
    for (let i = 0; i < 3; i++) appendEvent(dir, tool('Read', 5));
    for (let i = 0; i < 6; i++)
      appendEvent(dir, hook('tool_error', { tool_name: 'Bash', duration_ms: 20, error: 'exit 1' }));
  });
  timings['hook_ms.p95'] = await until(dir, 'hook_ms.p95', 'breach', () => {
    for (let i = 0; i < 20; i++) appendEvent(dir, hook('user_prompt', { hook_ms: 900 }));
  });
  timings['metric.build_time'] = await until(dir, 'metric.build_time', 'breach', () =>
    appendEvent(dir, metric('build_time', 45_000)),
  );
  for (const [key, ms] of Object.entries(timings))
    assert.ok(ms <= ISSUE_BOUND_MS, `${key}: alert ${ms} ms after its event, past the issue's ${ISSUE_BOUND_MS} ms`);
  const fired = alerts(dir).filter((a) => a.state === 'breach');
  // The failure rate reaches critical. On the way up it may pass through the warning band first, as the
  // follower reads the appended lines in chunks (as on the way down, below): then it says so once more.
  const failure = fired.filter((a) => a.key === 'tool_failure_rate');
  assert.is(failure.at(-1)!.severity, 'critical', JSON.stringify(failure));
  assert.ok(failure.length <= 2, JSON.stringify(failure));
  assert.match(failure.at(-1)!.data, /^(Critical|Escalated to critical): tool failure rate [\d.]+ % > target 10 %$/);
  assert.is(fired.find((a) => a.key === 'tool.Grep.p95')!.data, 'Alert: Grep p95 3.5 s > target 2 s');
  assert.is(
    fired.find((a) => a.key === 'budget.session_usd')!.data,
    'Critical: session cost (11111111) $0.56 > target $0.50',
  );
  // Exactly one event per transition so far.
  assert.is(fired.length, new Set(fired.map((a) => a.key)).size);
});

live('a metric hovering at its target alerts once (hysteresis), then resolves once when it recovers', async () => {
  const { dir } = scene;
  for (const v of [29_000, 31_000, 28_500, 30_500, 29_500, 31_000]) {
    appendEvent(dir, metric('build_time', v));
    await new Promise((r) => setTimeout(r, 60));
  }
  timings['metric.build_time resolved'] = await until(dir, 'metric.build_time', 'resolved', () =>
    appendEvent(dir, metric('build_time', 1000)),
  );
  const states = alerts(dir)
    .filter((a) => a.key === 'metric.build_time')
    .map((a) => a.state);
  assert.equal(states, ['breach', 'resolved']);
});

live('recovered figures resolve their alerts', async () => {
  const { dir } = scene;
  // 6 failures of 214 calls: 2.8 %, inside 10 % less the hysteresis.
  timings['tool_failure_rate resolved'] = await until(dir, 'tool_failure_rate', 'resolved', () => {
    for (let i = 0; i < 200; i++) appendEvent(dir, tool('Read', 5));
  });
  timings['tool.Grep.p95 resolved'] = await until(dir, 'tool.Grep.p95', 'resolved', () => {
    for (let i = 0; i < 120; i++) appendEvent(dir, tool('Grep', 10));
  });
  timings['hook_ms.p95 resolved'] = await until(dir, 'hook_ms.p95', 'resolved', () => {
    for (let i = 0; i < 200; i++) appendEvent(dir, hook('stop'));
  });
  // One alert and one resolution each. On the way up or down a critical alert may pass through the warning
  // band as the follower reads the appended lines in chunks: that is a transition too, said once each way.
  for (const key of ['tool.Grep.p95', 'tool_failure_rate', 'hook_ms.p95']) {
    const seen = alerts(dir).filter((a) => a.key === key);
    assert.is(seen[0]!.state, 'breach', key);
    assert.is(seen.at(-1)!.state, 'resolved', key);
    assert.is(seen.filter((a) => a.state === 'resolved').length, 1, key);
    const between = seen.slice(1, -1).map((a) => a.data.replace(/:.*/s, ''));
    assert.ok(between.filter((d) => d === 'Escalated to critical').length <= 1, `${key}: ${between}`);
    assert.ok(between.filter((d) => d === 'Back to warning').length <= 1, `${key}: ${between}`);
    assert.ok(
      between.length === new Set(between).size &&
        between.every((d) => /^(Escalated to critical|Back to warning)$/.test(d)),
      `${key}: ${between}`,
    );
  }
});

live(
  'the user was told: webhook POSTs (retried after a 500) and the desktop notifier, never the planted URL',
  async () => {
    const deadline = Date.now() + DEADLINE_MS;
    const want = alerts(scene.dir).length;
    while (scene.posts.length < want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.is(scene.posts.length, want, 'one POST per alert event, the first after a retry');
    const grep = scene.posts.find((p) => (p.alert as { key: string }).key === 'tool.Grep.p95');
    assert.equal(grep, {
      text: '2L warning alert: Alert: Grep p95 3.5 s > target 2 s',
      alert: { key: 'tool.Grep.p95', state: 'breach', severity: 'warning', value: 3500, target: 2000, unit: 'ms' },
    });
    // Only summaries: no event text of the session reaches the webhook.
    assert.not.match(JSON.stringify(scene.posts), /exit 1|user_prompt/);
    const args = fs.readFileSync(scene.argsFile, 'utf8').split('--end--\n').filter(Boolean);
    assert.is(args.length, want, 'one desktop notification per alert event');
    assert.ok(
      args.some((a) =>
        /^--app-name=2L\n--urgency=critical\n--\n2L critical alert\nCritical: tool failure rate [\d.]+ % > target 10 %\n$/.test(
          a,
        ),
      ),
      args.join('|'),
    );
    assert.match(fs.readFileSync(scene.stderr, 'utf8'), /names a webhook \(alerts\.webhook_url\) that is not used/);
  },
);
live.run();
