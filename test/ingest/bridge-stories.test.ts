import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { StoryIndex } from '../../src/clusterer/index.js';
import {
  catchUpStoryWindow,
  ingestEntries,
  loadStoryWindowFrom,
  placeEntry,
  refreshClaimsAfterPoll,
} from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import type { IngestStore } from '../../src/store/index.js';
import {
  OFFICIAL_REACTION,
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
} from '../clusterer/made-up-stories.js';
import {
  describeEachBackend,
  type OpenedStore,
  openIngestStore,
  storeBackends,
} from '../helpers/store-backends.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const NOW = new Date('2025-03-11T12:00:00.000Z');
const WINDOW_MS = 72 * 3_600_000;

/** A made-up story as one source's entry, published the morning of NOW. */
function report(
  sourceId: string,
  key: string,
  story: { title: string; text: string },
): NormalizedEntry {
  return {
    sourceId,
    key,
    guid: key,
    link: `https://${sourceId}.example/${key}`,
    url: `https://${sourceId}.example/${key}`,
    title: story.title,
    contentHtml: `<p>${story.text}</p>`,
    text: story.text,
    summary: story.text,
    publishedAt: '2025-03-11T08:00:00.000Z',
    hasFeedDate: true,
    categories: [],
    contentHash: `hash-${key}`,
    warnings: [],
  };
}

