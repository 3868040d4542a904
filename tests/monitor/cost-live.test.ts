import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { trackTurnCost } from '../../lib/monitor/cost-live.ts';
import { defaultCostConfig } from '../../lib/monitor/cost-config.ts';
import type { CostUpdate } from '../../lib/monitor/cost-turn.ts';

const SESSION = 'aaaaaaaa-1111-2222-3333-444444444444';

function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-live-'));
  const project = path.join(root, 'project');
  const rt = path.join(root, 'rt');
  const tdir = path.join(root, 'claude', 'projects', '-p');
  fs.mkdirSync(path.join(project, '.2L'), { recursive: true });
  fs.mkdirSync(rt, { mode: 0o700 });
  fs.mkdirSync(tdir, { recursive: true });
  return { root, project, rt, tdir, main: path.join(tdir, `${SESSION}.jsonl`) };
}

/** One assistant line: Sonnet 4.5 ($3 / $15 per million input / output). */
function line(msg: string, req: string, input: number, output: number, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({
    type: 'assistant',
    sessionId: SESSION,
    requestId: req,
    timestamp: '2026-11-30T10:00:00.000Z',
    version: '2.1.197',
    message: { id: msg, model: 'claude-sonnet-4-5', usage: { input_tokens: input, output_tokens: output } },
    ...extra,
  })}\n`;
}

async function turn(s: ReturnType<typeof setup>, hook = 'Stop', config = defaultCostConfig()) {
  return trackTurnCost({
    project: s.project,
    transcriptPath: s.main,
    hook,
    runtime: s.rt,
    config,
    now: () => new Date('2026-11-30T10:05:00.000Z'),
  });
}

function updates(project: string): Array<{ event_type: string; payload: CostUpdate & Record<string, unknown> }> {
  const file = path.join(project, '.2L', 'events.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
const costUpdates = (project: string) => updates(project).filter((e) => e.event_type === 'cost_update');

const turns = suite('cost-live: one cost_update per turn, delta and cumulative');

turns('streaming copies across turns are counted once; a turn without API calls writes nothing', async () => {
  const s = setup();
  fs.writeFileSync(s.main, line('m1', 'r1', 100, 1) + line('m1', 'r1', 100, 50) + line('m2', 'r2', 200, 20));
  await turn(s);
  // The last copy of m2 (more output) comes after the Stop: it replaces the one counted.
  fs.appendFileSync(s.main, line('m2', 'r2', 200, 80) + line('m3', 'r3', 1000, 10));
  await turn(s, 'SubagentStop');
  await turn(s, 'SessionEnd');
  const u = costUpdates(s.project);
  assert.is(u.length, 2);
  assert.equal(u[0]!.payload.cumulative.totals.tokens.input, 300);
  assert.equal(u[0]!.payload.cumulative.totals.tokens.output, 70);
  assert.equal(u[1]!.payload.delta.tokens.input, 1000);
  assert.equal(u[1]!.payload.delta.tokens.output, 60 + 10);
  assert.equal(u[1]!.payload.delta.requests, 1);
  const total = u[1]!.payload.cumulative.totals;
  assert.equal([total.tokens.input, total.tokens.output, total.requests], [1300, 140, 3]);
  assert.is(total.usd, Math.round(((1300 * 3 + 140 * 15) / 1e6) * 1e8) / 1e8);
  assert.equal(Object.keys(u[1]!.payload.cumulative.agents), ['main']);
  assert.is(u[1]!.payload.turn, 2);
});

turns('racing trackers: each byte is counted by one of them', async () => {
  const s = setup();
  fs.writeFileSync(s.main, line('m1', 'r1', 100, 10));
  await Promise.all([turn(s), turn(s, 'SubagentStop'), turn(s, 'SessionEnd')]);
  const u = costUpdates(s.project);
  assert.is(u.length, 1);
  assert.is(u[0]!.payload.cumulative.totals.requests, 1);
});

turns('subagent transcripts count under their agent; an unknown model is unpriced, not free', async () => {
  const s = setup();
  const sub = path.join(s.tdir, SESSION, 'subagents');
  fs.mkdirSync(sub, { recursive: true });
  fs.writeFileSync(s.main, line('m1', 'r1', 100, 10));
  const unknown = line('s1', 'q1', 5, 5).replace('claude-sonnet-4-5', 'mystery-model-9');
  fs.writeFileSync(path.join(sub, 'agent-abc123.jsonl'), unknown);
  await turn(s);
  const p = costUpdates(s.project)[0]!.payload;
  assert.equal(Object.keys(p.cumulative.agents).sort(), ['abc123', 'main']);
  assert.equal(p.unpriced_models, ['mystery-model-9']);
  assert.is(p.cumulative.totals.unpriced_tokens, 10);
  assert.is(p.cumulative.models['mystery-model-9']!.priced, false);
});

const bad = suite('cost-live: bad input is counted and reported, never double-counted');

bad('a transcript replaced (new file) or cut shorter is read again from its start, deduped', async () => {
  const s = setup();
  fs.writeFileSync(s.main, line('m1', 'r1', 100, 10) + line('m2', 'r2', 100, 10));
  await turn(s);
  // Replaced: a new file (its inode number may be the old one's) with other first bytes, the same responses, one more.
  fs.rmSync(s.main);
  fs.writeFileSync(
    s.main,
    '{"type":"summary"}\n' + line('m1', 'r1', 100, 10) + line('m2', 'r2', 100, 10) + line('m3', 'r3', 7, 7),
  );
  await turn(s);
  // Cut shorter, then one more response.
  fs.writeFileSync(s.main, line('m4', 'r4', 1, 1));
  await turn(s);
  const u = costUpdates(s.project);
  assert.is(u.length, 3);
  assert.equal(u[1]!.payload.input.restarted, [s.main]);
  assert.is(u[1]!.payload.input.duplicates, 2);
  assert.is(u[1]!.payload.delta.requests, 1);
  assert.equal(u[2]!.payload.input.restarted, [s.main]);
  assert.is(u[2]!.payload.cumulative.totals.requests, 4);
  assert.is(u[2]!.payload.cumulative.totals.tokens.input, 208);
});

bad('a 100 MB line is skipped and counted; the responses around it count', async () => {
  const s = setup();
  const fd = fs.openSync(s.main, 'w');
  fs.writeSync(fd, line('m1', 'r1', 100, 10));
  const chunk = Buffer.alloc(4 << 20, 0x61);
  fs.writeSync(fd, '{"type":"user","x":"');
  for (let i = 0; i < 25; i++) fs.writeSync(fd, chunk);
  fs.writeSync(fd, '"}\n');
  fs.writeSync(fd, line('m2', 'r2', 100, 10));
  fs.closeSync(fd);
  // 64 MiB per turn: the rest of the line and m2 come at the next turn.
  await turn(s);
  await turn(s);
  const u = costUpdates(s.project);
  const last = u.at(-1)!.payload;
  assert.is(last.cumulative.totals.requests, 2);
  assert.ok(u.reduce((n, e) => n + e.payload.input.skipped_lines, 0) >= 1);
  fs.rmSync(s.root, { recursive: true, force: true });
});

bad('a transcript path that is a symlink or a FIFO is refused: nothing read, nothing written, no hang', async () => {
  for (const kind of ['symlink', 'fifo']) {
    const s = setup();
    const real = path.join(s.root, 'real.jsonl');
    fs.writeFileSync(real, line('m1', 'r1', 100, 10));
    if (kind === 'symlink') fs.symlinkSync(real, s.main);
    else execFileSync('mkfifo', [s.main]);
    const written = await turn(s);
    assert.equal(written, [], kind);
    assert.equal(costUpdates(s.project), [], kind);
  }
});

bad('killed after saving its figures but before writing the slot files: the journal restores them', async () => {
  const s = setup();
  fs.writeFileSync(s.main, line('m1', 'r1', 100, 10));
  await turn(s);
  const dir = path.join(s.rt, 'cost', SESSION);
  for (const n of fs.readdirSync(dir)) if (n.startsWith('m-')) fs.rmSync(path.join(dir, n));
  // The final streaming copy of m1 arrives: it must replace, not add.
  fs.appendFileSync(s.main, line('m1', 'r1', 100, 30));
  await turn(s);
  const u = costUpdates(s.project);
  assert.is(u.at(-1)!.payload.cumulative.totals.requests, 1);
  assert.is(u.at(-1)!.payload.cumulative.totals.tokens.output, 30);
});

const budgets = suite('cost-live: budget crossings as performance_alert events');

budgets('a session and a daily budget each alert once, at the turn that crosses them', async () => {
  const s = setup();
  const config = { ...defaultCostConfig(), budgets: { session_usd: 0.01, daily_usd: 0.02 } };
  const alerts = () => updates(s.project).filter((e) => e.event_type === 'performance_alert');
  fs.writeFileSync(s.main, line('m1', 'r1', 1000, 0)); // $0.003
  await turn(s, 'Stop', config);
  assert.is(alerts().length, 0);
  fs.appendFileSync(s.main, line('m2', 'r2', 3000, 0)); // $0.012 in all
  await turn(s, 'Stop', config);
  assert.equal(
    alerts().map((e) => e.payload.key),
    [`budget:session_usd:${SESSION}`],
  );
  fs.appendFileSync(s.main, line('m3', 'r3', 3000, 0)); // $0.021
  await turn(s, 'Stop', config);
  fs.appendFileSync(s.main, line('m4', 'r4', 3000, 0));
  await turn(s, 'Stop', config);
  assert.equal(
    alerts().map((e) => e.payload.key),
    [`budget:session_usd:${SESSION}`, 'budget:daily_usd:2026-11-30'],
  );
});

turns.run();
bad.run();
budgets.run();
