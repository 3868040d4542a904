/**
 * Renders a SetupDbOutcome: the report for people (and for the model reading
 * the `!` line's output), one JSON object for scripts, and the exit code.
 * Pure: the outcome holds no password, and nothing here reads or writes.
 */
import { CACHE_FILE } from './cache.ts';
import {
  EXIT,
  PASSWORD_ON_COMMAND_LINE,
  type Outcome,
  agentNote,
  createText,
  explain,
  formatAge,
  formatMs,
  rows,
} from './report.ts';
import type { AllowPsql, Connection, PsqlUsed, SetupDbOutcome } from './setup.ts';
import { PSQL_RULE, SETTINGS_REL } from './settings-local.ts';
import { STATE_DIR } from '../events/project-dir.ts';

type Checked = Exclude<SetupDbOutcome, { kind: 'usage' }>;

/** The outcome's name in JSON and in the `db_check` event. */
export function outcomeName(o: Checked): Outcome {
  if (o.kind === 'cached' || o.kind === 'connected') return 'ok';
  return o.kind === 'failed' ? o.failure.kind : o.kind;
}

/** The documented exit code: a refused `--allow-psql` fails an otherwise good run. */
export function exitCode(o: SetupDbOutcome): number {
  switch (o.kind) {
    case 'usage':
      return EXIT.usage;
    case 'psql_missing':
      return EXIT.psql_missing;
    case 'failed':
      return EXIT[o.failure.kind];
    default:
      return o.allowPsql.state === 'refused' ? EXIT.error : EXIT.ok;
  }
}

const passwordOnCommandLine = (c: Connection) => c.source === 'flag' && c.hasPassword;
const connRow = (c: Connection): [string, string] => ['connection', `${c.safeUrl} (from ${c.origin})`];
const cacheFile = `${STATE_DIR}/${CACHE_FILE}`;

function psqlRow(p: PsqlUsed): [string, string] {
  return [
    'psql',
    `${p.path}${p.version ? ` (${p.version})` : ''}${p.offPath ? ' — not on PATH: add its folder to PATH so agents find it' : ''}`,
  ];
}

function allowNote(a: AllowPsql): string {
  if (a.requested) {
    if (a.state === 'refused') return `could not add "${PSQL_RULE}": ${a.error}`;
    if (a.state === 'added') return `added "${PSQL_RULE}" to ${SETTINGS_REL}: agents can run psql without asking`;
    return `"${PSQL_RULE}" is already allowed in ${SETTINGS_REL}`;
  }
  if (a.state === 'present') return `psql is allowed for agents ("${PSQL_RULE}" in ${a.where})`;
  return `agents must ask before each psql call: run \`/2l-setup-db --allow-psql\` (or add "${PSQL_RULE}" to permissions.allow in ${SETTINGS_REL})`;
}

function notes(o: Checked): string[] {
  const out = [allowNote(o.allowPsql)];
  if (passwordOnCommandLine(o.conn)) out.push(PASSWORD_ON_COMMAND_LINE);
  if (o.eventError !== undefined) out.push(`could not record the db_check event: ${o.eventError}`);
  return out;
}

/** Headline and rows. */
function report(o: Checked): string[] {
  switch (o.kind) {
    case 'psql_missing':
      return [
        `2l setup-db: psql is not installed (exit ${EXIT.psql_missing})`,
        rows([connRow(o.conn), ['install', o.install.text]]),
      ];
    case 'cached': {
      const c = o.cache;
      return [
        `2l setup-db: ok, PostgreSQL ${c.server_version} (checked ${formatAge(o.ageMs)} ago; cached in ${cacheFile}, \`--fresh\` to test again)`,
        rows([
          connRow(o.conn),
          ['user', `${c.user}, database ${c.database}`],
          ['can create', createText(c.can_create_in_schema, c.can_create_schema, c.schema)],
          ['latency', `${formatMs(c.latency_ms)} per query at the last check`],
        ]),
      ];
    }
    case 'failed': {
      const { title, fix } = explain(o.failure.kind, o.conn, o.timeoutS);
      return [
        `2l setup-db: ${title} (exit ${EXIT[o.failure.kind]})`,
        rows([connRow(o.conn), ['psql said', o.failure.detail], ['fix', fix], psqlRow(o.psql)]),
      ];
    }
    case 'connected': {
      const p = o.probe;
      return [
        `2l setup-db: connected to PostgreSQL ${p.serverVersion}`,
        rows([
          connRow(o.conn),
          ['user', `${p.user}, database ${p.database}`],
          ['can create', createText(p.canCreateInSchema, p.canCreateSchema, p.schema)],
          ['latency', `${formatMs(p.latencyMs)} per query; ${formatMs(p.wallMs)} to start psql, connect and check`],
          psqlRow(o.psql),
          ['saved', o.saveError === undefined ? `${cacheFile} (no password)` : `not saved: ${o.saveError}`],
        ]),
      ];
    }
  }
}

