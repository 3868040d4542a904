import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  readPrefixState,
  readSidecar,
  sidecarPath,
  SIDECAR_MAX_BYTES,
  writePrefixState,
  writeSidecar,
} from '../../lib/events/archive-sidecar.ts';
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

// The live log's state stands for a prefix (offset, device, inode, hash of the prefix's ends).
const LIVE_SIDE = 'events.status.json';
function live(text = lines([toolCall('Read', 1, 0), toolCall('Read', 2, 1), toolCall('Bash', 3, 2)])) {
  const dir = project({ 'events.jsonl': text });
  const log = path.join(dir, '.2L', 'events.jsonl');
  const offset = Buffer.byteLength(lines([toolCall('Read', 1, 0), toolCall('Read', 2, 1)]));
  /** The state read back through a fresh descriptor, as a run opens the log. */
  const read = () => {
    const fd = fs.openSync(log, 'r');
    try {
      return readPrefixState(log, fd, 'status', asIs);
    } finally {
      fs.closeSync(fd);
    }
  };
  const write = (at = offset) => {
    const fd = fs.openSync(log, 'r');
    try {
      return writePrefixState(log, fd, 'status', at, payload);
    } finally {
      fs.closeSync(fd);
    }
  };
  return { dir, log, side: path.join(dir, '.2L', LIVE_SIDE), offset, read, write };
}

const prefix = suite('archive-sidecar: the live log prefix state, used while the log still starts with that prefix');
prefix('written 0600 beside the log, read back while the log only grew', () => {
  const l = live();
  assert.is(l.read(), undefined);
  assert.ok(l.write());
  assert.is(fs.statSync(l.side).mode & 0o777, 0o600);
  assert.equal(l.read(), { offset: l.offset, payload });
  fs.appendFileSync(l.log, lines([toolCall('Grep', 4, 3)]));
  assert.equal(l.read(), { offset: l.offset, payload });
});
const changed: Array<[string, (l: ReturnType<typeof live>) => void]> = [
  ['truncated below the offset', (l) => fs.truncateSync(l.log, l.offset - 1)],
  [
    'truncated to nothing and written again',
    (l) => {
      const text = fs.readFileSync(l.log, 'utf8');
      fs.truncateSync(l.log, 0);
      fs.writeFileSync(l.log, text.replace('Read', 'Reed'));
    },
  ],
  [
    'replaced by another file with the same bytes (rotated, a new log)',
    (l) => {
      fs.copyFileSync(l.log, `${l.log}.new`);
      fs.renameSync(`${l.log}.new`, l.log);
    },
  ],
  [
    'its last bytes before the offset rewritten in place',
    (l) => {
      const fd = fs.openSync(l.log, 'r+');
      fs.writeSync(fd, 'X', l.offset - 3);
      fs.closeSync(fd);
    },
  ],
  [
    'copied from another log (another inode) at the same offset',
    (l) => {
      // Another log with the same bytes, its state copied here: only the inode tells them apart.
      const other = live();
      other.write();
      fs.copyFileSync(other.side, l.side);
    },
  ],
];
for (const [name, change] of changed)
  prefix(`not used when ${name}`, () => {
    const l = live();
    assert.ok(l.write());
    change(l);
    assert.is(l.read(), undefined);
  });
prefix('an offset past the end, zero, negative or not a number: never used, never written', () => {
  const l = live();
  const size = fs.statSync(l.log).size;
  assert.is(l.write(size + 1), false);
  assert.is(l.write(0), false);
  for (const offset of [size + 1, 0, -5, 1.5, '10', null]) {
    fs.writeFileSync(l.side, JSON.stringify({ v: 1, kind: 'status', prefix: { offset }, payload }));
    assert.is(l.read(), undefined, String(offset));
  }
});
prefix('garbage, `__proto__` and other shapes: undefined, no throw, nothing polluted', () => {
  const l = live();
  for (const text of [
    '',
    'not json',
    'null',
    '[]',
    '{"v":1,"kind":"status","prefix":null}',
    '{"v":1,"kind":"status","__proto__":{"prefix":{"offset":1}}}',
  ]) {
    fs.writeFileSync(l.side, text);
    assert.is(l.read(), undefined, text);
  }
  assert.is(({} as Record<string, unknown>).prefix, undefined);
});
prefix('larger than the cap: not read', () => {
  const l = live();
  l.write();
  const text = fs.readFileSync(l.side, 'utf8');
  fs.writeFileSync(l.side, text.replace(/}$/, `,"pad":"${'x'.repeat(SIDECAR_MAX_BYTES)}"}`));
  assert.is(l.read(), undefined);
});
for (const p of PLANTS.filter((x) => !x.hangs))
  prefix(`${p.name} at its name: not read, and writing replaces the link, not its target`, () => {
    const v = victim();
    const l = live();
    p.plant(l.side, v);
    assert.is(l.read(), undefined);
    assert.ok(l.write());
    assert.ok(fs.lstatSync(l.side).isFile());
    assert.ok(v.unchanged());
  });
prefix('a link to a valid state made outside the project: not followed', () => {
  const l = live();
  l.write();
  const outside = path.join(victim().dir, 'made.json');
  fs.renameSync(l.side, outside);
  fs.symlinkSync(outside, l.side);
  assert.is(l.read(), undefined);
});
prefix('a FIFO or a link to /dev/zero at its name does not hang the reader (child with a kill timer)', () => {
  const l = live();
  const script = `
    import fs from 'node:fs';
    const { readPrefixState } = await import(${JSON.stringify(path.resolve('lib/events/archive-sidecar.ts'))});
    const log = ${JSON.stringify(l.log)};
    process.stdout.write(String(readPrefixState(log, fs.openSync(log, 'r'), 'status', (v) => v)));`;
  for (const p of PLANTS.filter((x) => x.hangs)) {
    fs.rmSync(l.side, { force: true });
    p.plant(l.side, victim());
    const r = runSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeoutMs: 20_000,
    });
    assert.equal([r.code, r.stdout], [0, 'undefined'], `${p.name}: ${r.stderr}`);
  }
});
prefix('a .2L that is a link: nothing written through it', () => {
  const v = victim();
  const l = live();
  const fd = fs.openSync(l.log, 'r');
  const state = path.dirname(l.log);
  fs.renameSync(state, `${state}-real`);
  fs.symlinkSync(v.dir, state);
  assert.is(writePrefixState(l.log, fd, 'status', l.offset, payload), false);
  fs.closeSync(fd);
  assert.ok(v.unchanged());
});
prefix.run();
