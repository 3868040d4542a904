/**
 * Where Claude Code keeps MCP servers, read the way it reads them, and which
 * of them it would start:
 *   project  <project>/.mcp.json → mcpServers (only once approved: mcp-approval.ts)
 *   local    ~/.claude.json → projects[<workspace key>].mcpServers
 *   user     ~/.claude.json → mcpServers
 * (`~/.claude.json` moves to `$CLAUDE_CONFIG_DIR/.claude.json` when that is set.)
 * A name defined in several scopes resolves local, then approved project, then
 * user; a project server that is not approved hides nothing. A server switched
 * off in /mcp (`projects[key].disabledMcpServers`) is not started either.
 * Files in the project are read as regular files only, never through a
 * symlink, at most 2 MB (Claude Code's own limit for `.mcp.json`).
 * `${VAR}` and `${VAR:-default}` expand in command, args, env, url and headers,
 * and only for a server that starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CLAUDE_JSON_MAX,
  PROJECT_FILE_MAX,
  USER_SETTINGS_MAX,
  projectEntry,
  trustOf,
  workspaceKey,
  type Trust,
} from './claude-workspace.ts';
import { JsonFileError, readJsonObjectSafe } from '../shared/json-file.ts';
import {
  approvalKeys,
  decide,
  type Approval,
  type ApprovalInput,
  type KeySource,
  type NotStarted,
} from './approval.ts';
import type { ProbeTarget, TransportKind } from './probe.ts';
import { errorCode, errorMessage } from '../shared/errors.ts';

export type Scope = 'local' | 'project' | 'user';
export type { Approval, NotStarted } from './approval.ts';

export interface ConfiguredServer {
  name: string;
  scope: Scope;
  /** The file it came from, for messages. */
  source: string;
  entry: unknown;
  /** Project servers only: Claude Code's approval state. */
  approval?: Approval;
  /** Set when Claude Code would not start it: then 2L neither starts it nor expands its variables. */
  notStarted?: NotStarted;
  /** For 'rejected': the settings files whose `disabledMcpjsonServers` list it. */
  rejectedIn?: KeySource[];
}

export interface SourceError {
  source: string;
  message: string;
}

export interface CollectOptions {
  project: string;
  home: string;
  env?: NodeJS.ProcessEnv;
}

export interface Collected {
  /** Every server Claude Code knows for this project, in config order; `notStarted` marks those it would not start. */
  servers: ConfiguredServer[];
  /** Entries hidden by a same-name entry of a stronger scope. */
  shadowed: ConfiguredServer[];
  errors: SourceError[];
  claudeJson: string;
  /** The project's key in `~/.claude.json` and whether Claude Code trusts it. */
  workspace: { key: string; trust: Trust };
}

export function claudeConfigDir(home: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_CONFIG_DIR && path.isAbsolute(env.CLAUDE_CONFIG_DIR)
    ? env.CLAUDE_CONFIG_DIR
    : path.join(home, '.claude');
}

