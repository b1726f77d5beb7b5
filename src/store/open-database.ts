import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { cacheStatements } from './cache-statements.js';
import { StoreError } from './store-error.js';

export type Db = Database.Database;

/** Opens (creating if needed) the SQLite file with WAL, synchronous=NORMAL, foreign keys and a statement cache. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !existsSync(dirname(path))) {
    throw new StoreError(`unable to open database ${path}: folder ${dirname(path)} does not exist`);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, timeout: 5_000 });
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    cacheStatements(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`unable to open database ${path}: ${reason}`, { cause: error });
  }
  return db;
}
