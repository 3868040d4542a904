/**
 * psql: where it is, how to install it, and one connection test through it.
 * The test is a single psql run (connect, a timed `select 1`, a query for the
 * server version, user and CREATE rights). The password goes to that child
 * only, in its PGPASSWORD; psql's command line carries the password-free URL.
 * Failures are classified from psql's stderr (client messages forced to the C
 * locale; server messages are in the server's language, English by default).
 */
import { $ } from 'zx/core';
import fs from 'node:fs';
import path from 'node:path';
import type { DbConnection } from './url.ts';
import { scrubSecret } from './url.ts';

export type FailureKind =
  | 'refused'
  | 'auth'
  | 'no_database'
  | 'timeout'
  | 'ssl_required'
  | 'ssl_unsupported'
  | 'host_unknown'
  | 'error';

export interface PsqlLocation {
  path: string;
  /** Found in a well-known place (Homebrew's keg-only libpq) but not on PATH. */
  offPath: boolean;
}

const MAC_EXTRA = [
  '/opt/homebrew/opt/libpq/bin',
  '/usr/local/opt/libpq/bin',
  '/Applications/Postgres.app/Contents/Versions/latest/bin',
];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function findPsql(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): PsqlLocation | undefined {
  const exe = platform === 'win32' ? 'psql.exe' : 'psql';
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && path.isAbsolute(dir) && isExecutable(path.join(dir, exe)))
      return { path: path.join(dir, exe), offPath: false };
  }
  if (platform === 'darwin') {
    for (const dir of MAC_EXTRA)
      if (isExecutable(path.join(dir, exe))) return { path: path.join(dir, exe), offPath: true };
  }
  return undefined;
}

/** `psql --version` → "16.2 (Homebrew)" style text; undefined when it will not say. */
export function psqlVersion(psql: string): string | undefined {
  const r = $({
    sync: true,
    env: { ...process.env, LC_ALL: 'C' },
    timeout: 5000,
    nothrow: true,
    quiet: true,
    verbose: false,
  })`${psql} --version`;
  const m = /\(PostgreSQL\)\s+(.+)/.exec(r.stdout);
  return m ? m[1]!.trim() : undefined;
}

export interface InstallHint {
  manager: 'apt' | 'dnf' | 'brew' | 'apk' | 'pacman' | 'other';
  command?: string;
  text: string;
}

/** The install command for this platform. Pure: the caller reads os-release and looks for managers. */
export function installHint(
  platform: NodeJS.Platform,
  osRelease: string,
  hasCommand: (name: string) => boolean,
): InstallHint {
  if (platform === 'darwin') {
    const command = 'brew install libpq && brew link --force libpq';
    return {
      manager: 'brew',
      command,
      text: `Install the PostgreSQL client with Homebrew: \`${command}\` (libpq is keg-only; the link puts psql on PATH).`,
    };
  }
  if (platform === 'linux') {
    const field = (k: string) =>
      (new RegExp(`^${k}="?([^"\\n]*)"?`, 'm').exec(osRelease)?.[1] ?? '').toLowerCase().split(/\s+/);
    const ids = [...field('ID'), ...field('ID_LIKE')];
    const pick = (manager: InstallHint['manager'], command: string): InstallHint => ({
      manager,
      command,
      text: `Install the PostgreSQL client in your own terminal: \`${command}\` (2L never asks for or stores a sudo password).`,
    });
    if (ids.some((i) => ['debian', 'ubuntu'].includes(i)) || (!ids.some(Boolean) && hasCommand('apt-get')))
      return pick('apt', 'sudo apt-get install -y postgresql-client');
    if (ids.some((i) => ['fedora', 'rhel', 'centos'].includes(i)) || hasCommand('dnf'))
      return pick('dnf', 'sudo dnf install -y postgresql');
    if (ids.includes('alpine') || hasCommand('apk')) return pick('apk', 'sudo apk add postgresql-client');
    if (ids.includes('arch') || hasCommand('pacman')) return pick('pacman', 'sudo pacman -S postgresql-libs');
    if (hasCommand('apt-get')) return pick('apt', 'sudo apt-get install -y postgresql-client');
  }
  return {
    manager: 'other',
    text: 'Install the PostgreSQL client (psql) from https://www.postgresql.org/download/ and make sure `psql` is on PATH.',
  };
}

/** The real machine's hint. */
export function localInstallHint(env: NodeJS.ProcessEnv = process.env): InstallHint {
  let osRelease = '';
  try {
    osRelease = fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    /* not Linux, or a minimal image */
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d));
  return installHint(process.platform, osRelease, (name) => dirs.some((d) => isExecutable(path.join(d, name))));
}

