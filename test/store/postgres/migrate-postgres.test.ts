import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../src/store/index.js';
import { migratePostgres } from '../../../src/store/postgres/migrate-postgres.js';
import { openPostgresPool } from '../../../src/store/postgres/postgres-pool.js';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../../helpers/postgres-cluster.js';

const MIGRATIONS = join(import.meta.dirname, '../../../migrations');
const PG_MIGRATIONS = join(MIGRATIONS, 'postgres');

/** SQLite tables of its /search index (FTS5), which PostgreSQL builds its own way (entry_search). */
const SQLITE_ONLY = /^(entry_search.*|sqlite_.*)$/;
/**
 * PostgreSQL columns SQLite does not have: leases (one instance has none) and the /search index,
 * a tsvector table where SQLite has its FTS5 tables (left out above).
 */
const POSTGRES_ONLY = new Set([
  'sources.lease_owner',
  'sources.lease_expires_at',
  'entry_search.entry_id',
  'entry_search.document',
  'entry_search_pending.entry_id',
  'entry_search_pending.marked_at',
]);

function sqliteColumns(): string[] {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  const columns = tables
    .filter((table) => !SQLITE_ONLY.test(table))
    .flatMap((table) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
        (column) => `${table}.${column.name}`,
      ),
    );
  db.close();
  return columns.sort();
}

describeWithPostgres('PostgreSQL migrations', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('two instances migrating at once apply each migration once, under the advisory lock', async () => {
    const url = await cluster.createDatabase('migrate_race');
    const pools = [openPostgresPool(url), openPostgresPool(url), openPostgresPool(url)];
    try {
      const applied = await Promise.all(pools.map((pool) => migratePostgres(pool, PG_MIGRATIONS)));
      const all = applied.flat().sort();
      expect(all).toEqual([
        '0001_create_schema.sql',
        '0002_add_source_leases.sql',
        '0003_create_entry_search.sql',
        '0004_create_story_merges.sql',
      ]);
      const rows = await pools[0]?.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows?.rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
      expect(await migratePostgres(pools[0] as never, PG_MIGRATIONS)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('builds the same tables and columns as the SQLite set (plus leases; each its own /search index)', async () => {
    const url = await cluster.createDatabase('migrate_schema');
    const pool = openPostgresPool(url);
    try {
      await migratePostgres(pool, PG_MIGRATIONS);
      const result = await pool.query<{ column: string }>(
        `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
         WHERE table_schema = 'public'`,
      );
      const columns = result.rows.map((row) => row.column).filter((c) => !POSTGRES_ONLY.has(c));
      expect(columns.sort()).toEqual(sqliteColumns());
    } finally {
      await pool.end();
    }
  });

  it('names the failing migration and leaves nothing of it applied', async () => {
    const url = await cluster.createDatabase('migrate_fail');
    const pool = openPostgresPool(url);
    const dir = join(import.meta.dirname, '../../fixtures/postgres-bad-migrations');
    try {
      await expect(migratePostgres(pool, dir)).rejects.toThrow(
        /^store: migration postgres\/0002_broken\.sql failed: .*no_such_table/,
      );
      const tables = await pool.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual(['first', 'schema_migrations']);
    } finally {
      await pool.end();
    }
  });
});
