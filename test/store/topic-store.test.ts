import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import {
  createPostgresTopicStore,
  createSqliteTopicStore,
  createWriteLock,
  type PgPool,
  type TopicStore,
  type WriteLock,
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
const T1 = '2025-05-02T12:00:00.000Z';

/** Entries 1 and 2 in story 10, entry 3 in story 20 (published a day later). */
async function seed(opened: OpenedStore): Promise<void> {
  await opened.query(
    "INSERT INTO sources (id, config_url, url, interval_ms) VALUES ('src', 'x', 'x', 1)",
  );
  for (const [id, storyId, at] of [
    [1, 10, T0],
    [2, 10, T0],
    [3, 20, T1],
  ] as const) {
    await opened.query(
      `INSERT INTO stories (id, guid, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (id) DO NOTHING`,
      [storyId, `story-${storyId}`, at, at, at],
    );
    await opened.query(
      `INSERT INTO entries (id, source_id, key, guid, url, title, content_html, text, summary,
        published_at, has_feed_date, content_hash, first_seen_at, last_seen_at, story_id)
       VALUES (?, 'src', ?, ?, ?, ?, '', ?, '', ?, 1, ?, ?, ?, ?)`,
      [
        id,
        `key-${id}`,
        `guid-${id}`,
        `https://example.org/${id}`,
        `Title ${id}`,
        `Text ${id}`,
        at,
        `h${id}`,
        at,
        at,
        storyId,
      ],
    );
  }
}

/** The store as an instance opens it: on SQLite with the process's one write lock. */
function topicStoreOf(opened: OpenedStore, lock: WriteLock): TopicStore {
  return opened.db
    ? createSqliteTopicStore(opened.db, lock)
    : createPostgresTopicStore(opened.pool as PgPool);
}

describeEachBackend('TopicStore', (kind: BackendKind) => {
  let opened: OpenedStore;
  let store: TopicStore;
  let lock: WriteLock;
  beforeEach(async () => {
    opened = await backends.open(kind);
    await seed(opened);
    lock = createWriteLock();
    store = topicStoreOf(opened, lock);
  });
  afterEach(() => opened.close());

  it('finds an entry by id (with or without #), guid or url, and the members of its story', async () => {
    expect((await store.findEntriesByReference('1')).map((e) => e.id)).toEqual([1]);
    expect((await store.findEntriesByReference('#3')).map((e) => e.id)).toEqual([3]);
    expect(await store.findEntriesByReference('guid-2')).toEqual([
      { id: 2, sourceId: 'src', key: 'key-2', title: 'Title 2', text: 'Text 2', storyId: 10 },
    ]);
    const byUrl = await store.findEntriesByReference(' https://example.org/3 ');
    expect(byUrl.map((e) => e.id)).toEqual([3]);
    expect(await store.findEntriesByReference('nothing')).toEqual([]);
    expect((await store.findStoryMembers(10)).map((e) => e.id)).toEqual([1, 2]);
  });

  it('records a label with the text, changes it, forgets it, and moves the stamp each time', async () => {
    const [entry] = await store.findEntriesByReference('1');
    if (!entry) throw new Error('no entry');
    const stamps = [await store.readTopicExampleStamp()];
    await store.write((w) => w.saveTopicExample('pp', entry, true, new Date(T0)));
    stamps.push(await store.readTopicExampleStamp());
    expect(await store.listTopicExamples()).toEqual([
      {
        topicId: 'pp',
        sourceId: 'src',
        entryKey: 'key-1',
        label: true,
        title: 'Title 1',
        text: 'Text 1',
        storyId: 10,
        labelledAt: T0,
        entryId: 1,
      },
    ]);
    await store.write((w) => w.saveTopicExample('pp', entry, false, new Date(T1)));
    stamps.push(await store.readTopicExampleStamp());
    expect((await store.listTopicExamples('pp')).map((row) => row.label)).toEqual([false]);
    expect(await store.listTopicExamples('other')).toEqual([]);
    expect(await store.write((w) => w.forgetTopicExample('pp', entry))).toBe(true);
    expect(await store.write((w) => w.forgetTopicExample('pp', entry))).toBe(false);
    stamps.push(await store.readTopicExampleStamp());
    // Each change moves the stamp; forgetting the last label is the empty store again.
    expect(stamps.slice(1).every((stamp, i) => stamp !== stamps[i])).toBe(true);
    expect(stamps[3]).toBe(stamps[0]);
  });

  it('keeps a label (and its text) after retention removed the entry, and after the topic went', async () => {
    const [entry] = await store.findEntriesByReference('3');
    if (!entry) throw new Error('no entry');
    await store.write((w) => w.saveTopicExample('pp', entry, true, new Date(T0)));
    await opened.query('DELETE FROM entries WHERE id = 3');
    await store.write((w) => w.dropTopic('pp'));
    expect(await store.listTopicExamples()).toMatchObject([
      { entryId: null, title: 'Title 3', label: true },
    ]);
  });

  it('keeps the weights a topic learned under the hash of its inputs, until the topic goes', async () => {
    expect(await store.readTopicModel('pp')).toBeUndefined();
    const model = {
      inputHash: 'abc',
      weights: { query: 0.5, charge: 0.7 },
      examples: 9,
      positives: 3,
    };
    await store.write((w) => w.writeTopicModel('pp', model, new Date(T0)));
    expect(await store.readTopicModel('pp')).toEqual(model);
    await store.write((w) => w.writeTopicModel('pp', { ...model, inputHash: 'def' }, new Date(T0)));
    expect((await store.readTopicModel('pp'))?.inputHash).toBe('def');
    await store.write((w) => w.dropTopic('pp'));
    expect(await store.readTopicModel('pp')).toBeUndefined();
  });

  it('keeps entry and story memberships and the version a topic was classified with', async () => {
    const match = { topicId: 'pp', score: 3, terms: ['prisoner'] };
    await store.write(async (w) => {
      await w.addEntryTopics(1, [match]);
      await w.addEntryTopics(3, [match, { topicId: 'sport', score: 1, terms: [] }]);
      await w.addEntryTopics(3, [{ ...match, score: 4 }]);
      expect(await w.rebuildStoryTopics('pp')).toBe(2);
      await w.writeTopicVersion('pp', 'hash-1', new Date(T0));
    });
    expect([...(await store.listTopicEntryIds('pp'))].sort()).toEqual([1, 3]);
    expect(await store.readTopicVersions()).toEqual(new Map([['pp', 'hash-1']]));
    expect((await store.listStoredTopicIds()).sort()).toEqual(['pp', 'sport']);
    const scores = await opened.query(
      "SELECT entry_id AS id, score FROM entry_topics WHERE topic_id = 'pp' ORDER BY entry_id",
    );
    expect(scores).toEqual([
      { id: 1, score: 3 },
      { id: 3, score: 4 },
    ]);
    await store.write(async (w) => {
      await w.writeTopicVersion('pp', 'hash-2', new Date(T1));
      await w.clearEntryTopics('sport');
      await w.dropTopic('pp');
    });
    expect(await store.readTopicVersions()).toEqual(new Map());
    expect(await store.listStoredTopicIds()).toEqual([]);
    expect(await opened.query('SELECT * FROM story_topics')).toEqual([]);
  });

  it('reads the entries classification needs, in id order and newest first', async () => {
    const after = await store.readEntryTextsAfter(1, 10);
    expect(after).toEqual([
      {
        id: 2,
        storyId: 10,
        sourceId: 'src',
        title: 'Title 2',
        text: 'Text 2',
        publishedAt: T0,
        storyPublishedAt: T0,
      },
      {
        id: 3,
        storyId: 20,
        sourceId: 'src',
        title: 'Title 3',
        text: 'Text 3',
        publishedAt: T1,
        storyPublishedAt: T1,
      },
    ]);
    expect((await store.readEntryTextsAfter(0, 2)).map((e) => e.id)).toEqual([1, 2]);
    expect((await store.readNewestEntryTexts(2, 0)).map((e) => e.id)).toEqual([3, 2]);
    expect((await store.readNewestEntryTexts(2, 2)).map((e) => e.id)).toEqual([1]);
  });

  it('rolls a transaction back when its work throws', async () => {
    const [entry] = await store.findEntriesByReference('1');
    if (!entry) throw new Error('no entry');
    const failing = store.write(async (w) => {
      await w.saveTopicExample('pp', entry, true, new Date(T0));
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await store.listTopicExamples()).toEqual([]);
  });

  it('runs exclusive work one at a time (PostgreSQL: two instances starting together)', async () => {
    const other = topicStoreOf(opened, lock);
    const events: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const first = store.exclusive(async () => {
      events.push('first in');
      entered();
      await held;
      events.push('first out');
    });
    await new Promise<void>((resolve) => {
      entered = resolve;
      if (events.includes('first in')) resolve();
    });
    const second = other.exclusive(async () => {
      events.push('second in');
    });
    // The second waits for the first, however long the first holds on.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(['first in', 'first out', 'second in']);
  });
});
