/**
 * `2l doctor`'s report, pure: one line per check (OK, WARN or FAIL, what was
 * found, and for anything not OK the fix), the worst status, and the exit
 * code that says it. No I/O.
 */
import { stripControls } from '../shared/text.ts';

export type Status = 'OK' | 'WARN' | 'FAIL';

export interface Check {
  /** Short stable name: node, install, hooks, mode, state-dir, dashboards, psql, mcp. */
  id: string;
  status: Status;
  /** What was found, one line. */
  found: string;
  /** What to do, for WARN and FAIL. */
  fix?: string;
}

/** 0 everything OK, 3 warnings only, 1 at least one failure (2 is bad arguments, as in every command). */
export const EXIT = { OK: 0, WARN: 3, FAIL: 1 } as const satisfies Record<Status, number>;

const RANK: Record<Status, number> = { OK: 0, WARN: 1, FAIL: 2 };

export function worst(checks: readonly Check[]): Status {
  return checks.reduce<Status>((w, c) => (RANK[c.status] > RANK[w] ? c.status : w), 'OK');
}

export const ok = (id: string, found: string): Check => ({ id, status: 'OK', found });
export const warn = (id: string, found: string, fix: string): Check => ({ id, status: 'WARN', found, fix });
export const fail = (id: string, found: string, fix: string): Check => ({ id, status: 'FAIL', found, fix });

/** Control characters out: file names and project paths come from repositories we do not trust. */
const clean = (s: string) => stripControls(s, { replacement: '?' });

export function formatDoctor(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.id.length), 0);
  const lines = checks.flatMap((c) => [
    `${c.status.padEnd(4)}  ${c.id.padEnd(width)}  ${clean(c.found)}`,
    ...(c.fix ? [`${' '.repeat(6 + width)}  fix: ${clean(c.fix)}`] : []),
  ]);
  const w = worst(checks);
  const n = (s: Status) => checks.filter((c) => c.status === s).length;
  lines.push(`${w === 'OK' ? 'all good' : `${n('FAIL')} failed, ${n('WARN')} warning(s)`} (exit ${EXIT[w]})`);
  return `${lines.join('\n')}\n`;
}

export function doctorJson(checks: readonly Check[]): string {
  const w = worst(checks);
  return `${JSON.stringify({ worst: w, exit: EXIT[w], checks }, null, 2)}\n`;
}
