/**
 * Claude Code status line: reads the session JSON on stdin, prints one line.
 * Reads only what the log gained since the last run (cached in
 * `.2L/statusline-cache.json`), at most TAIL_BYTES, so its cost does not grow
 * with the log. Never fails loudly: a status line that errors shows nothing.
 * `.2L` and its files may be planted by the repository: a link or a FIFO is
 * never read or written through; the line names the first one refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listArchives } from '../events/writer.ts';
import { recordHookError } from '../hook/errors.ts';
import { resolveProjectDir } from '../events/project-dir.ts';
import { readStdinBounded } from '../shared/stdin.ts';
import { formatMsShort } from '../shared/duration.ts';
import {
  CREATE_EXCL_FLAGS,
  checkPrivateDir,
  isUnsafePath,
  openRegular,
  openRegularForRead,
  readRegularText,
} from '../shared/safe-fs.ts';
import {
  TAIL_BYTES,
  emptyCache,
  foldLines,
  parseCache,
  renderStatusLine,
  type AlertBrief,
  type StatusCache,
  type StatusPayload,
} from '../monitor/statusline.ts';

const CACHE_FILE = 'statusline-cache.json';
const MAX_SMALL_FILE = 1024 * 1024;
/**
 * The cache is rewritten only once this much is read past it (or after a
 * rotation): re-reading a few KiB each run costs less than writing a file.
 */
const REWRITE_AFTER_BYTES = 64 * 1024;

/** Raised for a planted file; `name` is what the line shows. */
class Refused extends Error {
  constructor(readonly name: string) {
    super(name);
  }
}

/** A planted file is Refused; absent, unreadable or too big to be ours is undefined (and replaced). */
function readSmall(dir: string, name: string): string | undefined {
  try {
    return readRegularText(path.join(dir, name), MAX_SMALL_FILE);
  } catch (err) {
    if (isUnsafePath(err) && err.reason !== 'too-big') throw new Refused(`.2L/${name}`);
    return undefined;
  }
}

