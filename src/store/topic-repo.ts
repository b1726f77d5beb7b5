import type { Db } from './database.js';

/** One topic an entry belongs to: its relevance score and the query terms that matched. */
export interface TopicMatchRow {
  topicId: string;
  score: number;
  terms: string[];
}

/** Sets an entry's topics to exactly `matches` (the entry was stored or changed). */
export function replaceEntryTopics(
  db: Db,
  entryId: number,
  matches: readonly TopicMatchRow[],
): void {
  db.prepare('DELETE FROM entry_topics WHERE entry_id = ?').run(entryId);
  const insert = db.prepare(
    'INSERT INTO entry_topics (entry_id, topic_id, score, terms) VALUES (?, ?, ?, ?)',
  );
  for (const match of matches)
    insert.run(entryId, match.topicId, match.score, JSON.stringify(match.terms));
}

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

/** The definition hash each topic's stored classification was computed with, by topic id. */
export function readTopicVersions(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT topic_id AS topicId, hash FROM topic_versions').all() as {
    topicId: string;
    hash: string;
  }[];
  return new Map(rows.map((row) => [row.topicId, row.hash]));
}

/** Records that `topicId` is now classified with the definition hashed as `hash`. */
export function writeTopicVersion(db: Db, topicId: string, hash: string, now: Date): void {
  db.prepare(`INSERT INTO topic_versions (topic_id, hash, classified_at) VALUES (?, ?, ?)
    ON CONFLICT (topic_id) DO UPDATE SET hash = excluded.hash, classified_at = excluded.classified_at`).run(
    topicId,
    hash,
    now.toISOString(),
  );
}

/** The topic ids the store holds anything for: versions, entry and story memberships. */
export function listStoredTopicIds(db: Db): string[] {
  return db
    .prepare(`SELECT topic_id FROM topic_versions UNION SELECT DISTINCT topic_id FROM entry_topics
      UNION SELECT DISTINCT topic_id FROM story_topics`)
    .pluck()
    .all() as string[];
}

/** Forgets a topic: its version and every entry and story membership. */
export function dropTopic(db: Db, topicId: string): void {
  db.prepare('DELETE FROM topic_versions WHERE topic_id = ?').run(topicId);
  db.prepare('DELETE FROM entry_topics WHERE topic_id = ?').run(topicId);
  db.prepare('DELETE FROM story_topics WHERE topic_id = ?').run(topicId);
  db.prepare('DELETE FROM topic_models WHERE topic_id = ?').run(topicId);
}

/** What classifying a stored entry needs, and what explaining a match shows. */
export interface StoredEntryText {
  id: number;
  storyId: number;
  sourceId: string;
  title: string;
  text: string;
  publishedAt: string;
  /** The entry's story's date (its representative's), for ordering stories. */
  storyPublishedAt: string;
}

const ENTRY_TEXT_COLUMNS = `e.id, e.story_id AS storyId, e.source_id AS sourceId, e.title, e.text,
  e.published_at AS publishedAt, s.published_at AS storyPublishedAt`;

/** Up to `size` entries with an id above `afterId`, in id order (for batched passes over all). */
export function readEntryTextsAfter(db: Db, afterId: number, size: number): StoredEntryText[] {
  return db
    .prepare(`SELECT ${ENTRY_TEXT_COLUMNS} FROM entries e JOIN stories s ON s.id = e.story_id
      WHERE e.id > ? ORDER BY e.id LIMIT ?`)
    .all(afterId, size) as StoredEntryText[];
}

/** One page of entries, newest published first. */
export function readNewestEntryTexts(db: Db, limit: number, offset: number): StoredEntryText[] {
  return db
    .prepare(`SELECT ${ENTRY_TEXT_COLUMNS} FROM entries e JOIN stories s ON s.id = e.story_id
      ORDER BY e.published_at DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(limit, offset) as StoredEntryText[];
}
