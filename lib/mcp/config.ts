/**
 * The merge plan for an MCP config file (`.mcp.json`, or `~/.claude.json` for
 * user scope): add our servers under `mcpServers`, never drop or reorder what
 * is there. A same-name entry that differs is a conflict, kept unless forced.
 * Pure: no I/O; config-file.ts applies the plan. A `mcpServers` that is not an
 * object is a JsonFileError, like any other unusable content of the file.
 */
import type { McpServerEntry } from './catalog.ts';
import { JsonFileError } from '../shared/json-file.ts';

export type EntryAction = 'add' | 'unchanged' | 'conflict' | 'replace';

export interface EntryPlan {
  name: string;
  action: EntryAction;
  /** The entry already in the file (conflict, replace, unchanged). */
  before?: unknown;
  after: McpServerEntry;
}

export interface MergePlan {
  entries: EntryPlan[];
  /** The whole file after the merge; equal to the input when nothing changes. */
  next: Record<string, unknown>;
  changed: boolean;
  /** The file did not exist. */
  created: boolean;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with keys sorted, so key order never makes two entries differ. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** What Claude Code treats as the same server: `type` defaults to stdio, empty `env`/`args` equal absent. */
function normalise(entry: unknown): unknown {
  if (!isPlainObject(entry)) return entry;
  const out: Record<string, unknown> = { ...entry };
  if (out.type === undefined && typeof out.command === 'string') out.type = 'stdio';
  for (const k of ['env', 'headers'])
    if (isPlainObject(out[k]) && Object.keys(out[k] as object).length === 0) delete out[k];
  if (Array.isArray(out.args) && out.args.length === 0) delete out.args;
  return out;
}

export function sameEntry(a: unknown, b: unknown): boolean {
  return canonical(normalise(a)) === canonical(normalise(b));
}

export function planMerge(
  existing: Record<string, unknown> | undefined,
  wanted: ReadonlyArray<{ name: string; entry: McpServerEntry }>,
  force: boolean,
  label = '.mcp.json',
): MergePlan {
  const base = existing ?? {};
  const current = base.mcpServers;
  if (current !== undefined && !isPlainObject(current))
    throw new JsonFileError(
      `${label}: \`mcpServers\` must be an object, found ${Array.isArray(current) ? 'an array' : typeof current}`,
      label,
    );
  const servers: Record<string, unknown> = { ...(current ?? {}) };
  const entries: EntryPlan[] = [];
  for (const { name, entry } of wanted) {
    if (!Object.prototype.hasOwnProperty.call(servers, name)) {
      servers[name] = entry;
      entries.push({ name, action: 'add', after: entry });
    } else if (sameEntry(servers[name], entry)) {
      entries.push({ name, action: 'unchanged', before: servers[name], after: entry });
    } else if (force) {
      entries.push({ name, action: 'replace', before: servers[name], after: entry });
      servers[name] = entry;
    } else {
      entries.push({ name, action: 'conflict', before: servers[name], after: entry });
    }
  }
  const changed = entries.some((e) => e.action === 'add' || e.action === 'replace');
  return {
    entries,
    next: changed ? { ...base, mcpServers: servers } : base,
    changed,
    created: existing === undefined && changed,
  };
}

/** The indentation of a hand-edited file (first indented line), two spaces by default. */
export function detectIndent(text: string | undefined): string | number {
  const m = text ? /^[{[][^\n]*\n([ \t]+)\S/.exec(text) : null;
  return m ? m[1]! : 2;
}

export function renderJson(value: unknown, indent: string | number = 2): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}

/** A copy safe to print: `env` and `headers` values become `***` (names are kept). */
export function maskSecrets(entry: unknown): unknown {
  if (!isPlainObject(entry)) return entry;
  const out: Record<string, unknown> = { ...entry };
  for (const k of ['env', 'headers']) {
    const v = out[k];
    if (isPlainObject(v)) out[k] = Object.fromEntries(Object.keys(v).map((name) => [name, '***']));
  }
  return out;
}

function entryLines(name: string, value: unknown, mark: string): string[] {
  return [`${mark} ${JSON.stringify(name)}: ${JSON.stringify(maskSecrets(value))}`];
}

/** The exact change to `mcpServers`, entry by entry, for `--dry-run` and the report. */
export function describeChange(plan: MergePlan): string[] {
  const out: string[] = [];
  for (const e of plan.entries) {
    if (e.action === 'add') out.push(...entryLines(e.name, e.after, '+'));
    if (e.action === 'replace') out.push(...entryLines(e.name, e.before, '-'), ...entryLines(e.name, e.after, '+'));
  }
  return out;
}
