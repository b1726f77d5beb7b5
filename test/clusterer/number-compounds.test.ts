import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { readNumberCompound } from '../../src/clusterer/number-compounds.js';
import { makeEntry } from './make-entry.js';

describe('readNumberCompound: a number heading a Russian or Belarusian compound', () => {
  it('reads the number before a unit of time, in any case', () => {
    expect(readNumberCompound('четырехдневную')).toBe(4);
    expect(readNumberCompound('четырёхдневку')).toBe(4);
    expect(readNumberCompound('пятилетний')).toBe(5);
    expect(readNumberCompound('трехмесячного')).toBe(3);
    expect(readNumberCompound('сорокалетний')).toBe(40);
    expect(readNumberCompound('пятидесятилетнего')).toBe(50);
    expect(readNumberCompound('полуторачасовой')).toBe(1.5);
    expect(readNumberCompound('чатырохдзённы')).toBe(4);
    expect(readNumberCompound('пяцігадовы')).toBe(5);
  });

  it('reads no number in a word that only opens like one, nor before another unit', () => {
    for (const word of ['семинар', 'стадион', 'пятница', 'стабильный', 'семитский', 'двухэтажный'])
      expect(readNumberCompound(word), word).toBeUndefined();
  });

  it('gives a Russian compound the number an English hyphenated one gives', () => {
    const numbers = (title: string) =>
      fingerprintEntry(makeEntry({ title, text: '' })).features.titleNumbers;
    expect(numbers('Завод Зарецкмаш переходит на четырёхдневную неделю')).toEqual(['4']);
    expect(numbers('Zaretskmash plant moves to a four-day week')).toEqual(['4']);
  });
});
