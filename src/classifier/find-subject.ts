import { foldText } from './fold-text.js';

/** A name shorter than this (folded) is not told apart from common words: "UN", "EU", "Ivo". */
const MIN_NAME_LENGTH = 4;
/** Inflected names share their first letters: Kolesnikova, Колесниковой, Калеснікавай → 5. */
const STEM_LENGTH = 5;

/**
 * The content positions that name the headline's subject: words of the title written with a
 * capital that the text also writes with a capital inside a sentence (proper names, not a
 * headline's title case), found in the content in any inflection (by their first letters).
 * A statement next to one of them is about the story's subject, not a passing mention.
 */
export function findSubjectPositions(title: string, text: string, tokens: string[]): number[] {
  const stems = headlineNameStems(title, text);
  if (stems.size === 0) return [];
  const positions: number[] = [];
  tokens.forEach((token, pos) => {
    if (token.length >= MIN_NAME_LENGTH && stems.has(stemOf(token))) positions.push(pos);
  });
  return positions;
}

function headlineNameStems(title: string, text: string): Set<string> {
  const titleStems = new Set<string>();
  for (const word of title.match(/[\p{L}\p{N}]+/gu) ?? [])
    if (isCapitalized(word)) titleStems.add(stemOf(foldText(word)));
  if (titleStems.size === 0) return titleStems;
  const names = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (!isCapitalized(word) || startsSentence(text, match.index)) continue;
    const stem = stemOf(foldText(word));
    if (titleStems.has(stem)) names.add(stem);
  }
  return names;
}

/** Capital first letter, then at least one lower-case letter (not an acronym), long enough. */
function isCapitalized(word: string): boolean {
  return word.length >= MIN_NAME_LENGTH && /^\p{Lu}\p{Ll}/u.test(word);
}

/** True when only spaces and quotes stand between the word and a sentence end (or the start). */
function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const ch = text[i] as string;
    if (/[\s"'«»“”‘’(\-–—]/u.test(ch)) continue;
    return /[.!?…:]/u.test(ch);
  }
  return true;
}

function stemOf(folded: string): string {
  return folded.slice(0, STEM_LENGTH);
}
