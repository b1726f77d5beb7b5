import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateNewsroomPipeline, type NewsroomEvaluation } from '../helpers/evaluate-newsroom.js';

const TOPIC_TARGET = 0.95;
const SAME_LANGUAGE_PRECISION = 0.98;

let evaluation: NewsroomEvaluation;

beforeAll(async () => {
  // The real pipeline: the 8 feeds over local HTTP, the shipped topics of config/topicfeed.yaml.
  evaluation = await evaluateNewsroomPipeline();
});

describe('the newsroom corpus through the real pipeline, scored at story level', () => {
  it('stores every labelled entry', () => {
    expect(evaluation.entries).toBe(66);
  });

  it.each(['belarus', 'political-prisoners'])(
    'keeps precision and recall of the %s feed at 0.95 or more',
    (topic) => {
      const figures = evaluation.topics[topic];
      expect(figures, `topic ${topic} evaluated`).toBeDefined();
      expect(figures?.precision, figures?.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
      expect(figures?.recall, figures?.misses.join('\n')).toBeGreaterThanOrEqual(TOPIC_TARGET);
    },
  );

  it('merges same-language copies with a pairwise precision of 0.98 or more', () => {
    const { sameLanguage, wrongMerges } = evaluation.clustering;
    expect(sameLanguage.precision, wrongMerges.join('\n')).toBeGreaterThanOrEqual(
      SAME_LANGUAGE_PRECISION,
    );
  });
});