describeEachBackend('an entry that agrees with two stories', (kind) => {
  let opened: OpenedStore;
  let store: IngestStore;
  beforeEach(async () => {
    opened = await backends.open(kind);
    store = await openIngestStore(opened, ['en', 'ru', 'wire']);
  });
  afterEach(() => opened.close());

  /** Two copies of one trial that founded two stories (each placed against an empty window, as
   * if nothing tied them when they arrived), and an unrelated story; the Russian copy's story is
   * in topic `pp`. */
  async function splitStory() {
    const place = (entry: NormalizedEntry) =>
      store.write((writer) => placeEntry(writer, new StoryIndex(), entry, WINDOW_MS, NOW));
    const english = await place(report('en', 'trial', TRIAL_ORIGINAL));
    const russian = await place(report('ru', 'trial', TRIAL_RUSSIAN));
    const other = await place(report('wire', 'reaction', OFFICIAL_REACTION));
    await store.write(async (writer) => {
      await writer.replaceEntryTopics(russian.entryId, [
        { topicId: 'pp', score: 3, terms: ['суд'] },
      ]);
      await writer.refreshStory(russian.storyId, NOW, true);
    });
    return { english, russian, other };
  }

  const storyOfEntries = async () =>
    Object.fromEntries(
      (await opened.query('SELECT id, story_id FROM entries ORDER BY id')).map((row) => [
        Number(row.id),
        Number(row.story_id),
      ]),
    );

  it('merges them into the older one, in the store and in the window, every entry kept', async () => {
    const { english, russian, other } = await splitStory();
    expect(russian.storyId).not.toBe(english.storyId);
    const window = await loadStoryWindowFrom(store, WINDOW_MS);
    const rewrite = await store.write((writer) =>
      window.track(() =>
        placeEntry(writer, window, report('wire', 'rewrite', TRIAL_REWRITE), WINDOW_MS, NOW),
      ),
    );
    expect(rewrite).toMatchObject({
      storyId: english.storyId,
      merged: [russian.storyId],
      mergedTopics: ['pp'],
    });
    const joined = await opened.query('SELECT join_signals FROM entries WHERE id = ?', [
      rewrite.entryId,
    ]);
    expect(String(joined[0]?.join_signals)).toContain(`bridged:${russian.storyId}`);
    expect(await storyOfEntries()).toEqual({
      [english.entryId]: english.storyId,
      [russian.entryId]: english.storyId,
      [other.entryId]: other.storyId,
      [rewrite.entryId]: english.storyId,
    });
    const stories = await opened.query('SELECT id FROM stories ORDER BY id');
    expect(stories.map((row) => Number(row.id))).toEqual([english.storyId, other.storyId]);
    const members = window.members(english.storyId).map((member) => member.entryId);
    expect(members).toEqual([english.entryId, russian.entryId, rewrite.entryId]);
    expect(window.members(russian.storyId)).toEqual([]);
  });

  it("refreshes the survivor once a poll's entries are in: its topics are the merged story's too", async () => {
    const { english, russian } = await splitStory();
    const window = await loadStoryWindowFrom(store, WINDOW_MS);
    const config = { topics: [], retention: { days: 0 }, stories: { windowMs: WINDOW_MS } };
    const counts = await store.write((writer) =>
      window.track(() =>
        ingestEntries(
          writer,
          config as never,
          window,
          [report('wire', 'rewrite', TRIAL_REWRITE)],
          NOW,
        ),
      ),
    );
    expect(counts.newEntries).toBe(1);
    expect([...counts.changedTopics].sort()).toEqual(['all', 'pp']);
    const topics = await opened.query('SELECT topic_id, story_id FROM story_topics');
    expect(topics.map((row) => [row.topic_id, Number(row.story_id)])).toEqual([
      ['pp', english.storyId],
    ]);
    const claims = await opened.query('SELECT story_id FROM story_claims ORDER BY story_id');
    expect(claims.map((row) => Number(row.story_id))).not.toContain(russian.storyId);
  });

  it("leaves a story merged away alone when a poll's claims step comes to it", async () => {
    const { english, russian } = await splitStory();
    const window = await loadStoryWindowFrom(store, WINDOW_MS);
    await store.write((writer) =>
      window.track(() =>
        placeEntry(writer, window, report('wire', 'rewrite', TRIAL_REWRITE), WINDOW_MS, NOW),
      ),
    );
    // A poll that named both stories before the merge computes their claims after it.
    await refreshClaimsAfterPoll(store, [russian.storyId, english.storyId], NOW);
    const claims = await opened.query('SELECT story_id FROM story_claims ORDER BY story_id');
    expect(claims.map((row) => Number(row.story_id))).toEqual([english.storyId]);
  });

  it("another poller's window follows the merge before it places anything", async () => {
    const { english, russian } = await splitStory();
    const bridging = await loadStoryWindowFrom(store, WINDOW_MS);
    const elsewhere = await loadStoryWindowFrom(store, WINDOW_MS);
    const rewrite = await store.write((writer) =>
      bridging.track(() =>
        placeEntry(writer, bridging, report('wire', 'rewrite', TRIAL_REWRITE), WINDOW_MS, NOW),
      ),
    );
    expect(elsewhere.members(russian.storyId)).toHaveLength(1);
    await store.write((writer) => catchUpStoryWindow(writer, elsewhere));
    const members = elsewhere.members(english.storyId).map((member) => member.entryId);
    // SQLite: one process writes the file, so there are no other pollers' entries to catch up.
    const caughtUp = kind === 'postgres' ? [rewrite.entryId] : [];
    expect(members).toEqual([english.entryId, russian.entryId, ...caughtUp]);
    expect(elsewhere.members(russian.storyId)).toEqual([]);
    expect(elsewhere.lastMergeId).toBeGreaterThan(0);
  });

  it('forgets the merge in the window when the transaction rolls back, and the store keeps both', async () => {
    const { english, russian } = await splitStory();
    const window = await loadStoryWindowFrom(store, WINDOW_MS);
    await expect(
      store.write((writer) =>
        window.track(async () => {
          await placeEntry(
            writer,
            window,
            report('wire', 'rewrite', TRIAL_REWRITE),
            WINDOW_MS,
            NOW,
          );
          throw new Error('rolled back');
        }),
      ),
    ).rejects.toThrow('rolled back');
    expect(window.members(russian.storyId).map((member) => member.entryId)).toEqual([
      russian.entryId,
    ]);
    expect(window.members(english.storyId).map((member) => member.entryId)).toEqual([
      english.entryId,
    ]);
    const stories = await opened.query('SELECT id FROM stories ORDER BY id');
    expect(stories.map((row) => Number(row.id))).toContain(russian.storyId);
  });
});
