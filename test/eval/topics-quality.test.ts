import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import { scoreTopic } from '../helpers/score-topic.js';

const TOPIC_TARGET = 0.95;

let run: CorpusRun;

beforeAll(async () => {
  // The real pipeline: the 8 newsroom feeds over local HTTP, the shipped config's topics.
  run = await runCorpus(loadCorpus('newsroom'));
});

describe('topics of the newsroom corpus through the real pipeline, scored at story level', () => {
  it.each(['belarus', 'political-prisoners'])(
    'keeps precision and recall of the %s feed at 0.95 or more',
    (topic) => {
      const outcomes = run.corpus.items.map((item, i) => ({
        label: `${item.file} ${item.guid}`,
        gold: item.topics,
        predicted: run.topicsOf[i] ?? new Set<string>(),
      }));
      const figures = scoreTopic(outcomes, topic);
      expect(figures.precision, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures.recall, figures.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );
});
