import { describe, expect, it } from 'vitest';
import { explainCrossLingual } from '../../src/clusterer/explain-cross-lingual.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import {
  agreesApproximately,
  readQuantities,
  withQuantitiesSaid,
} from '../../src/clusterer/read-quantities.js';
import { featuresOf } from './make-entry.js';

const marksOf = (text: string, year = 2026) => readQuantities(text, year, 8).marks;

describe('readQuantities: fractions', () => {
  it('reads a fraction in words in English, Russian and Belarusian', () => {
    expect(marksOf('Timber exports up almost a third')).toEqual(['~1/3']);
    expect(marksOf('A quarter of the stations closed')).toEqual(['~1/4']);
    expect(marksOf('Harvest cut by nearly a fifth')).toEqual(['~1/5']);
    expect(marksOf('More than half of the flights were cancelled')).toEqual(['~1/2']);
    expect(marksOf('Two-thirds of voters backed the plan')).toEqual(['~2/3']);
    expect(marksOf('Экспорт леса вырос почти на треть')).toEqual(['~1/3']);
    expect(marksOf('Ушли две трети сотрудников')).toEqual(['~2/3']);
    expect(marksOf('Пятая часть урожая погибла')).toEqual(['~1/5']);
    expect(marksOf('Экспарт вырас амаль на трэць')).toEqual(['~1/3']);
    expect(marksOf('Закрылася палова крам')).toEqual(['~1/2']);
  });

  it('takes an ordinal for no fraction', () => {
    expect(marksOf('The mayor seeks a third term')).toEqual([]);
    expect(marksOf('A fifth consecutive win for the club')).toEqual([]);
    expect(marksOf('Дождь ожидается во второй половине дня')).toEqual([]);
    expect(marksOf('Nearly half a million tickets sold')).toEqual([]);
  });

  it('reads a percentage as the fractions whose band holds it', () => {
    expect(readQuantities('Exports rose 31% in October', 2026, 8)).toEqual({
      marks: ['~1/3'],
      numberMarks: ['31=~1/3'],
    });
    expect(readQuantities('Урожай упал на 18 процентов', 2026, 8).numberMarks).toEqual(['18=~1/5']);
    expect(readQuantities('Рост на 2,5%', 2026, 8).marks).toEqual([]);
    expect(readQuantities('Inflation at 40%', 2026, 8).marks).toEqual([]);
  });
});

describe('readQuantities: ages and centuries', () => {
  it('reads a century in digits, in Roman numerals and from a year before 1900', () => {
    expect(readQuantities('Divers find 17th-century ship', 2026, 8)).toEqual({
      marks: ['~c17'],
      numberMarks: ['17=~c17'],
    });
    expect(marksOf('Нашли корабль XVII века')).toEqual(['~c17']);
    // Cyrillic letters typed for Roman ones: Х, І, С.
    expect(marksOf('Царква ХІХ стагоддзя')).toEqual(['~c19']);
    expect(marksOf('A trader from the 1600s')).toEqual(['~c17']);
    expect(marksOf('The bridge, built in 1651, reopens')).toEqual(['~c17']);
  });

  it('reads an age of a hundred years or more as centuries within a tenth of it', () => {
    expect(readQuantities('A trader that sank 375 years ago', 2026, 8).numberMarks).toEqual([
      '375=~c17',
    ]);
    expect(marksOf('A 400-year-old hold opened')).toEqual(['~c16', '~c17']);
    expect(marksOf('380-летний корабль')).toEqual(['~c17']);
    expect(marksOf('Карабель затануў 375 гадоў таму')).toEqual(['~c17']);
    expect(marksOf('A 90-year-old woman')).toEqual([]);
  });

  it('reads no age when the report has no year', () => {
    expect(marksOf('A trader that sank 375 years ago', Number.NaN)).toEqual([]);
  });
});