/** Complete lines of `fd` from `from` (at most TAIL_BYTES, the newest ones); returns the new offset. */
function readFrom(fd: number, from: number, size: number): { text: string; offset: number; clipped: boolean } {
  const clipped = size - from > TAIL_BYTES;
  const start = clipped ? size - TAIL_BYTES : from;
  const buf = Buffer.allocUnsafe(size - start);
  let got = 0;
  while (got < buf.length) {
    const n = fs.readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  const lastNl = buf.lastIndexOf(0x0a, got - 1);
  if (lastNl === -1) return { text: '', offset: clipped ? start : from, clipped };
  // A clipped start lands mid-line: drop up to the first newline.
  const firstLine = clipped ? buf.indexOf(0x0a) + 1 : 0;
  return { text: buf.toString('utf8', firstLine, lastNl), offset: start + lastNl + 1, clipped };
}

/** `fn` over a regular file of ours opened for reading; undefined when it is absent. */
function withFile<T>(file: string, fn: (fd: number, st: fs.Stats) => T): T | undefined {
  let fd: number | undefined;
  try {
    fd = openRegularForRead(file);
  } catch (err) {
    throw isUnsafePath(err) ? new Refused(`.2L/${path.basename(file)}`) : err;
  }
  if (fd === undefined) return undefined;
  try {
    return fn(fd, fs.fstatSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}

function update(dir: string, cache: StatusCache): boolean {
  const before = cache.offset;
  const beforeIno = cache.ino;
  const changed = withFile(path.join(dir, 'events.jsonl'), (fd, st) => {
    const rotated = cache.ino !== 0 && cache.ino !== st.ino;
    if (rotated) {
      // Rotated: finish the archive we were reading, then start the new log.
      const archive = listArchives(dir).pop();
      if (archive) {
        withFile(archive, (afd, ast) => {
          if (ast.ino === cache.ino && ast.size > cache.offset) {
            const r = readFrom(afd, cache.offset, ast.size);
            foldLines(cache, r.text, r.clipped);
          }
        });
      }
      cache.offset = 0;
    }
    let from = cache.ino === st.ino || cache.ino !== 0 ? cache.offset : Math.max(0, st.size - TAIL_BYTES);
    if (from > st.size) from = 0; // truncated under us
    const firstRun = cache.ino === 0;
    cache.ino = st.ino;
    if (st.size > from) {
      const r = readFrom(fd, from, st.size);
      foldLines(cache, r.text, r.clipped || (firstRun && from > 0));
      cache.offset = r.offset;
    } else cache.offset = from;
    return beforeIno === 0 || rotated || cache.offset - before >= REWRITE_AFTER_BYTES || cache.offset < before;
  });
  return changed ?? false;
}

/** Written aside and renamed over: a reader never sees half a cache; O_EXCL never follows a link. */
function saveCache(dir: string, cache: StatusCache): void {
  const file = path.join(dir, CACHE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.unlinkSync(tmp); // a leftover of a crashed run with our pid; unlink never follows a link
  } catch {
    /* none: the usual case */
  }
  const fd = openRegular(tmp, CREATE_EXCL_FLAGS, 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(cache));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** Firing alerts from the state every evaluator shares (pending ones are not announced); critical first. */
function alertBrief(dir: string): AlertBrief {
  const text = readSmall(dir, 'alerts-state.json');
  if (!text) return { count: 0 };
  try {
    type Entry = { label?: string; value?: number; target?: number; unit?: string; state?: string; severity?: string };
    const active = Object.values((JSON.parse(text) as { active?: Record<string, Entry> }).active ?? {})
      .filter((a) => a && typeof a === 'object' && a.state !== 'pending')
      .sort((a, b) => Number(b.severity === 'critical') - Number(a.severity === 'critical'));
    const a = active[0];
    const fmt = (v: number | undefined, unit: string | undefined) =>
      typeof v !== 'number'
        ? '?'
        : unit === 'ratio'
          ? `${Math.round(v * 1000) / 10}%`
          : unit === 'usd'
            ? `$${v.toFixed(2)}`
            : unit === 'ms' || unit === undefined
              ? formatMsShort(v)
              : `${Math.round(v * 100) / 100}`;
    return {
      count: active.length,
      first: a ? `${a.label ?? 'alert'} ${fmt(a.value, a.unit)}>${fmt(a.target, a.unit)}` : undefined,
      critical: a?.severity === 'critical',
    };
  } catch {
    return { count: 0 };
  }
}

/** What the line shows from `.2L`; `refused` names the first planted file met (none is read or written through). */
function collect(dir: string): { cache: StatusCache; alerts: AlertBrief; refused?: string } {
  const refused: string[] = [];
  const attempt = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      refused.push(err.name);
      return fallback;
    }
  };
  const cache = parseCache(attempt(undefined, () => readSmall(dir, CACHE_FILE)));
  // A refused cache is never written: this run reads the log's tail from scratch.
  const cacheRefused = refused.length > 0;
  try {
    if (attempt(false, () => update(dir, cache)) && !cacheRefused) saveCache(dir, cache);
  } catch {
    /* read-only or vanished .2L: show what we have */
  }
  if (cacheRefused)
    recordHookError(
      dir,
      `statusline: refused ${path.join(dir, CACHE_FILE)}: a link or special file; the cache is not written`,
    );
  const alerts = attempt<AlertBrief>({ count: 0 }, () => alertBrief(dir));
  return { cache, alerts, refused: refused[0] };
}

async function main(): Promise<void> {
  let payload: StatusPayload & { cwd?: string; workspace?: { project_dir?: string; current_dir?: string } } = {};
  try {
    const input = await readStdinBounded(1024 * 1024, 1000);
    if (input.text.trim()) payload = JSON.parse(input.text);
  } catch {
    /* render with what we have */
  }
  if (!payload || typeof payload !== 'object') payload = {};
  const project = resolveProjectDir(
    [process.env.CLAUDE_PROJECT_DIR, payload.workspace?.project_dir, payload.cwd],
    process.cwd(),
  );
  const dir = path.join(project, '.2L');
  let shown: ReturnType<typeof collect> = { cache: emptyCache(), alerts: { count: 0 } };
  try {
    checkPrivateDir(dir);
    shown = collect(dir);
  } catch (err) {
    if (isUnsafePath(err)) shown.refused = '.2L'; // absent or unreadable: nothing of 2L's to show
  }
  out(`${renderStatusLine(payload, shown.cache, shown.alerts, new Date(), shown.refused)}\n`);
}

main().catch(() => out('2L\n'));

/** fs.writeSync, not process.stdout: building the stdout stream loads ~20 stream modules per run. */
function out(text: string): void {
  try {
    fs.writeSync(1, text);
  } catch {
    /* Claude Code stopped reading: nothing to do */
  }
}
