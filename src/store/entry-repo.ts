import type { NormalizedEntry } from '../model/index.js';
import type { Db } from './database.js';

export interface EntryIdentity {
  id: number;
  storyId: number;
  contentHash: string;
}

export function findEntryByKey(db: Db, sourceId: string, key: string): EntryIdentity | undefined {
  return db
    .prepare(
      'SELECT id, story_id AS storyId, content_hash AS contentHash FROM entries WHERE source_id = ? AND key = ?',
    )
    .get(sourceId, key) as EntryIdentity | undefined;
}

function entryParams(entry: NormalizedEntry) {
  return {
    guid: entry.guid ?? null,
    link: entry.link ?? null,
    url: entry.url ?? null,
    title: entry.title,
    contentHtml: entry.contentHtml,
    text: entry.text,
    summary: entry.summary,
    author: entry.author ?? null,
    language: entry.language ?? null,
    categories: JSON.stringify(entry.categories),
    publishedAt: entry.publishedAt,
    hasFeedDate: entry.hasFeedDate ? 1 : 0,
    updatedAt: entry.updatedAt ?? null,
    contentHash: entry.contentHash,
  };
}

export interface StoryJoin {
  storyId: number;
  score: number;
  signals: string[];
}

/** Inserts a new entry as a member of `join.storyId`; returns its row id. */
export function insertEntry(db: Db, entry: NormalizedEntry, join: StoryJoin, now: Date): number {
  const result = db
    .prepare(`INSERT INTO entries (source_id, key, guid, link, url, title, content_html, text, summary,
      author, language, categories, published_at, has_feed_date, updated_at, content_hash,
      first_seen_at, last_seen_at, story_id, join_score, join_signals)
      VALUES (@sourceId, @key, @guid, @link, @url, @title, @contentHtml, @text, @summary, @author,
      @language, @categories, @publishedAt, @hasFeedDate, @updatedAt, @contentHash, @now, @now,
      @storyId, @score, @signals)`)
    .run({
      ...entryParams(entry),
      sourceId: entry.sourceId,
      key: entry.key,
      now: now.toISOString(),
      storyId: join.storyId,
      score: join.score,
      signals: JSON.stringify(join.signals),
    });
  return Number(result.lastInsertRowid);
}

/**
 * Replaces a known entry's content (it changed at the source). The first-seen date and the
 * story stay; a publication date that fell back to the fetch time keeps its first value.
 */
export function updateEntry(db: Db, id: number, entry: NormalizedEntry, now: Date): void {
  db.prepare(`UPDATE entries SET guid = @guid, link = @link, url = @url, title = @title,
      content_html = @contentHtml, text = @text, summary = @summary, author = @author,
      language = @language, categories = @categories,
      published_at = CASE WHEN @hasFeedDate = 1 THEN @publishedAt ELSE published_at END,
      has_feed_date = max(has_feed_date, @hasFeedDate), updated_at = @updatedAt,
      content_hash = @contentHash, last_seen_at = @now
    WHERE id = @id`).run({ ...entryParams(entry), id, now: now.toISOString() });
}

export function touchEntry(db: Db, id: number, now: Date): void {
  db.prepare('UPDATE entries SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
}
