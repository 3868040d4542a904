/**
 * Feeding HTTP clients no faster than they read. A client that asks and never
 * reads must not make the server hold its answer: 200 such clients once took
 * the old server from 51 MB to 6.1 GB (each `/api/state` body was a fresh
 * string queued whole on its socket). Here:
 * - a body is one immutable Buffer shared by every client it goes to (and by
 *   every client asking about the same moment: SharedBody), sent a
 *   slice at a time (slices are views, never copies), at most a window ahead
 *   of what the client has read; a client that stops reading is dropped;
 * - bodies pinned by unfinished responses stay under a budget: past it, the
 *   responses holding the oldest bodies are dropped;
 * - a stream (SSE) is dropped once its unsent bytes pass a cap; what it is sent
 *   is also shared Buffers, written once per broadcast for every client.
 */
import type http from 'node:http';

/** Unsent bytes a stream may have before it is dropped (it reconnects and resyncs). */
export const MAX_CLIENT_BUFFER = 8 << 20;
const SLICE = 64 << 10;
/**
 * Bytes of a body queued on a socket ahead of the client. Well above Node's
 * 16 KiB high-water mark: waiting for 'drain' after every slice made a page's
 * first answer wait behind the log being read, slice after slice.
 */
const WINDOW = 1 << 20;

export interface OutboxOptions {
  /** Bytes of distinct bodies that unfinished responses may pin. */
  budget?: number;
  /** A response whose socket makes no progress for this long is dropped. */
  stallMs?: number;
}

export class Outbox {
  private readonly pending = new Map<http.ServerResponse, Buffer>();
  private readonly budget: number;
  private readonly stallMs: number;

  constructor(opts: OutboxOptions = {}) {
    this.budget = opts.budget ?? 64 << 20;
    this.stallMs = opts.stallMs ?? 30_000;
  }

  /** Bytes of distinct bodies held for unfinished responses. */
  pinnedBytes(): number {
    let n = 0;
    for (const b of new Set(this.pending.values())) n += b.length;
    return n;
  }

  send(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body: Buffer): void {
    res.writeHead(status, { ...headers, 'content-length': body.length });
    if (res.req.method === 'HEAD' || body.length === 0) {
      res.end();
      return;
    }
    this.pending.set(res, body);
    this.keepWithinBudget(body);
    const done = () => this.pending.delete(res);
    res.once('finish', done);
    res.once('close', done);
    res.setTimeout(this.stallMs, () => res.destroy());
    let off = 0;
    const pump = () => {
      while (off < body.length) {
        if (res.writableLength >= WINDOW) return; // 'drain' calls again
        const end = Math.min(off + SLICE, body.length);
        res.write(body.subarray(off, end));
        off = end;
      }
      res.off('drain', pump);
      res.end();
    };
    res.on('drain', pump);
    pump();
  }

  /** Drop the responses that pin the oldest bodies until what is pinned fits the budget again. */
  private keepWithinBudget(newest: Buffer): void {
    let pinned = this.pinnedBytes();
    if (pinned <= this.budget) return;
    for (const [res, body] of this.pending) {
      if (body === newest) continue;
      const last = ![...this.pending].some(([r, b]) => r !== res && b === body);
      this.pending.delete(res);
      res.destroy();
      if (last) pinned -= body.length;
      if (pinned <= this.budget) return;
    }
  }
}

/**
 * One serialised body for every client that asks while `key` holds and it is
 * younger than `maxAgeMs`: a hundred clients asking at once cost one body.
 */
export class SharedBody {
  private body: Buffer | undefined;
  private key = '';
  private at = 0;

  constructor(
    private readonly build: () => string,
    private readonly keyOf: () => string,
    private readonly maxAgeMs: number,
  ) {}

  get(): Buffer {
    const key = this.keyOf();
    const now = Date.now();
    if (!this.body || key !== this.key || now - this.at >= this.maxAgeMs) {
      this.body = Buffer.from(this.build());
      this.key = key;
      this.at = now;
    }
    return this.body;
  }
}

/** Write to a long-lived stream; false (and the client dropped) once it has fallen too far behind. */
export function writeStream(res: http.ServerResponse, chunk: Buffer): boolean {
  if (res.destroyed) return false;
  if (res.writableLength + chunk.length > MAX_CLIENT_BUFFER) {
    res.destroy();
    return false;
  }
  res.write(chunk);
  return true;
}
