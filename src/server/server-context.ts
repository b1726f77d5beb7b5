import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Db } from '../store/index.js';
import type { Metrics } from './create-metrics.js';
import type { FeedCache } from './feed-cache.js';
import type { FeedMaxAge } from './feed-max-age.js';

/** What the HTTP server needs, passed in by the composition root. */
export interface ServerContext {
  db: Db;
  /** The current config (it may be reloaded on SIGHUP). */
  config: () => Config;
  logger: Logger;
  cache: FeedCache;
  /** Cache-Control max-age of feeds, from the poll schedule. */
  feedMaxAge: FeedMaxAge;
  metrics: Metrics;
  now: () => Date;
  version: string;
}
