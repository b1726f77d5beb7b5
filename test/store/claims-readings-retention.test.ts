import { afterAll, beforeEach, expect, it } from 'vitest';
import { refreshClaimsAfterPoll } from '../../src/ingest/index.js';
import {
  createSqliteIngestStore,
  createWriteLock,
  type IngestStore,
} from '../../src/store/index.js';
import { createPostgresIngestStore } from '../../src/store/postgres/postgres-ingest-store.js';
import { describeEachBackend, type OpenedStore, storeBackends } from '../helpers/store-backends.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const DAY_MS = 86_400_000;
/** A 3-day window; only the last stored entry counts as recent whatever its date. */
const WINDOW = { windowMs: 3 * DAY_MS, recent: 1 };
const backends = storeBackends();

afterAll(() => backends.stop());

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

/** An entry of `storyId` (created when new) published `days` ago, with a stored reading. */
async function addEntry(opened: OpenedStore, id: number, storyId: number, days: number) {
  const at = daysAgo(days);
  await opened.query(
    `INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING`,
    [storyId, `story-${storyId}`, at, at, at],
  );
  await opened.query(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
      VALUES (?, 'wire', ?, 'Title', '', 'Text', '', ?, 1, ?, ?, ?, ?)`,
    [id, `key-${id}`, at, `hash-${id}`, at, at, storyId],
  );
  await opened.query(
    'INSERT INTO entry_claim_readings (entry_id, content_hash, reading) VALUES (?, ?, ?)',
    [id, `hash-${id}`, '{}'],
  );
}

async function readingIds(opened: OpenedStore): Promise<number[]> {
  const rows = await opened.query('SELECT entry_id AS id FROM entry_claim_readings ORDER BY 1');
  return rows.map((row) => Number(row.id));
}

function ingestStoreOf(opened: OpenedStore): IngestStore {
  if (opened.db) return createSqliteIngestStore(opened.db, createWriteLock());
  if (opened.pool) return createPostgresIngestStore(opened.pool);
  throw new Error('claims-readings-retention test: store without a connection');
}

// A story's readings are kept while a copy can still join it (a member inside the story window);
// once none can, they go: a later recompute reads the text again (refresh-after-drop test).
describeEachBackend('stored readings outside the story window', (kind) => {
  let opened: OpenedStore;
  let store: IngestStore;

  beforeEach(async () => {
    opened = await backends.open(kind);
    await opened.query(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('wire', 'x', 'x', 1)",
    );
    store = ingestStoreOf(opened);
    return () => opened.close();
  });

  it('drops the readings of stories with no member in the window, keeps the others', async () => {
    await addEntry(opened, 1, 1, 10); // story 1: both members 10 days old: goes
    await addEntry(opened, 2, 1, 9);
    await addEntry(opened, 3, 2, 10); // story 2: an old member and one of today: kept
    await addEntry(opened, 4, 3, 1); // story 3: inside the window: kept
    await addEntry(opened, 5, 2, 0);
    await addEntry(opened, 6, 4, 20); // story 4: old, but the last stored entry: kept

    await refreshClaimsAfterPoll(store, [], NOW, { readingsWindow: WINDOW });

    expect(await readingIds(opened)).toEqual([3, 4, 5, 6]);
  });

  it('keeps an old entry stored after the first one inside the window (a backfill), for now', async () => {
    await addEntry(opened, 1, 1, 10);
    await addEntry(opened, 2, 2, 0);
    await addEntry(opened, 3, 3, 12); // stored after entry 2: kept until entry 2 leaves the window
    await addEntry(opened, 4, 4, 0);

    await refreshClaimsAfterPoll(store, [], NOW, { readingsWindow: WINDOW });

    expect(await readingIds(opened)).toEqual([2, 3, 4]);
  });

  it('keeps every reading without the window option', async () => {
    await addEntry(opened, 1, 1, 10);
    await addEntry(opened, 2, 2, 0);

    await refreshClaimsAfterPoll(store, [], NOW);

    expect(await readingIds(opened)).toEqual([1, 2]);
  });

  it('drops at most 2,000 readings per poll, in batches, the rest at the next poll', async () => {
    await opened.query(
      `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100)
        INSERT INTO stories (id, guid, published_at, created_at, updated_at)
        SELECT i, 'story-' || i, ?, ?, ? FROM n`,
      [daysAgo(10), daysAgo(10), daysAgo(10)],
    );
    await opened.query(
      `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100)
        INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
          has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
        SELECT i, 'wire', 'key-' || i, 'Title', '', 'Text', '', ?, 1, 'hash', ?, ?, i FROM n`,
      [daysAgo(10), daysAgo(10), daysAgo(10)],
    );
    await opened.query(
      `INSERT INTO entry_claim_readings (entry_id, content_hash, reading)
        SELECT id, content_hash, '{}' FROM entries`,
    );
    await addEntry(opened, 2101, 2101, 0);
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };

    await refreshClaimsAfterPoll(store, [], NOW, { readingsWindow: WINDOW, pause });
    expect((await readingIds(opened)).length).toBe(101);
    expect(pauses).toBe(3);

    await refreshClaimsAfterPoll(store, [], NOW, { readingsWindow: WINDOW, pause });
    expect(await readingIds(opened)).toEqual([2101]);
  });
});
