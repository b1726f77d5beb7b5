import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/database.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');

/**
 * A migrated in-memory SQLite store with foreign keys on and the given sources (their URLs and
 * interval placeholders): the starting point of the store-level provenance tests.
 */
export function openMemoryStore(sourceIds: readonly string[] = []): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  const addSource = db.prepare(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES (?, 'x', 'x', 1)",
  );
  for (const id of sourceIds) addSource.run(id);
  return db;
}
