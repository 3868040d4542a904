/**
 * `/2l-status --watch`: a live terminal view that redraws in place. Cheap by
 * construction: every `everyMs` it compares the log's size and time (one
 * lstat each, never following a link) and reads the log again only when
 * they changed, or every `refreshMs` so "ago" times stay true; a resize
 * redraws the last report. It draws on the terminal's alternate screen with
 * the cursor hidden, and gives both back on Ctrl-C, SIGTERM or any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WriteStream } from 'node:tty';
import { collectStatus, type StatusReport } from './status-collect.ts';
import { renderWatchFrame } from './watch-render.ts';
import { stateDir } from '../events/project-dir.ts';
import { UsageError } from '../shared/errors.ts';

export interface WatchOptions {
  project: string;
  since?: Date;
  session?: string;
  everyMs?: number;
  refreshMs?: number;
  color?: boolean;
  out?: WriteStream | NodeJS.WriteStream;
  signals?: Pick<NodeJS.Process, 'once' | 'removeListener'>;
}

const ENTER = '\u001b[?1049h\u001b[?25l';
const LEAVE = '\u001b[?25h\u001b[?1049l';

/** What tells us the log moved on: size and mtime of the live file and the folder (rotation). */
function logStamp(project: string): string {
  const dir = stateDir(project);
  const stamp = (p: string) => {
    try {
      const st = fs.lstatSync(p);
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return '-';
    }
  };
  return `${stamp(dir)}|${stamp(path.join(dir, 'events.jsonl'))}`;
}

export async function runWatch(opts: WatchOptions): Promise<number> {
  const out = opts.out ?? process.stdout;
  if (!out.isTTY)
    throw new UsageError(
      '`--watch` draws on a terminal and stdout is not one; use `--json` (or no option) for scripts',
    );
  const everyMs = opts.everyMs ?? 2000;
  const refreshMs = opts.refreshMs ?? 30_000;
  const signals = opts.signals ?? process;
  let report: StatusReport | undefined;
  let stamp = '';
  let readAt = 0;
  let busy = false;

  const draw = () => {
    if (!report) return;
    const lines = renderWatchFrame(report, {
      width: out.columns ?? 80,
      height: out.rows ?? 24,
      color: opts.color ?? false,
      now: new Date(),
      everyMs,
    });
    // Home, each line then erase-to-end-of-line, then erase below: no blank flash between frames.
    out.write(`\u001b[H${lines.map((l) => `${l}\u001b[K`).join('\n')}\n\u001b[J`);
  };
  const tick = async () => {
    if (busy) return;
    const now = Date.now();
    const next = logStamp(opts.project);
    if (next === stamp && now - readAt < refreshMs && report) return;
    busy = true;
    try {
      const { report: r } = await collectStatus(opts.project, {
        since: opts.since,
        session: opts.session,
        recordAlerts: false,
      });
      report = r;
      stamp = next;
      readAt = now;
      draw();
    } finally {
      busy = false;
    }
  };

  out.write(ENTER);
  let timer: NodeJS.Timeout | undefined;
  const onResize = () => draw();
  let stop = () => {};
  try {
    return await new Promise<number>((resolve, reject) => {
      stop = () => resolve(0);
      signals.once('SIGINT', stop);
      signals.once('SIGTERM', stop);
      out.on('resize', onResize);
      const loop = () =>
        tick().then(() => {
          timer = setTimeout(loop, everyMs);
        }, reject);
      loop();
    });
  } finally {
    if (timer) clearTimeout(timer);
    out.removeListener('resize', onResize);
    signals.removeListener('SIGINT', stop);
    signals.removeListener('SIGTERM', stop);
    out.write(LEAVE);
  }
}
