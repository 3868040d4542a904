import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import { percentile } from '../../lib/monitor/percentiles.ts';
import {
  TAIL_BYTES,
  emptyCache,
  foldLines,
  histQuantile,
  parseCache,
  renderStatusLine,
} from '../../lib/monitor/statusline.ts';
import { ROOT } from '../util/claude.ts';
import { runHeld } from '../util/held-stdin.ts';
import { PLANTS, SECRET, victim } from '../util/hostile.ts';
import { hookEvent, lines, project, runDist, toolCall } from '../util/perf-fixtures.ts';

const NOW = new Date();
const fresh = <T extends { timestamp: string }>(e: T): T => ({
  ...e,
  timestamp: new Date(NOW.getTime() - 1000).toISOString(),
});

const pure = suite('statusline: fold and render');
pure("with no evaluator run, the session's own tool failure rate past 10 % is marked (33 % failed)", () => {
  const c = emptyCache();
  const evs = [
    ...Array.from({ length: 20 }, (_, i) => toolCall('Read', 100, i)),
    ...Array.from({ length: 10 }, (_, i) =>
      hookEvent('tool_error', 20 + i, { tool_name: 'Bash', duration_ms: 10, error: 'x' }),
    ),
  ].map(fresh);
  foldLines(c, lines(evs), false);
  const line = renderStatusLine({ session_id: 's1', model: { display_name: 'Opus' } }, c, { count: 0 }, NOW);
  assert.is(line, 'Opus · ctx - · 30 tools p95 100ms (10 failed, ⚠ 33%)');
  // Too few calls to judge: the count only.
  const few = emptyCache();
  foldLines(few, lines(evs.slice(15)), false);
  assert.match(renderStatusLine({ session_id: 's1' }, few, { count: 0 }, NOW), /\(10 failed\)$/);
});

pure('one line: model, context, tools with p95, failures, agents, alerts', () => {
  const c = emptyCache();
  const evs = [
    ...Array.from({ length: 19 }, (_, i) => toolCall('Read', 100, i)),
    toolCall('Bash', 2500, 20),
    hookEvent('tool_error', 21, { tool_name: 'Bash', duration_ms: 10, error: 'x' }),
    hookEvent('agent_start', 22, { agent_id: 'sub1', agent_type: 'Explore' }),
    hookEvent('agent_start', 23, { agent_id: 'sub2', agent_type: 'Plan' }),
    hookEvent('agent_complete', 24, { agent_id: 'sub2', agent_type: 'Plan' }),
    hookEvent('agent_complete', 25, { agent_id: 'compact', agent_type: '' }),
    newEvent('agent_spawn', '2L builder', { agent_id: 'builder-1' }),
    toolCall('Read', 1, 26, { session_id: 'other' }),
  ].map(fresh);
  foldLines(c, lines(evs), false);
  const payload = {
    session_id: 's1',
    model: { display_name: 'Opus 4.8 (1M context)' },
    context_window: { used_percentage: 12.6 },
  };
  // 21 durations: 19 x 100, 2500, 10 -> nearest-rank p95 = rank 20 of sorted = 100 (the 20th of 10,100x19,2500).
  assert.is(
    renderStatusLine(payload, c, { count: 2, first: 'hook p95 312ms>200ms' }, NOW),
    'Opus 4.8 (1M context) · ctx 13% · 21 tools p95 100ms (1 failed) · 2 agents · ⚠ hook p95 312ms>200ms +1',
  );
});
pure('before the first reply: no context figure; unknown session: 0 tools', () => {
  const payload = {
    session_id: 'new',
    model: { id: 'claude-x' },
    context_window: { used_percentage: null, current_usage: null, context_window_size: 200000 },
  };
  assert.is(renderStatusLine(payload, emptyCache(), { count: 0 }, NOW), 'claude-x · ctx - · 0 tools');
});
pure('context from current_usage when the percentage is missing', () => {
  const payload = {
    context_window: {
      context_window_size: 200_000,
      current_usage: {
        input_tokens: 10_000,
        cache_read_input_tokens: 30_000,
        cache_creation_input_tokens: 0,
        output_tokens: 5,
      },
    },
  };
  assert.is(renderStatusLine(payload, emptyCache(), { count: 0 }, NOW), 'Claude · ctx 20% · 0 tools');
});
pure('control characters in the model name are removed; __proto__ session is ignored', () => {
  const c = emptyCache();
  foldLines(c, lines([toolCall('Read', 1, 0, { session_id: '__proto__' })]), false);
  assert.is(
    renderStatusLine({ session_id: '__proto__', model: { display_name: 'A\u001b[2JB\u0007' } }, c, { count: 0 }, NOW),
    'A [2JB · ctx - · 0 tools',
  );
});
pure('partial counts are marked with +; stale agents are not counted', () => {
  const c = emptyCache();
  foldLines(c, lines([toolCall('Read', 5, 0), hookEvent('agent_start', 0, { agent_id: 'old' })]), true);
  assert.is(
    renderStatusLine({ session_id: 's1' }, c, { count: 0 }, new Date('2026-11-21T00:00:00Z')),
    'Claude · ctx - · 1+ tool p95 5ms',
  );
});
pure('histogram p95 is within 2 % of the exact nearest-rank value', () => {
  const c = emptyCache();
  const ds = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5000) + 1);
  foldLines(c, lines(ds.map((d, i) => toolCall('Bash', d, i))), false);
  const s = c.sessions.s1!;
  const exact = percentile(
    [...ds].sort((a, b) => a - b),
    95,
  )!;
  const got = histQuantile(s.hist, s.max, 95)!;
  assert.ok(Math.abs(got - exact) / exact < 0.02, `${got} vs ${exact}`);
});
pure('a corrupt cache is rebuilt', () => {
  for (const t of [undefined, '', '{', '[]', '{"v":2}', '{"v":1,"ino":"x"}']) assert.equal(parseCache(t), emptyCache());
});
pure.run();

