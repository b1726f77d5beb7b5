import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { readPlaceRoot } from '../../src/clusterer/place-roots.js';
import { readCountryWord } from '../../src/clusterer/read-country.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { makeEntry } from './make-entry.js';

/** The headline's language-free terms and names, of a made-up entry with no text. */
function readHeadline(title: string) {
  const { features } = fingerprintEntry(makeEntry({ title, text: '' }));
  return { cross: features.titleCross, names: features.titleNames };
}

describe('a capital read as its country', () => {
  it('reads a capital in English, Russian and Belarusian, in any case, as its country', () => {
    for (const form of ['Tashkent', 'Ташкент', 'Ташкенте', 'Ташкенце', 'Ташкента'])
      expect(readCountryWord(form), form).toBe('uzbekistan');
    expect(skeletonizeName('Бишкеке')).toBe(skeletonizeName('Kyrgyzstan'));
    expect(readPlaceRoot('Бишкека')).toBe(readPlaceRoot('Kyrgyz'));
  });

  it('lets a headline saying the capital meet one saying the country or its people', () => {
    const capital = readHeadline('В Ташкенте задержали двух блогеров');
    const people = readHeadline('Uzbek police detain two bloggers');
    const country = readHeadline('Uzbekistan: two bloggers detained');
    const name = skeletonizeName('Uzbekistan');
    for (const side of [capital, people, country]) expect(side.names).toContain(name);
    expect(capital.cross).toContain(`e:${name}`);
    expect(people.cross).toContain(`e:${name}`);
  });

  it('reads a capital only capitalised, and never a longer name it opens', () => {
    expect(readCountryWord('вена')).toBeUndefined();
    expect(readCountryWord('Вена')).toBe('austria');
    expect(readCountryWord('Аманда')).toBeUndefined();
    expect(readCountryWord('Амане')).toBe('jordan');
  });

  it('leaves out capitals that are given names, and those of countries the lexicon knows', () => {
    for (const word of ['Sofia', 'Victoria', 'Minsk', 'Москве', 'London', 'Парижа', 'Tehran'])
      expect(readCountryWord(word), word).toBeUndefined();
  });
});
