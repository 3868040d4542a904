/**
 * Reading back what a test's project logged, the plain way: the live
 * `.2L/events.jsonl`, one JSON object a line. A torn line throws, which is
 * what a test wants to see. (2L's own reader, lib/events/stream.ts, is what
 * the tests are about; it is not used to check itself.)
 */
import fs from 'node:fs';
import path from 'node:path';

export const eventsFile = (project: string): string => path.join(project, '.2L', 'events.jsonl');

/** The non-empty lines of a JSONL file; [] when there is no file. */
export function jsonlLines(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** The raw lines of the project's event log, for tests about the bytes written. */
export const eventLines = (project: string): string[] => jsonlLines(eventsFile(project));

/**
 * Every event of the project's log, parsed; [] when there is no log. Typed as
 * JSON.parse gives it: tests reach into payloads of every shape.
 */
export function readEvents(project: string): any[] {
  return eventLines(project).map((l) => JSON.parse(l));
}
