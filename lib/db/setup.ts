/**
 * /2l-setup-db from options to report: resolve the URL, find psql, answer
 * from the cache or test the connection, save the cache, record a `db_check`
 * event, optionally allow psql for agents. Returns text and JSON; never prints.
 */
import path from 'node:path';
import { CACHE_FILE, type DbCache, freshAge, readCache, writeCache } from './cache.ts';
import { EXIT, PASSWORD_ON_COMMAND_LINE, type Outcome, agentNote, createText, explain, formatAge, formatMs, rows } from './report.ts';
import { type DbConnection, DbUrlError, type ResolvedUrl, parseDbUrl, redactUrlText, resolveUrl } from './url.ts';
import { newEvent } from '../events/format.ts';
import { appendEvent } from '../events/writer.ts';
import { STATE_DIR } from '../events/project-dir.ts';
import { cleanPayload, cleanString } from '../events/redact.ts';
import { type ProbeResult, findPsql, localInstallHint, probe, psqlVersion } from './psql-probe.ts';
import { PSQL_RULE, SETTINGS_REL, addAllowRule, readProjectSettings } from './settings-local.ts';
import { SupabaseConfigError, readSupabasePort } from './supabase-config.ts';

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

export interface SetupResult {
  exitCode: number;
  text: string;
  json: Record<string, unknown>;
}

export class SetupUsageError extends Error {}

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

function resolve(opts: SetupOptions): { resolved: ResolvedUrl; conn: DbConnection } {
  let resolved: ResolvedUrl;
  try {
    resolved = resolveUrl(opts.url, opts.env, () => readSupabasePort(opts.project), opts.urlFrom);
  } catch (err) {
    if (err instanceof SupabaseConfigError) throw new SetupUsageError(err.message);
    throw err;
  }
  try {
    return { resolved, conn: parseDbUrl(resolved.url) };
  } catch (err) {
    if (err instanceof DbUrlError) throw new SetupUsageError(`the connection URL from ${resolved.origin} cannot be used: ${err.message}`);
    throw err;
  }
}

