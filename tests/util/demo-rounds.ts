/** The recorded demo session (scripts/demo-session.jsonl) repeated: each round a session of its own, times moving on. */
import fs from 'node:fs';
import path from 'node:path';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { ROOT } from './claude.ts';
import { costUpdate } from './cost-events.ts';

export const DEMO: readonly TwoLEvent[] = fs
  .readFileSync(path.join(ROOT, 'scripts', 'demo-session.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => parseEventLine(l)!);

/** Session id of round `r` (the demo's, numbered). */
export const demoSession = (id: string, r: number) => `${id.slice(0, 30)}${String(r).padStart(6, '0')}`;

/** Round `r`: event i at `t0 + (r·len + i)·stepMs`; `shift` moves durations so rounds differ. */
export function demoRound(
  r: number,
  opts: { t0: number; stepMs: number; shift?: (r: number, i: number) => number },
): TwoLEvent[] {
  return DEMO.map((e, i) => ({
    ...e,
    timestamp: new Date(opts.t0 + (r * DEMO.length + i) * opts.stepMs).toISOString(),
    ...(e.session_id ? { session_id: demoSession(e.session_id, r) } : {}),
    ...(typeof e.duration_ms === 'number' && opts.shift ? { duration_ms: e.duration_ms + opts.shift(r, i) } : {}),
  }));
}

/**
 * A demo round as a history reader sees it (20 s a step): plus a failed or
 * passed `/2l-setup-db` check (it counts toward the DB success rate however
 * old) and the session's cost as the Stop hook records it (read from the log,
 * not from transcripts).
 */
export function historyRound(r: number, t0: number): TwoLEvent[] {
  return [
    ...demoRound(r, { t0, stepMs: 20_000, shift: (r) => r * 3.7 }),
    {
      ...DEMO[0]!,
      event_type: 'db_check',
      source: 'emit',
      timestamp: new Date(t0 + r * DEMO.length * 20_000 + 5000).toISOString(),
      data: 'db check',
      payload: { outcome: r % 2 ? 'ok' : 'unreachable', wall_ms: 40 + r },
    },
    costUpdate(
      demoSession(DEMO[0]!.session_id!, r),
      { model: 'claude-sonnet-4-5', input: 1000 * (r + 1), usd: 0.5 * (r + 1) },
      new Date(t0 + (r * DEMO.length + DEMO.length - 1) * 20_000 + 10_000),
    ),
  ];
}