/** The text report; empty for a usage error (its message goes to stderr). */
export function renderText(o: SetupDbOutcome): string {
  if (o.kind === 'usage') return '';
  const lines = [...report(o), ...notes(o).map((n) => `  note: ${n}`)];
  // The agent note goes last, where an agent reading the output finds it.
  if (outcomeName(o) === 'ok') lines.push('', agentNote(o.conn.safeUrl, o.conn.source, o.conn.hasPassword));
  return `${lines.join('\n')}\n`;
}

/** The fields particular to each outcome, in the order `--json` has always printed them. */
function details(o: Checked): Record<string, unknown> {
  const psql = (p: PsqlUsed) => ({ path: p.path, version: p.version });
  switch (o.kind) {
    case 'psql_missing':
      return {
        psql: null,
        install: { manager: o.install.manager, command: o.install.command ?? null },
        hint: o.install.text,
      };
    case 'cached': {
      const c = o.cache;
      return {
        cached: true,
        cache_age_s: Math.round(o.ageMs / 1000),
        checked_at: c.checked_at,
        server_version: c.server_version,
        user: c.user,
        database: c.database,
        can_create: c.can_create_in_schema || c.can_create_schema,
        latency_ms: c.latency_ms ?? null,
        psql: c.psql,
      };
    }
    case 'failed': {
      const { title, fix } = explain(o.failure.kind, o.conn, o.timeoutS);
      return {
        psql: psql(o.psql),
        cached: false,
        message: title,
        detail: o.failure.detail,
        hint: fix,
        wall_ms: o.failure.wallMs,
      };
    }
    case 'connected': {
      const p = o.probe;
      return {
        psql: psql(o.psql),
        cached: false,
        server_version: p.serverVersion,
        server_version_num: p.serverVersionNum,
        user: p.user,
        database: p.database,
        can_create: p.canCreateInSchema || p.canCreateSchema,
        can_create_in_schema: p.canCreateInSchema,
        can_create_schema: p.canCreateSchema,
        latency_ms: p.latencyMs ?? null,
        wall_ms: p.wallMs,
        saved: o.saveError === undefined ? cacheFile : null,
      };
    }
  }
}

/** One JSON object. `ok` is the connection's health; `exit_code` also counts a refused `--allow-psql`. */
export function toJson(o: SetupDbOutcome): Record<string, unknown> {
  if (o.kind === 'usage')
    return { ok: false, outcome: 'usage', exit_code: EXIT.usage, message: `setup-db: ${o.message}` };
  const name = outcomeName(o);
  const c = o.conn;
  return {
    allow_psql: o.allowPsql.state,
    ...(passwordOnCommandLine(c) ? { warnings: [PASSWORD_ON_COMMAND_LINE] } : {}),
    source: c.source,
    origin: c.origin,
    url: c.safeUrl,
    ...details(o),
    ok: name === 'ok',
    outcome: name,
    exit_code: exitCode(o),
    ...(name === 'ok' ? { agent_note: agentNote(c.safeUrl, c.source, c.hasPassword) } : {}),
  };
}

export function renderJson(o: SetupDbOutcome): string {
  return `${JSON.stringify(toJson(o))}\n`;
}
