import { createHash } from 'node:crypto';
import {
  CLASSIFIER_REVISION,
  configuredWeights,
  DEFAULT_LEARNING,
  examplesForTopic,
  type LabelledExample,
  learnWeights,
  measureExamples,
  pinKey,
  withPins,
  withWeights,
} from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';
import type { TopicExampleRow, TopicStore } from '../store/index.js';

/**
 * Every topic as it learned from its labelled examples: those of its `examples:` file and those
 * taught in the store (`topics teach`). A topic without examples keeps its configured weights.
 * Learning measures every example, so what was learned is kept in the store under a hash of its
 * inputs (definition, example file, taught labels) and reused while they stay the same;
 * `keep: false` learns without writing (a read-only connection, a server following labels).
 */
export async function learnTopics(
  store: TopicStore,
  topics: readonly TopicConfig[],
  now = new Date(),
  options: { keep: boolean } = { keep: true },
): Promise<TopicConfig[]> {
  const taught = await store.listTopicExamples();
  const learnedTopics: TopicConfig[] = [];
  for (const topic of topics) {
    const learned = await learnCached(store, topic, taught, now, options.keep);
    const pins = new Map<string, boolean>();
    for (const row of taught) if (row.topicId === topic.id) pins.set(pinKey(row), row.label);
    learnedTopics.push({ ...learned, compiled: withPins(learned.compiled, pins) });
  }
  return learnedTopics;
}

async function learnCached(
  store: TopicStore,
  topic: TopicConfig,
  taught: readonly TopicExampleRow[],
  now: Date,
  keep: boolean,
): Promise<TopicConfig> {
  const examples = gatherExamples(topic, taught);
  if (examples.length === 0) return topic;
  const inputHash = hashLearningInputs(topic, taught);
  const stored = await store.readTopicModel(topic.id);
  if (stored?.inputHash === inputHash) {
    const learned = { examples: stored.examples, positives: stored.positives };
    return { ...topic, compiled: withWeights(topic.compiled, stored.weights, learned) };
  }
  const learned = learnTopic(topic, examples);
  const { weights, learned: counts } = learned.compiled;
  if (keep && weights && counts)
    await store.write((writer) =>
      writer.writeTopicModel(topic.id, { inputHash, weights, ...counts }, now),
    );
  return learned;
}

/** One topic learned from the given examples, from its configured weights (never cached). */
export function learnTopic(topic: TopicConfig, examples: readonly LabelledExample[]): TopicConfig {
  if (examples.length === 0) return topic;
  const configured = withWeights(topic.compiled, configuredWeights(topic.compiled));
  const measured = measureExamples(configured, examples);
  return { ...topic, compiled: learnWeights(configured, measured) };
}

/** A topic's labelled examples: its file's first, then those taught in the store. */
export function gatherExamples(
  topic: TopicConfig,
  taught: readonly TopicExampleRow[],
): LabelledExample[] {
  const fromFile = topic.examples ? examplesForTopic(topic.examples.records, topic.id) : [];
  const fromStore = taught
    .filter((row) => row.topicId === topic.id)
    .map((row) => ({
      entry: { title: row.title, text: row.text },
      label: row.label,
      group:
        row.storyId !== null ? `story ${row.storyId}` : `entry ${row.sourceId} ${row.entryKey}`,
    }));
  return [...fromFile, ...fromStore];
}

function hashLearningInputs(topic: TopicConfig, taught: readonly TopicExampleRow[]): string {
  const { compiled } = topic;
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      classifier: CLASSIFIER_REVISION,
      learning: DEFAULT_LEARNING,
      query: compiled.query.source,
      watchlist: compiled.watchlist.map((leaf) => leaf.label),
      evidence: (compiled.evidence ?? []).map((g) => [g.id, g.kind, g.weight, g.query.source]),
      file: topic.examples?.hash ?? null,
    }),
  );
  for (const row of taught) {
    if (row.topicId !== topic.id) continue;
    hash.update(
      JSON.stringify([row.sourceId, row.entryKey, row.label, row.storyId, row.title, row.text]),
    );
  }
  return hash.digest('hex');
}
