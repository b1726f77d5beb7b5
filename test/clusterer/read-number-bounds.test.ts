import { describe, expect, it } from 'vitest';
import { boundPairs, readNumberBounds } from '../../src/clusterer/read-number-bounds.js';

const bounds = (text: string) => readNumberBounds(text.toLowerCase(), 8);

describe('readNumberBounds: decimals', () => {
  it('reads a decimal of two or three digits as the whole number it rounds to', () => {
    expect(bounds('Temperatures reached 41.8C on Tuesday')).toEqual(['41.8=~=42']);
    expect(bounds('Рост цен составил 18,4%')).toEqual(['18.4=~=18']);
    expect(bounds('Sold for $31.4 million')).toEqual(['31400000=~=31000000']);
    expect(bounds('Sold for $31.4m')).toEqual(['31400000=~=31000000']);
    expect(bounds('Продан за 31,4 млн долларов')).toEqual(['31400000=~=31000000']);
  });

  it('reads no bound of a small decimal, a thousands separator, a date or two decimals', () => {
    expect(bounds('Inflation slowed to 2.7%')).toEqual([]);
    expect(bounds('Some 1,500 people were evacuated')).not.toContain('1500=~=2');
    expect(bounds('Заседание назначено на 10.11.2026')).toEqual([]);
    expect(bounds('Shares closed at 12.75')).toEqual([]);
  });

  it('reads a decimal of one digit only before a scale, and only as a whole within a twentieth', () => {
    expect(bounds('Its light set out 9.1 billion years ago')).toEqual(['9100000000=~=9000000000']);
    expect(bounds('Ущерб оценён в 2,9 млн рублей')).toEqual(['2900000=~=3000000']);
    expect(bounds('It drew 1.5 million people')).toEqual([]);
    expect(bounds('A 1.1 billion deal')).toEqual([]);
    expect(bounds('A magnitude 6.9 earthquake')).toEqual([]);
  });

  it('reads two decimals only before a scale, as one decimal and as the whole', () => {
    expect(bounds('Резервы составили 12,18 млрд долларов')).toEqual([
      '12180000000=~=12200000000',
      '12180000000=~=12000000000',
    ]);
    expect(bounds('Reserves of $12.18 billion')).toContain('12180000000=~=12000000000');
    expect(bounds('The key rate stays at 3.25%')).toEqual([]);
    expect(bounds('A 1.85 billion deal')).not.toContain('1850000000=~=2000000000');
  });
});

describe('readNumberBounds: words of approximation', () => {
  it('reads a round number after a word of approximation as a band below, above or about it', () => {
    expect(bounds('Temperatures climbed to almost 42C')).toEqual(['42=~<42']);
    expect(bounds('Fewer than 10,000 new cases for a second day')).toEqual(['10000=~<10000']);
    expect(bounds('Менее 10 тыс. новых случаев второй день подряд')).toEqual(['10000=~<10000']);
    expect(bounds('More than 4,000 passengers stranded')).toEqual(['4000=~>4000']);
    expect(bounds('Свыше 40 врачей умерли')).toEqual(['40=~>40']);
    expect(bounds('Some 1,500 people were evacuated')).toEqual(['1500=~≈1500']);
    expect(bounds('Каля 150 аддзяленняў закрыюць')).toEqual(['150=~≈150']);
  });

  it('reads a verb of exceeding as a band above its number, in three languages', () => {
    expect(bounds('Резервы превысили 12 миллиардов долларов')).toEqual([
      '12000000000=~>12000000000',
    ]);
    expect(bounds('Reserves topped $12 billion')).toEqual(['12000000000=~>12000000000']);
    expect(bounds('Экспарт перавысіў 40 тысяч тон')).toEqual(['40000=~>40000']);
    const rough = {
      numberQuantities: bounds('Резервы превысили 12 миллиардов'),
      numbers: ['12000000000'],
    };
    const exact = { numberQuantities: [], numbers: ['12180000000'] };
    expect(boundPairs(rough, exact)).toEqual([['12000000000', '12180000000']]);
    expect(boundPairs(rough, { numberQuantities: [], numbers: ['11900000000'] })).toEqual([]);
  });

  it('reads no bound of a number that is not round, nor of a word without a number', () => {
    expect(bounds('More than 9,709 cases')).toEqual([]);
    expect(bounds('Almost everyone stayed home; 40 left')).toEqual([]);
  });
});

describe('boundPairs', () => {
  const side = (text: string, numbers: string[]) => ({
    numberQuantities: bounds(text),
    numbers,
  });

  it('pairs a number with the rough number that stands for it, from either side', () => {
    const rough = side('fewer than 10,000 new cases', ['10000']);
    const exact = side('9,709 new cases', ['9709']);
    expect(boundPairs(rough, exact)).toEqual([['10000', '9709']]);
    expect(boundPairs(exact, rough)).toEqual([['9709', '10000']]);
    const decimal = side('reached 41.8C', ['41.8']);
    const whole = side('reached 42C', ['42']);
    expect(boundPairs(decimal, whole)).toEqual([['41.8', '42']]);
  });

  it('leaves a number outside the band unpaired', () => {
    const rough = side('fewer than 10,000 new cases', ['10000']);
    expect(boundPairs(rough, side('8,500 new cases', ['8500']))).toEqual([]);
    expect(boundPairs(rough, side('10,200 new cases', ['10200']))).toEqual([]);
    expect(boundPairs(side('reached 41.8C', ['41.8']), side('reached 41C', ['41']))).toEqual([]);
  });
});
