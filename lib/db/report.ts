/**
 * What /2l-setup-db says: exit codes, one message and fix per outcome, the
 * plain-text report and the note that tells agents how to reach the database.
 * Pure: every input is already password-free.
 */
import type { UrlSource } from './url.ts';
import type { FailureKind } from './psql-probe.ts';

export type Outcome = 'ok' | 'psql_missing' | FailureKind;

export const EXIT: Readonly<Record<Outcome | 'usage', number>> = {
  ok: 0,
  error: 1,
  ssl_unsupported: 1,
  host_unknown: 1,
  usage: 2,
  psql_missing: 3,
  refused: 4,
  auth: 5,
  no_database: 6,
  timeout: 7,
  ssl_required: 8,
};

export const EXIT_HELP = `Exit codes:
  0  connected (or a fresh cached answer with --check)
  1  other failure (unknown host, SSL not offered by the server, settings file refused, …)
  2  bad arguments, or a URL or supabase/config.toml that cannot be used
  3  psql is not installed (the install command for this platform is printed)
  4  connection refused: nothing listens at that host and port
  5  authentication failed (wrong or missing password, unknown role, host not admitted)
  6  the database does not exist
  7  timeout: the server did not answer within --timeout seconds
  8  the server requires SSL`;

export interface Target {
  host: string;
  port?: number;
  user?: string;
  database?: string;
}

function where(t: Target): string {
  return `${t.host || 'the local socket'}${t.port ? `:${t.port}` : ''}`;
}

/** Headline and fix for a failed connection. */
export function explain(kind: FailureKind, t: Target, timeoutS: number): { title: string; fix: string } {
  switch (kind) {
    case 'refused':
      return {
        title: `connection refused at ${where(t)}`,
        fix: `Nothing is listening at ${where(t)}. For a Supabase project, start the local stack with \`supabase start\`; otherwise check the host and port, and that the server is running.`,
      };
    case 'auth':
      return {
        title: `authentication failed for user ${t.user ?? '(default)'}`,
        fix: 'The server rejected the credentials (wrong or missing password, unknown role, or this host is not admitted). Check the password in the URL or `DATABASE_URL`, or set PGPASSWORD / ~/.pgpass.',
      };
    case 'no_database':
      return {
        title: `database ${t.database ?? '(default)'} does not exist`,
        fix: 'The server is up and the login worked, but that database is missing: create it (`createdb`) or fix the name at the end of the URL.',
      };
    case 'timeout':
      return {
        title: `timeout: no answer from ${where(t)} within ${Math.max(2, timeoutS)} s`,
        fix: 'Something accepted the connection (or the network dropped it) but no PostgreSQL server answered. Check the host and port, firewalls and VPNs; raise `--timeout` for a slow link.',
      };
    case 'ssl_required':
      return {
        title: 'the server requires SSL',
        fix: 'The server refused a connection without encryption. Add `?sslmode=require` to the URL (remove any `sslmode=disable`); if it is still refused, the server does not admit this user or host.',
      };
    case 'ssl_unsupported':
      return {
        title: 'SSL was required but the server does not offer it',
        fix: 'Remove `sslmode=require` (or verify-*) from the URL for this server, or enable SSL on the server.',
      };
    case 'host_unknown':
      return {
        title: `unknown host ${t.host}`,
        fix: 'The host name does not resolve. Check its spelling, or use an IP address.',
      };
    default:
      return { title: 'the connection test failed', fix: 'See psql’s message above.' };
  }
}

/** Shell-quote for a POSIX shell: the agent note is copied into Bash commands. */
export function shq(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function passwordNote(source: UrlSource, hasPassword: boolean): string {
  if (!hasPassword) return 'The URL carries no password: psql uses PGPASSWORD or ~/.pgpass if the server asks for one.';
  const how =
    'export PGPASSWORD in the environment Claude Code starts from, or add a ~/.pgpass line (mode 0600) host:port:database:user:password';
  switch (source) {
    case 'env':
      return `The password is in \`DATABASE_URL\`, which psql does not read by itself: ${how}. (\`psql "$DATABASE_URL"\` works too, but Claude Code asks before every command holding a $VARIABLE, allow rule or not.) 2L stores no password.`;
    case 'flag':
      return `The password was given with \`--url\` and is not stored: ${how}.`;
    case 'stdin':
      return `The password came with the URL on stdin and is not stored: ${how}.`;
    default:
      return `The password is the Supabase local default for user postgres (\`supabase status\` shows it): ${how}. 2L stores no password.`;
  }
}

/** The command agents copy: the password-free URL written out, no $VARIABLE (those always need approval). */
export function agentNote(safeUrl: string, source: UrlSource, hasPassword: boolean): string {
  return [
    `For agents: reach the database with`,
    `  psql ${shq(safeUrl)} -X -v ON_ERROR_STOP=1 -c '<SQL>'`,
    passwordNote(source, hasPassword),
  ].join('\n');
}

/**
 * Said when `--url` carried a password on the command line: for the whole run
 * it was in the argv of the shell that started us (Claude Code's `!` line),
 * readable by any process on the machine through `ps`, and it is in the
 * transcript. 2L hides it from its own process title, but cannot reach those.
 */
export const PASSWORD_ON_COMMAND_LINE =
  'the password was on the command line, where other processes can read it (`ps`) and the Claude Code transcript keeps it: give it through DATABASE_URL (exported before starting Claude Code), PGPASSWORD or ~/.pgpass instead, or pipe the URL in with `--url -`';

export function createText(inSchema: boolean, newSchemas: boolean, schema?: string): string {
  if (!inSchema && !newSchemas)
    return `no (no CREATE on ${schema ? `schema ${schema}` : 'any schema in the search path'} or on the database): read and write existing tables only`;
  const parts = [];
  if (inSchema) parts.push(`tables in schema ${schema}`);
  if (newSchemas) parts.push('new schemas');
  return `yes (${parts.join('; ')})`;
}

/** Latencies as the db report shows them (the shared formatter's precise variant). */
export { formatMsPrecise as formatMs } from '../shared/duration.ts';

export function formatAge(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** Aligned `label  value` lines. */
export function rows(pairs: Array<[string, string | undefined]>): string {
  const kept = pairs.filter((p): p is [string, string] => p[1] !== undefined);
  const w = Math.max(...kept.map(([k]) => k.length));
  return kept.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}
