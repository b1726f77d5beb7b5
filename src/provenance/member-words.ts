import {
  readNumberWord,
  STOP_WORDS,
  startsWithCapital,
  stemWord,
  type TextToken,
  tokenizeWithSentenceStarts,
} from '../clusterer/index.js';

/**
 * One distinct word of a member and what the reading asks of it, each worked out once per member
 * however often the word occurs: its folded and lower-cased forms, and lazily (see the functions
 * below) its keys, stem and number parts.
 */
export interface MemberWord {
  word: string;
  /** Lower-cased, "ё" read as "е": how stems, stop words, concepts and numbers see it. */
  folded: string;
  /** Lower-cased only: how names see it. */
  lower: string;
  capitalised: boolean;
  /** Its folded form is a stop word. */
  stop: boolean;
  keys?: string[];
  stem?: string;
  numberParts?: readonly (number | undefined)[];
}

/** A word as tokenizeWithSentenceStarts gives it, with the text before it and its MemberWord. */
export interface ReadToken {
  word: string;
  sentenceStart: boolean;
  /** The text between the previous word and this one ("\n" for the first of its text). */
  gap: string;
  info: MemberWord;
}

/** A member's distinct words by spelling: each word of its texts looked up here once. */
export type WordTable = Map<string, MemberWord>;

/**
 * The words of `text` (at most `maxWords`), split and flagged exactly as the clusterer's
 * tokenizeWithSentenceStarts does (test/provenance/member-words.test.ts holds them to it), with
 * the gap before each and its entry in `table` (added when new).
 */
export function tokenizeMemberText(text: string, maxWords: number, table: WordTable): ReadToken[] {
  const bounds: number[] = [];
  const words = tokenizeWithSentenceStarts(text, maxWords, bounds);
  const tokens: ReadToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, sentenceStart } = words[i] as TextToken;
    // The gap runs from the previous word's end (its trailing marks included) to this word.
    const gap = i === 0 ? '\n' : text.slice(bounds[2 * i - 1], bounds[2 * i]);
    tokens.push({ word, sentenceStart, gap, info: wordOf(word, table) });
  }
  return tokens;
}

/**
 * The body's words as tokenizeMemberText(body) gives them, from `tokens` of title + "\n" + body:
 * those after the title's `titleWords`, the first one opening a sentence. Split again when
 * `tokens` were cut at `maxWords` (the body alone may have more before its cut).
 */
export function bodyTokensOf(
  tokens: readonly ReadToken[],
  titleWords: number,
  body: string,
  maxWords: number,
  table: WordTable,
): ReadToken[] {
  if (tokens.length >= maxWords) return tokenizeMemberText(body, maxWords, table);
  const bodyTokens = tokens.slice(titleWords);
  const first = bodyTokens[0];
  if (first !== undefined) bodyTokens[0] = { ...first, sentenceStart: true, gap: '\n' };
  return bodyTokens;
}

function wordOf(word: string, table: WordTable): MemberWord {
  let info = table.get(word);
  if (info === undefined) {
    const lower = word.toLowerCase();
    const folded = lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower;
    info = {
      word,
      folded,
      lower,
      capitalised: startsWithCapital(word),
      stop: STOP_WORDS.has(folded),
    };
    table.set(word, info);
  }
  return info;
}

/** The word's keys (wordKeys through the caller's cache), looked up once per member. */
export function keysOfWord(info: MemberWord, keysOf: (word: string) => string[]): string[] {
  info.keys ??= keysOf(info.word);
  return info.keys;
}

/** The word's stem (stemWord of its folded form). */
export function stemOfWord(info: MemberWord): string {
  info.stem ??= stemWord(info.folded);
  return info.stem;
}

/** The number value of each hyphen-joined part of the word ("twenty-five": 20, 5). */
export function numberPartsOfWord(info: MemberWord): readonly (number | undefined)[] {
  info.numberParts ??= info.folded.includes('-')
    ? info.folded.split('-').map(readNumberWord)
    : partsOf(readNumberWord(info.folded));
  return info.numberParts;
}

/** One list for every word that is no number word (the lists are only read). */
const NO_NUMBER: readonly (number | undefined)[] = [undefined];

function partsOf(value: number | undefined): readonly (number | undefined)[] {
  return value === undefined ? NO_NUMBER : [value];
}
