import type { TopicConfig } from '../config/index.js';
import type { TopicStore } from '../store/index.js';
import { learnTopics } from './learn-topics.js';
import { type ReclassifyReport, reclassifyTopics } from './reclassify-topics.js';

export interface AppliedTopics {
  /** The configured topics as learned from their labelled examples (file and store). */
  topics: TopicConfig[];
  reclassified: ReclassifyReport;
}

/**
 * What a start or a config reload does with the topics, on either store: learns each from its
 * examples (keeping the learned weights), then classifies the stored entries again for the
 * topics added or changed since the store was last classified and forgets the removed ones.
 * Call inside `store.exclusive` (on PostgreSQL an advisory lock), so that of several instances
 * starting together one does the work and the others find it done.
 */
export async function applyTopics(
  store: TopicStore,
  configured: readonly TopicConfig[],
  now = new Date(),
): Promise<AppliedTopics> {
  const topics = await learnTopics(store, configured, now);
  const reclassified = await reclassifyTopics(store, topics, now);
  return { topics, reclassified };
}

/** True when the report is worth a log line (something was classified again or forgotten). */
export function reclassifiedAnything(report: ReclassifyReport): boolean {
  return report.entries > 0 || report.removed.length > 0;
}
