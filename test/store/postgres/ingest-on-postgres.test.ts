import { afterAll, beforeAll, expect, it } from 'vitest';
import { StoryIndex } from '../../../src/clusterer/index.js';
import { type Config, parseConfig } from '../../../src/config/index.js';
import {
  catchUpStoryWindow,
  ingestEntries,
  loadStoryWindowFrom,
} from '../../../src/ingest/index.js';
import { pruneSource } from '../../../src/ingest/ingest-entries.js';
import type { NormalizedEntry } from '../../../src/model/index.js';
import {
  createSqliteIngestWriter,
  createSqliteSourceStore,
  type IngestStore,
  type IngestWriter,
  runTransaction,
} from '../../../src/store/index.js';
import { createPostgresIngestStore } from '../../../src/store/postgres/postgres-ingest-store.js';
import { createPostgresSourceStore } from '../../../src/store/postgres/postgres-source-store.js';
import { loadCorpus } from '../../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../../helpers/normalize-corpus.js';
import { describeWithPostgres } from '../../helpers/postgres-cluster.js';
import { scorePairwise } from '../../helpers/score-pairwise.js';
import { type OpenedStore, storeBackends } from '../../helpers/store-backends.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const backends = storeBackends();

/** The corpus's entries, one list per source, each source id suffixed (a copy of the corpus). */
function copyOfCorpus(entries: NormalizedEntry[], suffix: string): Map<string, NormalizedEntry[]> {
  const bySource = new Map<string, NormalizedEntry[]>();
  for (const entry of entries) {
    const sourceId = `${entry.sourceId}${suffix}`;
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), { ...entry, sourceId }]);
  }
  return bySource;
}

function configFor(sourceIds: string[], retentionDays = 0): Config {
  const sources = sourceIds.map((id) => `  - { id: ${id}, url: "https://example.org/${id}" }`);
  return parseConfig(
    `database: ":memory:"\nretention: { days: ${retentionDays} }\nsources:\n${sources.join('\n')}\n`,
    '/cfg/topicfeed.yaml',
  );
}

/** What retention leaves, in a form both backends give alike. */
async function retentionState(opened: OpenedStore): Promise<Record<string, unknown>> {
  const queries = {
    entries: 'SELECT source_id AS s, key AS k FROM entries ORDER BY 1, 2',
    tombstones: 'SELECT source_id AS s, key AS k FROM entry_tombstones ORDER BY 1, 2',
    stories: 'SELECT count(*) AS n FROM stories',
    claims: 'SELECT count(*) AS n FROM story_claims',
    readings: 'SELECT count(*) AS n FROM entry_claim_readings',
  };
  const state: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries(queries))
    state[name] = opened.db ? opened.db.prepare(sql).all() : (await opened.pool?.query(sql))?.rows;
  return state;
}

/** Story of each (source, key), as stored. */
async function storiesOf(opened: OpenedStore): Promise<Map<string, number>> {
  const sql = 'SELECT source_id AS s, key AS k, story_id AS story FROM entries';
  const rows = (
    opened.db ? opened.db.prepare(sql).all() : (await opened.pool?.query(sql))?.rows
  ) as { s: string; k: string; story: number }[];
  return new Map(rows.map((row) => [`${row.s}\n${row.k}`, row.story]));
}

