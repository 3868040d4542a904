/**
 * PostgreSQL connection URLs: which one to use, what is in it, and the form
 * that is safe to print. Pure: no I/O. The password is split off here and from
 * then on travels only in `DbConnection.password` (to psql's PGPASSWORD).
 *
 * Parsing follows libpq's URI grammar rather than WHATWG URL, which rejects
 * libpq's multi-host form (`h1:5432,h2:5433`) and re-encodes parts psql reads.
 */

export const DEFAULT_URL = 'postgresql://postgres:postgres@127.0.0.1:54322/postgres';
export const SUPABASE_DEFAULT_PORT = 54322;
/** Longer than any real connection string; past it we refuse rather than pass it on. */
export const MAX_URL_LENGTH = 4096;

/** `stdin`: `--url -`, the URL read from standard input (so never on a command line). */
export type UrlSource = 'flag' | 'stdin' | 'env' | 'supabase' | 'default';

export class DbUrlError extends Error {}

export interface DbConnection {
  /** The URL without its password: printed, cached and passed to psql. */
  safeUrl: string;
  /** Percent-decoded; undefined when the URL carries none. */
  password?: string;
  user?: string;
  /** First host of the host list ('' = psql's default, usually the local socket). */
  host: string;
  port?: number;
  database?: string;
}

export interface ResolvedUrl {
  url: string;
  source: UrlSource;
  /** Where it came from, in words, e.g. "`DATABASE_URL`". */
  origin: string;
}

/**
 * --url (given on the command line, or on stdin with `--url -`), else
 * DATABASE_URL, else the Supabase port from config.toml, else the Supabase
 * local default. `supabasePort` is read lazily: only when needed.
 */
export function resolveUrl(
  flagUrl: string | undefined,
  env: NodeJS.ProcessEnv,
  supabasePort: () => { port: number; file: string; defaulted?: boolean } | undefined,
  flagFrom: 'flag' | 'stdin' = 'flag',
): ResolvedUrl {
  if (flagUrl !== undefined)
    return flagFrom === 'stdin'
      ? { url: flagUrl, source: 'stdin', origin: '`--url -` (stdin)' }
      : { url: flagUrl, source: 'flag', origin: '`--url`' };
  const fromEnv = env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return { url: fromEnv.trim(), source: 'env', origin: '`DATABASE_URL`' };
  const sb = supabasePort();
  if (sb) {
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${sb.port}/postgres`,
      source: 'supabase',
      origin: sb.defaulted
        ? `\`${sb.file}\` (no [db] port: Supabase's default ${sb.port})`
        : `\`${sb.file}\` [db] port ${sb.port}`,
    };
  }
  return { url: DEFAULT_URL, source: 'default', origin: 'the Supabase local default' };
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new DbUrlError(`the ${what} in the URL has a broken %-escape`);
  }
}

// Characters a host name, IP literal or %-encoded socket path can hold. Shell
// metacharacters are not among them: psql never sees them as a host either.
const HOST_RE = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]*)(?::\d{1,5})?$/;
const SAFE_TEXT = /^[\x21-\x7e]*$/;

/** Parse a postgres:// or postgresql:// URL. Errors never quote the password. */
export function parseDbUrl(url: string): DbConnection {
  if (url.length > MAX_URL_LENGTH)
    throw new DbUrlError(`the URL is ${url.length} characters long; the limit is ${MAX_URL_LENGTH}`);
  const m = /^(postgres(?:ql)?):\/\/(.*)$/s.exec(url);
  if (!m) throw new DbUrlError('the URL must start with `postgresql://` or `postgres://`');
  const scheme = m[1]!;
  let rest = m[2]!;
  if (!SAFE_TEXT.test(rest))
    throw new DbUrlError('the URL contains spaces, control or non-ASCII characters; %-encode them');
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let path = '';
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    path = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  // libpq: the user part ends at the first '@' (an '@' in a password must be %40).
  let userinfo: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    userinfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
  }
  const hostspec = rest;
  let user: string | undefined;
  let rawUser: string | undefined;
  let password: string | undefined;
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':');
    rawUser = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    user = rawUser === '' ? undefined : decode(rawUser, 'user name');
    if (colon >= 0) password = decode(userinfo.slice(colon + 1), 'password');
  }
  const hosts = hostspec === '' ? [] : hostspec.split(',');
  for (const h of hosts) {
    if (!HOST_RE.test(h))
      throw new DbUrlError(`\`${h.slice(0, 80)}\` is not a host name, IP address or %-encoded socket path`);
  }
  const first = hosts[0] ?? '';
  const pm = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(first);
  const host = pm ? decode(pm[1]!.replace(/^\[|\]$/g, ''), 'host') : '';
  const port = pm?.[2] !== undefined ? Number(pm[2]) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) throw new DbUrlError(`port ${port} is out of range (1-65535)`);
  if (path.includes('/')) throw new DbUrlError('the database name must not contain `/` (%-encode it)');
  const database = path === '' ? undefined : decode(path, 'database name');

  // A password can also ride in the query string; it goes the same way.
  const kept: string[] = [];
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq >= 0 ? pair.slice(0, eq) : pair, 'query');
    if (key === 'password') {
      password = decode(eq >= 0 ? pair.slice(eq + 1) : '', 'password');
      continue;
    }
    if (pair !== '') kept.push(pair);
  }
  const auth = rawUser !== undefined && rawUser !== '' ? `${rawUser}@` : '';
  const safeUrl = `${scheme}://${auth}${hostspec}${path !== '' || slash >= 0 ? `/${path}` : ''}${kept.length ? `?${kept.join('&')}` : ''}`;
  return { safeUrl, password, user, host, port, database };
}

/**
 * Best-effort removal of a password from any text that may hold a URL (for
 * text we did not parse ourselves, such as an invalid URL quoted in an error).
 */
export function redactUrlText(text: string): string {
  return text
    .replace(/(postgres(?:ql)?:\/\/[^:@/\s]*):[^@\s]*@/gi, '$1:[REDACTED]@')
    .replace(/([?&]password=)[^&\s]*/gi, '$1[REDACTED]');
}

/** Remove every occurrence of a known secret from text (psql's stderr, say). */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 3) return text;
  return text.split(secret).join('[REDACTED]');
}
