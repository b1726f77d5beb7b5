import type { IngestStore } from '../ingest-store.js';
import { createPostgresIngestWriter } from './postgres-ingest-writer.js';
import { type PgPool, runPgTransaction } from './postgres-pool.js';
import { recordPollWith } from './postgres-source-store.js';
import { forEachPostgresWindowEntry } from './postgres-window.js';

/**
 * The transaction-scoped advisory lock every poller takes to store a poll (an arbitrary constant,
 * "tfsw"): placements happen one at a time across all pollers, each after its story window has
 * caught up with the entries the others stored, so two copies of one story never found two stories.
 */
export const STORY_WINDOW_LOCK = 0x74667377;

/** The PostgreSQL IngestStore: a pooled connection per poll transaction, under the window lock. */
export function createPostgresIngestStore(pool: PgPool): IngestStore {
  return {
    async findEntryByKey(sourceId, key) {
      const result = await pool.query(
        `SELECT id, story_id AS "storyId", content_hash AS "contentHash" FROM entries
          WHERE source_id = $1 AND key = $2`,
        [sourceId, key],
      );
      return result.rows[0];
    },
    async findStoredArticle(sourceId, key) {
      const result = await pool.query(
        `SELECT status, content_html AS "contentHtml", text FROM entry_articles
          WHERE source_id = $1 AND key = $2`,
        [sourceId, key],
      );
      return result.rows[0];
    },
    async hasTombstone(sourceId, key) {
      const result = await pool.query(
        'SELECT 1 FROM entry_tombstones WHERE source_id = $1 AND key = $2',
        [sourceId, key],
      );
      return result.rows.length > 0;
    },
    recordPoll: (sourceId, update) => recordPollWith(pool, sourceId, update),
    write: (work) =>
      runPgTransaction(pool, 'store poll', async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_WINDOW_LOCK]);
        return work(createPostgresIngestWriter(client));
      }),
    forEachWindowEntry: (request, visit) => forEachPostgresWindowEntry(pool, request, visit),
  };
}
