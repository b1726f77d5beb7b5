import type { PairSide } from './pair-side.js';
import { isCapitalised } from './read-country.js';
import { skeletonizeName } from './skeletonize-name.js';
import { isCyrillic, STOP_WORDS } from './stem-word.js';
import type { TextToken } from './tokenize-with-sentence-starts.js';

/**
 * An institution named in full in one copy and by its abbreviation in another: "Министерство
 * лесного хозяйства" and "Минлесхоз", "Министерство здравоохранения" and "Минздрав",
 * "Міністэрства юстыцыі" and "Мінюст". Russian and Belarusian write their ministries, committees
 * and companies both ways, and a copy that names the one was read as missing the other's name.
 *
 * A phrase is the capitalised word of a kind of institution ("Министерство", "Государственный",
 * "Беларускі", "Абласны": HEADS) and the lower-case words after it in one sentence (function
 * words left out), as the name skeletons of its words (skeletonizeName). A
 * name of one word spells a phrase when its skeleton is the openings of the phrase's first two
 * words or more, in order, each of two letters or more (a syllable: Мин-лес-хоз, mn-ls-ks); the
 * rest of the phrase is free ("Министерство лесного хозяйства сообщило"). Only skeletons are
 * compared, so the two sides may be Russian and Belarusian; both are Cyrillic. Not read:
 * initialisms (МВД), English, and phrases of any capitalised word: over skeletons, where vowels
 * are gone, three consonants or openings of two stand for too many names ("Spain" spelled
 * "Israel's neighbors condemn", "Брест" spelled "Бобруйск стал…").
 */

/**
 * How the words that open abbreviations begin, Russian and Belarusian: ministry, state, main,
 * Belarusian, Russian, national, federal, regional, district, city, executive.
 */
const HEADS = [
  'министерств',
  'міністэрств',
  'государствен',
  'дзяржаўн',
  'главн',
  'галоўн',
  'белорусск',
  'беларуск',
  'российск',
  'расійск',
  'национальн',
  'нацыянальн',
  'федеральн',
  'федэральн',
  'областн',
  'абласн',
  'районн',
  'раённ',
  'городск',
  'гарадск',
  'исполнительн',
  'выканаўч',
];

/** Content words of a phrase kept: the longest abbreviations spell four. */
const MAX_PHRASE_WORDS = 4;
/** Letters of the shortest abbreviation's skeleton read (Минюст, mn-st: four). */
const MIN_ABBREVIATION = 4;

/** The phrases of `tokens` (see the file's comment), each as its words' skeletons, at most `max`. */
export function listPhrases(tokens: readonly TextToken[], max: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < tokens.length && out.length < max; at++) {
    const head = tokens[at] as TextToken;
    if (!isCapitalised(head.word) || !opensInstitution(head.word)) continue;
    const words = [skeletonizeName(head.word)];
    let next = at + 1;
    for (; next < tokens.length && words.length < MAX_PHRASE_WORDS; next++) {
      const token = tokens[next] as TextToken;
      if (token.sentenceStart || isCapitalised(token.word) || !isCyrillic(token.word)) break;
      if (STOP_WORDS.has(token.word.toLowerCase())) continue;
      const skeleton = skeletonizeName(token.word);
      if (skeleton === '') break;
      words.push(skeleton);
    }
    if (words.length >= 2 && (words[0] as string) !== '') {
      const phrase = words.join(' ');
      if (!out.includes(phrase)) out.push(phrase);
    }
    at = next - 1;
  }
  return out;
}

/**
 * `saidA` and `saidB` (what each side of a pair says of the other's names besides its own), with
 * what each says through an abbreviation: the other's abbreviation its phrase spells, and the
 * words of its phrase the other's abbreviation spells. The same lists when nothing is spelled
 * (most pairs, measured for every candidate, hold no phrase and allocate nothing).
 */
export function withAbbreviationsSaid(
  saidA: readonly string[],
  saidB: readonly string[],
  a: PairSide,
  b: PairSide,
): [readonly string[], readonly string[]] {
  if (a.features.phrases.length === 0 && b.features.phrases.length === 0) return [saidA, saidB];
  const fromA = readAbbreviationsSaid(a.features.phrases, a.names, b.named, b.features.language);
  const fromB = readAbbreviationsSaid(b.features.phrases, b.names, a.named, a.features.language);
  if (fromA.said.length === 0 && fromB.said.length === 0) return [saidA, saidB];
  return [
    [...saidA, ...fromA.said, ...fromB.otherSaid],
    [...saidB, ...fromB.said, ...fromA.otherSaid],
  ];
}

/**
 * What each side says of the other's names through abbreviations: a name of `otherNamed` (one
 * word, not among `names`) that a phrase of `phrases` spells is said by the phrase's side
 * (`said`), and the phrase's words are said by the other side (`otherSaid`). Only when the other
 * side is Russian or Belarusian (`otherLanguage`); empty lists when no phrase spells a name (most
 * pairs: no phrase is read at all).
 */
export function readAbbreviationsSaid(
  phrases: readonly string[],
  names: Set<string>,
  otherNamed: readonly string[],
  otherLanguage: string | undefined,
): { said: string[]; otherSaid: string[] } {
  const said: string[] = [];
  const otherSaid: string[] = [];
  if (phrases.length === 0 || (otherLanguage !== 'ru' && otherLanguage !== 'be'))
    return { said, otherSaid };
  for (const name of otherNamed) {
    if (name.length < MIN_ABBREVIATION || names.has(name)) continue;
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      if (!spells(name, words)) continue;
      said.push(name);
      for (const word of words) if (!otherSaid.includes(word)) otherSaid.push(word);
      break;
    }
  }
  return { said, otherSaid };
}

/** Whether `abbreviation` is the openings of two letters or more of `words`' first two or more. */
export function spells(abbreviation: string, words: readonly string[]): boolean {
  return abbreviation !== words[0] && spellsFrom(abbreviation, 0, words, 0);
}

/** Whether the rest of `abbreviation` from `at` is such openings, from word `w` on. */
function spellsFrom(
  abbreviation: string,
  at: number,
  words: readonly string[],
  w: number,
): boolean {
  if (at === abbreviation.length) return w >= 2;
  const word = words[w];
  if (word === undefined) return false;
  for (let length = Math.min(word.length, abbreviation.length - at); length >= 2; length--) {
    if (!abbreviation.startsWith(word.slice(0, length), at)) continue;
    if (spellsFrom(abbreviation, at + length, words, w + 1)) return true;
  }
  return false;
}

/** Whether a word is a form of one of HEADS. */
function opensInstitution(word: string): boolean {
  const lower = word.toLowerCase();
  return HEADS.some((head) => lower.startsWith(head));
}
