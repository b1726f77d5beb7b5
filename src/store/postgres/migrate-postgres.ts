import { readMigrations, StoreError } from '../database.js';
import type { PgPool } from './postgres-pool.js';

/**
 * The advisory lock key every topicfeed instance takes to migrate (an arbitrary constant, "tfmg"):
 * instances starting together run the migrations one after the other, and the later ones find
 * them applied.
 */
const MIGRATION_LOCK = 0x74666d67;

/**
 * Applies the PostgreSQL migrations (migrations/postgres/NNNN_*.sql) not yet applied, in order, one
 * transaction each, while holding a session advisory lock; returns the names it applied.
 */
export async function migratePostgres(pool: PgPool, dir: string): Promise<string[]> {
  const migrations = readMigrations(dir);
  const client = await pool.connect();
  const done: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const versions = new Set(applied.rows.map((row) => row.version));
    for (const migration of migrations) {
      if (versions.has(migration.version)) continue;
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreError(`migration postgres/${migration.name} failed: ${reason}`, {
          cause: error,
        });
      }
      done.push(migration.name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return done;
}
