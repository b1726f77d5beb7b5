import type { ClaimReading, ClaimSource, StoredClaims } from '../story-claims-repo.js';
import { STORY_WINDOW_LOCK } from './postgres-ingest-store.js';
import { createPostgresIngestWriter } from './postgres-ingest-writer.js';
import { type PgPool, runPgTransaction } from './postgres-pool.js';

/** The session advisory lock held by the one instance that backfills claims ("tfcb"). */
const CLAIMS_BACKFILL_LOCK = 0x74666362;

export interface PostgresClaimsBackfill {
  /** A story's claims from its members, and the members' fresh readings (computeStoryClaims). */
  compute(members: readonly ClaimSource[]): { claims: StoredClaims; fresh: ClaimReading[] };
  now: () => Date;
  /** A story whose claims could not be computed: it is skipped, the others go on. */
  onError?: (storyId: number, error: unknown) => void;
  /** Stops before the next batch (shutdown). */
  signal?: AbortSignal;
  /** Stories per batch (one transaction). */
  batchSize?: number;
  /** Awaited between batches, so that the pollers' stores go on while it runs. */
  pause?: () => Promise<void>;
}

const BATCH_SIZE = 20;

const STORIES_WITHOUT_CLAIMS = `SELECT s.id FROM stories s
  WHERE s.id < $1 AND NOT EXISTS (SELECT 1 FROM story_claims c WHERE c.story_id = s.id)
    AND EXISTS (SELECT 1 FROM entries e WHERE e.story_id = s.id)
  ORDER BY s.id DESC LIMIT $2`;

/**
 * Computes the claims of the stories stored before claims existed, newest first, as
 * backfillStoryClaims does on SQLite. One instance does it: the first to take the backfill's
 * advisory lock (the others return 0 at once). Each batch is one transaction under the
 * story-window lock, so it is serialized with the pollers' placements as on SQLite with the
 * write lock. Returns how many stories it went through.
 */
export async function backfillPostgresStoryClaims(
  pool: PgPool,
  options: PostgresClaimsBackfill,
): Promise<number> {
  const holder = await pool.connect();
  try {
    const taken = await holder.query<{ taken: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS taken',
      [CLAIMS_BACKFILL_LOCK],
    );
    if (!taken.rows[0]?.taken) return 0;
    try {
      return await backfillBatches(pool, options);
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [CLAIMS_BACKFILL_LOCK]);
    }
  } finally {
    holder.release();
  }
}

async function backfillBatches(pool: PgPool, options: PostgresClaimsBackfill): Promise<number> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  let belowId = Number.MAX_SAFE_INTEGER;
  let done = 0;
  while (!options.signal?.aborted) {
    const ids = await runPgTransaction(pool, 'backfill story claims', async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_WINDOW_LOCK]);
      const found = await client.query<{ id: number }>(STORIES_WITHOUT_CLAIMS, [
        belowId,
        options.batchSize ?? BATCH_SIZE,
      ]);
      const writer = createPostgresIngestWriter(client);
      for (const { id } of found.rows) {
        let computed: ReturnType<PostgresClaimsBackfill['compute']>;
        try {
          computed = options.compute(await writer.readClaimSources(id));
        } catch (error) {
          options.onError?.(id, error);
          continue;
        }
        await writer.saveStoryClaims(id, computed.claims, options.now());
        await writer.saveClaimReadings(computed.fresh);
      }
      return found.rows.map((row) => row.id);
    });
    if (ids.length === 0) break;
    done += ids.length;
    belowId = Math.min(...ids);
    await pause();
  }
  return done;
}
