import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import {
  createTopicEvaluator,
  type RunPart,
  type TopicEvaluator,
} from '../helpers/evaluate-topics.js';

const TOPIC_TARGET = 0.95;

let development: RunPart[];
let evaluator: TopicEvaluator;

beforeAll(async () => {
  // The real pipeline: both development corpora's feeds over local HTTP, the shipped topics
  // (their evidence groups, and weights learned from the shipped example set).
  const runs: CorpusRun[] = [
    await runCorpus(loadCorpus('newsroom')),
    await runCorpus(loadCorpus('newsroom-c')),
  ];
  development = runs.map((run) => ({ run }));
  evaluator = createTopicEvaluator();
}, 120_000);

describe('shipped topics on both development corpora, scored at story level', () => {
  it.each(['belarus', 'political-prisoners'])(
    '%s: the served feed keeps precision and recall at 0.95 or more',
    (topic) => {
      const figures = evaluator.score(development, topic, 'plain');
      expect(figures.precision, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures.recall, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );

  it.each(['belarus', 'political-prisoners'])(
    '%s: leave one outlet out (learned without its examples) keeps 0.95 or more',
    (topic) => {
      const figures = evaluator.score(development, topic, 'cv');
      expect(figures.precision, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures.recall, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );
});
