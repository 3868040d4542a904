/**
 * Where the live OTLP export goes, and what it says about who sent it.
 *
 * The export carries the user's events (commands, prompts' tool calls) off
 * the machine, so its destination must be the user's choice. A repository's
 * `.2L/config.yaml` is somebody else's file: its `otlp.endpoint` is used only
 * when the user listed that same endpoint under `otlp.approved_endpoints` in
 * their own `<Claude config dir>/2l/config.yaml`; otherwise it is ignored with
 * a note. The same holds for the standard `OTEL_EXPORTER_OTLP_*` variables
 * when the repository's own `.claude/settings*.json` is what sets them (Claude
 * Code passes a project's `env` to every command it runs). Header values are
 * never in any file: the user's config names, per header, the environment
 * variable that holds its value, and `OTEL_EXPORTER_OTLP_HEADERS` is read
 * from the environment; a repository's file can name neither.
 *
 * ```yaml
 * otlp:                                  # ~/.claude/2l/config.yaml
 *   endpoint: http://collector.local:4318   # for every project
 *   headers: { Authorization: OTLP_AUTH }   # header ← environment variable
 *   approved_endpoints: [https://otel.team.example:4318]
 *   resource: { user: hash, host: plain, project: plain }   # plain | hash | omit
 * ```
 * A project may turn the export off (`otlp.enabled: false`) and make the
 * resource more private (`resource.user: omit`), never less.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { readConfigText } from './config.ts';
import { userConfigFile } from './notify-config.ts';
import type { Attrs } from './otel-model.ts';
import { readRegularText, readUserRegularText } from '../shared/safe-fs.ts';

const MAX_USER_CONFIG_BYTES = 256 * 1024;
const MAX_SETTINGS_BYTES = 1024 * 1024;
const MAX_URL = 2000;
const MAX_LIST = 100;

export type Privacy = 'plain' | 'hash' | 'omit';
const PRIVACY: readonly Privacy[] = ['plain', 'hash', 'omit'];
export type Signal = 'traces' | 'logs' | 'metrics';
const SIGNALS: readonly Signal[] = ['traces', 'logs', 'metrics'];

export interface OtlpTarget {
  /** Full URL per signal. */
  urls: Record<Signal, string>;
  /** Per signal (the signal-specific variables add to or override the common ones). Values only in memory. */
  headers: Record<Signal, Record<string, string>>;
  /** Where the endpoint came from, for the server's log and `/2l-status`. */
  source: 'user config' | 'approved project config' | 'environment';
  /** The endpoint as shown: no credentials, no query. */
  display: string;
  resource: Attrs;
}

export interface OtlpResolution {
  target?: OtlpTarget;
  /** Why an endpoint named somewhere was not used. */
  notes: string[];
}

type Section = Record<string, unknown>;

/** `otlp:` of a YAML text as plain values (one level of maps and lists); undefined when absent. */
function otlpSection(text: string | undefined): Section | undefined {
  if (!text) return undefined;
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const node = doc.contents.get('otlp', true) as Node | undefined;
  if (!isMap(node)) return undefined;
  const plain = (v: Node | null): unknown => {
    if (isScalar(v)) return v.value;
    if (isSeq(v)) return v.items.slice(0, MAX_LIST).map((x) => (isScalar(x) ? x.value : undefined));
    if (isMap(v))
      return Object.fromEntries(
        v.items
          .slice(0, MAX_LIST)
          .map((i) => [isScalar(i.key) ? String(i.key.value) : '', isScalar(i.value) ? i.value.value : undefined]),
      );
    return undefined;
  };
  const out: Section = {};
  for (const item of node.items)
    out[isScalar(item.key) ? String(item.key.value) : ''] = plain(item.value as Node | null);
  return out;
}

