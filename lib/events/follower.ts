/**
 * Follows `events.jsonl` by byte offset, like `tail -F`, handing over only
 * complete lines. fs.watch on the folder wakes it up at once; a slow poll
 * covers file systems where watching does not work and a folder that does
 * not exist yet. Rotation (the writer renames the log to an archive, so the
 * path gets a new inode) is followed by finishing the old file through the
 * descriptor still held, then switching; truncation restarts at offset 0.
 * Memory is bounded by the read chunk and the longest line allowed.
 *
 * The log sits in a repository someone else may have written: only a regular
 * file in a folder of ours is read, never through a symbolic link, and opened
 * non-blocking, so a FIFO cannot hang us and `/dev/zero` cannot spin us.
 * Anything else is reported through `onProblem` and looked at again each poll.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPrivateDir, isUnsafePath, openRegularHandle, UnsafePathError } from '../shared/safe-fs.ts';
import { LineSplitter } from './lines.ts';

export interface FollowerOptions {
  /** Complete lines in log order, without the newline (a trailing CR is dropped). */
  onLines(lines: string[]): void;
  /** The file shrank under us: everything read so far is gone. */
  onTruncate?(): void;
  /** The path now names a new file (rotation, or the log was created). */
  onSwitch?(): void;
  /** A line longer than `maxLineBytes` was dropped, or a file ended in half a line. */
  onDropped?(): void;
  /**
   * The log (or its folder) is something 2L does not read: a symbolic link, a
   * FIFO, a device, a folder. Called again with undefined once it is fine.
   */
  onProblem?(problem: UnsafePathError | undefined): void;
  pollMs?: number;
  chunkBytes?: number;
  maxLineBytes?: number;
  /** Off: poll only (tests use it to prove the poll alone is enough). */
  watch?: boolean;
  /**
   * Archives of the log, oldest first. Archives that appear while following,
   * other than the file being read, were rotated through between two looks
   * (a burst past the size cap) and are read whole before the new log.
   */
  archives?: () => string[];
}

export class LogFollower {
  /** Bytes of the current file consumed, up to the last complete line. */
  offset = 0;
  private handle: fs.promises.FileHandle | undefined;
  private ino = -1;
  private readonly splitter: LineSplitter;
  private readonly buf: Buffer;
  private running: Promise<void> = Promise.resolve();
  private queued = false;
  private closed = false;
  private watcher: fs.FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly known = new Set<string>();
  private problem: string | undefined;
  private readonly opts: Required<
    Omit<FollowerOptions, 'onTruncate' | 'onSwitch' | 'onDropped' | 'onProblem' | 'archives'>
  > &
    FollowerOptions;

  constructor(
    readonly file: string,
    opts: FollowerOptions,
  ) {
    this.opts = {
      ...opts,
      pollMs: opts.pollMs ?? 1000,
      chunkBytes: opts.chunkBytes ?? 1 << 20,
      maxLineBytes: opts.maxLineBytes ?? 4 << 20,
      watch: opts.watch ?? true,
    };
    this.buf = Buffer.allocUnsafe(this.opts.chunkBytes);
    this.splitter = new LineSplitter({ maxLineBytes: this.opts.maxLineBytes });
  }

  /**
   * Reads everything already in the log, then follows it. `alreadyRead` names
   * the archives the caller has read itself (default: every archive present
   * now); any other archive found before the log is opened is read first.
   * `resume`: the log already open, read from `offset` on (this closes it).
   */
  async start(
    alreadyRead?: readonly string[],
    resume?: { handle: fs.promises.FileHandle; offset: number },
  ): Promise<void> {
    for (const a of alreadyRead ?? this.opts.archives?.() ?? []) this.known.add(a);
    if (resume && this.closed) await resume.handle.close().catch(() => undefined);
    else if (resume) {
      // The log as the caller opened it, its first `offset` bytes (whole lines) already taken from a kept state:
      // read on from there, and a rotation since is caught like any other.
      this.handle = resume.handle;
      this.ino = (await resume.handle.stat()).ino;
      this.offset = resume.offset;
    }
    await this.check();
    if (this.closed) return;
    this.timer = setInterval(() => void this.check(), this.opts.pollMs);
    this.timer.unref();
    this.ensureWatch();
  }

  /** Catch up with the file now; concurrent calls coalesce into one pass. */
  check(): Promise<void> {
    if (this.queued) return this.running;
    this.queued = true;
    this.running = this.running.then(async () => {
      this.queued = false;
      if (this.closed) return;
      try {
        await this.pass();
      } catch {
        // An unreadable file (permissions, EIO) is retried on the next tick.
      }
    });
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.running;
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }

