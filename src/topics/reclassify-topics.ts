import { createHash } from 'node:crypto';
import { CLASSIFIER_REVISION, classifyEntry, readWeights } from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';
import type { Db } from '../store/index.js';
import {
  addEntryTopics,
  clearEntryTopics,
  dropTopic,
  listStoredTopicIds,
  readEntryTextsAfter,
  readTopicVersions,
  rebuildStoryTopics,
  writeTopicVersion,
} from '../store/index.js';

export interface ReclassifyReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** Stored entries classified again (0 when no topic was added or changed). */
  entries: number;
}

const BATCH_SIZE = 500;

/**
 * Brings stored topic memberships in line with the configured topics: drops removed topics, and
 * classifies every stored entry again for added or changed ones, in batches of one transaction
 * each; the topic's stories and version are written last, so an interrupted pass is redone.
 */
export function reclassifyTopics(
  db: Db,
  topics: readonly TopicConfig[],
  now: Date,
  batchSize = BATCH_SIZE,
): ReclassifyReport {
  const plan = planReclassification(topics, readTopicVersions(db), listStoredTopicIds(db));
  db.transaction(() => {
    for (const id of plan.removed) dropTopic(db, id);
  })();
  const redo = [...plan.added, ...plan.changed];
  const entries = redo.length > 0 ? classifyStoredEntries(db, redo, batchSize) : 0;
  db.transaction(() => {
    for (const topic of redo) {
      rebuildStoryTopics(db, topic.id);
      writeTopicVersion(db, topic.id, hashTopicDefinition(topic), now);
    }
  })();
  return {
    added: plan.added.map((t) => t.id),
    changed: plan.changed.map((t) => t.id),
    removed: plan.removed,
    entries,
  };
}

/** Classifies every stored entry again for `topics`, `batchSize` entries a transaction; returns how many. */
function classifyStoredEntries(db: Db, topics: readonly TopicConfig[], batchSize: number): number {
  const compiled = topics.map((topic) => topic.compiled);
  db.transaction(() => {
    for (const topic of topics) clearEntryTopics(db, topic.id);
  })();
  let count = 0;
  let afterId = 0;
  for (;;) {
    const batch = readEntryTextsAfter(db, afterId, batchSize);
    if (batch.length === 0) return count;
    db.transaction(() => {
      for (const entry of batch) addEntryTopics(db, entry.id, classifyEntry(entry, compiled));
    })();
    count += batch.length;
    afterId = batch.at(-1)?.id ?? afterId;
  }
}

/** What a start must redo: topics to classify again over stored entries, topics to forget. */
export interface ReclassifyPlan {
  added: TopicConfig[];
  changed: TopicConfig[];
  removed: string[];
}

/**
 * A stable hash of what decides a topic's members: its query, threshold, watch-list, evidence
 * groups, weights (configured or learned from examples), and the classifier.
 */
export function hashTopicDefinition(topic: TopicConfig): string {
  const { compiled } = topic;
  const definition = {
    classifier: CLASSIFIER_REVISION,
    query: compiled.query.source,
    minScore: compiled.minScore,
    watchlist: compiled.watchlist.map((leaf) => leaf.label),
    evidence: (compiled.evidence ?? []).map((group) => [group.id, group.kind, group.query.source]),
    weights: readWeights(compiled),
    taught: [...(compiled.pinned ?? [])].sort(([a], [b]) => a.localeCompare(b)),
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