describeWithPostgres('ingest on PostgreSQL', () => {
  let entries: NormalizedEntry[];
  let labels: { key: string; story: string; crossLingual: boolean }[];
  beforeAll(async () => {
    const corpus = loadCorpus('newsroom');
    const items = await normalizeCorpus(corpus, NOW);
    entries = items.map((item) => item.entry);
    labels = items.map((item) => {
      const label = corpus.items[item.index];
      return {
        key: `${item.entry.sourceId}\n${item.entry.key}`,
        story: label?.story ?? '',
        crossLingual: label?.crossLingual ?? false,
      };
    });
  });
  afterAll(() => backends.stop());

  it('places a corpus into the same stories as SQLite, through the same orchestrator', async () => {
    const copy = copyOfCorpus(entries, '');
    const config = configFor([...copy.keys()]);
    const results: Map<string, number>[] = [];
    for (const kind of ['sqlite', 'postgres'] as const) {
      const opened = await backends.open(kind);
      try {
        const index = new StoryIndex({ windowHours: config.stories.windowMs / 3_600_000 });
        if (opened.db) {
          await createSqliteSourceStore(opened.db).syncSources(config.sources);
          const writer = createSqliteIngestWriter(opened.db);
          for (const list of copy.values())
            await runTransaction(opened.db, () => ingestEntries(writer, config, index, list, NOW));
        } else {
          const pool = opened.pool as NonNullable<OpenedStore['pool']>;
          await createPostgresSourceStore(pool).syncSources(config.sources);
          const store = createPostgresIngestStore(pool);
          for (const list of copy.values())
            await store.write((writer) => ingestEntries(writer, config, index, list, NOW));
        }
        results.push(await storiesOf(opened));
      } finally {
        await opened.close();
      }
    }
    const [sqlite, postgres] = results as [Map<string, number>, Map<string, number>];
    expect(postgres.size).toBe(sqlite.size);
    const partition = (stories: Map<string, number>) => {
      const groups = new Map<number, string[]>();
      for (const [key, story] of stories) groups.set(story, [...(groups.get(story) ?? []), key]);
      return [...groups.values()].map((keys) => keys.sort().join('|')).sort();
    };
    expect(partition(postgres)).toEqual(partition(sqlite));
  });

  it('prunes by retention as SQLite does: the same entries, tombstones, stories and claims left', async () => {
    const copy = copyOfCorpus(entries, '');
    const dates = entries.map((entry) => entry.publishedAt).sort();
    const pruneAt = new Date(
      Date.parse(dates[Math.floor(dates.length / 2)] as string) + 86_400_000,
    );
    const keep = configFor([...copy.keys()]);
    const prune = configFor([...copy.keys()], 1);
    const states: Record<string, unknown>[] = [];
    for (const kind of ['sqlite', 'postgres'] as const) {
      const opened = await backends.open(kind);
      try {
        const index = new StoryIndex();
        const write = async (work: (writer: IngestWriter) => Promise<unknown>) => {
          if (opened.db) {
            const writer = createSqliteIngestWriter(opened.db);
            await runTransaction(opened.db, () => work(writer));
          } else await createPostgresIngestStore(opened.pool as never).write(work);
        };
        const sources = opened.db
          ? createSqliteSourceStore(opened.db)
          : createPostgresSourceStore(opened.pool as never);
        await sources.syncSources(keep.sources);
        for (const list of copy.values())
          await write((writer) => ingestEntries(writer, keep, index, list, NOW));
        for (const sourceId of copy.keys())
          await write((writer) => pruneSource(writer, prune, index, sourceId, pruneAt));
        states.push(await retentionState(opened));
      } finally {
        await opened.close();
      }
    }
    const [sqlite, postgres] = states as [Record<string, unknown[]>, Record<string, unknown[]>];
    expect((sqlite.tombstones as unknown[]).length).toBeGreaterThan(0);
    expect((sqlite.entries as unknown[]).length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });

  it('two pollers storing copies of one story at once make one story (window lock + catch-up)', async () => {
    const opened = await backends.open('postgres');
    const pool = opened.pool as NonNullable<OpenedStore['pool']>;
    try {
      const copies = [copyOfCorpus(entries, '-a'), copyOfCorpus(entries, '-b')];
      const config = configFor(copies.flatMap((copy) => [...copy.keys()]));
      await createPostgresSourceStore(pool).syncSources(config.sources);
      const poll = async (store: IngestStore, copy: Map<string, NormalizedEntry[]>) => {
        const index = await loadStoryWindowFrom(store, config.stories.windowMs);
        for (const list of copy.values())
          await store.write(async (writer) => {
            await catchUpStoryWindow(writer, index);
            return ingestEntries(writer, config, index, list, NOW);
          });
      };
      await Promise.all(copies.map((copy) => poll(createPostgresIngestStore(pool), copy)));
      const stories = await storiesOf(opened);
      expect(stories.size).toBe(labels.length * 2);
      for (const label of labels) {
        const [source, key] = label.key.split('\n') as [string, string];
        expect(stories.get(`${source}-a\n${key}`)).toBe(stories.get(`${source}-b\n${key}`));
      }
      const storyIds = labels.map((label) => {
        const [source, key] = label.key.split('\n') as [string, string];
        return stories.get(`${source}-a\n${key}`) as number;
      });
      const figures = scorePairwise(labels, storyIds).sameLanguage;
      expect(figures.precision).toBeGreaterThanOrEqual(0.98);
      expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    } finally {
      await opened.close();
    }
  });
});
