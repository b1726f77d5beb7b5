import { afterAll, afterEach, expect, it } from 'vitest';
import { FINGERPRINT_VERSION, fingerprintEntry } from '../../src/clusterer/index.js';
import { loadStoryWindow } from '../../src/ingest/index.js';
import { loadPostgresStoryWindow } from '../../src/postgres-story-window.js';
import { createPostgresIngestStore, type PgPool } from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  type OpenedStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const AT = '2026-03-01T12:00:00.000Z';
const WINDOW_MS = 72 * 3_600_000;

/** Three entries in three stories: a current fingerprint, one of an older format, none. */
async function seed(opened: OpenedStore): Promise<void> {
  await opened.query(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
  );
  for (const id of [1, 2, 3]) {
    const title = `Parliament passes budget bill number ${id} after long debate`;
    await opened.query(
      `INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      [id, `story-${id}`, AT, AT, AT],
    );
    await opened.query(
      `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
        has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
       VALUES (?, 'src', ?, ?, '', ?, '', ?, 1, ?, ?, ?, ?)`,
      [id, `key-${id}`, title, `${title}. The vote was close.`, AT, `h${id}`, AT, AT, id],
    );
  }
  const current = fingerprintEntry({
    title: 'Parliament passes budget',
    text: '',
    publishedAt: AT,
    contentHash: 'h1',
  });
  await opened.query('INSERT INTO entry_fingerprints (entry_id, features) VALUES (?, ?)', [
    1,
    JSON.stringify(current.features),
  ]);
  await opened.query('INSERT INTO entry_fingerprints (entry_id, features) VALUES (?, ?)', [
    2,
    JSON.stringify({ version: FINGERPRINT_VERSION - 1, words: ['budget'] }),
  ]);
}

function loadWindow(opened: OpenedStore) {
  if (opened.db) return Promise.resolve(loadStoryWindow(opened.db, WINDOW_MS));
  const pool = opened.pool as PgPool;
  return loadPostgresStoryWindow(pool, createPostgresIngestStore(pool), WINDOW_MS);
}

describeEachBackend('the story window at start', (kind: BackendKind) => {
  let opened: OpenedStore | undefined;
  afterEach(() => opened?.close());

  it('fingerprints again, saves and keeps the entries whose fingerprint is missing or of an older format', async () => {
    opened = await backends.open(kind);
    await seed(opened);
    const index = await loadWindow(opened);
    expect(index.size).toBe(3);
    expect(index.highestEntryId).toBe(3);
    const rows = await opened.query(
      'SELECT entry_id AS id, features FROM entry_fingerprints ORDER BY entry_id',
    );
    expect(rows.map((row) => [row.id, JSON.parse(String(row.features)).version])).toEqual([
      [1, FINGERPRINT_VERSION],
      [2, FINGERPRINT_VERSION],
      [3, FINGERPRINT_VERSION],
    ]);
  });
});
