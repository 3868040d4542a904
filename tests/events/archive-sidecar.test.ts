import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readSidecar, sidecarPath, SIDECAR_MAX_BYTES, writeSidecar } from '../../lib/events/archive-sidecar.ts';
import { statLogFiles } from '../../lib/events/log-files.ts';
import { listArchives } from '../../lib/events/writer.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';
import { runSync } from '../util/run.ts';

const ARCHIVE = 'events-20260101T000000000Z.jsonl';
const SIDE = 'events-20260101T000000000Z.summary.json';
const payload = { events: 2, tools: ['Read'] };
const asIs = (v: unknown) => v as typeof payload;

function archived() {
  const dir = project({ [ARCHIVE]: lines([toolCall('Read', 1, 0), toolCall('Read', 2, 1)]) });
  const state = path.join(dir, '.2L');
  const file = () => statLogFiles(dir).find((f) => f.name === ARCHIVE)!;
  return { dir, state, file };
}

const basic = suite('archive-sidecar: kept beside the archive, used while the archive is unchanged');
basic('name: beside the archive, never itself listed as an archive', () => {
  assert.is(sidecarPath(`/p/.2L/${ARCHIVE}`), `/p/.2L/${SIDE}`);
  const { state } = archived();
  fs.writeFileSync(path.join(state, SIDE), '{}');
  assert.equal(
    listArchives(state).map((f) => path.basename(f)),
    [ARCHIVE],
  );
});
basic('written 0600, read back, and missing means undefined', () => {
  const { state, file } = archived();
  assert.is(readSidecar(file(), 'summary', asIs), undefined);
  assert.ok(writeSidecar(file(), 'summary', payload));
  assert.is(fs.statSync(path.join(state, SIDE)).mode & 0o777, 0o600);
  assert.equal(readSidecar(file(), 'summary', asIs), payload);
  assert.is(readSidecar(file(), 'other-kind', asIs), undefined);
});
const stale: Array<[string, (archive: string) => void]> = [
  ['the archive grew', (a) => fs.appendFileSync(a, lines([toolCall('Bash', 3, 2)]))],
  ['the archive was touched', (a) => fs.utimesSync(a, new Date(), new Date(Date.now() + 5000))],
  [
    'another file took its name (same size, same mtime)',
    (a) => {
      const st = fs.statSync(a);
      const copy = `${a}.new`;
      fs.copyFileSync(a, copy);
      fs.utimesSync(copy, st.atime, st.mtime);
      fs.renameSync(copy, a);
    },
  ],
];
for (const [name, change] of stale)
  basic(`stale when ${name}`, () => {
    const { state, file } = archived();
    assert.ok(writeSidecar(file(), 'summary', payload));
    change(path.join(state, ARCHIVE));
    assert.is(readSidecar(file(), 'summary', asIs), undefined);
  });
basic('the validator decides; one that throws counts as a refusal', () => {
  const { file } = archived();
  writeSidecar(file(), 'summary', payload);
  assert.is(
    readSidecar(file(), 'summary', () => undefined),
    undefined,
  );
  assert.is(
    readSidecar(file(), 'summary', () => {
      throw new Error('bad');
    }),
    undefined,
  );
});
basic.run();

const planted = suite('archive-sidecar: a planted sidecar is never followed, never trusted past its archive');
for (const p of PLANTS.filter((x) => !x.hangs))
  planted(`${p.name} at the sidecar's name: not read, and writing replaces the link, not its target`, () => {
    const v = victim();
    const { state, file } = archived();
    p.plant(path.join(state, SIDE), v);
    assert.is(readSidecar(file(), 'summary', asIs), undefined);
    assert.ok(writeSidecar(file(), 'summary', payload));
    assert.ok(fs.lstatSync(path.join(state, SIDE)).isFile());
    assert.ok(v.unchanged());
    assert.equal(readSidecar(file(), 'summary', asIs), payload);
  });
planted('a FIFO or a link to /dev/zero at its name does not hang the reader (child with a kill timer)', () => {
  const { state } = archived();
  const script = `
    const { readSidecar } = await import(${JSON.stringify(path.resolve('lib/events/archive-sidecar.ts'))});
    const { statLogFiles } = await import(${JSON.stringify(path.resolve('lib/events/log-files.ts'))});
    const f = statLogFiles(${JSON.stringify(path.dirname(state))}).find((x) => x.archive);
    process.stdout.write(String(readSidecar(f, 'summary', (v) => v)));`;
  for (const p of PLANTS.filter((x) => x.hangs)) {
    fs.rmSync(path.join(state, SIDE), { force: true });
    p.plant(path.join(state, SIDE), victim());
    const r = runSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeoutMs: 20_000,
    });
    assert.equal([r.code, r.stdout], [0, 'undefined'], `${p.name}: ${r.stderr}`);
  }
});
planted('a link to a valid sidecar made outside the project: not followed', () => {
  const { state, file } = archived();
  writeSidecar(file(), 'summary', payload);
  const outside = path.join(victim().dir, 'made.json');
  fs.renameSync(path.join(state, SIDE), outside);
  fs.symlinkSync(outside, path.join(state, SIDE));
  assert.is(readSidecar(file(), 'summary', asIs), undefined);
});
planted('larger than the cap: not read', () => {
  const { state, file } = archived();
  writeSidecar(file(), 'summary', payload);
  const text = fs.readFileSync(path.join(state, SIDE), 'utf8');
  fs.writeFileSync(path.join(state, SIDE), text.replace(/}$/, `,"pad":"${'x'.repeat(SIDECAR_MAX_BYTES)}"}`));
  assert.is(readSidecar(file(), 'summary', asIs), undefined);
});
const garbage = [
  '',
  'not json',
  'null',
  '[]',
  '{"v":2}',
  '{"v":1,"kind":"summary","archive":null}',
  '{"v":1,"kind":"summary","archive":{"size":"1"}}',
];
for (const text of garbage)
  planted(`garbage ${JSON.stringify(text)}: undefined, no throw`, () => {
    const { state, file } = archived();
    fs.writeFileSync(path.join(state, SIDE), text);
    assert.is(readSidecar(file(), 'summary', asIs), undefined);
  });
planted('a .2L that is a link: nothing written through it', () => {
  const v = victim();
  const { state, file } = archived();
  const f = file();
  const real = `${state}-real`;
  fs.renameSync(state, real);
  fs.symlinkSync(v.dir, state);
  assert.is(writeSidecar({ ...f, path: path.join(state, ARCHIVE) }, 'summary', payload), false);
  assert.ok(v.unchanged());
});
planted('not an archive (the live log), or not a regular file: never used', () => {
  const dir = project({ 'events.jsonl': lines([toolCall('Read', 1, 0)]) });
  const live = statLogFiles(dir)[0]!;
  assert.is(writeSidecar(live, 'summary', payload), false);
  assert.is(readSidecar(live, 'summary', asIs), undefined);
});
planted.run();
