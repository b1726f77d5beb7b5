import { lookUpConcept, type NewsLexicon } from './news-lexicon.js';
import { readCountryWord } from './read-country.js';
import { skeletonizeName } from './skeletonize-name.js';
import { isCyrillic, STOP_WORDS } from './stem-word.js';
import { startsWithCapital, type TextToken } from './text-features.js';

/*
 * Which words of a headline or a lead are names: capitalised, and in a Title Case headline or at
 * a sentence start only when the entry capitalises them mid-sentence somewhere too.
 */

const NOT_NAMES = new Set(
  'the a an and but or in on at of to for by with from as he she it its they we you i his her their our this that these those there here after before when while if what who why how mr mrs ms dr'.split(
    ' ',
  ),
);

/**
 * Most words of four letters or more capitalised: every word looks like a name. Title Case is an
 * English convention: Russian and Belarusian capitalise names alone, so a short Cyrillic headline
 * of names ("Мсціслаўскі суд: Валянцін Шчурко — «неасудны»") is not one; its Cyrillic words are
 * not counted.
 */
export function isTitleCase(tokens: TextToken[]): boolean {
  const long = tokens.filter((token) => token.word.length >= 4 && !isCyrillic(token.word));
  if (long.length < 3) return false;
  const capitalised = long.filter((token) => startsWithCapital(token.word)).length;
  return capitalised / long.length >= 0.7;
}

/** Whether `token` is a name; `names` holds the words the entry capitalises mid-sentence. */
export function isName(token: TextToken, titleCase: boolean, names: Set<string>): boolean {
  if (!startsWithCapital(token.word) || NOT_NAMES.has(token.word.toLowerCase())) return false;
  if (titleCase || token.sentenceStart) return names.has(token.word);
  return true;
}

/**
 * Whether a name is a given name: another name follows ("Marco Rubio"), one that is no word of
 * the lexicon ("Iran FM") and no country ("Rubio Peru").
 */
export function isGivenName(
  next: TextToken | undefined,
  titleCase: boolean,
  names: Set<string>,
  lexicon: NewsLexicon,
): boolean {
  return (
    next !== undefined &&
    isName(next, titleCase, names) &&
    lookUpConcept(lexicon, next.word.toLowerCase()) === undefined &&
    readCountryWord(next.word) === undefined
  );
}

/** Words capitalised mid-sentence in `tokens`: names, whatever their place elsewhere. */
export function collectNames(tokens: TextToken[]): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    if (!token.sentenceStart && startsWithCapital(token.word)) names.add(token.word);
  }
  return names;
}

/**
 * Skeletons of the capitalised words that open a sentence of `tokens` and are not read as names
 * (`names`: the words the entry capitalises mid-sentence), stop words and the lexicon's words left
 * out: "Maladzechna teacher jailed" says Maladzechna without naming it. At most `max`.
 */
export function collectStartMentions(
  tokens: readonly TextToken[],
  names: Set<string>,
  lexicon: NewsLexicon,
  max: number,
): string[] {
  const mentions = new Set<string>();
  for (const { word, sentenceStart } of tokens) {
    if (mentions.size >= max) break;
    if (!sentenceStart || !startsWithCapital(word) || names.has(word)) continue;
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || STOP_WORDS.has(lower)) continue;
    if (lookUpConcept(lexicon, lower.replace(/ё/gu, 'е')) !== undefined) continue;
    const skeleton = skeletonizeName(word);
    if (skeleton.length >= 2) mentions.add(skeleton);
  }
  return [...mentions];
}
