/**
 * Progress on a terminal for commands that read a big history (`/2l-status`,
 * `/2l-query`, `2l export`). Nothing is written when the stream is not a
 * terminal (a pipe, a file, Claude Code's capture): those readers get exactly
 * the output they got before. On a terminal the line appears only once the
 * run has taken `delayMs` (1 s), is redrawn at most every `everyMs`, and is
 * erased at the end, so a quick run looks as it always did.
 */

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  now?: () => number;
  /** Silent for this long (default 1000 ms; `TWOL_PROGRESS_DELAY_MS` for tests that cannot wait). */
  delayMs?: number;
  everyMs?: number;
}

export interface Progress {
  /** `done` of `total` bytes read; cheap enough to call per event. */
  update(done: number, total: number): void;
  /** Erase the line, if one was drawn. */
  end(): void;
}

const SILENT: Progress = { update() {}, end() {} };

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** The line for `done` of `total` bytes (pure). */
export function progressLine(label: string, done: number, total: number): string {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return `${label}: reading the log ${pct}% (${mb(Math.min(done, total))} of ${mb(total)})`;
}

function delayFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const v = env.TWOL_PROGRESS_DELAY_MS;
  if (v === undefined || !/^\d{1,7}$/.test(v)) return undefined;
  return Number(v);
}

export function startProgress(label: string, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (stream.isTTY !== true) return SILENT;
  const now = opts.now ?? Date.now;
  const delay = opts.delayMs ?? delayFromEnv(process.env) ?? 1000;
  const every = opts.everyMs ?? 100;
  const began = now();
  let drawnAt: number | undefined;
  return {
    update(done, total) {
      const t = now();
      if (t - began < delay || (drawnAt !== undefined && t - drawnAt < every)) return;
      drawnAt = t;
      stream.write(`\r${progressLine(label, done, total)}\x1b[K`);
    },
    end() {
      if (drawnAt !== undefined) stream.write('\r\x1b[K');
      drawnAt = undefined;
    },
  };
}
