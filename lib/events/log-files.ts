/**
 * The log's files as the file system has them: the rotated archives (names
 * exactly as writer.ts's rotation makes them) and the live log, each lstat'ed,
 * never followed. What retention prunes and the storage forecast measures.
 * A planted link or FIFO at an archive's name is reported as not regular, so
 * no caller measures or deletes through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EVENTS_FILE, stateDir } from './project-dir.ts';
import { listArchives } from './writer.ts';

export interface LogFile {
  path: string;
  name: string;
  archive: boolean;
  /** False for a link, FIFO, folder, socket…: never read, measured or removed. */
  regular: boolean;
  bytes: number;
  mtimeMs: number;
  /** Identity, so a remover can tell the file it listed from one put in its place. */
  dev: number;
  ino: number;
  /** Owned by someone else (another user planted it): left alone. */
  foreign: boolean;
}

/** Archives oldest first, then the live log; [] when `.2L` is missing or not a real folder. */
export function statLogFiles(projectDir: string): LogFile[] {
  const dir = stateDir(projectDir);
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return [];
  const out: LogFile[] = [];
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  for (const file of [...listArchives(dir), path.join(dir, EVENTS_FILE)]) {
    const s = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!s) continue;
    const name = path.basename(file);
    out.push({
      path: file,
      name,
      archive: name !== EVENTS_FILE,
      regular: s.isFile(),
      bytes: s.isFile() ? s.size : 0,
      mtimeMs: s.mtimeMs,
      dev: s.dev,
      ino: s.ino,
      foreign: uid !== undefined && s.uid !== uid,
    });
  }
  return out;
}

/** Bytes a whole read of the history goes through (what a progress line counts against). */
export function historyBytes(projectDir: string): number {
  let n = 0;
  for (const f of statLogFiles(projectDir)) if (f.regular && !f.foreign) n += f.bytes;
  return n;
}
