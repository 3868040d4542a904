/**
 * `settings.json` on disk, for the installer: read strictly (a parse error is
 * a user error naming line:col), and a symlinked one (a dotfiles repo)
 * followed, so install, restore and uninstall keep the link (the op that
 * writes it is `settingsOp` in settings-merge.ts).
 */
import nodeFs from 'node:fs';
import path from 'node:path';
import { readJsonObject } from '../shared/json-file.ts';
import { errorMessage, UserError } from '../shared/cli.ts';
import { SETTINGS_FILE, type JsonObject } from './settings-merge.ts';

/**
 * A symlinked settings.json (a dotfiles repo) is the user's own choice: it is
 * read and written through, so the link survives install and uninstall. One
 * that leads nowhere, or to something that is not a file, is refused.
 * Returns the file it points at, or undefined when it is no symlink.
 */
export function settingsLinkTarget(target: string): string | undefined {
  const file = path.join(target, SETTINGS_FILE);
  if (!nodeFs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const to = nodeFs.statSync(file, { throwIfNoEntry: false });
  const link = nodeFs.readlinkSync(file);
  if (!to)
    throw new UserError(
      `\`${file}\` is a symlink to \`${link}\`, which does not exist; create that file (or remove the link) and run again`,
    );
  if (!to.isFile())
    throw new UserError(
      `\`${file}\` is a symlink to \`${link}\`, which is not a file; point it at a file (or remove the link) and run again`,
    );
  return nodeFs.realpathSync(file);
}

export function readSettings(target: string): JsonObject {
  const file = path.join(target, SETTINGS_FILE);
  settingsLinkTarget(target); // refuses a link to nothing (read as absent, it would be replaced by a file)
  try {
    return (readJsonObject(file) ?? {}) as JsonObject;
  } catch (err) {
    throw new UserError(
      `${errorMessage(err)}. settings.json must be strict JSON (Claude Code does not accept comments or trailing commas there); fix it and run again. The file was not touched.`,
    );
  }
}
