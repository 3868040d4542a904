// The cumulative state of the oldest archives (events/archive-sidecar.ts `readChainState`):
// used only for the exact chain of archives it names, and as hostile as any file in `.2L/`.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chainPath, readChainState, SIDECAR_MAX_BYTES, writeChainState } from '../../lib/events/archive-sidecar.ts';
import { statLogFiles } from '../../lib/events/log-files.ts';
import { listArchives } from '../../lib/events/writer.ts';
import { PLANTS, victim } from '../util/hostile.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';
import { runSync } from '../util/run.ts';

const A1 = 'events-20260101T000000000Z.jsonl';
const A2 = 'events-20260101T010000000Z.jsonl';
const A3 = 'events-20260101T020000000Z.jsonl';
const payload = { events: 4, tools: ['Read'] };
const asIs = (v: unknown) => v as typeof payload;

function archived(names = [A1, A2, A3]) {
  const files: Record<string, string> = {};
  for (const [i, n] of names.entries()) files[n] = lines([toolCall('Read', i + 1, i)]);
  const dir = project(files);
  const state = path.join(dir, '.2L');
  const archives = () => statLogFiles(dir).filter((f) => f.archive);
  const side = chainPath(state, 'status');
  const read = () => readChainState(state, archives(), 'status', asIs);
  const write = (n = 2) => writeChainState(archives().slice(0, n), 'status', payload);
  return { dir, state, archives, side, read, write };
}

const chain = suite('archive-sidecar chain: one state for the oldest archives, used while they are the same');
chain('kept 0600 in .2L, never listed as an archive, read back with how many archives it covers', () => {
  const a = archived();
  assert.ok(a.write(2));
  assert.is(a.side, path.join(a.state, 'events.history.status.json'));
  assert.is(fs.statSync(a.side).mode & 0o777, 0o600);
  assert.equal(a.read(), { count: 2, payload });
  assert.equal(
    listArchives(a.state).map((f) => path.basename(f)),
    [A1, A2, A3],
  );
  // Another kind is another file.
  assert.is(readChainState(a.state, a.archives(), 'dashboard', asIs), undefined);
});
chain(
  'an archive of the chain pruned, touched, replaced or grown, or the chain longer than the archives: not used',
  () => {
    const cases: Array<[string, (a: ReturnType<typeof archived>) => void]> = [
      ['the oldest pruned', (a) => fs.rmSync(path.join(a.state, A1))],
      ['one touched', (a) => fs.utimesSync(path.join(a.state, A2), new Date(5e12), new Date(5e12))],
      [
        'one replaced by a copy (another inode)',
        (a) => {
          fs.copyFileSync(path.join(a.state, A1), path.join(a.state, 'x'));
          fs.renameSync(path.join(a.state, 'x'), path.join(a.state, A1));
        },
      ],
      ['one grown', (a) => fs.appendFileSync(path.join(a.state, A2), lines([toolCall('Read', 9, 9)]))],
      ['all but one removed', (a) => [A1, A2].forEach((n) => fs.rmSync(path.join(a.state, n)))],
    ];
    for (const [name, change] of cases) {
      const a = archived();
      a.write(2);
      change(a);
      assert.is(a.read(), undefined, name);
    }
    // An archive added after the chain leaves it usable: it covers the first two.
    const a = archived([A1, A2]);
    a.write(2);
    fs.writeFileSync(path.join(a.state, A3), lines([toolCall('Read', 3, 3)]));
    assert.equal(a.read(), { count: 2, payload });
  },
);
chain('copied from another project with the same archive names: not used', () => {
  const a = archived();
  const b = archived();
  a.write(2);
  fs.copyFileSync(a.side, b.side);
  assert.is(b.read(), undefined);
});
chain('a chain entry renamed to another archive (same identity, other name): not used', () => {
  const a = archived();
  a.write(2);
  const doc = JSON.parse(fs.readFileSync(a.side, 'utf8'));
  doc.chain[1].name = A3;
  fs.writeFileSync(a.side, JSON.stringify(doc));
  assert.is(a.read(), undefined);
});
chain.run();

