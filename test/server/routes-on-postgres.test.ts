import { afterAll, beforeAll, expect, it } from 'vitest';
import { StoryIndex } from '../../src/clusterer/index.js';
import { type Config, parseConfig } from '../../src/config/index.js';
import { ingestEntries } from '../../src/ingest/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import {
  createMetrics,
  FeedCache,
  FeedMaxAge,
  type RunningServer,
  type ServerContext,
  startServer,
} from '../../src/server/index.js';
import {
  createPostgresSearchStore,
  createPostgresStoryReader,
  createSqliteIngestWriter,
  createSqliteSourceStore,
  createSqliteStoryReader,
  openDatabase,
  type PgPool,
  runTransaction,
  type SourceStore,
  type StoryReader,
} from '../../src/store/index.js';
import { createPostgresIngestStore } from '../../src/store/postgres/postgres-ingest-store.js';
import { createPostgresSourceStore } from '../../src/store/postgres/postgres-source-store.js';
import { loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';
import { describeWithPostgres } from '../helpers/postgres-cluster.js';
import { type OpenedStore, storeBackends } from '../helpers/store-backends.js';
import { createSilentLogger } from './helpers/create-silent-logger.js';
import { httpGet } from './helpers/http-get.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const backends = storeBackends();

/** The newsroom corpus's sources and one topic matched by a common word of news prose. */
function configFor(entries: NormalizedEntry[]): Config {
  const ids = [...new Set(entries.map((entry) => entry.sourceId))];
  const sources = ids.map((id) => `  - { id: ${id}, url: "https://example.org/${id}" }`);
  return parseConfig(
    `database: ":memory:"\nretention: { days: 0 }\nsources:\n${sources.join('\n')}\n` +
      'topics:\n  - { id: officials, title: Officials, query: "minister* OR president* OR government*" }\n',
    '/cfg/topicfeed.yaml',
  );
}

/** Stores the corpus on one backend through the ingest orchestrator, one poll per source. */
async function store(opened: OpenedStore, config: Config, entries: NormalizedEntry[]) {
  const index = new StoryIndex({ windowHours: config.stories.windowMs / 3_600_000 });
  const bySource = new Map<string, NormalizedEntry[]>();
  for (const entry of entries)
    bySource.set(entry.sourceId, [...(bySource.get(entry.sourceId) ?? []), entry]);
  const sources = storesOf(opened).sources;
  await sources.syncSources(config.sources);
  if (opened.db) {
    const db = opened.db;
    const writer = createSqliteIngestWriter(db);
    for (const list of bySource.values())
      await runTransaction(db, () => ingestEntries(writer, config, index, list, NOW));
  } else {
    const ingest = createPostgresIngestStore(opened.pool as PgPool);
    for (const list of bySource.values())
      await ingest.write((writer) => ingestEntries(writer, config, index, list, NOW));
  }
  // Two sources polled (their state for /, /opml and /metrics), the last one gone from the config.
  const [first, second] = config.sources;
  for (const [i, source] of [first, second].entries())
    await sources.recordPoll(source?.id ?? '', {
      lastAttemptAt: `2026-03-01T11:5${i}:00.000Z`,
      lastSuccessAt: `2026-03-01T11:5${i}:00.000Z`,
      lastStatus: 200,
      lastOutcome: 'ok',
      feedTitle: `Feed ${i}`,
      siteUrl: `https://example.org/site/${i}`,
    });
  await sources.syncSources(config.sources.slice(0, -1));
}

/** The source and story stores of one backend, as the server reads them. */
function storesOf(opened: OpenedStore): { sources: SourceStore; stories: StoryReader } {
  if (opened.db)
    return {
      sources: createSqliteSourceStore(opened.db),
      stories: createSqliteStoryReader(opened.db),
    };
  const pool = opened.pool as PgPool;
  return { sources: createPostgresSourceStore(pool), stories: createPostgresStoryReader(pool) };
}

/** Three full-text article fetches of one source's entries, two fetched and one failed. */
async function storeArticleFetches(opened: OpenedStore, entries: NormalizedEntry[]) {
  const first = entries[0] as NormalizedEntry;
  const mine = entries.filter((entry) => entry.sourceId === first.sourceId).slice(0, 3);
  for (const [i, entry] of mine.entries()) {
    const row = [
      entry.sourceId,
      entry.key,
      `https://example.org/article/${i}`,
      i < 2 ? 'ok' : 'failed',
      i < 2 ? null : 'HTTP 503',
      `2026-03-01T11:0${i}:00.000Z`,
    ];
    const columns = 'source_id, key, url, status, error, fetched_at, duration_ms';
    if (opened.db)
      opened.db
        .prepare(`INSERT INTO entry_articles (${columns}) VALUES (?, ?, ?, ?, ?, ?, 10)`)
        .run(...row);
    else
      await opened.pool?.query(
        `INSERT INTO entry_articles (${columns}) VALUES ($1, $2, $3, $4, $5, $6, 10)`,
        row,
      );
  }
}

/** A server on the stored corpus: SQLite as `serve` reads it, PostgreSQL as a shared store. */
function contextFor(opened: OpenedStore, config: Config): ServerContext {
  const pool = opened.pool;
  const db = opened.db ?? openDatabase(':memory:');
  return {
    db,
    config: () => config,
    logger: createSilentLogger(),
    cache: new FeedCache(),
    feedMaxAge: new FeedMaxAge(),
    metrics: createMetrics(storesOf(opened)),
    now: () => NOW,
    version: 'test',
    shared: pool && {
      stories: createPostgresStoryReader(pool),
      sources: createPostgresSourceStore(pool),
      search: createPostgresSearchStore(pool, { timeoutMs: 10_000 }),
      ping: async () => {
        await pool.query('SELECT 1');
      },
    },
  };
}

/** The story links of a topic page: id and title, in page order. */
function storyLinks(html: string): { id: string; title: string }[] {
  return [...html.matchAll(/<a class="title" href="\/stories\/(\d+)">([^<]*)<\/a>/g)].map(
    (match) => ({ id: match[1] as string, title: match[2] as string }),
  );
}

/** The story ids of a JSON feed, in feed order. */
function feedStoryIds(text: string): string[] {
  const feed = JSON.parse(text) as { items: { _topicfeed: { story: string } }[] };
  return feed.items.map((item) => item._topicfeed.story);
}

describeWithPostgres('the reading routes on PostgreSQL (issue 19)', () => {
  const opened: OpenedStore[] = [];
  const servers: RunningServer[] = [];
  const base: Record<'sqlite' | 'postgres', string> = { sqlite: '', postgres: '' };
  const get = async (kind: 'sqlite' | 'postgres', path: string) => {
    const res = await httpGet(`${base[kind]}${path}`);
    return { status: res.status, text: res.body.toString('utf8') };
  };
  beforeAll(async () => {
    const entries = (await normalizeCorpus(loadCorpus('newsroom'), NOW)).map((item) => item.entry);
    const config = configFor(entries);
    for (const kind of ['sqlite', 'postgres'] as const) {
      const backend = await backends.open(kind);
      opened.push(backend);
      await store(backend, config, entries);
      await storeArticleFetches(backend, entries);
      const server = await startServer(contextFor(backend, config), '127.0.0.1', 0);
      servers.push(server);
      base[kind] = `http://127.0.0.1:${server.port}`;
    }
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const backend of opened) await backend.close();
    await backends.stop();
  });

  it('answers the topic pages with the same stories and titles as SQLite, page after page', async () => {
    for (const path of ['/topics/all', '/topics/all?page=2', '/topics/officials']) {
      const [sqlite, postgres] = [await get('sqlite', path), await get('postgres', path)];
      expect(sqlite.status, path).toBe(200);
      expect(postgres.status, path).toBe(200);
      expect(storyLinks(sqlite.text).length, path).toBeGreaterThan(0);
      expect(storyLinks(postgres.text), path).toEqual(storyLinks(sqlite.text));
      expect(postgres.text, path).toBe(sqlite.text);
    }
  });

  it('answers every story page of the first topic page as SQLite does: members, titles, provenance', async () => {
    const links = storyLinks((await get('sqlite', '/topics/all')).text);
    let multiOutlet = 0;
    for (const { id } of links) {
      const [sqlite, postgres] = [
        await get('sqlite', `/stories/${id}`),
        await get('postgres', `/stories/${id}`),
      ];
      expect(sqlite.status, id).toBe(200);
      expect(postgres.status, id).toBe(200);
      expect(postgres.text, id).toBe(sqlite.text);
      if (/ · ([2-9]|\d\d+) outlets/.test(postgres.text)) multiOutlet += 1;
    }
    // The comparison covers stories several outlets reported, not only single copies.
    expect(multiOutlet).toBeGreaterThan(0);
  });

  it('answers the index as SQLite does: topics with their story counts, sources with their entries', async () => {
    const [sqlite, postgres] = [await get('sqlite', '/'), await get('postgres', '/')];
    expect(sqlite.status).toBe(200);
    expect(postgres.status).toBe(200);
    expect(postgres.text).toContain('/topics/officials');
    expect(postgres.text).toContain('article fetches: 2 ok, 1 failed');
    expect(postgres.text).toBe(sqlite.text);
  });

  it('answers 404 for an unknown story and topic, and /healthz', async () => {
    for (const id of ['999999', '9999999999999999'])
      expect((await get('postgres', `/stories/${id}`)).status, id).toBe(404);
    expect((await get('postgres', '/topics/no-such-topic')).status).toBe(404);
    expect((await get('postgres', '/healthz')).status).toBe(200);
  });

  it('answers /opml with the same active sources as SQLite', async () => {
    const [sqlite, postgres] = [await get('sqlite', '/opml'), await get('postgres', '/opml')];
    expect(sqlite.status).toBe(200);
    expect(postgres.status).toBe(200);
    const outlines = (text: string) => text.match(/<outline [^>]*>/g) ?? [];
    expect(outlines(sqlite.text).length).toBeGreaterThan(1);
    expect(outlines(postgres.text)).toEqual(outlines(sqlite.text));
    expect(postgres.text).toBe(sqlite.text);
  });

  it('answers /metrics with the same series as SQLite, and the same counts from the store', async () => {
    const [sqlite, postgres] = [await get('sqlite', '/metrics'), await get('postgres', '/metrics')];
    expect(sqlite.status).toBe(200);
    expect(postgres.status).toBe(200);
    const series = (text: string) => text.match(/^# TYPE \S+ \S+$/gm) ?? [];
    expect(series(postgres.text)).toEqual(series(sqlite.text));
    const stored = (text: string) =>
      text.match(
        /^topicfeed_(sources|entries|stories|last_successful_poll_timestamp_seconds) .*$/gm,
      ) ?? [];
    expect(stored(sqlite.text)).toHaveLength(4);
    expect(stored(postgres.text)).toEqual(stored(sqlite.text));
    expect(postgres.text).toContain(
      `topicfeed_last_successful_poll_timestamp_seconds ${Date.parse('2026-03-01T11:51:00.000Z') / 1000}`,
    );
  });

  it('answers /search with the same stories as SQLite: words, prefixes, phrases, fields, Cyrillic', async () => {
    const queries = [
      'belarus*',
      'палітвязн*',
      'мінск OR minsk',
      '"political prisoners"',
      'title:kalesnikava*',
      'content:inflation',
      '(prison* OR jail*) NEAR/5 belarus*',
      'lukashenk* NOT trump',
      'heatwave OR "heat dome"',
    ];
    let nonEmpty = 0;
    for (const q of queries) {
      const path = `/search?format=json&limit=100&q=${encodeURIComponent(q)}`;
      const [sqlite, postgres] = [await get('sqlite', path), await get('postgres', path)];
      expect(sqlite.status, q).toBe(200);
      expect(postgres.status, q).toBe(200);
      const ids = feedStoryIds(sqlite.text);
      if (ids.length > 0) nonEmpty += 1;
      expect(feedStoryIds(postgres.text), q).toEqual(ids);
      expect(postgres.text, q).toBe(sqlite.text);
    }
    expect(nonEmpty).toBe(queries.length);
  });

  it('refuses the same bad searches on PostgreSQL as on SQLite', async () => {
    for (const path of ['/search', '/search?q=(belarus', '/search?q=x&format=csv']) {
      const [sqlite, postgres] = [await get('sqlite', path), await get('postgres', path)];
      expect(sqlite.status, path).toBe(400);
      expect(postgres.status, path).toBe(400);
      expect(postgres.text, path).toBe(sqlite.text);
    }
  });
});
