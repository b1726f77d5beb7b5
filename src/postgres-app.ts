import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readPackageInfo, reloadConfigFile } from './app.js';
import type { StoryIndex } from './clusterer/index.js';
import { type Config, redactDatabase } from './config/index.js';
import type { PollDeps } from './ingest/index.js';
import { createPollServices, type PollServices } from './poll-services.js';
import { applyConfigToSharedStore } from './postgres-config.js';
import { loadPostgresStoryWindow } from './postgres-story-window.js';
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
  createPostgresTopicStore,
  type IngestStore,
  listenForTopicChanges,
  migratePostgres,
  notifyTopicsChanged,
  openDatabase,
  openPostgresPool,
  type PgPool,
  type SourceStore,
  type StoryReader,
  type TopicChangeListener,
  type TopicStore,
} from './store/index.js';
import { followTaughtLabels } from './topics/index.js';

/**
 * The composition root on PostgreSQL: the store shared by several instances (pollers and
 * servers), with the same poll services as on SQLite.
 */
export interface PostgresApp {
  /**
   * The current config: a getter that follows `reloadConfig()` (SIGHUP in `run`) and labels
   * taught by another process (`topics teach`, checked at most once a second).
   */
  readonly config: Config;
  logger: Logger;
  version: string;
  /** This process's name among the instances (host:pid:random), on its leases. */
  instanceId: string;
  pool: PgPool;
  ingest: IngestStore;
  sources: SourceStore;
  stories: StoryReader;
  /** The topics' state: versions, taught labels, learned weights. */
  topicStore: TopicStore;
  /** The poll services, made on first use (a server-only instance never starts the worker pool). */
  pollServices(): PollServices;
  cache: FeedCache;
  /** This process's polls and requests, and the shared store's counts (`/metrics`). */
  metrics: Metrics;
  /** The clusterer's story window, loaded from the store on first use, then fed by every poll. */
  storyWindow(): Promise<StoryIndex>;
  /**
   * Re-reads the config file (SIGHUP), syncs the sources and reclassifies the stored entries for
   * changed topics (under the topic-state lock); when the file is invalid, logs why, keeps the
   * last good config and resolves false. False too when the app was opened without a config path.
   */
  reloadConfig(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Connects to the config's PostgreSQL URL, migrates (under the advisory lock), syncs the sources
 * and the topics. With `configPath`, `reloadConfig()` re-reads that file.
 */
export async function openPostgresApp(
  loaded: Config,
  logger: Logger,
  configPath?: string,
): Promise<PostgresApp> {
  const info = readPackageInfo();
  const pool = openPostgresPool(loaded.database);
  try {
    const applied = await migratePostgres(pool, join(info.migrationsDir, 'postgres'));
    if (applied.length > 0) logger.info({ migrations: applied }, 'postgres migrated');
    const stores = {
      sources: createPostgresSourceStore(pool),
      topics: createPostgresTopicStore(pool),
    };
    let current = await applyConfigToSharedStore(pool, stores, loaded, logger);
    const ingest = createPostgresIngestStore(pool);
    const stories = createPostgresStoryReader(pool);
    const cache = new FeedCache(current.server.cacheBytes);
    const followLabels = followTaughtLabels(
      stores.topics,
      await stores.topics.readTopicExampleStamp(),
      {
        current: () => current.topics,
        swap(learned, from, stamp) {
          if (current.topics !== from) return;
          current = { ...current, topics: learned };
          cache.clear();
          logger.info({ labels: stamp }, 'taught labels changed; topics learned again');
        },
        onError: (error) => logger.warn({ err: error }, 'taught labels not followed'),
      },
    );
    let services: PollServices | undefined;
    let window: Promise<StoryIndex> | undefined;
    logger.info({ database: redactDatabase(current.database) }, 'postgres store open');
    return {
      get config() {
        followLabels();
        return current;
      },
      logger,
      version: info.version,
      instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      pool,
      ingest,
      sources: stores.sources,
      stories,
      topicStore: stores.topics,
      pollServices() {
        services ??= createPollServices(current, info.version);
        return services;
      },
      cache,
      metrics: createMetrics({ sources: stores.sources, stories }),
      storyWindow() {
        window ??= loadPostgresStoryWindow(pool, ingest, current.stories.windowMs);
        return window;
      },
      async reloadConfig() {
        const next = configPath ? reloadConfigFile(configPath, current, logger) : undefined;
        if (!next) return false;
        current = await applyConfigToSharedStore(pool, stores, next, logger);
        cache.clear();
        return true;
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
export async function buildPostgresPollDeps(
  app: PostgresApp,
  now: () => Date = () => new Date(),
): Promise<PollDeps> {
  const services = app.pollServices();
  return {
    store: app.ingest,
    sources: app.sources,
    pollerId: app.instanceId,
    get config() {
      return app.config;
    },
    storyIndex: await app.storyWindow(),
    logger: app.logger,
    fetchOptions: services.fetchOptions,
    parse: (text) => services.parsePool.parse(text),
    normalize: (items, context) => services.parsePool.normalize(items, context),
    parseEntries: (body, context) => services.parsePool.parseEntries(body, context),
    articles: services.articles,
    now,
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
