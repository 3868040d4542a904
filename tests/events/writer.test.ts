import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  appendEvent,
  appendToLog,
  archiveName,
  listArchives,
  maxLogBytes,
  rotate,
  serialise,
} from '../../lib/events/writer.ts';
import { newEvent } from '../../lib/events/format.ts';
import { UnsafePathError } from '../../lib/shared/safe-fs.ts';
import { victim } from '../util/hostile.ts';
import { ROOT, tempDir } from '../util/claude.ts';
import { jsonlLines as lines } from '../util/events.ts';

const basics = suite('appendEvent');
basics('creates .2L with private modes and writes one line', () => {
  const project = tempDir('w');
  appendEvent(project, newEvent('plan_start', 'Plan 1'));
  const file = path.join(project, '.2L', 'events.jsonl');
  assert.is(lines(file).length, 1);
  assert.is(JSON.parse(lines(file)[0]!).data, 'Plan 1');
  assert.is(fs.statSync(path.join(project, '.2L')).mode & 0o777, 0o700);
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
});
basics('serialise escapes everything JSON needs and ends in one newline', () => {
  const buf = serialise({ data: 'a\\b"c\nd\te\u0001 日本 \u2028' });
  const text = buf.toString('utf8');
  assert.is(text.split('\n').length, 2);
  assert.is(JSON.parse(text).data, 'a\\b"c\nd\te\u0001 日本 \u2028');
});
basics('an events.jsonl that is a directory throws (the hook logs it)', () => {
  const project = tempDir('w');
  fs.mkdirSync(path.join(project, '.2L', 'events.jsonl'), { recursive: true });
  assert.throws(() => appendEvent(project, newEvent('x', 'y')), /EISDIR/);
});
basics('a link to /dev/full is refused, not written through, and nothing is written elsewhere', () => {
  const project = tempDir('w');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync('/dev/full', path.join(project, '.2L', 'events.jsonl'));
  assert.throws(
    () => appendEvent(project, newEvent('x', 'y')),
    (err: unknown) => err instanceof UnsafePathError && err.reason === 'symlink',
  );
  assert.equal(fs.readdirSync(path.join(project, '.2L')), ['events.jsonl']);
});
basics('a last line cut off without its newline does not swallow the next event', () => {
  const project = tempDir('w');
  fs.mkdirSync(path.join(project, '.2L'));
  const file = path.join(project, '.2L', 'events.jsonl');
  fs.writeFileSync(file, '{"timestamp":"2026-11-20T00:00:00.000Z","event_type":"plan_st');
  const crash = new Date(Date.now() - 60_000);
  fs.utimesSync(file, crash, crash);
  appendEvent(project, newEvent('plan_start', 'after the crash'));
  appendEvent(project, newEvent('plan_start', 'and again'));
  const all = fs.readFileSync(file, 'utf8').split('\n');
  assert.is(all.length, 4);
  assert.equal([JSON.parse(all[1]!).data, JSON.parse(all[2]!).data, all[3]], ['after the crash', 'and again', '']);
});
basics('a tail still being written (fresh mtime) is left to its writer: no stray empty line', () => {
  const project = tempDir('w');
  fs.mkdirSync(path.join(project, '.2L'));
  const file = path.join(project, '.2L', 'events.jsonl');
  fs.writeFileSync(file, '{"partial":');
  appendEvent(project, newEvent('plan_start', 'concurrent'));
  assert.not.match(fs.readFileSync(file, 'utf8'), /^\{"partial":\n/);
});
basics('maxLogBytes reads TWOL_LOG_MAX_BYTES and ignores nonsense', () => {
  assert.is(maxLogBytes({ TWOL_LOG_MAX_BYTES: '2048' }), 2048);
  for (const bad of ['', 'abc', '-5', '10', 'Infinity'])
    assert.is(maxLogBytes({ TWOL_LOG_MAX_BYTES: bad }), 50 * 1024 * 1024, bad);
});
basics.run();

const rotation = suite('rotation');
rotation('archive names sort by time and match listArchives', () => {
  assert.is(archiveName(new Date('2026-11-20T23:15:00.123Z')), 'events-20261120T231500123Z.jsonl');
});
rotation('past the cap the log moves to a dated archive and a new log starts', () => {
  const project = tempDir('w');
  const dir = path.join(project, '.2L');
  for (let i = 0; i < 30; i++)
    appendEvent(project, newEvent('cost_update', `event ${i} ${'p'.repeat(100)}`), { maxBytes: 2048 });
  const archives = listArchives(dir);
  assert.ok(archives.length >= 2, `${archives.length} archives`);
  const all = [...archives, path.join(dir, 'events.jsonl')].flatMap(lines).map((l) => JSON.parse(l).data as string);
  assert.equal(
    all.map((d) => Number(d.split(' ')[1])),
    Array.from({ length: 30 }, (_, i) => i),
  );
  for (const a of archives) assert.ok(fs.statSync(a).size <= 2048 + 300);
});
rotation('a held rotation lock means no rotation, and the line is still written', () => {
  const project = tempDir('w');
  const dir = path.join(project, '.2L');
  appendEvent(project, newEvent('x', 'a'.repeat(3000)));
  fs.mkdirSync(path.join(dir, '.rotate.lock'));
  appendEvent(project, newEvent('x', 'second'), { maxBytes: 1024 });
  assert.is(listArchives(dir).length, 0);
  assert.is(lines(path.join(dir, 'events.jsonl')).length, 2);
});
rotation('a stale lock from a dead rotation is cleared', () => {
  const project = tempDir('w');
  const dir = path.join(project, '.2L');
  appendEvent(project, newEvent('x', 'a'.repeat(3000)));
  const lock = path.join(dir, '.rotate.lock');
  fs.mkdirSync(lock);
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(lock, old, old);
  assert.is(
    rotate(dir, path.join(dir, 'events.jsonl'), 1024, () => new Date()),
    false,
  );
  assert.not.ok(fs.existsSync(lock));
  appendEvent(project, newEvent('x', 'after'), { maxBytes: 1024 });
  assert.is(listArchives(dir).length, 1);
});
rotation('listArchives ignores look-alikes and a missing folder', () => {
  const dir = tempDir('w');
  for (const n of [
    'events-20261120T231500123Z-10.jsonl',
    'events-20261120T231500123Z-2.jsonl',
    'events-20261120T231500123Z.jsonl',
    'events-20261120T231500123Z-1.jsonl',
    'events-x.jsonl',
    'events.jsonl',
    'events-20261120T231500123Z.jsonl.bak',
  ])
    fs.writeFileSync(path.join(dir, n), '');
  assert.equal(
    listArchives(dir).map((p) => path.basename(p)),
    [
      'events-20261120T231500123Z.jsonl',
      'events-20261120T231500123Z-1.jsonl',
      'events-20261120T231500123Z-2.jsonl',
      'events-20261120T231500123Z-10.jsonl',
    ],
  );
  assert.equal(listArchives(path.join(dir, 'nope')), []);
});
rotation('appendToLog writes lines larger than a pipe buffer whole', () => {
  const dir = tempDir('w');
  const big = serialise({ data: 'q'.repeat(3 * 1024 * 1024) });
  appendToLog(dir, big);
  assert.is(fs.statSync(path.join(dir, 'events.jsonl')).size, big.length);
});
rotation.run();

const planted = suite('rotation: what a repository plants among the archive and lock names');
function bigLog(): { project: string; dir: string; file: string } {
  const project = tempDir('w');
  const dir = path.join(project, '.2L');
  appendEvent(project, newEvent('x', 'a'.repeat(3000)));
  return { project, dir, file: path.join(dir, 'events.jsonl') };
}
planted('links at the archive names are neither followed nor replaced: the archive takes a free name', () => {
  const { dir, file } = bigLog();
  const outside = victim();
  const at = new Date('2026-11-20T23:15:00.123Z');
  const first = path.join(dir, archiveName(at));
  const second = first.replace('.jsonl', '-1.jsonl');
  fs.symlinkSync(outside.file, first);
  fs.symlinkSync(path.join(outside.dir, 'dangling'), second);
  assert.ok(rotate(dir, file, 1024, () => at));
  assert.ok(outside.unchanged());
  assert.ok(
    fs.lstatSync(first).isSymbolicLink() && fs.lstatSync(second).isSymbolicLink(),
    'planted links left as they were',
  );
  assert.ok(fs.lstatSync(first.replace('.jsonl', '-2.jsonl')).isFile(), 'the log moved to the next free name');
});
for (const [name, make] of [
  ['a link to a folder', (lock: string, v: ReturnType<typeof victim>) => fs.symlinkSync(v.dir, lock)],
  [
    'a dangling link',
    (lock: string, v: ReturnType<typeof victim>) => fs.symlinkSync(path.join(v.dir, 'nothing'), lock),
  ],
  ['a file', (lock: string) => fs.writeFileSync(lock, '')],
  [
    'a folder with files in it',
    (lock: string) => {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'x'), '');
    },
  ],
] as const) {
  planted(`a .rotate.lock that is ${name} is refused (the line is still written) and never followed`, () => {
    const { project, dir } = bigLog();
    const outside = victim();
    const lock = path.join(dir, '.rotate.lock');
    make(lock, outside);
    const old = new Date(Date.now() - 60_000);
    fs.lutimesSync(lock, old, old);
    const warnings: string[] = [];
    appendEvent(project, newEvent('x', 'second'), { maxBytes: 1024, onWarning: (m) => warnings.push(m) });
    assert.is(lines(path.join(dir, 'events.jsonl')).length, 2);
    assert.is(listArchives(dir).length, 0);
    assert.is(warnings.length, 1);
    assert.match(warnings[0]!, /\.rotate\.lock(: is a symbolic link|: is not a real folder| holds files)/);
    assert.ok(outside.unchanged());
  });
}
planted.run();

function runChild(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/util/writer-child.ts'), ...args], {
      stdio: 'inherit',
    });
    child.on('close', resolve);
  });
}

const concurrency = suite('concurrent writers');
concurrency('4 processes × 300 events with 1 MB payloads and rotations: none lost, none torn', async () => {
  const project = tempDir('w');
  const codes = await Promise.all(
    [0, 1, 2, 3].map((id) => runChild([project, String(id), '300', String(3 * 1024 * 1024), '50'])),
  );
  assert.equal(codes, [0, 0, 0, 0]);
  const dir = path.join(project, '.2L');
  const files = [...listArchives(dir), path.join(dir, 'events.jsonl')];
  assert.ok(files.length > 1, 'rotation happened');
  const seen = new Set<string>();
  for (const f of files) {
    for (const l of lines(f)) {
      const e = JSON.parse(l);
      const key = `${e.agent_id}:${e.payload.seq}`;
      assert.not.ok(seen.has(key), `duplicate ${key}`);
      seen.add(key);
    }
  }
  assert.is(seen.size, 1200);
});
concurrency.run();