pure('cost: the dollars of the session and of today, from the last cost_update (cumulative figures)', () => {
  const c = emptyCache();
  const cost = (usd: number, day: number, date: string) =>
    hookEvent('cost_update', 0, { payload: { cumulative: { totals: { usd } }, day: { date, usd: day } } });
  const today = `${NOW.getFullYear()}-${String(NOW.getMonth() + 1).padStart(2, '0')}-${String(NOW.getDate()).padStart(2, '0')}`;
  foldLines(c, lines([cost(0.05, 1.2, today), cost(0.1234, 1.5, today)].map(fresh)), false);
  const line = renderStatusLine({ session_id: 's1' }, c, { count: 0 }, NOW);
  assert.ok(line.includes('$0.12 · today $1.50'), line);
  // Yesterday's total is not today's; another session shows only today's.
  foldLines(c, lines([cost(0.2, 9, '2000-01-01')].map(fresh)), false);
  assert.ok(renderStatusLine({ session_id: 's1' }, c, { count: 0 }, NOW).endsWith('$0.20'));
  assert.not.ok(renderStatusLine({ session_id: 'other' }, c, { count: 0 }, NOW).includes('$'));
});

const bin = suite('statusline: script');
const run = (dir: string, payload: unknown) =>
  runDist('statusline.cjs', [], { cwd: dir, input: typeof payload === 'string' ? payload : JSON.stringify(payload) });
const payloadFor = (dir: string, extra = {}) => ({
  session_id: 's1',
  cwd: dir,
  workspace: { project_dir: dir, current_dir: dir },
  model: { display_name: 'Opus' },
  context_window: { used_percentage: 3 },
  ...extra,
});