export async function runSetupDb(opts: SetupOptions): Promise<SetupResult> {
  const now = opts.now ?? (() => new Date());
  const lines: string[] = [];
  const json: Record<string, unknown> = {};
  const notes: string[] = [];
  let settingsFailed = false;

  // Usage errors (a bad URL or config.toml) come before any write.
  const { resolved, conn } = resolve(opts);

  // The allow rule is independent of the connection's health.
  let allowState: string;
  if (opts.allowPsql) {
    try {
      allowState = addAllowRule(opts.project) ? 'added' : 'present';
      notes.push(allowState === 'added' ? `added "${PSQL_RULE}" to ${SETTINGS_REL}: agents can run psql without asking` : `"${PSQL_RULE}" is already allowed in ${SETTINGS_REL}`);
    } catch (err) {
      allowState = 'refused';
      settingsFailed = true;
      notes.push(`could not add "${PSQL_RULE}": ${(err as Error).message}`);
    }
  } else {
    const where = psqlAllowed(opts.project);
    allowState = where ? 'present' : 'absent';
    notes.push(
      where
        ? `psql is allowed for agents ("${PSQL_RULE}" in ${where})`
        : `agents must ask before each psql call: run \`/2l-setup-db --allow-psql\` (or add "${PSQL_RULE}" to permissions.allow in ${SETTINGS_REL})`,
    );
  }
  json.allow_psql = allowState;

  if (resolved.source === 'flag' && conn.password !== undefined) {
    notes.push(PASSWORD_ON_COMMAND_LINE);
    json.warnings = [PASSWORD_ON_COMMAND_LINE];
  }

  const target = { host: conn.host, port: conn.port, user: conn.user, database: conn.database };
  Object.assign(json, { source: resolved.source, origin: resolved.origin, url: conn.safeUrl });
  const connRow: [string, string] = ['connection', `${conn.safeUrl} (from ${resolved.origin})`];

  const record = (outcome: Outcome, data: string, extra: Record<string, unknown>) => {
    try {
      appendEvent(opts.project, newEvent('db_check', cleanString(data, 300), { payload: cleanPayload({ outcome, source: resolved.source, url: conn.safeUrl, ...extra }) }, now()));
      return true;
    } catch (err) {
      notes.push(`could not record the db_check event: ${redactUrlText((err as Error).message)}`);
      return false;
    }
  };
  const finish = (outcome: Outcome, exitCode: number): SetupResult => {
    const code = exitCode === 0 && settingsFailed ? EXIT.error : exitCode;
    Object.assign(json, { ok: outcome === 'ok', outcome, exit_code: code });
    lines.push(...notes.map((n) => `  note: ${n}`));
    // The agent note goes last, where an agent reading the output finds it.
    if (outcome === 'ok') {
      json.agent_note = agentNote(conn.safeUrl, resolved.source, conn.password !== undefined);
      lines.push('', json.agent_note as string);
    }
    return { exitCode: code, text: `${lines.join('\n')}\n`, json };
  };

  const psql = findPsql(opts.env);
  if (!psql) {
    const hint = localInstallHint(opts.env);
    Object.assign(json, { psql: null, install: { manager: hint.manager, command: hint.command ?? null }, hint: hint.text });
    lines.push(`2l setup-db: psql is not installed (exit ${EXIT.psql_missing})`, rows([connRow, ['install', hint.text]]));
    record('psql_missing', 'db check: psql is not installed', {});
    return finish('psql_missing', EXIT.psql_missing);
  }

  const cache = readCache(opts.project);
  const age = opts.check && !opts.fresh ? freshAge(cache, conn.safeUrl, now()) : undefined;
  if (cache && age !== undefined) {
    Object.assign(json, {
      cached: true,
      cache_age_s: Math.round(age / 1000),
      checked_at: cache.checked_at,
      server_version: cache.server_version,
      user: cache.user,
      database: cache.database,
      can_create: cache.can_create_in_schema || cache.can_create_schema,
      latency_ms: cache.latency_ms ?? null,
      psql: cache.psql,
    });
    lines.push(
      `2l setup-db: ok, PostgreSQL ${cache.server_version} (checked ${formatAge(age)} ago; cached in ${STATE_DIR}/${CACHE_FILE}, \`--fresh\` to test again)`,
      rows([connRow, ['user', `${cache.user}, database ${cache.database}`], ['can create', createText(cache.can_create_in_schema, cache.can_create_schema, cache.schema)], ['latency', `${formatMs(cache.latency_ms)} per query at the last check`]]),
    );
    return finish('ok', EXIT.ok);
  }

  const result: ProbeResult = await probe(conn, { psql: psql.path, timeoutS: opts.timeoutS, env: opts.env });
  const psqlInfo = { path: psql.path, version: result.ok ? result.clientVersion : psqlVersion(psql.path) };
  json.psql = psqlInfo;
  json.cached = false;
  const psqlRow: [string, string] = ['psql', `${psql.path}${psqlInfo.version ? ` (${psqlInfo.version})` : ''}${psql.offPath ? ' — not on PATH: add its folder to PATH so agents find it' : ''}`];

  if (!result.ok) {
    const { title, fix } = explain(result.kind, target, opts.timeoutS);
    Object.assign(json, { message: title, detail: result.detail, hint: fix, wall_ms: result.wallMs });
    lines.push(`2l setup-db: ${title} (exit ${EXIT[result.kind]})`, rows([connRow, ['psql said', result.detail], ['fix', fix], psqlRow]));
    if (cache && cache.url === conn.safeUrl) {
      try {
        writeCache(opts.project, { ...cache, last_failure: { at: now().toISOString(), outcome: result.kind } });
      } catch {
        /* the cache is best effort */
      }
    }
    record(result.kind, `db check failed: ${title}`, { wall_ms: result.wallMs, error: result.detail });
    return finish(result.kind, EXIT[result.kind]);
  }

  const entry: DbCache = {
    url: conn.safeUrl,
    source: resolved.source,
    origin: resolved.origin,
    checked_at: now().toISOString(),
    server_version: result.serverVersion,
    user: result.user,
    database: result.database,
    ...(result.schema ? { schema: result.schema } : {}),
    can_create_in_schema: result.canCreateInSchema,
    can_create_schema: result.canCreateSchema,
    ...(result.latencyMs !== undefined ? { latency_ms: result.latencyMs } : {}),
    psql: { path: psql.path, ...(psqlInfo.version ? { version: psqlInfo.version } : {}) },
  };
  let saved: string;
  try {
    writeCache(opts.project, entry);
    saved = `${STATE_DIR}/${CACHE_FILE} (no password)`;
  } catch (err) {
    saved = `not saved: ${(err as Error).message}`;
  }
  record('ok', `db ok: PostgreSQL ${result.serverVersion} as ${result.user} in ${formatMs(result.wallMs)}`, {
    latency_ms: result.latencyMs ?? null,
    wall_ms: result.wallMs,
    server_version: result.serverVersion,
    can_create: result.canCreateInSchema || result.canCreateSchema,
  });
  Object.assign(json, {
    server_version: result.serverVersion,
    server_version_num: result.serverVersionNum,
    user: result.user,
    database: result.database,
    can_create: result.canCreateInSchema || result.canCreateSchema,
    can_create_in_schema: result.canCreateInSchema,
    can_create_schema: result.canCreateSchema,
    latency_ms: result.latencyMs ?? null,
    wall_ms: result.wallMs,
    saved: saved.startsWith('not') ? null : `${STATE_DIR}/${CACHE_FILE}`,
  });
  lines.push(
    `2l setup-db: connected to PostgreSQL ${result.serverVersion}`,
    rows([
      connRow,
      ['user', `${result.user}, database ${result.database}`],
      ['can create', createText(result.canCreateInSchema, result.canCreateSchema, result.schema)],
      ['latency', `${formatMs(result.latencyMs)} per query; ${formatMs(result.wallMs)} to start psql, connect and check`],
      psqlRow,
      ['saved', saved],
    ]),
  );
  return finish('ok', EXIT.ok);
}
