import { describe, expect, it } from 'vitest';
import { foldDocument, packFoldedDocument } from '../../src/classifier/index.js';
import { fingerprintEntry, StoryIndex } from '../../src/clusterer/index.js';
import { parseConfig } from '../../src/config/index.js';
import { ingestEntries } from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import {
  createSqliteIngestStore,
  createWriteLock,
  migrate,
  openDatabase,
  syncSources,
} from '../../src/store/index.js';
import type { EntryPreparation } from '../../src/worker/index.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

const ENTRY: NormalizedEntry = {
  sourceId: 'harbour',
  key: 'guid:1',
  title: 'Dock workers in Klaipeda extend their strike',
  contentHtml: '<p>Dock workers voted on Monday to extend the strike.</p>',
  text: 'Dock workers voted on Monday to extend the strike by two weeks.',
  summary: 'Dock workers voted on Monday to extend the strike.',
  publishedAt: '2026-03-01T08:00:00.000Z',
  hasFeedDate: true,
  categories: [],
  contentHash: 'hash-1',
  warnings: [],
};

/**
 * A preparation made for `entry`, its fingerprint marked so that its use shows in the store and
 * the index, its features' JSON indented so that a copy encoded again would differ.
 */
function markedPreparation(entry: NormalizedEntry): EntryPreparation {
  const { keys, features } = fingerprintEntry(entry);
  return {
    fingerprint: {
      keys,
      features: JSON.stringify({ ...features, titleKey: 'made-in-the-worker' }, null, 1),
    },
    document: packFoldedDocument(foldDocument(entry)),
  };
}

/** The stored features' JSON and the features the story index holds for the one entry stored. */
async function stored(
  entries: NormalizedEntry[],
  prepared: WeakMap<NormalizedEntry, EntryPreparation>,
) {
  const config = parseConfig(
    'database: ":memory:"\nsources:\n  - { id: harbour, url: "https://example.org/h" }\n',
    '/cfg/topicfeed.yaml',
  );
  const db = openDatabase(':memory:');
  migrate(db, 'migrations');
  syncSources(db, config.sources);
  const store = createSqliteIngestStore(db, createWriteLock());
  const index = new StoryIndex({ windowHours: config.stories.windowMs / 3_600_000 });
  await store.write((writer) =>
    ingestEntries(writer, config, index, entries, NOW, { preparations: prepared }),
  );
  const row = db
    .prepare(
      'SELECT story_id AS storyId, features FROM entry_fingerprints JOIN entries ON id = entry_id',
    )
    .get() as {
    storyId: number;
    features: string;
  };
  db.close();
  return { json: row.features, inIndex: index.members(row.storyId)[0]?.features };
}

describe('ingestEntries with what the parse job prepared', () => {
  it('places an entry with the fingerprint prepared for it and stores its JSON as made', async () => {
    const preparation = markedPreparation(ENTRY);
    const { json, inIndex } = await stored([ENTRY], new WeakMap([[ENTRY, preparation]]));
    expect(json).toBe(preparation.fingerprint.features);
    expect(inIndex?.titleKey).toBe('made-in-the-worker');
  });

  it('fingerprints an entry a later step replaced (an article applied) from its own text', async () => {
    const prepared = new WeakMap([[ENTRY, markedPreparation(ENTRY)]]);
    const withArticle = { ...ENTRY, text: `${ENTRY.text} The port authority said talks resume.` };
    const { json, inIndex } = await stored([withArticle], prepared);
    expect(json).toBe(JSON.stringify(fingerprintEntry(withArticle).features));
    expect(inIndex?.titleKey).toBe(fingerprintEntry(withArticle).features.titleKey);
  });
});
