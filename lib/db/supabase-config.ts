/**
 * The database port of a Supabase project, from `supabase/config.toml`
 * (`[db] port`). Parsed with smol-toml, a complete TOML 1.0 parser: the file
 * is Supabase's full config (arrays, inline tables, multi-line strings), and a
 * malformed file must be reported with its line rather than half-read. The
 * repository wrote it: it is read only as a regular file (never through a
 * symlink, never a FIFO or device) of at most 1 MiB.
 */
import path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { SUPABASE_DEFAULT_PORT } from './url.ts';
import { UnsafePathError, readRegularText } from '../shared/safe-fs.ts';
import { errorMessage } from '../shared/cli.ts';

export const CONFIG_REL = path.join('supabase', 'config.toml');
/** Supabase's own config is a few KiB; anything this size is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export class SupabaseConfigError extends Error {}

export interface SupabasePort {
  port: number;
  /** Project-relative path, for messages. */
  file: string;
  /** true when the file has no `[db] port` and Supabase's default applies. */
  defaulted: boolean;
}

/** The `[db] port` in TOML text; throws SupabaseConfigError naming `file:line`. */
export function portFromToml(text: string, file: string): Omit<SupabasePort, 'file'> {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) {
      const first = err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new SupabaseConfigError(`\`${file}:${err.line}:${err.column}\`: invalid TOML (${first})`);
    }
    throw err;
  }
  const db = doc.db;
  if (db === undefined) return { port: SUPABASE_DEFAULT_PORT, defaulted: true };
  if (!db || typeof db !== 'object' || Array.isArray(db))
    throw new SupabaseConfigError(`\`${file}\`: \`db\` must be a table`);
  const port = (db as Record<string, unknown>).port;
  if (port === undefined) return { port: SUPABASE_DEFAULT_PORT, defaulted: true };
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SupabaseConfigError(
      `\`${file}\`: \`[db] port\` must be a whole number from 1 to 65535, not ${JSON.stringify(String(port)).slice(0, 40)}`,
    );
  }
  return { port, defaulted: false };
}

function unusable(err: UnsafePathError): SupabaseConfigError {
  const why = {
    symlink: 'is a symbolic link; 2L never follows links inside a project (remove it)',
    'not-regular': 'is not a file (a folder, device, FIFO or socket)',
    'too-big': `is larger than ${MAX_CONFIG_BYTES} bytes; that is not a Supabase config`,
  }[err.reason as 'symlink' | 'not-regular' | 'too-big'];
  return new SupabaseConfigError(`\`${CONFIG_REL}\` ${why ?? err.message}`);
}

/** The project's Supabase port, or undefined when it has no `supabase/config.toml`. */
export function readSupabasePort(projectDir: string): SupabasePort | undefined {
  let text: string | undefined;
  try {
    text = readRegularText(path.join(projectDir, CONFIG_REL), MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof UnsafePathError) throw unusable(err);
    throw new SupabaseConfigError(`cannot read \`${CONFIG_REL}\`: ${errorMessage(err)}`);
  }
  return text === undefined ? undefined : { ...portFromToml(text, CONFIG_REL), file: CONFIG_REL };
}
