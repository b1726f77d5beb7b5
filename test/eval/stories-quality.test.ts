import { beforeAll, describe, expect, it } from 'vitest';
import { scoreUnrelatedStream } from '../../bench/eval/stories.js';
import { type CorpusRun, loadCorpus, runCorpus } from '../helpers/evaluate-corpus.js';
import { scorePairwise } from '../helpers/score-pairwise.js';

// The goals of issue 15 on the development corpora (cross-validated figures: npm run eval).
const SAME_LANGUAGE_PRECISION = 0.98;
const SAME_LANGUAGE_RECALL = 0.95;
const CROSS_LINGUAL_RECALL = 0.6;
const MAX_STREAM_MERGES = 0.005;

function figuresOf(run: CorpusRun) {
  const ids = [...new Set(run.storyOf)];
  return scorePairwise(
    run.corpus.items.map((item) => ({ story: item.story, crossLingual: item.crossLingual })),
    run.storyOf.map((id) => ids.indexOf(id)),
  );
}

describe.each(['newsroom', 'newsroom-c'] as const)(
  'stories of %s through the real pipeline',
  (name) => {
    let run: CorpusRun;

    beforeAll(async () => {
      // The feeds over local HTTP, one `topicfeed fetch`, then `export`, as a user runs it.
      run = await runCorpus(loadCorpus(name));
    }, 120_000);

    it('stores every labelled entry', () => {
      expect(run.storyOf).toHaveLength(run.corpus.items.length);
    });

    it(`merges same-language copies with P ≥ ${SAME_LANGUAGE_PRECISION} and R ≥ ${SAME_LANGUAGE_RECALL}`, () => {
      const figures = figuresOf(run);
      expect(figures.sameLanguage.precision, figures.wrongMerges.join('\n')).toBeGreaterThanOrEqual(
        SAME_LANGUAGE_PRECISION,
      );
      expect(figures.sameLanguage.recall).toBeGreaterThanOrEqual(SAME_LANGUAGE_RECALL);
    });

    it(`finds translations (R ≥ ${CROSS_LINGUAL_RECALL}) with no false cross-lingual merge`, () => {
      const figures = figuresOf(run);
      expect(figures.crossLingual.precision, figures.wrongMerges.join('\n')).toBe(1);
      expect(figures.crossLingual.recall).toBeGreaterThanOrEqual(CROSS_LINGUAL_RECALL);
    });
  },
);

describe('a stream of 3,000 unrelated items from 60 feeds', () => {
  it(`merges at most ${MAX_STREAM_MERGES * 100}% of its entries`, () => {
    const figures = scoreUnrelatedStream(7);
    expect(figures.entries).toBe(3000);
    expect(figures.share).toBeLessThanOrEqual(MAX_STREAM_MERGES);
  }, 120_000);
});
