import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair, memoizeWeight } from '../../src/clusterer/measure-pair.js';
import type { TermWeight } from '../../src/clusterer/pair-measures.js';
import { prepareSide, weighTerms } from '../../src/clusterer/pair-side.js';
import { scorePair, scoreSides } from '../../src/clusterer/score-pair.js';
import {
  FOLLOW_UP,
  OFFICIAL_REACTION,
  OTHER_TRIAL_SAME_DAY,
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
} from './made-up-stories.js';
import { makeEntry } from './make-entry.js';

const STORIES = [
  TRIAL_ORIGINAL,
  TRIAL_REWRITE,
  TRIAL_RUSSIAN,
  OTHER_TRIAL_SAME_DAY,
  FOLLOW_UP,
  OFFICIAL_REACTION,
];
const features = STORIES.map(
  (story) =>
    fingerprintEntry(makeEntry({ ...story, publishedAt: '2025-03-11T08:00:00Z' })).features,
);
/** An uneven weight, so that the order of the rarest terms matters. */
const uneven: TermWeight = (term) => 1 + (term.length % 4);

describe('prepared sides', () => {
  it('score every pair as scorePair does when one side is prepared once for all its pairs', () => {
    const context = { ...DEFAULT_CLUSTER_OPTIONS, weight: memoizeWeight(uneven) };
    for (const a of features) {
      const side = prepareSide(a);
      for (const b of features) {
        const expected = scorePair(a, b, { weight: uneven, model: context.model });
        expect(scoreSides(side, prepareSide(b), context)).toEqual(expected);
      }
    }
  });

  it('pick the three rarest headline names and numbers, the earlier of equal weight first', () => {
    const side = prepareSide(features[0] as (typeof features)[number]);
    const { rarest } = weighTerms(side, false, uneven);
    const { titleTerms, titleNameTerms, titleGivenNames } = side.features;
    const expected = [...new Set(titleTerms)]
      .filter(
        (term) =>
          term.startsWith('#:') ||
          (titleNameTerms.includes(term) && !titleGivenNames.includes(term)),
      )
      .map((term) => ({ term, weight: uneven(term) }))
      .sort((x, y) => y.weight - x.weight)
      .slice(0, 3);
    expect(rarest).toEqual(expected);
    expect(rarest.length).toBeGreaterThan(0);
    // The headline's other words, however rare, are not distinctive: a rewrite changes them.
    const words = titleTerms.filter((t) => t.startsWith('w:') && !titleNameTerms.includes(t));
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(rarest.map(({ term }) => term)).not.toContain(word);
    // Across languages no term is (measureSides).
    expect(weighTerms(side, true, uneven).rarest).toEqual([]);
  });

  it('weigh a side again when the weight changes (another placement, another stream)', () => {
    const side = prepareSide(features[1] as (typeof features)[number]);
    const first = weighTerms(side, false, uneven);
    expect(weighTerms(side, false, uneven)).toBe(first);
    const flat = weighTerms(side, false, () => 1);
    expect(flat).not.toBe(first);
    expect(flat.titleNorm).toBe(new Set(side.features.titleTerms).size);
    expect(measurePair(side.features, side.features, () => 1).titleSim).toBeCloseTo(1, 12);
  });
});
