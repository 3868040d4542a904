/**
 * A throwaway PostgreSQL cluster for tests and the benchmark: Debian's
 * server binaries, a temp data dir, a free loopback port, SCRAM password auth.
 * initdb refuses to run as root, so as root every server command runs as the
 * `postgres` user (runuser) in a temp dir that user owns.
 *
 * The superuser `postgres` has Supabase local's password (`postgres`).
 * Roles: `app` (password, owns database `appdb`, can create), `noddl`
 * (password, no CREATE anywhere), `ssluser` (only admitted over SSL, which the
 * server does not offer: every attempt is refused for want of encryption).
 *
 * One cluster per process: `startCluster()` is memoised and the cluster is
 * stopped by `stop()` or, at the latest, when the process exits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PASSWORDS = {
  postgres: 'postgres',
  app: 'app-S3cret-pw!',
  noddl: 'noddl-S3cret-pw',
  ssluser: 'ssl-S3cret-pw',
} as const;

export interface PgCluster {
  port: number;
  host: '127.0.0.1';
  dir: string;
  version: string;
  /** `postgresql://<role>:<password>@127.0.0.1:<port>/<db>` with the password %-encoded. */
  url(role: keyof typeof PASSWORDS, db?: string, withPassword?: boolean): string;
  /** Run SQL as the superuser over the private socket; returns stdout. */
  sql(query: string | string[], db?: string): string;
  stop(): void;
}

export function pgBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions[0]) return path.join(base, versions[0], 'bin');
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  throw new Error('PostgreSQL server binaries (initdb) not found: install Debian `postgresql`');
}

/** A port nothing listens on right now (bound then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function asOwner(cmd: string, args: string[], cwd: string): string {
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  try {
    return execFileSync(file, argv, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

let current: Promise<PgCluster> | undefined;

export function startCluster(): Promise<PgCluster> {
  current ??= create();
  return current;
}

async function create(): Promise<PgCluster> {
  const bin = pgBinDir();
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), '2l-pg-')));
  const data = path.join(dir, 'data');
  const sock = path.join(dir, 'sock');
  fs.mkdirSync(sock);
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, `${PASSWORDS.postgres}\n`, { mode: 0o600 });
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const p of [dir, sock, pwfile]) fs.chownSync(p, uid, gid);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    try {
      asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], dir);
    } catch {
      /* never started */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);

  asOwner(
    path.join(bin, 'initdb'),
    [
      '-D',
      data,
      '-U',
      'postgres',
      '--pwfile',
      pwfile,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ],
    dir,
  );
  fs.writeFileSync(
    path.join(data, 'pg_hba.conf'),
    [
      'local   all  postgres                   trust',
      'host    all  postgres,app,noddl  127.0.0.1/32  scram-sha-256',
      'hostssl all  ssluser             127.0.0.1/32  scram-sha-256',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const opts = `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=30 -c shared_buffers=16MB`;
  asOwner(
    path.join(bin, 'pg_ctl'),
    ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', '-o', opts, 'start'],
    dir,
  );

  // Each statement its own -c: CREATE DATABASE cannot share a transaction.
  const sql = (query: string | string[], db = 'postgres') =>
    asOwner(
      path.join(bin, 'psql'),
      [
        '-X',
        '-q',
        '-At',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        sock,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        db,
        ...[query].flat().flatMap((q) => ['-c', q]),
      ],
      dir,
    );
  sql([
    `create role app login password '${PASSWORDS.app}'`,
    `create role noddl login password '${PASSWORDS.noddl}'`,
    `create role ssluser login password '${PASSWORDS.ssluser}'`,
    'create database appdb owner app',
  ]);
  const version = sql('show server_version').trim();
  return {
    port,
    host: '127.0.0.1',
    dir,
    version,
    url: (role, db = 'appdb', withPassword = true) =>
      `postgresql://${role}${withPassword ? `:${encodeURIComponent(PASSWORDS[role])}` : ''}@127.0.0.1:${port}/${db}`,
    sql,
    stop: () => {
      stop();
      current = undefined;
    },
  };
}
