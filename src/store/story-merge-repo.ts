import type { Db } from './database.js';
import { StoreError } from './database.js';

/** One recorded merge: story `storyId` was folded into `intoStoryId`, where it lives now. */
export interface StoryMerge {
  id: number;
  storyId: number;
  intoStoryId: number;
}

/** Hops a redirect follows at most (A merged into B, B into C, …). */
export const MAX_MERGE_HOPS = 16;

/**
 * The story a merged-away story lives in now, from `story_merges` (both backends: `?` is the
 * asked id, twice): nothing when that id is a story (a live story is never redirected), else the
 * chain of merges followed up to MAX_MERGE_HOPS to the first story that exists.
 */
export const FIND_MERGED_STORY = `WITH RECURSIVE chain (id, hops) AS (
    SELECT m.into_story_id, 1 FROM story_merges m
      WHERE m.story_id = ? AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = ?)
    UNION
    SELECT m.into_story_id, c.hops + 1 FROM chain c JOIN story_merges m ON m.story_id = c.id
      WHERE c.hops < ${MAX_MERGE_HOPS} AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = c.id)
  )
  SELECT c.id FROM chain c JOIN stories s ON s.id = c.id ORDER BY c.hops, c.id LIMIT 1`;

/** The merged stories that exist, other than the survivor, without repeats, oldest first. */
function existingStories(db: Db, intoStoryId: number, storyIds: readonly number[]): number[] {
  const exists = db.prepare('SELECT 1 FROM stories WHERE id = ?');
  if (exists.get(intoStoryId) === undefined)
    throw new StoreError(`merge stories: story ${intoStoryId} does not exist`);
  return [...new Set(storyIds)]
    .filter((id) => id !== intoStoryId && exists.get(id) !== undefined)
    .sort((a, b) => a - b);
}

/**
 * Folds stories `storyIds` into `intoStoryId` (an entry bridged them): their entries (and the
 * taught examples labelled with them) move to the survivor, earlier merges into them are
 * re-pointed at it, each merge is recorded, and the merged stories are deleted (their topics and
 * claims cascade). The survivor is not refreshed (the caller does). Returns the topic ids the
 * merged stories were in, sorted. Ids that name no story, or the survivor itself, are skipped.
 */
export function mergeStories(
  db: Db,
  intoStoryId: number,
  storyIds: readonly number[],
  now: Date,
): string[] {
  const merged = existingStories(db, intoStoryId, storyIds);
  const at = now.toISOString();
  const topics = new Set<string>();
  const readTopics = db.prepare('SELECT topic_id AS topicId FROM story_topics WHERE story_id = ?');
  for (const id of merged) {
    for (const row of readTopics.all(id) as { topicId: string }[]) topics.add(row.topicId);
    db.prepare('UPDATE entries SET story_id = ? WHERE story_id = ?').run(intoStoryId, id);
    db.prepare('UPDATE topic_examples SET story_id = ? WHERE story_id = ?').run(intoStoryId, id);
    db.prepare('UPDATE story_merges SET into_story_id = ? WHERE into_story_id = ?').run(
      intoStoryId,
      id,
    );
    db.prepare(
      'INSERT INTO story_merges (story_id, into_story_id, merged_at) VALUES (?, ?, ?)',
    ).run(id, intoStoryId, at);
    db.prepare('DELETE FROM stories WHERE id = ?').run(id);
  }
  return [...topics].sort();
}

/** The merges recorded after merge `mergeId`, in order. */
export function readStoryMergesAfter(db: Db, mergeId: number): StoryMerge[] {
  return db
    .prepare(`SELECT id, story_id AS storyId, into_story_id AS intoStoryId FROM story_merges
      WHERE id > ? ORDER BY id`)
    .all(mergeId) as StoryMerge[];
}

/**
 * The story a merged-away story now lives in (the chain of merges followed); undefined when
 * `storyId` is a story, was never merged, or its survivor is gone.
 */
export function findMergedStory(db: Db, storyId: number): number | undefined {
  const row = db.prepare(FIND_MERGED_STORY).get(storyId, storyId) as { id: number } | undefined;
  return row?.id;
}
