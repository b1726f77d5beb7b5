import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import {
  createPostgresIngestStore,
  createPostgresStoryReader,
  createSqliteIngestStore,
  createSqliteStoryReader,
  createWriteLock,
  type IngestStore,
  type PgPool,
  type StoryReader,
} from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  type OpenedStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const T0 = '2025-05-01T12:00:00.000Z';
const NONE = { quotes: [], names: [], numbers: [] };

async function addEntry(opened: OpenedStore, id: number, source: string, text: string, at = T0) {
  await opened.query(
    `INSERT INTO stories (id, guid, published_at, created_at, updated_at)
     VALUES (1, 'story-1', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [at, T0, T0],
  );
  await opened.query(
    `INSERT INTO entries (id, source_id, key, title, content_html, text, summary, language,
      published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
     VALUES (?, ?, ?, 't', '', ?, '', 'en', ?, 1, ?, ?, ?, 1)`,
    [id, source, `key-${id}`, text, at, `hash-${id}`, T0, T0],
  );
}

// What provenance keeps per story (claims) and per member (readings), through the poll's writer
// and the story reader.
describeEachBackend('story claims in the store', (kind: BackendKind) => {
  let opened: OpenedStore;
  let store: IngestStore;
  let reader: StoryReader;
  beforeEach(async () => {
    opened = await backends.open(kind);
    for (const id of ['a', 'b'])
      await opened.query(
        "INSERT INTO sources (id, config_url, url, interval_ms) VALUES (?, 'x', 'x', 1)",
        [id],
      );
    await addEntry(opened, 10, 'a', 'first text');
    await addEntry(opened, 11, 'b', 'second text', '2025-05-01T13:00:00.000Z');
    if (opened.db) {
      store = createSqliteIngestStore(opened.db, createWriteLock());
      reader = createSqliteStoryReader(opened.db);
    } else {
      store = createPostgresIngestStore(opened.pool as PgPool);
      reader = createPostgresStoryReader(opened.pool as PgPool);
    }
    await store.write((writer) => writer.refreshStory(1, new Date(T0), true));
  });
  afterEach(() => opened.close());

  it('reads every member with its text, oldest first', async () => {
    const member = { title: 't', language: 'en' };
    expect(await store.write((writer) => writer.readClaimSources(1))).toEqual([
      { ...member, entryId: 10, sourceId: 'a', text: 'first text', contentHash: 'hash-10' },
      { ...member, entryId: 11, sourceId: 'b', text: 'second text', contentHash: 'hash-11' },
    ]);
  });

  it('gives a member its stored reading only while its content hash is the same', async () => {
    const sources = await store.write(async (writer) => {
      await writer.saveClaimReadings([
        { entryId: 10, contentHash: 'hash-10', reading: '{"r":10}' },
        { entryId: 11, contentHash: 'old-hash', reading: '{"r":11}' },
      ]);
      return writer.readClaimSources(1);
    });
    expect(sources.map((source) => source.reading)).toEqual(['{"r":10}', undefined]);
  });

  it('puts saved claims on the story view: unique per member, shared on the story', async () => {
    expect((await reader.readStory(1))?.members[0]?.unique).toBeUndefined();
    const claims = {
      members: { 10: NONE, 11: { ...NONE, names: ['Vilnius'] } },
      shared: { ...NONE, numbers: ['18'] },
    };
    await store.write((writer) => writer.saveStoryClaims(1, claims, new Date(T0)));
    const [story] = (await reader.readTopicPage({ topic: 'all', limit: 10 })).stories;
    expect(story?.members.map((member) => member.unique?.names)).toEqual([[], ['Vilnius']]);
    expect(story?.shared?.numbers).toEqual(['18']);
    expect((await reader.readStory(1))?.members[1]?.unique?.names).toEqual(['Vilnius']);
  });

  it('replaces claims computed before, and drops them with the story', async () => {
    const old = { members: { 10: NONE, 11: { ...NONE, names: ['Old'] } }, shared: NONE };
    await store.write((writer) => writer.saveStoryClaims(1, old, new Date(T0)));
    const fresh = { members: { 10: NONE, 11: NONE }, shared: NONE };
    await store.write((writer) => writer.saveStoryClaims(1, fresh, new Date(T0)));
    expect((await reader.readStory(1))?.members[1]?.unique).toEqual(NONE);
    await opened.query('DELETE FROM entries');
    await opened.query('DELETE FROM stories');
    expect(await opened.query('SELECT story_id FROM story_claims')).toEqual([]);
  });
});
