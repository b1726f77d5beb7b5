import type { Db } from './database.js';
import { refreshStory } from './story-repo.js';

export interface PruneRequest {
  sourceId: string;
  /** Entries published before this go; so do tombstones not seen since. */
  cutoff: Date;
  now: Date;
}

export interface PruneCounts {
  entries: number;
  stories: number;
  tombstones: number;
  /** Topics of the stories that lost members (with `all` when anything went). */
  changedTopics: Set<string>;
}

function readTopics(db: Db, storyIds: number[]): string[] {
  const select = db.prepare('SELECT topic_id AS topicId FROM story_topics WHERE story_id = ?');
  return storyIds.flatMap((id) => (select.all(id) as { topicId: string }[]).map((r) => r.topicId));
}

/**
 * Retention for one source: removes its entries published before the cutoff (their topics,
 * fingerprints and keys cascade), leaves a tombstone for each key, deletes the stories left
 * empty and re-picks the representative of the others. Call inside the poll's transaction.
 */
export function pruneEntries(db: Db, request: PruneRequest): PruneCounts {
  const cutoff = request.cutoff.toISOString();
  const now = request.now.toISOString();
  const doomed = db
    .prepare(
      'SELECT id, key, story_id AS storyId FROM entries WHERE source_id = ? AND published_at < ?',
    )
    .all(request.sourceId, cutoff) as { id: number; key: string; storyId: number }[];
  const storyIds = [...new Set(doomed.map((entry) => entry.storyId))];
  const changedTopics = new Set(doomed.length > 0 ? ['all', ...readTopics(db, storyIds)] : []);
  const bury = db.prepare(`INSERT INTO entry_tombstones (source_id, key, pruned_at, seen_at)
    VALUES (?, ?, ?, ?) ON CONFLICT (source_id, key) DO UPDATE SET pruned_at = excluded.pruned_at`);
  const remove = db.prepare('DELETE FROM entries WHERE id = ?');
  for (const entry of doomed) {
    bury.run(request.sourceId, entry.key, now, now);
    remove.run(entry.id);
  }
  const stories = pruneStories(db, storyIds, request.now);
  const tombstones = db
    .prepare('DELETE FROM entry_tombstones WHERE source_id = ? AND seen_at < ?')
    .run(request.sourceId, cutoff).changes;
  return { entries: doomed.length, stories, tombstones, changedTopics };
}

/** Deletes the stories left without members; refreshes the others. Returns how many went. */
function pruneStories(db: Db, storyIds: number[], now: Date): number {
  const count = db.prepare('SELECT count(*) AS n FROM entries WHERE story_id = ?');
  const remove = db.prepare('DELETE FROM stories WHERE id = ?');
  let removed = 0;
  for (const id of storyIds) {
    if ((count.get(id) as { n: number }).n > 0) refreshStory(db, id, now, true);
    else removed += remove.run(id).changes;
  }
  return removed;
}
