import { hashString } from './hash-string.js';
import { listWords } from './tokenize-text.js';

const QUOTED =
  /"([^"\n]{10,2000})"|“([^”\n]{10,2000})”|«([^»\n]{10,2000})»|„([^“”\n]{10,2000})[“”]/gu;
export const MIN_QUOTE_WORDS = 5;
const SHINGLE = 4;

/**
 * Hashes (base 36) of the 4-word shingles of verbatim quotes (quoted text of at least five words),
 * so a rewrite that keeps or cuts a quote still shares some of them. Distinct, at most `max`.
 */
export function extractQuoteShingles(text: string, max: number): string[] {
  const shingles = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const words = listWords(match.slice(1).find(Boolean) ?? '', 200);
    if (words.length < MIN_QUOTE_WORDS) continue;
    for (let i = 0; i + SHINGLE <= words.length && shingles.size < max; i++) {
      shingles.add(hashString(words.slice(i, i + SHINGLE).join(' ')).toString(36));
    }
  }
  return [...shingles];
}
