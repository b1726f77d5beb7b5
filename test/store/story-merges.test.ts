import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import type { NormalizedEntry } from '../../src/model/index.js';
import {
  createPostgresIngestStore,
  createPostgresSourceStore,
  createPostgresStoryReader,
  createSqliteIngestStore,
  createSqliteSourceStore,
  createSqliteStoryReader,
  createWriteLock,
  type IngestStore,
  type IngestWriter,
  migrate,
  openDatabase,
  type PgPool,
  type StoryReader,
} from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  MIGRATIONS,
  sqliteQuery,
  storeBackends,
} from '../helpers/store-backends.js';
import { storedEntry } from '../helpers/stored-entry.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date('2026-03-01T13:00:00.000Z');
const NO_CLAIMS = { quotes: [], names: [], numbers: [] };

const entry = (key: string, publishedAt = NOW.toISOString()) => storedEntry(key, publishedAt);

/**
 * Stores entries as members of one story (a new one founded by the first when `storyId` is not
 * given), each in the topics given, with a fingerprint and the story's claims; returns the story.
 */
async function addStory(
  writer: IngestWriter,
  members: { item: NormalizedEntry; topics: string[] }[],
  storyId?: number,
): Promise<number> {
  const first = (members[0] as { item: NormalizedEntry }).item;
  const story = storyId ?? (await writer.createStory(first, NOW));
  const claims: Record<number, typeof NO_CLAIMS> = {};
  for (const { item, topics } of members) {
    const id = await writer.insertEntry(item, { storyId: story, score: 0.9, signals: [] }, NOW);
    await writer.saveFingerprint(id, JSON.stringify({ key: item.key }));
    await writer.replaceEntryTopics(
      id,
      topics.map((topicId) => ({ topicId, score: 2, terms: [] })),
    );
    claims[id] = NO_CLAIMS;
  }
  await writer.refreshStory(story, NOW, true);
  await writer.saveStoryClaims(story, { members: claims, shared: NO_CLAIMS }, NOW);
  return story;
}

/** A story founded by one entry in topic `t`. */
const single = (writer: IngestWriter, key: string, publishedAt?: string) =>
  addStory(writer, [{ item: entry(key, publishedAt), topics: ['t'] }]);

