import { wordTerm } from './analyze-text.js';
import { BELARUS_PLACES_TABLE } from './belarus-places-table.js';
import { romanizeWord, skeletonizeAsWritten } from './skeletonize-name.js';
import { isCyrillic, withoutPossessive } from './stem-word.js';
import type { TextToken } from './text-features.js';

/**
 * A region named in one report and a town of it in another: "В Брестской области прошли обыски"
 * and "В Пинске силовики пришли с обысками" tell one raid, while each names a place the other
 * never mentions (`other-names`). A side *refers to a region* when it names a regional capital
 * followed by the word for region ("Брестской области", "Brest region", "Гродзенскай вобласці") or
 * by the region's own noun ("Віцебшчына", "Гомельщине"); the other side *says* that region when
 * it names the capital or any town of it (belarus-places-table.ts). A capital named without the
 * word for region is the city: "Брест" and "Пинск" stay two places.
 *
 * Both are read at fingerprint time, so that measureSides only compares strings: `regionRefs` and
 * `regionPlaces` as `region skeleton term` (the region as its capital's skeleton, the word's name
 * skeleton as the side's names hold it, its same-language term as its distinctive terms do).
 */

/** Words for a region after its capital's adjective or name. */
const REGION_WORDS = new Set([
  'область',
  'области',
  'областью',
  'обл',
  'вобласць',
  'вобласці',
  'вобласцю',
  'вобл',
  'region',
  'oblast',
  'voblast',
  'province',
]);

/**
 * A consonant skeleton is shared by many words of every language ("Garbage" and Krupki, "Russian"
 * and Ruzhany, "Орша" and "Рыси"), and by towns of two regions (Барысаў, Бяроза): a word names a
 * place only when it opens as one of the place's forms does (OPENING letters, compared in Latin),
 * and then says that form's region.
 */
const OPENING = 3;

/**
 * A Latin word whose skeleton has at most this many classes names a place only when it is one of
 * the place's Latin forms: two classes and an opening leave an English word too close ("Chaos"
 * opens and sounds as "Chausy" does). Latin news writes a short town one way, and never declines it.
 */
const SHORT_SKELETON = 2;

interface Gazetteer {
  /** A place's skeleton → the opening of each of its forms → its region (the capital's skeleton). */
  byOpening: Map<string, Map<string, string>>;
  /** The Latin forms, lower-cased, of the places whose skeleton is short (SHORT_SKELETON). */
  shortLatin: Set<string>;
  /** The skeletons of the capitals' names and of the regions' own nouns → the region. */
  capitalRegion: Map<string, string>;
  nounRegion: Map<string, string>;
}

/** The gazetteer compiled: immutable data, made once like a regular expression. */
const GAZETTEER = compileGazetteer(BELARUS_PLACES_TABLE);

function compileGazetteer(table: string): Gazetteer {
  // Every place's skeleton, to find the skeletons places of two regions share.
  const placeRegion = new Map<string, string>();
  const capitalRegion = new Map<string, string>();
  const nounRegion = new Map<string, string>();
  const openings = new Map<string, Map<string, Set<string>>>();
  const shortLatin = new Set<string>();
  const clashes = new Set<string>();
  const put = (map: Map<string, string>, skeleton: string, region: string) => {
    const held = map.get(skeleton);
    if (held !== undefined && held !== region) clashes.add(skeleton);
    map.set(skeleton, region);
  };
  for (const line of table.split('\n')) {
    if (!line.startsWith('region ')) continue;
    const [capitals = '', nouns = '', towns = ''] = line.slice('region '.length).split('|');
    const capitalWords = words(capitals);
    const region = skeletonizeAsWritten(capitalWords[0] ?? '');
    for (const word of capitalWords) put(capitalRegion, skeletonizeAsWritten(word), region);
    for (const word of words(nouns)) put(nounRegion, skeletonizeAsWritten(word), region);
    for (const word of [...capitalWords, ...words(towns), ...words(nouns)]) {
      const skeleton = skeletonizeAsWritten(word);
      if (skeleton.length <= SHORT_SKELETON && !isCyrillic(word))
        shortLatin.add(word.toLowerCase());
      put(placeRegion, skeleton, region);
      const forms = openings.get(skeleton) ?? new Map<string, Set<string>>();
      openings.set(skeleton, forms);
      const regions = forms.get(openingOf(word)) ?? new Set<string>();
      forms.set(openingOf(word), regions.add(region));
    }
  }
  // A word is read by its opening; an opening two regions share, never.
  const byOpening = new Map<string, Map<string, string>>();
  for (const [skeleton, forms] of openings) {
    const known = new Map<string, string>();
    for (const [opening, regions] of forms)
      if (regions.size === 1) known.set(opening, [...regions][0] as string);
    byOpening.set(skeleton, known);
  }
  for (const map of [capitalRegion, nounRegion])
    for (const skeleton of clashes) map.delete(skeleton);
  return { byOpening, shortLatin, capitalRegion, nounRegion };
}

