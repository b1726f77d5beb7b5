import type { WindowEntry } from '../candidate-repo.js';
import { entryColumnValues } from '../entry-repo.js';
import type { IngestWriter } from '../ingest-store.js';
import type { ClaimSource } from '../story-claims-repo.js';
import { makeStoryGuid } from '../story-repo.js';
import { dropPostgresClaimReadings } from './postgres-claim-readings.js';
import type { PgClient } from './postgres-pool.js';
import { prunePostgresEntries } from './postgres-prune.js';
import { recordPollWith } from './postgres-source-store.js';
import { mergePostgresStories, readPostgresStoryMergesAfter } from './postgres-story-merges.js';
import { toWindowEntry, WINDOW_COLUMNS, type WindowRow } from './postgres-window.js';

const INSERT_ENTRY = `INSERT INTO entries (guid, link, url, title, content_html, text, summary,
    author, language, categories, published_at, has_feed_date, updated_at, content_hash,
    source_id, key, first_seen_at, last_seen_at, story_id, join_score, join_signals)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, $19, $20)
  RETURNING id`;

const UPDATE_ENTRY = `UPDATE entries SET guid = $1, link = $2, url = $3, title = $4,
    content_html = $5, text = $6, summary = $7, author = $8, language = $9, categories = $10,
    published_at = CASE WHEN $12 = 1 THEN $11 ELSE published_at END,
    has_feed_date = GREATEST(has_feed_date, $12), updated_at = $13, content_hash = $14,
    last_seen_at = $15
  WHERE id = $16`;

const REPRESENTATIVE = `SELECT e.id, e.published_at AS "publishedAt" FROM entries e
  JOIN sources s ON s.id = e.source_id WHERE e.story_id = $1
  ORDER BY s.preferred DESC, e.has_feed_date DESC, e.published_at, e.id LIMIT 1`;

const SAVE_ARTICLE = `INSERT INTO entry_articles (source_id, key, url, status, http_status,
    final_url, error, content_html, text, word_count, fetched_at, duration_ms)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
  WHERE EXISTS (SELECT 1 FROM entries WHERE source_id = $1 AND key = $2)
  ON CONFLICT (source_id, key) DO UPDATE SET url = excluded.url, status = excluded.status,
    http_status = excluded.http_status, final_url = excluded.final_url, error = excluded.error,
    content_html = excluded.content_html, text = excluded.text, word_count = excluded.word_count,
    fetched_at = excluded.fetched_at, duration_ms = excluded.duration_ms`;

/**
 * The PostgreSQL IngestWriter: the same statements as the SQLite repositories (entry-repo,
 * story-repo, topic-repo, story-claims-repo, article-repo), on the poll transaction's connection.
 */
