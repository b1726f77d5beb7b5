import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/clusterer/extract-numbers.js';
import { readNumberWord, sumNumberWords } from '../../src/clusterer/number-words.js';
import { featuresOf } from './make-entry.js';

const read = (text: string) => extractNumbers(text, 20);

describe('extractNumbers: digits and a scale word are one number', () => {
  it('meets "180,000", "180 000", "180 thousand", "180 тысяч" and "180 тыс."', () => {
    for (const text of [
      'About 180,000 homes lost power',
      'Около 180 000 домов остались без света',
      'About 180\u00a0000 homes lost power',
      'About 180 thousand homes lost power',
      'Около 180 тысяч домов остались без света',
      'Каля 180 тыс. дамоў засталіся без святла',
    ])
      expect(read(text), text).toEqual(['180000']);
  });

  it('reads a decimal point or a decimal comma before million in three languages', () => {
    for (const text of [
      'The fund grew by 1.5 million',
      'The fund grew by 1,500,000',
      'Фонд вырос на 1,5 млн',
      'Фонд вырос на 1,5 миллиона',
      'Фонд вырас на 1,5 мільёна',
    ])
      expect(read(text), text).toEqual(['1500000']);
  });

  it('reads money abbreviations after a currency sign', () => {
    expect(read('A $2bn deal, or 2 billion dollars, or 2 млрд долларов')).toEqual(['2000000000']);
    expect(read('Reserves hit $12.2 bln, exports 3 mln tonnes')).toEqual([
      '12200000000',
      '3000000',
    ]);
    expect(read('€3m for the bridge, $1.2bn for roads, a $50k bonus')).toEqual([
      '3000000',
      '1200000000',
      '50000',
    ]);
    expect(read('Бюджет на 2,5 трлн рублей, 4 трыльёны')).toEqual([
      '2500000000000',
      '4000000000000',
    ]);
  });

  it('reads a lone k, m or b as a scale only after a currency sign or code', () => {
    expect(read('She won the 100m sprint and ran 5 m more')).toEqual(['100', '5']);
    expect(read('Firm fined NOK 14m, EUR 2.5bn and USD 50k')).toEqual([
      '14000000',
      '2500000000',
      '50000',
    ]);
    expect(read('A 14m fall, 10 km')).toEqual(['14', '10']);
  });

  it('gives both ends of a range the scale that closes it', () => {
    expect(read('от 1,5 до 2 млн и 1,5–2 млн')).toEqual(['1.5', '2000000', '1500000']);
    // Two counts joined by a dash are also read as a result (see below), a range's counts too.
    expect(read('aged 10-15 years')).toEqual(['10:15', '10', '15']);
  });

  it('reads "1,5" as one and a half in every language and "1,500" as fifteen hundred', () => {
    expect(read('1,5 percent and 1,500 people')).toEqual(['1.5', '1500']);
  });

  it('leaves out plain four-digit years, not counts written with a separator or a scale', () => {
    expect(read('In 2026, 2,026 people; 2020-2021; 2019 млн')).toEqual(['2026', '2019000000']);
  });

  it('takes no scale from a longer word or from inside a word', () => {
    expect(read('5 bnx, the A320 and 3 millionaires')).toEqual(['5', '3']);
  });

  it('reads exact values only: a rounded figure does not meet the precise one', () => {
    expect(read('about 1.5 million')).not.toEqual(read('1,520,000'));
  });
});

describe('extractNumbers: designations', () => {
  it('reads digits after a capitalised word and a hyphen as a designation, not a count', () => {
    expect(extractNumbers('Airline to buy 60 SSJ-100 and MC-21 jets', 10)).toEqual([
      '60',
      '-100',
      '-21',
    ]);
    expect(extractNumbers('COVID-19 kills 19 in one region', 10)).toEqual(['-19', '19']);
    expect(extractNumbers('Ту-154 совершил посадку', 10)).toEqual(['-154']);
  });

  it('keeps a rank, a range and a hyphenated count as counts', () => {
    expect(extractNumbers('Трое вошли в топ-20 богатейших', 10)).toEqual(['20']);
    expect(extractNumbers('a sentence of 2-3 years', 10)).toEqual(['2:3', '2', '3']);
  });
});

