import type { NormalizedEntry } from '../model/index.js';
import type { Db } from './database.js';
import { refreshStory } from './story-repo.js';

/** A stored entry as ingest sees it: its row, its story, and the hash that tells a changed copy. */
export interface KnownEntry {
  id: number;
  storyId: number;
  contentHash: string;
}

/** The stored entry with this key in this source, if any. */
export function findEntryByKey(db: Db, sourceId: string, key: string): KnownEntry | undefined {
  return db
    .prepare(
      'SELECT id, story_id AS storyId, content_hash AS contentHash FROM entries WHERE source_id = ? AND key = ?',
    )
    .get(sourceId, key) as KnownEntry | undefined;
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

/**
 * An entry's own columns, shared by inserts and updates on SQLite and PostgreSQL, in this order:
 * guid, link, url, title, content_html, text, summary, author, language, categories,
 * published_at, has_feed_date, updated_at, content_hash.
 */
export function entryColumnValues(entry: NormalizedEntry): unknown[] {
  return [
    entry.guid ?? null,
    entry.link ?? null,
    entry.url ?? null,
    entry.title,
    entry.contentHtml,
    entry.text,
    entry.summary,
    entry.author ?? null,
    entry.language ?? null,
    JSON.stringify(entry.categories),
    entry.publishedAt,
    entry.hasFeedDate ? 1 : 0,
    entry.updatedAt ?? null,
    entry.contentHash,
  ];
}

/** Inserts a new entry as a member of `join.storyId`; returns its row id. */
export function insertEntry(db: Db, entry: NormalizedEntry, join: StoryJoin, now: Date): number {
  const at = now.toISOString();
  const result = db
    .prepare(`INSERT INTO entries (source_id, key, guid, link, url, title, content_html, text, summary,
      author, language, categories, published_at, has_feed_date, updated_at, content_hash,
      first_seen_at, last_seen_at, story_id, join_score, join_signals)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(
      entry.sourceId,
      entry.key,
      ...entryColumnValues(entry),
      at,
      at,
      join.storyId,
      join.score,
      JSON.stringify(join.signals),
    );
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

/** Marks an unchanged entry as seen again. */
export function touchEntry(db: Db, id: number, now: Date): void {
  db.prepare('UPDATE entries SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
}

/** True when retention removed the entry (source_id, key): a read, for steps before the store. */
export function hasTombstone(db: Db, sourceId: string, key: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM entry_tombstones WHERE source_id = ? AND key = ?')
      .get(sourceId, key) !== undefined
  );
}

/** True when retention removed the entry (source_id, key); then marks its tombstone as seen. */
export function touchTombstone(db: Db, sourceId: string, key: string, now: Date): boolean {
  const result = db
    .prepare('UPDATE entry_tombstones SET seen_at = ? WHERE source_id = ? AND key = ?')
    .run(now.toISOString(), sourceId, key);
  return result.changes > 0;
}

export interface PruneRequest {
  sourceId: string;
  /** Entries published before this go; so do tombstones not seen since. */
  cutoff: Date;
  now: Date;
}

export interface PruneCounts {
  entries: number;
  /** The ids of the entries removed (the story index forgets them). */
  entryIds: number[];
  stories: number;
  /** The stories that lost members and still have some (their claims are recomputed). */
  keptStoryIds: number[];
  tombstones: number;
  /** Topics of the stories that lost members (with `all` when anything went). */
  changedTopics: Set<string>;
}

function readStoryTopicIds(db: Db, storyIds: number[]): string[] {
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
  const changedTopics = new Set(
    doomed.length > 0 ? ['all', ...readStoryTopicIds(db, storyIds)] : [],
  );
  const bury = db.prepare(`INSERT INTO entry_tombstones (source_id, key, pruned_at, seen_at)
    VALUES (?, ?, ?, ?) ON CONFLICT (source_id, key) DO UPDATE SET pruned_at = excluded.pruned_at`);
  const remove = db.prepare('DELETE FROM entries WHERE id = ?');
  for (const entry of doomed) {
    bury.run(request.sourceId, entry.key, now, now);
    remove.run(entry.id);
  }
  const stories = pruneStories(db, storyIds, request.now);
  const kept = db.prepare('SELECT 1 FROM stories WHERE id = ?');
  const keptStoryIds = storyIds.filter((id) => kept.get(id) !== undefined);
  const tombstones = db
    .prepare('DELETE FROM entry_tombstones WHERE source_id = ? AND seen_at < ?')
    .run(request.sourceId, cutoff).changes;
  return {
    entries: doomed.length,
    entryIds: doomed.map((entry) => entry.id),
    stories,
    keptStoryIds,
    tombstones,
    changedTopics,
  };
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

/** Entries stored, every source. */
export function countEntries(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
}
