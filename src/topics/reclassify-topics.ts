import { createHash } from 'node:crypto';
import { CLASSIFIER_REVISION, classifyEntry, readWeights } from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';
import type { TopicStore } from '../store/index.js';

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
 * Call inside `store.exclusive` (the plan is read first: of two instances, the second finds the
 * first's versions and has nothing to do).
 */
export async function reclassifyTopics(
  store: TopicStore,
  topics: readonly TopicConfig[],
  now: Date,
  batchSize = BATCH_SIZE,
): Promise<ReclassifyReport> {
  const plan = planReclassification(
    topics,
    await store.readTopicVersions(),
    await store.listStoredTopicIds(),
  );
  if (plan.removed.length > 0)
    await store.write(async (writer) => {
      for (const id of plan.removed) await writer.dropTopic(id);
    });
  const redo = [...plan.added, ...plan.changed];
  const entries = redo.length > 0 ? await classifyStoredEntries(store, redo, batchSize) : 0;
  if (redo.length > 0)
    await store.write(async (writer) => {
      for (const topic of redo) {
        await writer.rebuildStoryTopics(topic.id);
        await writer.writeTopicVersion(topic.id, hashTopicDefinition(topic), now);
      }
    });
  return {
    added: plan.added.map((t) => t.id),
    changed: plan.changed.map((t) => t.id),
    removed: plan.removed,
    entries,
  };
}

/** Classifies every stored entry again for `topics`, `batchSize` entries a transaction; returns how many. */
async function classifyStoredEntries(
  store: TopicStore,
  topics: readonly TopicConfig[],
  batchSize: number,
): Promise<number> {
  const compiled = topics.map((topic) => topic.compiled);
  await store.write(async (writer) => {
    for (const topic of topics) await writer.clearEntryTopics(topic.id);
  });
  let count = 0;
  let afterId = 0;
  for (;;) {
    const batch = await store.readEntryTextsAfter(afterId, batchSize);
    if (batch.length === 0) return count;
    await store.write(async (writer) => {
      for (const entry of batch)
        await writer.addEntryTopics(entry.id, classifyEntry(entry, compiled));
    });
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
 * groups, weights (configured or learned from examples), its word model, and the classifier.
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
    ...(compiled.textModel
      ? { model: { ...compiled.textModel, weights: [...compiled.textModel.weights] } }
      : {}),
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