bin('no .2L: prints a line, creates nothing', () => {
  const dir = fs.mkdtempSync(path.join(path.dirname(project()), 'bare-'));
  assert.equal(run(dir, payloadFor(dir)), { code: 0, stdout: 'Opus · ctx 3% · 0 tools\n', stderr: '' });
  assert.not.ok(fs.existsSync(path.join(dir, '.2L')));
});
bin('garbage or empty stdin still prints a line and exits 0', () => {
  const dir = project();
  for (const input of ['', 'not json', '[1,2]', 'null', '{"model":{"display_name":7}}']) {
    const r = run(dir, input);
    assert.is(r.code, 0);
    assert.is(r.stdout.split('\n').length, 2, `one line for ${input}`);
    assert.is(r.stderr, '');
  }
});
bin('reads only what was appended since the last run', () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 5, 0), toolCall('Read', 7, 1)].map(fresh)) });
  const log = path.join(dir, '.2L', 'events.jsonl');
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 2 tools p95 7ms\n');
  const cache = JSON.parse(fs.readFileSync(path.join(dir, '.2L', 'statusline-cache.json'), 'utf8'));
  assert.is(cache.offset, fs.statSync(log).size);
  fs.appendFileSync(log, lines([toolCall('Bash', 900, 2)].map(fresh)) + '{"timestamp":"partial');
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 3 tools p95 900ms\n');
  // The half-written line is read once it is complete, not before.
  fs.appendFileSync(log, `","event_type":"stop"}\n` + lines([toolCall('Bash', 10, 3)].map(fresh)));
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 4 tools p95 900ms\n');
});
bin('the cache is rewritten only after 64 KiB of new log, counts are right either way', () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 5, 0)].map(fresh)) });
  const log = path.join(dir, '.2L', 'events.jsonl');
  const cacheFile = path.join(dir, '.2L', 'statusline-cache.json');
  run(dir, payloadFor(dir));
  const first = fs.readFileSync(cacheFile, 'utf8');
  fs.appendFileSync(log, lines([toolCall('Read', 6, 1)].map(fresh)));
  assert.match(run(dir, payloadFor(dir)).stdout, / 2 tools /);
  assert.is(fs.readFileSync(cacheFile, 'utf8'), first, 'small backlog: not rewritten');
  fs.appendFileSync(
    log,
    lines(Array.from({ length: 300 }, (_, i) => toolCall('Read', 7, 2 + i, { data: 'y'.repeat(300) })).map(fresh)),
  );
  assert.match(run(dir, payloadFor(dir)).stdout, / 302 tools /);
  assert.is(JSON.parse(fs.readFileSync(cacheFile, 'utf8')).offset, fs.statSync(log).size, 'large backlog: rewritten');
});
bin('first run on a big log reads only its tail and marks the count partial', () => {
  const early = lines(Array.from({ length: 50 }, (_, i) => toolCall('Read', 5, i)));
  const filler = lines(
    Array.from({ length: 3000 }, (_, i) => hookEvent('stop', i, { session_id: 'other', data: 'x'.repeat(200) })),
  );
  const late = lines([toolCall('Read', 5, 9000)]);
  assert.ok(Buffer.byteLength(filler) > TAIL_BYTES);
  const dir = project({ 'events.jsonl': early + filler + late });
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 1+ tool p95 5ms\n');
});
bin('a rotation between runs loses nothing', () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 5, 0)]) });
  const log = path.join(dir, '.2L', 'events.jsonl');
  assert.match(run(dir, payloadFor(dir)).stdout, / 1 tool /);
  fs.appendFileSync(log, lines([toolCall('Read', 5, 1), toolCall('Read', 5, 2)]));
  fs.renameSync(log, path.join(dir, '.2L', 'events-20261120T120000000Z.jsonl'));
  fs.writeFileSync(log, lines([toolCall('Read', 5, 3)]));
  assert.match(run(dir, payloadFor(dir)).stdout, / 4 tools /);
});
bin('an oversized or foreign cache file is ignored and replaced', () => {
  const dir = project({
    'events.jsonl': lines([toolCall('Read', 5, 0)].map(fresh)),
    'statusline-cache.json': `{"v":1,"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`,
  });
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 1 tool p95 5ms\n');
  assert.ok(fs.statSync(path.join(dir, '.2L', 'statusline-cache.json')).size < 4096);
});
bin('active alerts come from .2L/alerts-state.json', () => {
  const state = {
    v: 1,
    active: { 'tool.Bash.p95': { label: 'Bash p95', since: 'x', value: 150_000, target: 120_000, unit: 'ms' } },
  };
  const dir = project({ 'alerts-state.json': JSON.stringify(state) });
  // Durations as people read them, not 150000ms.
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 0 tools · ⚠ Bash p95 3m>2m\n');
});
bin('only firing alerts show, critical first with its own marker; pending ones wait', () => {
  const state = {
    v: 1,
    active: {
      'tool.Bash.p95': {
        label: 'Bash p95',
        since: 'x',
        value: 150_000,
        target: 120_000,
        unit: 'ms',
        severity: 'warning',
      },
      tool_failure_rate: {
        label: 'tool failure rate',
        since: 'x',
        value: 0.333,
        target: 0.1,
        unit: 'ratio',
        severity: 'critical',
        state: 'firing',
      },
      'hook_ms.p95': { label: 'hook p95', since: 'x', value: 900, target: 200, unit: 'ms', state: 'pending' },
    },
  };
  const dir = project({ 'alerts-state.json': JSON.stringify(state) });
  assert.is(run(dir, payloadFor(dir)).stdout, 'Opus · ctx 3% · 0 tools · ‼ tool failure rate 33.3%>10% +1\n');
});
bin.run();

