/**
 * Pure merge of the pack's hooks and status line into a user's
 * `settings.json` object, their removal, and the op that writes the result
 * back (applied by apply.ts). No I/O.
 *
 * Our hook handlers are recognised by their command or, in exec form, its
 * `args` (they name a file of our installed runtime), so an update replaces
 * them in place and an uninstall removes only them; every other key, group and
 * handler is kept as it was.
 */
import type { Op } from './apply.ts';
import { UserError } from '../shared/errors.ts';

export const SETTINGS_FILE = 'settings.json';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** One event's groups as hooks.json declares them. */
export type HookSpec = Record<
  string,
  Array<{ matcher?: string; hooks: Array<{ type: string; command: string; args?: string[]; timeout?: number }> }>
>;

export interface MergeInput {
  /** Events from the pack's hooks/hooks.json, `${CLAUDE_PLUGIN_ROOT}` already rewritten. */
  hooks: HookSpec;
  /** True for a hook handler command that is ours (any version of it). */
  isOurCommand: (command: string) => boolean;
  /** Our status line, or undefined when the pack ships none. */
  statusLine?: JsonObject;
  /** `--statusline`: replace the user's status line (it is returned as `displacedStatusLine`). */
  forceStatusLine: boolean;
}

export interface MergeResult {
  settings: JsonObject;
  changed: boolean;
  /** Human-readable notes: what was added, kept, skipped. */
  notes: string[];
  /** The user's status line we replaced (only with forceStatusLine). */
  displacedStatusLine?: JsonObject;
}

/** Our hook and status line commands name a file under our lib folder (any version of it). */
export const isOursIn = (libDir: string) => (command: string) => command.includes(`${libDir}/`);

const HANDLER_TYPES = new Set(['command', 'http', 'prompt', 'agent', 'mcp_tool']);

