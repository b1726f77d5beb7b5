import type { Db } from './database.js';
import type { TopicMatchRow } from './story-repo.js';

/** Removes every entry's membership in one topic (before it is recomputed). */
export function clearEntryTopics(db: Db, topicId: string): void {
  db.prepare('DELETE FROM entry_topics WHERE topic_id = ?').run(topicId);
}

/** Adds topic matches for one entry, replacing a previous row for the same topic. */
export function addEntryTopics(db: Db, entryId: number, matches: readonly TopicMatchRow[]): void {
  const insert =
    db.prepare(`INSERT INTO entry_topics (entry_id, topic_id, score, terms) VALUES (?, ?, ?, ?)
    ON CONFLICT (entry_id, topic_id) DO UPDATE SET score = excluded.score, terms = excluded.terms`);
  for (const match of matches)
    insert.run(entryId, match.topicId, match.score, JSON.stringify(match.terms));
}

/** Rebuilds one topic's stories from its entries: a story is in the topic when a member is. */
export function rebuildStoryTopics(db: Db, topicId: string): number {
  db.prepare('DELETE FROM story_topics WHERE topic_id = ?').run(topicId);
  return db
    .prepare(`INSERT INTO story_topics (topic_id, story_id, published_at)
      SELECT DISTINCT ?, s.id, s.published_at FROM entry_topics t
      JOIN entries e ON e.id = t.entry_id JOIN stories s ON s.id = e.story_id
      WHERE t.topic_id = ?`)
    .run(topicId, topicId).changes;
}

/** The ids of the entries stored as members of one topic. */
export function listTopicEntryIds(db: Db, topicId: string): Set<number> {
  const ids = db
    .prepare('SELECT entry_id FROM entry_topics WHERE topic_id = ?')
    .pluck()
    .all(topicId);
  return new Set(ids as number[]);
}
