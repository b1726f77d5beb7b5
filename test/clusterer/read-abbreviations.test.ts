import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import {
  listPhrases,
  readAbbreviationsSaid,
  spells,
} from '../../src/clusterer/read-abbreviations.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { makeEntry } from './make-entry.js';

const phrases = (text: string) => listPhrases(tokenizeWithSentenceStarts(text, 100), 6);
const skeletons = (words: string) => words.split(' ').map((word) => skeletonizeName(word));

describe('listPhrases', () => {
  it('reads the word of an institution and the lower-case words after it, function words left out', () => {
    expect(phrases('Об этом сообщило Министерство по чрезвычайным ситуациям.')).toEqual([
      skeletons('Министерство чрезвычайным ситуациям').join(' '),
    ]);
    expect(phrases('Рашэнне прыняў Мінскі абласны выканаўчы камітэт')).toEqual([]);
    expect(phrases('Абласны выканаўчы камітэт адказаў')).toEqual([
      skeletons('Абласны выканаўчы камітэт адказаў').join(' '),
    ]);
  });

  it('stops at a capitalised word and at a sentence start, and reads no other capitalised word', () => {
    expect(phrases('Министерство лесного хозяйства Беларуси сообщило')).toEqual([
      skeletons('Министерство лесного хозяйства').join(' '),
    ]);
    expect(phrases('В Бобруйске стал известен приговор')).toEqual([]);
    expect(phrases('Israel’s neighbors condemn the plan')).toEqual([]);
  });
});

describe('spells', () => {
  const forestry = skeletons('Министерство лесного хозяйства');

  it("reads an abbreviation made of the openings of the phrase's words, the rest of it free", () => {
    expect(spells(skeletonizeName('Минлесхоз'), forestry)).toBe(true);
    expect(spells(skeletonizeName('Мінлясгас'), forestry)).toBe(true);
    expect(spells(skeletonizeName('Минздрав'), skeletons('Министерство здравоохранения'))).toBe(
      true,
    );
    expect(spells(skeletonizeName('Минюст'), skeletons('Министерство юстиции сообщило'))).toBe(
      true,
    );
  });

  it('needs two words or more, each opening of two letters or more', () => {
    expect(spells(skeletonizeName('Министерство'), forestry)).toBe(false);
    // Минск, mns-k: an opening of one letter is no syllable.
    expect(spells(skeletonizeName('Минск'), skeletons('Министерство культуры'))).toBe(false);
    expect(spells(skeletonizeName('МВД'), skeletons('Министерство внутренних дел'))).toBe(false);
  });
});

describe('readAbbreviationsSaid', () => {
  const forestry = skeletons('Министерство лесного хозяйства').join(' ');
  const abbreviation = skeletonizeName('Минлесхоз');

  it("says the other side's abbreviation, and gives it the phrase's words", () => {
    const read = readAbbreviationsSaid([forestry], new Set(), [abbreviation], 'ru');
    expect(read.said).toEqual([abbreviation]);
    expect(read.otherSaid).toEqual(forestry.split(' '));
  });

  it('reads no abbreviation of an English side, nor a name the phrase side names itself', () => {
    expect(readAbbreviationsSaid([forestry], new Set(), [abbreviation], 'en').said).toEqual([]);
    expect(
      readAbbreviationsSaid([forestry], new Set([abbreviation]), [abbreviation], 'ru').said,
    ).toEqual([]);
  });
});

describe('an institution in full in one copy and abbreviated in the other', () => {
  const full = fingerprintEntry(
    makeEntry({
      title: 'В 53 районах запретили посещать леса',
      text: 'Посещение лесов ограничено в 53 районах, сообщило Министерство лесного хозяйства.',
    }),
  ).features;
  const abbreviated = fingerprintEntry(
    makeEntry({
      title: 'Леса закрыли в пятидесяти трёх районах',
      text: 'Из-за засухи Минлесхоз ограничил посещение лесов в 53 районах.',
    }),
  ).features;

  it('is not read as two names each copy leaves out', () => {
    expect(full.phrases).toEqual([skeletons('Министерство лесного хозяйства').join(' ')]);
    const unsaid = measurePair({ ...full, phrases: [] }, abbreviated).nameMismatch;
    expect(unsaid).toBeGreaterThan(0);
    expect(measurePair(full, abbreviated).nameMismatch).toBeLessThan(unsaid);
  });
});