/** psql's first error line without the `psql: error:` prefix → a failure kind. */
export function classifyPsqlError(stderr: string): { kind: FailureKind; detail: string } {
  const detail = (stderr.split('\n').find((l) => l.trim() !== '') ?? '')
    .replace(/^psql:\s*(error:\s*)?/, '')
    .trim()
    .slice(0, 500);
  const all = stderr.slice(0, 4000);
  const kind: FailureKind = /timeout expired/i.test(all)
    ? 'timeout'
    : /Connection refused|accepting connections on that socket/i.test(all)
      ? 'refused'
      : /server does not support SSL/i.test(all)
        ? 'ssl_unsupported'
        : /(no pg_hba\.conf entry|pg_hba\.conf rejects connection)[^\n]*(no encryption|SSL off)|SSL connection is required|requires? SSL/i.test(
              all,
            )
          ? 'ssl_required'
          : /authentication failed|no password supplied|role "[^"]*" does not exist|no pg_hba\.conf entry|pg_hba\.conf rejects connection/i.test(
                all,
              )
            ? 'auth'
            : /database "[^"]*" does not exist/i.test(all)
              ? 'no_database'
              : /could not translate host name|Name or service not known|nodename nor servname/i.test(all)
                ? 'host_unknown'
                : 'error';
  return { kind, detail };
}

export interface ProbeOk {
  ok: true;
  serverVersion: string;
  serverVersionNum: number;
  clientVersion?: string;
  user: string;
  database: string;
  schema?: string;
  /** CREATE on the current schema (tables, views, functions). */
  canCreateInSchema: boolean;
  /** CREATE on the database (new schemas). */
  canCreateSchema: boolean;
  /** Round trip of `select 1` as timed by psql. */
  latencyMs?: number;
  /** The whole psql run: start, connect, queries, exit. */
  wallMs: number;
}

export interface ProbeFail {
  ok: false;
  kind: FailureKind;
  /** psql's message, password scrubbed. */
  detail: string;
  wallMs: number;
}

export type ProbeResult = ProbeOk | ProbeFail;

export const PROBE_SCRIPT = [
  '\\echo 2l-client :VERSION_NAME',
  '\\timing on',
  'select 1;',
  '\\timing off',
  "select concat_ws(E'\\t', '2l-info', current_setting('server_version'), current_setting('server_version_num'), current_user, current_database(), coalesce(current_schema(), ''),",
  "  has_database_privilege(current_database(), 'CREATE'), coalesce(has_schema_privilege(current_schema(), 'CREATE'), false));",
  '',
].join('\n');

export function parseProbeOutput(stdout: string, wallMs: number): ProbeOk | undefined {
  const info = /^2l-info\t(.*)$/m.exec(stdout)?.[1]?.split('\t');
  if (!info || info.length < 7) return undefined;
  const [serverVersion, num, user, database, schema, dbCreate, schemaCreate] = info as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const time = /^Time: ([\d.]+) ms/m.exec(stdout);
  const client = /^2l-client (.+)$/m.exec(stdout)?.[1]?.trim();
  return {
    ok: true,
    serverVersion,
    serverVersionNum: Number(num),
    clientVersion: client && client !== ':VERSION_NAME' ? client : undefined,
    user,
    database,
    schema: schema || undefined,
    canCreateSchema: dbCreate === 't',
    canCreateInSchema: schemaCreate === 't',
    latencyMs: time ? Number(time[1]) : undefined,
    wallMs,
  };
}

export interface ProbeOptions {
  psql: string;
  /** libpq's connect_timeout, in whole seconds (libpq treats 1 as 2). */
  timeoutS: number;
  env?: NodeJS.ProcessEnv;
}

/** Connect through psql and report; never rejects. */
export async function probe(conn: DbConnection, opts: ProbeOptions): Promise<ProbeResult> {
  const env: NodeJS.ProcessEnv = {
    ...(opts.env ?? process.env),
    LC_ALL: 'C',
    LC_MESSAGES: 'C',
    PGCONNECT_TIMEOUT: String(opts.timeoutS),
    PGAPPNAME: '2l-setup-db',
  };
  // The password travels only in the child's environment, never on its command line.
  if (conn.password !== undefined) env.PGPASSWORD = conn.password;
  const started = performance.now();
  // libpq enforces connect_timeout; the zx timeout only guards against a psql that hangs after connecting.
  const psql = $({
    env,
    halt: true,
    timeout: (opts.timeoutS + 5) * 1000,
    timeoutSignal: 'SIGKILL',
    nothrow: true,
    quiet: true,
    verbose: false,
  })`${opts.psql} -X -w -q -A -t -v ON_ERROR_STOP=1 -f - -d ${conn.safeUrl}`;
  psql.run();
  // Not zx's `input`: psql may exit before reading its script (its stderr says why), and
  // that write must not become an unhandled EPIPE.
  psql.stdin.on('error', () => {});
  psql.stdin.end(PROBE_SCRIPT);
  const out = await psql;
  const wallMs = Math.round((performance.now() - started) * 10) / 10;
  if (out.signal === 'SIGKILL')
    return { ok: false, kind: 'timeout', detail: `psql did not finish within ${opts.timeoutS + 5} s`, wallMs };
  // 126/127: the shell could not execute psql at all.
  if (out.exitCode === 126 || out.exitCode === 127)
    return {
      ok: false,
      kind: 'error',
      detail: `could not run psql: ${firstLine(out.stderr) || `exit ${out.exitCode}`}`,
      wallMs,
    };
  const ok = out.exitCode === 0 ? parseProbeOutput(out.stdout, wallMs) : undefined;
  if (ok) return ok;
  const { kind, detail } = classifyPsqlError(
    out.stderr || (out.exitCode === 0 ? 'unexpected output from psql' : `psql exited with code ${out.exitCode}`),
  );
  return { ok: false, kind, detail: scrubSecret(detail, conn.password), wallMs };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 300) ?? '';
}