interface Opened {
  store: IngestStore;
  reader: StoryReader;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A migrated store: SQLite in a real file, PostgreSQL in a fresh database of the test cluster. */
async function openStore(kind: BackendKind): Promise<Opened> {
  const sourceRow = { id: 'src', url: 'https://example.org/feed', intervalMs: 60_000 };
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tf-merges-'));
    const db = openDatabase(join(dir, 'topicfeed.db'));
    migrate(db, MIGRATIONS);
    await createSqliteSourceStore(db).syncSources([{ ...sourceRow, preferred: false }]);
    return {
      store: createSqliteIngestStore(db, createWriteLock()),
      reader: createSqliteStoryReader(db),
      query: sqliteQuery(db),
      close: async () => {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const opened = await backends.open('postgres');
  const pool = opened.pool as PgPool;
  await createPostgresSourceStore(pool).syncSources([{ ...sourceRow, preferred: false }]);
  return {
    store: createPostgresIngestStore(pool),
    reader: createPostgresStoryReader(pool),
    query: opened.query,
    close: opened.close,
  };
}

describeEachBackend('story merges', (kind) => {
  let opened: Opened;
  let store: IngestStore;
  let reader: StoryReader;
  beforeEach(async () => {
    opened = await openStore(kind);
    ({ store, reader } = opened);
  });
  afterEach(() => opened.close());

  it('folds a story into another: every entry kept in the survivor, the merged story gone with its topics and claims', async () => {
    const { a, c, topics } = await store.write(async (writer) => {
      const a = await addStory(writer, [{ item: entry('a1'), topics: ['t1'] }]);
      const c = await addStory(writer, [
        { item: entry('c1'), topics: ['t3', 't2'] },
        { item: entry('c2'), topics: ['t2'] },
      ]);
      const topics = await writer.mergeStories(a, [c], LATER);
      await writer.refreshStory(a, LATER, true);
      return { a, c, topics };
    });
    expect(topics).toEqual(['t2', 't3']);
    const members = await opened.query('SELECT key, story_id AS story FROM entries ORDER BY key');
    expect(members).toEqual([
      { key: 'a1', story: a },
      { key: 'c1', story: a },
      { key: 'c2', story: a },
    ]);
    expect(await opened.query('SELECT id FROM stories')).toEqual([{ id: a }]);
    expect(await opened.query('SELECT count(*) AS n FROM entry_fingerprints')).toEqual([{ n: 3 }]);
    expect(await opened.query('SELECT story_id AS s FROM story_claims')).toEqual([{ s: a }]);
    const storyTopics = await opened.query(
      'SELECT story_id AS s, topic_id AS t FROM story_topics ORDER BY topic_id',
    );
    expect(storyTopics).toEqual(['t1', 't2', 't3'].map((t) => ({ s: a, t })));
    expect(
      await opened.query(
        'SELECT story_id AS s, into_story_id AS i, merged_at AS at FROM story_merges',
      ),
    ).toEqual([{ s: c, i: a, at: LATER.toISOString() }]);
    expect((await reader.readStory(a))?.members.map((m) => m.title).sort()).toEqual([
      'Title a1',
      'Title c1',
      'Title c2',
    ]);
    expect(await reader.readStory(c)).toBeUndefined();
    expect(await reader.findMergedStory(c)).toBe(a);
    expect(await reader.findMergedStory(a)).toBeUndefined();
    expect(await reader.findMergedStory(987_654)).toBeUndefined();
  });

  it('gives the merges recorded after an id, in order', async () => {
    const [a, b, c, d] = await store.write(async (writer) => {
      const ids = [];
      for (const key of ['a', 'b', 'c', 'd']) ids.push(await single(writer, key));
      return ids as [number, number, number, number];
    });
    await store.write((writer) => writer.mergeStories(a, [d, c], NOW));
    await store.write((writer) => writer.mergeStories(a, [b], LATER));
    const all = await store.write((writer) => writer.readStoryMergesAfter(0));
    expect(all.map(({ storyId, intoStoryId }) => [storyId, intoStoryId])).toEqual([
      [c, a],
      [d, a],
      [b, a],
    ]);
    expect(all[1]?.id).toBeGreaterThan(all[0]?.id ?? Infinity);
    expect(all[2]?.id).toBeGreaterThan(all[1]?.id ?? Infinity);
    const after = await store.write((writer) => writer.readStoryMergesAfter(all[1]?.id ?? 0));
    expect(after).toEqual([all[2]]);
    expect(await store.write((writer) => writer.readStoryMergesAfter(all[2]?.id ?? 0))).toEqual([]);
  });

  it('follows merges in turn: C into B, then B into A, leads both to A', async () => {
    const [a, b, c] = await store.write(async (writer) => [
      await single(writer, 'a'),
      await single(writer, 'b'),
      await single(writer, 'c'),
    ]);
    await store.write((writer) => writer.mergeStories(b, [c], NOW));
    expect(await reader.findMergedStory(c)).toBe(b);
    await store.write((writer) => writer.mergeStories(a, [b], LATER));
    expect(await reader.findMergedStory(c)).toBe(a);
    expect(await reader.findMergedStory(b)).toBe(a);
    const merges = await store.write((writer) => writer.readStoryMergesAfter(0));
    expect(merges.map(({ storyId, intoStoryId }) => [storyId, intoStoryId])).toEqual([
      [c, a],
      [b, a],
    ]);
    const entries = await opened.query('SELECT DISTINCT story_id AS s FROM entries');
    expect(entries).toEqual([{ s: a }]);
  });

  it('skips the survivor and unknown ids, and refuses an unknown survivor (nothing written)', async () => {
    const [a, b] = await store.write(async (writer) => [
      await single(writer, 'a'),
      await single(writer, 'b'),
    ]);
    expect(await store.write((writer) => writer.mergeStories(a, [a, 999_999], NOW))).toEqual([]);
    expect(await store.write((writer) => writer.readStoryMergesAfter(0))).toEqual([]);
    await expect(store.write((writer) => writer.mergeStories(999_999, [b], NOW))).rejects.toThrow(
      /story 999999 does not exist/,
    );
    expect(await opened.query('SELECT id FROM stories ORDER BY id')).toEqual([
      { id: a },
      { id: b },
    ]);
    expect(await opened.query('SELECT count(*) AS n FROM story_merges')).toEqual([{ n: 0 }]);
  });

  it('never gives a new story the id of a merged-away one, and never redirects a live story', async () => {
    // The merged-away story is the newest: SQLite would hand its id out again.
    const [a, c] = await store.write(async (writer) => [
      await single(writer, 'a'),
      await single(writer, 'c'),
    ]);
    await store.write((writer) => writer.mergeStories(a, [c], NOW));
    const d = await store.write((writer) => single(writer, 'd'));
    expect(d).toBeGreaterThan(c);
    expect(await reader.findMergedStory(c)).toBe(a);
    expect((await reader.readStory(d))?.title).toBe('Title d');
    // A merge row naming a live story (as an id reused before this table existed) is ignored.
    await opened.query(
      'INSERT INTO story_merges (story_id, into_story_id, merged_at) VALUES (?, ?, ?)',
      [d, a, NOW.toISOString()],
    );
    expect(await reader.findMergedStory(d)).toBeUndefined();
  });

  it('drops the redirects into a story when retention removes it, and keeps them while it lives', async () => {
    const old = '2026-01-01T00:00:00.000Z';
    const [a, b, c] = await store.write(async (writer) => [
      await single(writer, 'a', old),
      await single(writer, 'b', old),
      await single(writer, 'c'),
    ]);
    await store.write(async (writer) => {
      await writer.mergeStories(a, [b], NOW);
      await writer.mergeStories(c, [a], NOW);
    });
    const prune = { sourceId: 'src', cutoff: new Date('2026-02-01T00:00:00.000Z'), now: LATER };
    const pruned = await store.write((writer) => writer.pruneEntries(prune));
    expect(pruned).toMatchObject({ entries: 2, stories: 0, keptStoryIds: [c] });
    expect(await reader.findMergedStory(a)).toBe(c);
    expect(await reader.findMergedStory(b)).toBe(c);
    const all = { ...prune, cutoff: new Date('2026-04-01T00:00:00.000Z') };
    expect(await store.write((writer) => writer.pruneEntries(all))).toMatchObject({ stories: 1 });
    expect(await reader.findMergedStory(a)).toBeUndefined();
    expect(await reader.findMergedStory(b)).toBeUndefined();
    expect(await opened.query('SELECT count(*) AS n FROM story_merges')).toEqual([{ n: 0 }]);
  });
});
