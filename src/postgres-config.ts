import type { Logger } from 'pino';
import type { Config } from './config/index.js';
import {
  notifyTopicsChanged,
  type PgPool,
  type SourceStore,
  type TopicStore,
} from './store/index.js';
import { applyTopics, reclassifiedAnything } from './topics/index.js';

/**
 * Brings the shared store in line with a (re)loaded config: the sources, then the topics learned
 * from their examples (file and taught labels) and the stored entries reclassified for the added
 * or changed ones, under the topic-state advisory lock (of instances starting together, one
 * reclassifies, the others find it done). The servers are told of the topics reclassified.
 */
export async function applyConfigToSharedStore(
  pool: PgPool,
  stores: { sources: SourceStore; topics: TopicStore },
  loaded: Config,
  logger: Logger,
): Promise<Config> {
  await stores.sources.syncSources(loaded.sources);
  const { topics, reclassified } = await stores.topics.exclusive(() =>
    applyTopics(stores.topics, loaded.topics),
  );
  if (reclassifiedAnything(reclassified)) {
    logger.info(reclassified, 'topics reclassified');
    const { added, changed, removed } = reclassified;
    await notifyTopicsChanged(pool, ['all', ...added, ...changed, ...removed]);
  }
  return { ...loaded, topics };
}
