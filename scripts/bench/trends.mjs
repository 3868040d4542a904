// Trends per status call: what feeding every event of the log to SessionTrends and reading the
// trends of every component costs, against reading the same events (parse + summary), which
// `/2l-status` does anyway. Interleaved round by round; medians.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';
import { median } from './_util.mjs';

const TOOLS = ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'Write', 'WebFetch', 'mcp__db__query'];

function line(i, sessions) {
  const tool = TOOLS[i % TOOLS.length];
  return JSON.stringify({
    timestamp: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    event_type: i % 31 === 0 ? 'tool_error' : 'tool_complete',
    phase: 'building',
    agent_id: 'main',
    data: `${tool}: npm test -- --grep case-${i}`,
    v: 1,
    source: 'hook',
    session_id: `S${Math.floor((i * sessions) / 20_000)}`,
    tool_name: tool,
    duration_ms: (i * 7919) % 4000,
    hook_ms: 2 + (i % 13),
  });
}

export default async function bench({ root, quick }) {
  const lib = (p) => tsImport(path.join(root, 'lib', p), import.meta.url);
  const { SessionTrends } = await lib('monitor/trends.ts');
  const { Summary } = await lib('monitor/summary.ts');
  const { parseEventLine } = await lib('events/format.ts');
  const lines = Array.from({ length: 20_000 }, (_, i) => line(i, 40));
  const rounds = quick ? 5 : 15;
  const trendMs = [];
  const readMs = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const summary = new Summary();
    const events = lines.map((l) => {
      const e = parseEventLine(l);
      summary.add(e);
      return e;
    });
    summary.snapshot(new Date());
    const t1 = performance.now();
    const trends = new SessionTrends();
    for (const e of events) trends.add(e);
    trends.trends();
    const t2 = performance.now();
    readMs.push(t1 - t0);
    trendMs.push(t2 - t1);
  }
  return [
    {
      name: 'trends per status call (20,000 events, 40 sessions, 8 tools: add every event, read every trend)',
      unit: 'ms',
      samples: trendMs,
      reference: { name: 'reading the same events (parse + summary + snapshot)', samples: readMs },
      note: `${((median(trendMs) * 1000) / lines.length).toFixed(2)} µs per event; ${(median(trendMs) / median(readMs)).toFixed(3)}× the read`,
    },
  ];
}
