// Black-box tests of the built metric command (dist/metric.mjs, and `2l metric`).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { run } from '../util/run.ts';
import { readEvents as events } from '../util/events.ts';

const METRIC = path.join(ROOT, 'dist', 'metric.mjs');
const TWOL = path.join(ROOT, 'dist', '2l.mjs');
const metric = (args: string[], cwd: string) =>
  run(process.execPath, [METRIC, ...args], { cwd, env: { PATH: process.env.PATH } });

const ok = suite('metric: writes one metric event');
ok('name, value, unit and labels, through `2l metric`', async () => {
  const project = tempDir('metric');
  const r = await run(
    process.execPath,
    [TWOL, 'metric', 'build_ms', '812.5', '--unit', 'ms', '--label', 'stage=lint', '--label', 'agent=b1'],
    { cwd: project, env: { PATH: process.env.PATH } },
  );
  assert.equal([r.code, r.stdout, r.stderr], [0, '', '']);
  const [e] = events(project);
  assert.equal(
    [e.event_type, e.source, e.data, e.payload],
    [
      'metric',
      'emit',
      'build_ms=812.5 ms',
      { name: 'build_ms', value: 812.5, unit: 'ms', labels: { agent: 'b1', stage: 'lint' } },
    ],
  );
});
ok('a negative value needs no `--`', async () => {
  const project = tempDir('metric');
  const r = await metric(['delta', '-4', '--label', 'k=-1'], project);
  assert.equal([r.code, r.stderr], [0, '']);
  assert.equal(events(project)[0].payload, { name: 'delta', value: -4, labels: { k: '-1' } });
});
ok('a secret in a label value is redacted', async () => {
  const project = tempDir('metric');
  await metric(['t', '1', '--label', 'url=postgres://u:hunter2hunter2@db/x'], project);
  assert.equal(events(project)[0].payload.labels, { url: 'postgres://u:[REDACTED]@db/x' });
});
ok('--help exits 0 with usage', async () => {
  const r = await metric(['--help'], '/');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^Usage: metric NAME VALUE/);
});
ok.run();

const bad = suite('metric: bad arguments exit 2, write nothing');
const cases: Array<[string, string[], RegExp]> = [
  ['nothing', [], /`NAME` and `VALUE` are required/],
  ['no value', ['x'], /required/],
  ['bad name', ['a.b', '1'], /is not a metric name/],
  ['not a number', ['x', 'twelve'], /is not a number/],
  ['newline in a label', ['x', '1', '--label', 'a=1\n# TYPE x counter'], /control character/],
  ['reserved label', ['x', '1', '--label', 'le=1'], /reserved/],
  ['extra argument', ['x', '1', '2'], /unexpected argument `2`/],
];
for (const [name, args, reason] of cases)
  bad(name, async () => {
    const project = tempDir('metric');
    const r = await metric(args, project);
    assert.equal([r.code, r.stdout], [2, '']);
    assert.match(r.stderr, reason);
    assert.not.ok(fs.existsSync(path.join(project, '.2L')));
  });
bad.run();

const planted = suite('metric: what a repository plants under .2L is never written through');
for (const p of PLANTS) {
  planted(`events.jsonl is ${p.name}: exit 1, nothing written`, async () => {
    const project = tempDir('metric');
    const outside = victim();
    fs.mkdirSync(path.join(project, '.2L'));
    p.plant(path.join(project, '.2L', 'events.jsonl'), outside);
    const r = await metric(['x', '1'], project);
    assert.equal([r.code, r.stdout], [1, '']);
    assert.match(r.stderr, p.refused);
    assert.ok(outside.unchanged());
  });
}
planted.run();
