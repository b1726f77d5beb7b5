import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { StoryIndex } from './clusterer/index.js';
import type { Config } from './config/index.js';
import { describeDatabase, loadConfig, locateDatabase } from './config/index.js';
import type { FetchOptions } from './fetcher/index.js';
import { type ArticleReader, loadStoryWindow, type PollDeps } from './ingest/index.js';
import { createPollServices } from './poll-services.js';
import type { ServerContext } from './server/index.js';
import {
  announceTopicChanges,
  createMetrics,
  FeedCache,
  FeedMaxAge,
  type Metrics,
} from './server/index.js';
import {
  createSqliteIngestStore,
  createSqliteSourceStore,
  createSqliteStoryReader,
  createSqliteTopicStore,
  createWalCheckpointer,
  createWriteLock,
  type Db,
  migrate,
  openDatabase,
  syncSources,
  type TopicStore,
  type WriteLock,
} from './store/index.js';
import { applyTopics, followTaughtLabels, reclassifiedAnything } from './topics/index.js';
import type { ParsePool } from './worker/index.js';

/** The composition root's product: config, database, logger and shared services, built once. */
export interface App {
  /**
   * The current config: a getter that follows `reloadConfig()` (SIGHUP in `run`) and labels taught
   * by another process (`topics teach`, checked at most once a second).
   */
  readonly config: Config;
  /** The writer connection: polls, config reloads. Every write goes through `writeLock`. */
  db: Db;
  writeLock: WriteLock;
  /** A second connection for the HTTP server: it sees only committed polls, never waits on one. */
  readDb: Db;
  /** The topics' state (versions, taught labels, learned weights) on the writer connection. */
  topicStore: TopicStore;
  logger: Logger;
  version: string;
  /** This process's name among the instances sharing a store (host:pid:random), on its leases. */
  instanceId: string;
  fetchOptions: FetchOptions;
  cache: FeedCache;
  metrics: Metrics;
  /** Parses feeds in worker threads, each job bounded by the poll timeout. */
  parsePool: ParsePool;
  /**
   * The clusterer's in-memory story window, loaded from the store on first use (the commands
   * that only read never pay for it) and then fed by every poll.
   */
  readonly storyIndex: StoryIndex;
  /** Fetches and extracts the article pages of `full_text` sources (extraction in parsePool). */
  articles: ArticleReader;
  /** Aborts the fetches in flight (shutdown after the grace period). */
  abortPolls(): void;
  /** Re-reads the config file; when it is invalid, logs why, keeps the last good one, resolves false. */
  reloadConfig(): Promise<boolean>;
  close(): void;
}

/** The config path: --config, else $TOPICFEED_CONFIG, else config/topicfeed.yaml. */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.TOPICFEED_CONFIG ?? 'config/topicfeed.yaml';
}

export interface PackageInfo {
  version: string;
  migrationsDir: string;
}

/** Finds the package root (the folder with package.json) above this module: works from src/ and dist/src/. */
export function readPackageInfo(): PackageInfo {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, migrationsDir: join(dir, 'migrations') };
}

/**
 * Brings the sources table and the stories' topics in line with a (re)loaded config; returns the
 * config with each topic as learned from its labelled examples (file and store). Runs under the
 * write lock (TopicStore.exclusive): no poll stores meanwhile.
 */
async function applyConfigToStore(
  db: Db,
  topicStore: TopicStore,
  loaded: Config,
  logger: Logger,
): Promise<Config> {
  const { topics, reclassified } = await topicStore.exclusive(async () => {
    syncSources(db, loaded.sources);
    return applyTopics(topicStore, loaded.topics);
  });
  if (reclassifiedAnything(reclassified)) logger.info(reclassified, 'topics reclassified');
  return { ...loaded, topics };
}

/** The new config, or undefined (logged) when the file is invalid or moves the database. */
export function reloadConfigFile(
  path: string,
  current: Config,
  logger: Logger,
): Config | undefined {
  try {
    const next = loadConfig(path);
    if (next.database !== current.database)
      throw new Error('config: database cannot change on reload');
    logger.info(
      { file: path, sources: next.sources.length, topics: next.topics.length },
      'config reloaded',
    );
    return next;
  } catch (error) {
    logger.error({ file: path, err: error }, 'config reload failed; keeping the last good config');
    return undefined;
  }
}

