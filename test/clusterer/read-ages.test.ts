import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { ageConflict } from '../../src/clusterer/measure-facts.js';
import { readAges } from '../../src/clusterer/read-ages.js';
import { makeEntry } from './make-entry.js';

describe('readAges', () => {
  it('reads the ages a text gives its people in Russian, Belarusian and English', () => {
    expect(readAges('Суд приговорил 27-летнего программиста и 61-летнюю пенсионерку', 4)).toEqual([
      '27',
      '61',
    ]);
    expect(readAges('Суд асудзіў 45-гадовага інжынера', 4)).toEqual(['45']);
    expect(
      readAges('A 27-year-old programmer and a pensioner aged 61, who is 61 years old', 4),
    ).toEqual(['27', '61']);
  });

  it('reads no age in anniversaries, long durations or plain numbers', () => {
    expect(readAges('К 150-летию города открыли 300-летний мост', 4)).toEqual([]);
    expect(readAges('a 300-year-old bridge, 27 people, in 2020', 4)).toEqual([]);
  });
});

describe('ageConflict', () => {
  const features = (text: string) =>
    fingerprintEntry(makeEntry({ title: 'Court hands down a verdict', text })).features;

  it('holds when every age of one is more than a year from every age of the other', () => {
    const a = features('The court sentenced a 27-year-old programmer on Tuesday.');
    const b = features('The court sentenced a 61-year-old pensioner on Tuesday.');
    expect(ageConflict(a, b)).toBe(1);
  });

  it('does not hold for one person a year older in the other report, or with no age', () => {
    const a = features('The court sentenced a 46-year-old activist on Tuesday.');
    expect(ageConflict(a, features('The activist, aged 47, was sentenced on Tuesday.'))).toBe(0);
    expect(ageConflict(a, features('The activist was sentenced on Tuesday.'))).toBe(0);
  });
});
