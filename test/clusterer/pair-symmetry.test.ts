import { describe, expect, it } from 'vitest';
import { fingerprintEntry, StoryIndex, scorePair } from '../../src/clusterer/index.js';
import type { NormalizedEntry } from '../../src/model/index.js';
import { loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';

/*
 * A pair's score must not depend on which entry arrives first: placement scores the new entry
 * against the members of a story, and a translation that measured lower from its own side than
 * from the report's stayed a story of its own (stop 57). Every pair of the development corpus
 * newsroom-c (English, Russian and Belarusian, translations among them), both ways.
 */
describe('scorePair is symmetric', () => {
  it('scores every pair of newsroom-c the same in either order', async () => {
    const corpus = loadCorpus('newsroom-c');
    const seen = new Set<NormalizedEntry>();
    const index = new StoryIndex();
    const features = [];
    for (const { entry } of await normalizeCorpus(corpus)) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      const fingerprint = fingerprintEntry(entry);
      index.add(features.length, features.length, fingerprint);
      features.push(fingerprint.features);
    }
    const context = { weight: index.weigh };
    let crossLingual = 0;
    const asymmetric: string[] = [];
    for (let i = 0; i < features.length; i++)
      for (let j = i + 1; j < features.length; j++) {
        const a = features[i] as (typeof features)[number];
        const b = features[j] as (typeof features)[number];
        if (a.language !== b.language) crossLingual++;
        const forth = scorePair(a, b, context).score;
        const back = scorePair(b, a, context).score;
        if (Math.abs(forth - back) > 1e-9) asymmetric.push(`${a.titleKey} | ${b.titleKey}`);
      }
    expect(crossLingual).toBeGreaterThan(1000);
    expect(asymmetric).toEqual([]);
  });
});
