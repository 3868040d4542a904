/**
 * Carries out a list of file operations on the target, all or nothing:
 * back up every existing thing an op will replace or delete (one run folder,
 * manifest first), then write atomically in order (the caller puts the state
 * file last). On any error the journal is unwound from those backups and the
 * run folder removed, so the tree is as it was. All mutating calls go through
 * `fs`, which tests swap to inject a fault at each step.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync, type AtomicFs } from '../shared/atomic-write.ts';
import { errorMessage } from '../shared/cli.ts';
import { MANIFEST, newRunId, runDir, BACKUPS_DIR, type BackupEntry, type BackupManifest } from './backup.ts';
import { sha256 } from './source.ts';
import type { JsonObject } from './settings-merge.ts';

export type MutFs = AtomicFs & Pick<typeof nodeFs, 'mkdirSync' | 'rmdirSync' | 'symlinkSync'>;

export type Op =
  /**
   * `exactMode`: `mode` wins over the existing file's (the pack's files); else an existing file keeps its own.
   * `throughLink`: a symlink at rel is kept and the file it points at is replaced (settings.json in a dotfiles repo).
   * `displaces` / `edited`: the bytes replaced are the user's (never ours / ours, edited); the manifest says so.
   */
  | {
      kind: 'write';
      rel: string;
      bytes: Buffer;
      mode: number;
      reason: string;
      displaces?: boolean;
      edited?: boolean;
      exactMode?: boolean;
      throughLink?: boolean;
    }
  /** Set the mode of a file whose bytes are already right; undone by setting the old one back. */
  | { kind: 'chmod'; rel: string; mode: number; reason: string }
  | { kind: 'symlink'; rel: string; link: string; reason: string }
  | { kind: 'remove'; rel: string; reason: string }
  /** Replace a symlinked folder by a real one holding copies of what it showed. */
  | { kind: 'link-to-dir'; rel: string; seeds: Array<{ rel: string; bytes: Buffer; mode: number }>; reason: string };

export interface ApplyInput {
  target: string;
  command: string;
  packVersion: string;
  ops: Op[];
  statusLineDisplaced?: JsonObject;
}

export interface ApplyResult {
  run?: string;
  written: string[];
  removed: string[];
  backedUp: string[];
}

export interface ApplyDeps {
  fs?: MutFs;
  now?: Date;
  pid?: number;
}

type JournalEntry =
  | { t: 'mkdir'; abs: string }
  | { t: 'rmdir'; abs: string }
  | { t: 'chmod'; abs: string; mode: number }
  | { t: 'created'; abs: string }
  | { t: 'replaced'; abs: string; backup: BackupEntry; from: string };

export class ApplyError extends Error {
  constructor(
    message: string,
    readonly rolledBack: boolean,
  ) {
    super(message);
    this.name = 'ApplyError';
  }
}

function exists(abs: string): nodeFs.Stats | undefined {
  try {
    return nodeFs.lstatSync(abs);
  } catch {
    return undefined;
  }
}