/** The first OPENING letters of a word in Latin: "Бресце", "Брэст" and "Brest" open alike. */
function openingOf(word: string): string {
  return romanizeWord(word).slice(0, OPENING);
}

/** The region of a place named by `word` (its skeleton `skeleton`), if any. */
function regionOfPlace(skeleton: string, word: string): string | undefined {
  const short = skeleton.length <= SHORT_SKELETON && !isCyrillic(word);
  if (short && !GAZETTEER.shortLatin.has(withoutPossessive(word.toLowerCase()))) return undefined;
  return GAZETTEER.byOpening.get(skeleton)?.get(openingOf(word));
}

function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word !== '');
}

/**
 * The regions `tokens` refer to as regions, as `region skeleton term` (each once, at most `max`):
 * a capital followed by a word for region, or a region's own noun.
 */
export function readRegionRefs(tokens: readonly TextToken[], max: number): string[] {
  const refs: string[] = [];
  for (let i = 0; i < tokens.length && refs.length < max; i++) {
    const word = (tokens[i] as TextToken).word;
    if (!/^\p{Lu}/u.test(word)) continue;
    const skeleton = skeletonizeAsWritten(word);
    let region = GAZETTEER.nounRegion.get(skeleton);
    if (region === undefined) {
      const next = tokens[i + 1]?.word.toLowerCase();
      if (next !== undefined && REGION_WORDS.has(next))
        region = GAZETTEER.capitalRegion.get(skeleton);
    }
    if (region === undefined) continue;
    const ref = `${region} ${skeleton} ${wordTerm(word)}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

/**
 * The places of Belarus among capitalised `tokens` (as `region skeleton term`) and among `names`
 * (the words capitalised mid-sentence further on: `region skeleton -`), each once, at most `max`.
 */
export function listRegionPlaces(
  tokens: readonly TextToken[],
  names: readonly string[],
  max: number,
): string[] {
  const places: string[] = [];
  const seen = new Set<string>();
  const add = (word: string, term: string) => {
    const skeleton = skeletonizeAsWritten(word);
    const region = regionOfPlace(skeleton, word);
    if (region === undefined || seen.has(skeleton) || places.length >= max) return;
    seen.add(skeleton);
    places.push(`${region} ${skeleton} ${term}`);
  };
  for (const { word } of tokens) if (/^\p{Lu}/u.test(word)) add(word, wordTerm(word));
  for (const name of names) add(name, '-');
  return places;
}

/** The region of Belarus whose place `word` names (a region's capital or noun, a town), if any. */
export function readBelarusPlace(word: string): string | undefined {
  return regionOfPlace(skeletonizeAsWritten(word), word);
}

/** Whether two sides name places of one region of Belarus, or refer to it, between them. */
export function sharesRegion(side: RegionSide, other: RegionSide): boolean {
  const regions = regionsOf(side);
  if (regions.length === 0) return false;
  for (const region of regionsOf(other)) if (regions.includes(region)) return true;
  return false;
}

function regionsOf(side: RegionSide): string[] {
  return [...side.regionPlaces, ...side.regionRefs].map((entry) => entry.split(' ')[0] as string);
}

/** Which part of a `region skeleton term` entry a pair reads, and where it stands. */
export type RegionPart = 'name' | 'term';
const PART_AT: Record<RegionPart, number> = { name: 1, term: 2 };

/** The regions sides hold (FingerprintFeatures.regionRefs, regionPlaces). */
export interface RegionSide {
  regionRefs: readonly string[];
  regionPlaces: readonly string[];
}

/**
 * What `side` says of `other`'s names through regions, added to `said` (the same list when none):
 * the regions `other` refers to where `side` names a place, and `other`'s places in a region
 * `side` refers to — their name skeletons (`part` 'name') or their terms (`part` 'term').
 */
export function withRegionsSaid(
  said: readonly string[],
  side: RegionSide,
  other: RegionSide,
  part: RegionPart,
): readonly string[] {
  // Most pairs refer to no region: measured for every candidate, they allocate nothing.
  if (other.regionRefs.length === 0 && side.regionRefs.length === 0) return said;
  const out: string[] = [];
  addInRegions(out, other.regionRefs, side.regionPlaces, part);
  addInRegions(out, other.regionPlaces, side.regionRefs, part);
  return out.length === 0 ? said : [...said, ...out];
}

/** The `part` of each of `entries` whose region is the region of one of `held`. */
function addInRegions(
  out: string[],
  entries: readonly string[],
  held: readonly string[],
  part: RegionPart,
): void {
  if (entries.length === 0 || held.length === 0) return;
  for (const entry of entries) {
    const parts = entry.split(' ');
    if (held.some((h) => h.startsWith(`${parts[0]} `))) out.push(parts[PART_AT[part]] as string);
  }
}
