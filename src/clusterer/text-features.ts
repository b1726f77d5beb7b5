import { hashString } from './min-hash.js';
import { skeletonizeName } from './skeletonize-name.js';
import { CALENDAR_WORDS } from './stem-word.js';
import { type TextToken, tokenizeWithSentenceStarts } from './tokenize-with-sentence-starts.js';

export { extractNumbers } from './extract-numbers.js';
export { type TextToken, tokenizeWithSentenceStarts } from './tokenize-with-sentence-starts.js';

/** Lower-cased words of `text`, at most `maxWords`. */
function listWords(text: string, maxWords: number): string[] {
  return tokenizeWithSentenceStarts(text, maxWords).map((token) => token.word.toLowerCase());
}

/** Capitalised words that are not names: calendar words and English function words. */
const NOT_NAMES = new Set(
  (
    `${CALENDAR_WORDS} the a an and but or in on at of ` +
    'to for by with from as he she it its they we you i his her their our this that these those ' +
    'there here mr mrs ms dr after before when while if what who why how'
  ).split(' '),
);
const CAPITALISED = /^\p{Lu}/u;
const MIN_ENTITY_SKELETON = 2;

/**
 * Whether a word begins with an upper-case letter (`\p{Lu}`): ASCII and basic Cyrillic answered
 * from the code, anything else by the regular expression.
 */
export function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x0400 && code <= 0x045f) return code < 0x0430;
  return CAPITALISED.test(word);
}

/**
 * Skeletons of named entities with their counts: capitalised words not opening a sentence, and
 * sentence-opening ones also seen capitalised mid-sentence. Script-independent (see skeletonizeName).
 */
export function extractEntities(tokens: TextToken[]): Map<string, number> {
  const midSentence = new Set<string>();
  for (const token of tokens) {
    if (!token.sentenceStart && isNameLike(token.word)) midSentence.add(token.word);
  }
  const counts = new Map<string, number>();
  // A name recurs: skeletonized once per word.
  const skeletons = new Map<string, string>();
  for (const token of tokens) {
    if (!midSentence.has(token.word)) continue;
    let skeleton = skeletons.get(token.word);
    if (skeleton === undefined) {
      skeleton = skeletonizeName(token.word);
      skeletons.set(token.word, skeleton);
    }
    if (skeleton.length < MIN_ENTITY_SKELETON) continue;
    counts.set(skeleton, (counts.get(skeleton) ?? 0) + 1);
  }
  return counts;
}

function isNameLike(word: string): boolean {
  return startsWithCapital(word) && !NOT_NAMES.has(word.toLowerCase());
}

const QUOTED =
  /"([^"\n]{10,2000})"|“([^”\n]{10,2000})”|«([^»\n]{10,2000})»|„([^“”\n]{10,2000})[“”]/gu;
const MIN_QUOTE_WORDS = 5;
const QUOTE_SHINGLE = 4;

/** The text inside each pair of quotation marks ("…", “…”, «…», „…“) of 10 to 2,000 characters. */
export function* findQuotedSpans(text: string): Generator<string> {
  for (const match of text.matchAll(QUOTED)) yield match.slice(1).find(Boolean) ?? '';
}

/**
 * Hashes (base 36) of the 4-word shingles of verbatim quotes (quoted text of at least five words),
 * so a rewrite that keeps or cuts a quote still shares some of them. Distinct, at most `max`.
 */
export function extractQuoteShingles(text: string, max: number): string[] {
  const shingles = new Set<string>();
  for (const span of findQuotedSpans(text)) {
    const words = listWords(span, 200);
    if (words.length < MIN_QUOTE_WORDS) continue;
    for (let i = 0; i + QUOTE_SHINGLE <= words.length && shingles.size < max; i++) {
      shingles.add(hashString(words.slice(i, i + QUOTE_SHINGLE).join(' ')).toString(36));
    }
  }
  return [...shingles];
}
