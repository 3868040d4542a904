import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LogFollower } from '../../lib/events/follower.ts';
import type { UnsafePathError } from '../../lib/shared/safe-fs.ts';
import { tempDir } from '../util/claude.ts';

interface Rig {
  dir: string;
  file: string;
  lines: string[];
  truncations: number;
  switches: number;
  dropped: number;
  /** Every onProblem call: the reason, or null when cleared. */
  problems: Array<string | null>;
  f: LogFollower;
}

function rig(
  opts: { watch?: boolean; pollMs?: number; maxLineBytes?: number; chunkBytes?: number; mkdir?: boolean } = {},
): Rig {
  const dir = path.join(tempDir('follow'), '.2L');
  if (opts.mkdir !== false) fs.mkdirSync(dir);
  const r = {
    dir,
    file: path.join(dir, 'events.jsonl'),
    lines: [] as string[],
    truncations: 0,
    switches: 0,
    dropped: 0,
    problems: [],
  } as unknown as Rig;
  r.f = new LogFollower(r.file, {
    onLines: (l) => r.lines.push(...l),
    onTruncate: () => r.truncations++,
    onSwitch: () => r.switches++,
    onDropped: () => r.dropped++,
    onProblem: (p: UnsafePathError | undefined) => r.problems.push(p ? `${path.basename(p.file)}: ${p.reason}` : null),
    watch: opts.watch,
    pollMs: opts.pollMs ?? 5000,
    maxLineBytes: opts.maxLineBytes,
    chunkBytes: opts.chunkBytes,
  });
  return r;
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const basics = suite('LogFollower reads');
basics('existing lines, then only new complete lines', async () => {
  const r = rig();
  fs.writeFileSync(r.file, 'a\nb\n');
  await r.f.start();
  assert.equal(r.lines, ['a', 'b']);
  fs.appendFileSync(r.file, 'c\nhal');
  await r.f.check();
  assert.equal(r.lines, ['a', 'b', 'c']);
  fs.appendFileSync(r.file, 'f line\r\n');
  await r.f.check();
  assert.equal(r.lines, ['a', 'b', 'c', 'half line']);
  assert.is(r.f.offset, fs.statSync(r.file).size);
  await r.f.close();
});
basics('lines split across read chunks and multi-byte characters survive', async () => {
  const r = rig({ chunkBytes: 7 });
  const text = ['été ✓ ünïcode', 'x'.repeat(40), '日本語のテキスト'];
  fs.writeFileSync(r.file, `${text.join('\n')}\n`);
  await r.f.start();
  assert.equal(r.lines, text);
  await r.f.close();
});
basics('a missing file and folder are waited for', async () => {
  const r = rig({ mkdir: false, pollMs: 20 });
  await r.f.start();
  assert.equal(r.lines, []);
  fs.mkdirSync(r.dir);
  fs.writeFileSync(r.file, 'first\n');
  await until(() => r.lines.length === 1);
  assert.equal(r.lines, ['first']);
  assert.is(r.switches, 0);
  await r.f.close();
});
basics('fs.watch wakes it without waiting for the poll', async () => {
  const r = rig({ pollMs: 60_000 });
  fs.writeFileSync(r.file, '');
  await r.f.start();
  fs.appendFileSync(r.file, 'live\n');
  await until(() => r.lines.length === 1, 2000);
  await r.f.close();
});
basics('the poll alone is enough when watching is off', async () => {
  const r = rig({ watch: false, pollMs: 30 });
  fs.writeFileSync(r.file, '');
  await r.f.start();
  fs.appendFileSync(r.file, 'polled\n');
  await until(() => r.lines.length === 1);
  await r.f.close();
});
basics.run();

const moves = suite('LogFollower rotation and truncation');
moves('rotation: lines written to the old file after the rename are not lost', async () => {
  const r = rig({ watch: false, pollMs: 60_000 });
  fs.writeFileSync(r.file, '1\n2\n');
  await r.f.start();
  const lateWriter = fs.openSync(r.file, 'a');
  const archive = path.join(r.dir, 'events-20261120T231500123Z.jsonl');
  fs.renameSync(r.file, archive);
  fs.writeSync(lateWriter, '3 (late, in the archive)\n');
  fs.closeSync(lateWriter);
  fs.writeFileSync(r.file, '4 (new log)\n');
  await r.f.check();
  assert.equal(r.lines, ['1', '2', '3 (late, in the archive)', '4 (new log)']);
  assert.is(r.switches, 1);
  fs.appendFileSync(r.file, '5\n');
  await r.f.check();
  assert.equal(r.lines.slice(-1), ['5']);
  await r.f.close();
});
moves('rotation: half a line left at the end of the old file is counted as dropped', async () => {
  const r = rig({ watch: false });
  fs.writeFileSync(r.file, 'a\nhalf');
  await r.f.start();
  fs.renameSync(r.file, path.join(r.dir, 'events-20261120T231500124Z.jsonl'));
  fs.writeFileSync(r.file, 'b\n');
  await r.f.check();
  assert.equal(r.lines, ['a', 'b']);
  assert.is(r.dropped, 1);
  await r.f.close();
});
moves('truncation restarts at offset 0', async () => {
  const r = rig({ watch: false });
  fs.writeFileSync(r.file, 'old-1\nold-2\n');
  await r.f.start();
  fs.truncateSync(r.file, 0);
  fs.appendFileSync(r.file, 'new\n');
  await r.f.check();
  assert.equal(r.lines, ['old-1', 'old-2', 'new']);
  assert.is(r.truncations, 1);
  await r.f.close();
});
moves('deleting the log keeps what was read and picks up a new one', async () => {
  const r = rig({ watch: false });
  fs.writeFileSync(r.file, 'x\n');
  await r.f.start();
  fs.rmSync(r.file);
  await r.f.check();
  fs.writeFileSync(r.file, 'y\n');
  await r.f.check();
  assert.equal(r.lines, ['x', 'y']);
  await r.f.close();
});
moves(
  'start(alreadyRead): archives the caller read are skipped, one rotated out since is read before the new log',
  async () => {
    const dir = path.join(tempDir('follow'), '.2L');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'events.jsonl');
    const a1 = path.join(dir, 'events-20261120T231500122Z.jsonl');
    const a2 = path.join(dir, 'events-20261120T231500123Z.jsonl');
    fs.writeFileSync(a1, 'old\n');
    fs.writeFileSync(a2, 'rotated\n');
    fs.writeFileSync(file, 'new\n');
    const lines: string[] = [];
    const f = new LogFollower(file, {
      onLines: (l) => lines.push(...l),
      pollMs: 5000,
      watch: false,
      archives: () => [a1, a2].filter((a) => fs.existsSync(a)),
    });
    await f.start([a1]);
    assert.equal(lines, ['rotated', 'new']);
    assert.is(f.offset, 4, 'the follower holds the live log');
    await f.close();
  },
);
moves.run();

