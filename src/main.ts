import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { loadConfig } from './config/load-config.js';
import { createFetchDispatcher } from './fetcher/create-fetch-dispatcher.js';
import type { FetchOptions } from './fetcher/fetch-feed.js';
import { readPackageInfo } from './package-info.js';
import { parseFeed } from './parser/parse-feed.js';
import type { PollDeps } from './scheduler/poll-deps.js';
import { createMetrics, type Metrics } from './server/create-metrics.js';
import { FeedCache } from './server/feed-cache.js';
import type { ServerContext } from './server/server-context.js';
import { migrate } from './store/migrate.js';
import { type Db, openDatabase } from './store/open-database.js';
import { syncSources } from './store/source-repo.js';

/** The composition root's product: config, database, logger and shared services, built once. */
export interface App {
  config: Config;
  db: Db;
  logger: Logger;
  version: string;
  fetchOptions: FetchOptions;
  cache: FeedCache;
  metrics: Metrics;
  close(): void;
}

/** The config path: --config, else $TOPICFEED_CONFIG, else config/topicfeed.yaml. */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.TOPICFEED_CONFIG ?? 'config/topicfeed.yaml';
}

/** Loads the config, opens and migrates the database, brings the sources table in line. */
export function openApp(configPath: string, logger: Logger): App {
  const info = readPackageInfo();
  const config = loadConfig(configPath);
  const db = openDatabase(config.database);
  migrate(db, info.migrationsDir);
  syncSources(db, config.sources);
  const dispatcher = createFetchDispatcher({
    allowPrivateNetworks: config.poll.allowPrivateNetworks,
    connectTimeoutMs: config.poll.timeoutMs,
  });
  const fetchOptions: FetchOptions = {
    timeoutMs: config.poll.timeoutMs,
    maxBytes: config.poll.maxBytes,
    userAgent: `topicfeed/${info.version} (+${config.server.baseUrl})`,
    allowPrivateNetworks: config.poll.allowPrivateNetworks,
    dispatcher,
  };
  const app: App = {
    config,
    db,
    logger,
    version: info.version,
    fetchOptions,
    cache: new FeedCache(),
    metrics: createMetrics(db),
    close() {
      void dispatcher.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
  return app;
}

export function buildPollDeps(app: App): PollDeps {
  return {
    db: app.db,
    config: app.config,
    logger: app.logger,
    fetchOptions: app.fetchOptions,
    parse: parseFeed,
    now: () => new Date(),
    random: Math.random,
    onTopicsChanged: (topics) => app.cache.invalidate(topics),
    onPolled: (outcome) => app.metrics.recordPoll(outcome),
  };
}

export function buildServerContext(app: App): ServerContext {
  return {
    db: app.db,
    config: () => app.config,
    logger: app.logger,
    cache: app.cache,
    metrics: app.metrics,
    now: () => new Date(),
    version: app.version,
  };
}
