/**
 * The rotated archives' Summaries, each computed once and kept beside its
 * archive (events/archive-sidecar.ts), merged in log order into one Summary
 * (summary-state.ts). An archive whose sidecar is missing, stale (size, mtime,
 * inode or device changed) or refused is read once more and its sidecar
 * rewritten. The caller then adds the live log as before.
 */
import { readSidecar, writeSidecar } from '../events/archive-sidecar.ts';
import { statLogFiles, type LogFile } from '../events/log-files.ts';
import { streamFileBatches, newStreamStats } from '../events/stream.ts';
import { Summary } from './summary.ts';
import { parseSummaryState } from './summary-state.ts';

const KIND = 'summary-v1';

export interface ArchiveSummaryStats {
  /** Archives merged from their sidecar. */
  reused: number;
  /** Archives read (no usable sidecar) and their sidecar written. */
  built: number;
  /** Archives read whose state could not be kept (too many stateful events, or the write failed). */
  unkept: number;
  /** Bytes of archives read. */
  bytesRead: number;
}

/** Every event of one archive into `s`; the bytes read. */
async function readInto(f: LogFile, s: Summary): Promise<number> {
  const read = newStreamStats();
  const batches = streamFileBatches([f.path], {
    stats: read,
    chunkBytes: 1 << 20,
    maxLineBytes: 4 << 20,
    onBadLine: () => s.addMalformed(),
  });
  for await (const batch of batches) for (const e of batch) s.add(e);
  return read.bytes;
}

/**
 * Merge every archive of `projectDir` into `into` (a Summary that has seen
 * nothing yet), oldest first. `onArchive` follows the progress in bytes.
 * Returns the archives it covered, so the caller reads only the live log.
 */
export async function mergeArchiveSummaries(
  projectDir: string,
  into: Summary,
  onArchive?: (bytesDone: number) => void,
): Promise<{ archives: LogFile[]; stats: ArchiveSummaryStats }> {
  const stats: ArchiveSummaryStats = { reused: 0, built: 0, unkept: 0, bytesRead: 0 };
  const archives = statLogFiles(projectDir).filter((f) => f.archive && f.regular && !f.foreign);
  let done = 0;
  for (const f of archives) {
    const kept = readSidecar(f, KIND, parseSummaryState);
    if (kept && into.mergeState(kept)) stats.reused++;
    else {
      const fresh = new Summary({ record: true });
      stats.bytesRead += await readInto(f, fresh);
      const state = fresh.toState();
      // A state made here from the file is well-formed, so the merge succeeds.
      if (state && into.mergeState(state)) {
        if (writeSidecar(f, KIND, state)) stats.built++;
        else stats.unkept++;
      } else {
        // More stateful events than a state keeps: this archive is read each time, into the summary itself.
        stats.unkept++;
        stats.bytesRead += await readInto(f, into);
      }
    }
    done += f.bytes;
    onArchive?.(done);
  }
  return { archives, stats };
}
