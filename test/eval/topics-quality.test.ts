import { beforeAll, describe, expect, it } from 'vitest';
import { explainMatch, withWeights } from '../../src/classifier/index.js';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import {
  createTopicEvaluator,
  type RunPart,
  type TopicEvaluator,
} from '../helpers/evaluate-topics.js';
import { generateUnrelatedStream } from '../helpers/unrelated-stream.js';

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

describe('political-prisoners on a stream of unrelated news', () => {
  // The stream's headline templates that report a prosecution or a detention (unrelated-stream.ts).
  const PROSECUTION =
    /^Court sentences |^Protest in .* over arrest of | released after \d+ months in custody| detained in |barred from leaving|задержан|приговорен|вышел на свободу/u;

  it('takes only items about a prosecution, and not a bare detention with nothing political', () => {
    const topic = evaluator.topics.find((t) => t.id === 'political-prisoners');
    if (!topic) throw new Error('no political-prisoners topic in the shipped config');
    const model = withWeights(topic.compiled, evaluator.learnedWeights(topic.id));
    const stream = generateUnrelatedStream({ feeds: 60, items: 3000, seed: 8, hours: 72 });
    const taken = stream.filter((item) => explainMatch(item, model).matched).map((i) => i.title);
    expect(taken.filter((title) => !PROSECUTION.test(title))).toEqual([]);
    const detained = stream.filter((item) => / detained in /u.test(item.title));
    expect(detained.length).toBeGreaterThan(50);
    expect(taken.filter((title) => / detained in /u.test(title))).toEqual([]);
  });
});
