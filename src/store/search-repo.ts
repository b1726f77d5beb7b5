import type { Db } from './database.js';
import type { StoredEntryText } from './topic-repo.js';

/** Entries (re)indexed per transaction: the write lock is never held for long. */
const SYNC_BATCH = 200;

interface EntryToIndex {
  id: number;
  title: string;
  text: string;
  contentHash: string;
}

/**
 * Brings the `/search` index up to date with `entries`: entries new or changed since they were
 * indexed get their title and text as `tokenize` turns them into words, entries gone leave it.
 * At most `maxEntries` are indexed per call (newest first), a batch per transaction; returns how
 * many were. Safe to run from several connections: each batch re-reads what is still missing.
 */
export function syncEntrySearch(
  db: Db,
  tokenize: (text: string) => string,
  maxEntries: number,
): number {
  db.prepare(`DELETE FROM entry_search WHERE rowid IN (SELECT d.entry_id FROM entry_search_docs d
    LEFT JOIN entries e ON e.id = d.entry_id WHERE e.id IS NULL)`).run();
  db.prepare(`DELETE FROM entry_search_docs WHERE entry_id NOT IN (SELECT id FROM entries)`).run();
  const missing = db.prepare(`SELECT e.id, e.title, e.text, e.content_hash AS contentHash
    FROM entries e LEFT JOIN entry_search_docs d ON d.entry_id = e.id
    WHERE d.entry_id IS NULL OR d.content_hash <> e.content_hash
    ORDER BY e.id DESC LIMIT ?`);
  const remove = db.prepare('DELETE FROM entry_search WHERE rowid = ?');
  const insert = db.prepare('INSERT INTO entry_search (rowid, title, body) VALUES (?, ?, ?)');
  const record = db.prepare(
    'INSERT OR REPLACE INTO entry_search_docs (entry_id, content_hash) VALUES (?, ?)',
  );
  const indexBatch = db.transaction((size: number) => {
    const rows = missing.all(size) as EntryToIndex[];
    for (const row of rows) {
      remove.run(row.id);
      insert.run(row.id, tokenize(row.title), tokenize(row.text));
      record.run(row.id, row.contentHash);
    }
    return rows.length;
  });
  let indexed = 0;
  while (indexed < maxEntries) {
    const count = indexBatch.immediate(Math.min(SYNC_BATCH, maxEntries - indexed)) as number;
    indexed += count;
    if (count === 0) break;
  }
  return indexed;
}

/** Entry ids whose index row matches an FTS5 query, newest id first, at most `limit`. */
export function findSearchCandidates(db: Db, ftsQuery: string, limit: number): number[] {
  return db
    .prepare(
      'SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid DESC LIMIT ?',
    )
    .pluck()
    .all(ftsQuery, limit) as number[];
}

/** The texts of the given entries (the ones still stored), for the classifier's check. */
export function readEntryTextsByIds(db: Db, ids: readonly number[]): StoredEntryText[] {
  if (ids.length === 0) return [];
  const rows: StoredEntryText[] = [];
  const select = db.prepare(`SELECT e.id, e.story_id AS storyId, e.source_id AS sourceId, e.title,
    e.text, e.published_at AS publishedAt, s.published_at AS storyPublishedAt
    FROM entries e JOIN stories s ON s.id = e.story_id
    WHERE e.id IN (SELECT value FROM json_each(?))`);
  for (let from = 0; from < ids.length; from += 500) {
    rows.push(...(select.all(JSON.stringify(ids.slice(from, from + 500))) as StoredEntryText[]));
  }
  return rows;
}
