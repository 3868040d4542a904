/**
 * Claude Code status line: reads the session JSON on stdin, prints one line.
 * Reads only what the log gained since the last run (cached in
 * `.2L/statusline-cache.json`), at most TAIL_BYTES, so its cost does not grow
 * with the log. Never fails loudly: a status line that errors shows nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listArchives } from '../event-writer.ts';
import { resolveProjectDir } from '../project-dir.ts';
import { readStdinBounded } from '../read-stdin.ts';
import { TAIL_BYTES, foldLines, parseCache, renderStatusLine, type AlertBrief, type StatusCache, type StatusPayload } from '../statusline.ts';

const CACHE_FILE = 'statusline-cache.json';
/**
 * The cache is rewritten only once this much is read past it (or after a
 * rotation): re-reading a few KiB each run costs less than writing a file.
 */
const REWRITE_AFTER_BYTES = 64 * 1024;

/** A small file's text; undefined when absent, unreadable or too big to be ours. */
function readText(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > 1024 * 1024) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Complete lines of `file` from `from` (at most TAIL_BYTES, the newest ones); returns the new offset. */
function readFrom(file: string, from: number, size: number): { text: string; offset: number; clipped: boolean } {
  const clipped = size - from > TAIL_BYTES;
  const start = clipped ? size - TAIL_BYTES : from;
  const fd = fs.openSync(file, 'r');
  try {
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
  } finally {
    fs.closeSync(fd);
  }
}

function update(dir: string, cache: StatusCache): boolean {
  const live = path.join(dir, 'events.jsonl');
  let st: fs.Stats;
  try {
    st = fs.statSync(live);
  } catch {
    return false;
  }
  const before = cache.offset;
  const beforeIno = cache.ino;
  const rotated = cache.ino !== 0 && cache.ino !== st.ino;
  if (cache.ino !== 0 && cache.ino !== st.ino) {
    // Rotated: finish the archive we were reading, then start the new log.
    const archive = listArchives(dir).pop();
    if (archive) {
      try {
        const ast = fs.statSync(archive);
        if (ast.ino === cache.ino && ast.size > cache.offset) {
          const r = readFrom(archive, cache.offset, ast.size);
          foldLines(cache, r.text, r.clipped);
        }
      } catch {
        /* gone: lose those few lines */
      }
    }
    cache.offset = 0;
  }
  let from = cache.ino === st.ino || cache.ino !== 0 ? cache.offset : Math.max(0, st.size - TAIL_BYTES);
  if (from > st.size) from = 0; // truncated under us
  const firstRun = cache.ino === 0;
  cache.ino = st.ino;
  if (st.size > from) {
    const r = readFrom(live, from, st.size);
    foldLines(cache, r.text, r.clipped || (firstRun && from > 0));
    cache.offset = r.offset;
  } else cache.offset = from;
  return beforeIno === 0 || rotated || cache.offset - before >= REWRITE_AFTER_BYTES || cache.offset < before;
}

function alertBrief(dir: string): AlertBrief {
  const text = readText(path.join(dir, 'alerts-state.json'));
  if (!text) return { count: 0 };
  try {
    const active = Object.values((JSON.parse(text) as { active?: Record<string, { label?: string; value?: number; target?: number; unit?: string }> }).active ?? {});
    const a = active[0];
    const fmt = (v: number | undefined, unit: string | undefined) => (v === undefined ? '?' : unit === 'ratio' ? `${Math.round(v * 100_000) / 1000}%` : `${Math.round(v)}ms`);
    return { count: active.length, first: a ? `${a.label ?? 'alert'} ${fmt(a.value, a.unit)}>${fmt(a.target, a.unit)}` : undefined };
  } catch {
    return { count: 0 };
  }
}

function main(): void {
  let payload: StatusPayload & { cwd?: string; workspace?: { project_dir?: string; current_dir?: string } } = {};
  try {
    const input = readStdinBounded(1024 * 1024, 1000);
    if (input.text.trim()) payload = JSON.parse(input.text);
  } catch {
    /* render with what we have */
  }
  if (!payload || typeof payload !== 'object') payload = {};
  const project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR, payload.workspace?.project_dir, payload.cwd], process.cwd());
  const dir = path.join(project, '.2L');
  const cacheFile = path.join(dir, CACHE_FILE);
  const cache: StatusCache = parseCache(readText(cacheFile));
  try {
    if (update(dir, cache)) {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(cache), { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
    }
  } catch {
    /* read-only or vanished .2L: show what we have */
  }
  out(`${renderStatusLine(payload, cache, alertBrief(dir), new Date())}\n`);
}

try {
  main();
} catch {
  out('2L\n');
}

/** fs.writeSync, not process.stdout: building the stdout stream loads ~20 stream modules per run. */
function out(text: string): void {
  try {
    fs.writeSync(1, text);
  } catch {
    /* Claude Code stopped reading: nothing to do */
  }
}