const planted = suite('archive-sidecar chain: a planted cumulative state is never followed, never trusted');
for (const p of PLANTS.filter((x) => !x.hangs))
  planted(`${p.name} at its name: not read, and writing replaces the link, not its target`, () => {
    const v = victim();
    const a = archived();
    p.plant(a.side, v);
    assert.is(a.read(), undefined);
    assert.ok(a.write());
    assert.ok(fs.lstatSync(a.side).isFile());
    assert.ok(v.unchanged());
    assert.equal(a.read(), { count: 2, payload });
  });
planted('a FIFO or a link to /dev/zero at its name does not hang the reader (child with a kill timer)', () => {
  const a = archived();
  const script = `
    const { readChainState } = await import(${JSON.stringify(path.resolve('lib/events/archive-sidecar.ts'))});
    const { statLogFiles } = await import(${JSON.stringify(path.resolve('lib/events/log-files.ts'))});
    const files = statLogFiles(${JSON.stringify(a.dir)}).filter((x) => x.archive);
    process.stdout.write(String(readChainState(${JSON.stringify(a.state)}, files, 'status', (v) => v)));`;
  for (const p of PLANTS.filter((x) => x.hangs)) {
    fs.rmSync(a.side, { force: true });
    p.plant(a.side, victim());
    const r = runSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeoutMs: 20_000,
    });
    assert.equal([r.code, r.stdout], [0, 'undefined'], `${p.name}: ${r.stderr}`);
  }
});
planted('a link to a valid state made outside the project: not followed', () => {
  const a = archived();
  a.write();
  const outside = path.join(victim().dir, 'made.json');
  fs.renameSync(a.side, outside);
  fs.symlinkSync(outside, a.side);
  assert.is(a.read(), undefined);
});
planted('larger than the cap: not read', () => {
  const a = archived();
  a.write();
  const text = fs.readFileSync(a.side, 'utf8');
  fs.writeFileSync(a.side, text.replace(/}$/, `,"pad":"${'x'.repeat(SIDECAR_MAX_BYTES)}"}`));
  assert.is(a.read(), undefined);
});
planted('garbage, `__proto__` and other shapes: undefined, no throw, nothing polluted', () => {
  const a = archived();
  a.write();
  const good = JSON.parse(fs.readFileSync(a.side, 'utf8'));
  for (const text of [
    '',
    'not json',
    'null',
    '[]',
    '{"v":1,"kind":"status","chain":null,"payload":{}}',
    '{"v":1,"kind":"status","chain":[],"payload":{}}',
    '{"v":1,"kind":"status","chain":[null],"payload":{}}',
    '{"v":1,"kind":"status","chain":"xx","payload":{}}',
    `{"v":1,"kind":"status","__proto__":{"chain":${JSON.stringify(good.chain)},"payload":{}}}`,
    JSON.stringify({ ...good, kind: 'dashboard' }),
    JSON.stringify({ ...good, v: 2 }),
    // An entry whose identity is only under `__proto__` (JSON.parse makes it an own key, never a prototype).
    JSON.stringify({ ...good, chain: [{ name: A1, x: good.chain[0] }] }).replace('"x"', '"__proto__"'),
  ]) {
    fs.writeFileSync(a.side, text);
    assert.is(a.read(), undefined, text.slice(0, 80));
  }
  assert.is(({} as Record<string, unknown>).chain, undefined);
  // A payload the caller's validator refuses (or throws on) is not used either.
  a.write();
  assert.is(
    readChainState(a.state, a.archives(), 'status', () => {
      throw new Error('refused');
    }),
    undefined,
  );
});
planted('a .2L that is a link, or a list with a link at an archive name: nothing written', () => {
  const v = victim();
  const a = archived();
  const files = a.archives();
  fs.renameSync(a.state, `${a.state}-real`);
  fs.symlinkSync(v.dir, a.state);
  assert.is(writeChainState(files, 'status', payload), false);
  assert.ok(v.unchanged());
  const b = archived();
  fs.rmSync(path.join(b.state, A1));
  fs.symlinkSync(v.file, path.join(b.state, A1));
  assert.is(writeChainState(b.archives(), 'status', payload), false);
  assert.is(fs.existsSync(b.side), false);
});
planted.run();
