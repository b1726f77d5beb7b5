import { join } from 'node:path';
import { describe } from 'vitest';
import {
  createPostgresIngestStore,
  createPostgresSourceStore,
  createSqliteIngestStore,
  createSqliteSourceStore,
  createWriteLock,
  type IngestStore,
  migrate,
  openDatabase,
} from '../../src/store/index.js';
import { migratePostgres } from '../../src/store/postgres/migrate-postgres.js';
import { openPostgresPool, type PgPool } from '../../src/store/postgres/postgres-pool.js';
import { hasPostgres, type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';

export const MIGRATIONS = join(import.meta.dirname, '../../migrations');
export const PG_MIGRATIONS = join(MIGRATIONS, 'postgres');

export type BackendKind = 'sqlite' | 'postgres';

/** A freshly migrated, empty store on one backend, and how to close it. */
export interface OpenedStore {
  kind: BackendKind;
  db?: ReturnType<typeof openDatabase>;
  pool?: PgPool;
  /**
   * Runs one statement of the tests' own (seeding, inspecting) on either backend: `?`
   * placeholders, in order; the rows it returns (none for a write).
   */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * `describe` once per backend, the same body: SQLite always; PostgreSQL when it is installed,
 * else a skipped block whose name says why (test/setup/postgres.ts says so once, and fails the
 * run when TOPICFEED_REQUIRE_POSTGRES=1, as in CI).
 */
export function describeEachBackend(name: string, body: (kind: BackendKind) => void): void {
  describe(`${name} on sqlite`, () => body('sqlite'));
  const postgres = hasPostgres ? `${name} on postgres` : `${name} on postgres (not installed)`;
  describe.skipIf(!hasPostgres)(postgres, () => body('postgres'));
}

/** OpenedStore.query on a SQLite connection: the rows of a read, none for a write. */
export function sqliteQuery(
  db: ReturnType<typeof openDatabase>,
): (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> {
  return async (sql, params = []) => {
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
    statement.run(...params);
    return [];
  };
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, … */
function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * The backends the store's contract tests run on: SQLite always, PostgreSQL when it is installed
 * (a throwaway cluster shared by the file, one fresh database per `open()`).
 */
export function storeBackends(): {
  kinds: ('sqlite' | 'postgres')[];
  open(kind: 'sqlite' | 'postgres'): Promise<OpenedStore>;
  stop(): Promise<void>;
} {
  let cluster: Promise<PostgresCluster> | undefined;
  let count = 0;
  return {
    kinds: hasPostgres ? ['sqlite', 'postgres'] : ['sqlite'],
    async open(kind) {
      if (kind === 'sqlite') {
        const db = openDatabase(':memory:');
        migrate(db, MIGRATIONS);
        return {
          kind,
          db,
          query: sqliteQuery(db),
          close: async () => {
            db.close();
          },
        };
      }
      cluster ??= startPostgresCluster();
      count += 1;
      const url = await (await cluster).createDatabase(`store_${process.pid}_${count}`);
      const pool = openPostgresPool(url);
      await migratePostgres(pool, PG_MIGRATIONS);
      return {
        kind,
        pool,
        query: async (sql, params = []) => (await pool.query(numberPlaceholders(sql), params)).rows,
        close: () => pool.end(),
      };
    },
    async stop() {
      if (cluster) await (await cluster).stop();
    },
  };
}

/**
 * The poller's ingest store on an opened store, with these sources configured (entries of a
 * source the store does not know cannot be inserted).
 */
export async function openIngestStore(
  opened: OpenedStore,
  sourceIds: readonly string[],
): Promise<IngestStore> {
  const sources = opened.db
    ? createSqliteSourceStore(opened.db)
    : createPostgresSourceStore(opened.pool as PgPool);
  await sources.syncSources(
    sourceIds.map((id) => ({
      id,
      url: `https://${id}.example/feed`,
      intervalMs: 600_000,
      preferred: false,
    })),
  );
  return opened.db
    ? createSqliteIngestStore(opened.db, createWriteLock())
    : createPostgresIngestStore(opened.pool as PgPool);
}
