import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { compileNewsLexicon } from '../../src/clusterer/news-lexicon.js';
import { readPlaceRoot } from '../../src/clusterer/place-roots.js';
import { listLocations } from '../../src/clusterer/read-locations.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { featuresOf } from './make-entry.js';

const LEXICON = compileNewsLexicon();
const locations = (headline: string) =>
  listLocations(tokenizeWithSentenceStarts(headline, 100), LEXICON, 4);

describe('listLocations', () => {
  it("reads a town of the world's gazetteer and of Belarus, in any script", () => {
    expect(locations('Three dead near Genoa')).toEqual([readPlaceRoot('Genoa')]);
    expect(locations('Kaunas chess open won by a teenager')).toEqual([readPlaceRoot('Kaunas')]);
    expect(locations('У Гомелі аштрафаваны блогер')).toEqual([readPlaceRoot('Гомель')]);
    expect(locations('Суд в Гродно вынес приговор')).toEqual([readPlaceRoot('Hrodna')]);
  });

  it('reads a town no list holds where a locative preposition governs it', () => {
    // Neither is a place of the gazetteer (Narvik is under its population floor).
    expect(locations('Searches at a teacher’s home in Narvik')).toEqual([readPlaceRoot('Narvik')]);
    expect(locations('В Нарвике прошли обыски')).toEqual([readPlaceRoot('Нарвик')]);
    expect(locations('Ператрусы ў Нарвіку')).toEqual([readPlaceRoot('Нарвік')]);
    expect(readPlaceRoot('Нарвике')).toBe(readPlaceRoot('Narvik'));
  });

  it('reads no person, country, month, acronym or concept as the place', () => {
    expect(locations('Civil rights leader Jesse Jackson dies, aged 84')).toEqual([]);
    expect(locations('Talks in January in Germany')).toEqual([]);
    expect(locations('Обыски в МВД')).toEqual([]);
    expect(locations('In Trump’s America')).toEqual([]);
    // A surname beside a given name, even one spelt like a town of Belarus.
    expect(locations('Searches at the home of Ivan Lida')).toEqual([]);
  });

  it('reads a word a locative governs in a Title Case headline only when the entry names it', () => {
    const headline = tokenizeWithSentenceStarts('This City Is Drowning in Garbage', 100);
    expect(listLocations(headline, LEXICON, 4, new Set())).toEqual([]);
    const named = tokenizeWithSentenceStarts('Floods Leave Thousands Homeless in Narvik', 100);
    expect(listLocations(named, LEXICON, 4, new Set(['Narvik']))).toEqual([
      readPlaceRoot('Narvik'),
    ]);
    // A headline in sentence case capitalises names alone.
    expect(locations('Searches at a teacher’s home in Narvik')).toEqual([readPlaceRoot('Narvik')]);
  });

  it('reads Russian у as a person’s, Belarusian у as a place', () => {
    // Іванава is a town of Belarus; "у Иванова" is "at Ivanov's".
    expect(locations('Обыск у Иванова в Минске')).toEqual([readPlaceRoot('Минск')]);
    expect(locations('Ператрус у Іванаве')).toEqual([readPlaceRoot('Іванава')]);
  });
});

describe('locationConflict', () => {
  const text = 'Police searched the flat and took away two laptops, the activist’s lawyer said.';
  const ruText =
    'Полиция провела обыск в квартире и изъяла два ноутбука, сообщил адвокат активиста.';

  it('tells searches in two towns apart, in one language and across scripts', () => {
    const a = featuresOf('Searches at an activist’s home in Ostrava', text);
    expect(
      measurePair(a, featuresOf('Searches at an activist’s home in Lublin', text)),
    ).toMatchObject({ locationConflict: 1 });
    expect(measurePair(a, featuresOf('В Нарвике у активиста прошли обыски', ruText))).toMatchObject(
      { locationConflict: 1 },
    );
  });

  it('holds no conflict when the other side mentions the place, or a place within it', () => {
    const a = featuresOf('Searches at an activist’s home in Ostrava', text);
    const b = featuresOf('В Остраве у активиста прошли обыски', ruText);
    expect(measurePair(a, b).locationConflict).toBe(0);
    const town = featuresOf('Three dead near Genoa', 'Rivers burst their banks overnight.');
    const province = featuresOf('Floods in Liguria', 'Rivers burst their banks near Genoa.');
    expect(measurePair(town, province).locationConflict).toBe(0);
    const other = featuresOf('Floods in Liguria', 'Rivers burst their banks overnight.');
    expect(measurePair(town, other).locationConflict).toBe(0);
  });

  it('holds no conflict between two towns of one region of Belarus', () => {
    const a = featuresOf('Суд в Пинске осудил учителя', 'Учителя осудили за комментарии.');
    const b = featuresOf(
      'Суд в Барановичах осудил учителя',
      'Учителя из Брестской области осудили.',
    );
    expect(measurePair(a, b).locationConflict).toBe(0);
  });
});