const planted = suite('statusline: what a repository plants under .2L is never read or written through');
const guarded = (dir: string, payload: unknown) =>
  runDist('statusline.cjs', [], { cwd: dir, input: JSON.stringify(payload), timeoutMs: 15_000 });
for (const name of ['events.jsonl', 'alerts-state.json', 'statusline-cache.json']) {
  for (const p of PLANTS) {
    planted(`${name} is ${p.name}: a line that says so, nothing read or written through it`, () => {
      const outside = victim();
      if (name === 'alerts-state.json')
        fs.writeFileSync(
          outside.file,
          JSON.stringify({ v: 1, active: { k: { label: SECRET, value: 9, target: 1, unit: 'ms' } } }),
        );
      const content = fs.readFileSync(outside.file, 'utf8');
      const dir = project(
        name === 'events.jsonl' ? {} : { 'events.jsonl': lines([toolCall('Read', 5, 0)].map(fresh)) },
      );
      p.plant(path.join(dir, '.2L', name), outside);
      const r = guarded(dir, payloadFor(dir));
      const tools = name === 'events.jsonl' ? '0 tools' : '1 tool p95 5ms';
      assert.equal(r, { code: 0, stdout: `Opus · ctx 3% · ${tools} · ⚠ .2L/${name} refused\n`, stderr: '' });
      assert.is(fs.readFileSync(outside.file, 'utf8'), content);
      assert.equal(fs.readdirSync(outside.dir), ['bashrc']);
    });
  }
}
planted('.2L is a link to another folder: nothing read there, no cache written there', () => {
  const outside = victim();
  fs.writeFileSync(
    path.join(outside.dir, 'events.jsonl'),
    lines([toolCall('Read', 5, 0, { data: SECRET })].map(fresh)),
  );
  const dir = fs.mkdtempSync(path.join(path.dirname(project()), 'linked-'));
  fs.symlinkSync(outside.dir, path.join(dir, '.2L'));
  assert.equal(guarded(dir, payloadFor(dir)), {
    code: 0,
    stdout: 'Opus · ctx 3% · 0 tools · ⚠ .2L refused\n',
    stderr: '',
  });
  assert.equal(fs.readdirSync(outside.dir).sort(), ['bashrc', 'events.jsonl']);
});
planted('stdin kept open: the 1 s deadline holds, a line is printed', async () => {
  const dir = project();
  const r = await runHeld(
    path.join(ROOT, 'dist', 'statusline.cjs'),
    JSON.stringify(payloadFor(dir)).slice(0, 40),
    { PATH: process.env.PATH, CLAUDE_PROJECT_DIR: dir },
    'socket',
  );
  assert.equal(r, { code: 0, stdout: 'Claude · ctx - · 0 tools\n', stderr: '' });
});
planted.run();
