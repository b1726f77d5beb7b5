import { cityMapping } from 'city-timezones';
import { addTownAliases } from './add-town-aliases.js';
import { countryTerm, wordTerm } from './analyze-text.js';
import { lookUpConcept, type NewsLexicon } from './news-lexicon.js';
import { isCapitalised, readCountryAt, readCountryWord } from './read-country.js';
import { forEachWorldTown } from './read-world-towns.js';
import { skeletonizeAsWritten, skeletonizeName } from './skeletonize-name.js';
import { STOP_WORDS, withoutPossessive } from './stem-word.js';
import type { TextToken } from './text-features.js';
import { readWorldRegions } from './world-regions-table.js';

/**
 * A town named in one copy and its province or country in another: "Elderly couple among three
 * dead near Genoa" and "Three dead in Liguria floods", "Liguria counts the cost" and "Floods hit
 * Italy's coast" tell one flood, while each names a place the other never says, and the copy that
 * names the smaller place was read as missing the larger one. A side that names a town *says* the
 * town's province and country; one that names a province says its country. Never the other way:
 * a country does not say every town in it. Only a distinctive headline term is read more loosely:
 * a town is not *missing* from a side that names its province or country (listPlacesInside; the
 * measures of places still tell two towns apart).
 *
 * The places are Natural Earth's populated places (public domain), as the `city-timezones` package
 * (MIT) ships them: about 7,300 towns of the world, each with its province and country, English
 * names; a town of at least MIN_POPULATION people counts, and every province. Beside them, the
 * towns of GeoNames (CC BY 4.0, geonames.org) of 1,000 people or more, as world-towns.json holds
 * them (read-world-towns.ts), each with its country ("Three missing after landslide near Stryn"
 * says Norway, docs/quality.md, stop 43) and its province where the first gazetteer names the
 * province ("Chiavari" says Liguria). A town of 100,000 people or more is also read by its other
 * names, and named by one says the others ("Ghent" is Gent, "Oskemen" says Ust-Kamenogorsk and
 * Усть-Каменогорск: GeoNames' alternate names, CC BY 3.0, world-towns.json's `aliases`).
 * Beside the towns, regions by
 * their English names, each with its country (world-regions-table.ts: "Kurzeme", "Bavaria",
 * "Jutland"; the first gazetteer spells provinces as their countries do). A name is left out
 * when two countries hold it, when it is a country, a concept of the news lexicon, a stop word or
 * shorter than MIN_LETTERS, and it is read only where it can be a place: capitalised, and not next
 * to another capitalised word (a person: "Jesse Jackson", "Florence Pugh"), unless the two words
 * together are the place ("San Francisco") or the word before is a country ("Italy's Liguria").
 * A headline's first word counts: headlines open with the place ("Liguria counts the cost").
 *
 * Read at fingerprint time as `skeleton term` entries (FingerprintFeatures.placesWithin), so that
 * a pair only compares strings: the name skeleton a side holds for the larger place, and the term
 * its words give (a country as its concept `c:italy` and as its word `w:italy`).
 */

const MIN_POPULATION = 50_000;
const MIN_LETTERS = 4;
const MAX_WORDS = 3;

/** The gazetteer's country names that the country table reads by another of their names. */
const ENGLISH_NAMES: Record<string, string> = {
  'Czech Republic': 'Czechia',
  'United Kingdom': 'Britain',
  'United States of America': 'America',
  'Congo (Kinshasa)': 'Congo',
};

/** A place's larger places: `skeleton term` entries. */
type Containers = readonly string[];

interface Gazetteer {
  places: Map<string, Containers>;
  /** The most words a place's name has. */
  longest: number;
}

/**
 * The gazetteer, compiled when a place is first looked up: immutable data, made once like a
 * regular expression (a tenth of a second), but not by a process that never reads a place.
 */
let compiled: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  if (compiled === undefined) {
    const places = compilePlaces();
    const longest = Math.max(...[...places.keys()].map((name) => name.split(' ').length));
    compiled = { places, longest };
  }
  return compiled;
}

/**
 * The places by name (lower case), each with its larger places. The gazetteer is held once in
 * every process that reads places (each parse worker of the daemon), so the lists of larger
 * places are shared: one list per country, and per province and country.
 */
