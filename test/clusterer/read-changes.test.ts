import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { readChanges, tellsChangeAndLevel } from '../../src/clusterer/read-changes.js';
import { featuresOf } from './make-entry.js';

/* Made-up headlines and places. */
describe('readChanges', () => {
  it('reads numbers told as a change or as the level reached, in three languages', () => {
    expect(readChanges('Vardo minimum wage to rise by 54 to 780 crowns')).toEqual([
      'by:54',
      'to:780',
    ]);
    expect(readChanges('Минималка в Зарецке вырастет на 54 рубля')).toEqual(['by:54']);
    expect(readChanges('Мінімалка вырасце да 1 200 рублёў')).toEqual(['to:1200']);
    expect(readChanges('Vardo bakers strike')).toEqual([]);
  });

  it('tells a change against a level, not two changes, two levels or a headline with both', () => {
    expect(tellsChangeAndLevel(['by:54'], ['to:780'])).toBe(true);
    expect(tellsChangeAndLevel(['to:780'], ['by:54'])).toBe(true);
    expect(tellsChangeAndLevel(['by:54'], ['by:64'])).toBe(false);
    expect(tellsChangeAndLevel(['to:780'], ['to:790'])).toBe(false);
    expect(tellsChangeAndLevel(['by:54', 'to:780'], ['to:790'])).toBe(false);
    expect(tellsChangeAndLevel([], ['to:790'])).toBe(false);
  });
});

describe('a copy that tells the change against one that tells the level', () => {
  const level = featuresOf(
    'Минимальная зарплата в Зарецке с января вырастет до 780 рублей',
    'Правительство утвердило новый размер минимальной зарплаты.',
  );
  const change = featuresOf(
    'Минималка в Зарецке вырастет на 54 рубля',
    'С нового года минимальная зарплата станет больше.',
  );
  const otherLevel = featuresOf(
    'Минималка в Зарецке вырастет до 790 рублей',
    'С нового года минимальная зарплата станет больше.',
  );

  it('has no number conflict, and the level is not missing from the change', () => {
    const m = measurePair(level, change);
    expect(m.numberConflict).toBe(0);
    expect(m.distinctMissing).toBe(0);
  });

  it('still has a number conflict between two levels', () => {
    expect(measurePair(level, otherLevel).numberConflict).toBe(1);
  });
});
