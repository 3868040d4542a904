/**
 * The live side of the dashboard: the pages' Server-Sent Event streams. New
 * log lines go out as they are read, each with its sequence number as the
 * event id, so a stream that reconnects says where it stopped and gets what
 * it missed (or a `reset` when that is too much or the log was replaced).
 * The summary follows at most a few times a second. Every broadcast is one
 * Buffer shared by all streams; a stream that falls too far behind is dropped
 * (backpressure.ts) and reconnects.
 */
import type http from 'node:http';
import { writeStream } from './backpressure.ts';
import type { DashboardFeed, FeedMessage } from './feed.ts';
import { BASE_HEADERS, sendText } from './respond.ts';

/** Streams open at once; a page needs one, so this only stops a flood. */
const MAX_STREAMS = 64;
/** A reconnecting stream is sent what it missed only up to this much; past it, a reset (it reloads the state). */
const MAX_RESYNC_BYTES = 256 << 10;
const SUMMARY_EVERY_MS = 250;
const PING = Buffer.from(':\n\n');

/** Lines as SSE messages whose ids run up to `lastSeq`. */
export function sseEvents(lastSeq: number, lines: readonly string[]): string {
  let out = '';
  const first = lastSeq - lines.length + 1;
  for (let i = 0; i < lines.length; i++) out += `id: ${first + i}\ndata: ${lines[i]}\n\n`;
  return out;
}

export interface StreamOptions {
  /** A comment this often keeps proxies and the browser from timing the stream out. */
  keepAliveMs: number;
  /** A stream ended (the server counts it as activity). */
  onEnd?: () => void;
}

export class EventStreams {
  private readonly open = new Set<http.ServerResponse>();
  private summaryTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly feed: DashboardFeed,
    private readonly opts: StreamOptions,
  ) {
    this.unsubscribe = feed.subscribe((m) => this.relay(m));
  }

  get size(): number {
    return this.open.size;
  }

  /** `/api/stream`: resumes after `Last-Event-ID` (or `?since=`), within `?epoch=`. */
  async add(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams): Promise<void> {
    const feed = this.feed;
    await feed.loaded;
    if (this.open.size >= MAX_STREAMS) return sendText(res, 503, 'Too many open streams', { 'retry-after': '5' });
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    let first = 'retry: 1000\n\n';
    const lastId = req.headers['last-event-id'] ?? query.get('since');
    const epoch = query.get('epoch');
    if (typeof lastId === 'string' && lastId !== '') {
      const missed = epoch !== null && Number(epoch) !== feed.epoch ? undefined : feed.since(Number(lastId));
      const resync = missed && missed.length > 0 ? sseEvents(feed.seq, missed) + this.summaryFrame() : '';
      if (missed === undefined || resync.length > MAX_RESYNC_BYTES) first += `event: reset\ndata: ${feed.epoch}\n\n`;
      else first += resync;
    }
    writeStream(res, Buffer.from(first));
    this.open.add(res);
    const ping = setInterval(() => writeStream(res, PING), this.opts.keepAliveMs);
    const done = () => {
      clearInterval(ping);
      this.open.delete(res);
      this.opts.onEnd?.();
    };
    res.on('close', done);
    res.on('error', done);
  }

  /** End every stream and stop following the feed. */
  closeAll(): void {
    this.unsubscribe();
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    for (const res of this.open) res.end();
    this.open.clear();
  }

  private summaryFrame(): string {
    return `event: summary\ndata: ${JSON.stringify(this.feed.summary.snapshot())}\n\n`;
  }

  // One Buffer per broadcast, the same for every client: a stalled one holds a reference, not a copy.
  private broadcast(text: string): void {
    const chunk = Buffer.from(text);
    for (const res of this.open) writeStream(res, chunk);
  }

  private relay(m: FeedMessage): void {
    const feed = this.feed;
    if (m.kind === 'reset') return this.broadcast(`event: reset\ndata: ${feed.epoch}\n\n`);
    if (m.kind === 'log')
      return this.broadcast(`event: log\ndata: ${JSON.stringify({ path: feed.file, ...feed.logStatus() })}\n\n`);
    this.broadcast(sseEvents(m.lastSeq, m.lines));
    // The summary follows at most a few times a second, only when something changed.
    this.summaryTimer ??= setTimeout(() => {
      this.summaryTimer = undefined;
      if (this.open.size > 0) this.broadcast(this.summaryFrame());
    }, SUMMARY_EVERY_MS);
  }
}
