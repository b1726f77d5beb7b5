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
  type IngestWriter,
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

const NOW = new Date('2026-03-01T12:00:00.000Z');

function entry(sourceId: string, key: string, publishedAt: string): NormalizedEntry {
  return {
    sourceId,
    key,
    link: `https://example.org/${sourceId}/${key}`,
    title: `Title ${sourceId} ${key}`,
    contentHtml: `<p>${key}</p>`,
    text: key,
    summary: key,
    publishedAt,
    hasFeedDate: true,
    categories: [],
    contentHash: `h-${sourceId}-${key}`,
    warnings: [],
  };
}

/** Adds members to a story (a new one when `storyId` is undefined), in topic `pp` when asked. */
async function addMembers(
  writer: IngestWriter,
  members: NormalizedEntry[],
  inTopic: boolean,
  storyId?: number,
): Promise<number> {
  const first = members[0] as NormalizedEntry;
  const story = storyId ?? (await writer.createStory(first, NOW));
  for (const member of members) {
    const id = await writer.insertEntry(
      member,
      { storyId: story, score: 0.9, signals: ['title'] },
      NOW,
    );
    if (inTopic) await writer.replaceEntryTopics(id, [{ topicId: 'pp', score: 3, terms: [] }]);
  }
  await writer.refreshStory(story, NOW, true);
  return story;
}

describeEachBackend('StoryReader', (kind: BackendKind) => {
  let opened: OpenedStore;
  let reader: StoryReader;
  /** Oldest to newest: a story of two members in pp, one alone, one in pp. */
  let stories: number[];
  beforeEach(async () => {
    opened = await backends.open(kind);
    const sources = [
      { id: 'a', url: 'https://example.org/a', intervalMs: 600_000, preferred: false },
      { id: 'b', url: 'https://example.org/b', intervalMs: 600_000, preferred: true },
    ];
    const ingest = opened.db
      ? createSqliteIngestStore(opened.db, createWriteLock())
      : createPostgresIngestStore(opened.pool as PgPool);
    await (opened.db
      ? createSqliteSourceStore(opened.db)
      : createPostgresSourceStore(opened.pool as PgPool)
    ).syncSources(sources);
    stories = await ingest.write(async (writer) => [
      await addMembers(
        writer,
        [entry('a', '1', '2026-03-01T08:00:00.000Z'), entry('b', '1', '2026-03-01T09:00:00.000Z')],
        true,
      ),
      await addMembers(writer, [entry('a', '2', '2026-03-01T10:00:00.000Z')], false),
      await addMembers(writer, [entry('a', '3', '2026-03-01T11:00:00.000Z')], true),
    ]);
    reader = opened.db
      ? createSqliteStoryReader(opened.db)
      : createPostgresStoryReader(opened.pool as PgPool);
  });
  afterEach(() => opened.close());

  it('pages a topic newest first and says whether an older page follows', async () => {
    const [old, , newest] = stories;
    const first = await reader.readTopicPage({ topic: 'pp', limit: 1 });
    expect(first.stories.map((s) => s.id)).toEqual([newest]);
    expect(first.hasNext).toBe(true);
    const second = await reader.readTopicPage({ topic: 'pp', limit: 1, page: 2 });
    expect(second.stories.map((s) => s.id)).toEqual([old]);
    expect(second.hasNext).toBe(false);
    const all = await reader.readTopicPage({ topic: 'all', limit: 0 });
    expect(all.stories.map((s) => s.id)).toEqual([...stories].reverse());
    expect(all.hasNext).toBe(false);
  });

  it('reads one story with its representative first (a preferred source wins) and its topics', async () => {
    const story = await reader.readStory(stories[0] as number);
    expect(story).toMatchObject({
      id: stories[0],
      title: 'Title b 1',
      topics: ['pp'],
      publishedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(story?.members.map((m) => m.sourceId)).toEqual(['b', 'a']);
    expect(await reader.readStory(999_999)).toBeUndefined();
  });

  it('counts the stories of a topic and of all', async () => {
    expect(await reader.countStories('all')).toBe(3);
    expect(await reader.countStories('pp')).toBe(2);
    expect(await reader.countStories('nothing')).toBe(0);
  });
});