  private ensureWatch(): void {
    if (!this.opts.watch || this.watcher || this.closed) return;
    const base = path.basename(this.file);
    try {
      this.watcher = fs.watch(path.dirname(this.file), { persistent: false }, (_event, name) => {
        if (!name || name === base) void this.check();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch {
      this.watcher = undefined; // folder missing: the poll retries
    }
  }

  /** The log's lstat when it is a regular file in a folder of ours; undefined when absent. */
  private async look(): Promise<fs.Stats | undefined> {
    try {
      checkPrivateDir(path.dirname(this.file));
      const st = await fs.promises.lstat(this.file);
      if (st.isSymbolicLink()) throw new UnsafePathError(this.file, 'symlink');
      if (!st.isFile()) throw new UnsafePathError(this.file, 'not-regular');
      return st;
    } catch (err) {
      if (isUnsafePath(err)) throw err;
      return undefined; // absent or unreadable for now: the poll looks again
    }
  }

  /** Tell the owner when the verdict on the path changes, not on every poll. */
  private report(problem: UnsafePathError | undefined): void {
    if (problem?.message === this.problem) return;
    this.problem = problem?.message;
    this.opts.onProblem?.(problem);
  }

  private async pass(): Promise<void> {
    let st: fs.Stats | undefined;
    let problem: UnsafePathError | undefined;
    try {
      st = await this.look();
    } catch (err) {
      problem = err as UnsafePathError;
    }
    if (!problem) this.ensureWatch(); // never watch through a planted link
    // Renamed away, deleted, or replaced (a new file may even reuse the old inode number, hence nlink).
    const replaced =
      this.handle !== undefined && (!st || st.ino !== this.ino || (await this.handle.stat()).nlink === 0);
    if (this.handle && replaced) {
      // What was appended to the old file before the switch is still ours.
      await this.drain().catch(() => undefined);
      if (!st) return this.report(problem);
      await this.handle.close().catch(() => undefined);
      this.handle = undefined;
      this.endOfFile();
    }
    if (!st) return this.report(problem);
    if (!this.handle) {
      await this.catchUpArchives();
      try {
        this.handle = await openRegularHandle(this.file);
      } catch (err) {
        if (isUnsafePath(err)) this.report(err);
        return;
      }
      if (!this.handle) return;
      this.report(undefined);
      const opened = await this.handle.stat();
      const first = this.ino === -1;
      this.ino = opened.ino;
      this.offset = 0;
      if (!first) this.opts.onSwitch?.();
    }
    const size = (await this.handle.stat()).size;
    if (size < this.offset + this.splitter.held) {
      this.offset = 0;
      this.splitter.reset();
      this.opts.onTruncate?.();
    }
    await this.drain();
  }

  private async catchUpArchives(): Promise<void> {
    if (!this.opts.archives) return;
    for (const a of this.opts.archives()) {
      if (this.known.has(a)) continue;
      this.known.add(a);
      let h: fs.promises.FileHandle | undefined;
      try {
        h = await openRegularHandle(a);
      } catch {
        h = undefined; // a planted link or FIFO among the archives is skipped
      }
      if (!h) continue;
      try {
        if ((await h.stat()).ino === this.ino) continue; // the file we were reading: already drained
        this.handle = h;
        this.offset = 0;
        await this.drain();
      } finally {
        this.handle = undefined;
        await h.close().catch(() => undefined);
        this.endOfFile();
      }
    }
  }

  /** Read from the held descriptor to its end. */
  private async drain(): Promise<void> {
    const h = this.handle;
    if (!h) return;
    for (;;) {
      const pos = this.offset + this.splitter.held;
      const { bytesRead } = await h.read(this.buf, 0, this.buf.length, pos);
      if (bytesRead === 0 || this.closed) return;
      this.consume(this.buf.subarray(0, bytesRead));
    }
  }

  private consume(chunk: Buffer): void {
    const before = this.splitter.held;
    const lines: string[] = [];
    for (const line of this.splitter.push(chunk)) {
      if (typeof line === 'string') lines.push(line);
      else this.opts.onDropped?.();
    }
    // Consumed: everything but the unfinished line held for the next read (a dropped line's bytes count).
    this.offset += before + chunk.length - this.splitter.held;
    if (lines.length > 0) this.opts.onLines(lines);
  }

  /** The old file is finished: half a line left in it will never complete. */
  private endOfFile(): void {
    if (this.splitter.end() !== undefined) this.opts.onDropped?.();
  }
}
