import { describe, expect, it } from 'vitest';
import { extractQuoteShingles } from '../../src/clusterer/extract-quote-shingles.js';

describe('extractQuoteShingles', () => {
  it('finds the same quote in straight, curly and guillemet quotes', () => {
    const quote = 'we will not stop until every farmer is paid';
    const straight = extractQuoteShingles(`He said: "${quote}".`, 64);
    expect(straight.length).toBeGreaterThan(0);
    expect(extractQuoteShingles(`He said: “${quote}”.`, 64)).toEqual(straight);
    expect(extractQuoteShingles(`He said: «${quote}».`, 64)).toEqual(straight);
  });

  it('ignores quoted text of fewer than five words', () => {
    expect(extractQuoteShingles('the so-called "special operation" went on', 64)).toEqual([]);
  });

  it('shares shingles between a full quote and a cut one', () => {
    const full = extractQuoteShingles(
      '"the river rose faster than anyone in the valley expected"',
      64,
    );
    const cut = extractQuoteShingles('“the river rose faster than anyone”', 64);
    expect(cut.filter((s) => full.includes(s)).length).toBeGreaterThanOrEqual(2);
  });
});