export function createPostgresIngestWriter(client: PgClient): IngestWriter {
  const run = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const refreshStory = async (storyId: number, now: Date, changed: boolean) => {
    const rep = await run(REPRESENTATIVE, [storyId]);
    const representative = rep.rows[0] as { id: number; publishedAt: string } | undefined;
    if (!representative) return;
    const current = await run('SELECT representative_entry_id AS id FROM stories WHERE id = $1', [
      storyId,
    ]);
    const moved = (current.rows[0] as { id: number | null }).id !== representative.id;
    await run(
      `UPDATE stories SET representative_entry_id = $1, published_at = $2,
        updated_at = CASE WHEN $3 THEN GREATEST(updated_at, $4) ELSE updated_at END WHERE id = $5`,
      [representative.id, representative.publishedAt, changed || moved, now.toISOString(), storyId],
    );
    await run('DELETE FROM story_topics WHERE story_id = $1', [storyId]);
    await run(
      `INSERT INTO story_topics (topic_id, story_id, published_at)
        SELECT DISTINCT t.topic_id, $1::bigint, $2 FROM entry_topics t JOIN entries e ON e.id = t.entry_id
        WHERE e.story_id = $1`,
      [storyId, representative.publishedAt],
    );
  };
  return {
    async findEntryByKey(sourceId, key) {
      const result = await run(
        `SELECT id, story_id AS "storyId", content_hash AS "contentHash" FROM entries
          WHERE source_id = $1 AND key = $2`,
        [sourceId, key],
      );
      return result.rows[0];
    },
    async touchEntry(id, now) {
      await run('UPDATE entries SET last_seen_at = $1 WHERE id = $2', [now.toISOString(), id]);
    },
    async touchTombstone(sourceId, key, now) {
      const result = await run(
        'UPDATE entry_tombstones SET seen_at = $1 WHERE source_id = $2 AND key = $3',
        [now.toISOString(), sourceId, key],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async updateEntry(id, entry, now) {
      await run(UPDATE_ENTRY, [...entryColumnValues(entry), now.toISOString(), id]);
    },
    async insertEntry(entry, join, now) {
      const result = await run(INSERT_ENTRY, [
        ...entryColumnValues(entry),
        entry.sourceId,
        entry.key,
        now.toISOString(),
        join.storyId,
        join.score,
        JSON.stringify(join.signals),
      ]);
      return (result.rows[0] as { id: number }).id;
    },
    async createStory(founder, now) {
      const at = now.toISOString();
      const guid = makeStoryGuid({ sourceId: founder.sourceId, key: founder.key, createdAt: at });
      const result = await run(
        `INSERT INTO stories (guid, published_at, created_at, updated_at) VALUES ($1, $2, $3, $3)
          RETURNING id`,
        [guid, founder.publishedAt, at],
      );
      return (result.rows[0] as { id: number }).id;
    },
    async saveFingerprint(entryId, featuresJson) {
      await run(
        `INSERT INTO entry_fingerprints (entry_id, features) VALUES ($1, $2)
          ON CONFLICT (entry_id) DO UPDATE SET features = excluded.features`,
        [entryId, featuresJson],
      );
    },
    async replaceEntryTopics(entryId, matches) {
      await run('DELETE FROM entry_topics WHERE entry_id = $1', [entryId]);
      for (const match of matches)
        await run(
          'INSERT INTO entry_topics (entry_id, topic_id, score, terms) VALUES ($1, $2, $3, $4)',
          [entryId, match.topicId, match.score, JSON.stringify(match.terms)],
        );
    },
    refreshStory,
    async readClaimSources(storyId) {
      const result = await run(
        `SELECT e.id AS "entryId", e.source_id AS "sourceId", e.title, e.text, e.language,
          e.content_hash AS "contentHash", r.reading
        FROM entries e LEFT JOIN entry_claim_readings r
          ON r.entry_id = e.id AND r.content_hash = e.content_hash
        WHERE e.story_id = $1 ORDER BY e.published_at, e.id`,
        [storyId],
      );
      return (
        result.rows as (ClaimSource & { language: string | null; reading: string | null })[]
      ).map(({ language, reading, ...row }) => ({
        ...row,
        ...(language === null ? {} : { language }),
        ...(reading === null ? {} : { reading }),
      }));
    },
    async saveStoryClaims(storyId, claims, now) {
      await run(
        `INSERT INTO story_claims (story_id, claims, computed_at) VALUES ($1, $2, $3)
          ON CONFLICT (story_id) DO UPDATE SET claims = excluded.claims, computed_at = excluded.computed_at`,
        [storyId, JSON.stringify(claims), now.toISOString()],
      );
    },
    async saveClaimReadings(readings) {
      for (const row of readings)
        await run(
          `INSERT INTO entry_claim_readings (entry_id, content_hash, reading) VALUES ($1, $2, $3)
            ON CONFLICT (entry_id) DO UPDATE SET content_hash = excluded.content_hash, reading = excluded.reading`,
          [row.entryId, row.contentHash, row.reading],
        );
    },
    async dropStoryClaims(storyIds) {
      if (storyIds.length > 0)
        await run('DELETE FROM story_claims WHERE story_id = ANY($1::bigint[])', [storyIds]);
    },
    pruneEntries: (request) => prunePostgresEntries(client, request, refreshStory),
    dropClaimReadingsOutsideWindow: (window, limit) =>
      dropPostgresClaimReadings(client, window, limit),
    async saveArticleFetches(sourceId, records, now) {
      for (const record of records)
        await run(SAVE_ARTICLE, [
          sourceId,
          record.key,
          record.url,
          record.status,
          record.httpStatus ?? null,
          record.finalUrl ?? null,
          record.error ?? null,
          record.contentHtml ?? null,
          record.text ?? null,
          record.wordCount ?? null,
          now.toISOString(),
          Math.round(record.durationMs),
        ]);
    },
    recordPoll: (sourceId, update) => recordPollWith(client, sourceId, update),
    async readEntriesAfter(entryId): Promise<WindowEntry[]> {
      const result = await run(`SELECT ${WINDOW_COLUMNS} WHERE e.id > $1 ORDER BY e.id`, [entryId]);
      return (result.rows as WindowRow[]).map(toWindowEntry);
    },
    mergeStories: (intoStoryId, storyIds, now) =>
      mergePostgresStories(client, intoStoryId, storyIds, now),
    readStoryMergesAfter: (mergeId) => readPostgresStoryMergesAfter(client, mergeId),
  };
}
