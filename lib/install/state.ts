/**
 * The install state, `<target>/.2l-install.yaml`: pack version, install and
 * update times, the sha256 of every file we wrote, what we displaced and which
 * backups hold the user's edits we replaced. It is
 * the third side of the three-way update and is always written last.
 * Parsing and writing out only: no I/O here (context.ts reads the file), so
 * the pure assembler can use it.
 */
import YAML from 'yaml';
import { jsonEqual, type JsonObject } from './settings-merge.ts';
// errors.ts, not cli.ts: cli.ts imports node:fs, and the pure assemble.ts imports this module.
import { errorMessage } from '../shared/errors.ts';

export const STATE_FILE = '.2l-install.yaml';
const FORMAT = 1;

export interface InstallState {
  packVersion: string;
  installedAt: string;
  updatedAt: string;
  /** rel path (from the target) → sha256 of the bytes we wrote. */
  files: Record<string, string>;
  /** rel path → backup run holding the user's file we replaced. */
  displaced: Record<string, string>;
  /** rel path → backup run holding the newest copy of the user's edit of our file that we replaced. */
  savedEdits?: Record<string, string>;
  /** The user's status line replaced with `--statusline`. */
  statusLineDisplaced?: JsonObject;
  /** Symlinked folders (rel) we replaced by real ones → backup run holding the link. */
  replacedLinks?: Record<string, string>;
  /** Folders (rel) that did not exist before we installed: uninstall removes them when empty. */
  createdDirs?: string[];
  /** settings.json did not exist before we installed: uninstall removes it when nothing but ours was in it. */
  createdSettings?: boolean;
}

export class StateError extends Error {}

function stringMap(v: unknown, what: string, file: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new StateError(`${file}: \`${what}\` is not a map`);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string') throw new StateError(`${file}: \`${what}.${k}\` is not a string`);
    if (k.startsWith('/') || k.split('/').includes('..'))
      throw new StateError(`${file}: \`${what}\` names a path outside the target: \`${k}\``);
    out[k] = val;
  }
  return out;
}

export function parseState(text: string, file: string): InstallState {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    throw new StateError(`${file}: not valid YAML (${errorMessage(err).split('\n')[0]}); move it away to start over`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new StateError(`${file}: expected a YAML map; move it away to start over`);
  const d = doc as Record<string, unknown>;
  if (d.format !== FORMAT)
    throw new StateError(
      `${file}: unknown state format ${JSON.stringify(d.format)} (this installer reads format ${FORMAT})`,
    );
  if (typeof d.version !== 'string') throw new StateError(`${file}: \`version\` is missing`);
  const sl = d.status_line_displaced;
  return {
    packVersion: d.version,
    installedAt: typeof d.installed_at === 'string' ? d.installed_at : '',
    updatedAt: typeof d.updated_at === 'string' ? d.updated_at : '',
    files: stringMap(d.files, 'files', file),
    displaced: stringMap(d.displaced, 'displaced', file),
    ...(d.saved_edits ? { savedEdits: stringMap(d.saved_edits, 'saved_edits', file) } : {}),
    ...(d.replaced_links ? { replacedLinks: stringMap(d.replaced_links, 'replaced_links', file) } : {}),
    ...(sl && typeof sl === 'object' && !Array.isArray(sl) ? { statusLineDisplaced: sl as JsonObject } : {}),
    ...(d.created_dirs !== undefined ? { createdDirs: relList(d.created_dirs, 'created_dirs', file) } : {}),
    ...(d.created_settings !== undefined
      ? { createdSettings: flag(d.created_settings, 'created_settings', file) }
      : {}),
  };
}

function flag(v: unknown, what: string, file: string): boolean {
  if (typeof v !== 'boolean') throw new StateError(`${file}: \`${what}\` is not true or false`);
  return v;
}

function relList(v: unknown, what: string, file: string): string[] {
  if (!Array.isArray(v)) throw new StateError(`${file}: \`${what}\` is not a list`);
  for (const k of v) {
    if (typeof k !== 'string' || k === '' || k.startsWith('/') || k.split('/').includes('..'))
      throw new StateError(`${file}: \`${what}\` names a path outside the target: \`${String(k)}\``);
  }
  return v as string[];
}

const sortedMap = (m: Record<string, string>) =>
  Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function serializeState(s: InstallState): string {
  const doc: Record<string, unknown> = {
    format: FORMAT,
    pack: '2l',
    version: s.packVersion,
    installed_at: s.installedAt,
    updated_at: s.updatedAt,
    files: sortedMap(s.files),
    displaced: sortedMap(s.displaced),
  };
  if (s.savedEdits && Object.keys(s.savedEdits).length > 0) doc.saved_edits = sortedMap(s.savedEdits);
  if (s.statusLineDisplaced) doc.status_line_displaced = s.statusLineDisplaced;
  if (s.replacedLinks && Object.keys(s.replacedLinks).length > 0) doc.replaced_links = s.replacedLinks;
  if (s.createdDirs && s.createdDirs.length > 0) doc.created_dirs = [...s.createdDirs].sort();
  if (s.createdSettings) doc.created_settings = true;
  return `# Written by the 2L pack installer (install.mjs). Do not edit: it decides what is safe to overwrite.\n${YAML.stringify(doc)}`;
}

/** Same content apart from the timestamps: no need to write. */
export function sameState(a: InstallState | undefined, b: InstallState): boolean {
  if (!a) return false;
  return (
    a.packVersion === b.packVersion &&
    jsonEqual(a.files, b.files) &&
    jsonEqual(a.displaced, b.displaced) &&
    jsonEqual(a.savedEdits ?? {}, b.savedEdits ?? {}) &&
    jsonEqual(a.statusLineDisplaced, b.statusLineDisplaced) &&
    jsonEqual(a.replacedLinks ?? {}, b.replacedLinks ?? {}) &&
    jsonEqual([...(a.createdDirs ?? [])].sort(), [...(b.createdDirs ?? [])].sort()) &&
    !!a.createdSettings === !!b.createdSettings
  );
}

/** Backup runs rotation and prune must keep: they hold what uninstall gives back, or a user's edit we replaced. */
export function pinnedRuns(s: InstallState | undefined): Set<string> {
  return new Set([
    ...Object.values(s?.displaced ?? {}),
    ...Object.values(s?.replacedLinks ?? {}),
    ...Object.values(s?.savedEdits ?? {}),
  ]);
}
