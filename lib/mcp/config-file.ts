/**
 * Applies a merge plan to an MCP config file: the file is parsed first (invalid
 * JSON names the line and leaves it untouched), a read-only file is refused,
 * the previous file is copied to `<file>.bak-<stamp>`, then replaced
 * atomically. A project's `.mcp.json` must be a regular file of at most 2 MiB:
 * a symlink (the repository may have planted one), FIFO or device is refused
 * untouched. The user's own `~/.claude.json` may be a symlink (dotfile
 * managers) and is written through to its target.
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { atomicWriteFileSync, type AtomicFs } from '../shared/atomic-write.ts';
import type { McpServerEntry } from './catalog.ts';
import { detectIndent, planMerge, renderJson, type MergePlan } from './config.ts';
import { CLAUDE_JSON_MAX, PROJECT_FILE_MAX } from './claude-workspace.ts';
import { JsonFileError, parseJsonObjectText, readTextSafe } from '../shared/json-file.ts';
import { UserError, errorMessage } from '../shared/errors.ts';

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
  /** The user's own file (`~/.claude.json`): a symlink is followed and written through. Default: a project file. */
  userFile?: boolean;
}

/** The file's text, or undefined when it does not exist; JsonFileError for a planted or oversized file. */
function readText(file: string, label: string, userFile: boolean): string | undefined {
  if ((userFile ? nodeFs.statSync : nodeFs.lstatSync)(file, { throwIfNoEntry: false })?.isDirectory())
    throw new UserError(`\`${file}\` is a directory, not a JSON file`);
  try {
    return readTextSafe(file, { label, userFile, maxBytes: userFile ? CLAUDE_JSON_MAX : PROJECT_FILE_MAX });
  } catch (err) {
    if (err instanceof JsonFileError) throw err;
    throw new UserError(`cannot read \`${file}\`: ${errorMessage(err)}`);
  }
}

export function backupName(file: string, at: Date): string {
  return `${file}.bak-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
}

function realTarget(file: string): string {
  try {
    return nodeFs.realpathSync(file);
  } catch {
    return file; // absent: written where asked
  }
}

export function setupConfigFile(
  file: string,
  wanted: ReadonlyArray<{ name: string; entry: McpServerEntry }>,
  opts: SetupOptions = {},
): ConfigFileResult {
  const label = opts.label ?? file;
  const userFile = opts.userFile ?? false;
  const target = userFile ? realTarget(file) : file;
  const text = readText(target, label, userFile);
  const plan = planMerge(
    text === undefined ? undefined : parseJsonObjectText(text, label),
    wanted,
    opts.force ?? false,
    label,
  );
  if (!plan.changed || opts.dryRun) return { file, plan, wrote: false };

  let backup: string | undefined;
  if (text !== undefined) {
    const st = nodeFs.statSync(target);
    // Root may write anything; a file with no write bit is the user saying "leave it".
    if ((st.mode & 0o222) === 0)
      throw new UserError(
        `\`${label}\` is read-only; nothing was changed (make it writable, or add the servers by hand)`,
      );
    backup = backupName(target, opts.now ?? new Date());
    // lstat: a dangling link planted at a backup name counts as taken.
    for (let i = 1; nodeFs.lstatSync(backup, { throwIfNoEntry: false }); i++)
      backup = `${backupName(target, opts.now ?? new Date())}-${i}`;
    try {
      // The source was just read as a regular file, not a link; EXCL never writes through a link at the backup name.
      nodeFs.copyFileSync(target, backup, nodeFs.constants.COPYFILE_EXCL);
    } catch (err) {
      throw new UserError(
        `cannot back up \`${label}\` to \`${path.basename(backup)}\`: ${errorMessage(err)}; nothing was changed`,
      );
    }
  }
  try {
    atomicWriteFileSync(target, renderJson(plan.next, detectIndent(text)), { mode: opts.mode ?? 0o644, fs: opts.fs });
  } catch (err) {
    if (backup) nodeFs.rmSync(backup, { force: true });
    throw new UserError(`cannot write \`${label}\`: ${errorMessage(err)}; nothing was changed`);
  }
  return { file, plan, backup, wrote: true };
}
