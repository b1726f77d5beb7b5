import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedEntry } from '../../src/model/index.js';
import {
  createPostgresIngestStore,
  createPostgresSourceStore,
  createSqliteIngestStore,
  createSqliteSourceStore,
  createWriteLock,
  type IngestStore,
  type IngestWriter,
  migrate,
  openDatabase,
  type PgPool,
  type WindowEntry,
} from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  MIGRATIONS,
  type OpenedStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date('2026-03-01T13:00:00.000Z');
const WINDOW = { windowMs: 72 * 3_600_000, recent: 10 };

function entry(key: string, extra: Partial<NormalizedEntry> = {}): NormalizedEntry {
  return {
    sourceId: 'src',
    key,
    guid: key,
    link: `https://example.org/${key}`,
    url: `https://example.org/${key}`,
    title: `Title ${key}`,
    contentHtml: `<p>Text ${key}</p>`,
    text: `Text ${key}`,
    summary: `Text ${key}`,
    publishedAt: NOW.toISOString(),
    hasFeedDate: true,
    categories: [],
    contentHash: `hash-${key}`,
    warnings: [],
    ...extra,
  };
}

/** Stores one entry founding its own story, as the ingest orchestrator does; returns its ids. */
async function storeNew(writer: IngestWriter, item: NormalizedEntry) {
  const storyId = await writer.createStory(
    { sourceId: item.sourceId, key: item.key, publishedAt: item.publishedAt },
    NOW,
  );
  const entryId = await writer.insertEntry(item, { storyId, score: 1, signals: [] }, NOW);
  await writer.saveFingerprint(entryId, JSON.stringify({ version: 0, key: item.key }));
  await writer.replaceEntryTopics(entryId, [{ topicId: 'pp', score: 3, terms: ['text'] }]);
  await writer.refreshStory(storyId, NOW, true);
  return { storyId, entryId };
}

async function windowOf(store: IngestStore): Promise<WindowEntry[]> {
  const visited: WindowEntry[] = [];
  await store.forEachWindowEntry(WINDOW, (row) => visited.push(row));
  return visited;
}

