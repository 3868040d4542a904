import path from 'node:path';

/**
 * The project whose `.2L/` receives events: an explicit choice, else
 * CLAUDE_PROJECT_DIR, else the payload's cwd, else our cwd. Relative or empty
 * values are ignored rather than resolved against somewhere surprising.
 */
export function resolveProjectDir(candidates: ReadonlyArray<string | undefined>, fallback: string): string {
  for (const c of candidates) {
    if (typeof c === 'string' && c.length > 0 && c.length < 4096 && path.isAbsolute(c) && !c.includes('\0')) {
      return path.resolve(c);
    }
  }
  return path.resolve(fallback);
}

export const STATE_DIR = '.2L';
export const EVENTS_FILE = 'events.jsonl';

export function stateDir(projectDir: string): string {
  return path.join(projectDir, STATE_DIR);
}

export function eventsPath(projectDir: string): string {
  return path.join(projectDir, STATE_DIR, EVENTS_FILE);
}