describe('readQuantities: numbers told roughly', () => {
  it('keeps the bounds of rough numbers with the numbers that say marks, not as marks', () => {
    expect(readQuantities('Temperatures reached 41.8C on Tuesday', 2026, 8)).toEqual({
      marks: [],
      numberMarks: ['41.8=~=42'],
    });
    expect(readQuantities('Рост цен составил 18,4%', 2026, 8).numberMarks).toEqual([
      '18.4=~1/5',
      '18.4=~=18',
    ]);
  });
});

describe('quantities said approximately', () => {
  const percent = { quantities: ['~1/3'], numberQuantities: ['31=~1/3'], numbers: ['31'] };
  const words = { quantities: ['~1/3'], numberQuantities: [], numbers: [] };
  const other = { quantities: ['~1/5'], numberQuantities: ['18=~1/5'], numbers: ['18'] };

  it('say the number of the other side whose mark they say', () => {
    expect(withQuantitiesSaid([], words, percent)).toEqual(['#:31']);
    expect(withQuantitiesSaid(['w:x'], other, percent)).toEqual(['w:x']);
    expect(agreesApproximately(percent, ['31'], words)).toBe(true);
    expect(agreesApproximately(percent, ['12'], words)).toBe(false);
    expect(agreesApproximately(other, ['18'], words)).toBe(false);
  });

  it('keep a percentage told as a fraction from counting as a missing distinctive number', () => {
    const report = featuresOf(
      'Dravia timber exports rose 31% in October',
      'Timber shipments through Dravia ports rose sharply, the trade ministry said.',
    );
    const rounded = featuresOf(
      'Dravia timber exports up almost a third',
      'Shipments through the ports grew, the Dravia trade ministry said.',
    );
    const otherMonth = featuresOf(
      'Dravia timber exports up almost a fifth',
      'Shipments through the ports grew, the Dravia trade ministry said.',
    );
    expect(measurePair(report, rounded).distinctMissing).toBe(0);
    expect(measurePair(report, otherMonth).distinctMissing).toBeGreaterThan(0);
  });

  it('keep a decimal told rounded from counting as a missing distinctive number', () => {
    const decimal = featuresOf(
      'Merrow sets November record of 41.8C',
      'The temperature at the Merrow airport reached 41.8C on Tuesday, forecasters said.',
    );
    const rounded = featuresOf(
      'Merrow sets November temperature record of almost 42C',
      'Temperatures in Merrow climbed to nearly 42 degrees on Tuesday, forecasters said.',
    );
    const otherDay = featuresOf(
      'Merrow sets November temperature record of almost 40C',
      'Temperatures in Merrow climbed to nearly 40 degrees on Tuesday, forecasters said.',
    );
    expect(measurePair(decimal, rounded).distinctMissing).toBe(0);
    expect(measurePair(decimal, rounded).numberConflict).toBe(0);
    expect(measurePair(decimal, otherDay).distinctMissing).toBeGreaterThan(0);
    expect(measurePair(decimal, otherDay).numberConflict).toBe(1);
  });

  it('keep an age and a century from conflicting as headline numbers', () => {
    const century = featuresOf(
      'Divers find 17th-century trader off Merrow Point',
      'The wreck lies upright at 80 metres.',
    );
    const age = featuresOf(
      'A 380-year-old trader found upright off Merrow Point',
      'Divers reached the wreck at 80 metres.',
    );
    const younger = featuresOf(
      'A 120-year-old steamer found upright off Merrow Point',
      'Divers reached the wreck at 80 metres.',
    );
    expect(measurePair(century, age).numberConflict).toBe(0);
    expect(measurePair(century, younger).numberConflict).toBe(1);
  });
});

describe('a quantity carried across languages', () => {
  it('is shared as a term and explained as a quantity', () => {
    const english = featuresOf(
      'Divers find 17th-century trader off Merrow Point',
      'The wreck lies upright at 80 metres.',
    );
    const russian = featuresOf(
      'У мыса Мерроу нашли торговое судно XVII века',
      'Судно стоит на дне на глубине 80 метров.',
    );
    expect(english.titleCross).toContain('#:~c17');
    expect(russian.titleCross).toContain('#:~c17');
    expect(explainCrossLingual(english, russian)).toContain('match:~c17(quantity)');
  });
});
