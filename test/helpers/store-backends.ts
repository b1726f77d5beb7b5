import { join } from 'node:path';
import { migrate, openDatabase } from '../../src/store/index.js';
import { migratePostgres } from '../../src/store/postgres/migrate-postgres.js';
import { openPostgresPool, type PgPool } from '../../src/store/postgres/postgres-pool.js';
import { hasPostgres, type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';

export const MIGRATIONS = join(import.meta.dirname, '../../migrations');
export const PG_MIGRATIONS = join(MIGRATIONS, 'postgres');

/** A freshly migrated, empty store on one backend, and how to close it. */
export interface OpenedStore {
  kind: 'sqlite' | 'postgres';
  db?: ReturnType<typeof openDatabase>;
  pool?: PgPool;
  close(): Promise<void>;
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
      return { kind, pool, close: () => pool.end() };
    },
    async stop() {
      if (cluster) await (await cluster).stop();
    },
  };
}
