/** The recorded demo session (scripts/demo-session.jsonl) repeated: each round a session of its own, times moving on. */
import fs from 'node:fs';
import path from 'node:path';
import { parseEventLine, type TwoLEvent } from '../../lib/events/format.ts';
import { ROOT } from './claude.ts';

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
