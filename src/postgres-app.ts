import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readPackageInfo } from './app.js';
import type { StoryIndex } from './clusterer/index.js';
import { type Config, redactDatabase } from './config/index.js';
import { loadStoryWindowFrom, type PollDeps } from './ingest/index.js';
import { createPollServices, type PollServices } from './poll-services.js';
import {
  announceTopicChanges,
  createMetrics,
  FeedCache,
  FeedMaxAge,
  type Metrics,
  type ServerContext,
} from './server/index.js';
import {
  createPostgresIngestStore,
  createPostgresSearchStore,
  createPostgresSourceStore,
  createPostgresStoryReader,
  type IngestStore,
  listenForTopicChanges,
  migrate,
  migratePostgres,
  notifyTopicsChanged,
  openDatabase,
  openPostgresPool,
  type PgPool,
  type SourceStore,
  type StoryReader,
  type TopicChangeListener,
} from './store/index.js';
import { learnTopics } from './topics/index.js';

/**
 * The composition root on PostgreSQL: the store shared by several instances (pollers and
 * servers), with the same poll services as on SQLite.
 */
export interface PostgresApp {
  config: Config;
  logger: Logger;
  version: string;
  /** This process's name among the instances (host:pid:random), on its leases. */
  instanceId: string;
  pool: PgPool;
  ingest: IngestStore;
  sources: SourceStore;
  stories: StoryReader;
  /** The poll services, made on first use (a server-only instance never starts the worker pool). */
  pollServices(): PollServices;
  cache: FeedCache;
  /** This process's polls and requests, and the shared store's counts (`/metrics`). */
  metrics: Metrics;
  /** The clusterer's story window, loaded from the store on first use, then fed by every poll. */
  storyWindow(): Promise<StoryIndex>;
  close(): Promise<void>;
}

/**
 * The topics as learned from their `examples:` files. The labels taught with `topics teach` and
 * the learned-weights cache live in SQLite tables the PostgreSQL store does not use yet, so the
 * learning runs on a scratch in-memory database, at every start.
 */
function learnFromExampleFiles(config: Config, migrationsDir: string): Config {
  const scratch = openDatabase(':memory:');
  try {
    migrate(scratch, migrationsDir);
    return { ...config, topics: learnTopics(scratch, config.topics, new Date(), { keep: false }) };
  } finally {
    scratch.close();
  }
}

/** Connects to the config's PostgreSQL URL, migrates (under the advisory lock), syncs the sources. */
export async function openPostgresApp(loaded: Config, logger: Logger): Promise<PostgresApp> {
  const info = readPackageInfo();
  const pool = openPostgresPool(loaded.database);
  try {
    const applied = await migratePostgres(pool, join(info.migrationsDir, 'postgres'));
    if (applied.length > 0) logger.info({ migrations: applied }, 'postgres migrated');
    const sources = createPostgresSourceStore(pool);
    await sources.syncSources(loaded.sources);
    const config = learnFromExampleFiles(loaded, info.migrationsDir);
    const ingest = createPostgresIngestStore(pool);
    const stories = createPostgresStoryReader(pool);
    let services: PollServices | undefined;
    let window: Promise<StoryIndex> | undefined;
    logger.info({ database: redactDatabase(config.database) }, 'postgres store open');
    return {
      config,
      logger,
      version: info.version,
      instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      pool,
      ingest,
      sources,
      stories,
      pollServices() {
        services ??= createPollServices(config, info.version);
        return services;
      },
      cache: new FeedCache(config.server.cacheBytes),
      metrics: createMetrics({ sources, stories }),
      storyWindow() {
        window ??= loadStoryWindowFrom(ingest, config.stories.windowMs);
        return window;
      },
      async close() {
        services?.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** The poll dependencies on PostgreSQL: the same orchestrator as on SQLite, on the shared store. */
export async function buildPostgresPollDeps(app: PostgresApp): Promise<PollDeps> {
  const services = app.pollServices();
  return {
    store: app.ingest,
    sources: app.sources,
    pollerId: app.instanceId,
    config: app.config,
    storyIndex: await app.storyWindow(),
    logger: app.logger,
    fetchOptions: services.fetchOptions,
    parse: (text) => services.parsePool.parse(text),
    normalize: (items, context) => services.parsePool.normalize(items, context),
    parseEntries: (body, context) => services.parsePool.parseEntries(body, context),
    articles: services.articles,
    now: () => new Date(),
    random: Math.random,
    onTopicsChanged: (topics) => {
      app.cache.invalidate(topics);
      notifyTopicsChanged(app.pool, topics).catch((error: unknown) =>
        app.logger.warn({ err: error }, 'topic change not notified'),
      );
      void announceTopicChanges(app.config, topics, app.logger);
    },
    onPolled: (outcome) => app.metrics.countPoll(outcome),
  };
}

/**
 * The server's context on PostgreSQL: feeds and the pages (index, topics, stories) read from the
 * shared store, through the feed cache (feeds, first topic pages), which every poller's NOTIFY empties
 * for the topics it changed (listenToPollers).
 */
export function buildSharedServerContext(app: PostgresApp): ServerContext {
  // Every route reads the shared store on PostgreSQL (ServerContext.shared); this empty database
  // only satisfies the type, and is never queried.
  const unused = openDatabase(':memory:');
  return {
    db: unused,
    config: () => app.config,
    logger: app.logger,
    cache: app.cache,
    feedMaxAge: new FeedMaxAge(),
    metrics: app.metrics,
    now: () => new Date(),
    version: app.version,
    shared: {
      stories: app.stories,
      sources: app.sources,
      search: createPostgresSearchStore(app.pool, {
        timeoutMs: app.config.server.search.timeoutMs,
      }),
      ping: async () => {
        await app.pool.query('SELECT 1');
      },
    },
  };
}

/** LISTENs for the topics pollers changed and drops them from this instance's feed cache. */
export function listenToPollers(app: PostgresApp): Promise<TopicChangeListener> {
  return listenForTopicChanges(app.pool, {
    onTopics: (topics) => app.cache.invalidate(topics),
    onReconnect: () => app.cache.clear(),
    onError: (error) => app.logger.warn({ err: error }, 'topic change listener failed'),
  });
}
