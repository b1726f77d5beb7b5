import { describe, expect, it } from 'vitest';
import {
  compileNewsLexicon,
  lookUpConcept,
  lookUpPhrase,
} from '../../src/clusterer/news-lexicon.js';

describe('the news lexicon: forms and translations of the news', () => {
  const lexicon = compileNewsLexicon();
  const concept = (word: string) => lookUpConcept(lexicon, word)?.id;

  it('reads the -ing, -s and noun forms of a known event as that event', () => {
    for (const word of ['accusing', 'accusations', 'charging', 'обвиняют'])
      expect(concept(word), word).toBe('charge');
    for (const word of ['refusing', 'refuses']) expect(concept(word), word).toBe('reject');
    for (const word of ['denounces', 'condemnation']) expect(concept(word), word).toBe('condemn');
    for (const word of ['negotiated', 'negotiating']) expect(concept(word), word).toBe('talks');
    for (const word of ['assaulted', 'attacking', 'bombed'])
      expect(concept(word), word).toBe('attack');
    expect(concept('nominations')).toBe('appoint');
    expect(concept('murdering')).toBe('kill');
  });

  it('meets a blogger, citizenship and a border crossing across English, Russian and Belarusian', () => {
    for (const word of ['blogger', 'блогера', 'блогеру'])
      expect(concept(word), word).toBe('blogger');
    for (const word of ['citizenship', 'гражданства', 'грамадзянства'])
      expect(concept(word), word).toBe('citizenship');
    expect(concept('crossings')).toBe('checkpoint');
    expect(concept('кпп')).toBe('checkpoint');
    const words = ['пункты', 'пропуска'].map((word) => ({ word }));
    expect(lookUpPhrase(lexicon, 'пункты', words, 0)?.concept.id).toBe('checkpoint');
    // "пункты" alone (points of a plan) is no crossing.
    expect(
      lookUpPhrase(lexicon, 'пункты', [{ word: 'пункты' }, { word: 'плана' }], 0),
    ).toBeUndefined();
  });

  it('meets the trade a report names its protagonist by, in English, Russian and Belarusian', () => {
    for (const word of ['librarian', 'библиотекаршу', 'бібліятэкарку'])
      expect(concept(word), word).toBe('librarian');
    for (const word of ['teacher', 'учительницу', 'настаўніцу'])
      expect(concept(word), word).toBe('teacher');
    for (const word of ['playwright', 'dramatist', 'драматурга', 'драматурга'])
      expect(concept(word), word).toBe('playwright');
    for (const word of ['pensioner', 'retirees', 'пенсионерку', 'пенсіянера'])
      expect(concept(word), word).toBe('pensioner');
    // A developer may build houses and a director run a company: neither is read as a trade.
    expect(concept('developer')).toBeUndefined();
    expect(concept('director')).toBeUndefined();
  });
});
