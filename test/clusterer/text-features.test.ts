import { describe, expect, it } from 'vitest';
import {
  extractNumbers,
  extractQuoteShingles,
  startsWithCapital,
  tokenizeWithSentenceStarts,
} from '../../src/clusterer/text-features.js';

describe('extractNumbers', () => {
  it('reads thousands separators in every convention as one number', () => {
    expect(extractNumbers('1,000 and 1 000 and 1000 and 1\u00a0000', 10)).toEqual(['1000']);
  });

  it('reads a decimal comma as a decimal point', () => {
    expect(extractNumbers('inflation of 2,5% versus 2.5 percent', 10)).toEqual(['2.5']);
  });

  it('leaves years out', () => {
    expect(extractNumbers('arrested in 2020, jailed for 18 years in 2021', 10)).toEqual(['18']);
  });

  it('ignores digits inside words and URLs, and stops at the limit', () => {
    expect(extractNumbers('the A320 see https://x.example/7 then 5, 6, 7, 8', 3)).toEqual([
      '5',
      '6',
      '7',
    ]);
  });
});

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

describe('startsWithCapital', () => {
  it('answers as /^\\p{Lu}/u for every first character of the basic plane', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const word = `${String.fromCharCode(code)}x`;
      if (startsWithCapital(word) !== /^\p{Lu}/u.test(word)) differ.push(code);
    }
    expect(differ).toEqual([]);
    expect(startsWithCapital('')).toBe(false);
  });
});

describe('tokenizeWithSentenceStarts', () => {
  it('opens a sentence after an end mark, a quote mark, a dash or a line break, spaces between', () => {
    const tokens = tokenizeWithSentenceStarts(
      'One two. Three «four» \n five \u00a0— six, seven\n',
      10,
    );
    expect(tokens.map((token) => [token.word, token.sentenceStart])).toEqual([
      ['One', true],
      ['two', false],
      ['Three', true],
      ['four', true],
      ['five', true],
      ['six', true],
      ['seven', false],
    ]);
  });

  it('drops trailing hyphens and apostrophes of a word', () => {
    expect(tokenizeWithSentenceStarts("pro- rock'n'roll’ x-", 5).map((t) => t.word)).toEqual([
      'pro',
      "rock'n'roll",
      'x',
    ]);
  });

  it('gives the start and end of each word, trailing marks included, when asked', () => {
    const bounds: number[] = [];
    const text = "pro- «𝐀b» rock'n'roll’";
    const tokens = tokenizeWithSentenceStarts(text, 2, bounds);
    expect(bounds).toEqual([0, 4, 6, 9]);
    expect(tokens.map((_, i) => text.slice(bounds[2 * i], bounds[2 * i + 1]))).toEqual([
      'pro-',
      '𝐀b',
    ]);
  });
});
