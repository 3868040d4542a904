/**
 * Reading JSON config files that users edit by hand: a parse error names the
 * file, line and column, so the user can fix it; absent is not an error.
 * `readJsonObjectSafe` is for files a repository may have planted (never a
 * symlink, FIFO or device, size-capped) and for the user's own big files.
 */
import fs from 'node:fs';
import { parse as parseTolerant, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { UnsafePathError, readRegularText, readUserRegularText } from './safe-fs.ts';
import { errorCode, errorMessage } from './errors.ts';

export class JsonFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'JsonFileError';
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where the first syntax error is, for the messages of JSON.parse that give no position ("Unexpected token …"). */
function firstErrorOffset(body: string): number | undefined {
  const errors: ParseError[] = [];
  parseTolerant(body, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset;
}

/** Parse JSON text; errors say where. Empty or whitespace-only text is `{}`. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch (err) {
    const msg = errorMessage(err);
    const m = /position (\d+)/.exec(msg);
    const offset = m ? Number(m[1]) : firstErrorOffset(body);
    if (offset !== undefined) {
      const { line, column } = lineColumn(body, offset);
      throw new JsonFileError(
        `${file}:${line}:${column}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '')})`,
        file,
        line,
        column,
      );
    }
    throw new JsonFileError(`${file}: invalid JSON (${msg})`, file);
  }
}

/** A file's text, or undefined when it does not exist; any other failure throws. */
export function readTextIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/** JSON text that must hold an object at the top level; `label` names it in errors. */
export function parseJsonObjectText(text: string, label: string): Record<string, unknown> {
  const value = parseJsonText(text, label);
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new JsonFileError(`${label}: expected a JSON object at the top level`, label);
  return value as Record<string, unknown>;
}

/** Read a JSON object file; undefined when it does not exist. `label` names it in errors. */
export function readJsonObject(file: string, label: string = file): Record<string, unknown> | undefined {
  const text = readTextIfExists(file);
  return text === undefined ? undefined : parseJsonObjectText(text, label);
}

export interface SafeReadOptions {
  /** How the file is named in messages (defaults to its path). */
  label?: string;
  maxBytes: number;
  /**
   * The user's own file (under HOME): a final symlink is followed. Default: a
   * file inside a project, whose final symlink is never followed.
   */
  userFile?: boolean;
}

/**
 * A file's text read as `opts` says: only a regular file, at most `maxBytes`;
 * undefined when absent. A planted link, FIFO, device or oversized file is a
 * JsonFileError naming `label`, like any other unusable config file.
 */
export function readTextSafe(file: string, opts: SafeReadOptions): string | undefined {
  const label = opts.label ?? file;
  try {
    return opts.userFile ? readUserRegularText(file, opts.maxBytes) : readRegularText(file, opts.maxBytes);
  } catch (err) {
    if (err instanceof UnsafePathError) throw new JsonFileError(`${label}${err.message.slice(err.file.length)}`, label);
    throw err;
  }
}

/** readJsonObject for files a repository may have planted, or big files of the user's own. */
export function readJsonObjectSafe(file: string, opts: SafeReadOptions): Record<string, unknown> | undefined {
  const text = readTextSafe(file, opts);
  return text === undefined ? undefined : parseJsonObjectText(text, opts.label ?? file);
}
