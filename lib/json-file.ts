/**
 * Reading JSON config files that users edit by hand: a parse error names the
 * file, line and column, so the user can fix it; absent is not an error.
 */
import fs from 'node:fs';
import { parse as parseTolerant, type ParseError } from 'jsonc-parser/lib/esm/main.js';

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
    const msg = (err as Error).message;
    const m = /position (\d+)/.exec(msg);
    const offset = m ? Number(m[1]) : firstErrorOffset(body);
    if (offset !== undefined) {
      const { line, column } = lineColumn(body, offset);
      throw new JsonFileError(`${file}:${line}:${column}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '')})`, file, line, column);
    }
    throw new JsonFileError(`${file}: invalid JSON (${msg})`, file);
  }
}

/** A file's text, or undefined when it does not exist; any other failure throws. */
export function readTextIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Read a JSON object file; undefined when it does not exist. `label` names it in errors. */
export function readJsonObject(file: string, label: string = file): Record<string, unknown> | undefined {
  const text = readTextIfExists(file);
  if (text === undefined) return undefined;
  const value = parseJsonText(text, label);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JsonFileError(`${label}: expected a JSON object at the top level`, label);
  return value as Record<string, unknown>;
}
