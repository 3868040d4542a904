/**
 * Streams a project's events: rotated archives oldest first, then the live
 * log, one line at a time, so memory does not grow with the log. Lines that
 * are not 2L events (corrupt, truncated by a crash) are counted and skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseEventLine, type TwoLEvent } from './event-format.ts';
import { listArchives } from './event-writer.ts';
import { eventsPath, stateDir } from './project-dir.ts';

export interface ReadOptions {
  /** Keep events at or after this time (epoch ms). */
  sinceMs?: number;
  /** Keep only this session's events. */
  sessionId?: string;
}

export interface ReadStats {
  files: number;
  lines: number;
  malformed: number;
}

/** Rotation time encoded in an archive name (`events-20261120T231500123Z.jsonl`). */
export function archiveTime(file: string): number | undefined {
  const m = /^events-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(path.basename(file));
  if (!m) return undefined;
  const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** The log files to read, oldest first; archives rotated before `sinceMs` hold nothing newer and are skipped. */
export function logFiles(project: string, sinceMs?: number): string[] {
  const archives = listArchives(stateDir(project)).filter((f) => sinceMs === undefined || (archiveTime(f) ?? Infinity) >= sinceMs);
  return [...archives, eventsPath(project)];
}

export async function* readEvents(project: string, opts: ReadOptions = {}, stats: ReadStats = { files: 0, lines: 0, malformed: 0 }): AsyncGenerator<TwoLEvent> {
  for (const file of logFiles(project, opts.sinceMs)) {
    let stream: fs.ReadStream;
    try {
      stream = await openStream(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new Error(`cannot read \`${file}\`: ${(err as Error).message}`);
    }
    stats.files++;
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    const it = lines[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = await it.next();
        } catch (err) {
          throw new Error(`cannot read \`${file}\`: ${(err as Error).message}`);
        }
        if (next.done) break;
        const line = next.value;
        if (line.trim() === '') continue;
        stats.lines++;
        const event = parseEventLine(line);
        if (!event) {
          stats.malformed++;
          continue;
        }
        if (opts.sinceMs !== undefined && !(Date.parse(event.timestamp) >= opts.sinceMs)) continue;
        if (opts.sessionId !== undefined && event.session_id !== opts.sessionId) continue;
        yield event;
      }
    } finally {
      lines.close();
      stream.destroy();
    }
  }
}

/** Resolves once the file is open, so a missing or unreadable file is an error here and not mid-stream. */
function openStream(file: string): Promise<fs.ReadStream> {
  return new Promise((resolve, reject) => {
    const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    stream.once('open', () => resolve(stream));
    stream.once('error', reject);
  });
}
