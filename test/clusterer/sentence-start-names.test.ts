import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { collectStartMentions, isTitleCase } from '../../src/clusterer/name-words.js';
import { compileNewsLexicon } from '../../src/clusterer/news-lexicon.js';
import { listStartPlaces } from '../../src/clusterer/read-locations.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { makeEntry } from './make-entry.js';

const lexicon = compileNewsLexicon();

function startMentions(text: string, names: string[] = []): string[] {
  return collectStartMentions(tokenizeWithSentenceStarts(text, 100), new Set(names), lexicon, 12);
}

describe('collectStartMentions', () => {
  it('keeps a capitalised word that opens a sentence and is not read as a name', () => {
    expect(startMentions('Zhelvory teacher jailed. She taught history.')).toEqual([
      skeletonizeName('Zhelvory'),
    ]);
  });

  it('leaves out stop words, words of the lexicon and words already read as names', () => {
    expect(startMentions('The court heard it. Police said so.')).toEqual([]);
    expect(startMentions('Zhelvory teacher jailed', ['Zhelvory'])).toEqual([]);
  });

  it('leaves out lower-case words and capitalised words inside a sentence', () => {
    expect(startMentions('teacher from Zhelvory jailed')).toEqual([]);
  });
});

describe('a name said only at a sentence start', () => {
  const jailed = fingerprintEntry(
    makeEntry({
      title: 'Zhelvory history teacher gets three years for a post',
      text: 'Judge Kowalczyk sentenced the teacher over a post about the army.',
    }),
  ).features;
  const fromTown = fingerprintEntry(
    makeEntry({
      title: 'Teacher from Zhelvory jailed for three years over a post',
      text: 'The history teacher from Zhelvory was sentenced for a post about the army.',
    }),
  ).features;

  it('is no name of its own side', () => {
    expect(jailed.titleNames).not.toContain(skeletonizeName('Zhelvory'));
    expect(jailed.startMentions).toContain(skeletonizeName('Zhelvory'));
  });

  // Each side names someone the other does not (Kowalczyk, Zhelvory) until the sentence start counts.
  it('counts as said when the other side names it in another language', () => {
    const russian = fingerprintEntry(
      makeEntry({
        title: 'Учительницу из Жельворы осудили на три года',
        text: 'Суд в Жельворах приговорил учительницу истории за пост об армии.',
      }),
    ).features;
    expect(russian.titleNames).toContain(skeletonizeName('Zhelvory'));
    const measures = measurePair(jailed, russian);
    expect(measures.nameMismatch).toBe(0);
  });

  it('is shared evidence across languages: the other side finds the name it says', () => {
    const russian = fingerprintEntry(
      makeEntry({
        title: 'Учительницу из Жельворы осудили на три года',
        text: 'Суд в Жельворах приговорил учительницу истории за пост об армии.',
      }),
    ).features;
    const unsaid = { ...jailed, startMentions: [] };
    // sharedRare sums the rarity of the first side's terms that the second side says.
    const shared = measurePair(russian, jailed).sharedRare;
    expect(shared).toBeGreaterThan(measurePair(russian, unsaid).sharedRare);
  });

  it('is left unsaid in a pair of one language, which shares the word itself', () => {
    expect(fromTown.titleNames).toContain(skeletonizeName('Zhelvory'));
    expect(measurePair(jailed, fromTown).nameMismatch).toBeGreaterThan(0);
  });
});

describe('a known place said only at a sentence start', () => {
  const places = (text: string, names: string[] = []) =>
    listStartPlaces(tokenizeWithSentenceStarts(text, 100), new Set(names), lexicon, 4);

  it('is read when the place is in the gazetteer or in Belarus, not otherwise', () => {
    expect(places('Genoa bakes in record heat. Firefighters were called.')).toEqual([
      skeletonizeName('Genoa'),
    ]);
    expect(places('Гомель остался без воды')).toEqual([skeletonizeName('Гомель')]);
    expect(places('Zhelvory teacher jailed. She taught history.')).toEqual([]);
    expect(places('Genoa bakes in record heat', ['Genoa'])).toEqual([]);
  });

  it('counts as said in a pair of one language', () => {
    const record = fingerprintEntry(
      makeEntry({
        title: 'Genoa bakes in record November heat',
        text: 'Genoa recorded its hottest November day on Tuesday, Arpal forecaster Ferri said.',
      }),
    ).features;
    const named = fingerprintEntry(
      makeEntry({
        title: 'Record November heat for the Italian port',
        text: 'Temperatures in Genoa reached a November high on Tuesday, forecaster Lucchese said.',
      }),
    ).features;
    expect(record.titleNames).not.toContain(skeletonizeName('Genoa'));
    // Each names people the other does not (Arpal and Ferri, Lucchese); Genoa is one fewer unsaid.
    const unsaid = measurePair({ ...record, startPlaces: [] }, named).nameMismatch;
    expect(measurePair(record, named).nameMismatch).toBeLessThan(unsaid);
  });
});

describe('a headline in Title Case', () => {
  it('is an English convention: a short Cyrillic headline of names is not one', () => {
    const words = (text: string) => tokenizeWithSentenceStarts(text, 100);
    expect(isTitleCase(words('Museum Experts Found a Secret Dog Hiding in a Painting'))).toBe(true);
    // Three of its four long words are capitalised: they are names.
    expect(isTitleCase(words('Мсціслаўскі суд: Валянцін Шчурко — «неасудны»'))).toBe(false);
  });

  it('leaves a Cyrillic headline its names, which the lead does not repeat', () => {
    const features = fingerprintEntry(
      makeEntry({
        title: 'Мсціслаўскі суд: Валянцін Шчурко — «неасудны»',
        text: 'Шасцідзесяцісямігадовага мсціслаўца, які пісаў у райвыканкам, суд адправіў на прымусовае лячэнне.',
      }),
    ).features;
    expect(features.titleNames).toContain(skeletonizeName('Шчурко'));
  });
});
