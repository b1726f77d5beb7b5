import pg from 'pg';
import { StoreError } from '../database.js';

/** A pool of connections to one PostgreSQL database. */
export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

const INT8_OID = 20;

/**
 * Row values as the SQLite store gives them: BIGINT ids and counts as numbers (node-postgres
 * gives them as strings by default). Ids stay far below 2^53. Set per pool, not on the pg module.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Opens a pool on a `postgres://` URL; the first connection is made on first use. */
export function openPostgresPool(url: string, options: { max?: number } = {}): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    application_name: 'topicfeed',
  });
  // An idle client's error (the server restarted) must not crash the process; the next query fails.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Runs `work` on one connection inside BEGIN … COMMIT, rolling back on any error (and wrapping it
 * as a StoreError naming `what`).
 */
export async function runPgTransaction<T>(
  pool: PgPool,
  what: string,
  work: (client: PgClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`${what} failed: ${reason}`, { cause: error });
  } finally {
    client.release();
  }
}
