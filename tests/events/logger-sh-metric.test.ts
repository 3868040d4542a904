// The bash logger's metrics (log_2l_metric, log_2l_time / 2l_time in lib/2l-event-logger.sh),
// held to the rules of lib/events/metric.ts case by case.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';
import { readEvents } from '../util/events.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { buildMetricPayload, readMetricPayload } from '../../lib/events/metric.ts';

const LOGGER = path.join(ROOT, 'lib', '2l-event-logger.sh');
/** `source LOGGER; <script>` under set -euo pipefail; `args` arrive as $A0, $A1, … (never re-quoted). */
function sh(project: string, script: string, args: string[] = []) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8' };
  args.forEach((a, i) => (env[`A${i}`] = a));
  return run('bash', ['--norc', '--noprofile', '-c', `source "${LOGGER}"; set -euo pipefail; ${script}`], {
    cwd: project,
    env,
  });
}
const argList = (n: number) => Array.from({ length: n }, (_, i) => `"$A${i}"`).join(' ');

const agree = suite('log_2l_metric: accepts and refuses exactly what `2l metric` does');
const cases: Array<[string, string, string | undefined, string[]]> = [
  ['build_ms', '12.5', 'ms', ['stage=lint']],
  ['x', '007.50', undefined, []],
  ['y', '-.5', undefined, []],
  ['z', '1e3', undefined, []],
  ['z', '.5e15', undefined, []],
  ['z', '999999999999999', undefined, []],
  ['z', '1e15', undefined, []],
  ['z', '.5e16', undefined, []],
  ['z', '-1e300', undefined, []],
  ['z', 'NaN', undefined, []],
  ['z', '0x10', undefined, []],
  ['z', '1 ', undefined, []],
  ['runs_count', '1', undefined, []],
  ['camelCase', '1', undefined, ['unit=ms']],
  ['bad name', '1', undefined, []],
  ['build.ms', '1', undefined, []],
  ['u', '1', 'm s', []],
  ['l', '1', undefined, ['le=1']],
  ['l', '1', undefined, ['a=1', 'a=2']],
  ['l', '1', undefined, ['a=tab\there']],
  ['l', '1', undefined, ['a-b=1']],
  ['l', '1', undefined, [`a=${'v'.repeat(129)}`]],
  ['l', '1', undefined, Array.from({ length: 9 }, (_, i) => `k${i}=v`)],
  ['l', '1', 'tasks/h', ['q=a=b "quoted" \\ ü']],
];
for (const [name, value, unit, labels] of cases) {
  agree(`${JSON.stringify([name, value, unit, ...labels]).slice(0, 70)}`, async () => {
    const project = tempDir('shm');
    const args = [name, value, unit ?? '-', ...labels];
    const r = await sh(project, `log_2l_metric ${argList(args.length)} && echo rc=0 || echo rc=$?`, args);
    const expected = buildMetricPayload(name, value, unit, labels);
    if (typeof expected === 'string') {
      assert.is(r.stdout, 'rc=1\n');
      assert.match(r.stderr, /^log_2l_metric: .*; metric not written\n$/);
      assert.not.ok(fs.existsSync(path.join(project, '.2L', 'events.jsonl')));
    } else {
      assert.equal([r.stdout, r.stderr], ['rc=0\n', '']);
      const [e] = readEvents(project);
      assert.equal([e.event_type, e.source, e.v], ['metric', 'emit', 1]);
      // The bash writer keeps the caller's label order; every reader sorts them.
      assert.equal(readMetricPayload(e.payload), expected);
    }
  });
}
agree.run();

const safety = suite("log_2l_metric: the logger's guarantees hold for metrics");
safety('a secret in a label value is redacted before it is written', async () => {
  const project = tempDir('shm');
  const args = ['t', '1', '-', 'note=key sk-ant-api03-abcdefghijklmnopqrstu'];
  await sh(project, `log_2l_metric ${argList(4)}`, args);
  assert.equal(readEvents(project)[0].payload.labels, { note: 'key [REDACTED:anthropic-key]' });
});
for (const p of PLANTS.filter((x) => !x.hangs || x.name === 'a FIFO')) {
  safety(`events.jsonl is ${p.name}: refused (rc 2), nothing written through it`, async () => {
    const project = tempDir('shm');
    const outside = victim();
    fs.mkdirSync(path.join(project, '.2L'));
    p.plant(path.join(project, '.2L', 'events.jsonl'), outside);
    const r = await sh(project, 'log_2l_metric t 1 && echo rc=0 || echo rc=$?');
    assert.is(r.stdout, 'rc=2\n');
    assert.match(r.stderr, p.refused);
    assert.ok(outside.unchanged());
  });
}
safety.run();

const timer = suite('2l_time: runs the command, records its wall time, keeps its exit status');
timer('a command that succeeds: its output and status, a metric in ms with exit=0', async () => {
  const project = tempDir('shm');
  const r = await sh(project, '2l_time nap -- bash -c "sleep 0.2; echo out"; echo "rc=$?"');
  assert.equal([r.stdout, r.stderr], ['out\nrc=0\n', '']);
  const [e] = readEvents(project);
  assert.equal([e.payload.name, e.payload.unit, e.payload.labels], ['nap', 'ms', { exit: '0' }]);
  assert.ok(e.payload.value >= 200 && e.payload.value < 5000, String(e.payload.value));
});
timer('a failing command under set -e: the caller sees its status, the metric says exit=3', async () => {
  const project = tempDir('shm');
  const r = await sh(project, '2l_time step -- bash -c "exit 3" || echo "kept=$?"');
  assert.is(r.stdout, 'kept=3\n');
  assert.equal(readEvents(project)[0].payload.labels, { exit: '3' });
});
timer('the status is kept even when the log cannot be written', async () => {
  const project = tempDir('shm');
  fs.symlinkSync('/dev/null', path.join(project, '.2L'));
  const r = await sh(project, 'log_2l_time step -- bash -c "exit 4" || echo "kept=$?"');
  assert.is(r.stdout, 'kept=4\n');
});
timer('without `--` it is a usage error (2) and runs nothing', async () => {
  const project = tempDir('shm');
  const r = await sh(project, 'log_2l_time step touch ran || echo "rc=$?"');
  assert.is(r.stdout, 'rc=2\n');
  assert.not.ok(fs.existsSync(path.join(project, 'ran')));
});
timer('sourcing in POSIX mode still works (2l_time is not a POSIX name; log_2l_time is there)', async () => {
  const project = tempDir('shm');
  const r = await run('bash', ['--posix', '--norc', '-c', `source "${LOGGER}"; log_2l_time t -- true; echo rc=$?`], {
    cwd: project,
    env: { PATH: process.env.PATH },
  });
  assert.equal([r.stdout, r.stderr], ['rc=0\n', '']);
  assert.is(readEvents(project)[0].payload.name, 't');
});
timer.run();