describeEachBackend('IngestStore', (kind: BackendKind) => {
  let opened: OpenedStore;
  let store: IngestStore;
  beforeEach(async () => {
    opened = await backends.open(kind);
    const sources = opened.db
      ? createSqliteSourceStore(opened.db)
      : createPostgresSourceStore(opened.pool as PgPool);
    await sources.syncSources([
      { id: 'src', url: 'https://example.org/feed', intervalMs: 600_000, preferred: false },
    ]);
    store = opened.db
      ? createSqliteIngestStore(opened.db, createWriteLock())
      : createPostgresIngestStore(opened.pool as PgPool);
  });
  afterEach(() => opened.close());

  it('stores a new entry in a new story in one transaction, and reads it back', async () => {
    expect(await store.findEntryByKey('src', 'a')).toBeUndefined();
    const { storyId, entryId } = await store.write((writer) => storeNew(writer, entry('a')));
    expect(await store.findEntryByKey('src', 'a')).toEqual({
      id: entryId,
      storyId,
      contentHash: 'hash-a',
    });
    expect(await windowOf(store)).toEqual([
      {
        entryId,
        storyId,
        publishedAt: NOW.toISOString(),
        hasFeedDate: true,
        features: { version: 0, key: 'a' },
      },
    ]);
    const [story] = await opened.query(
      'SELECT representative_entry_id AS rep, published_at AS at FROM stories WHERE id = ?',
      [storyId],
    );
    expect(story).toEqual({ rep: entryId, at: NOW.toISOString() });
    const topics = await opened.query('SELECT topic_id AS t, terms FROM entry_topics');
    expect(topics).toEqual([{ t: 'pp', terms: '["text"]' }]);
  });

  it('rolls the whole poll back when its work throws', async () => {
    const failing = store.write(async (writer) => {
      await storeNew(writer, entry('a'));
      throw new Error('parse exploded');
    });
    await expect(failing).rejects.toThrow('parse exploded');
    expect(await store.findEntryByKey('src', 'a')).toBeUndefined();
    expect(await opened.query('SELECT id FROM stories')).toEqual([]);
  });

  it('updates a changed entry and touches a seen one', async () => {
    const { entryId } = await store.write((writer) => storeNew(writer, entry('a')));
    await store.write(async (writer) => {
      await writer.updateEntry(
        entryId,
        entry('a', { title: 'New title', contentHash: 'h2' }),
        LATER,
      );
      await writer.touchEntry(entryId, LATER);
    });
    expect((await store.findEntryByKey('src', 'a'))?.contentHash).toBe('h2');
    const [row] = await opened.query('SELECT title, last_seen_at AS seen FROM entries');
    expect(row).toEqual({ title: 'New title', seen: LATER.toISOString() });
  });

  it('prunes by retention, leaving a tombstone that a later sighting touches', async () => {
    await store.write((writer) =>
      storeNew(writer, entry('old', { publishedAt: '2026-01-01T00:00:00.000Z' })),
    );
    await store.write((writer) => storeNew(writer, entry('new')));
    const counts = await store.write((writer) =>
      writer.pruneEntries({
        sourceId: 'src',
        cutoff: new Date('2026-02-01T00:00:00.000Z'),
        now: NOW,
      }),
    );
    expect(counts).toMatchObject({ entries: 1 });
    expect(await store.findEntryByKey('src', 'old')).toBeUndefined();
    expect(await store.hasTombstone('src', 'old')).toBe(true);
    expect(await store.hasTombstone('src', 'new')).toBe(false);
    expect(await store.write((writer) => writer.touchTombstone('src', 'old', LATER))).toBe(true);
    expect(await store.write((writer) => writer.touchTombstone('src', 'new', LATER))).toBe(false);
  });

  it('keeps article fetches for stored entries only, and records a poll on the source', async () => {
    await store.write((writer) => storeNew(writer, entry('a')));
    const fetched = { url: 'https://example.org/a', durationMs: 5 };
    await store.write((writer) =>
      writer.saveArticleFetches(
        'src',
        [
          { ...fetched, key: 'a', status: 'ok', contentHtml: '<p>Full</p>', text: 'Full' },
          { ...fetched, key: 'gone', status: 'failed', error: 'fetcher: 404' },
        ],
        NOW,
      ),
    );
    expect(await store.findStoredArticle('src', 'a')).toEqual({
      status: 'ok',
      contentHtml: '<p>Full</p>',
      text: 'Full',
    });
    expect(await store.findStoredArticle('src', 'gone')).toBeUndefined();
    await store.recordPoll('src', { etag: '"v2"', lastStatus: 200 });
    const [source] = await opened.query('SELECT etag, last_status AS status FROM sources');
    expect(source).toEqual({ etag: '"v2"', status: 200 });
  });

  it('gives the entries stored after an id to a poller catching up (PostgreSQL; SQLite has one writer)', async () => {
    const first = await store.write((writer) => storeNew(writer, entry('a')));
    const second = await store.write((writer) => storeNew(writer, entry('b')));
    const after = await store.write((writer) => writer.readEntriesAfter(first.entryId));
    if (kind === 'sqlite') expect(after).toEqual([]);
    else
      expect(after.map((row) => [row.entryId, row.storyId])).toEqual([
        [second.entryId, second.storyId],
      ]);
  });
});

describe('the SQLite IngestStore', () => {
  it('lets the event loop turn between a write’s work and its COMMIT, the rows still uncommitted', async () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS);
    await createSqliteSourceStore(db).syncSources([
      { id: 'src', url: 'https://example.org/feed', intervalMs: 600_000, preferred: false },
    ]);
    const store = createSqliteIngestStore(db, createWriteLock());
    const seen: { inTransaction: boolean; stories: unknown }[] = [];
    await store.write(async (writer) => {
      await storeNew(writer, entry('a'));
      // Queued by the work's last step: it runs before the commit only if the store yields.
      setImmediate(() => seen.push({ inTransaction: db.inTransaction, stories: count(db) }));
    });
    expect(seen).toEqual([{ inTransaction: true, stories: 1 }]);
    expect(db.inTransaction).toBe(false);
    expect(count(db)).toBe(1);
    db.close();
  });
});

function count(db: ReturnType<typeof openDatabase>): unknown {
  return db.prepare('SELECT count(*) FROM stories').pluck().get();
}
