import { afterAll, beforeAll, expect, it } from 'vitest';
import { tokenizeForSearch } from '../../../src/server/run-search.js';
import {
  createPostgresSearchStore,
  type PgPool,
  SearchTimeoutError,
} from '../../../src/store/index.js';
import { buildSearchDocument } from '../../../src/store/postgres/postgres-search-store.js';
import { describeWithPostgres } from '../../helpers/postgres-cluster.js';
import { type OpenedStore, storeBackends } from '../../helpers/store-backends.js';

const backends = storeBackends();
const NOW = '2026-03-01T12:00:00.000Z';

/** One source, one story, and entries with these titles and texts (ids 1, 2, …). */
async function storeEntries(pool: PgPool, entries: { title: string; text: string }[]) {
  await pool.query(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('s', 'https://e.org/', 'https://e.org/', 60000)",
  );
  await pool.query(
    "INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (1, 'g', $1, $1, $1)",
    [NOW],
  );
  for (const [i, entry] of entries.entries()) {
    await pool.query(
      `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
        has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
      VALUES ($1, 's', $2, $3, '', $4, '', $5, 1, $6, $5, $5, 1)`,
      [i + 1, `k${i}`, entry.title, entry.text, NOW, `h${i}`],
    );
  }
}

describeWithPostgres('the /search index on PostgreSQL', () => {
  let opened: OpenedStore;
  let pool: PgPool;
  beforeAll(async () => {
    opened = await backends.open('postgres');
    pool = opened.pool as PgPool;
    await storeEntries(pool, [
      { title: 'Палітвязні ў Беларусі', text: 'Вясна налічыла 1162 палітвязні' },
      { title: 'Heat dome over Europe', text: 'Temperatures past 38C; ёлкі сохнуць' },
    ]);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
    await backends.stop();
  });

  it('indexes every entry once, re-indexes a changed one, and drops a deleted one', async () => {
    const store = createPostgresSearchStore(pool, { timeoutMs: 5_000 });
    expect(await store.syncIndex(tokenizeForSearch, 100)).toBe(2);
    expect(await store.syncIndex(tokenizeForSearch, 100)).toBe(0);
    expect(await store.findCandidates("'палитвязни'", 10)).toEqual([1]);
    expect(await store.findCandidates("'елки' & 'europe':A", 10)).toEqual([2]);
    expect(await store.findCandidates("'heat':A <-> 'dome':A", 10)).toEqual([2]);
    expect(await store.findCandidates("'heat':D", 10)).toEqual([]);
    await pool.query("UPDATE entries SET title = 'Cold snap', content_hash = 'h9' WHERE id = 2");
    expect(await store.syncIndex(tokenizeForSearch, 100)).toBe(1);
    expect(await store.findCandidates("'heat'", 10)).toEqual([]);
    expect(await store.findCandidates("'cold':A", 10)).toEqual([2]);
    await pool.query('DELETE FROM entries WHERE id = 1');
    expect((await pool.query('SELECT entry_id FROM entry_search')).rows).toEqual([{ entry_id: 2 }]);
    const texts = await store.readEntryTexts([1, 2]);
    expect(texts.map((entry) => [entry.id, entry.storyId, entry.storyPublishedAt])).toEqual([
      [2, 1, NOW],
    ]);
  });

  it('indexes only what changed: a poll that touches an entry marks nothing; searches at once split the work', async () => {
    const store = createPostgresSearchStore(pool, { timeoutMs: 5_000 });
    await store.syncIndex(tokenizeForSearch, 100);
    await pool.query("UPDATE entries SET last_seen_at = '2026-03-02T00:00:00.000Z'");
    expect(await store.syncIndex(tokenizeForSearch, 100)).toBe(0);
    await pool.query(
      `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
        has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
      SELECT g, 's', 'more' || g, 'Extra ' || g, '', 'body', '', $1, 1, 'x', $1, $1, 1
      FROM generate_series(100, 1099) AS g`,
      [NOW],
    );
    const other = createPostgresSearchStore(pool, { timeoutMs: 5_000 });
    const counts = await Promise.all([
      store.syncIndex(tokenizeForSearch, 10_000),
      other.syncIndex(tokenizeForSearch, 10_000),
    ]);
    expect(counts[0] + counts[1]).toBe(1_000);
    expect((await pool.query('SELECT count(*) AS n FROM entry_search_pending')).rows).toEqual([
      { n: 0 },
    ]);
    expect(await store.findCandidates("'extra':A & '1099'", 10)).toEqual([1099]);
    await pool.query('DELETE FROM entries WHERE id >= 100');
  });

  it('keeps a document within tsvector limits: no phrase across title and body, huge texts', async () => {
    const check = async (document: string, query: string) =>
      (
        await pool.query<{ hit: boolean }>('SELECT $1::tsvector @@ $2::tsquery AS hit', [
          document,
          query,
        ])
      ).rows[0]?.hit;
    const doc = buildSearchDocument('new belarus', 'passport for exiles');
    expect(await check(doc, "'belarus':A <-> 'passport'")).toBe(false);
    expect(await check(doc, "'passport' <-> 'for' <-> 'exiles':*")).toBe(true);
    const long = Array.from({ length: 40_000 }, (_, i) => `w${i % 5000}`).join(' ');
    const huge = buildSearchDocument('title', `${'x'.repeat(5_000)} ${long} tail`);
    expect(await check(huge, "'w4999'")).toBe(true);
    expect(await check(huge, "'tail'")).toBe(true);
    expect(await check(huge, `'${'x'.repeat(10)}':*`)).toBe(false);
  });

  it('stops a statement at its deadline and says it was the deadline', async () => {
    const store = createPostgresSearchStore(pool, { timeoutMs: 200 });
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE entry_search IN ACCESS EXCLUSIVE MODE');
      await expect(store.findCandidates("'cold'", 10)).rejects.toBeInstanceOf(SearchTimeoutError);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(await store.findCandidates("'cold'", 10)).toEqual([2]);
  });
});
