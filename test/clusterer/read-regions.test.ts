import { describe, expect, it } from 'vitest';
import { measurePair } from '../../src/clusterer/measure-pair.js';
import {
  listRegionPlaces,
  readBelarusPlace,
  readRegionRefs,
  withRegionsSaid,
} from '../../src/clusterer/read-regions.js';
import { skeletonizeAsWritten } from '../../src/clusterer/skeletonize-name.js';
import { tokenizeWithSentenceStarts } from '../../src/clusterer/text-features.js';
import { featuresOf } from './make-entry.js';

const tokens = (text: string) => tokenizeWithSentenceStarts(text, 100);
const brest = skeletonizeAsWritten('Brest');
const vitebsk = skeletonizeAsWritten('Vitebsk');
const regionsOf = (refs: string[]) => refs.map((ref) => ref.split(' ')[0]);

describe('readRegionRefs', () => {
  it('reads a capital followed by the word for region, in any of the three languages', () => {
    expect(regionsOf(readRegionRefs(tokens('В Брестской области прошли обыски'), 4))).toEqual([
      brest,
    ]);
    expect(regionsOf(readRegionRefs(tokens('У Брэсцкай вобласці затрымалі'), 4))).toEqual([brest]);
    expect(regionsOf(readRegionRefs(tokens('Police in the Brest region said'), 4))).toEqual([
      brest,
    ]);
  });

  it("reads a region's own noun, declined", () => {
    expect(regionsOf(readRegionRefs(tokens('Вязень з Віцебшчыны галадае'), 4))).toEqual([vitebsk]);
    expect(regionsOf(readRegionRefs(tokens('На Витебщине закрыли школу'), 4))).toEqual([vitebsk]);
  });

  it('reads a capital without the word for region as the city, no region', () => {
    expect(readRegionRefs(tokens('В Бресте прошли обыски'), 4)).toEqual([]);
    expect(readRegionRefs(tokens('Brest court jails a teacher'), 4)).toEqual([]);
  });
});

describe('listRegionPlaces', () => {
  it("gives each place of Belarus its region, towns and capitals, and no other country's", () => {
    const places = listRegionPlaces(tokens('Суд в Пинске и в Бресте, потом в Варшаве'), [], 12);
    expect(regionsOf(listRegionPlaces(tokens('В Орше, не в Рыси'), [], 12))).toEqual([vitebsk]);
    expect(regionsOf(places)).toEqual([brest, brest]);
    expect(listRegionPlaces(tokens('Court in Warsaw'), [], 12)).toEqual([]);
    // Барысаў (Minsk region) and Бяроза (Brest region) share a skeleton: each reads as itself.
    const minsk = skeletonizeAsWritten('Minsk');
    expect(regionsOf(listRegionPlaces(tokens('Суд у Барысаве'), [], 12))).toEqual([minsk]);
    expect(regionsOf(listRegionPlaces(tokens('Суд у Бярозе'), [], 12))).toEqual([brest]);
  });

  it('reads the names said further on by their words, as the headline and lead are read', () => {
    const places = listRegionPlaces(tokens('Court jails a teacher'), ['Babruysk', 'Garbage'], 12);
    expect(regionsOf(places)).toEqual([skeletonizeAsWritten('Mogilev')]);
    expect(places[0]?.endsWith(' -')).toBe(true);
  });
});

describe('readBelarusPlace', () => {
  const minsk = skeletonizeAsWritten('Minsk');

  it('reads a place in any script and case, by its opening in Latin letters', () => {
    // Neither "Бресте" nor "Минске" is a form the table lists: the Latin ones open as they do.
    expect(readBelarusPlace('Бресте')).toBe(brest);
    expect(readBelarusPlace('Минске')).toBe(minsk);
    expect(readBelarusPlace('Витебске')).toBe(vitebsk);
    expect(readBelarusPlace('Krupki')).toBe(minsk);
  });

  it('reads the smaller district centres, but none whose name is a common word', () => {
    const mogilev = skeletonizeAsWritten('Mogilev');
    expect(readBelarusPlace('Хотимске')).toBe(mogilev);
    expect(readBelarusPlace('Дрыбіне')).toBe(mogilev);
    expect(readBelarusPlace('Шумилино')).toBe(vitebsk);
    // Круглое is left out of the table: "Круглый стол" opens many a headline.
    expect(readBelarusPlace('Круглый')).toBeUndefined();
  });

  it('reads no word that only shares a place’s consonant skeleton', () => {
    // "Garbage" has Krupki's skeleton, "Russian" Ruzhany's, "Картину" and "Апелляция" others'.
    expect(skeletonizeAsWritten('Garbage')).toBe(skeletonizeAsWritten('Krupki'));
    for (const word of ['Garbage', 'Russian', 'With', 'Going', 'Картину', 'Апелляция'])
      expect(readBelarusPlace(word), word).toBeUndefined();
  });

  it('reads a Latin word of a short skeleton only as one of the place’s Latin forms', () => {
    // "Chaos" opens as Chausy does and has its two classes; the town's forms in Latin are read.
    expect(skeletonizeAsWritten('Chaos')).toBe(skeletonizeAsWritten('Chausy'));
    const mogilev = skeletonizeAsWritten('Mogilev');
    expect(readBelarusPlace('Chaos')).toBeUndefined();
    expect(readBelarusPlace('Chausy')).toBe(mogilev);
    expect(readBelarusPlace("Chausy's")).toBe(mogilev);
    expect(readBelarusPlace('Чаусах')).toBe(mogilev);
    expect(readBelarusPlace('Orsha')).toBe(vitebsk);
  });
});

describe('withRegionsSaid', () => {
  const region = {
    regionRefs: readRegionRefs(tokens('В Брестской области прошли обыски'), 4),
    regionPlaces: [],
  };
  const town = { regionRefs: [], regionPlaces: listRegionPlaces(tokens('В Пинске'), [], 12) };
  const otherTown = {
    regionRefs: [],
    regionPlaces: listRegionPlaces(tokens('В Орше'), [], 12),
  };

  it('says the region through a town of it, and the town through its region', () => {
    expect(withRegionsSaid([], town, region, 'name')).toEqual([brest]);
    expect(withRegionsSaid([], region, town, 'name')).toEqual([skeletonizeAsWritten('Пинске')]);
  });

  it('says nothing of a region through a town of another, and keeps what was said', () => {
    const said = ['x'];
    expect(withRegionsSaid(said, otherTown, region, 'name')).toBe(said);
  });
});

describe('a region in one copy and a town of it in the other', () => {
  const region = featuresOf(
    'В Брестской области прошли обыски у членов клуба краеведов',
    'Силовики пришли с обысками к пятерым краеведам, двоих задержали.',
  );
  const town = featuresOf(
    'В Пинске силовики пришли с обысками к краеведам',
    'Обыски прошли у пятерых членов клуба краеведов, двое задержаны.',
  );

  it('name no place the other never mentions', () => {
    expect(measurePair(region, town).nameConflict).toBe(0);
    expect(measurePair(region, town).distinctMissing).toBe(0);
  });

  it('while the capital city and another town stay two places', () => {
    const city = featuresOf(
      'В Бресте прошли обыски у членов клуба краеведов',
      'Силовики пришли с обысками к пятерым краеведам, двоих задержали.',
    );
    expect(measurePair(city, town).nameConflict).toBe(1);
  });
});
