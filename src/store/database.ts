import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** A database problem: cannot open, migrate or write. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`store: ${message}`, options);
  }
}

/**
 * Page cache of a read-only connection, in KiB: the server's reads (a page of stories, counts)
 * touch little; better-sqlite3's default, 16 MB per connection, filled up with the counts of
 * a 200k-entry store's index page and stayed resident.
 */
const READER_CACHE_KIB = 4_096;
/**
 * Page cache of the writer, in KiB (better-sqlite3's default is 16 MB): a poll's inserts touch
 * index pages all over a large store, so the cache fills and stays resident; the pages it no
 * longer holds come back from the OS's file cache.
 */
const WRITER_CACHE_KIB = 8_192;

/** Opens (creating if needed) the SQLite file with WAL, synchronous=NORMAL, foreign keys and a statement cache. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !existsSync(dirname(path))) {
    throw new StoreError(`unable to open database ${path}: folder ${dirname(path)} does not exist`);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, timeout: 5_000 });
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma(`cache_size = -${options.readonly ? READER_CACHE_KIB : WRITER_CACHE_KIB}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    cacheStatements(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`unable to open database ${path}: ${reason}`, { cause: error });
  }
  return db;
}

const MAX_CACHED_STATEMENTS = 1_000;

/**
 * Makes `db.prepare(sql)` return one compiled statement per SQL text instead of compiling it on
 * every call (the repositories call prepare where they use it; compiling was ~10 % of ingest).
 * A cached reader statement is handed back with its result modes reset (pluck, raw, expand off),
 * so one caller's `.pluck()` never leaks into another's.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
    const statement = prepare(sql);
    cache.set(sql, statement);
    return statement;
  }) as Database.Database['prepare'];
}

const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => ({
      version: Number(name.slice(0, 4)),
      name,
      sql: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** Applies the migrations not yet applied, in order, one transaction each; returns their names. */
export function migrate(db: Db, dir: string): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const done: string[] = [];
  for (const migration of readMigrations(dir)) {
    if (applied.has(migration.version)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
      })();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`migration ${migration.name} failed: ${reason}`, { cause: error });
    }
    done.push(migration.name);
  }
  return done;
}

/**
 * Runs async work inside one `BEGIN IMMEDIATE … COMMIT`, rolling back on any error. The work may
 * await (to let the event loop breathe between batches); hold the write lock around it so that no
 * other write joins the transaction.
 */
export async function runTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Serializes the writes on one SQLite connection: a poll's transaction may span awaits. */
export interface WriteLock {
  run<T>(work: () => T | Promise<T>): Promise<T>;
}

/**
 * A FIFO lock: each piece of work starts when the previous one has settled; `afterWrite` is told
 * of each one that succeeded (the WAL checkpointer follows the writes this way).
 */
export function createWriteLock(afterWrite?: () => void): WriteLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => T | Promise<T>): Promise<T> {
      const result = tail.then(work);
      tail = result.then(afterWrite, () => undefined);
      return result;
    },
  };
}
