import type { Db } from './database.js';

/** One article fetch of one entry, as the store keeps it. */
export interface ArticleFetchRecord {
  /** The entry's key in its source. */
  key: string;
  /** The link that was fetched. */
  url: string;
  status: 'ok' | 'failed';
  httpStatus?: number;
  finalUrl?: string;
  /** Why it failed (stage-prefixed), for a failed fetch. */
  error?: string;
  /** What was extracted, for a fetch that worked. */
  contentHtml?: string;
  text?: string;
  wordCount?: number;
  durationMs: number;
}

/** The article stored for an entry: what a changed entry uses again instead of a new fetch. */
export interface StoredArticle {
  status: 'ok' | 'failed';
  contentHtml: string | null;
  text: string | null;
}

/** A source's article fetches over its stored entries, and the latest failure's reason. */
export interface ArticleFetchCounts {
  ok: number;
  failed: number;
  lastError?: string;
}

/**
 * Records the article fetches of one poll, each with its entry. A record whose entry was not
 * stored (retention, a tombstone) is dropped; call inside the poll's transaction, after the
 * entries.
 */
export function saveArticleFetches(
  db: Db,
  sourceId: string,
  records: readonly ArticleFetchRecord[],
  now: Date,
): void {
  const insert = db.prepare(`INSERT INTO entry_articles (source_id, key, url, status, http_status,
      final_url, error, content_html, text, word_count, fetched_at, duration_ms)
    SELECT @sourceId, @key, @url, @status, @httpStatus, @finalUrl, @error, @contentHtml, @text,
      @wordCount, @fetchedAt, @durationMs
    WHERE EXISTS (SELECT 1 FROM entries WHERE source_id = @sourceId AND key = @key)
    ON CONFLICT (source_id, key) DO UPDATE SET url = excluded.url, status = excluded.status,
      http_status = excluded.http_status, final_url = excluded.final_url, error = excluded.error,
      content_html = excluded.content_html, text = excluded.text,
      word_count = excluded.word_count, fetched_at = excluded.fetched_at,
      duration_ms = excluded.duration_ms`);
  const fetchedAt = now.toISOString();
  for (const record of records) {
    insert.run({
      sourceId,
      key: record.key,
      url: record.url,
      status: record.status,
      httpStatus: record.httpStatus ?? null,
      finalUrl: record.finalUrl ?? null,
      error: record.error ?? null,
      contentHtml: record.contentHtml ?? null,
      text: record.text ?? null,
      wordCount: record.wordCount ?? null,
      fetchedAt,
      durationMs: Math.round(record.durationMs),
    });
  }
}

/** The article stored for the entry (sourceId, key), if its page was ever fetched. */
export function findStoredArticle(
  db: Db,
  sourceId: string,
  key: string,
): StoredArticle | undefined {
  return db
    .prepare(`SELECT status, content_html AS contentHtml, text FROM entry_articles
      WHERE source_id = ? AND key = ?`)
    .get(sourceId, key) as StoredArticle | undefined;
}

/** One source's article fetch counts as the index queries select them (any backend). */
export interface ArticleFetchRow {
  sourceId: string;
  ok: number;
  failed: number;
  lastError: string | null;
}

/** The counts per source from the rows either backend's query gives. */
export function toArticleFetchCounts(
  rows: readonly ArticleFetchRow[],
): Map<string, ArticleFetchCounts> {
  return new Map(
    rows.map(({ sourceId, ok, failed, lastError }) => [
      sourceId,
      { ok, failed, ...(lastError === null ? {} : { lastError }) },
    ]),
  );
}

/** Article fetches per source (over the entries still stored), for the index page. */
export function countArticleFetches(db: Db): Map<string, ArticleFetchCounts> {
  const rows = db
    .prepare(`SELECT source_id AS sourceId, sum(status = 'ok') AS ok, sum(status = 'failed') AS failed,
      (SELECT error FROM entry_articles f WHERE f.source_id = a.source_id AND f.status = 'failed'
        ORDER BY f.fetched_at DESC LIMIT 1) AS lastError
      FROM entry_articles a GROUP BY source_id`)
    .all() as ArticleFetchRow[];
  return toArticleFetchCounts(rows);
}
