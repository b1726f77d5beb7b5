import { createHash } from 'node:crypto';
import type { Db } from './database.js';

/** The entry that founds a story, and when: together they name the story for good. */
export interface StoryFounder {
  sourceId: string;
  key: string;
  createdAt: string;
}

/**
 * A name-based UUID (v5 layout over SHA-1) for the story one entry founds at one instant. An entry
 * key is unique in the store while the entry lives, so (founder, creation time) never repeats: a
 * key founding again after its entry was pruned gets a new GUID, never an old story's.
 */
export function makeStoryGuid(founder: StoryFounder): string {
  const name = `topicfeed:story:${founder.sourceId}\n${founder.key}\n${founder.createdAt}`;
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A new story's id: past every story's and every recorded merged-away story's (SQLite would
 * otherwise hand out again the id of the newest story once it is deleted, and a page that
 * redirects to the story it was merged into would show another story).
 */
const NEXT_STORY_ID = `(SELECT max(coalesce((SELECT max(id) FROM stories), 0),
  coalesce((SELECT max(story_id) FROM story_merges), 0)) + 1)`;

/**
 * Creates an empty story for the entry that founds it; returns its row id. The GUID is stored
 * and read back from then on, so it stays the same whoever becomes the representative.
 */
export function createStory(
  db: Db,
  founder: { sourceId: string; key: string; publishedAt: string },
  now: Date,
): number {
  const at = now.toISOString();
  const guid = makeStoryGuid({ sourceId: founder.sourceId, key: founder.key, createdAt: at });
  const result = db
    .prepare(`INSERT INTO stories (id, guid, published_at, created_at, updated_at)
      VALUES (${NEXT_STORY_ID}, ?, ?, ?, ?)`)
    .run(guid, founder.publishedAt, at, at);
  return Number(result.lastInsertRowid);
}

/**
 * Recomputes a story after a member joined or changed: the representative is the earliest
 * published member (a preferred source first), `updated_at` moves only when something changed,
 * and the story's topics become the union of its members' topics.
 */
export function refreshStory(db: Db, storyId: number, now: Date, changed: boolean): void {
  const representative = db
    .prepare(`SELECT e.id, e.published_at AS publishedAt FROM entries e JOIN sources s ON s.id = e.source_id
      WHERE e.story_id = ? ORDER BY s.preferred DESC, e.has_feed_date DESC, e.published_at, e.id LIMIT 1`)
    .get(storyId) as { id: number; publishedAt: string } | undefined;
  if (!representative) return;
  const current = db
    .prepare('SELECT representative_entry_id AS id FROM stories WHERE id = ?')
    .get(storyId) as { id: number | null };
  const moved = current.id !== representative.id;
  db.prepare(`UPDATE stories SET representative_entry_id = ?, published_at = ?,
      updated_at = CASE WHEN ? THEN max(updated_at, ?) ELSE updated_at END WHERE id = ?`).run(
    representative.id,
    representative.publishedAt,
    changed || moved ? 1 : 0,
    now.toISOString(),
    storyId,
  );
  refreshStoryTopics(db, storyId, representative.publishedAt);
}

function refreshStoryTopics(db: Db, storyId: number, publishedAt: string): void {
  db.prepare('DELETE FROM story_topics WHERE story_id = ?').run(storyId);
  db.prepare(`INSERT INTO story_topics (topic_id, story_id, published_at)
      SELECT DISTINCT t.topic_id, ?, ? FROM entry_topics t JOIN entries e ON e.id = t.entry_id WHERE e.story_id = ?`).run(
    storyId,
    publishedAt,
    storyId,
  );
}
