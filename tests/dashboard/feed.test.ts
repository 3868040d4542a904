import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DashboardFeed } from '../../lib/dashboard/feed.ts';
import { tempDir } from '../util/claude.ts';

/**
 * The whole log is read in the server's only thread while the page asks for its first answers:
 * every request waits for the batch being summarised. Batches of 1 MiB held a loaded machine
 * for 100-350 ms each (a 100,000-event log first rendered 1.76× slower than a 1,000-event one),
 * so what one turn of the event loop summarises is bounded, and the newest events the page
 * draws first are read before the long read starts.
 */
const batches = suite('DashboardFeed: the first read is done in small turns');

/** A log of `bytes` (about 400-byte events), in a project of its own. */
function project(bytes: number, name: string): { dir: string; lines: number } {
  const dir = path.join(tempDir(`feed-${name}-`));
  fs.mkdirSync(path.join(dir, '.2L'), { mode: 0o700 });
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = JSON.stringify({
      timestamp: new Date(Date.UTC(2026, 10, 20) + i * 50).toISOString(),
      event_type: 'tool_complete',
      phase: 'building',
      agent_id: 'main',
      data: `Bash: npm test -- --grep case-${i} ${'x'.repeat(200)}`,
      v: 1,
      source: 'hook',
      session_id: `S${i % 7}`,
      tool_name: 'Bash',
      duration_ms: i % 4000,
    });
    out.push(line);
    size += line.length + 1;
  }
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), `${out.join('\n')}\n`, { mode: 0o600 });
  return { dir, lines: out.length };
}

batches('no batch of a 3 MB log carries more than 64 KiB of events', async () => {
  const { dir, lines } = project(3 << 20, 'batches');
  const sizes: number[] = [];
  const feed = new DashboardFeed(dir, {
    watch: false,
    onBatch: (events) => sizes.push(events.reduce((n, e) => n + JSON.stringify(e).length + 1, 0)),
  });
  await feed.loaded;
  await feed.close();
  assert.is(feed.seq, lines, 'every event read');
  assert.ok(sizes.length >= 3 << 4, `${sizes.length} batches`);
  // a read of 64 KiB, plus the line the previous read cut (re-serialised events run a little longer)
  assert.ok(Math.max(...sizes) <= (64 << 10) + 2048, `largest batch ${Math.max(...sizes)} bytes`);
});

batches('the newest events are ready before the first batch is summarised', async () => {
  const { dir, lines } = project(1 << 20, 'preview');
  let previewAtFirstBatch: string[] | undefined;
  let feed: DashboardFeed | undefined;
  const reads: string[] = [];
  let reopened: number | undefined;
  const spy = fs.promises.open;
  // The preview must already be in memory: no file is opened to answer it once batches flow.
  (fs.promises as { open: typeof spy }).open = (async (...args: Parameters<typeof spy>) => {
    reads.push(String(args[0]));
    return spy(...args);
  }) as typeof spy;
  try {
    feed = new DashboardFeed(dir, {
      watch: false,
      onBatch: () => {
        if (previewAtFirstBatch === undefined) {
          const opened = reads.length;
          previewAtFirstBatch = [];
          void feed!.preview().then((p) => {
            previewAtFirstBatch = p;
            reopened = reads.length - opened;
          });
        }
      },
    });
    await feed.loaded;
  } finally {
    (fs.promises as { open: typeof spy }).open = spy;
  }
  await feed.close();
  assert.is(reopened, 0, 'files opened to answer the preview once batches flow');
  assert.is(previewAtFirstBatch!.length, 500);
  assert.is(JSON.parse(previewAtFirstBatch!.at(-1)!).data.split(' ')[5], `case-${lines - 1}`);
});

batches.run();
