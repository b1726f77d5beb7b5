import path from 'node:path';
import {
  configuredWeights,
  examplesForTopic,
  explainMatch,
  learnWeights,
  type MeasuredExample,
  measureExamples,
  withWeights,
} from '../../src/classifier/index.js';
import { loadConfig, type TopicConfig } from '../../src/config/index.js';
import type { CorpusRun } from './evaluate-corpus.js';
import { scoreTopic, type TopicFigures, type TopicOutcome } from './score-topic.js';
import { REPO } from './temp-config.js';

/**
 * Topic quality of pipeline runs, plain and cross-validated. Plain: the topics of the served
 * feeds, learned from the whole shipped example set. Leave one outlet out: each outlet's entries
 * judged by weights learned without the examples of that outlet (nor of any story it carries),
 * from the title and text the pipeline stored; an entry is in a topic when a member of its story
 * is (the served feed's rule).
 */
export interface TopicEvaluator {
  topics: readonly TopicConfig[];
  /** The weights a topic learns from the whole shipped example set (what the served feeds use). */
  learnedWeights(topicId: string): Record<string, number>;
  /** Figures of one topic over the chosen items of some runs, pooled. */
  score(parts: readonly RunPart[], topicId: string, mode: 'plain' | 'cv'): TopicFigures;
}

/** Some items of one run: a world-news half, and with or without the borderline cases. */
export interface RunPart {
  run: CorpusRun;
  half?: 'dev' | 'test';
  excludeBorderline?: boolean;
}

interface TopicLearning {
  topic: TopicConfig;
  base: TopicConfig['compiled'];
  measured: MeasuredExample[];
  /** Per example: its source (`corpus/outlet`) and story (`corpus/story`). */
  origins: { source: string; story: string }[];
}

/** Reads the shipped config and measures its example set once; models per fold are cached. */
export function createTopicEvaluator(
  configFile = path.join(REPO, 'config/topicfeed.yaml'),
): TopicEvaluator {
  const topics = loadConfig(configFile).topics;
  const learning = new Map(topics.map((topic) => [topic.id, measureTopic(topic)]));
  const models = new Map<string, TopicConfig['compiled']>();
  const modelWithout = (topicId: string, outlet: string) => {
    const key = `${topicId} ${outlet}`;
    const cached = models.get(key);
    if (cached) return cached;
    const model = learnWithout(learning.get(topicId) as TopicLearning, outlet);
    models.set(key, model);
    return model;
  };
  return {
    topics,
    learnedWeights(topicId) {
      const topic = learning.get(topicId) as TopicLearning;
      return { ...learnWeights(topic.base, topic.measured).weights };
    },
    score(parts, topicId, mode) {
      const outcomes = parts.flatMap((part) =>
        mode === 'plain'
          ? plainOutcomes(part)
          : crossValidatedOutcomes(part, topicId, modelWithout),
      );
      return scoreTopic(outcomes, topicId);
    },
  };
}

function measureTopic(topic: TopicConfig): TopicLearning {
  const base = withWeights(topic.compiled, configuredWeights(topic.compiled));
  const records = topic.examples?.records ?? [];
  return {
    topic,
    base,
    measured: measureExamples(base, examplesForTopic(records, topic.id)),
    origins: records.map((r) => ({ source: r.source ?? '', story: r.story ?? '' })),
  };
}

/** Weights learned from every example except those of an outlet's stories. */
function learnWithout(learning: TopicLearning, outlet: string): TopicConfig['compiled'] {
  const heldStories = new Set(
    learning.origins.filter((o) => o.source === outlet).map((o) => o.story),
  );
  const training = learning.measured.filter((_, i) => {
    const origin = learning.origins[i];
    return origin !== undefined && !heldStories.has(origin.story);
  });
  return learnWeights(learning.base, training);
}

/** The outlet of a corpus item as the example set names it: `corpus/file-without-extension`. */
export function outletOf(run: CorpusRun, file: string): string {
  return `${run.corpus.name}/${file.replace(/\.[a-z]+$/u, '')}`;
}

function selected(part: RunPart): number[] {
  return part.run.corpus.items.flatMap((item, i) => {
    if (part.half !== undefined && item.half !== part.half) return [];
    if (part.excludeBorderline && item.borderlineTopics) return [];
    return [i];
  });
}

function plainOutcomes(part: RunPart): TopicOutcome[] {
  const { run } = part;
  return selected(part).map((i) => {
    const item = run.corpus.items[i] as CorpusRun['corpus']['items'][number];
    return {
      label: `${item.file} ${item.guid}`,
      gold: item.topics,
      predicted: run.topicsOf[i] ?? new Set<string>(),
    };
  });
}

function crossValidatedOutcomes(
  part: RunPart,
  topicId: string,
  modelWithout: (topicId: string, outlet: string) => TopicConfig['compiled'],
): TopicOutcome[] {
  const { run } = part;
  const storyIn = new Map<string, boolean>();
  run.corpus.items.forEach((item, i) => {
    const model = modelWithout(topicId, outletOf(run, item.file));
    const text = run.textOf[i] ?? { title: '', text: '' };
    const story = run.storyOf[i] ?? '';
    storyIn.set(story, (storyIn.get(story) ?? false) || explainMatch(text, model).matched);
  });
  return selected(part).map((i) => {
    const item = run.corpus.items[i] as CorpusRun['corpus']['items'][number];
    const inTopic = storyIn.get(run.storyOf[i] ?? '') ?? false;
    return {
      label: `${item.file} ${item.guid}`,
      gold: item.topics,
      predicted: new Set(inTopic ? [topicId] : []),
    };
  });
}
