import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { type Config, parseConfig } from '../../src/config/index.js';
import {
  createMetrics,
  FeedCache,
  FeedMaxAge,
  type RunningServer,
  type ServerContext,
  startServer,
} from '../../src/server/index.js';
import {
  createPostgresIngestStore,
  createPostgresSearchStore,
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
} from '../../src/store/index.js';
import {
  type BackendKind,
  describeEachBackend,
  MIGRATIONS,
  storeBackends,
} from '../helpers/store-backends.js';
import { storedEntry } from '../helpers/stored-entry.js';
import { createSilentLogger } from './helpers/create-silent-logger.js';
import { httpGet } from './helpers/http-get.js';

const backends = storeBackends();
afterAll(() => backends.stop());

const NOW = new Date('2026-03-01T12:00:00.000Z');
const BASE = 'https://news.example.org/reader';
const CONFIG: Config = parseConfig(
  `database: ":memory:"\nserver: { base_url: "${BASE}" }\nsources:\n  - { id: src, url: "https://example.org/feed" }\n`,
  '/cfg/topicfeed.yaml',
);

const entry = storedEntry;

/** A story founded by one entry; returns its id. */
async function single(writer: IngestWriter, key: string, publishedAt = NOW.toISOString()) {
  const storyId = await writer.createStory(entry(key, publishedAt), NOW);
  await writer.insertEntry(entry(key, publishedAt), { storyId, score: 1, signals: [] }, NOW);
  await writer.refreshStory(storyId, NOW, true);
  return storyId;
}

interface Served {
  store: IngestStore;
  get(path: string, method?: string): Promise<{ status: number; location?: string; text: string }>;
  close(): Promise<void>;
}

/** A server on an empty store: SQLite in a real file as `serve` reads it, PostgreSQL shared. */
async function serve(kind: BackendKind): Promise<Served> {
  let store: IngestStore;
  let ctx: ServerContext;
  const base = {
    config: () => CONFIG,
    logger: createSilentLogger(),
    cache: new FeedCache(),
    feedMaxAge: new FeedMaxAge(),
    now: () => NOW,
    version: 'test',
  };
  let closeStore: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tf-redirect-'));
    const db = openDatabase(join(dir, 'topicfeed.db'));
    migrate(db, MIGRATIONS);
    const sources = createSqliteSourceStore(db);
    await sources.syncSources(CONFIG.sources);
    store = createSqliteIngestStore(db, createWriteLock());
    const stories = createSqliteStoryReader(db);
    ctx = { ...base, db, metrics: createMetrics({ sources, stories }) };
    closeStore = async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const opened = await backends.open('postgres');
    const pool = opened.pool as PgPool;
    const sources = createPostgresSourceStore(pool);
    await sources.syncSources(CONFIG.sources);
    store = createPostgresIngestStore(pool);
    const stories = createPostgresStoryReader(pool);
    const db = openDatabase(':memory:');
    ctx = {
      ...base,
      db,
      metrics: createMetrics({ sources, stories }),
      shared: {
        stories,
        sources,
        search: createPostgresSearchStore(pool, { timeoutMs: 10_000 }),
        ping: async () => {
          await pool.query('SELECT 1');
        },
      },
    };
    closeStore = async () => {
      db.close();
      await opened.close();
    };
  }
  const server: RunningServer = await startServer(ctx, '127.0.0.1', 0);
  return {
    store,
    async get(path, method = 'GET') {
      const res = await httpGet(`http://127.0.0.1:${server.port}${path}`, {}, method);
      const location = res.headers.location as string | undefined;
      return { status: res.status, location, text: res.body.toString('utf8') };
    },
    async close() {
      await server.close();
      await closeStore();
    },
  };
}

describeEachBackend('GET /stories/{id} of a merged story', (kind) => {
  let served: Served;
  beforeEach(async () => {
    served = await serve(kind);
  });
  afterEach(() => served.close());

  it('redirects for good to the page of the story it was merged into; an unknown id stays 404', async () => {
    const [a, b, c] = await served.store.write(async (writer) => [
      await single(writer, 'a'),
      await single(writer, 'b'),
      await single(writer, 'c'),
    ]);
    await served.store.write(async (writer) => {
      await writer.mergeStories(b, [c], NOW);
      await writer.mergeStories(a, [b], NOW);
      await writer.refreshStory(a, NOW, true);
    });
    for (const id of [b, c]) {
      const res = await served.get(`/stories/${id}`);
      expect({ id, status: res.status, location: res.location }).toEqual({
        id,
        status: 301,
        location: `${BASE}/stories/${a}`,
      });
      const head = await served.get(`/stories/${id}`, 'HEAD');
      expect([head.status, head.location, head.text]).toEqual([301, `${BASE}/stories/${a}`, '']);
    }
    const survivor = await served.get(`/stories/${a}`);
    expect(survivor.status).toBe(200);
    for (const key of ['a', 'b', 'c']) expect(survivor.text).toContain(`Title ${key}`);
    for (const path of ['/stories/999999', `/stories/${c + 1}`, '/stories/0']) {
      expect((await served.get(path)).status, path).toBe(404);
      expect((await served.get(path, 'HEAD')).status, path).toBe(404);
    }
  });

  it('answers 404 once retention removed the story it was merged into', async () => {
    const old = '2026-01-01T00:00:00.000Z';
    const [a, b] = await served.store.write(async (writer) => [
      await single(writer, 'a', old),
      await single(writer, 'b', old),
    ]);
    await served.store.write((writer) => writer.mergeStories(a, [b], NOW));
    expect((await served.get(`/stories/${b}`)).status).toBe(301);
    await served.store.write((writer) =>
      writer.pruneEntries({ sourceId: 'src', cutoff: NOW, now: NOW }),
    );
    expect((await served.get(`/stories/${a}`)).status).toBe(404);
    expect((await served.get(`/stories/${b}`)).status).toBe(404);
  });
});
