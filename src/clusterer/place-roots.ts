import { readCountryWord } from './read-country.js';
import { SK_ADJECTIVE_ENDINGS, skeletonizeAsWritten } from './skeletonize-name.js';
import type { TextToken } from './text-features.js';

/**
 * Places named by what is derived from them. A region or a city is as often named by its
 * adjective or its people as by its name ("Зарецкие почтальоны", "мирградцы", "в Мирградской
 * области", "Rivertonians"), and a name skeleton sees three words there. Cut to its root, each meets the
 * others: Зарецк, Зарецкой, зарецкие, Zaretsk → `srt`; Мирград, Мирградской, мирградцы → `mrk`. (Made-up
 * places: the rule knows none.)
 *
 * The rule is morphological, not a list of places: the adjective suffix (-ский, -ская, -ской…,
 * Belarusian -скі, -ская…) or a people ending (-як(и), -ец/-цы, -чане/-яне, -ичи; English
 * -ian(s), -ese) is cut, then a case ending, and the rest is skeletonized and cut to three
 * consonant classes. Three classes collide more than five: that errs towards "mentioned", so a
 * collision can hide a conflict but never make one.
 */

const ROOT_LENGTH = 3;
const ADJECTIVE = new RegExp(`(?:ск|(?<=ц)к)(?:${SK_ADJECTIVE_ENDINGS})$`, 'u');
const PEOPLE =
  /(?:як|як[иіа]|яков|якам|яками|ец|цы|цев|цам|цами|цах|чане|чан|чанам|яне|янам|ичи|ичей|ичам)$/u;
const ENGLISH_PEOPLE = /(?:ians?|eans?|ese)$/u;
const CASE_ENDING = /(?:ами|ями|ого|ему|ому|ах|ях|ам|ям|ой|ей|ом|ем|ою|ы|и|а|я|е|у|ю|ь|і|о)$/u;
/**
 * A -ск (Latin -sk) left on a place's own name once its case ending is cut; of -цк only the к, as
 * the Latin -tsk keeps its t (Зарецк and Zaretsk meet).
 */
const PLACE_SUFFIX = /(?:ск|(?<=ц)к|sk)$/u;
const DERIVED_PATTERNS = [ADJECTIVE, PEOPLE, ENGLISH_PEOPLE];
const ROOT_PATTERNS = [CASE_ENDING, PLACE_SUFFIX];
/** The stem must keep this many letters once a suffix is cut: "отцы" is not a people of "от". */
const MIN_STEM = 3;

/** Any word that might end like a place adjective or a people: a cheap test before the cut. */
const MAYBE_DERIVED = /(?:[сц]к\p{Ll}{1,3}|[яц]\p{Ll}{0,3}|[чн]\p{Ll}{1,3}|ese|ans?)$/u;

/**
 * The place root of a word when it is a place adjective or a people's name, else undefined. A
 * country's people ("Peruvian", "перуанские") give the country's root, as its name does.
 */
export function readPlaceAdjective(word: string): string | undefined {
  if (!MAYBE_DERIVED.test(word)) return undefined;
  const lower = lowerWithoutYo(word);
  for (const pattern of DERIVED_PATTERNS) {
    const stem = lower.replace(pattern, '');
    if (stem !== lower && stem.length >= MIN_STEM) return rootOf(readCountryWord(word) ?? stem);
  }
  return undefined;
}

/**
 * The place root of any word that may name a place: its derived root, else the word's own
 * without a case ending and a final -ск/-цк/-sk (Донецк and Донецкой, Брянск and брянцы, Bryansk
 * and брянский meet).
 */
export function readPlaceRoot(word: string): string {
  const derived = readPlaceAdjective(word);
  if (derived !== undefined) return derived;
  const country = readCountryWord(word);
  if (country !== undefined) return rootOf(country);
  let stem = lowerWithoutYo(word);
  for (const pattern of ROOT_PATTERNS) {
    const cut = stem.replace(pattern, '');
    if (cut.length >= MIN_STEM) stem = cut;
  }
  return rootOf(stem);
}

function lowerWithoutYo(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
}

/** A stem's root: a country's word was read as the country (readCountryWord) before it came here. */
function rootOf(stem: string): string {
  return skeletonizeAsWritten(stem).slice(0, ROOT_LENGTH);
}

/**
 * The places a headline names through an adjective or a people: capitalised words (not a
 * sentence start, unless another capitalised word of the entry is the same) read as such.
 */
export function listHeadlinePlaces(tokens: TextToken[], names: Set<string>): string[] {
  const roots = new Set<string>();
  for (const token of tokens) {
    for (const part of token.word.split('-')) {
      if (!/^\p{Lu}\p{Ll}/u.test(part)) continue;
      if (token.sentenceStart && part === token.word.split('-')[0] && !names.has(part)) {
        if (!PEOPLE.test(part.toLowerCase())) continue;
      }
      const root = readPlaceAdjective(part);
      if (root !== undefined && root.length >= 2) roots.add(root);
    }
  }
  return [...roots].slice(0, 6);
}

/**
 * The place roots an entry mentions: every capitalised word, and every word shaped like a place
 * adjective or a people in any case ("в подмосковном", "брянцам"). Generous on purpose: it only
 * answers whether the other side's headline places are mentioned.
 */
export function listPlaceMentions(tokens: TextToken[], max: number): string[] {
  const roots = new Set<string>();
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token.word)) continue;
    seen.add(token.word);
    // The word's hyphen-separated parts, read in place (most words have no hyphen).
    const word = token.word;
    for (let start = 0; start <= word.length; ) {
      let end = word.indexOf('-', start);
      if (end < 0) end = word.length;
      const part = start === 0 && end === word.length ? word : word.slice(start, end);
      start = end + 1;
      if (part.length < 3) continue;
      if (startsWithUpper(part)) roots.add(readPlaceRoot(part));
      else {
        const derived = readPlaceAdjective(part);
        if (derived !== undefined) roots.add(derived);
      }
      if (roots.size >= max) return [...roots];
    }
  }
  return [...roots];
}

/** `/^\p{Lu}/u`, with an ASCII first letter answered without the expression. */
function startsWithUpper(part: string): boolean {
  const code = part.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(part);
}
