import { CAPITAL_NAMES_TABLE, COUNTRY_NAMES_TABLE } from './country-names-table.js';
import { type Concept, compileNewsLexicon, lookUpConcept, lookUpPhrase } from './news-lexicon.js';
import { REGION_NAMES_TABLE } from './region-names-table.js';
import { STOP_WORDS, withoutPossessive } from './stem-word.js';
import type { TextToken } from './text-features.js';

/**
 * Countries read as one name whatever the form: "Peru", "Peruvian", "Перу", "перуанские" and
 * "перуанцаў" all read as the country `peru` (country-names-table.ts), so that two headlines of one
 * story meet whether they say the country or its people, in one language or two. A country is a
 * place name: where a word reads as one, it counts as the country's name (see analyzeText and
 * skeletonizeName).
 *
 * A name (`place`) counts only capitalised: "turkey", "china", "того" are words. A people's word
 * (`people`) counts capitalised in English and in any case in Russian and Belarusian, which write
 * it in lower case; after a capitalised word mid-sentence it is a surname ("Dawn French",
 * "Андрей Шведов"), not the country.
 */

/** One reading: the country's id and how many words (from the one read) name it. */
export interface CountryReading {
  id: string;
  words: number;
}

/** The country table, compiled: immutable data, made once like a regular expression. */
const COUNTRIES = compileNewsLexicon([
  COUNTRY_NAMES_TABLE,
  CAPITAL_NAMES_TABLE,
  REGION_NAMES_TABLE,
]);
/** The id of every country (the capitals' and regions' lines name places, not countries). */
export const COUNTRY_IDS: ReadonlySet<string> = new Set(
  COUNTRY_NAMES_TABLE.split('\n')
    .map((line) => line.split('|')[0]?.trim().split(/\s+/u)[1])
    .filter((id): id is string => id !== undefined),
);
/** The first three letters of every form (prefixOf): a word that opens otherwise is no country. */
const OPENINGS = new Set(
  [
    ...COUNTRIES.words.keys(),
    ...[...COUNTRIES.stems.values()].flat().map(({ stem }) => stem),
    ...[...COUNTRIES.phrases.values()].flat().map(({ parts }) => parts[0]?.text ?? ''),
  ].map(prefixOf),
);
const LATIN = /^[a-z]/u;
const CAPITALISED = /^\p{Lu}/u;
/** Words before a name that are no given name ("The French", "В Перу"). */
const NOT_GIVEN_NAMES = new Set(
  'the a an and but or in on at of to for by with from as after before ex former new'.split(' '),
);

/**
 * The country a word names, read without its sentence (for name skeletons of any capitalised
 * word): a name when capitalised, a people's word when capitalised or (Cyrillic) in lower case.
 */
export function readCountryWord(word: string): string | undefined {
  const first = word.charCodeAt(0);
  // A Latin word in lower case names no country, nor one no form opens like: most words are
  // answered here, without a lower-cased copy.
  if ((first >= 0x61 && first <= 0x7a) || !OPENINGS.has(prefixOf(word))) return undefined;
  const lower = lowerForm(word);
  const concept = lookUpConcept(COUNTRIES, lower);
  if (concept === undefined || !isWritten(concept, word, lower)) return undefined;
  return concept.id;
}

/** Whether a lower-cased word is a form of the country table (a hyphenated one stays whole). */
export function isCountryForm(lower: string): boolean {
  return lookUpConcept(COUNTRIES, lower) !== undefined;
}

/**
 * The country `words[at]` (lower-cased as `lower`, `ё` as `е`) begins to name, with its neighbours: a phrase
 * ("South Africa", "Южная Корея") or one word, unless it is a surname or a common word opening
 * a sentence ("Того же мнения…"). `titleCase`: every word of the text is capitalised, so a
 * capitalised neighbour tells nothing.
 */
export function readCountryAt(
  words: readonly TextToken[],
  at: number,
  lower: string,
  titleCase: boolean,
): CountryReading | undefined {
  const token = words[at] as TextToken;
  if (!OPENINGS.has(prefixOf(lower))) return undefined;
  const phrase = lookUpPhrase(COUNTRIES, lower, words, at);
  if (phrase !== undefined && isCapitalised(token.word))
    return { id: phrase.concept.id, words: phrase.words };
  const form = withoutPossessive(lower);
  const concept = lookUpConcept(COUNTRIES, form);
  if (concept === undefined || !isWritten(concept, token.word, form)) return undefined;
  if (token.sentenceStart && STOP_WORDS.has(form)) return undefined;
  if (concept.kind === 'people' && !titleCase && followsName(words, at)) return undefined;
  return { id: concept.id, words: 1 };
}

/**
 * The countries a headline's `tokens` name by the country's or its capital's name ("Latvia", "в
 * Латвии", "Riga"), each once: where its news is, as far as a country tells. A people's word
 * ("Latvian", "латвийский") is left out — it tells whose someone or something is as often as where
 * the news is — and so is a name before a capitalised word mid-sentence (a person: "Georgia
 * Smith") or a stop word opening a sentence ("Того же мнения…").
 */
export function listCountryNames(tokens: readonly TextToken[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as TextToken;
    if (!isCapitalised(token.word) || !OPENINGS.has(prefixOf(token.word))) continue;
    const lower = lowerForm(token.word);
    const concept = lookUpConcept(COUNTRIES, lower);
    if (concept?.kind !== 'place' || !COUNTRY_IDS.has(concept.id) || out.includes(concept.id))
      continue;
    if (token.sentenceStart && STOP_WORDS.has(lower)) continue;
    const next = tokens[at + 1];
    if (next !== undefined && !next.sentenceStart && isCapitalised(next.word)) continue;
    out.push(concept.id);
  }
  return out;
}

/** The word lower-cased, `ё` as `е`, without a possessive `'s`. */
function lowerForm(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes('ё')) lower = lower.replace(/ё/gu, 'е');
  return withoutPossessive(lower);
}

/** Whether the word is written as the concept's kind is: see the file's comment. */
function isWritten(concept: Concept, word: string, lower: string): boolean {
  if (concept.kind === 'place' || LATIN.test(lower)) return isCapitalised(word);
  return true;
}

/** A capitalised word mid-sentence just before `at`: a given name, so the word is a surname. */
function followsName(words: readonly TextToken[], at: number): boolean {
  // A word that opens a sentence or follows a colon ("Marathon: Kenyan record") follows no name.
  if ((words[at] as TextToken).sentenceStart) return false;
  const previous = words[at - 1];
  if (previous === undefined || previous.sentenceStart) return false;
  if (!isCapitalised(previous.word)) return false;
  const lower = previous.word.toLowerCase();
  return !NOT_GIVEN_NAMES.has(lower) && readCountryWord(previous.word) === undefined;
}

/** A first letter in upper case (text-features' own test is not imported: it skeletonizes names). */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** A number for the first three letters of a word, lower-cased (Latin, Cyrillic; ё as е). */
function prefixOf(word: string): number {
  let key = 0;
  for (let i = 0; i < 3; i++) key = key * 0x10000 + lowerCode(word.charCodeAt(i) || 0);
  return key;
}

function lowerCode(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return code + 0x20;
  if (code === 0x401 || code === 0x451) return 0x435;
  return code >= 0x400 && code <= 0x40f ? code + 0x50 : code;
}
