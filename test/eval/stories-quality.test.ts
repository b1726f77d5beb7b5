import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import { scorePairwise } from '../helpers/score-pairwise.js';

const SAME_LANGUAGE_PRECISION = 0.98;

let run: CorpusRun;

beforeAll(async () => {
  // The real pipeline: the 8 newsroom feeds over local HTTP, the shipped config's topics.
  run = await runCorpus(loadCorpus('newsroom'));
});

describe('stories of the newsroom corpus through the real pipeline', () => {
  it('stores every labelled entry', () => {
    expect(run.storyOf).toHaveLength(66);
  });

  it('merges same-language copies with a pairwise precision of 0.98 or more', () => {
    const ids = [...new Set(run.storyOf)];
    const figures = scorePairwise(
      run.corpus.items.map((item) => ({ story: item.story, crossLingual: item.crossLingual })),
      run.storyOf.map((id) => ids.indexOf(id)),
    );
    expect(figures.sameLanguage.precision, figures.wrongMerges.join('\n')).toBeGreaterThanOrEqual(
      SAME_LANGUAGE_PRECISION,
    );
  });
});
