/**
 * JSONPath (jsonpath-plus) over the event log, as one array, or over a YAML
 * or JSON state file. jsonpath-plus accepts many broken expressions quietly
 * (`$[` returns the whole document), so expressions are checked first and a
 * broken one gets an error that says where. Filter scripts run in
 * jsonpath-plus's safe evaluator, never `eval`; a filter that reads a field
 * an item does not have simply does not match that item.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSONPath } from 'jsonpath-plus';
import { LineCounter, parseDocument } from 'yaml';
import type { TwoLEvent } from '../events/format.ts';
import { newStreamStats, streamEventBatches, type StreamStats } from '../events/stream.ts';
import { parseJsonText } from '../shared/json-file.ts';
import { isUnsafePath, readRegularText, refusalText, type UnsafePathError } from '../shared/safe-fs.ts';
import { UsageError, UserError, errorCode, errorMessage } from '../shared/errors.ts';

const MAX_EXPRESSION = 4096;
/** A state file is a config or a small record; parsing a larger YAML file would take minutes. */
const MAX_STATE_BYTES = 4 * 1024 * 1024;

function at(expr: string, i: number, what: string): UsageError {
  return new UsageError(
    `invalid JSONPath \`${expr.length > 120 ? `${expr.slice(0, 117)}...` : expr}\`: ${what} at character ${i + 1}${i < expr.length ? ` (\`${expr.slice(i, i + 12)}\`)` : ''}`,
  );
}

/** Structural check: starts with `$`, brackets, parentheses and quotes balance, no dangling `.`; a UsageError says where. */
export function checkJsonPath(expr: string): void {
  if (expr.trim() === '') throw new UsageError('empty JSONPath expression (start with `$`, e.g. `$[*].event_type`)');
  if (expr.length > MAX_EXPRESSION)
    throw new UsageError(`JSONPath expression of ${expr.length} characters is too long (limit ${MAX_EXPRESSION})`);
  if (expr[0] !== '$') throw at(expr, 0, 'an expression must start with `$` (the root)');
  const stack: Array<{ ch: string; i: number }> = [];
  let quote: { ch: string; i: number } | undefined;
  for (let i = 1; i < expr.length; i++) {
    const ch = expr[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote.ch) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (stack.length === 0) throw at(expr, i, "a quoted name belongs inside brackets, like `['name']`");
      quote = { ch, i };
    } else if (ch === '[' || ch === '(') stack.push({ ch, i });
    else if (ch === ']' || ch === ')') {
      const open = stack.pop();
      if (!open || (open.ch === '[') !== (ch === ']')) throw at(expr, i, `unexpected \`${ch}\``);
      if (ch === ']' && expr.slice(open.i + 1, i).trim() === '') throw at(expr, open.i, 'empty brackets `[]`');
    } else if (stack.length === 0) {
      if (ch === '.' && expr.startsWith('...', i)) throw at(expr, i, '`...` (use `..` for descendants)');
      if (/\s/.test(ch)) throw at(expr, i, 'whitespace outside brackets');
    }
  }
  if (quote) throw at(expr, quote.i, `unterminated quote ${quote.ch}`);
  const open = stack.pop();
  if (open) throw at(expr, open.i, `\`${open.ch}\` is never closed`);
  if (expr.endsWith('.'))
    throw at(expr, expr.length - 1, 'the expression ends with `.` (name what follows, or use `.*`)');
  // Filter and script syntax: jsonpath-plus parses a script only when it first runs, so run each once.
  for (const part of JSONPath.toPathArray(expr)) {
    if (!part.startsWith('?(') && !part.startsWith('(')) continue;
    try {
      JSONPath({ path: `$[${part}]`, json: [{}], eval: 'safe', ignoreEvalErrors: true, wrap: true });
    } catch (err) {
      throw new UsageError(
        `invalid JSONPath \`${expr.slice(0, 120)}\`: in script \`${part.slice(0, 80)}\`: ${errorMessage(err)}`,
      );
    }
  }
}

/** Evaluate a checked expression; always an array of matches. */
export function evaluate(expr: string, json: unknown): unknown[] {
  checkJsonPath(expr);
  try {
    return JSONPath({
      path: expr,
      json: json as object,
      eval: 'safe',
      ignoreEvalErrors: true,
      wrap: true,
    }) as unknown[];
  } catch (err) {
    throw new UsageError(`JSONPath \`${expr.slice(0, 120)}\` failed: ${errorMessage(err)}`);
  }
}

/** The log (archives first) as one array; `since` keeps only recent events. */
export async function loadEvents(
  projectDir: string,
  since?: Date,
  stats: StreamStats = newStreamStats(),
  onRead?: (bytes: number) => void,
): Promise<TwoLEvent[]> {
  const out: TwoLEvent[] = [];
  for await (const batch of streamEventBatches(projectDir, { since, stats })) {
    for (const e of batch) out.push(e);
    onRead?.(stats.bytes);
  }
  return out;
}

