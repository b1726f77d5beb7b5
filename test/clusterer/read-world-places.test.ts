import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import { compileNewsLexicon } from '../../src/clusterer/news-lexicon.js';
import {
  listPlacesInside,
  listPlacesWithin,
  withPlacesWithin,
} from '../../src/clusterer/read-world-places.js';
import { skeletonizeAsWritten, skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { featuresOf } from './make-entry.js';

const LEXICON = compileNewsLexicon();
const within = (text: string) =>
  listPlacesWithin(tokenizeWithSentenceStarts(text, 100), LEXICON, 12);
const names = (text: string) => within(text).map((entry) => entry.split(' ')[0]);
const terms = (text: string) => within(text).map((entry) => entry.split(' ')[1]);

describe('listPlacesWithin', () => {
  it("says a town's province and country, and a province's country", () => {
    expect(terms('Three dead as rivers burst their banks near Genoa')).toEqual([
      'w:liguri',
      'c:italy',
      'w:italy',
    ]);
    expect(names('Three dead as rivers burst their banks near Genoa')).toEqual([
      skeletonizeAsWritten('Liguria'),
      skeletonizeName('Italy'),
      skeletonizeName('Italy'),
    ]);
    expect(terms('Liguria counts the cost after a night of flooding')).toEqual([
      'c:italy',
      'w:italy',
    ]);
    expect(terms('Floods hit Italy’s Liguria')).toContain('c:italy');
  });

  it("says the country of a town only GeoNames holds, and keeps the first gazetteer's town whole", () => {
    // Stryn (about 2,000 people) is in no Natural Earth table: GeoNames gives its country alone.
    expect(terms('Three missing after landslide near Stryn')).toEqual(['c:norway', 'w:norway']);
    // GeoNames' small Parises elsewhere do not make Paris ambiguous: it says its province,
    // Île-de-France (its word France), and its country.
    expect(terms('Strike in Paris')).toEqual(['w:france', 'c:france']);
  });

  it("reads a larger town by its other names, and says them: Ghent is Gent, Bombay is Mumbai's", () => {
    // GeoNames names the town Gent; its English name Ghent is one of its other names.
    expect(terms('Rider from Ghent wins stage')).toContain('c:belgium');
    // Named by its name of today, a town says its former one in Latin and Cyrillic letters.
    const bombay = names('Floods in Mumbai');
    expect(bombay).toContain(skeletonizeName('Bombay'));
    expect(names('Court in Semey jails activist')).toContain(skeletonizeName('Semipalatinsk'));
    expect(names('Court in Ust-Kamenogorsk jails activist')).toContain(skeletonizeName('Oskemen'));
    expect(terms('Court in Ust-Kamenogorsk jails activist')).toContain('w:oskeme');
    expect(terms('Oskemen court jails activist')).toContain('w:ust-ka');
  });

  it('says the province of a small town where the first gazetteer names its division', () => {
    // Chiavari (about 27,000 people) is a GeoNames town of division IT 08, which Genoa's
    // Natural Earth entry names Liguria.
    expect(terms('Mudslide hits Chiavari overnight')).toEqual(['w:liguri', 'c:italy', 'w:italy']);
  });

  it('says the country of a region the news names in English (world-regions-table.ts)', () => {
    // Kurzeme is no division and no town; Bavaria is one, which the first gazetteer spells Bayern.
    expect(terms('One killed as storm batters Kurzeme coast')).toEqual(['c:latvia', 'w:latvia']);
    expect(terms('Floods in Bavaria')).toEqual(['c:germany', 'w:german']);
    expect(terms('Iceland: new eruption on the Reykjanes peninsula')).toEqual([
      'c:iceland',
      'w:icelan',
    ]);
  });

  it('says the country of a British, American or Czech town (the gazetteer names them otherwise)', () => {
    expect(terms('Tornado hits Dallas suburbs')).toContain('c:united-states');
    expect(terms('Flooding across Yorkshire')).toEqual(['c:united-kingdom', 'w:united']);
    expect(terms('Strike in Brno')).toContain('c:czechia');
  });

  it('reads a place of two words whole', () => {
    expect(terms('Protest in San Francisco')).toContain(`w:califo`);
  });

  it('reads no place next to another capitalised word: a person', () => {
    expect(within('Jesse Jackson dies at 84')).toEqual([]);
    expect(within('Actor Florence Pugh wins an award')).toEqual([]);
  });

  it('says no country of a town two countries hold, and nothing of a country', () => {
    // Brest is in Belarus and in France.
    expect(within('A court in Brest jails a teacher')).toEqual([]);
    expect(within('Floods hit Italy')).toEqual([]);
  });

  it('keeps what was said when the side names no place', () => {
    const said = ['x'];
    expect(withPlacesWithin(said, [])).toBe(said);
    expect(withPlacesWithin(said, ['y'])).toEqual(['x', 'y']);
    const within = ['y'];
    expect(withPlacesWithin([], within)).toBe(within);
  });
});

describe('a town in one copy and its province in the other', () => {
  const copy = (place: string) =>
    [
      featuresOf(
        `Elderly couple among three dead as rivers burst banks near ${place}`,
        `An elderly couple were among three people killed when torrential rain hit the hills behind ${place} overnight.`,
      ),
      featuresOf(
        'Three dead in Liguria floods',
        `Flash floods tore through towns north of ${place} overnight, killing three people.`,
      ),
    ] as const;

  it("say the province: the town's copy does not miss it, a town elsewhere does", () => {
    const [town, province] = copy('Genoa');
    const [elsewhere, provinceAgain] = copy('Porto');
    expect(measurePair(town, province).distinctMissing).toBe(0);
    expect(measurePair(elsewhere, provinceAgain).distinctMissing).toBeGreaterThan(0);
  });
});

describe('a town in one headline and only its country in the other', () => {
  const town = (place: string) =>
    featuresOf(
      `Elderly couple among three dead as rivers burst banks near ${place}`,
      'An elderly couple were among three people killed when torrential rain hit the hills overnight.',
    );
  const country = featuresOf(
    'Flash floods kill three in northern Italy',
    'Torrential rain tore through coastal towns overnight, killing three people.',
  );

  it('lists the headline places with the larger places they lie in', () => {
    expect(
      listPlacesInside(tokenizeWithSentenceStarts('Floods near Genoa', 10), LEXICON, 12),
    ).toEqual(['w:genoa w:liguri', 'w:genoa c:italy', 'w:genoa w:italy']);
  });

  it('does not count the town as missing from the country, but a town of another country is', () => {
    expect(measurePair(town('Genoa'), country).distinctMissing).toBe(0);
    expect(measurePair(town('Porto'), country).distinctMissing).toBeGreaterThan(0);
  });
});

describe('a region in one headline and its country in the other', () => {
  const region = (place: string) =>
    featuresOf(
      `One killed as storm batters ${place} coast`,
      'Wind gusts of up to 32 metres per second hit the coast overnight; a driver died when a pine fell on his car.',
    );
  const country = featuresOf(
    'Storm leaves one dead in Latvia',
    'Gusts of up to 32 metres per second swept the west of the country overnight, killing a driver.',
  );

  it('does not count the region as missing from its country, but a region of another country is', () => {
    expect(measurePair(region('Kurzeme'), country).distinctMissing).toBe(0);
    expect(measurePair(region('Jutland'), country).distinctMissing).toBeGreaterThan(0);
  });
});
