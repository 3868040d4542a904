/**
 * Where Claude Code keeps MCP servers, read the way it reads them:
 *   project  <project>/.mcp.json → mcpServers
 *   local    ~/.claude.json → projects[<abs project>].mcpServers
 *   user     ~/.claude.json → mcpServers
 * (`~/.claude.json` moves to `$CLAUDE_CONFIG_DIR/.claude.json` when that is set.)
 * A name defined in several scopes resolves local, then project, then user.
 * `${VAR}` and `${VAR:-default}` expand in command, args, env, url and headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JsonFileError, readJsonObject } from './json-file.ts';
import type { ProbeTarget, TransportKind } from './mcp-probe.ts';

export type Scope = 'local' | 'project' | 'user';
export type Approval = 'approved' | 'pending' | 'disabled';

export interface ConfiguredServer {
  name: string;
  scope: Scope;
  /** The file it came from, for messages. */
  source: string;
  entry: unknown;
  /** Project servers only: whether Claude Code will start it. */
  approval?: Approval;
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
  servers: ConfiguredServer[];
  /** Entries hidden by a same-name entry of a stronger scope. */
  shadowed: ConfiguredServer[];
  errors: SourceError[];
  claudeJson: string;
}

export function claudeConfigDir(home: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_CONFIG_DIR && path.isAbsolute(env.CLAUDE_CONFIG_DIR) ? env.CLAUDE_CONFIG_DIR : path.join(home, '.claude');
}

export function claudeJsonPath(home: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_CONFIG_DIR && path.isAbsolute(env.CLAUDE_CONFIG_DIR) ? path.join(env.CLAUDE_CONFIG_DIR, '.claude.json') : path.join(home, '.claude.json');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readSafe(file: string, label: string, errors: SourceError[]): Record<string, unknown> | undefined {
  try {
    return readJsonObject(file, label);
  } catch (err) {
    errors.push({ source: label, message: err instanceof JsonFileError ? err.message : `cannot read ${label}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return undefined;
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

/** The project's entry in `~/.claude.json`: keyed by the absolute path, as given or resolved. */
function projectEntry(claude: Record<string, unknown> | undefined, project: string): Record<string, unknown> | undefined {
  const projects = claude?.projects;
  if (!isObject(projects)) return undefined;
  let real = project;
  try {
    real = fs.realpathSync(project);
  } catch {
    /* keep as given */
  }
  for (const key of [project, real]) if (isObject(projects[key])) return projects[key] as Record<string, unknown>;
  return undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Project-server approval, from the settings files and the legacy keys in `~/.claude.json`. */
export function approvalOf(name: string, settings: ReadonlyArray<Record<string, unknown> | undefined>): Approval {
  const present = settings.filter(isObject);
  if (present.some((s) => stringList(s.disabledMcpjsonServers).includes(name))) return 'disabled';
  if (present.some((s) => s.enableAllProjectMcpServers === true || stringList(s.enabledMcpjsonServers).includes(name))) return 'approved';
  return 'pending';
}

export function collectServers(opts: CollectOptions): Collected {
  const env = opts.env ?? process.env;
  const errors: SourceError[] = [];
  const claudeJson = claudeJsonPath(opts.home, env);
  const claude = readSafe(claudeJson, '~/.claude.json', errors);
  const mcpJson = readSafe(path.join(opts.project, '.mcp.json'), '.mcp.json', errors);
  const local = projectEntry(claude, opts.project);

  const settingsFiles = [path.join(claudeConfigDir(opts.home, env), 'settings.json'), path.join(opts.project, '.claude', 'settings.json'), path.join(opts.project, '.claude', 'settings.local.json')];
  const settings = settingsFiles.map((f) => readSafe(f, f.startsWith(opts.project) ? path.relative(opts.project, f) : f, errors));

  const all = [
    ...serversOf(local?.mcpServers, 'local', '~/.claude.json (local)', errors),
    ...serversOf(mcpJson?.mcpServers, 'project', '.mcp.json', errors),
    ...serversOf(claude?.mcpServers, 'user', '~/.claude.json (user)', errors),
  ];
  const servers: ConfiguredServer[] = [];
  const shadowed: ConfiguredServer[] = [];
  const seen = new Set<string>();
  for (const s of all) {
    if (seen.has(s.name)) shadowed.push(s);
    else {
      seen.add(s.name);
      if (s.scope === 'project') s.approval = approvalOf(s.name, [...settings, local]);
      servers.push(s);
    }
  }
  return { servers, shadowed, errors, claudeJson };
}

/** `${VAR}` / `${VAR:-default}`, as Claude Code expands them; names of unset variables without a default are returned. */
export function expandVars(text: string, env: NodeJS.ProcessEnv): { value: string; missing: string[] } {
  const missing: string[] = [];
  const value = text.replace(/\$\{([^}:]+)(?::-([^}]*))?\}/g, (whole, name: string, fallback: string | undefined) => {
    const v = env[name];
    if (v !== undefined) return v;
    if (fallback !== undefined) return fallback;
    missing.push(name);
    return whole;
  });
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

/** A configured entry as something to probe, variables expanded; config mistakes become `error`. */
export function resolveServer(s: ConfiguredServer, cwd: string, env: NodeJS.ProcessEnv = process.env): Resolved {
  const e = s.entry;
  if (!isObject(e)) return { error: 'the entry must be a JSON object' };
  const declared = e.type;
  const kind = declared === undefined ? (typeof e.url === 'string' ? 'http' : 'stdio') : declared;
  if (kind !== 'stdio' && kind !== 'http' && kind !== 'sse') return { error: `unsupported transport \`${String(kind).slice(0, 40)}\`` };
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
      if (e.args !== undefined && (!Array.isArray(e.args) || e.args.some((a) => typeof a !== 'string'))) return { error: '`args` must be an array of strings' };
      target.command = one(e.command);
      target.args = ((e.args as string[] | undefined) ?? []).map((a) => one(a)!);
      target.env = stringMap(e.env, env, missing);
    } else {
      if (typeof e.url !== 'string' || e.url === '') return { error: 'no `url` configured' };
      target.url = one(e.url);
      target.headers = stringMap(e.headers, env, missing);
    }
    if (missing.length > 0) return { error: `missing environment variable${missing.length > 1 ? 's' : ''} ${[...new Set(missing)].map((m) => `\`${m.slice(0, 60)}\``).join(', ')}` };
    return { target };
  } catch (err) {
    return { error: `\`env\`/\`headers\`: ${(err as Error).message}` };
  }
}
