import { countryTerm } from './analyze-text.js';
import { COUNTRY_IDS, readCountryWord } from './read-country.js';
import { skeletonizeName } from './skeletonize-name.js';
import type { TextToken } from './text-features.js';

/**
 * The regions of several countries that a country lies in, as the news names them when it holds a
 * country back: "a Scandinavian budget airline" for the Norwegian carrier, "a Baltic capital" for
 * Riga, "a Central Asian republic" for Kyrgyzstan. A side that names the country says the region
 * (never the other way: a region says no one of its countries), so that the copy naming the region
 * is not read as naming a place the other never mentions.
 *
 * Written for topicfeed (MIT, like the project); general geography only, the narrow regions whose
 * members are not in doubt (Europe, Asia, the Middle East, Latin America say too little of a
 * country to count). One line a region: `<region id of region-names-table.ts> | <country ids>`.
 */
const REGION_COUNTRIES_TABLE = `
baltic | estonia latvia lithuania
scandinavia | norway sweden denmark
nordic | norway sweden denmark finland iceland
caucasus | georgia armenia azerbaijan
balkans | serbia bosnia montenegro north-macedonia albania kosovo croatia slovenia bulgaria
central-asia | kazakhstan kyrgyzstan uzbekistan tajikistan turkmenistan
`;

/** Each country's regions as `skeleton term` entries (the form of FingerprintFeatures.placesWithin). */
const REGIONS_OF_COUNTRY: ReadonlyMap<string, readonly string[]> = compileRegions();

function compileRegions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of REGION_COUNTRIES_TABLE.trim().split('\n')) {
    const [region = '', countries = ''] = line.split('|').map((part) => part.trim());
    const entry = `${skeletonizeName(region)} ${countryTerm(region)}`;
    for (const country of countries.split(/\s+/u)) {
      if (!COUNTRY_IDS.has(country))
        throw new Error(`read-regions-of-countries: ${country} is no country of the country table`);
      out.set(country, [...(out.get(country) ?? []), entry]);
    }
  }
  return out;
}

/** The regions of the countries `tokens` name, each once, at most `max` entries. */
export function listRegionsOfCountries(tokens: readonly TextToken[], max: number): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const country = readCountryWord(token.word);
    if (country === undefined) continue;
    for (const entry of REGIONS_OF_COUNTRY.get(country) ?? [])
      if (!out.includes(entry) && out.length < max) out.push(entry);
  }
  return out;
}