function compilePlaces(): Map<string, Containers> {
  // Each name's country (null once two countries hold it), and its larger places: a town two
  // provinces of one country hold ("Springfield") says the country alone.
  const countries = new Map<string, string | null>();
  const containers = new Map<string, Containers>();
  const shared = new Map<string, Containers>();
  const within = (province: string, country: string, countryEntries: Containers): Containers => {
    if (province === '') return countryEntries;
    const key = `${province}\t${country}`;
    let list = shared.get(key);
    if (list === undefined) {
      list = [...provinceContainers(province), ...countryEntries];
      shared.set(key, list);
    }
    return list;
  };
  const add = (name: string, country: string, larger: Containers, countryEntries: Containers) => {
    const key = name.toLowerCase();
    const held = countries.get(key);
    countries.set(key, held === undefined || held === country ? country : null);
    const before = containers.get(key);
    containers.set(key, before === undefined || sameList(before, larger) ? larger : countryEntries);
  };
  // The country of each ISO code, for GeoNames' towns below.
  const countryOf = new Map<string, { name: string; entries: Containers }>();
  const entriesOf = new Map<string, Containers>();
  for (const place of cityMapping) {
    let countryEntries = entriesOf.get(place.country);
    if (countryEntries === undefined) {
      const country = readCountryName(ENGLISH_NAMES[place.country] ?? place.country);
      countryEntries = country === undefined ? [] : countryContainers(country);
      entriesOf.set(place.country, countryEntries);
    }
    if (countryEntries.length > 0)
      countryOf.set(place.iso2, { name: place.country, entries: countryEntries });
    add(place.province, place.country, countryEntries, countryEntries);
    if (place.pop < MIN_POPULATION || place.city === place.province) continue;
    add(
      place.city,
      place.country,
      within(place.province, place.country, countryEntries),
      countryEntries,
    );
  }
  // Regions by their English names (world-regions-table.ts) say their country.
  for (const [region, code] of readWorldRegions()) {
    const country = countryOf.get(code);
    if (country === undefined) throw new Error(`read-world-places: no country for ${code}`);
    add(region, country.name, country.entries, country.entries);
  }
  // GeoNames' towns say their country, and their province where it is known. They only name what
  // the first gazetteer does not: its Paris stays the French one.
  const named = new Set(containers.keys());
  forEachWorldTown((name, code, province) => {
    const country = countryOf.get(code);
    if (country === undefined || named.has(name.toLowerCase())) return;
    add(name, country.name, within(province, country.name, country.entries), country.entries);
  });
  // A larger town's other names name it too, and say the others (add-town-aliases.ts).
  addTownAliases(countries, containers, (code) => countryOf.get(code)?.name);
  const places = new Map<string, Containers>();
  for (const [key, larger] of containers) {
    const words = key.split(/\s+/u);
    if (countries.get(key) === null || larger.length === 0) continue;
    if (words.length > MAX_WORDS || key.length < MIN_LETTERS || STOP_WORDS.has(key)) continue;
    if (words.length === 1 && readCountryName(key) !== undefined) continue;
    places.set(key, larger);
  }
  return places;
}

