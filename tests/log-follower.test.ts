import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LogFollower } from '../lib/log-follower.ts';
import { tempDir } from './util/claude.ts';

interface Rig {
  dir: string;
  file: string;
  lines: string[];
  truncations: number;
  switches: number;
  dropped: number;
  f: LogFollower;
}

function rig(opts: { watch?: boolean; pollMs?: number; maxLineBytes?: number; chunkBytes?: number; mkdir?: boolean } = {}): Rig {
  const dir = path.join(tempDir('follow'), '.2L');
  if (opts.mkdir !== false) fs.mkdirSync(dir);
  const r = { dir, file: path.join(dir, 'events.jsonl'), lines: [] as string[], truncations: 0, switches: 0, dropped: 0 } as Rig;
  r.f = new LogFollower(r.file, {
    onLines: (l) => r.lines.push(...l),
    onTruncate: () => r.truncations++,
    onSwitch: () => r.switches++,
    onDropped: () => r.dropped++,
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
moves.run();

moves('start(alreadyRead): archives the caller read are skipped, one rotated out since is read before the new log', async () => {
  const dir = path.join(tempDir('follow'), '.2L');
  fs.mkdirSync(dir);
  const file = path.join(dir, 'events.jsonl');
  const a1 = path.join(dir, 'events-20261120T231500122Z.jsonl');
  const a2 = path.join(dir, 'events-20261120T231500123Z.jsonl');
  fs.writeFileSync(a1, 'old\n');
  fs.writeFileSync(a2, 'rotated\n');
  fs.writeFileSync(file, 'new\n');
  const lines: string[] = [];
  const f = new LogFollower(file, { onLines: (l) => lines.push(...l), pollMs: 5000, watch: false, archives: () => [a1, a2].filter((a) => fs.existsSync(a)) });
  await f.start([a1]);
  assert.equal(lines, ['rotated', 'new']);
  assert.is(f.offset, 4, 'the follower holds the live log');
  await f.close();
});
const bad = suite('LogFollower hostile input');
bad('a line past maxLineBytes is dropped and reading goes on after it', async () => {
  const r = rig({ watch: false, maxLineBytes: 100, chunkBytes: 64 });
  fs.writeFileSync(r.file, `ok-1\n${'z'.repeat(1000)}\nok-2\n`);
  await r.f.start();
  assert.equal(r.lines, ['ok-1', 'ok-2']);
  assert.is(r.dropped, 1);
  assert.is(r.f.offset, fs.statSync(r.file).size);
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
