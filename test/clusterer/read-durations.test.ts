import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { readDurations } from '../../src/clusterer/read-durations.js';
import { makeEntry } from './make-entry.js';

const read = (text: string) => readDurations(text, 8);

describe('readDurations: a term of years and months as its total in months', () => {
  it('reads one term of a year and a half however English, Russian and Belarusian write it', () => {
    for (const text of [
      'The clerk was jailed for 18 months',
      'The clerk was jailed for 1.5 years',
      'The clerk got a year and a half in prison',
      'The clerk got one and a half years',
      'an 18-month sentence for the clerk',
      'Клерку дали 18-месячный срок',
      'Клерка приговорили к полутора годам колонии',
      'Клерк получил полтора года',
      'Клерк получил 1,5 года',
      'Клерк получил год с половиной',
      'Клерка асудзілі на паўтара года',
      'Клерк атрымаў 18 месяцаў',
    ]) {
      expect(read(text), text).toEqual(['18mo']);
    }
  });

  it('adds the months to the years and reads "and a half"', () => {
    for (const text of [
      'jailed for 2 years and 6 months',
      'jailed for two and a half years',
      'jailed for two years and a half',
      'jailed for 30 months',
      'приговорили к двум годам и шести месяцам',
      'получил два с половиной года',
      'приговорили к 2 годам 6 месяцам',
      'атрымаў 2 гады 6 месяцаў',
      'атрымаў два з паловай гады',
    ]) {
      expect(read(text), text).toEqual(['30mo']);
    }
  });

  it('reads half a year as six months', () => {
    for (const text of ['half a year', 'a half-year term', 'six months', 'полгода', 'паўгода']) {
      expect(read(text), text).toEqual(['6mo']);
    }
  });

  it('reads several terms in order, declined Russian and Belarusian counts included', () => {
    expect(read('a five-year term')).toEqual(['60mo']);
    expect(read('пять лет колонии, из них три года тюрьмы; 8 гадоў')).toEqual([
      '60mo',
      '36mo',
      '96mo',
    ]);
  });

  it('reads a term anywhere in a long text, whole', () => {
    const filler = 'the court heard witnesses again '.repeat(20);
    expect(
      read(
        `${filler}jailed for two years and eleven months. ${filler}another got 7 months, ${filler}`,
      ),
    ).toEqual(['35mo', '7mo']);
  });

  it('reads no term in ages, calendar years, a year alone or a year and a count apart', () => {
    expect(read('a 27-year-old clerk, 61 years old')).toEqual([]);
    expect(read('в 2020 году, в прошлом году, a year ago')).toEqual([]);
    expect(read('Three. Years later the clerk left')).toEqual([]);
    expect(read('five people, months of protests')).toEqual([]);
  });
});

describe('a term shared across languages', () => {
  const features = (title: string) => fingerprintEntry(makeEntry({ title, text: '' })).features;

  it('gives two copies of one verdict a headline number in common', () => {
    const en = features('Clerk sentenced to 18 months over radio remarks');
    const ru = features('Клерка приговорили к полутора годам за слова в радиоэфире');
    expect(en.titleNumbers).toContain('18mo');
    expect(ru.titleNumbers).toContain('18mo');
    expect(measurePair(en, ru).numberConflict).toBe(0);
  });

  it('still holds apart two terms of different length', () => {
    const en = features('Clerk sentenced to 18 months over radio remarks');
    const ru = features('Клерка приговорили к двум годам за слова в радиоэфире');
    expect(measurePair(en, ru).numberConflict).toBe(1);
  });
});