function isObject(v: unknown): v is JsonObject {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Deep equality of JSON values, key order ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function statusCommand(v: Json | undefined): string | undefined {
  return isObject(v) && typeof v.command === 'string' ? v.command : undefined;
}

/** A handler is ours when its command, or one of its exec-form `args`, names our runtime. */
function isOurHandler(h: Json, isOurs: (c: string) => boolean): boolean {
  if (!isObject(h)) return false;
  if (typeof h.command === 'string' && isOurs(h.command)) return true;
  return Array.isArray(h.args) && h.args.some((a) => typeof a === 'string' && isOurs(a));
}

/** Strip our handlers from every event; returns the index of our first group per event. */
function stripOurs(hooks: JsonObject, isOurs: (c: string) => boolean): Map<string, number> {
  const firstIndex = new Map<string, number>();
  for (const event of Object.keys(hooks)) {
    const groups = hooks[event];
    if (!Array.isArray(groups)) continue;
    const kept: Json[] = [];
    groups.forEach((group) => {
      if (!isObject(group) || !Array.isArray(group.hooks)) {
        kept.push(group);
        return;
      }
      const handlers = group.hooks.filter((h) => !isOurHandler(h, isOurs));
      if (handlers.length === group.hooks.length) {
        kept.push(group);
        return;
      }
      if (!firstIndex.has(event)) firstIndex.set(event, kept.length);
      if (handlers.length > 0) kept.push({ ...group, hooks: handlers });
    });
    if (kept.length === 0 && firstIndex.has(event)) delete hooks[event];
    else hooks[event] = kept;
  }
  return firstIndex;
}

export function mergeSettings(current: JsonObject, input: MergeInput): MergeResult {
  const settings = clone(current);
  const notes: string[] = [];
  if (settings.hooks !== undefined && !isObject(settings.hooks)) {
    throw new UserError(
      '`hooks` in settings.json is not an object; fix it by hand first (Claude Code would skip the whole file)',
    );
  }
  const hooks: JsonObject = isObject(settings.hooks) ? settings.hooks : {};
  const at = stripOurs(hooks, input.isOurCommand);
  for (const [event, groups] of Object.entries(input.hooks)) {
    const list = Array.isArray(hooks[event]) ? (hooks[event] as Json[]) : [];
    const ours = clone(groups) as unknown as Json[];
    list.splice(at.get(event) ?? list.length, 0, ...ours);
    hooks[event] = list;
  }
  if (Object.keys(hooks).length > 0 || settings.hooks !== undefined) settings.hooks = hooks;

  let displacedStatusLine: JsonObject | undefined;
  const existing = settings.statusLine;
  const existingCmd = statusCommand(existing);
  const existingIsOurs = existingCmd !== undefined && input.isOurCommand(existingCmd);
  if (!input.statusLine) {
    if (existingIsOurs) {
      delete settings.statusLine;
      notes.push('status line: removed ours (this pack version ships none)');
    } else notes.push('status line: skipped (the pack ships no dist/statusline.cjs)');
  } else if (existing === undefined || existingIsOurs) {
    if (existing === undefined)
      notes.push('status line: added the 2L status line (you had none); uninstall removes it');
    settings.statusLine = clone(input.statusLine);
  } else if (input.forceStatusLine) {
    displacedStatusLine = isObject(existing) ? clone(existing) : { value: existing };
    settings.statusLine = clone(input.statusLine);
    notes.push('status line: replaced yours (--statusline); it is kept in the install state and restored by uninstall');
  } else {
    notes.push('status line: kept yours; pass --statusline to use the 2L status line instead');
  }

  const enabled = settings.enabledPlugins;
  if (isObject(enabled)) {
    const twice = Object.keys(enabled).filter((k) => /^2l@/.test(k) && enabled[k] === true);
    // Both run every hook; the plugin's copy stays silent while this install exists (lib/hook/install-copy.ts).
    if (twice.length > 0)
      notes.push(
        `note: plugin ${twice.join(', ')} is also enabled in settings.json; its hooks stay silent while this install is present (each event is logged once), and its commands show up a second time as /2l:<name>`,
      );
  }

  const problems = validateHooks(settings.hooks);
  if (problems.length > 0)
    notes.push(
      ...problems.map(
        (p) => `warning: settings.json ${p} (Claude Code skips the whole file when a hook entry is invalid)`,
      ),
    );
  return { settings, changed: !jsonEqual(settings, current), notes, displacedStatusLine };
}

export interface RemoveResult {
  settings: JsonObject;
  changed: boolean;
  notes: string[];
}

/** Remove our hooks; put back the user's status line we displaced, or drop ours. */
export function removeFromSettings(
  current: JsonObject,
  isOurCommand: (c: string) => boolean,
  displacedStatusLine?: JsonObject,
): RemoveResult {
  const settings = clone(current);
  const notes: string[] = [];
  if (isObject(settings.hooks)) {
    const hadEvents = Object.keys(settings.hooks).length > 0;
    stripOurs(settings.hooks, isOurCommand);
    if (hadEvents && Object.keys(settings.hooks).length === 0) delete settings.hooks;
  }
  const cmd = statusCommand(settings.statusLine);
  if (cmd !== undefined && isOurCommand(cmd)) {
    if (displacedStatusLine) {
      settings.statusLine = clone(displacedStatusLine);
      notes.push('status line: restored yours');
    } else delete settings.statusLine;
  } else if (displacedStatusLine && settings.statusLine !== undefined) {
    notes.push('status line: yours was changed since install; left as it is');
  }
  return { settings, changed: !jsonEqual(settings, current), notes };
}

/**
 * The checks Claude Code applies to hook entries, as far as the reference
 * documents them: one failure makes it ignore the whole settings file.
 */
export function validateHooks(hooks: Json | undefined): string[] {
  if (hooks === undefined) return [];
  if (!isObject(hooks)) return ['`hooks` is not an object'];
  const out: string[] = [];
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) {
      out.push(`\`hooks.${event}\` is not an array`);
      continue;
    }
    groups.forEach((g, i) => {
      const where = `hooks.${event}[${i}]`;
      if (!isObject(g) || !Array.isArray(g.hooks)) return void out.push(`\`${where}\` has no \`hooks\` array`);
      if (g.matcher !== undefined && typeof g.matcher !== 'string') out.push(`\`${where}.matcher\` is not a string`);
      g.hooks.forEach((h, j) => {
        const w = `${where}.hooks[${j}]`;
        if (!isObject(h)) return void out.push(`\`${w}\` is not an object`);
        if (typeof h.type !== 'string' || !HANDLER_TYPES.has(h.type))
          out.push(`\`${w}.type\` is ${JSON.stringify(h.type)}`);
        if (h.type === 'command' && typeof h.command !== 'string') out.push(`\`${w}.command\` is not a string`);
        if (h.args !== undefined && !(Array.isArray(h.args) && h.args.every((a) => typeof a === 'string')))
          out.push(`\`${w}.args\` is not an array of strings`);
        if (h.timeout !== undefined && (typeof h.timeout !== 'number' || !(h.timeout > 0)))
          out.push(`\`${w}.timeout\` is not a positive number`);
      });
    });
  }
  return out;
}

/** Rewrite `${CLAUDE_PLUGIN_ROOT}` in hooks.json's event map. */
export function hooksForInstall(hooksJson: unknown, libDir: string): HookSpec {
  if (!isObject(hooksJson as Json) || !isObject((hooksJson as JsonObject).hooks))
    throw new Error('hooks/hooks.json: expected {"hooks": {…}}');
  // As for commands (source.ts rewritePluginRoot): the pack's lib/*.sh land in libDir itself.
  const dir = JSON.stringify(libDir).slice(1, -1);
  const text = JSON.stringify((hooksJson as JsonObject).hooks)
    .split('${CLAUDE_PLUGIN_ROOT}/lib/')
    .join(`${dir}/`)
    .split('${CLAUDE_PLUGIN_ROOT}')
    .join(dir);
  const spec = JSON.parse(text) as HookSpec;
  const problems = validateHooks(spec as unknown as Json);
  if (problems.length > 0) throw new Error(`hooks/hooks.json: ${problems.join('; ')}`);
  return spec;
}

/** Written through a symlinked settings.json (a dotfiles repo), so the link survives. */
export function settingsOp(settings: JsonObject): Op {
  return {
    kind: 'write',
    rel: SETTINGS_FILE,
    bytes: Buffer.from(`${JSON.stringify(settings, null, 2)}\n`, 'utf8'),
    mode: 0o644,
    reason: 'settings.json before our change',
    throughLink: true,
  };
}

export const writeThroughNote = (to: string, dryRun: boolean) =>
  `settings.json is a symlink: ${dryRun ? 'would change' : 'changed'} the file it points at, \`${to}\`; the link stays`;
