/** A complete `.2L/db.yaml` record for the db tests, checked at DB_T0. */
import type { DbCache } from '../../lib/db/cache.ts';

export const DB_T0 = new Date('2026-11-20T12:00:00.000Z');

export const dbCache = (over: Partial<DbCache> = {}): DbCache => ({
  url: 'postgresql://app@127.0.0.1:5432/appdb',
  source: 'flag',
  origin: '`--url`',
  checked_at: DB_T0.toISOString(),
  server_version: '15.18',
  user: 'app',
  database: 'appdb',
  schema: 'public',
  can_create_in_schema: true,
  can_create_schema: false,
  latency_ms: 0.5,
  psql: { path: '/usr/bin/psql', version: '15.18' },
  ...over,
});
