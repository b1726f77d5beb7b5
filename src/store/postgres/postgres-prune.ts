import type { PruneCounts, PruneRequest } from '../entry-repo.js';
import type { PgClient } from './postgres-pool.js';

/**
 * Retention for one source on PostgreSQL, as pruneEntries on SQLite: removes its entries
 * published before the cutoff (their topics, fingerprints and readings cascade), leaves a
 * tombstone for each key, deletes the stories left empty and refreshes the others. Call inside
 * the poll's transaction.
 */
export async function prunePostgresEntries(
  client: PgClient,
  request: PruneRequest,
  refreshStory: (storyId: number, now: Date, changed: boolean) => Promise<void>,
): Promise<PruneCounts> {
  const run = (sql: string, params: unknown[] = []) => client.query(sql, params);

  const cutoff = request.cutoff.toISOString();
  const now = request.now.toISOString();
  const doomed = (
    await run(
      `SELECT id, key, story_id AS "storyId" FROM entries WHERE source_id = $1 AND published_at < $2`,
      [request.sourceId, cutoff],
    )
  ).rows as { id: number; key: string; storyId: number }[];
  const storyIds = [...new Set(doomed.map((entry) => entry.storyId))];
  const changedTopics = new Set<string>();
  if (doomed.length > 0) {
    changedTopics.add('all');
    const topics = await run(
      'SELECT DISTINCT topic_id AS "topicId" FROM story_topics WHERE story_id = ANY($1)',
      [storyIds],
    );
    for (const row of topics.rows as { topicId: string }[]) changedTopics.add(row.topicId);
  }
  for (const entry of doomed) {
    await run(
      `INSERT INTO entry_tombstones (source_id, key, pruned_at, seen_at) VALUES ($1, $2, $3, $3)
        ON CONFLICT (source_id, key) DO UPDATE SET pruned_at = excluded.pruned_at`,
      [request.sourceId, entry.key, now],
    );
    await run('DELETE FROM entries WHERE id = $1', [entry.id]);
  }
  let stories = 0;
  const keptStoryIds: number[] = [];
  for (const id of storyIds) {
    const left = await run('SELECT 1 FROM entries WHERE story_id = $1 LIMIT 1', [id]);
    if (left.rows.length > 0) {
      await refreshStory(id, request.now, true);
      keptStoryIds.push(id);
    } else stories += (await run('DELETE FROM stories WHERE id = $1', [id])).rowCount ?? 0;
  }
  const tombstones = await run(
    'DELETE FROM entry_tombstones WHERE source_id = $1 AND seen_at < $2',
    [request.sourceId, cutoff],
  );
  return {
    entries: doomed.length,
    entryIds: doomed.map((entry) => entry.id),
    stories,
    keptStoryIds,
    tombstones: tombstones.rowCount ?? 0,
    changedTopics,
  };
}
