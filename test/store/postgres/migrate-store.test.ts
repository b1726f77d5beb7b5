import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { StoryIndex } from '../../../src/clusterer/index.js';
import { parseConfig } from '../../../src/config/index.js';
import { ingestEntries } from '../../../src/ingest/index.js';
import {
  createPostgresStoryReader,
  createSqliteIngestWriter,
  createSqliteSourceStore,
  createSqliteStoryReader,
  type Db,
  migrate,
  openDatabase,
  openPostgresPool,
  type PgPool,
  runTransaction,
} from '../../../src/store/index.js';
import { loadCorpus } from '../../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../../helpers/normalize-corpus.js';
import {
  describeWithPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from '../../helpers/postgres-cluster.js';
import { runTopicfeed } from '../../helpers/run-cli.js';
import { MIGRATIONS } from '../../helpers/store-backends.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const TABLES = [
  'sources',
  'stories',
  'entries',
  'story_topics',
  'entry_topics',
  'story_claims',
  'story_merges',
];

describeWithPostgres('topicfeed migrate-store', () => {
  let cluster: PostgresCluster;
  let file: string;
  let db: Db;
  let url: string;
  let pool: PgPool;
  let merged: { oldest: number; newest: number };
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase('migrated');
    pool = openPostgresPool(url);
    file = join(mkdtempSync(join(tmpdir(), 'tf-migrate-')), 'topicfeed.db');
    db = openDatabase(file);
    migrate(db, MIGRATIONS);
    const entries = (await normalizeCorpus(loadCorpus('newsroom'), NOW)).map((item) => item.entry);
    const ids = [...new Set(entries.map((entry) => entry.sourceId))];
    const config = parseConfig(
      `retention: { days: 0 }\nsources:\n${ids.map((id) => `  - { id: ${id}, url: "https://example.org/${id}" }`).join('\n')}\ntopics:\n  - { id: belarus, title: Belarus, query: "belarus* OR беларус*" }\n`,
      '/cfg/topicfeed.yaml',
    );
    await createSqliteSourceStore(db).syncSources(config.sources);
    const writer = createSqliteIngestWriter(db);
    const index = new StoryIndex();
    for (const id of ids) {
      const list = entries.filter((entry) => entry.sourceId === id);
      await runTransaction(db, () => ingestEntries(writer, config, index, list, NOW));
    }
    // The newest story merged into the oldest: its id is past every stored story's.
    const [oldest, newest] = db.prepare('SELECT min(id), max(id) FROM stories').raw().get() as [
      number,
      number,
    ];
    await runTransaction(db, async () => {
      await writer.mergeStories(oldest, [newest], NOW);
      await writer.refreshStory(oldest, NOW, true);
    });
    merged = { oldest, newest };
  }, 60_000);
  afterAll(async () => {
    db?.close();
    await pool?.end();
    await cluster?.stop();
  });

  it('copies sources, stories, entries, memberships, topics and claims; the feeds read the same', async () => {
    const run = await runTopicfeed(['migrate-store', '--from', file, '--to', url]);
    expect(run, run.err).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/copied .* to postgres:\/\/postgres@127\.0\.0\.1:\d+\/migrated/);
    for (const table of TABLES) {
      const sqlite = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const postgres = await pool.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      expect(postgres.rows[0]?.n, table).toBe(sqlite);
      expect(sqlite, table).toBeGreaterThan(0);
    }
    for (const topic of ['all', 'belarus']) {
      const request = { topic, limit: 0 };
      const before = await createSqliteStoryReader(db).readTopicPage(request);
      const after = await createPostgresStoryReader(pool).readTopicPage(request);
      expect(after).toEqual(before);
    }
    const next = await pool.query<{ id: number }>(
      `INSERT INTO stories (guid, published_at, created_at, updated_at) VALUES ('new', 'x', 'x', 'x') RETURNING id`,
    );
    // Past the merged-away story's id, whose page redirects to the story it was merged into.
    expect(next.rows[0]?.id).toBe(merged.newest + 1);
    expect(await createPostgresStoryReader(pool).findMergedStory(merged.newest)).toBe(
      merged.oldest,
    );
    const merge = await pool.query<{ id: number }>(
      `INSERT INTO story_merges (story_id, into_story_id, merged_at) VALUES (0, $1, 'x') RETURNING id`,
      [merged.oldest],
    );
    expect(merge.rows[0]?.id).toBe(2);
  });

  it('refuses a PostgreSQL database that already holds stories', async () => {
    const run = await runTopicfeed(['migrate-store', '--from', file, '--to', url]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/already holds stories or entries/);
  });
});
