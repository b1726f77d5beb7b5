import type { TokenIndex } from './build-document.js';
import type { WordPattern } from './query-node.js';

/** Sorted positions of the tokens a word pattern matches: exact, or by binary search for a prefix. */
export function findWordPositions(word: WordPattern, index: TokenIndex): number[] {
  if (!word.prefix) return index.positions.get(word.text) ?? [];
  const found: number[] = [];
  const { vocabulary } = index;
  for (let i = lowerBound(vocabulary, word.text); i < vocabulary.length; i += 1) {
    const token = vocabulary[i] as string;
    if (!token.startsWith(word.text)) break;
    for (const pos of index.positions.get(token) ?? []) found.push(pos);
  }
  return found.sort((a, b) => a - b);
}

export function matchesWord(word: WordPattern, token: string | undefined): boolean {
  if (token === undefined) return false;
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
