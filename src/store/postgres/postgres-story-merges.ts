import { StoreError } from '../database.js';
import { FIND_MERGED_STORY, type StoryMerge } from '../story-merge-repo.js';
import type { PgClient, PgPool } from './postgres-pool.js';

/** FIND_MERGED_STORY with PostgreSQL's placeholder: both `?` are the asked id. */
const FIND_MERGED = FIND_MERGED_STORY.replaceAll('?', '$1::bigint');

/**
 * mergeStories (story-merge-repo.ts) on PostgreSQL, on the poll transaction's connection: the
 * merged stories' entries and taught examples move to the survivor, earlier merges into them are
 * re-pointed at it, each merge is recorded (oldest merged story first) and the merged stories are
 * deleted (topics and claims cascade). Returns the topic ids they were in, sorted.
 */
export async function mergePostgresStories(
  client: PgClient,
  intoStoryId: number,
  storyIds: readonly number[],
  now: Date,
): Promise<string[]> {
  const run = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const found = await run('SELECT id FROM stories WHERE id = ANY($1::bigint[]) ORDER BY id', [
    [...new Set([intoStoryId, ...storyIds])],
  ]);
  const existing = (found.rows as { id: number }[]).map((row) => row.id);
  if (!existing.includes(intoStoryId))
    throw new StoreError(`merge stories: story ${intoStoryId} does not exist`);
  const merged = existing.filter((id) => id !== intoStoryId);
  if (merged.length === 0) return [];
  const topics = await run(
    'SELECT DISTINCT topic_id AS "topicId" FROM story_topics WHERE story_id = ANY($1::bigint[])',
    [merged],
  );
  for (const table of ['entries', 'topic_examples'])
    await run(`UPDATE ${table} SET story_id = $1 WHERE story_id = ANY($2::bigint[])`, [
      intoStoryId,
      merged,
    ]);
  await run('UPDATE story_merges SET into_story_id = $1 WHERE into_story_id = ANY($2::bigint[])', [
    intoStoryId,
    merged,
  ]);
  for (const id of merged)
    await run('INSERT INTO story_merges (story_id, into_story_id, merged_at) VALUES ($1, $2, $3)', [
      id,
      intoStoryId,
      now.toISOString(),
    ]);
  await run('DELETE FROM stories WHERE id = ANY($1::bigint[])', [merged]);
  return (topics.rows as { topicId: string }[]).map((row) => row.topicId).sort();
}

/** The merges recorded after merge `mergeId`, in order (one query on the primary key). */
export async function readPostgresStoryMergesAfter(
  client: PgClient | PgPool,
  mergeId: number,
): Promise<StoryMerge[]> {
  const result = await client.query<StoryMerge>(
    `SELECT id, story_id AS "storyId", into_story_id AS "intoStoryId" FROM story_merges
      WHERE id > $1 ORDER BY id`,
    [mergeId],
  );
  return result.rows;
}

/** findMergedStory (story-merge-repo.ts) on PostgreSQL. */
export async function findPostgresMergedStory(
  pool: PgPool,
  storyId: number,
): Promise<number | undefined> {
  // An id past BIGINT names no story, and was never merged.
  if (!Number.isSafeInteger(storyId)) return undefined;
  const result = await pool.query<{ id: number }>(FIND_MERGED, [storyId]);
  return result.rows[0]?.id;
}
