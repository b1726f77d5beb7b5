import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/clusterer/stem-word.js';

describe('stemWord', () => {
  it('reads a Latin name with and without its accents as one word', () => {
    expect(stemWord('Orbán')).toBe(stemWord('Orban'));
    expect(stemWord('Gisèle')).toBe(stemWord('Gisele'));
    expect(stemWord('Jerí')).toBe(stemWord('Jeri'));
  });

  it('keeps the letters of Cyrillic words whole (й and ў are letters, not accents)', () => {
    expect(stemWord('войска')).not.toBe(stemWord('воиска'));
    expect(stemWord('ўрад')).not.toBe(stemWord('урад'));
  });

  it('reads ё as е and drops a possessive ending', () => {
    expect(stemWord('Ёлкин')).toBe(stemWord('елкин'));
    expect(stemWord("Trump's")).toBe(stemWord('Trump'));
    expect(stemWord('Trump’s')).toBe('trump');
  });

  it('cuts the longest Cyrillic ending that leaves three letters', () => {
    expect(stemWord('сказали')).toBe('сказа');
    expect(stemWord('новыми')).toBe('нов');
    expect(stemWord('его')).toBe('его');
  });
});