/** Loads the config, opens and migrates the database, brings the sources table in line. */
export async function openApp(configPath: string, logger: Logger): Promise<App> {
  const info = readPackageInfo();
  const loaded = loadConfig(configPath);
  if (locateDatabase(loaded.database).kind === 'postgres')
    throw new Error(
      `store: ${describeDatabase(loaded.database)}: this command runs on SQLite only (on PostgreSQL: run, fetch, serve, export, explain, opml, topics, check; see docs/postgresql.md)`,
    );
  const db = openDatabase(loaded.database);
  migrate(db, info.migrationsDir);
  let config: Config;
  try {
    // Nothing else writes yet: the start needs no write lock.
    config = await applyConfigToStore(db, createSqliteTopicStore(db), loaded, logger);
  } catch (error) {
    db.close();
    throw error;
  }
  const readDb =
    config.database === ':memory:' ? db : openDatabase(config.database, { readonly: true });
  // The writer never checkpoints inside a COMMIT; a worker does it after the writes (wal-checkpointer.ts).
  const checkpointer =
    config.database === ':memory:'
      ? undefined
      : createWalCheckpointer(db, config.database, {}, (message) =>
          logger.warn({ err: message }, 'WAL checkpoint failed'),
        );
  const writeLock = createWriteLock(() => checkpointer?.afterWrite());
  const topicStore = createSqliteTopicStore(db, writeLock);
  const readTopics = createSqliteTopicStore(readDb);
  const services = createPollServices(config, info.version);
  const { fetchOptions, parsePool, articles } = services;
  let current = config;
  let storyIndex: StoryIndex | undefined;
  const followLabels = followTaughtLabels(readTopics, await readTopics.readTopicExampleStamp(), {
    current: () => current.topics,
    swap(learned, from, stamp) {
      if (current.topics !== from) return;
      current = { ...current, topics: learned };
      app.cache.clear();
      logger.info({ labels: stamp }, 'taught labels changed; topics learned again');
    },
    onError: (error) => logger.warn({ err: error }, 'taught labels not followed'),
  });
  const app: App = {
    get config() {
      followLabels();
      return current;
    },
    db,
    writeLock,
    readDb,
    topicStore,
    logger,
    version: info.version,
    instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    fetchOptions,
    cache: new FeedCache(current.server.cacheBytes),
    metrics: createMetrics({
      sources: createSqliteSourceStore(readDb),
      stories: createSqliteStoryReader(readDb),
    }),
    parsePool,
    get storyIndex() {
      storyIndex ??= loadStoryIndex(db, current, logger);
      return storyIndex;
    },
    articles,
    abortPolls: () => services.abort(),
    async reloadConfig() {
      const next = reloadConfigFile(configPath, current, logger);
      if (!next) return false;
      current = await applyConfigToStore(db, topicStore, next, logger);
      app.cache.clear();
      return true;
    },
    close() {
      services.close();
      if (readDb !== db) readDb.close();
      checkpointer?.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
  return app;
}

/** The story window from the store, timed in the log. */
function loadStoryIndex(db: Db, config: Config, logger: Logger): StoryIndex {
  const started = performance.now();
  const index = loadStoryWindow(db, config.stories.windowMs);
  const durationMs = Math.round(performance.now() - started);
  logger.info({ entries: index.size, duration_ms: durationMs }, 'story window loaded');
  return index;
}

/** The poll dependencies of the SQLite app; `now`: its clock (readClock: `fetch` may replay). */
export function buildPollDeps(app: App, now: () => Date = () => new Date()): PollDeps {
  return {
    store: createSqliteIngestStore(app.db, app.writeLock),
    sources: createSqliteSourceStore(app.db),
    pollerId: app.instanceId,
    get config() {
      return app.config;
    },
    storyIndex: app.storyIndex,
    logger: app.logger,
    fetchOptions: app.fetchOptions,
    parse: (text) => app.parsePool.parse(text),
    normalize: (items, context) => app.parsePool.normalize(items, context),
    parseEntries: (body, context) => app.parsePool.parseEntries(body, context),
    articles: app.articles,
    now,
    random: Math.random,
    onTopicsChanged: (topics) => {
      app.cache.invalidate(topics);
      void announceTopicChanges(app.config, topics, app.logger);
    },
    onPolled: (outcome) => app.metrics.countPoll(outcome),
  };
}

export function buildServerContext(app: App): ServerContext {
  return {
    db: app.readDb,
    config: () => app.config,
    logger: app.logger,
    cache: app.cache,
    feedMaxAge: new FeedMaxAge(),
    metrics: app.metrics,
    now: () => new Date(),
    version: app.version,
  };
}