/** The country id of a country's English name ("Italy", "United Kingdom"), if the table reads it. */
function readCountryName(name: string): string | undefined {
  const words = name.split(/\s+/u).map((word) => ({
    word: word.charAt(0).toUpperCase() + word.slice(1),
    sentenceStart: false,
  }));
  const reading = readCountryAt(words, 0, words[0]?.word.toLowerCase() ?? '', false);
  return reading !== undefined && reading.words === words.length ? reading.id : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function countryContainers(id: string): string[] {
  const skeleton = skeletonizeName(id);
  // Said as a name, "Italy's" is its word term; said as "Italy" or "Italian", the lexicon's concept.
  return [`${skeleton} c:${id}`, `${skeleton} ${countryTerm(id)}`];
}

function provinceContainers(province: string): string[] {
  return province
    .split(/[\s-]+/u)
    .filter((word) => isCapitalised(word) && word.length >= MIN_LETTERS)
    .map((word) => `${skeletonizeAsWritten(word)} ${wordTerm(word)}`);
}

/**
 * The larger places of the places `tokens` name (see the file's comment), each once, at most
 * `max`. `lexicon`: a word it reads as a concept is no place.
 */
export function listPlacesWithin(
  tokens: readonly TextToken[],
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const out: string[] = [];
  for (const { larger } of placesIn(tokens, lexicon))
    for (const entry of larger) if (!out.includes(entry) && out.length < max) out.push(entry);
  return out;
}

/**
 * Each place `tokens` name, said as the larger places it lies in: `term container-term` entries
 * (the place's word terms, each with every larger place's term), at most `max`.
 */
export function listPlacesInside(
  tokens: readonly TextToken[],
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const out: string[] = [];
  for (const { named, larger } of placesIn(tokens, lexicon))
    for (const token of named)
      for (const entry of larger) {
        const item = `${wordTerm(withoutPossessive(token.word))} ${entry.split(' ')[1]}`;
        if (!out.includes(item) && out.length < max) out.push(item);
      }
  return out;
}

/** The places of the world `tokens` name, in order: the words naming each, and its larger places. */
function* placesIn(
  tokens: readonly TextToken[],
  lexicon: NewsLexicon,
): Generator<{ named: readonly TextToken[]; larger: Containers }> {
  for (let at = 0; at < tokens.length; at++) {
    const found = readWorldPlaceAt(tokens, at, lexicon);
    if (found === undefined) continue;
    yield { named: tokens.slice(at, at + found.words), larger: found.larger };
    at += found.words - 1;
  }
}

/**
 * The place of the world (see the file's comment) that opens at `at`, if one does: how many words
 * name it and its larger places.
 */
export function readWorldPlaceAt(
  tokens: readonly TextToken[],
  at: number,
  lexicon: NewsLexicon,
): { words: number; larger: Containers } | undefined {
  const token = tokens[at] as TextToken;
  if (!isCapitalised(token.word)) return undefined;
  const found = readPlaceAt(tokens, at);
  if (found === undefined) return undefined;
  const first = withoutPossessive(token.word.toLowerCase());
  if (found.words === 1 && lookUpConcept(lexicon, first) !== undefined) return undefined;
  return nextToName(tokens, at, found.words) ? undefined : found;
}

/** The longest place that opens at `at`, and how many words name it. */
function readPlaceAt(
  tokens: readonly TextToken[],
  at: number,
): { words: number; larger: Containers } | undefined {
  const { places, longest } = gazetteer();
  for (let words = Math.min(longest, tokens.length - at); words >= 1; words--) {
    const parts = tokens.slice(at, at + words).map((token) => token.word.toLowerCase());
    parts[words - 1] = withoutPossessive(parts[words - 1] as string);
    const larger = places.get(parts.join(' '));
    if (larger !== undefined) return { words, larger };
  }
  return undefined;
}

/**
 * A capitalised word mid-sentence just before the place (not a country, nor a possessive:
 * "Italy's Liguria") or just after it: a person's name.
 */
function nextToName(tokens: readonly TextToken[], at: number, words: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + words];
  const beforeName =
    before !== undefined &&
    !(tokens[at] as TextToken).sentenceStart &&
    isCapitalised(before.word) &&
    withoutPossessive(before.word) === before.word &&
    readCountryWord(before.word) === undefined;
  return beforeName || (after !== undefined && !after.sentenceStart && isCapitalised(after.word));
}

/**
 * `said`, with what a side's places say of larger ones (PairSide.namesWithin or termsWithin): the
 * same list when they say nothing, and `within` itself when nothing else was said (most pairs,
 * measured for every candidate, then allocate nothing).
 */
export function withPlacesWithin(
  said: readonly string[],
  within: readonly string[],
): readonly string[] {
  if (within.length === 0) return said;
  return said.length === 0 ? within : [...said, ...within];
}

/**
 * `within` (what the other side's places say of larger ones) with one side's headline places
 * (`terms`, each with the larger place `containers` holds at its index: placesInside) that lie in a
 * place the other side says (`otherSet`): "…near Genoa" is not missing from "Floods kill three in
 * northern Italy", which is less exact, not about another place. Only for distinctMissing: two
 * towns named, or a town and another province, are still the place measures' to tell
 * (read-locations.ts, placeConflict).
 */
export function withPlacesInside(
  within: readonly string[],
  terms: readonly string[],
  containers: readonly string[],
  otherSet: Set<string>,
): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    if (!otherSet.has(containers[i] as string)) continue;
    out ??= [...within];
    out.push(terms[i] as string);
  }
  return out ?? within;
}