const bad = suite('LogFollower hostile input');
for (const [name, chunkBytes] of [
  ['a line past maxLineBytes is dropped and reading goes on after it', 64],
  ['a line past maxLineBytes inside one read chunk is dropped too', 4096],
] as const) {
  bad(name, async () => {
    const r = rig({ watch: false, maxLineBytes: 100, chunkBytes });
    fs.writeFileSync(r.file, `ok-1\n${'z'.repeat(1000)}\nok-2\n`);
    await r.f.start();
    assert.equal(r.lines, ['ok-1', 'ok-2']);
    assert.is(r.dropped, 1);
    assert.is(r.f.offset, fs.statSync(r.file).size);
    await r.f.close();
  });
}
bad('truncated while dropping an oversized line: the new content is read from its start', async () => {
  const r = rig({ watch: false, maxLineBytes: 100, chunkBytes: 64 });
  fs.writeFileSync(r.file, `ok-1\n${'z'.repeat(1000)}`);
  await r.f.start();
  fs.truncateSync(r.file, 0);
  fs.appendFileSync(r.file, 'new\n');
  await r.f.check();
  assert.equal(r.lines, ['ok-1', 'new']);
  assert.is(r.truncations, 1);
  await r.f.close();
});
bad('binary garbage and empty lines are handed over as lines, not crashes', async () => {
  const r = rig({ watch: false });
  fs.writeFileSync(r.file, Buffer.from([0, 255, 254, 10, 10, 0x7b, 10]));
  await r.f.start();
  assert.is(r.lines.length, 3);
  assert.is(r.lines[1], '');
  assert.is(r.lines[2], '{');
  await r.f.close();
});
bad('a log path that cannot be read (a folder) is retried, not fatal', async () => {
  const r = rig({ watch: false });
  fs.mkdirSync(r.file);
  await r.f.start();
  assert.equal(r.lines, []);
  fs.rmdirSync(r.file);
  fs.writeFileSync(r.file, 'readable now\n');
  await r.f.check();
  assert.equal(r.lines, ['readable now']);
  await r.f.close();
});
bad.run();

