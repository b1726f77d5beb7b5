import { resolve } from 'node:path';

/**
 * Where the store lives: `database:` (or `$TOPICFEED_DATABASE_URL`) is a SQLite file path or a
 * PostgreSQL URL. A relative path is resolved against the config file's folder; a URL is kept as
 * written.
 */
export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

const POSTGRES_SCHEME = /^postgres(?:ql)?:\/\//i;

/** True when the value is meant as a PostgreSQL URL (postgres:// or postgresql://). */
export function isPostgresUrl(value: string): boolean {
  return POSTGRES_SCHEME.test(value);
}

/**
 * Why a `postgres://` value cannot be used, or undefined when it can: it must parse as a URL with
 * a host and a database name (`postgres://user:password@host:5432/dbname`).
 */
export function postgresUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid PostgreSQL URL (expected postgres://user:password@host:5432/dbname)';
  }
  if (url.hostname === '' && !url.searchParams.has('host'))
    return 'PostgreSQL URL has no host (expected postgres://user:password@host:5432/dbname)';
  if (url.pathname.replace(/^\//, '') === '')
    return 'PostgreSQL URL has no database name (expected postgres://user:password@host:5432/dbname)';
  if (url.port !== '' && !/^\d+$/.test(url.port)) return 'PostgreSQL URL has an invalid port';
  return undefined;
}

/** The config's `database` value: a PostgreSQL URL as written, else a path resolved against `dir`. */
export function resolveDatabase(value: string, dir: string): string {
  if (value === ':memory:' || isPostgresUrl(value)) return value;
  return resolve(dir, value);
}

/** The backend a (resolved) `database` value selects. */
export function locateDatabase(database: string): DatabaseLocation {
  return isPostgresUrl(database)
    ? { kind: 'postgres', url: database }
    : { kind: 'sqlite', path: database };
}

/** The value for logs and `topicfeed check`: a URL's password replaced by `***`. */
export function redactDatabase(database: string): string {
  if (!isPostgresUrl(database)) return database;
  try {
    const url = new URL(database);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return database.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/** One line saying which backend the config selects, e.g. `PostgreSQL postgres://u:***@h/db`. */
export function describeDatabase(database: string): string {
  const location = locateDatabase(database);
  return location.kind === 'postgres'
    ? `PostgreSQL ${redactDatabase(location.url)}`
    : `SQLite ${location.path}`;
}
