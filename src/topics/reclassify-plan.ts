import { createHash } from 'node:crypto';
import { CLASSIFIER_REVISION } from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';

/** What a start must redo: topics to classify again over stored entries, topics to forget. */
export interface ReclassifyPlan {
  added: TopicConfig[];
  changed: TopicConfig[];
  removed: string[];
}

/** A stable hash of what decides a topic's members: its query, threshold, watch-list, and the classifier. */
export function hashTopicDefinition(topic: TopicConfig): string {
  const definition = {
    classifier: CLASSIFIER_REVISION,
    query: topic.compiled.query.source,
    minScore: topic.compiled.minScore,
    watchlist: topic.compiled.watchlist.map((leaf) => leaf.label),
  };
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}

/** Compares the configured topics with the stored versions and the topic ids the store holds. */
export function planReclassification(
  topics: readonly TopicConfig[],
  versions: ReadonlyMap<string, string>,
  storedTopicIds: readonly string[],
): ReclassifyPlan {
  const configured = new Set(topics.map((topic) => topic.id));
  return {
    added: topics.filter((topic) => !versions.has(topic.id)),
    changed: topics.filter((topic) => {
      const stored = versions.get(topic.id);
      return stored !== undefined && stored !== hashTopicDefinition(topic);
    }),
    removed: storedTopicIds.filter((id) => !configured.has(id)),
  };
}