/** An http(s) URL, trimmed of a trailing slash; undefined for anything else. */
export function endpointUrl(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_URL) return undefined;
  try {
    const u = new URL(text.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** Signal URLs: a base gets `/v1/<signal>`; a signal-specific variable is used as given (the OTLP spec). */
function signalUrls(base: string, env: NodeJS.ProcessEnv, useSignalEnv: boolean): Record<Signal, string> {
  const root = base.replace(/\/v1\/(?:traces|logs|metrics)$/, '');
  const out = {} as Record<Signal, string>;
  for (const s of SIGNALS) {
    const specific = useSignalEnv ? endpointUrl(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`]) : undefined;
    out[s] = specific ?? `${root}/v1/${s}`;
  }
  return out;
}

/** `k1=v1,k2=v2` (values URL-encoded), as OTEL_EXPORTER_OTLP_HEADERS is written. */
export function parseHeaderList(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const k = part.slice(0, eq).trim();
    try {
      if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) out[k] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      /* a malformed escape: that header is left out */
    }
  }
  return out;
}

/** The `env` a project's own Claude Code settings set (`.claude/settings.json`, `settings.local.json`). */
export function projectSettingsEnv(projectDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['settings.json', 'settings.local.json']) {
    try {
      const text = readRegularText(path.join(projectDir, '.claude', name), MAX_SETTINGS_BYTES);
      const env = text === undefined ? undefined : (JSON.parse(text) as { env?: unknown }).env;
      if (env && typeof env === 'object')
        for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
    } catch {
      /* absent, planted (a link, a FIFO) or not JSON: sets nothing we honour */
    }
  }
  return out;
}

function privacyOf(user: unknown, project: unknown): Privacy {
  const u = PRIVACY.includes(user as Privacy) ? (user as Privacy) : 'plain';
  const p = PRIVACY.includes(project as Privacy) ? (project as Privacy) : 'plain';
  return PRIVACY.indexOf(p) > PRIVACY.indexOf(u) ? p : u;
}

const hashed = (v: string) => createHash('sha256').update(`2l-pack resource\0${v}`).digest('hex').slice(0, 16);

/** `service.name` and the user, host and project, each plain, hashed or left out as configured. */
export function resourceAttributes(
  projectDir: string,
  user: Section,
  project: Section,
  who: { user: string; host: string } = { user: safeUserName(), host: os.hostname() },
): Attrs {
  const ur = (user.resource ?? {}) as Section;
  const pr = (project.resource ?? {}) as Section;
  const out: Attrs = { 'service.name': '2l-pack' };
  const put = (key: 'user' | 'host' | 'project', attr: string, value: string) => {
    const p = privacyOf(ur[key], pr[key]);
    if (p !== 'omit') out[attr] = p === 'hash' ? hashed(value) : value;
  };
  put('user', 'user.name', who.user);
  put('host', 'host.name', who.host);
  put('project', '2l.project.name', path.basename(projectDir));
  return out;
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

export interface ResolveInput {
  projectDir: string;
  env: NodeJS.ProcessEnv;
  userText?: string;
  projectText?: string;
  /** What the repository's `.claude/settings*.json` put into the environment. */
  repoEnv: Record<string, string>;
  who?: { user: string; host: string };
}

/** Pure: the export target from the three sources, with a note for each endpoint refused. */
export function resolveOtlp(input: ResolveInput): OtlpResolution {
  const { env, repoEnv } = input;
  const user = otlpSection(input.userText) ?? {};
  const project = otlpSection(input.projectText) ?? {};
  const notes: string[] = [];
  const file = userConfigFile(env);
  if (project.enabled === false || user.enabled === false || env.OTEL_SDK_DISABLED === 'true') return { notes };
  const approved = new Set(
    (Array.isArray(user.approved_endpoints) ? user.approved_endpoints : []).map(endpointUrl).filter(Boolean),
  );
  let base: string | undefined;
  let source: OtlpTarget['source'] = 'user config';
  const asked = project.endpoint;
  if (asked !== undefined && asked !== null) {
    const url = endpointUrl(asked);
    if (url && approved.has(url)) {
      base = url;
      source = 'approved project config';
    } else
      notes.push(
        `.2L/config.yaml names an OTLP endpoint (otlp.endpoint) that is not used: a repository's file cannot send your events anywhere; to allow it, list it under otlp.approved_endpoints in ${file}`,
      );
  }
  base ??= endpointUrl(user.endpoint);
  let useSignalEnv = base === undefined;
  if (base === undefined) {
    const names = [
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      ...SIGNALS.map((s) => `OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`),
    ];
    const planted = names.filter(
      (n) => env[n] !== undefined && repoEnv[n] === env[n] && !approved.has(endpointUrl(env[n]) ?? ''),
    );
    if (planted.length > 0) {
      notes.push(
        `${planted.join(', ')} comes from this repository's .claude/settings*.json and is not used: a repository cannot send your events anywhere; to allow it, list the endpoint under otlp.approved_endpoints in ${file}`,
      );
      useSignalEnv = false;
    } else {
      base = endpointUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT);
      source = 'environment';
      // Only signal-specific variables: a base is still needed for the other signals' URLs.
      if (base === undefined) {
        const any = SIGNALS.map((s) => endpointUrl(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`])).find(
          Boolean,
        );
        if (any) base = new URL(any).origin;
      }
    }
  }
  if (base === undefined) return { notes };
  const common: Record<string, string> = { ...parseHeaderList(env.OTEL_EXPORTER_OTLP_HEADERS) };
  const named = (user.headers ?? {}) as Section;
  for (const [header, variable] of Object.entries(named))
    if (typeof variable === 'string' && env[variable] !== undefined && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header))
      common[header] = env[variable]!;
  const headers = {} as Record<Signal, Record<string, string>>;
  for (const s of SIGNALS)
    headers[s] = { ...common, ...parseHeaderList(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_HEADERS`]) };
  const u = new URL(base);
  return {
    target: {
      urls: signalUrls(base, env, useSignalEnv),
      headers,
      source,
      display: `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`,
      resource: resourceAttributes(input.projectDir, user, project, input.who),
    },
    notes,
  };
}

/** The target for a project as the files and the environment say now. */
export function loadOtlpTarget(projectDir: string, env: NodeJS.ProcessEnv = process.env): OtlpResolution {
  let userText: string | undefined;
  try {
    userText = readUserRegularText(userConfigFile(env), MAX_USER_CONFIG_BYTES);
  } catch {
    userText = undefined;
  }
  return resolveOtlp({
    projectDir,
    env,
    userText,
    projectText: readConfigText(projectDir).text,
    repoEnv: projectSettingsEnv(projectDir),
  });
}
