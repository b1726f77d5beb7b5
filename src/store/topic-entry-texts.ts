import type { Db } from './database.js';

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

const COLUMNS = `e.id, e.story_id AS storyId, e.source_id AS sourceId, e.title, e.text,
  e.published_at AS publishedAt, s.published_at AS storyPublishedAt`;

/** Up to `size` entries with an id above `afterId`, in id order (for batched passes over all). */
export function readEntryTextsAfter(db: Db, afterId: number, size: number): StoredEntryText[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM entries e JOIN stories s ON s.id = e.story_id
      WHERE e.id > ? ORDER BY e.id LIMIT ?`)
    .all(afterId, size) as StoredEntryText[];
}

/** One page of entries, newest published first. */
export function readNewestEntryTexts(db: Db, limit: number, offset: number): StoredEntryText[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM entries e JOIN stories s ON s.id = e.story_id
      ORDER BY e.published_at DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(limit, offset) as StoredEntryText[];
}
