import type { Db } from './database.js';

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
}
