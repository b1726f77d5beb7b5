import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Db } from '../store/open-database.js';
import type { Metrics } from './create-metrics.js';
import type { FeedCache } from './feed-cache.js';

/** What the HTTP server needs, passed in by the composition root. */
export interface ServerContext {
  db: Db;
  /** The current config (it may be reloaded on SIGHUP). */
  config: () => Config;
  logger: Logger;
  cache: FeedCache;
  metrics: Metrics;
  now: () => Date;
  version: string;
}
