/**
 * One line splitter for every stream we read line by line: the event log
 * (stream, follower), a child's stdout (MCP stdio, the dashboard launcher).
 * zx's `getLines` is the model: feed chunks, get the complete lines, keep the
 * unfinished one for the next chunk. Ours works on bytes, so a chunk may end
 * inside a character, and caps a line: past `maxLineBytes` it is dropped
 * whole, so memory stays bounded by the cap whatever the input.
 *
 * A line comes back without its `\n` and without a trailing `\r`. One too long
 * comes back as a Dropped, at the place it ends, carrying its first
 * `headBytes` bytes for a message.
 */

/** A line longer than the cap, which was not kept. */
export interface Dropped {
  /** Its first `headBytes` bytes, decoded (a character cut at the end shows as U+FFFD). */
  head: string;
}

export type Line = string | Dropped;

export interface LineSplitterOptions {
  /** Longest line kept, in bytes, not counting its newline; default unlimited. */
  maxLineBytes?: number;
  /** Bytes of a dropped line kept for its message; default none. */
  headBytes?: number;
}

const NL = 0x0a;
const CR = 0x0d;

export class LineSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  /** Inside a line past the cap: its bytes are skipped up to its newline. */
  private dropping: Dropped | undefined;
  private readonly max: number;
  private readonly headBytes: number;

  constructor(opts: LineSplitterOptions = {}) {
    this.max = opts.maxLineBytes ?? Number.POSITIVE_INFINITY;
    this.headBytes = opts.headBytes ?? 0;
  }

  /** Bytes held for a line not yet ended (none while a dropped line is skipped). */
  get held(): number {
    return this.partBytes;
  }

  /** The lines `chunk` completes. The chunk may be reused by the caller afterwards: what is kept is copied. */
  push(chunk: Buffer): Line[] {
    const first = chunk.indexOf(NL);
    if (first === -1) {
      this.keep(chunk);
      return [];
    }
    const lines: Line[] = [this.finish(chunk.subarray(0, first))];
    const last = chunk.lastIndexOf(NL);
    if (last > first) {
      // Whole lines in this chunk: one decode, one split (a newline byte never sits inside a UTF-8 sequence).
      const text = chunk.toString('utf8', first + 1, last);
      // Only when the span could hold a line past the cap are the lines measured in bytes.
      let at = last - first - 1 > this.max ? first + 1 : -1;
      for (const l of text.split('\n')) {
        if (at !== -1) {
          const start = at;
          at = chunk.indexOf(NL, start) + 1;
          if (at - 1 - start > this.max) {
            lines.push({ head: chunk.toString('utf8', start, start + Math.min(at - 1 - start, this.headBytes)) });
            continue;
          }
        }
        lines.push(l.charCodeAt(l.length - 1) === CR ? l.slice(0, -1) : l);
      }
    }
    this.keep(chunk.subarray(last + 1));
    return lines;
  }

  /**
   * The input ended: the last line if it had no newline (a Dropped when it
   * was too long), undefined when there is none. The splitter starts afresh.
   */
  end(): Line | undefined {
    if (this.partBytes === 0 && !this.dropping) return undefined;
    return this.finish(Buffer.alloc(0));
  }

  /** Forget the unfinished line (the input was truncated, or switched to another file). */
  reset(): void {
    this.parts = [];
    this.partBytes = 0;
    this.dropping = undefined;
  }

  /** The line held so far plus `tail`, which ends it. */
  private finish(tail: Buffer): Line {
    if (!this.dropping && this.partBytes + tail.length > this.max) this.startDropping(tail);
    const dropped = this.dropping;
    const whole = dropped ? undefined : this.parts.length === 0 ? tail : Buffer.concat([...this.parts, tail]);
    this.reset();
    if (!whole) return dropped!;
    const end = whole.length > 0 && whole[whole.length - 1] === CR ? whole.length - 1 : whole.length;
    return whole.toString('utf8', 0, end);
  }

  private keep(rest: Buffer): void {
    if (rest.length === 0 || this.dropping) return;
    if (this.partBytes + rest.length > this.max) this.startDropping(rest);
    else {
      this.parts.push(Buffer.from(rest)); // copy: a stream or a read loop may reuse its buffer
      this.partBytes += rest.length;
    }
  }

  /** The line held plus `more` is past the cap: keep its head, let go of the rest. */
  private startDropping(more: Buffer): void {
    // concat with a length copies no more than the head, however much is held.
    const head =
      this.headBytes === 0
        ? ''
        : Buffer.concat([...this.parts, more], Math.min(this.headBytes, this.partBytes + more.length)).toString('utf8');
    this.parts = [];
    this.partBytes = 0;
    this.dropping = { head };
  }
}
