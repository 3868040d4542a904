/**
 * The page's refresh time, measured with the Performance API: from the live
 * feed delivering an event (the `message` event's timeStamp, on the page's
 * performance timeline) to the first task after the next animation frame
 * once the page has drawn it (requestAnimationFrame, then a MessageChannel
 * task: the frame that carries the change has been rendered by then). Only
 * while the page is visible: a hidden tab has no frames to wait for. The
 * times are sent back in small batches for the server's alert engine.
 */
const MAX_BATCH = 50;
const SEND_EVERY_MS = 5000;

let pending: number[] = [];
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const afterPaint: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => afterPaint.shift()?.();

/** Call once the page has drawn events that arrived at `arrived` (a performance.now() time). */
export function painted(arrived: number): void {
  if (document.visibilityState !== 'visible' || !Number.isFinite(arrived)) return;
  requestAnimationFrame(() => {
    const done = () => {
      if (document.visibilityState !== 'visible') return;
      const m = performance.measure('2l-refresh', { start: arrived, end: performance.now() });
      if (pending.length < MAX_BATCH) pending.push(Math.round(m.duration * 100) / 100);
      lastMs = m.duration;
    };
    if (channel) {
      afterPaint.push(done);
      channel.port2.postMessage(0);
    } else setTimeout(done, 0);
  });
}

let lastMs: number | null = null;
export function lastRefreshMs(): number | null {
  return lastMs;
}

async function send(): Promise<void> {
  if (pending.length === 0) return;
  const samples = pending;
  pending = [];
  performance.clearMeasures('2l-refresh');
  try {
    await fetch('/api/refresh-timing', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ samples }),
    });
  } catch {
    // The server is away: these timings are lost, the next ones will say the same.
  }
}

export function startReporting(): void {
  setInterval(() => void send(), SEND_EVERY_MS);
}
