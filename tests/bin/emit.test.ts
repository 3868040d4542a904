// Black-box tests of the built emitter CLI (dist/emit.mjs).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { run } from '../util/run.ts';
import { readEvents as events } from '../util/events.ts';

const EMIT = path.join(ROOT, 'dist', 'emit.mjs');
const emit = (args: string[], cwd: string, extra: Record<string, string> = {}) =>
  run(process.execPath, [EMIT, ...args], { cwd, env: { PATH: process.env.PATH, ...extra } });

const ok = suite('emit: writes');
ok('type, data, phase and agent', async () => {
  const project = tempDir('emit');
  const r = await emit(['phase_change', 'Building', '--phase', 'building', '--agent', 'builder-1'], project);
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  const [e] = events(project);
  assert.equal(
    [e.event_type, e.data, e.phase, e.agent_id, e.source, e.v],
    ['phase_change', 'Building', 'building', 'builder-1', 'emit', 1],
  );
});
ok('defaults match 2L: phase unknown, agent orchestrator', async () => {
  const project = tempDir('emit');
  await emit(['plan_start', 'Plan 1'], project);
  assert.equal([events(project)[0].phase, events(project)[0].agent_id], ['unknown', 'orchestrator']);
});
ok('every awkward character survives a round trip', async () => {
  const project = tempDir('emit');
  const data = 'back\\slash "quotes" \n newline \t tab \u0001\u001f ctl ünï 日本 😀 <img src=x onerror=alert(1)>';
  await emit(['agent_spawn', data], project);
  assert.is(events(project)[0].data, data);
});
ok('--project and CLAUDE_PROJECT_DIR choose the folder', async () => {
  const a = tempDir('emit');
  const b = tempDir('emit');
  await emit(['x_y', 'one', '--project', a], '/');
  await emit(['x_y', 'two'], '/', { CLAUDE_PROJECT_DIR: b });
  assert.is(events(a)[0].data, 'one');
  assert.is(events(b)[0].data, 'two');
});
ok('--payload is parsed, redacted and kept', async () => {
  const project = tempDir('emit');
  await emit(['cost_update', 'tokens', '--payload', '{"usd":0.12,"api_key":"sk-ant-api03-secretsecret"}'], project);
  assert.equal(events(project)[0].payload, { usd: 0.12, api_key: '[REDACTED]' });
});
ok('--help prints usage and exits 0', async () => {
  const r = await emit(['--help'], '/');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: emit <event_type> <data>/);
});
ok.run();

const bad = suite('emit: bad arguments exit 2 and write nothing');
const cases: Array<[string, string[], RegExp]> = [
  ['no arguments', [], /`event_type` and `data` are required/],
  ['no data', ['plan_start'], /required/],
  ['empty data', ['plan_start', ''], /required/],
  ['bad type', ['Plan Start!', 'x'], /is not an event type/],
  ['html type', ['<script>', 'x'], /is not an event type/],
  ['extra argument', ['plan_start', 'a', 'b'], /unexpected argument `b`/],
  ['unknown flag', ['plan_start', 'x', '--colour'], /--colour/],
  ['bad payload', ['plan_start', 'x', '--payload', '{nope'], /`--payload` is not valid JSON/],
];
for (const [name, args, err] of cases) {
  bad(name, async () => {
    const project = tempDir('emit');
    const r = await emit(args, project);
    assert.is(r.code, 2);
    assert.match(r.stderr, err);
    assert.is(r.stdout, '');
    assert.not.ok(fs.existsSync(path.join(project, '.2L')));
  });
}
bad('an unwritable log exits 1 with the reason', async () => {
  const project = tempDir('emit');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(path.join(project, '.2L', 'events.jsonl'), `${'x'.repeat(3000)}\n`);
  // ulimit -f 2: writes past 2 KiB fail with EFBIG, as a full disk fails with ENOSPC.
  const r = await run(
    'bash',
    ['--norc', '-c', 'ulimit -f 2 && exec "$0" "$@"', process.execPath, EMIT, 'plan_start', 'x'],
    { cwd: project, env: { PATH: process.env.PATH } },
  );
  assert.is(r.code, 1);
  assert.match(r.stderr, /could not write the event: .*EFBIG/);
});
bad('huge data is cut with a marker, still one valid line', async () => {
  const project = tempDir('emit');
  const r = await emit(['plan_start', 'z'.repeat(100_000)], project);
  assert.is(r.code, 0);
  assert.match(events(project)[0].data, /…\[truncated 98000 chars\]$/);
});
bad.run();

const planted = suite('emit: what a repository plants under .2L is never written through');
for (const p of PLANTS) {
  planted(`events.jsonl is ${p.name}: exit 1 naming the file, nothing written`, async () => {
    const project = tempDir('emit');
    const outside = victim();
    fs.mkdirSync(path.join(project, '.2L'));
    p.plant(path.join(project, '.2L', 'events.jsonl'), outside);
    const r = await emit(['plan_start', 'x'], project);
    assert.equal([r.code, r.stdout], [1, '']);
    assert.match(
      r.stderr,
      new RegExp(`^emit: could not write the event: ${project}/\\.2L/events\\.jsonl: ${p.refused.source}.*\n$`),
    );
    assert.ok(outside.unchanged());
  });
}
planted('.2L is a link to a folder outside: exit 1, nothing written there', async () => {
  const project = tempDir('emit');
  const outside = victim();
  fs.symlinkSync(outside.dir, path.join(project, '.2L'));
  const r = await emit(['plan_start', 'x'], project);
  assert.equal([r.code, r.stdout], [1, '']);
  assert.match(r.stderr, /^emit: could not write the event: .*\/\.2L: is a symbolic link/);
  assert.ok(outside.unchanged());
});
planted('a planted .rotate.lock: the event is written, a warning names the lock, exit 0', async () => {
  const project = tempDir('emit');
  const outside = victim();
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(
    path.join(project, '.2L', 'events.jsonl'),
    `${JSON.stringify({ timestamp: new Date().toISOString(), event_type: 'stop', data: 'x'.repeat(3000) })}\n`,
  );
  fs.symlinkSync(outside.dir, path.join(project, '.2L', '.rotate.lock'));
  const r = await emit(['plan_start', 'x'], project, { TWOL_LOG_MAX_BYTES: '2048' });
  assert.is(r.code, 0);
  assert.match(r.stderr, /^emit: warning: the log was not rotated: .*\.rotate\.lock: is a symbolic link/);
  assert.is(events(project).length, 2);
  assert.ok(outside.unchanged());
});
planted.run();
