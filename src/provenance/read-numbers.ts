import { extractNumbers, sumNumberWords } from '../clusterer/index.js';
import type { Claim } from './claim.js';
import { numberPartsOfWord, type ReadToken } from './member-words.js';

const MAX_NUMBERS = 30;
const YEAR = /^(19|20)\d\d$/u;

/** Numbers in digits and in words, one canonical value each ("1,000" and "a thousand" meet). */
export function readNumbers(text: string, tokens: readonly ReadToken[]): Claim[] {
  const values = new Set(extractNumbers(text, MAX_NUMBERS));
  let run: number[] = [];
  const flush = () => {
    const number = String(sumNumberWords(run));
    // A lone "one" is an article, a lone "thousand" means "thousands of": neither is a count.
    const vague = run.length === 1 && (number === '1' || Number(number) >= 100);
    if (run.length > 0 && !vague && !YEAR.test(number)) values.add(number);
    run = [];
  };
  for (const token of tokens) {
    // "six-year", "twenty-five": a hyphen joins number words to each other or to a noun. Looking
    // a word up scans the number stems: each distinct word of the member is looked up once.
    const parts = numberPartsOfWord(token.info);
    if (parts[0] === undefined) flush();
    for (const value of parts) {
      if (value === undefined) break;
      run.push(value);
    }
    if (parts.includes(undefined)) flush();
  }
  flush();
  return [...values]
    .slice(0, MAX_NUMBERS)
    .map((value) => ({ text: formatNumber(value), keys: [value] }));
}

function formatNumber(value: string): string {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1000 ? number.toLocaleString('en-US') : value;
}