/** Filter names whose value depends on where an event sits in the whole array (a batch would give another answer). */
const POSITIONAL = /@(root|path|property|parent|parentProperty)\b/;

/**
 * Whether `expr` selects each event on its own (`$[*]…` or `$[?(…)]…`), so its
 * matches over the whole log are the matches over each batch, in order: such a
 * query streams and never holds the log. `$.length`, `$[-1:]`, `$..x`, and a
 * filter naming `@root`, `@path`, `@property`, `@parent` or `$` need the whole
 * array and load it as before.
 */
export function streamable(expr: string): boolean {
  const parts = JSONPath.toPathArray(expr);
  if (parts[0] !== '$' || parts.length < 2) return false;
  const first = parts[1]!;
  if (first !== '*' && !first.startsWith('?(')) return false;
  if (parts.slice(1).some((p) => p === '..' || p.startsWith('$') || p === '^' || p === '~')) return false;
  const rest = expr.slice(1);
  return !rest.includes('$') && !POSITIONAL.test(rest);
}

/**
 * The matches of a streamable expression over the log, evaluated a batch at a
 * time: memory is one batch plus the matches, never the log. `evalMs` and
 * `cpuMs` are the evaluation's own share (the alert store's query time), not
 * the reading's. `onRead` gets the bytes read after each batch (progress).
 */
export async function streamQuery(
  projectDir: string,
  expr: string,
  opts: { since?: Date; stats?: StreamStats; onRead?: (bytes: number) => void } = {},
): Promise<{ matches: unknown[]; events: number; evalMs: number; cpuMs: number }> {
  const stats = opts.stats ?? newStreamStats();
  if (!streamable(expr)) throw new Error(`not a streamable expression: ${expr.slice(0, 80)}`);
  checkJsonPath(expr);
  const matches: unknown[] = [];
  let events = 0;
  let evalMs = 0;
  let cpuMs = 0;
  // The reader's default 64 KiB reads: 1 MiB ones let the heap grow to 135 MB at 1M events (86 MB at 64 KiB).
  const batches = streamEventBatches(projectDir, { since: opts.since, stats });
  for await (const batch of batches) {
    events += batch.length;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const found = JSONPath({ path: expr, json: batch, eval: 'safe', ignoreEvalErrors: true, wrap: true }) as unknown[];
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    evalMs += performance.now() - t;
    for (const m of found) matches.push(m);
    opts.onRead?.(stats.bytes);
  }
  return { matches, events, evalMs, cpuMs };
}

/** Why `--state FILE` was refused, and what to do instead. */
function stateRefusal(file: string, err: UnsafePathError): UserError {
  const what =
    err.reason === 'symlink'
      ? 'is a symbolic link; 2L never follows links inside a project (name the file it points to)'
      : err.reason === 'not-regular'
        ? 'is not a file (a folder, device, FIFO or socket); name a regular file'
        : err.reason === 'too-big'
          ? `is larger than a state file can be (${err.detail})`
          : refusalText(err);
  return new UserError(`\`--state\`: \`${file}\` ${what}`);
}

/**
 * A state file: JSON for `.json`, YAML for anything else (YAML also reads JSON).
 * Only a regular file that is not a link, at most MAX_STATE_BYTES: the file
 * may sit in a repository that planted `state.yaml -> /dev/zero`. Anything
 * unusable is a UserError (exit 1) naming `--state` and the file.
 */
export function loadStateFile(file: string, cwd: string): unknown {
  let text: string | undefined;
  try {
    text = readRegularText(path.resolve(cwd, file), MAX_STATE_BYTES);
  } catch (err) {
    if (isUnsafePath(err)) throw stateRefusal(file, err);
    throw new UserError(`\`--state\`: cannot read \`${file}\` (${errorCode(err) ?? errorMessage(err)})`);
  }
  if (text === undefined) throw new UserError(`\`--state\`: cannot read \`${file}\` (ENOENT)`);
  if (/\.json$/i.test(file)) {
    try {
      return parseJsonText(text, file);
    } catch (err) {
      throw new UserError(`\`--state\`: ${errorMessage(err)}`);
    }
  }
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { prettyErrors: false, lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? (e.pos?.[0] !== undefined ? lc.linePos(e.pos[0]).line : undefined);
    throw new UserError(`\`--state\`: ${file}${line ? `:${line}` : ''}: not valid YAML (${e.message.split('\n')[0]})`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`\`--state\`: ${file}: ${errorMessage(err)}`);
  }
}
