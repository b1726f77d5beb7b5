import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { FINGERPRINT_VERSION, fingerprintEntry } from '../../src/clusterer/index.js';
import { loadStoryWindow } from '../../src/ingest/index.js';
import { loadPostgresStoryWindow } from '../../src/postgres-story-window.js';
import {
  createPostgresIngestStore,
  createSqliteIngestStore,
  createWriteLock,
  type IngestStore,
  type PgPool,
  readFingerprintSources,
  readPostgresFingerprintSources,
  type WindowEntry,
  type WindowRequest,
} from '../../src/store/index.js';
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

const DAY = 86_400_000;
const T0 = '2025-05-01T12:00:00.000Z';
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();

async function addEntry(opened: OpenedStore, id: number, storyId: number, publishedAt = T0) {
  await opened.query(
    `INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING`,
    [storyId, `story-${storyId}`, publishedAt, T0, T0],
  );
  await opened.query(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, published_at,
      has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, 'src', ?, 't', '', '', '', ?, 1, ?, ?, ?, ?)`,
    [id, `key-${id}`, publishedAt, `hash-${id}`, T0, T0, storyId],
  );
}

// The fingerprints the store keeps (opaque to it) to rebuild the clusterer's index at start.
describeEachBackend('the story window in the store', (kind: BackendKind) => {
  let opened: OpenedStore;
  let store: IngestStore;
  beforeEach(async () => {
    opened = await backends.open(kind);
    await opened.query(
      "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
    );
    store = opened.db
      ? createSqliteIngestStore(opened.db, createWriteLock())
      : createPostgresIngestStore(opened.pool as PgPool);
  });
  afterEach(() => opened.close());

  async function readWindow(request: WindowRequest): Promise<WindowEntry[]> {
    const rows: WindowEntry[] = [];
    await store.forEachWindowEntry(request, (row) => rows.push(row));
    return rows;
  }
  const save = (id: number, features: unknown) =>
    store.write((writer) => writer.saveFingerprint(id, JSON.stringify(features)));

  it('reads nothing from an empty store', async () => {
    expect(await readWindow({ windowMs: 3 * DAY, recent: 10 })).toEqual([]);
  });

  it('reads the window before the newest entry and the latest stored, in stored order', async () => {
    await addEntry(opened, 1, 1, at(-10));
    await addEntry(opened, 2, 2, at(-1));
    await addEntry(opened, 3, 2, at(0));
    await addEntry(opened, 4, 4, at(-30)); // a backfill stored last: kept as recent
    for (const id of [1, 2, 3, 4]) await save(id, { marker: id });
    const rows = await readWindow({ windowMs: 3 * DAY, recent: 1 });
    expect(rows.map((row) => row.entryId)).toEqual([2, 3, 4]);
    expect(rows[1]).toEqual({
      entryId: 3,
      storyId: 2,
      publishedAt: at(0),
      hasFeedDate: true,
      features: { marker: 3 },
    });
  });

  it('replaces a saved fingerprint, and reads a missing or unreadable one as undefined', async () => {
    for (const id of [1, 2, 3]) await addEntry(opened, id, id);
    await save(1, { marker: 'old' });
    await save(1, { marker: 'new' });
    await opened.query("INSERT INTO entry_fingerprints (entry_id, features) VALUES (3, '{broken')");
    const rows = await readWindow({ windowMs: DAY, recent: 0 });
    expect(rows.map((row) => row.features)).toEqual([{ marker: 'new' }, undefined, undefined]);
  });

  it('forgets the fingerprint of a deleted entry', async () => {
    await addEntry(opened, 1, 1);
    await save(1, { marker: 1 });
    await opened.query('DELETE FROM entries WHERE id = 1');
    expect(await opened.query('SELECT entry_id FROM entry_fingerprints')).toEqual([]);
  });

  it('reads what a fingerprint is recomputed from', async () => {
    await addEntry(opened, 7, 7);
    const [source] = opened.db
      ? readFingerprintSources(opened.db, [7, 99])
      : await readPostgresFingerprintSources(opened.pool as PgPool, [7, 99]);
    expect(source).toEqual({
      entryId: 7,
      title: 't',
      text: '',
      publishedAt: T0,
      contentHash: 'hash-7',
      hasFeedDate: true,
    });
    const { features } = fingerprintEntry({ ...(source as NonNullable<typeof source>) });
    expect(features.contentHash).toBe('hash-7');
  });

  it('reads an entry dated by its fetch as such: no weekday of its text is read back from that time', async () => {
    await addEntry(opened, 8, 8);
    await opened.query(
      "UPDATE entries SET has_feed_date = 0, text = 'The court ruled on Thursday.' WHERE id = 8",
    );
    const [source] = opened.db
      ? readFingerprintSources(opened.db, [8])
      : await readPostgresFingerprintSources(opened.pool as PgPool, [8]);
    expect(source?.hasFeedDate).toBe(false);
    const undated = fingerprintEntry(source as NonNullable<typeof source>).features;
    expect(undated.eventDays).toEqual([]);
    const dated = fingerprintEntry({
      ...(source as NonNullable<typeof source>),
      hasFeedDate: true,
    });
    expect(dated.features.eventDays).toHaveLength(1);
  });
});
