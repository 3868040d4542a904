/** Event and log builders for the performance-monitoring tests. */
import fs from 'node:fs';
import path from 'node:path';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { ROOT, tempDir } from './claude.ts';
import { runSync } from './run.ts';

export const T0 = Date.parse('2026-11-20T12:00:00.000Z');

export function at(sec: number): Date {
  return new Date(T0 + sec * 1000);
}

export function hookEvent(type: string, sec: number, fields: Partial<TwoLEvent> = {}): TwoLEvent {
  return newEvent(type, `${type} ${sec}`, { source: 'hook', agent_id: 'main', session_id: 's1', ...fields }, at(sec));
}

export function toolCall(tool: string, ms: number, sec: number, fields: Partial<TwoLEvent> = {}): TwoLEvent {
  return hookEvent('tool_complete', sec, { tool_name: tool, duration_ms: ms, hook_ms: 2, ...fields });
}

export function lines(events: ReadonlyArray<object | string>): string {
  return events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';
}

/** A project folder with `.2L/` holding the given files (name -> content). */
export function project(files: Record<string, string> = {}): string {
  const dir = tempDir('perf');
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, '.2L', name), text);
  return dir;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a built script from dist/ the way a user does. */
export function runDist(
  script: string,
  args: string[],
  opts: { cwd: string; input?: string; env?: Record<string, string>; timeoutMs?: number },
): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: opts.cwd, LANG: 'C.UTF-8', ...opts.env };
  const { code, stdout, stderr } = runSync(process.execPath, [path.join(ROOT, 'dist', script), ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env,
    timeoutMs: opts.timeoutMs,
  });
  return { code, stdout, stderr };
}
