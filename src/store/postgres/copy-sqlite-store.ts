import type { Db } from '../database.js';
import { StoreError } from '../database.js';
import { type PgPool, runPgTransaction } from './postgres-pool.js';

/**
 * The tables `migrate-store` copies, parents before children (foreign keys): the sources with
 * their poll state, stories, entries and what hangs off them, story merges, topic state and
 * provenance. The /search index (FTS5) is not copied: PostgreSQL does not serve /search.
 */
const TABLES = [
  'sources',
  'stories',
  'entries',
  'story_topics',
  'entry_topics',
  'entry_fingerprints',
  'entry_tombstones',
  'entry_articles',
  'entry_claim_readings',
  'story_claims',
  'story_merges',
  'topic_versions',
  'topic_examples',
  'topic_models',
] as const;

/**
 * Tables whose BIGINT identity must continue after the copied ids: the query of the highest id
 * each has used. A new story's id is also past every merged-away story's, so that a recorded
 * merge (whose page redirects) never names a new story.
 */
const IDENTITIES = {
  stories:
    'SELECT GREATEST((SELECT max(id) FROM stories), (SELECT max(story_id) FROM story_merges))',
  entries: 'SELECT max(id) FROM entries',
  story_merges: 'SELECT max(id) FROM story_merges',
} as const;

/** Bind parameters per INSERT (PostgreSQL allows 65,535). */
const MAX_PARAMS = 30_000;

export interface CopyCounts {
  /** Rows copied per table. */
  tables: Record<string, number>;
}

/**
 * Copies a SQLite store into an empty, migrated PostgreSQL store in one transaction, keeping ids
 * (story GUIDs and ids stay the same, so feed readers see no change). Refuses a target that
 * already holds entries or stories.
 */
export async function copySqliteStore(source: Db, target: PgPool): Promise<CopyCounts> {
  const counts: Record<string, number> = {};
  await runPgTransaction(target, 'copy store', async (client) => {
    const used = await client.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM stories) AS n',
    );
    if ((used.rows[0]?.n ?? 0) > 0)
      throw new StoreError('copy store: the PostgreSQL database already holds stories or entries');
    await client.query('DELETE FROM sources');
    for (const table of TABLES) {
      const columns = (
        source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]
      ).map((column) => column.name);
      const perBatch = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch
          .map(
            (_, row) => `(${columns.map((_, c) => `$${row * columns.length + c + 1}`).join(', ')})`,
          )
          .join(', ');
        await client.query(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`,
          batch.flat(),
        );
        batch = [];
      };
      counts[table] = 0;
      const rows = source
        .prepare(`SELECT ${columns.join(', ')} FROM ${table}`)
        .raw()
        .iterate();
      for (const row of rows as IterableIterator<unknown[]>) {
        batch.push(row.map((value) => (typeof value === 'bigint' ? Number(value) : value)));
        counts[table] += 1;
        if (batch.length >= perBatch) await flush();
      }
      await flush();
    }
    for (const [table, highest] of Object.entries(IDENTITIES))
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((${highest}), 1), (${highest}) IS NOT NULL)`,
      );
  });
  return { tables: counts };
}
