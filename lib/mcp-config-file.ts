/**
 * Applies a merge plan to an MCP config file: the file is parsed first (invalid
 * JSON names the line and leaves it untouched), a read-only file is refused,
 * the previous file is copied to `<file>.bak-<stamp>`, then replaced
 * atomically. A symlinked config is written through to its target.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync, type AtomicFs } from './atomic-write.ts';
import type { McpServerEntry } from './mcp-catalog.ts';
import { detectIndent, planMerge, renderJson, type MergePlan } from './mcp-config.ts';
import { JsonFileError, parseJsonText, readTextIfExists } from './json-file.ts';

export class ConfigWriteError extends Error {}

export interface ConfigFileResult {
  file: string;
  plan: MergePlan;
  /** The copy of the previous file, when one was written. */
  backup?: string;
  wrote: boolean;
}

export interface SetupOptions {
  force?: boolean;
  dryRun?: boolean;
  now?: Date;
  fs?: AtomicFs;
  /** Mode of a new file (an existing file keeps its own). */
  mode?: number;
  /** How the file is named in messages (defaults to its path). */
  label?: string;
}

/** The file's text, or undefined when it does not exist. */
function readText(file: string): string | undefined {
  try {
    return readTextIfExists(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new ConfigWriteError(`\`${file}\` is a directory, not a JSON file`);
    throw new ConfigWriteError(`cannot read \`${file}\`: ${(err as Error).message}`);
  }
}

export function parseConfigText(text: string | undefined, label: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const value = parseJsonText(text, label);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JsonFileError(`${label}: expected a JSON object at the top level`, label);
  return value as Record<string, unknown>;
}

export function backupName(file: string, at: Date): string {
  return `${file}.bak-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}

function realTarget(file: string): string {
  try {
    return nodeFs.realpathSync(file);
  } catch {
    return file; // absent: written where asked
  }
}

export function setupConfigFile(file: string, wanted: ReadonlyArray<{ name: string; entry: McpServerEntry }>, opts: SetupOptions = {}): ConfigFileResult {
  const label = opts.label ?? file;
  const target = realTarget(file);
  const text = readText(target);
  const plan = planMerge(parseConfigText(text, label), wanted, opts.force ?? false, label);
  if (!plan.changed || opts.dryRun) return { file, plan, wrote: false };

  let backup: string | undefined;
  if (text !== undefined) {
    const st = nodeFs.statSync(target);
    // Root may write anything; a file with no write bit is the user saying "leave it".
    if ((st.mode & 0o222) === 0) throw new ConfigWriteError(`\`${label}\` is read-only; nothing was changed (make it writable, or add the servers by hand)`);
    backup = backupName(target, opts.now ?? new Date());
    for (let i = 1; nodeFs.existsSync(backup); i++) backup = `${backupName(target, opts.now ?? new Date())}-${i}`;
    try {
      nodeFs.copyFileSync(target, backup, nodeFs.constants.COPYFILE_EXCL);
    } catch (err) {
      throw new ConfigWriteError(`cannot back up \`${label}\` to \`${path.basename(backup)}\`: ${(err as Error).message}; nothing was changed`);
    }
  }
  try {
    atomicWriteFileSync(target, renderJson(plan.next, detectIndent(text)), { mode: opts.mode ?? 0o644, fs: opts.fs });
  } catch (err) {
    if (backup) nodeFs.rmSync(backup, { force: true });
    throw new ConfigWriteError(`cannot write \`${label}\`: ${(err as Error).message}; nothing was changed`);
  }
  return { file, plan, backup, wrote: true };
}
