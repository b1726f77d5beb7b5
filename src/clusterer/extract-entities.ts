import { skeletonizeName } from './skeletonize-name.js';
import type { TextToken } from './tokenize-text.js';

/** Capitalised words that are not names: calendar words and English function words. */
const NOT_NAMES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday the a an and but or in on at of ' +
    'to for by with from as he she it its they we you i his her their our this that these those ' +
    'there here mr mrs ms dr after before when while if what who why how'
  ).split(' '),
);
const CAPITALISED = /^\p{Lu}/u;
export const MIN_ENTITY_SKELETON = 2;

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
  for (const token of tokens) {
    if (!midSentence.has(token.word)) continue;
    const skeleton = skeletonizeName(token.word);
    if (skeleton.length < MIN_ENTITY_SKELETON) continue;
    counts.set(skeleton, (counts.get(skeleton) ?? 0) + 1);
  }
  return counts;
}

function isNameLike(word: string): boolean {
  return CAPITALISED.test(word) && !NOT_NAMES.has(word.toLowerCase());
}
