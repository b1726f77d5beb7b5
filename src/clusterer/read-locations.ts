import { lookUpConcept, type NewsLexicon } from './news-lexicon.js';
import { readPlaceRoot } from './place-roots.js';
import { isCapitalised, readCountryWord } from './read-country.js';
import { readBelarusPlace } from './read-regions.js';
import { readWorldPlaceAt } from './read-world-places.js';
import { skeletonizeName } from './skeletonize-name.js';
import { STOP_WORDS, withoutPossessive } from './stem-word.js';
import type { TextToken } from './text-features.js';

/**
 * Where a headline sets its news: the towns and provinces it names. "Searches at an activist's
 * home in Ostrava" and "У активиста в Нарвике прошли обыски" are two searches, however alike the
 * rest, and a name's consonant skeleton meeting another's across scripts does not make them one.
 *
 * A place is known three ways: a place of the world's gazetteer (read-world-places.ts, English
 * names), a place of Belarus in any script (read-regions.ts), or any capitalised word a locative
 * preposition governs ("in Narvik", "в Нарвике", "под Остравой", "ў Таліне"), which reads the towns
 * no list holds, in every language. Left out: a country or another concept of the news lexicon
 * (a country is not where one town's news happened), a word the stop list holds (months, days), a
 * word in capitals (an acronym: "в МВД"), a possessive, and a word before another capitalised
 * word (a person: "у Андрея Петрова"). Russian у governs a person ("у активиста"), Belarusian у a
 * place ("у Гомелі"): у counts only in a headline written with і or ў.
 *
 * Each place is kept as its place root (place-roots.ts), so that a pair asks only whether the other
 * side mentions it anywhere among its capitalised words (FingerprintFeatures.placeMentions).
 */

const LOCATIVES = new Set([
  'in',
  'near',
  'outside',
  'в',
  'во',
  'под',
  'около',
  'возле',
  'ў',
  'пад',
  'каля',
  'ля',
]);
const BELARUSIAN_LETTERS = /[іўІЎ]/u;
const MIN_LETTERS = 3;

/**
 * The place roots of the places the headline `tokens` set their news in, each once, at most `max`.
 * `names`, for a headline in title case ("This City Is Drowning in Garbage"), where every word is
 * capitalised: the words the entry capitalises mid-sentence elsewhere; only those of the words a
 * locative governs are read as places.
 */
export function listLocations(
  tokens: readonly TextToken[],
  lexicon: NewsLexicon,
  max: number,
  names?: ReadonlySet<string>,
): string[] {
  const roots: string[] = [];
  const belarusian = tokens.some((token) => BELARUSIAN_LETTERS.test(token.word));
  const add = (word: string) => {
    const root = readPlaceRoot(word);
    if (root.length >= 2 && !roots.includes(root) && roots.length < max) roots.push(root);
  };
  for (let at = 0; at < tokens.length && roots.length < max; at++) {
    const word = (tokens[at] as TextToken).word;
    if (!isCapitalised(word) || word.length < MIN_LETTERS) continue;
    const world = readWorldPlaceAt(tokens, at, lexicon);
    if (world !== undefined) {
      add(word);
      at += world.words - 1;
      continue;
    }
    if (besideName(tokens, at)) continue;
    const governed = isGoverned(tokens, at, belarusian);
    if (governed === 'person') continue;
    if (readBelarusPlace(word) !== undefined) add(word);
    else if (governed && isPlaceWord(word, lexicon) && (names?.has(word) ?? true)) add(word);
  }
  return roots;
}

/**
 * Skeletons of the known places (of the world's gazetteer or of Belarus) that open a sentence of
 * `tokens` and are not read as names (`names`: the words the entry capitalises mid-sentence):
 * "Perth bakes in record November heat" names Perth, though only at a sentence's start. At most
 * `max`.
 */
export function listStartPlaces(
  tokens: readonly TextToken[],
  names: ReadonlySet<string>,
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const places = new Set<string>();
  for (let at = 0; at < tokens.length && places.size < max; at++) {
    const { word, sentenceStart } = tokens[at] as TextToken;
    if (!sentenceStart || names.has(word) || word.length < MIN_LETTERS) continue;
    if (readWorldPlaceAt(tokens, at, lexicon) === undefined && readBelarusPlace(word) === undefined)
      continue;
    const skeleton = skeletonizeName(word);
    if (skeleton.length >= 2) places.add(skeleton);
  }
  return [...places];
}

/** A name word just before the word at `at` (mid-sentence) or just after it: a person's name. */
function besideName(tokens: readonly TextToken[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    (before !== undefined && !(tokens[at] as TextToken).sentenceStart && isNameWord(before)) ||
    (after !== undefined && !after.sentenceStart && isNameWord(after))
  );
}

function isNameWord(token: TextToken): boolean {
  return (
    isCapitalised(token.word) &&
    !STOP_WORDS.has(token.word.toLowerCase()) &&
    readCountryWord(token.word) === undefined
  );
}

/**
 * Whether a locative preposition governs the word at `at` (true), Russian у does (a person's:
 * "обыск у Иванова", 'person'), or neither (false).
 */
function isGoverned(
  tokens: readonly TextToken[],
  at: number,
  belarusian: boolean,
): boolean | 'person' {
  const before = tokens[at - 1]?.word.toLowerCase();
  if (before === 'у') return belarusian || 'person';
  return before !== undefined && LOCATIVES.has(before);
}

/** Not a country or a concept, a stop word, an acronym or a possessive. */
function isPlaceWord(word: string, lexicon: NewsLexicon): boolean {
  const lower = word.toLowerCase();
  if (word === word.toUpperCase() || withoutPossessive(lower) !== lower) return false;
  if (STOP_WORDS.has(lower) || readCountryWord(word) !== undefined) return false;
  return lookUpConcept(lexicon, lower) === undefined;
}
