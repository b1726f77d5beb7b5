import { describe, expect, it } from 'vitest';
import { decideOnMeasures } from '../../src/clusterer/decide-on-measures.js';
import { givenNamesAgree, surnamesAgree } from '../../src/clusterer/measure-people.js';
import { compileNewsLexicon } from '../../src/clusterer/news-lexicon.js';
import type { PairMeasures } from '../../src/clusterer/pair-measures.js';
import { SHIPPED_PAIR_MODEL } from '../../src/clusterer/pair-model.js';
import { readPeople } from '../../src/clusterer/read-people.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { skeletonizeAsWritten } from '../../src/clusterer/skeletonize-name.js';
import { featuresOf } from './make-entry.js';

/*
 * People named by full name, and what the other side says of them. Every name here is made up;
 * the given names are common ones, in their Russian, Belarusian and English forms.
 */

const lexicon = compileNewsLexicon();
const sk = skeletonizeAsWritten;
const fp = featuresOf;

describe('readPeople', () => {
  it('reads a given name and a surname, the last two of a run, not across a comma', () => {
    const names = new Set(['Vesna', 'Kolarova', 'Dobrin']);
    const people = readPeople(
      'Pianist Vesna Kolarova leaves Dobrin, Marta says',
      false,
      names,
      lexicon,
      4,
    );
    expect(people).toEqual([sk('Vesna'), sk('Kolarova'), 'w:kolaro']);
  });

  it('reads no person out of a word: iPhone Pro', () => {
    expect(readPeople('The new iPhone Pro is out', false, new Set(), lexicon, 4)).toEqual([]);
  });

  it('reads no person out of a place named with a word of the compass, in any of the languages', () => {
    for (const text of [
      'Ice jam on Western Varta floods villages',
      'Затор на Западной Варте: подтоплены дворы',
      'На Заходняй Варце ўтварыўся затор',
      'Снег в Северной Карелии',
    ])
      expect(readPeople(text, false, new Set(), lexicon, 4)).toEqual([]);
    expect(readPeople('Затор у Вольгі Варцы', false, new Set(), lexicon, 4)).toHaveLength(3);
  });

  it('reads the opening word of a Title Case headline before a name', () => {
    const names = new Set(['Kolarova']);
    expect(
      readPeople('Vesna Kolarova, 40, Detained In Dobrin', true, names, lexicon, 4),
    ).toHaveLength(3);
    expect(readPeople('Detained Vesna Today', true, names, lexicon, 4)).toEqual([]);
  });
});

describe('an award named after someone is no person', () => {
  it('reads no given name in "International" or "Международного" before a surname', () => {
    const en = fp(
      'Varda novel makes International Rellick shortlist',
      'The novel is on the shortlist.',
      'en',
    );
    const ru = fp(
      'Роман из Варды вошёл в шорт-лист Международного Реллика',
      'Роман попал в список.',
      'ru',
    );
    expect(en.titlePeople).toEqual([]);
    expect(ru.titlePeople).toEqual([]);
  });
});

describe('given names and surnames across spellings', () => {
  it('agree for the forms of one given name, not for two names', () => {
    for (const [a, b] of [
      ['Volha', 'Ольга'],
      ['Ганна', 'Anna'],
      ['Uladzimir', 'Владимир'],
      ['Мікіта', 'Никита'],
      ['Сяргей', 'Sergei'],
      ['Alex', 'Alexander'],
      ['Jan', 'Ян'],
      ['Лявон', 'Леон'],
      ['Paval', 'Paul'],
    ])
      expect(givenNamesAgree(sk(a as string), sk(b as string)), `${a} ${b}`).toBe(true);
    expect(givenNamesAgree(sk('Марта'), sk('Ivan'))).toBe(false);
    expect(givenNamesAgree(sk('Borys'), sk('Nadia'))).toBe(false);
    // One class is the start or end of too many: Kai is no Katya, Tom no Dorota.
    expect(givenNamesAgree(sk('Kai'), sk('Katya'))).toBe(false);
    expect(givenNamesAgree(sk('Tom'), sk('Dorota'))).toBe(false);
    // Without its v, a name of one class left is too short to say anything: Lev is no Ola.
    expect(givenNamesAgree(sk('Lev'), sk('Ola'))).toBe(false);
    expect(givenNamesAgree(sk('Lavon'), sk('Milan'))).toBe(false);
  });

  it('agree for a surname written with and without its ў', () => {
    expect(surnamesAgree(sk('Zhaulyk'), sk('Жаўлык'))).toBe(true);
    expect(surnamesAgree(sk('Kolarova'), sk('Dobrin'))).toBe(false);
  });
});

describe('the person conflict', () => {
  it('keeps one template told of two people apart', () => {
    const a = fp(
      'Vesna Kolarova named Dobrin police chief',
      'Vesna Kolarova, 48, will head the Dobrin police.',
      'en',
    );
    const b = fp(
      'Tomas Hrubec named Dobrin police chief',
      'Tomas Hrubec, 48, will head the Dobrin police.',
      'en',
    );
    const result = scorePair(a, b);
    expect(result.measures?.personConflict).toBe(1);
    // Headlines this alike are kept apart by other-people too; across languages only by this.
    expect(result.score).toBeLessThanOrEqual(0.3);
    const be = fp(
      'Тамаш Грубец прызначаны начальнікам міліцыі Добрына',
      'Тамаш Грубец, 48 гадоў, узначаліць міліцыю Добрына.',
      'be',
    );
    const crossed = scorePair(a, be);
    expect(crossed.measures?.personConflict).toBe(1);
  });

  it('takes a surname met with another given name for another person', () => {
    const a = fp(
      'Марта Кравец выиграла турнир в Добрине',
      'Марта Кравец набрала 8 очков на турнире.',
      'ru',
    );
    const b = fp(
      'Ivan Kravets jailed for 3 years',
      'A court jailed Ivan Kravets for 3 years.',
      'en',
    );
    expect(scorePair(a, b).measures?.personConflict).toBe(1);
  });

  it('says a person named in another script, by another form of the given name or by surname', () => {
    const a = fp(
      'Volha Zhaulyk released from prison',
      'Volha Zhaulyk was released on Monday after two years.',
      'en',
    );
    const b = fp(
      'Вольга Жаўлык выйшла на волю',
      'Вольгу Жаўлык вызвалілі ў панядзелак пасля двух гадоў.',
      'be',
    );
    const c = fp('Ольга Жавлык вышла на свободу', 'Ольгу Жавлык освободили в понедельник.', 'ru');
    expect(scorePair(a, b).measures?.personConflict).toBe(0);
    expect(scorePair(a, c).measures?.personConflict).toBe(0);
    const bySurname = fp('Zhaulyk freed', 'Zhaulyk was freed on Monday.', 'en');
    expect(scorePair(c, bySurname).measures?.personConflict).toBe(0);
  });

  it('keeps a shared boilerplate quote from joining two people', () => {
    const measures = (changes: Partial<PairMeasures>): PairMeasures => {
      const zero = Object.fromEntries(Object.keys(SHIPPED_PAIR_MODEL.weights).map((k) => [k, 0]));
      return { ...(zero as unknown as PairMeasures), leadSim: 0.5, rareNames: 0.6, ...changes };
    };
    const unsure = { bias: -10, weights: SHIPPED_PAIR_MODEL.weights };
    const quoted = measures({ sharedQuotes: 0.8 });
    expect(decideOnMeasures(unsure, quoted).score).toBe(0.85);
    expect(decideOnMeasures(unsure, { ...quoted, personConflict: 1 }).byModel).toBe(true);
  });
});
