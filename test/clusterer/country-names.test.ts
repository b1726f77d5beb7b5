import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { readPlaceAdjective, readPlaceRoot } from '../../src/clusterer/place-roots.js';
import { readCountryWord } from '../../src/clusterer/read-country.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { makeEntry } from './make-entry.js';

/** The headline's terms, language-free terms and names, of a made-up entry with no text. */
function readHeadline(title: string) {
  const { features } = fingerprintEntry(makeEntry({ title, text: '' }));
  return { terms: features.titleTerms, cross: features.titleCross, names: features.titleNames };
}

const peru = skeletonizeName('Peru');

describe('a country in every form', () => {
  it('reads the noun and the people of a country as one word and one name in English', () => {
    const noun = readHeadline("Peru's Congress ousts the president after a vote");
    const people = readHeadline('Peruvian lawmakers remove the president');
    expect(noun.terms).toContain('w:peru');
    expect(people.terms).toContain('w:peru');
    expect(noun.names).toEqual([peru]);
    expect(people.names).toEqual([peru]);
  });

  it('does so in Russian and Belarusian, where the adjective is written in lower case', () => {
    const noun = readHeadline('Конгресс Перу отправил президента в отставку');
    const adjective = readHeadline('Депутаты перуанского конгресса отстранили президента');
    const belarusian = readHeadline('Перуанскія дэпутаты адхілілі прэзідэнта');
    for (const side of [noun, adjective, belarusian]) {
      expect(side.terms).toContain('w:peru');
      expect(side.names).toEqual([peru]);
    }
  });

  it('reads "North Macedonian" and "Северная Македония" as the country, not "North" and a name', () => {
    const macedonia = skeletonizeName('Macedonia');
    for (const title of [
      'The North Macedonian capital closes its schools',
      'North Macedonia closes its schools',
      'Северная Македония закрыла школы',
      'Паўночная Македонія зачыніла школы',
    ]) {
      expect(readHeadline(title).names).toEqual([
        readHeadline('Skopje closes its schools').names[0],
      ]);
      expect(readHeadline(title).names).not.toContain(skeletonizeName('North'));
    }
    expect(readHeadline('Skopje closes its schools').names).toEqual([macedonia]);
  });

  it('lets a headline meet another in another language through the country', () => {
    const english = readHeadline('Peruvian lawmakers remove the president');
    const russian = readHeadline('Депутаты перуанского конгресса отстранили президента');
    const belarusian = readHeadline('Парламент Перу адхіліў прэзідэнта');
    expect(english.cross).toContain(`e:${peru}`);
    expect(russian.cross).toContain(`e:${peru}`);
    expect(belarusian.cross).toContain(`e:${peru}`);
  });

  it('reads a country of two words, or a hyphenated one, whole', () => {
    const srilanka = skeletonizeName('Шри-Ланка');
    expect(readHeadline('Sri Lanka declares a default on its debt').names).toEqual([srilanka]);
    expect(readHeadline('Шри-Ланка объявила дефолт').names).toEqual([srilanka]);
    expect(readHeadline('Шриланкийские власти объявили дефолт').names).toEqual([srilanka]);
  });

  it('leaves a country the news lexicon knows to its concept, in a phrase too', () => {
    expect(readHeadline('North Korea fires a missile').cross).toContain('c:korea');
    expect(readHeadline('Северная Корея запустила ракету').cross).toContain('c:korea');
    expect(readHeadline('Chinese and Iranian ministers meet').cross).toEqual(
      expect.arrayContaining(['c:china', 'c:iran']),
    );
  });

  it('keeps two countries apart, however alike their names', () => {
    const pairs = [
      ['Peruvian', 'Chilean'],
      ['Нигер', 'Нигерия'],
      ['нигерийские', 'Нигер'],
      ['Austrian', 'Australian'],
      ['Гвинея', 'Гана'],
      ['Iranian', 'Iraqi'],
    ];
    for (const [a, b] of pairs)
      expect(readCountryWord(a as string), `${a} ${b}`).not.toBe(readCountryWord(b as string));
  });

  it('reads a name only when capitalised, and an English people word too', () => {
    expect(readCountryWord('Turkey')).toBe('turkey');
    expect(readCountryWord('turkey')).toBeUndefined();
    expect(readCountryWord('Chad')).toBe('chad');
    expect(readCountryWord('перу')).toBeUndefined();
    expect(readCountryWord('dutch')).toBeUndefined();
    expect(readCountryWord('датские')).toBe('denmark');
  });

  it('swallows no common name or word that begins like a country', () => {
    for (const word of [
      'Даниил',
      'Данилу',
      'Катарина',
      'Литвинов',
      'Литвиненко',
      'гренадер',
      'Косова',
    ])
      expect(readCountryWord(word), word).toBeUndefined();
  });

  it('reads no common given name or surname of the names fixture, declined, as a country', () => {
    const file = new URL('../fixtures/given-names/common-names.txt', import.meta.url);
    const names = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .flatMap((line) => line.split(/\s+/u))
      .filter((word) => word !== '');
    expect(names.length).toBeGreaterThan(400);
    // Endings a name takes after a vowel it drops (Анна → Анну) or after its last consonant.
    const declined = (name: string) =>
      /[ая]$/u.test(name)
        ? ['ы', 'и', 'е', 'у', 'ой', 'ей'].map((ending) => name.slice(0, -1) + ending)
        : ['а', 'у', 'е', 'ом', 'ым', 'ов', 'ова'].map((ending) => name + ending);
    const read = names
      .flatMap((name) => [name, ...declined(name)])
      .filter((form) => readCountryWord(form) !== undefined);
    expect(read).toEqual([]);
  });

  it('reads a people word after a given name as a surname, not the country', () => {
    const actor = readHeadline('Tributes paid as actor Eric Dane dies at 53');
    expect(actor.names).not.toContain(skeletonizeName('Denmark'));
    const director = readHeadline('Фильм, который снял режиссёр Андрей Шведов, вышел в прокат');
    expect(director.names).not.toContain(skeletonizeName('Швеция'));
    expect(readHeadline('Датские власти закрыли границу').names).toEqual([
      skeletonizeName('Denmark'),
    ]);
  });

  it('reads a people word after a colon or a full stop as the country, whatever came before', () => {
    const kenya = skeletonizeName('Kenya');
    const afterColon = readHeadline('Amsterdam Marathon: Kenyan record, Lithuanian personal best');
    expect(afterColon.terms).toContain('w:kenya');
    expect(afterColon.names).toContain(kenya);
    expect(readHeadline('City Marathon. Kenyan runners sweep the podium').names).toContain(kenya);
    // Without the colon the word after a capitalised word stays a surname.
    const coach = readHeadline('Tributes paid to the coach Paul Kenyan after the race');
    expect(coach.terms).toContain('w:kenyan');
    expect(coach.terms).not.toContain('w:kenya');
  });

  it('reads a short name that is also a common word only where it cannot be that word', () => {
    expect(readHeadline('Того же мнения придерживается министр').names).toEqual([]);
    expect(readHeadline('Президент Того ушёл в отставку').names).toEqual([skeletonizeName('Togo')]);
  });

  it('gives a place adjective of a country the root of the country', () => {
    expect(readPlaceAdjective('Peruvian')).toBe(readPlaceRoot('Peru'));
    expect(readPlaceAdjective('перуанские')).toBe(readPlaceRoot('Перу'));
  });
});