describe('extractNumbers: a result is one number', () => {
  it('reads a score as one number, from either side and with a colon or a dash alike', () => {
    expect(read('Уступила 3:6, 2:6.')).toEqual(['3:6', '2:6']);
    expect(read('«Славія» ўступіла 0:2')).toEqual(read('Isloch won 2:0'));
    // With a dash it may be a range: its counts are read as well.
    expect(read('France beat Denmark 31-29 in the final')).toEqual(['29:31', '31', '29']);
    expect(read('France beat Denmark 31-29 in the final')).toContain(read('Франция — 31:29')[0]);
  });

  it('leaves a clock time, a designation and a range with a scale as they were read', () => {
    expect(read('at 10:30 on Monday')).toEqual(['10', '30']);
    expect(read('F-16 jets')).toEqual(['-16']);
    expect(read('1,5–2 млн')).toEqual(['1500000', '2000000']);
  });
});

describe('number words', () => {
  it('reads Russian and Belarusian hundreds with a scale', () => {
    const run = (words: string[]) => sumNumberWords(words.map((w) => readNumberWord(w) ?? NaN));
    expect(run(['двести', 'тысяч'])).toBe(200_000);
    expect(run(['трыста', 'пяцьдзесят'])).toBe(350);
    expect(run(['two', 'trillion'])).toBe(2e12);
  });

  it('reads one and a half, its inflections, and ё or е alike', () => {
    expect(sumNumberWords([readNumberWord('полтора') ?? 0, readNumberWord('миллиона') ?? 0])).toBe(
      1_500_000,
    );
    expect(readNumberWord('полутора')).toBe(1.5);
    expect(readNumberWord('паўтара')).toBe(1.5);
    expect(readNumberWord('полтораста')).toBe(150);
    expect(readNumberWord('мільёнаў')).toBe(1e6);
    expect(readNumberWord('мільенаў')).toBe(1e6);
  });

  it('reads English halves and "and" inside a number, and keeps two numbers joined by "and" apart', () => {
    const numbersOf = (title: string) => featuresOf(title, '').titleNumbers;
    expect(numbersOf('Nearly one and a half thousand people evacuated')).toEqual(['1500']);
    expect(numbersOf('Two and a half million without power')).toEqual(['2500000']);
    expect(numbersOf('Half a million without power')).toEqual(['500000']);
    expect(numbersOf('Two hundred and fifty people evacuated')).toEqual(['250']);
    expect(numbersOf('Between ten and twenty people evacuated')).toEqual(['10', '20']);
    // Two numbers one after the other are two ("four, two"), a larger group then a smaller one.
    expect(numbersOf('Blast kills four, two still missing')).toEqual(['4', '2']);
    expect(numbersOf('Правозащитники насчитали тысячу сто пятьдесят два политзаключённых')).toEqual(
      ['1152'],
    );
    expect(numbersOf('Twenty five people evacuated')).toEqual(['25']);
    // "half" before no scale is a word: "half a dozen", "half the town".
    expect(numbersOf('Half a dozen people evacuated')).toEqual([]);
  });

  it('reads the plural of a scale standing alone as no number, after "более" as one', () => {
    const numbersOf = (title: string) => featuresOf(title, '').titleNumbers;
    // Thousands of homes, as English "thousands" is no number word.
    expect(numbersOf('Без света остаются тысячи домов')).toEqual([]);
    expect(numbersOf('Без святла застаюцца тысячы дамоў')).toEqual([]);
    expect(numbersOf('Миллионы людей без воды')).toEqual([]);
    // The singular's genitive after a word of approximation, and a scale after a number, count.
    expect(numbersOf('Без света более тысячи домов')).toEqual(['1000']);
    expect(numbersOf('Без света пять тысяч домов')).toEqual(['5000']);
    expect(numbersOf('Без света тысяча домов')).toEqual(['1000']);
  });
});