/**
 * A hang guard, not a speed claim: the old follower never returned from these
 * (a FIFO blocked its open forever; /dev/zero kept it reading zeros at full CPU).
 */
function settles<T>(p: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout;
  const guard = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} never settled`)), ms)),
  );
  return Promise.race([p, guard]).finally(() => clearTimeout(timer));
}

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

const planted = suite('LogFollower reads only a regular file of ours');
planted('events.jsonl -> a file elsewhere is not read; a real log in its place is', async () => {
  const r = rig({ watch: false });
  const secret = path.join(tempDir('elsewhere'), 'secret.txt');
  fs.writeFileSync(secret, 'private line\n');
  fs.symlinkSync(secret, r.file);
  await settles(r.f.start(), 'start');
  assert.equal(r.lines, []);
  assert.equal(r.problems, ['events.jsonl: symlink']);
  await r.f.check();
  assert.equal(r.problems, ['events.jsonl: symlink'], 'reported once, not on every poll');
  fs.rmSync(r.file);
  fs.writeFileSync(r.file, 'real\n');
  await r.f.check();
  assert.equal(r.lines, ['real']);
  assert.equal(r.problems, ['events.jsonl: symlink', null]);
  await r.f.close();
});
planted('events.jsonl -> /dev/zero: no endless read', async () => {
  const r = rig({ watch: false, chunkBytes: 4096 });
  fs.symlinkSync('/dev/zero', r.file);
  await settles(r.f.start(), 'start');
  assert.equal([r.lines, r.f.offset, r.dropped], [[], 0, 0]);
  assert.equal(r.problems, ['events.jsonl: symlink']);
  await settles(r.f.close(), 'close');
});
planted('events.jsonl as a FIFO: neither start nor close hangs', async () => {
  const r = rig({ watch: false });
  mkfifo(r.file);
  await settles(r.f.start(), 'start');
  assert.equal(r.lines, []);
  assert.equal(r.problems, ['events.jsonl: not-regular']);
  await settles(r.f.close(), 'close');
});
planted('a .2L that is a link to another folder is not followed', async () => {
  const project = tempDir('follow');
  const real = tempDir('elsewhere');
  fs.writeFileSync(path.join(real, 'events.jsonl'), 'from elsewhere\n');
  fs.symlinkSync(real, path.join(project, '.2L'));
  const lines: string[] = [];
  const problems: string[] = [];
  const f = new LogFollower(path.join(project, '.2L', 'events.jsonl'), {
    onLines: (l) => lines.push(...l),
    onProblem: (p) => problems.push(`${path.basename(p!.file)}: ${p!.reason}`),
    watch: false,
    pollMs: 5000,
  });
  await settles(f.start(), 'start');
  assert.equal(lines, []);
  assert.equal(problems, ['.2L: symlink']);
  await f.close();
});
planted('a log that becomes a link while followed: what was read stays, the link is not read', async () => {
  const r = rig({ watch: false });
  fs.writeFileSync(r.file, 'one\n');
  await r.f.start();
  const other = path.join(tempDir('elsewhere'), 'other.jsonl');
  fs.writeFileSync(other, 'two\n');
  fs.rmSync(r.file);
  fs.symlinkSync(other, r.file);
  await r.f.check();
  assert.equal(r.lines, ['one']);
  assert.equal(r.problems, ['events.jsonl: symlink']);
  await r.f.close();
});
planted('archives that are a FIFO or a link are skipped; the live log is still read', async () => {
  const dir = path.join(tempDir('follow'), '.2L');
  fs.mkdirSync(dir);
  const fifo = path.join(dir, 'events-20261120T231500122Z.jsonl');
  const link = path.join(dir, 'events-20261120T231500123Z.jsonl');
  const target = path.join(tempDir('elsewhere'), 'x.jsonl');
  fs.writeFileSync(target, 'linked\n');
  mkfifo(fifo);
  fs.symlinkSync(target, link);
  fs.writeFileSync(path.join(dir, 'events.jsonl'), 'live\n');
  const lines: string[] = [];
  const f = new LogFollower(path.join(dir, 'events.jsonl'), {
    onLines: (l) => lines.push(...l),
    watch: false,
    pollMs: 5000,
    archives: () => [fifo, link],
  });
  await settles(f.start([]), 'start');
  assert.equal(lines, ['live']);
  await settles(f.close(), 'close');
});
planted.run();
