// The dashboard's history index (lib/dashboard/history-index.ts): what keeping it current costs
// against reading the same log again from nothing, in the same rounds. Each round appends 1,000
// events (the recorded demo session's, about 280 bytes each) to a log of 200,000 (a rotated
// archive and the live log), then times the running index's update (it reads the appended bytes
// only) and a fresh index's full read of the very same files. Interleaved; medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';
import { median } from './_util.mjs';

function template(root) {
  return fs
    .readFileSync(path.join(root, 'scripts', 'demo-session.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

function lines(events, from, count, t0) {
  let out = '';
  for (let i = from; i < from + count; i++) {
    const e = events[i % events.length];
    const round = Math.floor(i / events.length);
    out += `${JSON.stringify({
      ...e,
      timestamp: new Date(t0 + i * 50).toISOString(),
      session_id: e.session_id ? `${e.session_id.slice(0, 24)}${String(round).padStart(12, '0')}` : undefined,
    })}\n`;
  }
  return out;
}

export default async function bench({ root, quick }) {
  const { HistoryIndex } = await tsImport(path.join(root, 'lib', 'dashboard', 'history-index.ts'), import.meta.url);
  const events = template(root);
  const base = quick ? 50_000 : 200_000;
  const step = 1000;
  const rounds = quick ? 5 : 15;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), '2l-bench-history-'));
  const state = path.join(dir, '.2L');
  fs.mkdirSync(state, { mode: 0o700 });
  const t0 = Date.now() - (base + rounds * step) * 50;
  fs.writeFileSync(path.join(state, 'events-20260101T000000000Z.jsonl'), lines(events, 0, base / 2, t0));
  const live = path.join(state, 'events.jsonl');
  fs.writeFileSync(live, lines(events, base / 2, base / 2, t0));
  let n = base;
  try {
    const running = new HistoryIndex(dir);
    await running.update();
    const incremental = [];
    const full = [];
    const bytes = { incremental: 0, full: 0 };
    for (let r = 0; r < rounds; r++) {
      fs.appendFileSync(live, lines(events, n, step, t0));
      n += step;
      // Alternate which goes first, so neither always meets a warm page cache.
      const order = r % 2 ? ['full', 'incremental'] : ['incremental', 'full'];
      for (const which of order) {
        if (which === 'incremental') {
          const before = running.stats.bytesRead;
          const a = performance.now();
          await running.update();
          incremental.push(performance.now() - a);
          bytes.incremental = running.stats.bytesRead - before;
        } else {
          const fresh = new HistoryIndex(dir);
          const a = performance.now();
          await fresh.update();
          full.push(performance.now() - a);
          bytes.full = fresh.stats.bytesRead;
          if (fresh.count !== n) throw new Error(`the fresh index holds ${fresh.count} events, not ${n}`);
        }
      }
      if (running.count !== n) throw new Error(`the running index holds ${running.count} events, not ${n}`);
    }
    const ratio = median(incremental) / median(full);
    return [
      {
        name: `history index: update after ${step.toLocaleString('en')} new events (log of ${base.toLocaleString('en')}+)`,
        unit: 'ms',
        samples: incremental,
        reference: { name: 'a fresh index reading the same log from nothing', samples: full },
        target: { ratio: 0.05 },
        note: `${ratio.toFixed(4)}× the full read; bytes read ${bytes.incremental.toLocaleString('en')} vs ${bytes.full.toLocaleString('en')}`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