/** mkdir -p, journaling each level it creates. */
function mkdirs(fs: MutFs, dir: string, journal: JournalEntry[]): void {
  const missing: string[] = [];
  let d = dir;
  while (!exists(d)) {
    missing.unshift(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing) {
    fs.mkdirSync(m);
    journal.push({ t: 'mkdir', abs: m });
  }
}

/** rmdir a tree of empty folders, deepest first, journaling each. */
function removeEmptyTree(fs: MutFs, dir: string, journal: JournalEntry[]): void {
  for (const name of nodeFs.readdirSync(dir)) removeEmptyTree(fs, path.join(dir, name), journal);
  fs.rmdirSync(dir);
  journal.push({ t: 'rmdir', abs: dir });
}

/** Copy whatever is at abs (file or symlink; with `throughLink`, the file a link points at) to dest; returns its manifest entry. */
function saveCopy(
  fs: MutFs,
  abs: string,
  dest: string,
  rel: string,
  reason: string,
  journal: JournalEntry[],
  throughLink: boolean,
): BackupEntry {
  const st = throughLink ? nodeFs.statSync(abs) : nodeFs.lstatSync(abs);
  // A link is saved in the manifest only: a link on disk in the backup folder
  // could route a later backup write out through it.
  if (st.isSymbolicLink()) return { rel, symlink: nodeFs.readlinkSync(abs), reason };
  mkdirs(fs, path.dirname(dest), journal);
  const bytes = nodeFs.readFileSync(abs);
  atomicWriteFileSync(dest, bytes, { mode: st.mode & 0o7777, fs });
  journal.push({ t: 'created', abs: dest });
  return { rel, sha256: sha256(bytes), mode: st.mode & 0o7777, reason };
}

/** The file a symlink at abs points at (followed to the end); abs itself when it is no link. */
function linkedFile(abs: string): string {
  return exists(abs)?.isSymbolicLink() ? nodeFs.realpathSync(abs) : abs;
}

function restoreFrom(fs: MutFs, from: string, abs: string, entry: BackupEntry): void {
  if (entry.symlink !== undefined) {
    if (exists(abs)) fs.unlinkSync(abs);
    fs.symlinkSync(entry.symlink, abs);
    return;
  }
  if (exists(abs)?.isSymbolicLink()) fs.unlinkSync(abs);
  atomicWriteFileSync(abs, nodeFs.readFileSync(from), { mode: entry.mode, fs, keepMode: false });
}

function rollback(fs: MutFs, journal: JournalEntry[], runFolder: string | undefined): string[] {
  const problems: string[] = [];
  for (const j of [...journal].reverse()) {
    try {
      if (j.t === 'created') {
        if (exists(j.abs)) fs.unlinkSync(j.abs);
      } else if (j.t === 'mkdir') {
        fs.rmdirSync(j.abs);
      } else if (j.t === 'rmdir') {
        fs.mkdirSync(j.abs);
      } else if (j.t === 'chmod') {
        fs.chmodSync(j.abs, j.mode);
      } else {
        restoreFrom(fs, j.from, j.abs, j.backup);
      }
    } catch (err) {
      problems.push(`${j.abs}: ${errorMessage(err)}`);
    }
  }
  if (problems.length === 0 && runFolder) nodeFs.rmSync(runFolder, { recursive: true, force: true });
  return problems;
}

export function writeManifest(fs: MutFs, folder: string, m: BackupManifest): void {
  atomicWriteFileSync(path.join(folder, MANIFEST), `${JSON.stringify(m, null, 2)}\n`, { fs });
}

export function applyOps(input: ApplyInput, deps: ApplyDeps = {}): ApplyResult {
  const fs = deps.fs ?? (nodeFs as MutFs);
  const now = deps.now ?? new Date();
  const pid = deps.pid ?? process.pid;
  const journal: JournalEntry[] = [];
  const result: ApplyResult = { written: [], removed: [], backedUp: [] };
  const abs = (rel: string) => path.join(input.target, rel);
  // A folder about to become a link again holds nothing by then (its files are removed by earlier ops).
  const toSave = input.ops.filter(
    (op) => op.kind !== 'chmod' && exists(abs(op.rel)) && !exists(abs(op.rel))!.isDirectory(),
  );
  let folder: string | undefined;
  let manifest: BackupManifest | undefined;
  try {
    if (toSave.length > 0) {
      result.run = newRunId(now, pid);
      folder = runDir(input.target, result.run);
      const entries: BackupEntry[] = [];
      mkdirs(fs, folder, journal);
      for (const op of toSave) {
        const write = op.kind === 'write' ? op : undefined;
        const entry = saveCopy(
          fs,
          abs(op.rel),
          path.join(folder, op.rel),
          op.rel,
          op.reason,
          journal,
          !!write?.throughLink,
        );
        entries.push({
          ...entry,
          ...(write?.displaces ? { displaces: true } : {}),
          ...(write?.edited ? { edited: true } : {}),
        });
        result.backedUp.push(op.rel);
      }
      manifest = {
        run: result.run,
        command: input.command,
        created_at: now.toISOString(),
        pid,
        pack_version: input.packVersion,
        complete: false,
        files: entries,
        ...(input.statusLineDisplaced ? { status_line_displaced: input.statusLineDisplaced } : {}),
      };
      writeManifest(fs, folder, manifest);
      journal.push({ t: 'created', abs: path.join(folder, MANIFEST) });
    }
    const saved = new Map(manifest?.files.map((e) => [e.rel, e]) ?? []);
    for (const op of input.ops) {
      // A link written through is left alone: the file it points at is what changes (and is undone).
      const target = op.kind === 'write' && op.throughLink ? linkedFile(abs(op.rel)) : abs(op.rel);
      const before = saved.get(op.rel);
      if (op.kind === 'chmod') {
        const old = nodeFs.lstatSync(target).mode & 0o7777;
        fs.chmodSync(target, op.mode);
        journal.push({ t: 'chmod', abs: target, mode: old });
        result.written.push(op.rel);
        continue;
      }
      if (op.kind !== 'remove') mkdirs(fs, path.dirname(target), journal);
      if (op.kind === 'remove') {
        if (exists(target)) fs.unlinkSync(target);
      } else if (op.kind === 'symlink') {
        if (exists(target)?.isDirectory()) removeEmptyTree(fs, target, journal);
        else if (exists(target)) fs.unlinkSync(target);
        fs.symlinkSync(op.link, target);
      } else if (op.kind === 'link-to-dir') {
        fs.unlinkSync(target);
        journal.push({ t: 'replaced', abs: target, backup: before!, from: path.join(folder!, op.rel) });
        mkdirs(fs, target, journal);
        for (const seed of op.seeds) {
          const dest = path.join(target, seed.rel);
          mkdirs(fs, path.dirname(dest), journal);
          atomicWriteFileSync(dest, seed.bytes, { mode: seed.mode, fs });
          journal.push({ t: 'created', abs: dest });
        }
        result.written.push(op.rel);
        continue;
      } else {
        if (exists(target)?.isSymbolicLink()) fs.unlinkSync(target);
        atomicWriteFileSync(target, op.bytes, { mode: op.mode, fs, ...(op.exactMode ? { keepMode: false } : {}) });
      }
      journal.push(
        before && folder
          ? { t: 'replaced', abs: target, backup: before, from: path.join(folder, op.rel) }
          : { t: 'created', abs: target },
      );
      (op.kind === 'remove' ? result.removed : result.written).push(op.rel);
    }
    if (folder && manifest) writeManifest(fs, folder, { ...manifest, complete: true });
    return result;
  } catch (err) {
    const problems = rollback(fs, journal, folder);
    const why = errorMessage(err);
    if (problems.length === 0) throw new ApplyError(`${why}; nothing was changed (rolled back)`, true);
    throw new ApplyError(
      `${why}; rollback was incomplete (${problems.join('; ')}). The backups of this run are in \`${folder ?? path.join(input.target, BACKUPS_DIR)}\`; the next install completes the run`,
      false,
    );
  }
}

const TEMP_RE = /^\..+\.(\d+)\.[a-z0-9]+\.tmp$/;

/**
 * Temp files (see atomic-write) a killed run left in the folders we write to.
 * Only names of our pattern whose pid is dead are removed.
 */
export function sweepTempFiles(dirs: Iterable<string>, alive: (pid: number) => boolean): string[] {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = nodeFs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      const m = TEMP_RE.exec(n);
      if (!m || alive(Number(m[1]))) continue;
      nodeFs.rmSync(path.join(dir, n), { force: true });
      removed.push(path.join(dir, n));
    }
  }
  return removed;
}
