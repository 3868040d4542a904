/**
 * /2l-setup-db's collect step: resolve the URL, allow psql for agents when
 * asked, find psql, answer from the cache or test the connection, save the
 * cache, record a `db_check` event. Returns what happened as a typed
 * `SetupDbOutcome`; the wording is lib/db/render.ts's. Never prints.
 */
import path from 'node:path';
import { type DbCache, freshAge, readCache, writeCache } from './cache.ts';
import { type Outcome, type Target, explain, formatMs } from './report.ts';
import { DbUrlError, type UrlSource, parseDbUrl, redactUrlText, resolveUrl } from './url.ts';
import { newEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import { cleanPayload, cleanString } from '../events/redact.ts';
import {
  type InstallHint,
  type ProbeFail,
  type ProbeOk,
  findPsql,
  localInstallHint,
  probe,
  psqlVersion,
} from './psql-probe.ts';
import { PSQL_RULE, SETTINGS_REL, addAllowRule, readProjectSettings } from './settings-local.ts';
import { SupabaseConfigError, readSupabasePort } from './supabase-config.ts';
import { errorMessage } from '../shared/cli.ts';

export interface SetupOptions {
  project: string;
  url?: string;
  /** Where `url` came from: the command line (default), or stdin (`--url -`). */
  urlFrom?: 'flag' | 'stdin';
  check: boolean;
  fresh: boolean;
  allowPsql: boolean;
  timeoutS: number;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** The connection as it may be shown: no password, only whether there was one. */
export interface Connection extends Target {
  safeUrl: string;
  source: UrlSource;
  /** Where the URL came from, in words, e.g. "`DATABASE_URL`". */
  origin: string;
  hasPassword: boolean;
}

/** `Bash(psql:*)` for agents: added on request (`--allow-psql`), or only looked up. */
export type AllowPsql =
  | { requested: true; state: 'added' | 'present' }
  | { requested: true; state: 'refused'; error: string }
  | { requested: false; state: 'present'; where: string }
  | { requested: false; state: 'absent' };

export interface PsqlUsed {
  path: string;
  version?: string;
  /** Found in a well-known place but not on PATH: agents will not find it. */
  offPath: boolean;
}

/** Known for every run that got as far as a usable URL. */
interface Checked {
  conn: Connection;
  allowPsql: AllowPsql;
  /** Why the `db_check` event could not be recorded (a cache hit records none). */
  eventError?: string;
}

/**
 * What a run found, before any wording: the one input of the text and JSON
 * renderers and of the exit code. Holds no password.
 */
export type SetupDbOutcome =
  /** A URL or supabase/config.toml that cannot be used; nothing was written. */
  | { kind: 'usage'; message: string }
  | (Checked & { kind: 'psql_missing'; install: InstallHint })
  /** `--check` answered from a fresh `.2L/db.yaml`: no connection made, no event. */
  | (Checked & { kind: 'cached'; cache: DbCache; ageMs: number })
  | (Checked & { kind: 'failed'; psql: PsqlUsed; failure: ProbeFail; timeoutS: number })
  /** `saveError`: why `.2L/db.yaml` could not be written. */
  | (Checked & { kind: 'connected'; psql: PsqlUsed; probe: ProbeOk; saveError?: string });

/** The URL to test and its printable form, or why it cannot be used. */
function resolve(opts: SetupOptions): { conn: Connection; password?: string } | { message: string } {
  try {
    const resolved = resolveUrl(opts.url, opts.env, () => readSupabasePort(opts.project), opts.urlFrom);
    try {
      const { password, ...rest } = parseDbUrl(resolved.url);
      return {
        password,
        conn: { ...rest, source: resolved.source, origin: resolved.origin, hasPassword: password !== undefined },
      };
    } catch (err) {
      if (err instanceof DbUrlError)
        return { message: `the connection URL from ${resolved.origin} cannot be used: ${err.message}` };
      throw err;
    }
  } catch (err) {
    if (err instanceof SupabaseConfigError) return { message: err.message };
    throw err;
  }
}

/** Is `Bash(psql:*)` already allowed in the project's settings? Read-only, errors mean no. */
function psqlAllowed(project: string): string | undefined {
  for (const rel of [SETTINGS_REL, path.join('.claude', 'settings.json')]) {
    try {
      const allow = (readProjectSettings(project, rel)?.permissions as { allow?: unknown } | undefined)?.allow;
      if (Array.isArray(allow) && allow.includes(PSQL_RULE)) return rel;
    } catch {
      /* an unreadable settings file allows nothing */
    }
  }
  return undefined;
}

/** The allow rule is independent of the connection's health. */
function allowPsql(project: string, requested: boolean): AllowPsql {
  if (!requested) {
    const where = psqlAllowed(project);
    return where ? { requested, state: 'present', where } : { requested, state: 'absent' };
  }
  try {
    return { requested, state: addAllowRule(project) ? 'added' : 'present' };
  } catch (err) {
    return { requested, state: 'refused', error: errorMessage(err) };
  }
}

export async function setupDb(opts: SetupOptions): Promise<SetupDbOutcome> {
  const now = opts.now ?? (() => new Date());
  // Usage errors (a bad URL or config.toml) come before any write.
  const resolved = resolve(opts);
  if ('message' in resolved) return { kind: 'usage', message: resolved.message };
  const { conn } = resolved;
  const base: Checked = { conn, allowPsql: allowPsql(opts.project, opts.allowPsql) };

  /** Append the `db_check` event; the error when it could not be. */
  const record = (outcome: Outcome, data: string, extra: Record<string, unknown>): string | undefined => {
    try {
      const payload = cleanPayload({ outcome, source: conn.source, url: conn.safeUrl, ...extra });
      appendEvent(opts.project, newEvent('db_check', cleanString(data, 300), { payload }, now()));
      return undefined;
    } catch (err) {
      return redactUrlText(errorMessage(err));
    }
  };

  const found = findPsql(opts.env);
  if (!found) {
    const eventError = record('psql_missing', 'db check: psql is not installed', {});
    return { ...base, eventError, kind: 'psql_missing', install: localInstallHint(opts.env) };
  }

  const cache = readCache(opts.project);
  const age = opts.check && !opts.fresh ? freshAge(cache, conn.safeUrl, now()) : undefined;
  if (cache && age !== undefined) return { ...base, kind: 'cached', cache, ageMs: age };

  const result = await probe(
    { ...conn, password: resolved.password },
    { psql: found.path, timeoutS: opts.timeoutS, env: opts.env },
  );
  const psql: PsqlUsed = {
    path: found.path,
    version: result.ok ? result.clientVersion : psqlVersion(found.path),
    offPath: found.offPath,
  };

  if (!result.ok) {
    if (cache && cache.url === conn.safeUrl) {
      try {
        writeCache(opts.project, { ...cache, last_failure: { at: now().toISOString(), outcome: result.kind } });
      } catch {
        /* the cache is best effort */
      }
    }
    const { title, fix } = explain(result.kind, conn, opts.timeoutS);
    // The fix rides along: three failures in a row escalate to a critical alert that carries it.
    const eventError = record(result.kind, `db check failed: ${title}`, {
      wall_ms: result.wallMs,
      error: result.detail,
      fix,
    });
    return { ...base, eventError, kind: 'failed', psql, failure: result, timeoutS: opts.timeoutS };
  }

  let saveError: string | undefined;
  try {
    writeCache(opts.project, cacheEntry(conn, result, psql, now()));
  } catch (err) {
    saveError = errorMessage(err);
  }
  const eventError = record(
    'ok',
    `db ok: PostgreSQL ${result.serverVersion} as ${result.user} in ${formatMs(result.wallMs)}`,
    {
      latency_ms: result.latencyMs ?? null,
      wall_ms: result.wallMs,
      server_version: result.serverVersion,
      can_create: result.canCreateInSchema || result.canCreateSchema,
    },
  );
  return { ...base, eventError, kind: 'connected', psql, probe: result, saveError };
}

function cacheEntry(conn: Connection, result: ProbeOk, psql: PsqlUsed, now: Date): DbCache {
  return {
    url: conn.safeUrl,
    source: conn.source,
    origin: conn.origin,
    checked_at: now.toISOString(),
    server_version: result.serverVersion,
    user: result.user,
    database: result.database,
    ...(result.schema ? { schema: result.schema } : {}),
    can_create_in_schema: result.canCreateInSchema,
    can_create_schema: result.canCreateSchema,
    ...(result.latencyMs !== undefined ? { latency_ms: result.latencyMs } : {}),
    psql: { path: psql.path, ...(psql.version ? { version: psql.version } : {}) },
  };
}
