import { describe, expect, it } from 'vitest';
import { compileNewsLexicon } from '../../src/clusterer/news-lexicon.js';
import { readWorldPlaceAt } from '../../src/clusterer/read-world-places.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { readWorldRegions } from '../../src/clusterer/world-regions-table.js';

describe('world-regions-table', () => {
  const regions = readWorldRegions();

  it('gives every region one country', () => {
    const countryOf = new Map<string, string>();
    for (const [region, code] of regions) {
      const before = countryOf.get(region.toLowerCase());
      expect(before === undefined || before === code, `${region}: ${before} and ${code}`).toBe(
        true,
      );
      countryOf.set(region.toLowerCase(), code);
    }
    expect(regions.length).toBeGreaterThan(150);
  });

  it('is read whole as a place with a country, every region of it', () => {
    const lexicon = compileNewsLexicon();
    const unread = regions.filter(([region]) => {
      const tokens = tokenizeWithSentenceStarts(`Storm in ${region}`, 10);
      const place = readWorldPlaceAt(tokens, 2, lexicon);
      return place === undefined || !place.larger.some((entry) => entry.includes(' c:'));
    });
    expect(unread).toEqual([]);
  });

  it('refuses a line without a country code', () => {
    expect(() => readWorldRegions('Latvia | Kurzeme')).toThrow(/world-regions-table: bad line/u);
  });
});