describe('a continent or region in every form', () => {
  it('reads its names and adjectives in three languages as one place, word and name', () => {
    const caucasus = ['Storms hit the Caucasus', 'Бури обрушились на Кавказ', 'Шторм на Каўказе'];
    const crimea = ['Crimean bridge closed', 'Крымский мост закрыт', 'Мост у Крым зачынены'];
    const middleEast = ['Middle East talks resume', 'Переговоры по Ближнему Востоку возобновились'];
    for (const group of [caucasus, crimea, middleEast]) {
      const sides = group.map(readHeadline);
      // One name, and one word every side says.
      expect(new Set(sides.map((side) => side.names.join(' '))).size).toBe(1);
      const shared = sides
        .map((side) => side.terms.filter((term) => term.startsWith('w:')))
        .reduce((a, b) => a.filter((term) => b.includes(term)));
      expect(shared).toHaveLength(1);
    }
    expect(readCountryWord('Кавказе')).toBe('caucasus');
    expect(readCountryWord('Antarctic')).toBe('antarctica');
    expect(readCountryWord('Антарктиды')).toBe('antarctica');
  });

  it('keeps apart what only looks alike, and swallows no name', () => {
    expect(readCountryWord('Arctic')).toBe('arctic');
    // Given names and surnames that open like a region stay names.
    for (const name of ['Азиз', 'Азизов', 'Крымов', 'Крымова', 'Африкантов'])
      expect(readCountryWord(name)).toBeUndefined();
  });
});
