import type { FingerprintFeatures } from './fingerprint-features.js';

/*
 * The countries headlines set their news in. "Latvia sets July heat record at 35.7C" and
 * "Віцебск пабіў рэкорд спёкі" tell two records of one hot day, alike in every word of the news
 * lexicon ("record", "heat"), and only the country tells them apart: a headline naming Latvia and
 * one set in a town of Belarus, where neither side mentions the other's country, are two stories.
 * A copy names its story's country somewhere, in headline or lead, or a town or province of it
 * (a Latvian town says Latvia: FingerprintFeatures.placesWithin).
 */

/** The country every place of read-regions.ts lies in. */
const BELARUS = 'c:belarus';

/**
 * 1 when one headline is set in a place of Belarus and the other names another country by name,
 * and neither side mentions the other's country (nor, for that country, a place in it), else 0.
 * Two headlines that each only name a country are left alone: a country named is as often where a
 * story reaches ("Northern lights seen across Lithuania and Latvia" and "…as far south as Italy")
 * as where it happens.
 */
export function countryConflict(a: FingerprintFeatures, b: FingerprintFeatures): number {
  return conflictsFrom(a, b) || conflictsFrom(b, a) ? 1 : 0;
}

/** `town`'s headline is set in Belarus, `other`'s names a country, and neither says the other's. */
function conflictsFrom(town: FingerprintFeatures, other: FingerprintFeatures): boolean {
  if (!setInBelarus(town)) return false;
  const countries = namedCountries(other);
  if (countries.length === 0 || countries.includes(BELARUS)) return false;
  return !mentionsBelarus(other) && !mentionsAny(countries, town);
}

/** The country terms of the countries the headline names by name (listCountryNames). */
function namedCountries(side: FingerprintFeatures): string[] {
  return side.titleCountries.map((id) => `c:${id}`);
}

/** A town or province the headline sets its news in is a place of Belarus (read-regions.ts). */
function setInBelarus(side: FingerprintFeatures): boolean {
  if (side.titleLocations.length === 0) return false;
  for (const entry of side.regionPlaces)
    if (side.titleLocations.includes(entry.split(' ')[1] as string)) return true;
  return false;
}

/** Whether `side` names Belarus, or a place or region of it, anywhere. */
function mentionsBelarus(side: FingerprintFeatures): boolean {
  return (
    side.titleTerms.includes(BELARUS) ||
    side.leadTerms.includes(BELARUS) ||
    side.regionPlaces.length > 0 ||
    side.regionRefs.length > 0
  );
}

/** Whether `side` mentions any of `countries`: by name, or by a place that lies in it. */
function mentionsAny(countries: readonly string[], side: FingerprintFeatures): boolean {
  for (const country of countries) {
    if (side.titleTerms.includes(country) || side.leadTerms.includes(country)) return true;
    for (const entry of side.placesWithin) if (entry.endsWith(` ${country}`)) return true;
  }
  return false;
}