export function claudeJsonPath(home: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_CONFIG_DIR && path.isAbsolute(env.CLAUDE_CONFIG_DIR)
    ? path.join(env.CLAUDE_CONFIG_DIR, '.claude.json')
    : path.join(home, '.claude.json');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads config files, collecting what could not be read instead of throwing. */
class Reader {
  readonly errors: SourceError[] = [];
  readonly unreadable: string[] = [];

  read(file: string, label: string, maxBytes: number, userFile = false): Record<string, unknown> | undefined {
    try {
      return readJsonObjectSafe(file, { label, maxBytes, userFile });
    } catch (err) {
      this.fail(
        label,
        err instanceof JsonFileError ? err.message : `cannot read ${label}: ${errorCode(err) ?? errorMessage(err)}`,
      );
      return undefined;
    }
  }

  fail(label: string, message: string): void {
    this.errors.push({ source: label, message });
    this.unreadable.push(label);
  }

  /** The project's `.claude` folder, unless the repository made it a link (Claude Code distrusts that too). */
  projectSettings(project: string): { project?: Record<string, unknown>; local?: Record<string, unknown> } {
    const dir = path.join(project, '.claude');
    try {
      if (fs.lstatSync(dir).isSymbolicLink()) {
        for (const f of ['settings.json', 'settings.local.json'])
          this.fail(
            `.claude/${f}`,
            '`.claude` is a symbolic link; 2L never follows links inside a project (remove it)',
          );
        return {};
      }
    } catch {
      return {}; // no .claude folder: no project settings
    }
    return {
      project: this.read(path.join(dir, 'settings.json'), '.claude/settings.json', PROJECT_FILE_MAX),
      local: this.read(path.join(dir, 'settings.local.json'), '.claude/settings.local.json', PROJECT_FILE_MAX),
    };
  }
}

function serversOf(obj: unknown, scope: Scope, source: string, errors: SourceError[]): ConfiguredServer[] {
  if (obj === undefined) return [];
  if (!isObject(obj)) {
    errors.push({ source, message: `${source}: \`mcpServers\` must be an object` });
    return [];
  }
  return Object.entries(obj).map(([name, entry]) => ({ name, scope, source, entry }));
}

/** Which entry of a name wins: local, then approved project, then user, then a project entry not approved. */
function rank(s: ConfiguredServer): number {
  if (s.scope === 'local') return 0;
  if (s.scope === 'project') return s.approval === 'approved' ? 1 : 3;
  return 2;
}

export function collectServers(opts: CollectOptions): Collected {
  const env = opts.env ?? process.env;
  const reader = new Reader();
  const claudeJson = claudeJsonPath(opts.home, env);
  const claude = reader.read(claudeJson, '~/.claude.json', CLAUDE_JSON_MAX, true);
  const mcpJson = reader.read(path.join(opts.project, '.mcp.json'), '.mcp.json', PROJECT_FILE_MAX);
  const user = reader.read(
    path.join(claudeConfigDir(opts.home, env), 'settings.json'),
    '~/.claude/settings.json',
    USER_SETTINGS_MAX,
    true,
  );
  const { project, local } = reader.projectSettings(opts.project);
  const key = workspaceKey(opts.project);
  const trust = trustOf(claude, opts.project, key);
  const entry = projectEntry(claude, key);
  const input: ApprovalInput = {
    trust,
    user: approvalKeys(user),
    project: approvalKeys(project),
    local: approvalKeys(local),
    legacy: approvalKeys(entry),
    unreadable: reader.unreadable.filter((l) => l !== '.mcp.json'),
  };
  const errors = reader.errors;
  const all = [
    ...serversOf(entry?.mcpServers, 'local', '~/.claude.json (local)', errors),
    ...serversOf(mcpJson?.mcpServers, 'project', '.mcp.json', errors).map((s) => {
      const v = decide(s.name, input);
      return {
        ...s,
        approval: v.approval,
        ...(v.why ? { notStarted: v.why } : {}),
        ...(v.where ? { rejectedIn: v.where } : {}),
      };
    }),
    ...serversOf(claude?.mcpServers, 'user', '~/.claude.json (user)', errors),
  ];
  const winner = new Map<string, ConfiguredServer>();
  for (const s of all) {
    const cur = winner.get(s.name);
    if (!cur || rank(s) < rank(cur)) winner.set(s.name, s);
  }
  const off = new Set(Array.isArray(entry?.disabledMcpServers) ? entry.disabledMcpServers : []);
  const servers: ConfiguredServer[] = [];
  const shadowed: ConfiguredServer[] = [];
  for (const s of all) {
    if (winner.get(s.name) !== s) shadowed.push(s);
    else servers.push(off.has(s.name) && !s.notStarted ? { ...s, notStarted: 'disabled_in_mcp' } : s);
  }
  return { servers, shadowed, errors, claudeJson, workspace: { key, trust } };
}

/** `${VAR}` / `${VAR:-default}`, exactly as Claude Code expands them; names of unset variables without a default are returned. */
export function expandVars(text: string, env: NodeJS.ProcessEnv): { value: string; missing: string[] } {
  const missing: string[] = [];
  const value = text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
    (whole, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined) return v;
      if (fallback !== undefined) return fallback;
      missing.push(name);
      return whole;
    },
  );
  return { value, missing };
}

export interface Resolved {
  target?: ProbeTarget;
  /** Why it cannot be probed as configured. */
  error?: string;
}

function stringMap(v: unknown, env: NodeJS.ProcessEnv, missing: string[]): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new Error('must be an object of strings');
  const out: Record<string, string> = {};
  for (const [k, raw] of Object.entries(v)) {
    if (typeof raw !== 'string') throw new Error(`\`${k}\` must be a string`);
    const e = expandVars(raw, env);
    missing.push(...e.missing);
    out[k] = e.value;
  }
  return out;
}

/** A configured entry as something to probe, variables expanded; config mistakes become `error`. Never for a server that is not started. */
export function resolveServer(s: ConfiguredServer, cwd: string, env: NodeJS.ProcessEnv = process.env): Resolved {
  if (s.notStarted) return { error: `not started (${s.notStarted})` };
  const e = s.entry;
  if (!isObject(e)) return { error: 'the entry must be a JSON object' };
  const declared = e.type;
  const kind = declared === undefined ? (typeof e.url === 'string' ? 'http' : 'stdio') : declared;
  if (kind !== 'stdio' && kind !== 'http' && kind !== 'sse')
    return { error: `unsupported transport \`${String(kind).slice(0, 40)}\`` };
  const missing: string[] = [];
  const one = (v: unknown): string | undefined => {
    if (typeof v !== 'string') return undefined;
    const x = expandVars(v, env);
    missing.push(...x.missing);
    return x.value;
  };
  try {
    const target: ProbeTarget = { name: s.name, transport: kind as TransportKind, cwd };
    if (kind === 'stdio') {
      if (typeof e.command !== 'string' || e.command === '') return { error: 'no `command` configured' };
      if (e.args !== undefined && (!Array.isArray(e.args) || e.args.some((a) => typeof a !== 'string')))
        return { error: '`args` must be an array of strings' };
      target.command = one(e.command);
      target.args = ((e.args as string[] | undefined) ?? []).map((a) => one(a)!);
      target.env = stringMap(e.env, env, missing);
    } else {
      if (typeof e.url !== 'string' || e.url === '') return { error: 'no `url` configured' };
      target.url = one(e.url);
      target.headers = stringMap(e.headers, env, missing);
    }
    if (missing.length > 0)
      return {
        error: `missing environment variable${missing.length > 1 ? 's' : ''} ${[...new Set(missing)].map((m) => `\`${m.slice(0, 60)}\``).join(', ')}`,
      };
    return { target };
  } catch (err) {
    return { error: `\`env\`/\`headers\`: ${errorMessage(err)}` };
  }
}
