import { foldText } from './fold-text.js';

/** A name shorter than this (folded) is not told apart from common words: "UN", "EU", "Ivo". */
const MIN_NAME_LENGTH = 4;
/** Inflected names share their first letters: Kolesnikova, Колесниковой, Калеснікавай → 5. */
const STEM_LENGTH = 5;
/** A word, or a sentence end: . ! ? … (closing quotes allowed) before a space or the end. */
const WORD_OR_END = /[\p{L}\p{N}]+|[.!?…]+(?=["'»”’)]*(?:\s|$))/gu;

export interface TextOutline {
  /** Content positions where a sentence starts, ascending (0 first when there is text). */
  sentenceStarts: number[];
  /** Content positions that name the headline's subject, ascending. */
  subject: number[];
}

/**
 * The sentences of the text, and where it names the headline's subject: the words of the title
 * written with a capital that the text also writes with a capital inside a sentence (proper names,
 * not a headline's title case), found in the content in any inflection (by their first letters).
 * A statement next to one of them is about the story's subject, not a passing mention. `tokens`
 * are the text's folded words; the n-th word of the raw text is taken as the n-th token (folding
 * keeps words apart; a soft hyphen inside a word can shift the rest by one, which only blurs a
 * sentence edge).
 */
export function outlineText(title: string, text: string, tokens: string[]): TextOutline {
  const sentenceStarts: number[] = [];
  const inSentenceCapitals: number[] = [];
  let word = 0;
  let atStart = true;
  for (const match of text.matchAll(WORD_OR_END)) {
    const raw = match[0];
    if (!/^[\p{L}\p{N}]/u.test(raw)) {
      atStart = true;
      continue;
    }
    if (atStart) sentenceStarts.push(word);
    else if (isCapitalized(raw)) inSentenceCapitals.push(word);
    atStart = false;
    word += 1;
  }
  return { sentenceStarts, subject: findSubject(title, tokens, inSentenceCapitals) };
}

function findSubject(title: string, tokens: string[], capitals: number[]): number[] {
  const titleStems = new Set<string>();
  for (const word of title.match(/[\p{L}\p{N}]+/gu) ?? [])
    if (isCapitalized(word)) titleStems.add(stemOf(foldText(word)));
  const names = new Set<string>();
  for (const pos of capitals) {
    const token = tokens[pos];
    if (token !== undefined && titleStems.has(stemOf(token))) names.add(stemOf(token));
  }
  if (names.size === 0) return [];
  const positions: number[] = [];
  tokens.forEach((token, pos) => {
    if (token.length >= MIN_NAME_LENGTH && names.has(stemOf(token))) positions.push(pos);
  });
  return positions;
}

/** Capital first letter, then a lower-case one (not an acronym), and long enough. */
function isCapitalized(word: string): boolean {
  return word.length >= MIN_NAME_LENGTH && /^\p{Lu}\p{Ll}/u.test(word);
}

function stemOf(folded: string): string {
  return folded.slice(0, STEM_LENGTH);
}
